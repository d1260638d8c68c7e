import type { Doc } from '../doc/doc.js';
import type { SourceSummary, SourcingProfile, Span, SpeakerKind } from '../doc/types.js';
import { analysisSpans } from './match.js';
import { normName, sourceKeys } from './speakers.js';

const KINDS: readonly SpeakerKind[] = ['person', 'anonymous', 'organization', 'media', 'document', 'unknown'];
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const isLetterOrNumber = (cp: number) => (cp < 128 ? (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122) : LETTER_OR_NUMBER.test(String.fromCodePoint(cp)));
const isLetter = (cp: number) => (cp < 128 ? (cp | 32) >= 97 && (cp | 32) <= 122 : LETTER.test(String.fromCodePoint(cp)));
const isApostrophe = (cp: number) => cp === 39 || cp === 0x2019;
/** UTF-16 units of a code point. */
const width = (cp: number) => (cp > 0xffff ? 2 : 1);
/**
 * The code point at i of the text cut at `to`, read as one unit unless it starts a surrogate pair (most
 * characters); a high surrogate whose pair lies at or past `to` stands alone, as in the cut text.
 */
const codePointIn = (text: string, i: number, to: number) => { const c = text.charCodeAt(i); return c < 0xd800 || c > 0xdbff || i + 1 >= to ? c : text.codePointAt(i)!; };
/** 1 for an ASCII letter or digit (the common case, read from a table). */
const ASCII_WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD_CHAR[c] = isLetterOrNumber(c) ? 1 : 0;

/**
 * Number of matches of /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu in the text (words,
 * "don't" as one), counted by a scan instead of a regex building an array of
 * every word: the sourcing shares count every sentence of the article.
 */
export function countWords(text: string): number {
  return countWordsIn(text, 0, text.length);
}

/** countWords(text.slice(from, to)), without the slice. */
export function countWordsIn(text: string, from: number, to: number): number {
  let count = 0, i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_WORD_CHAR[c] === 0) { i++; continue; }
    } else {
      const cp = codePointIn(text, i, to);
      if (!isLetterOrNumber(cp)) { i += width(cp); continue; }
    }
    while (i < to) {
      const d = text.charCodeAt(i);
      if (d < 128) { if (ASCII_WORD_CHAR[d] === 0) break; i++; continue; }
      const cp = codePointIn(text, i, to);
      if (!isLetterOrNumber(cp)) break;
      i += width(cp);
    }
    if (i + 1 < to && isApostrophe(text.charCodeAt(i)) && isLetter(codePointIn(text, i + 1, to))) {
      i++;
      for (let cp = 0; i < to && isLetter((cp = codePointIn(text, i, to))); ) i += width(cp);
    }
    count++;
  }
  return count;
}

function union(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end); else out.push({ ...s });
  }
  return out;
}

/**
 * The sourcing profile: who the article's statements come from (distinct
 * sources by kind, statements and words per source, relays), how much of the
 * article is attributed (share of words inside statements) and how much is
 * the article's own voice (share of sentences holding no statement), and the
 * media outlets it cites. Boilerplate is left out of every share.
 */
export function sourcingProfile(doc: Doc): SourcingProfile {
  const quotes = doc.quotes.filter((q) => !doc.inBoilerplate(q.content));
  const keys = sourceKeys(quotes);
  const sources = new Map<string, SourceSummary>();
  const relays = new Map<string, { name: string; kind: SpeakerKind; statements: number }>();
  quotes.forEach((q, i) => {
    const key = keys[i]!;
    let s = sources.get(key);
    if (!s) {
      s = { name: q.speaker.name, kind: q.speaker.kind, ...(q.speaker.entity ? { entity: q.speaker.entity } : {}), statements: 0, direct: 0, indirect: 0, words: 0, via: [] };
      sources.set(key, s);
    }
    s.statements++;
    if (q.kind === 'indirect') s.indirect++; else s.direct++;
    s.words += countWordsIn(doc.text, q.content.start, q.content.end);
    if (q.via) {
      if (!s.via.includes(q.via.name)) s.via.push(q.via.name);
      const rk = `${q.via.kind}:${normName(q.via.name)}`;
      const r = relays.get(rk) ?? { name: q.via.name, kind: q.via.kind, statements: 0 };
      r.statements++;
      relays.set(rk, r);
    }
  });
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<SpeakerKind, number>;
  for (const s of sources.values()) byKind[s.kind]++;

  const sentences = analysisSpans(doc);
  const contents = union(quotes.map((q) => q.content));
  let words = 0, attributedWords = 0, ownVoice = 0;
  // sentences and the (sorted, disjoint) contents are swept together: a content ending before a sentence is behind all later ones
  let first = 0;
  for (const s of sentences) {
    words += countWordsIn(doc.text, s.start, s.end);
    while (first < contents.length && contents[first]!.end <= s.start) first++;
    let attributed = false;
    for (let k = first; k < contents.length && contents[k]!.start < s.end; k++) {
      const c = contents[k]!, from = Math.max(s.start, c.start), to = Math.min(s.end, c.end);
      if (from < to) { attributed = true; attributedWords += countWordsIn(doc.text, from, to); }
    }
    if (!attributed) ownVoice++;
  }
  const round = (x: number) => Math.round(x * 10000) / 10000;
  const list = [...sources.values()];
  return {
    sources: list,
    byKind,
    statements: quotes.length,
    attributedWordShare: words ? round(attributedWords / words) : 0,
    ownVoiceSentenceShare: sentences.length ? round(ownVoice / sentences.length) : 1,
    outletsCited: list.filter((s) => s.kind === 'media').map((s) => s.name),
    relays: [...relays.values()],
  };
}
