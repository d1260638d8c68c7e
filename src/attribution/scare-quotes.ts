import type { Doc } from '../doc/doc.js';
import type { Quote, Span } from '../doc/types.js';
import { isReportingWord } from '../lexicon/reporting.js';
import { isWhiteSpace } from '../doc/chars.js';
import { firstAtLeast } from '../doc/span-index.js';
import { DOUBLED_APOSTROPHE, closesMark, followsText, isClosingMark, isOpeningMark, isQuotationMarkCode, isSingleMark, markAt, opensElision } from '../lexicon/quotation-marks.js';

/**
 * Quotation-mark regions and scare quotes.
 *
 * `quotedRegions` pairs quotation marks paragraph by paragraph with a stack, so
 * nested quotations stay inside their quotation (“... the “independence” of
 * ...”). It reads the original text: curly marks tell opening from closing,
 * which the folded matching text cannot. Which marks pair is the lexicon's
 * (src/lexicon/quotation-marks.ts), shared with the quoted stretches of the
 * quotation finder: English “…” ‘…’, German „…“ ‚…‘, guillemets, corner
 * brackets 「…」. An apostrophe inside a word ("people’s") is never a mark. A
 * mark left open at the end of a paragraph is a quotation running on into the
 * next paragraph.
 *
 * `findScareQuotes` keeps the short quoted spans that are not anyone's
 * statement: scare quotes and quoted terms (“peacekeeping”), titles of works,
 * nicknames. A quoted span is a statement (so not a scare quote) when it is a
 * quote's content, when a reporting word and a comma or colon join it to an
 * attribution (“Yes,” he said / She said: “No.”), or when it is long.
 * Quoted terms nested inside a quotation's content count as scare quotes.
 * The span returned is the quoted text without its marks (and without a
 * trailing comma or period that American style sets inside them).
 */

export interface QuotedRegion {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quotation runs on. */
  close: number;
  /** The text between the marks. */
  inner: Span;
  closed: boolean;
  /** Nesting depth: 0 for an outer quotation. */
  depth: number;
}

/** Quoted spans of at most this many words are terms, not statements. */
const SCARE_MAX_WORDS = 4;
/** Titles of works may run longer when written in title case. */
const TITLE_MAX_WORDS = 10;
/** How many words around a quoted span are searched for a reporting word joined to it by punctuation. */
const ATTRIBUTION_WINDOW_WORDS = 6;
/** A quoted phrase ending a mixed quote with at least this many words is the speaker's wording, not a term. */
const MIXED_PHRASE_MIN_WORDS = 3;
const RULE = 'scare-quotes';

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isOpenContext = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013\-/"']/.test(c) || isOpeningMark(c);

/** An open quotation: its opening mark ('"', "'" or "''" for straight marks) and where. */
type OpenMark = { mark: string; pos: number };
/** True when `close` closes a quotation opened by `open` (a straight mark closes its own kind). */
const closes = (open: string, close: string) => (close === '"' || close === "'" || close === DOUBLED_APOSTROPHE ? open === close : closesMark(open, close));

/** Closes the innermost open mark that `mark` closes at `pos` (and whatever opened inside it): its region goes to `out`. */
function closeTop(stack: OpenMark[], out: QuotedRegion[], mark: string, pos: number): void {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (!closes(stack[k]!.mark, mark)) continue;
    const { pos: open, mark: opened } = stack[k]!;
    stack.length = k;
    out.push({ open, close: pos, inner: { start: open + opened.length, end: pos }, closed: true, depth: k });
    return;
  }
}
function hasOpen(stack: readonly OpenMark[], mark: string): boolean {
  for (const s of stack) if (closes(s.mark, mark)) return true;
  return false;
}

const REGIONS = new WeakMap<Doc, { paragraphs: readonly Span[]; regions: readonly QuotedRegion[] }>();
/**
 * The quoted regions of the document's paragraphs, found once per paragraph list (the scare-quote
 * finder and the speaker resolver both read them; read them, never modify them).
 */
export function quotedRegions(doc: Doc): readonly QuotedRegion[] {
  const known = REGIONS.get(doc);
  if (known !== undefined && known.paragraphs === doc.paragraphs) return known.regions;
  const regions = findQuotedRegions(doc);
  REGIONS.set(doc, { paragraphs: doc.paragraphs, regions });
  return regions;
}

function findQuotedRegions(doc: Doc): QuotedRegion[] {
  const out: QuotedRegion[] = [];
  const t = doc.text;
  for (const p of doc.paragraphs) {
    const stack: OpenMark[] = [];
    for (let i = p.start; i < p.end; i++) {
      // only quotation marks open or close: pass over the rest before reading neighbours
      const code = t.charCodeAt(i);
      if (code !== 34 && code !== 39 && !isQuotationMarkCode(code)) continue;
      const c = markAt(t, i);
      const prev = i > p.start ? t[i - 1] : undefined;
      const next = i + c.length < p.end ? t[i + c.length] : undefined;
      if (c === DOUBLED_APOSTROPHE) {
        if (hasOpen(stack, c) && !isOpenContext(prev)) closeTop(stack, out, c, i);
        else if (isOpenContext(prev) && next !== undefined && !/\s/.test(next)) stack.push({ mark: c, pos: i });
        i++;
      } else if (c === '"') {
        if (hasOpen(stack, c) && (!isOpenContext(prev) || !isLetter(next))) closeTop(stack, out, c, i);
        else if (isOpenContext(prev) && next !== undefined && !/\s/.test(next)) stack.push({ mark: c, pos: i });
      } else if (c === "'") {
        if (isLetter(prev) && isLetter(next)) continue;
        if (hasOpen(stack, c) && !isOpenContext(prev) && !isLetter(next)) closeTop(stack, out, c, i);
        else if (isOpenContext(prev) && isLetter(next) && !opensElision(t, i)) stack.push({ mark: c, pos: i });
      } else {
        const single = isSingleMark(c);
        // an apostrophe inside a word (people’s, don’t); one eliding at a word's end (regions’) closes only an open single quote
        if (single && isLetter(prev) && isLetter(next)) continue;
        // “ and ‘ close an open „ or ‚ after text; otherwise (and always in English) they open
        if (isClosingMark(c) && (!isOpeningMark(c) || (followsText(prev) && hasOpen(stack, c)))) closeTop(stack, out, c, i);
        else if (isOpeningMark(c) && !(single && isLetter(prev))) stack.push({ mark: c, pos: i });
      }
    }
    // marks left open: quotations running on past the paragraph (not single quotes)
    stack.forEach((s, depth) => {
      if (!isSingleMark(s.mark) && s.mark !== "'") out.push({ open: s.pos, close: p.end, inner: { start: s.pos + s.mark.length, end: p.end }, closed: false, depth });
    });
  }
  return out.sort((a, b) => a.open - b.open);
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;

function isTitleCase(s: string): boolean {
  const ws = s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  if (!ws.length) return false;
  const minor = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|is|as)$/;
  return /^\p{Lu}|^\d/u.test(ws[0]!) && ws.every((w) => minor.test(w) || /^\p{Lu}|^\d/u.test(w));
}

function wordsBefore(text: string, pos: number, n: number): string[] {
  return (text.slice(Math.max(0, pos - 80), pos).match(/[\p{L}]+/gu) ?? []).slice(-n);
}
function wordsAfter(text: string, pos: number, n: number): string[] {
  return (text.slice(pos, pos + 80).match(/[\p{L}]+/gu) ?? []).slice(0, n);
}

/** True when the quoted span is joined to a reporting word by punctuation: a quoted statement, not a term. */
function attributedByPunctuation(doc: Doc, r: QuotedRegion): boolean {
  const t = doc.matchText;
  const inner = t.slice(r.inner.start, r.inner.end).trimEnd();
  const after = t.slice(r.close + 1, r.close + 3);
  // “Yes,” he said. / “Why?” she asked.
  if (/[,!?]$/.test(inner) || /^\s*,/.test(after)) {
    const sentEnd = t.slice(r.close + 1).search(/[.!?]/);
    const limit = sentEnd < 0 ? r.close + 81 : r.close + 1 + sentEnd;
    if (wordsAfter(t.slice(0, limit), r.close + 1, ATTRIBUTION_WINDOW_WORDS).some(isReportingWord)) return true;
  }
  // She said: “No.” / He added, “we will see.”
  const before = t.slice(Math.max(0, r.open - 3), r.open);
  if (/[,:]\s*$/.test(before) && wordsBefore(t, r.open, ATTRIBUTION_WINDOW_WORDS).some(isReportingWord)) {
    return wordCount(inner) > 2 || /[.!?]$/.test(inner);
  }
  return false;
}

/** Straight marks and punctuation trimmed off a quoted span or a quote's content (besides white space and curly marks), by UTF-16 code. */
const CONTENT_TRIM = new Set([...'"\'.,;:!?'].map((c) => c.charCodeAt(0)));
const isTrimmed = (code: number) => isWhiteSpace(code) || CONTENT_TRIM.has(code) || isQuotationMarkCode(code);
/** The span without white space, quotation marks and punctuation at its ends. */
function trimmedContent(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * The quotes' trimmed contents (trimmedContent), in order; their numbers in
 * order of the contents' ends, and those ends (every content that can match
 * a region ends inside it).
 */
interface QuoteContents { contents: Span[]; byEnd: number[]; ends: number[] }
function quoteContents(doc: Doc, quotes: readonly Quote[]): QuoteContents {
  const contents = quotes.map((q) => trimmedContent(doc.text, q.content));
  const byEnd = contents.map((_, k) => k).sort((a, b) => contents[a]!.end - contents[b]!.end);
  return { contents, byEnd, ends: byEnd.map((k) => contents[k]!.end) };
}
/** True when a quote's content is this quoted span (with or without its marks, give or take punctuation). */
function isQuoteContent(doc: Doc, r: QuotedRegion, quotes: readonly Quote[], qc: QuoteContents): boolean {
  const ri = trimmedContent(doc.text, r.inner);
  const { contents, byEnd, ends } = qc;
  // only the contents ending inside the region (a pass over every quote per region was quadratic)
  for (let at = firstAtLeast(ends, ri.start); at < byEnd.length && ends[at]! <= ri.end; at++) {
    const k = byEnd[at]!, q = quotes[k]!, c = contents[k]!;
    if (c.start === ri.start && c.end === ri.end) return true;
    // a mixed quote ending in a quoted phrase ("said the move was “not a real operation”") quotes the speaker's
    // wording; a quoted label of one or two words there ("proclaimed themselves “people's republics”") stays a term
    if (q.kind !== 'indirect' && q.speaker.kind !== 'unknown' && c.end === ri.end && c.start < ri.start && r.depth === 0
        && wordCount(doc.text.slice(ri.start, ri.end)) >= MIXED_PHRASE_MIN_WORDS) return true;
    // the quoted span holds a quote's content (a split or multi-sentence quotation)
    if (c.start >= ri.start && c.end <= ri.end && c.end - c.start > (ri.end - ri.start) / 2) return true;
  }
  return false;
}

export function findScareQuotes(doc: Doc, quotes: readonly Quote[]): Array<Span & { text: string; rule: string }> {
  const out: Array<Span & { text: string; rule: string }> = [];
  // (the quotes' trimmed contents, made once when a first candidate asks)
  let contents: QuoteContents | undefined;
  for (const r of quotedRegions(doc)) {
    if (!r.closed) continue;
    const span = { start: r.open, end: r.close + 1 };
    if (doc.inBoilerplate(span)) continue;
    const text = doc.text.slice(r.inner.start, r.inner.end);
    const n = wordCount(text);
    if (n === 0) continue;
    if (n > SCARE_MAX_WORDS && !(n <= TITLE_MAX_WORDS && isTitleCase(text) && !/[.!?]$/.test(text.trim()))) continue;
    contents ??= quoteContents(doc, quotes);
    if (isQuoteContent(doc, r, quotes, contents)) continue;
    if (attributedByPunctuation(doc, r)) continue;
    // an outer quotation whose content is a whole sentence is speech even without a cue found
    if (r.depth === 0 && /[.!?]["'\u201d\u2019]?$/.test(text.trim()) && n > 2) continue;
    // American style puts the sentence's comma or period inside the marks: not part of the term
    let end = r.inner.end;
    while (end > r.inner.start && /[\s,.;:]/.test(doc.text[end - 1]!)) end--;
    out.push({ start: r.inner.start, end, text: doc.text.slice(r.inner.start, end), rule: RULE });
  }
  return out;
}
