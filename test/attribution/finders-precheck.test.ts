import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { Pipeline } from '../../src/pipeline/component.js';
import { boilerplateCleaner } from '../../src/clean/index.js';
import { segmenter } from '../../src/segment/index.js';
import { posTagger } from '../../src/pos/index.js';
import { findDirectQuotes, findPatternAttributions } from '../../src/attribution/index.js';

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
