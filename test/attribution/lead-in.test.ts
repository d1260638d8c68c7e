import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { segmenter } from '../../src/segment/index.js';
import { modelLeadIn } from '../../src/attribution/model/lead-in.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { spanOf } from '../helpers/attribution.js';

// Composed text only.
function prep(text: string): Doc { const d = new Doc(text); segmenter.run(d); return d; }
const at = spanOf;

test('lead-in: the model content with the words before the opening mark replaces the quotation', () => {
  const d = prep('The old bridge "will open again in March," the mayor said on Friday.');
  const quote = [at(d, 'will open again in March,')], model = [at(d, 'The old bridge "will open again in March')];
  assert.equal(modelLeadIn(d, quote, model, at(d, 'said'), at(d, 'the mayor')), true);
});

test('lead-in: curly marks are folded like straight ones', () => {
  const d = prep('The old bridge \u201cwill open again in March,\u201d the mayor said.');
  assert.equal(modelLeadIn(d, [at(d, 'will open again in March,')], [at(d, 'The old bridge \u201cwill open again in March')], at(d, 'said'), at(d, 'the mayor')), true);
});

test('lead-in: not when the contents end apart, start in another sentence, or the lead-in holds a colon, another quotation or the source', () => {
  const d = prep('Rain fell all day. The old bridge "will open again in March," the mayor said.');
  const quote = [at(d, 'will open again in March,')], cue = at(d, 'said'), src = at(d, 'the mayor');
  // ends elsewhere
  assert.equal(modelLeadIn(d, quote, [at(d, 'The old bridge "will open again')], cue, src), false);
  // starts in the sentence before
  assert.equal(modelLeadIn(d, quote, [{ start: at(d, 'Rain').start, end: at(d, 'March').end }], cue, src), false);
  // starts at the quotation itself
  assert.equal(modelLeadIn(d, quote, quote, cue, src), false);
  const c = prep('The council chair warned: "The old bridge will open in March," the mayor said.');
  assert.equal(modelLeadIn(c, [at(c, 'The old bridge will open in March,')], [at(c, 'The council chair warned: "The old bridge will open in March')], at(c, 'said'), at(c, 'the mayor')), false);
  const q = prep('The "old" bridge "will open in March," the mayor said.');
  assert.equal(modelLeadIn(q, [at(q, 'will open in March,')], [at(q, 'The "old" bridge "will open in March')], at(q, 'said'), at(q, 'the mayor')), false);
  const s = prep('The mayor "will open the bridge in March," she said.');
  assert.equal(modelLeadIn(s, [at(s, 'will open the bridge in March,')], [at(s, 'The mayor "will open the bridge in March')], at(s, 'said'), at(s, 'The mayor')), false);
});

test('lead-in: the engine gives a quotation after a lead-in the whole clause as content (mixed)', () => {
  const d = new Doc('The new budget "will cut spending on roads by a third," the governor said on Tuesday.');
  for (const c of defaultPipeline().components) c.run(d);
  const q = d.quotes.find((x) => x.cue && d.text.slice(x.cue.start, x.cue.end) === 'said');
  assert.ok(q, 'a quote on "said"');
  assert.equal(d.text.slice(q.content.start, q.content.end), 'The new budget "will cut spending on roads by a third');
  assert.equal(q.kind, 'mixed');
  // (the quotation finder reads this lead-in itself now; the model's lead-in ranker covers the rest)
  assert.match(q.rule ?? '', /model:lead-in|direct:frame-mixed/);
});
