import type { Doc } from '../doc/doc.js';
import type { Quote, Span } from '../doc/types.js';
import { canonicalSpeakerNames } from './speakers.js';
import { isAsciiAlnum } from '../doc/chars.js';
import { ListDerived, SpanOwners, SpanSet } from '../doc/span-index.js';

/**
 * Whole-word phrase matcher over lower-case phrases: one alternation, longest
 * phrase first, spaces matching any run of whitespace. "Whole word" means no
 * letter or digit right before or after, so "occupied" matches inside
 * "Russian-occupied" but "invade" does not match inside "invaded".
 */
export function phraseRegex(phrases: readonly string[], flags = 'gi'): RegExp {
  const alts = [...new Set(phrases)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![A-Za-z0-9])(?:${alts.join('|')})(?![A-Za-z0-9])`, flags);
}

/**
 * Pre-check of the phraseRegex matchers (contested labels, framing markers). The key of a word is a
 * hash of its whole run of ASCII letters and digits, lower-cased (no string is made per word; never 0).
 * A form matches only where each of its runs is a whole run of the text: the regex needs no letter or
 * digit before the match and after it, and inside the form a run is bounded by characters that are not
 * letters or digits (white space, "-", "'"), which the match holds too. So the text holds, at a run
 * start, the key of any run of the form: the form's longest run is taken (the rarest word, by a rough
 * rule: "pretext" rather than "under" or "a"). (Case-sensitive matchers too: the lower-cased key only
 * lets more through.)
 */
/** The key of the run of ASCII letters and digits starting at i (0 when there is none). Two runs sharing a key only add candidates. */
export function wordKey(text: string, i: number, end: number): number {
  if (i >= end || !isAsciiAlnum(text.charCodeAt(i))) return 0;
  let key = 0x811c9dc5 | 0;
  for (let k = i; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!isAsciiAlnum(c)) break;
    key = Math.imul(key ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  return key === 0 ? 1 : key;
}
/** Keys of a matcher's forms (each form's longest run), or null when a form holds no ASCII letter or digit (always tried). */
export function formKeys(forms: readonly string[]): number[] | null {
  const keys = forms.map(longestRunKey);
  return keys.some((k) => k === 0) ? null : [...new Set(keys)];
}
/** The key of a form's longest run of ASCII letters and digits (the first of the longest), or 0 when it has none. */
function longestRunKey(form: string): number {
  let best = 0, bestLength = 0;
  for (let i = 0; i < form.length; i++) {
    if (!isAsciiAlnum(form.charCodeAt(i)) || (i > 0 && isAsciiAlnum(form.charCodeAt(i - 1)))) continue;
    let end = i;
    while (end < form.length && isAsciiAlnum(form.charCodeAt(end))) end++;
    if (end - i > bestLength) { best = wordKey(form, i, form.length); bestLength = end - i; }
  }
  return best;
}
/**
 * Word keys of a span of the matching text: the phrase regexes match only after a character that is not an
 * ASCII letter or digit (or at the span's start), so a form whose key is absent cannot match there.
 */
export function wordKeys(text: string, span: Span): Set<number> {
  const keys = new Set<number>();
  for (let i = span.start; i < span.end; i++) {
    if (isAsciiAlnum(text.charCodeAt(i)) && (i === span.start || !isAsciiAlnum(text.charCodeAt(i - 1)))) keys.add(wordKey(text, i, span.end));
  }
  return keys;
}

const SPAN_KEYS = new WeakMap<Doc, Map<number, { end: number; keys: Set<number> }>>();
/** wordKeys of a span of doc.matchText, made once per span (contested labels and markers both read them; never modify them). */
export function spanWordKeys(doc: Doc, span: Span): ReadonlySet<number> {
  let byStart = SPAN_KEYS.get(doc);
  if (byStart === undefined) SPAN_KEYS.set(doc, (byStart = new Map()));
  const known = byStart.get(span.start);
  if (known !== undefined && known.end === span.end) return known.keys;
  const keys = wordKeys(doc.matchText, span);
  byStart.set(span.start, { end: span.end, keys });
  return keys;
}

/** Matches of a regex inside a span of doc.matchText, as absolute spans. */
export function matchesIn(doc: Doc, span: Span, re: RegExp): Array<Span & { text: string }> {
  const out: Array<Span & { text: string }> = [];
  const text = doc.matchText.slice(span.start, span.end);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

const inside = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

/** The quotes' contents in a sorted index (a pass over every quote per marker made long articles quadratic). */
const contentIndex = new ListDerived<Doc, Quote, SpanOwners<number>>((quotes) => {
  const index = new SpanOwners<number>();
  quotes.forEach((q, i) => index.add(q.content, i));
  return index;
});

/** The doc's quote contents by start, each owned by its index in doc.quotes. */
export function quoteContents(doc: Doc): SpanOwners<number> {
  return contentIndex.get(doc, doc.quotes);
}

/** The innermost quote whose content holds the span (the first in doc.quotes of the shortest), or null (the article's own voice). */
export function quoteAt(doc: Doc, span: Span): Quote | null {
  const index = quoteContents(doc);
  let best = -1;
  const quotes = doc.quotes, len = (i: number) => quotes[i]!.content.end - quotes[i]!.content.start;
  // (widened by one on each side: a content that only touches the span's edges still holds it)
  index.some({ start: span.start - 1, end: span.end + 1 }, (i) => {
    if (inside(span, quotes[i]!.content) && (best < 0 || len(i) < len(best) || (len(i) === len(best) && i < best))) best = i;
    return false;
  });
  return best < 0 ? null : quotes[best]!;
}

const canonicalCache = new WeakMap<Doc, { quotes: readonly Quote[]; names: Map<Quote, string> }>();

/** The canonical name of a quote's source (cached per doc while doc.quotes stays the same array). */
export function speakerName(doc: Doc, q: Quote): string {
  let c = canonicalCache.get(doc);
  if (!c || c.quotes !== doc.quotes || !c.names.has(q)) canonicalCache.set(doc, (c = { quotes: doc.quotes, names: canonicalSpeakerNames(doc.quotes) }));
  return c.names.get(q) ?? q.speaker.name;
}

/** Canonical name of the speaker whose statement holds the span, or null for the article's own voice. */
export function speakerAt(doc: Doc, span: Span): string | null {
  const q = quoteAt(doc, span);
  return q ? speakerName(doc, q) : null;
}

/** The user of a span as reported in contested labels: a speaker name or "article". */
export const ARTICLE_VOICE = 'article';

/** The doc's scare quotes as a sorted set (a pass over all of them per label made texts full of scare quotes quadratic). */
const scareQuoteSets = new ListDerived<Doc, Span, SpanSet>((spans) => new SpanSet(spans));

/** True when the span lies inside one of the doc's scare quotes. */
export function inScareQuotes(doc: Doc, span: Span): boolean {
  return scareQuoteSets.get(doc, doc.scareQuotes).contains(span);
}

/** Spans to analyze: content sentences, or the non-boilerplate text when no segmenter ran. */
export function analysisSpans(doc: Doc): Span[] {
  if (doc.sentences.length) return doc.contentSentences();
  return doc.inBoilerplate({ start: 0, end: doc.text.length }) ? [] : [{ start: 0, end: doc.text.length }];
}
