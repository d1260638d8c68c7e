import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { toRecord } from '../../src/record/build.js';
import { RecordSchema } from '../../src/record/schema.js';

// toRecord builds items field by field: the fields come in the schema's order, optional ones only when set.
// Every text here is composed for the tests.
const TEXT = 'The minister said on Monday that 40 percent of the \u{1F600} budget was "wasted", officials said.';

function doc(): Doc {
  const d = new Doc(TEXT, { referenceDate: '2016-01-01' });
  const at = (s: string) => { const i = TEXT.indexOf(s); return { start: i, end: i + s.length }; };
  d.times = [{ ...at('Monday'), type: 'DATE', value: '2015-12-28', rule: 'weekday' }, { ...at('on Monday'), type: 'DATE', value: 'XXXX', mod: 'APPROX', anchor: '2016-01-01' }];
  d.quotes = [{ kind: 'indirect', content: at('40 percent of the \u{1F600} budget was "wasted"'), cue: at('said'), source: at('The minister'), speaker: { name: 'The minister', kind: 'person' }, via: null, rule: 'pattern:x' },
    { kind: 'direct', content: at('wasted'), cue: null, source: null, speaker: { name: '', kind: 'unknown' }, score: 0.5 }];
  d.framing = [{ ...at('wasted'), kind: 'scare-quote', rule: 'attribution:scare-quote' }, { ...at('budget'), kind: 'hedge', speaker: 'The minister' }];
  d.claims = [{ ...at(TEXT), score: 0.9, speaker: null, rule: 'checkworthy-linear', quantities: [{ ...at('40 percent'), value: 40, kind: 'percent', unit: 'percent', rule: 'quantity-grammar' }, { ...at('40'), value: 40 }] }];
  d.contestedLabels = [{ topic: 't', contested: true, labels: [{ label: 'wasted', users: ['article'], uses: [{ ...at('wasted'), speaker: 'article', negated: false, scareQuoted: true, rule: 'contested-lexicon' }] }] }];
  d.boilerplate = [{ ...at('officials said.'), reason: 'share-prompt' }];
  return d;
}

test('record items: fields in schema order, optional fields only when present, code point offsets', () => {
  const r = toRecord(doc());
  assert.doesNotThrow(() => RecordSchema.parse(r));
  assert.deepEqual(Object.keys(r.times[0]!), ['start', 'end', 'text', 'type', 'value', 'rule']);
  assert.deepEqual(Object.keys(r.times[1]!), ['start', 'end', 'text', 'type', 'value', 'mod', 'anchor']);
  assert.deepEqual(Object.keys(r.quotes[0]!), ['id', 'kind', 'content', 'cue', 'source', 'speaker', 'via', 'rule']);
  assert.deepEqual(Object.keys(r.quotes[1]!), ['id', 'kind', 'content', 'cue', 'source', 'speaker', 'score']);
  assert.deepEqual(Object.keys(r.framing[0]!), ['start', 'end', 'text', 'kind', 'speaker', 'rule']);
  assert.deepEqual(Object.keys(r.framing[1]!), ['start', 'end', 'text', 'kind', 'speaker']);
  assert.deepEqual(Object.keys(r.claims[0]!), ['start', 'end', 'text', 'score', 'speaker', 'rule', 'quantities']);
  assert.deepEqual(Object.keys(r.claims[0]!.quantities[0]!), ['start', 'end', 'text', 'value', 'unit', 'kind', 'rule']);
  assert.deepEqual(Object.keys(r.claims[0]!.quantities[1]!), ['start', 'end', 'text', 'value']);
  assert.deepEqual(Object.keys(r.contestedLabels[0]!.labels[0]!.uses[0]!), ['start', 'end', 'text', 'speaker', 'negated', 'scareQuoted', 'rule']);
  assert.deepEqual(Object.keys(r.boilerplate[0]!), ['start', 'end', 'text', 'reason']);
  // after the astral character, code points run one behind UTF-16 units
  const wasted = r.framing[0]!;
  assert.equal(wasted.text, 'wasted');
  assert.equal(wasted.start, TEXT.indexOf('wasted') - 1);
  assert.equal(r.times[0]!.start, TEXT.indexOf('Monday'));
});
