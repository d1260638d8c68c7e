import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.ts';
import type { Quote, Span, SpeakerKind } from '../../src/doc/types.ts';
import { statementOf } from '../../src/framing/claims.ts';
import { findContestedLabels } from '../../src/framing/contested.ts';
import { inScareQuotes } from '../../src/framing/match.ts';
import { normName, sourceKeys } from '../../src/framing/speakers.ts';
import { quote, segmentedDoc } from './helpers.ts';

/*
 * The framing steps that look things up per sentence, per label or per quote
 * use indexes and maps (texts with thousands of quotes or scare quotes were
 * quadratic). Each is checked here against the plain pass it replaced, on
 * random input, including ties and nested spans.
 */

/** A small deterministic generator (tests must not depend on Math.random). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

function randomSpans(next: () => number, n: number, size: number, maxLen: number): Span[] {
  return Array.from({ length: n }, () => {
    const start = Math.floor(next() * size), len = 1 + Math.floor(next() * maxLen);
    return { start, end: Math.min(size, start + len) };
  });
}

test('statementOf picks what a pass over every quote picks (the first of the quotes covering most of the sentence)', () => {
  const next = rng(11);
  const size = 3000;
  const doc = new Doc('x'.repeat(size));
  doc.quotes = randomSpans(next, 400, size, 120).map((s, i) => quote(s, `p${i}`, 'person'));
  // a few exact duplicates, so that ties happen
  doc.quotes.push(...doc.quotes.slice(0, 20).map((q) => quote({ ...q.content }, 'dup', 'person')));
  const plain = (sentence: Span): Quote | null => {
    let best: Quote | null = null, bestCover = 0;
    for (const q of doc.quotes) {
      const cover = Math.max(0, Math.min(sentence.end, q.content.end) - Math.max(sentence.start, q.content.start));
      if (cover > bestCover) { best = q; bestCover = cover; }
    }
    return best && bestCover >= 0.5 * (sentence.end - sentence.start) ? best : null;
  };
  let found = 0;
  for (const sentence of [...randomSpans(next, 600, size, 150), ...doc.quotes.slice(0, 30).map((q) => q.content)]) {
    const want = plain(sentence);
    assert.equal(statementOf(doc, sentence), want, `sentence ${sentence.start}-${sentence.end}`);
    if (want) found++;
  }
  assert.ok(found > 100, `enough sentences with a statement (${found})`);
});

test('inScareQuotes answers as a pass over every scare quote does, and follows a new list', () => {
  const next = rng(5);
  const size = 4000;
  const doc = new Doc('y'.repeat(size));
  doc.scareQuotes = randomSpans(next, 300, size, 40).map((s) => ({ ...s }));
  let inside = 0;
  for (const span of randomSpans(next, 2000, size, 12)) {
    const want = doc.scareQuotes.some((s) => span.start >= s.start && span.end <= s.end);
    assert.equal(inScareQuotes(doc, span), want, `span ${span.start}-${span.end}`);
    if (want) inside++;
  }
  assert.ok(inside > 50, `enough spans inside (${inside})`);
  doc.scareQuotes = [{ start: 10, end: 20 }];
  assert.equal(inScareQuotes(doc, { start: 12, end: 15 }), true);
  assert.equal(inScareQuotes(doc, { start: 30, end: 35 }), false);
});

/** sourceKeys as it was written first: lists searched per quote. */
function plainSourceKeys(quotes: readonly Quote[]): string[] {
  const anonymous: Array<{ key: string; name: string }> = [];
  const persons: Array<{ key: string; name: string }> = [];
  return quotes.map((q) => {
    const sp = q.speaker;
    const name = normName(sp.name);
    if (sp.entity) {
      const key = `entity:${sp.entity}`;
      if (sp.kind === 'person' && !persons.some((p) => p.key === key)) persons.push({ key, name });
      return key;
    }
    if (sp.kind === 'anonymous') {
      const head = name.split(' ').pop() ?? name;
      if (/^the\s/i.test(sp.name.trim())) {
        const earlier = anonymous.find((a) => a.name.split(' ').includes(head));
        if (earlier) return earlier.key;
      }
      const key = `anonymous:${name}`;
      if (!anonymous.some((a) => a.key === key)) anonymous.push({ key, name });
      return key;
    }
    if (sp.kind === 'person') {
      const full = persons.find((p) => p.name !== name && p.name.endsWith(` ${name}`));
      if (full) return full.key;
      const key = `person:${name}`;
      if (!persons.some((p) => p.key === key)) persons.push({ key, name });
      return key;
    }
    return `${sp.kind}:${name}`;
  });
}

test('sourceKeys joins surnames, shortened anonymous sources and entities as the list searches did', () => {
  const next = rng(23);
  const first = ['Ana', 'Ben', 'Cora', 'Dev'], last = ['Ruiz', 'Okafor', 'Lind', 'Ruiz Lind'];
  const anon = ['a senior official', 'an aide', 'two officials familiar with the talks', 'a person close to the mayor', 'the official', 'the aide', 'the person', 'the talks'];
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const quotes: Quote[] = Array.from({ length: 500 }, () => {
    const r = next();
    const span = { start: 0, end: 1 };
    if (r < 0.35) return quote(span, next() < 0.5 ? `${pick(first)} ${pick(last)}` : pick(last), 'person', next() < 0.2 ? { entity: `e${Math.floor(next() * 4)}` } : {});
    if (r < 0.7) return quote(span, pick(anon), 'anonymous');
    return quote(span, pick(['The Daily Courier', 'Valley Times', 'the ministry']), pick<SpeakerKind>(['media', 'organization']));
  });
  const keys = sourceKeys(quotes);
  assert.deepEqual(keys, plainSourceKeys(quotes));
  // the joins happen: a surname after a full name, "the official" after "a senior official"
  const both = [quote({ start: 0, end: 1 }, 'Ana Ruiz', 'person'), quote({ start: 0, end: 1 }, 'Ruiz', 'person'),
    quote({ start: 0, end: 1 }, 'a senior official', 'anonymous'), quote({ start: 0, end: 1 }, 'the official', 'anonymous'),
    quote({ start: 0, end: 1 }, 'Cora Ruiz Lind', 'person'), quote({ start: 0, end: 1 }, 'Lind', 'person'), quote({ start: 0, end: 1 }, 'Ruiz Lind', 'person')];
  assert.deepEqual(sourceKeys(both), ['person:ana ruiz', 'person:ana ruiz', 'anonymous:senior official', 'anonymous:senior official',
    'person:cora ruiz lind', 'person:cora ruiz lind', 'person:cora ruiz lind']);
});

test('contested labels in one huge scare-quoted sentence: every use found once, each scare-quoted', () => {
  const n = 3000;
  const doc = segmentedDoc('the "invasion" and the "occupation" went on '.repeat(n));
  doc.scareQuotes = [];
  for (const m of doc.text.matchAll(/"[a-z]+"/g)) doc.scareQuotes.push({ start: m.index!, end: m.index! + m[0].length });
  const groups = findContestedLabels(doc);
  const uses = groups.flatMap((g) => g.labels.flatMap((l) => l.uses));
  assert.equal(uses.length, 2 * n);
  assert.ok(uses.every((u) => u.scareQuoted));
});
