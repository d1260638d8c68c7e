import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { Pipeline } from '../../src/pipeline/component.js';
import { boilerplateCleaner } from '../../src/clean/index.js';
import { segmenter } from '../../src/segment/index.js';
import { posTagger } from '../../src/pos/index.js';
import { findDirectQuotes, findPatternAttributions } from '../../src/attribution/index.js';
import { BEFORE_SRC_CUE } from '../../src/attribution/finders/direct.js';
import { ADV, CUE_RE_SRC, WORD } from '../../src/attribution/finders/frames.js';

// The frame finders skip their regexes for sentences (and text before a quotation) holding no cue-verb
// token. Without tokens every regex runs: the same frames must come out both ways.
// Every sentence here is composed for the tests.
const pipeline = new Pipeline([boilerplateCleaner, segmenter, posTagger]);

const TEXT = [
  'The bridge will stay closed until the spring, the city engineer said.',
  'The plan cannot work without more money, officials warned.',
  'Nothing in this sentence reports anything at all.',
  'The mayor told reporters that the budget would be balanced by March.',
  'According to the ministry, the talks will resume next week.',
  'Prices rose sharply, according to the statistics office.',
  'The company said the merger was off, further adding that no jobs would go.',
  'The senator\u2019s claim that the law was unconstitutional drew criticism.',
  'Her spokesman said: \u201cWe will not comment on rumours about the deal.\u201d',
  'The crowd chanted \u201cno more cuts\u201d outside the building for an hour.',
].join('\n\n');

/** The same document with its tokens taken away (sentences keep their spans). */
function withoutTokens(doc: Doc): Doc {
  const bare = new Doc(doc.text);
  bare.paragraphs = doc.paragraphs;
  bare.sentences = doc.sentences.map((s) => ({ ...s, tokenStart: 0, tokenEnd: 0 }));
  return bare;
}

const spans = (doc: Doc, xs: ReadonlyArray<{ cue: { start: number; end: number } | null; content: { start: number; end: number }[]; rule: string }>) =>
  xs.map((a) => `${a.rule} ${a.cue ? doc.text.slice(a.cue.start, a.cue.end) : '-'} | ${a.content.map((c) => doc.text.slice(c.start, c.end)).join(' / ')}`);

test('frame patterns: found with the cue-token pre-check as with every regex run', () => {
  const doc = pipeline.run(new Doc(TEXT));
  const found = spans(doc, findPatternAttributions(doc));
  assert.ok(found.some((f) => f.startsWith('pattern:content-source-cue said')), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('pattern:content-source-cue warned')), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('pattern:according-tail')), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('pattern:participle')), found.join('\n'));
  // (without tokens the POS check of the cue verb is off, so compare with the tagged document's frames that pass it either way)
  const bare = spans(doc, findPatternAttributions(withoutTokens(doc)));
  for (const f of found) assert.ok(bare.includes(f), `missing without tokens: ${f}`);
});

test('direct quotes: an opening frame is found with the cue-token pre-check as without it', () => {
  const doc = pipeline.run(new Doc(TEXT));
  const quotes = spans(doc, findDirectQuotes(doc).quotes);
  assert.ok(quotes.some((q) => q.startsWith('direct:frame said | We will not comment')), quotes.join('\n'));
  assert.deepEqual(spans(doc, findDirectQuotes(withoutTokens(doc)).quotes), quotes);
});

test('the frame before a quotation: the lookbehind that skips starts inside words changes no match (random heads)', () => {
  const SRC = String.raw`(${WORD}(?:\s+${WORD}){0,9}?)`;
  const plain = new RegExp(String.raw`${SRC}\s+(${ADV}${CUE_RE_SRC})\b(?:(?:\s+[^:,."]{1,60}?)?\s*[:,]|\s*)\s*$`, 'du');
  const pieces = ['Mara', 'Velk', 'the', 'senior', 'official', "O'Neal", 'D-N.C.', 'Jr.', 'état', 'Ян', '3', 'also', 'has', 'said', 'told', 'reporters', 'added',
    'wrote', 'pointed out', 'In', 'a', 'statement', ',', ':', ' ', '  ', '\n', "'", '-', '.', '&', '(', ')', 'x'];
  let seed = 29;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  let matched = 0;
  for (let k = 0; k < 3000; k++) {
    let h = '';
    for (let n = next() % 16; n > 0; n--) h += pieces[next() % pieces.length]! + (next() % 3 ? ' ' : '');
    const a = plain.exec(h), b = BEFORE_SRC_CUE.exec(h);
    if (a) matched++;
    assert.deepEqual(b && [b.index, ...b.indices!], a && [a.index, ...a.indices!], JSON.stringify(h));
  }
  assert.ok(matched > 100, `${matched} heads with a frame`);
});
