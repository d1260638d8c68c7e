import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import type { Span } from '../../src/doc/types.js';
import { contentRegion } from '../../src/attribution/model/content.js';
import { WINDOW_MAX_TOKENS_AFTER, WINDOW_MAX_TOKENS_BEFORE, roleWindow } from '../../src/attribution/model/tagger.js';
import type { Attribution } from '../../src/attribution/index.js';
import { findDirectQuotes } from '../../src/attribution/finders/direct.js';
import { findRelay } from '../../src/attribution/speakers/relay.js';
import { OwnedSpanSet, SpanOwners, SpanSet } from '../../src/doc/span-index.js';
import { taggedDoc, viewOf } from '../helpers/attribution.js';

// A text the sentence splitter cannot cut (no sentence punctuation, a list run
// together) is one huge sentence: the work per cue or per quotation must not
// grow with its length. Composed text only.
const runOn = (words: number) => Array.from({ length: words }, (_, i) => ['the', 'council', 'said', 'that', 'roads', 'would', 'close'][i % 7]).join(' ');

test('the role window and the content region stay within their token bounds in a huge sentence', () => {
  const { d, v } = viewOf(runOn(3000));
  assert.equal(d.sentences.length, 1);
  const cue = { start: 1500, end: 1501 };
  const win = roleWindow(v, cue, true);
  assert.equal(win.start, cue.start - WINDOW_MAX_TOKENS_BEFORE);
  assert.equal(win.end, cue.end + WINDOW_MAX_TOKENS_AFTER);
  const region = contentRegion(v, cue, null, [{ start: 1502, end: 1510 }]);
  assert.ok(region.endHi - 1510 <= 400 && region.endHi > 1510, `end region ${region.endHi}`);
  // a short sentence keeps its whole window
  const small = viewOf('The mayor said the road would close. It will reopen in May.');
  assert.deepEqual(roleWindow(small.v, { start: 2, end: 3 }, true), { start: 0, end: small.v.n });
});

test('a quotation deep inside a huge sentence still gets the frame right before it', () => {
  const d = taggedDoc(`${'"a" '.repeat(3000)}The mayor said, "We will rebuild the bridge."`);
  const q = findDirectQuotes(d).quotes.find((a) => a.cue && d.text.slice(a.cue.start, a.cue.end) === 'said');
  assert.ok(q, 'the frame before the quotation');
  assert.equal(d.text.slice(q.source!.start, q.source!.end), "The mayor");
});

test('a relay is read near the cue of a quote in a huge sentence', () => {
  const text = `${runOn(2000)} and the minister told CNN's Jake Tapper that the border would stay open`;
  const d = new Doc(text);
  const cue = { start: text.indexOf('told'), end: text.indexOf('told') + 4 };
  const source = { start: text.indexOf('the minister'), end: text.indexOf('the minister') + 12 };
  const content = { start: text.indexOf('that the border'), end: text.length };
  d.sentences = [{ start: 0, end: text.length, tokenStart: 0, tokenEnd: 0, paragraph: 0 }] as Doc['sentences'];
  const relay = findRelay(d, { kind: 'indirect', content, cue, source, speaker: { name: 'the minister', kind: 'unknown' }, rule: 'test' });
  assert.equal(relay?.name, 'CNN');
  assert.equal(text.slice(relay!.span.start, relay!.span.end), 'CNN');
  assert.equal(relay?.interviewer, 'Jake Tapper');
});

test('OwnedSpanSet answers as a pass over every relation does (the nested-cue refiner)', () => {
  // a seeded mix of nested, overlapping and disjoint contents, some relations without a source
  let seed = 7;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let round = 0; round < 30; round++) {
    const atts: Attribution[] = Array.from({ length: 12 }, () => {
      const parts: Span[] = Array.from({ length: 1 + rnd(2) }, () => { const s = rnd(200); return { start: s, end: s + 1 + rnd(60) }; });
      return { cue: { start: rnd(250), end: 0 }, source: rnd(3) ? { start: 0, end: 1 } : null, content: parts, rule: 'model:perceptron' };
    });
    for (const a of atts) a.cue!.end = a.cue!.start + 1 + rnd(4);
    const index = new OwnedSpanSet<Attribution>(atts.flatMap((b) => (b.source ? b.content.map((c) => [c, b] as const) : [])));
    for (const a of atts) {
      const naive = atts.some((b) => b !== a && b.source && b.content.some((c) => c.start <= a.cue!.start && a.cue!.end <= c.end));
      assert.equal(index.containsExcept(a.cue!, a), naive, `round ${round}`);
      // the owner it names is one of those that hold the cue (the embedded statements' reporter)
      const owner = index.ownerExcept(a.cue!, a);
      assert.equal(owner !== undefined, naive, `round ${round}`);
      if (owner) assert.ok(owner !== a && owner.source && owner.content.some((c) => c.start <= a.cue!.start && a.cue!.end <= c.end), `round ${round}`);
    }
  }
});

test('SpanOwners and SpanSet answer as passes over every span do', () => {
  let seed = 11;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let round = 0; round < 30; round++) {
    const spans: Span[] = Array.from({ length: 20 }, () => { const s = rnd(300); return { start: s, end: s + rnd(round % 2 ? 8 : 80) }; });
    const owners = new SpanOwners<number>();
    spans.forEach((s, i) => owners.add(s, i));
    const set = new SpanSet(spans);
    for (let q = 0; q < 40; q++) {
      const a = rnd(320), probe = { start: a, end: a + rnd(30) };
      const over = (s: Span) => s.start < probe.end && probe.start < s.end;
      const found: number[] = [];
      owners.some(probe, (i) => { found.push(i); return false; });
      assert.deepEqual(found.sort((x, y) => x - y), spans.flatMap((s, i) => (over(s) ? [i] : [])), `round ${round}`);
      assert.equal(set.overlaps(probe), spans.some(over));
      assert.equal(set.contains(probe), spans.some((s) => s.start <= probe.start && probe.end <= s.end));
      assert.equal(set.within(probe), spans.some((s) => s.start >= probe.start && s.end <= probe.end));
    }
  }
});
