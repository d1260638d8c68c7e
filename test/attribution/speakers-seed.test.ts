import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../../src/doc/doc.js';
import type { Quote, QuoteKind, Speaker } from '../../src/doc/types.js';
import { boilerplateCleaner } from '../../src/clean/index.js';
import { segmenter } from '../../src/segment/index.js';
import { resolveSpeakers } from '../../src/attribution/speakers/index.js';
import { findScareQuotes } from '../../src/attribution/scare-quotes.js';
import { seedText, SEED_SKIP, SEED_DATE } from '../helpers/seed.js';

/**
 * Speakers and scare quotes on the seed article, with the attributions' spans
 * located by their cue and source (the spans are the attribution engine's job;
 * this pins speaker resolution). Only short anchors are written here.
 */
function seedDoc(): Doc {
  const doc = new Doc(seedText!, { referenceDate: SEED_DATE });
  boilerplateCleaner.run(doc);
  segmenter.run(doc);
  return doc;
}

/** The quote whose source is the n-th occurrence of `source` followed (or preceded) by `cue` in the same sentence. */
function seedQuote(doc: Doc, source: string | null, cue: string, kind: QuoteKind = 'indirect', nth = 0): Quote {
  const t = doc.matchText;
  let from = 0, pos = -1;
  const probe = source ?? cue;
  for (let i = 0; i <= nth; i++) { pos = t.indexOf(probe, from); assert.ok(pos >= 0, `not in seed: ${probe}`); from = pos + 1; }
  const si = doc.sentenceAt(pos);
  const sent = doc.sentences[si]!;
  const cueAt = t.indexOf(cue, sent.start);
  assert.ok(cueAt >= 0 && cueAt < sent.end, `cue "${cue}" not in the sentence of "${probe}"`);
  const content = kind === 'direct'
    ? { start: t.indexOf('"', sent.start), end: t.lastIndexOf('"', sent.end) + 1 }
    : { start: sent.start, end: Math.min(pos, cueAt) };
  return {
    kind, content, cue: { start: cueAt, end: cueAt + cue.length },
    source: source === null ? null : { start: pos, end: pos + source.length },
    speaker: { name: '', kind: 'unknown' },
  };
}

const OFFICIAL: Speaker = { name: 'a senior official familiar with latest intelligence', kind: 'anonymous' };
const CONNOLLY: Speaker = { name: 'Gerry Connolly', kind: 'person' };

test('seed: each attribution gets the right speaker, kind and relay', { skip: SEED_SKIP }, () => {
  const doc = seedDoc();
  const quotes = {
    officialToldCnn: seedQuote(doc, 'a senior official familiar with latest intelligence', 'told'),
    officialAdded: seedQuote(doc, 'The official', 'added'),
    officialSaid: seedQuote(doc, 'the official', 'said', 'direct'),
    officialFurther: seedQuote(doc, null, 'further adding'),
    ap: seedQuote(doc, 'a report by the Associated Press', 'explained'),
    abc: seedQuote(doc, 'ABC News', 'according to'),
    bbc: seedQuote(doc, 'a BBC report', 'according to'),
    connollySaid: seedQuote(doc, "Virginia's 11th congressional district, Gerry Connolly", 'said'),
    connollyTold: seedQuote(doc, 'Connolly', 'told', 'direct', 1),
    connollyHe: seedQuote(doc, 'he added', 'added', 'direct'),
    whiteHouse: seedQuote(doc, 'the White House', 'said', 'direct'),
  };
  // the source of "he added" is just "he"
  quotes.connollyHe.source = { start: quotes.connollyHe.source!.start, end: quotes.connollyHe.source!.start + 2 };
  // the first Connolly source is the whole role phrase
  const roleStart = doc.matchText.lastIndexOf('US representative', quotes.connollySaid.source!.start);
  quotes.connollySaid.source = { start: roleStart, end: quotes.connollySaid.source!.end };
  resolveSpeakers(doc, Object.values(quotes));

  for (const q of [quotes.officialToldCnn, quotes.officialAdded, quotes.officialSaid, quotes.officialFurther]) assert.deepEqual(q.speaker, OFFICIAL);
  assert.deepEqual(quotes.officialToldCnn.via, { name: 'CNN', kind: 'media' });
  assert.deepEqual(quotes.ap.speaker, { name: 'Associated Press', kind: 'media' });
  assert.deepEqual(quotes.abc.speaker, { name: 'ABC News', kind: 'media' });
  assert.deepEqual(quotes.bbc.speaker, { name: 'BBC', kind: 'media' });
  for (const q of [quotes.connollySaid, quotes.connollyTold, quotes.connollyHe]) assert.deepEqual(q.speaker, CONNOLLY);
  assert.deepEqual(quotes.connollyTold.via, { name: 'CNN', kind: 'media' });
  assert.equal(quotes.connollyHe.via, null);
  assert.deepEqual(quotes.whiteHouse.speaker, { name: 'the White House', kind: 'organization' });
  // the call with Ukraine's president is the addressee of Biden's words, not a relay of the White House statement
  assert.equal(quotes.whiteHouse.via, null);
});

test('seed: the scare quotes are the three quoted terms, none from the "Also Read" lines', { skip: SEED_SKIP }, () => {
  const doc = seedDoc();
  const terms = findScareQuotes(doc, []);
  assert.deepEqual(terms.map((s) => s.text), ['people\u2019s republics', 'peacekeeping', 'independence']);
  for (const s of terms) assert.equal(doc.inBoilerplate(s), false);
});

test('seed, whole pipeline: the engine\'s quotes carry the expected speakers', { skip: SEED_SKIP }, async () => {
  const { analyze } = await import('../../src/analyze.js');
  const record = analyze({ text: seedText! }, { date: SEED_DATE });
  const count = (speaker: Speaker) => record.quotes.filter((q) => q.speaker.name === speaker.name && q.speaker.kind === speaker.kind).length;
  // the source spans are the attribution engine's; the speakers they resolve to are pinned here
  assert.ok(count(OFFICIAL) >= 4, `official: ${count(OFFICIAL)}`);
  assert.ok(count(CONNOLLY) >= 3, `Connolly: ${count(CONNOLLY)}`);
  for (const s of [{ name: 'Associated Press', kind: 'media' }, { name: 'ABC News', kind: 'media' }, { name: 'BBC', kind: 'media' },
    { name: 'the White House', kind: 'organization' }] as Speaker[]) assert.ok(count(s) >= 1, s.name);
  const he = record.quotes.find((q) => q.source?.text === 'he');
  assert.deepEqual(he && { name: he.speaker.name, kind: he.speaker.kind }, CONNOLLY);
  // no speaker named after these sources with another kind
  for (const q of record.quotes) {
    if (/Associated Press|ABC News|BBC|CNN/.test(q.speaker.name)) assert.equal(q.speaker.kind, 'media', q.speaker.name);
    if (/Connolly/.test(q.speaker.name)) assert.equal(q.speaker.kind, 'person');
  }
  assert.deepEqual(record.scareQuotes.map((s) => s.text), ['people\u2019s republics', 'peacekeeping', 'independence']);
  // no quote in the "Also Read" lines
  for (const q of record.quotes) assert.ok(!record.boilerplate.some((b) => q.content.start < b.end && b.start < q.content.end));
});
