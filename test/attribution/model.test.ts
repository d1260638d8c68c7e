import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBrat } from '../../src/attribution/model/corpus.js';
import { canonicalFragments, fragmentsKey, trimPunct } from '../../src/attribution/model/spans.js';
import { stemWord } from '../../src/attribution/model/stem.js';
import { tokenView } from '../../src/attribution/model/features.js';
import { loadModel } from '../../src/attribution/model/tagger.js';
import { modelAttributions } from '../../src/attribution/model/extract.js';
import { isReportingWord } from '../../src/lexicon/reporting.js';
import { analyze } from '../../src/analyze.js';
import { taggedDoc } from '../helpers/attribution.js';

// Composed text only.

test('brat: events tie cue, source and (discontinuous) content; offsets are code points', () => {
  const text = '\u{1F600} Ann said it rains. Then it stops.';
  // code points: the emoji is one; "Ann" starts at 2
  const ann = [
    'T1\tSource 2 5\tAnn', 'T2\tCue 6 10\tsaid', 'T3\tContent 11 20;22 35\tit rains Then it stops', 'T4\tAttribution 6 10\tsaid',
    'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3', 'T5\tCue 0 1\tx', 'E2\tAttribution:T4 Cue:T5',
  ].join('\n');
  const rels = parseBrat(text, ann);
  assert.equal(rels.length, 2);
  assert.equal(text.slice(rels[0]!.source![0]!.start, rels[0]!.source![0]!.end), 'Ann');
  assert.equal(rels[0]!.content!.length, 2);
  assert.equal(rels[1]!.source, null);
});

test('spans: trimming and merging fragments split only by punctuation', () => {
  const text = '"Yes," he said. "No."';
  assert.deepEqual(trimPunct(text, { start: 0, end: 6 }), { start: 1, end: 4 });
  assert.equal(trimPunct(text, { start: 4, end: 6 }), null);
  const merged = canonicalFragments('a b, c', [{ start: 0, end: 3 }, { start: 4, end: 6 }]);
  assert.equal(fragmentsKey(merged), '0-6');
});

test('stems tie inflections of reporting words', () => {
  assert.equal(stemWord('says'), stemWord('saying'));
  assert.equal(stemWord('claimed'), stemWord('claims'));
  assert.ok(isReportingWord('Insisted'));
  assert.ok(!isReportingWord('bridge'));
});

test('token view: quote state per paragraph and O(1) counts', () => {
  const d = taggedDoc('He said "it is over, done" and left.\n\nNext "one');
  const v = tokenView(d);
  const idx = (w: string) => v.lower.indexOf(w);
  assert.equal(v.inQuote[idx('over')], 1);
  assert.equal(v.inQuote[idx('left')], 0);
  assert.equal(v.inQuote[idx('next')], 0, 'a new paragraph resets the state');
  assert.equal(v.commaCum[v.n], 1);
});

test('the learned tagger finds a cue, its source and content in a composed sentence', { skip: loadModel() ? false : 'no model file' }, () => {
  const d = taggedDoc('The mayor said on Tuesday that the new bridge would open in March.');
  const atts = modelAttributions(d);
  const a = atts.find((x) => x.cue && d.text.slice(x.cue.start, x.cue.end) === 'said');
  assert.ok(a, 'cue "said" found');
  assert.equal(a.source && d.text.slice(a.source.start, a.source.end), 'The mayor');
  assert.ok(a.content.length >= 1 && d.text.slice(a.content[0]!.start, a.content[a.content.length - 1]!.end).includes('the new bridge would open in March'));
  assert.equal(a.rule, 'model:perceptron');
});

test('one relation per cue: a quotation given the model\'s cue takes it from a frame pattern that found the same cue', () => {
  // composed: a frame pattern ("X said C") and the uncued quotation both claimed "said" / "wrote in a memo"
  for (const text of [
    'A spokeswoman said "the company has cooperated fully with investigators from the very first day of the inquiry."',
    'Smith wrote in a memo "the budget cannot absorb another round of cuts without closing two schools."',
  ]) {
    const r = analyze(text, { date: '2020-01-01' });
    const cues = r.quotes.filter((q) => q.cue).map((q) => `${q.cue!.start}-${q.cue!.end}`);
    assert.ok(cues.length >= 1, text);
    assert.equal(new Set(cues).size, cues.length, `${text}: ${r.quotes.map((q) => q.rule).join(', ')}`);
  }
});

test('a cue ending its paragraph with a colon takes the quotation that opens the next paragraph', () => {
  // composed: the model's window stops at the paragraph, the quotation finder finds the quotation without a cue
  for (const [text, cue, source] of [
    ['The mayor spoke to reporters on Monday at the harbour. The mayor continued:\n\n"We will rebuild the bridge before winter. Nobody in this town will be left behind, and every family will have a roof."\n\nThe council met later.', 'continued', 'The mayor'],
    ['The mayor spoke to reporters on Monday at the harbour. Hansen then told the crowd:\n\n“We will rebuild the bridge before winter. Nobody in this town will be left behind.”\n\nThe council met later.', 'then told', 'Hansen'],
  ] as const) {
    const r = analyze(text, { date: '2020-01-01' });
    const q = r.quotes.find((x) => x.content.text.startsWith('We will rebuild'));
    assert.ok(q, text);
    assert.equal(q.cue?.text, cue);
    assert.equal(q.source?.text, source);
    assert.equal(q.rule, 'direct:introduced');
  }
});
