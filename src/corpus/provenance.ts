import type { ProvenanceHit, ProvenanceResult } from '../store/types.js';

/**
 * Quote provenance: where a quotation first appeared and how later copies
 * changed it. Store-independent: a store fetches candidate passages (full-text
 * search), this module aligns, scores and diffs them.
 */

/** Word similarity (2*LCS / total words) from which a passage counts as a variant of the quotation. */
export const PROVENANCE_MIN_SIMILARITY = 0.6;
/** Words of the quotation sent to full-text search: the longest ones, which tend to be the rarest. */
export const SEARCH_WORDS = 6;
/** A found passage may be at most this much longer than the quotation (words added). */
const WINDOW_STRETCH = 1.6;

interface Word { w: string; raw: string; start: number; end: number }
/** A passage of a text: UTF-16 offsets, its text, and its word similarity to the quotation. */
export interface Passage { start: number; end: number; text: string; similarity: number }

const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu;

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const w = m[0].toLowerCase();
    out.push({ w: w.includes('\u2019') ? w.replace(/\u2019/g, "'") : w, raw: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** Words for a full-text query: distinct, longest first. */
export function searchTerms(quotation: string, n = SEARCH_WORDS): string[] {
  const uniq = [...new Set(words(quotation).map((w) => w.w.replace(/'.*$/, '')).filter((w) => w.length >= 3))];
  return uniq.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, n);
}

/** LCS table of two word sequences (small: quotations are short). */
function lcsTable(a: string[], b: string[]): Uint16Array[] {
  const t: Uint16Array[] = [];
  for (let i = 0; i <= a.length; i++) t.push(new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
    }
  }
  return t;
}

export function wordSimilarity(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  return (2 * lcsTable(a, b)[0]![0]!) / (a.length + b.length);
}

/** Word diff of `b` against `a`: unchanged words plain, [-cut-] and {+added+}. */
export function wordDiff(aText: string, bText: string): { diff: string; added: number; removed: number } {
  const a = words(aText), b = words(bText);
  const t = lcsTable(a.map((x) => x.w), b.map((x) => x.w));
  const parts: string[] = [];
  let added = 0, removed = 0, i = 0, j = 0;
  const cut: string[] = [], add: string[] = [];
  const flush = () => {
    if (cut.length) parts.push(`[-${cut.join(' ')}-]`);
    if (add.length) parts.push(`{+${add.join(' ')}+}`);
    cut.length = 0; add.length = 0;
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]!.w === b[j]!.w) { flush(); parts.push(b[j]!.raw); i++; j++; }
    else if (j < b.length && (i >= a.length || t[i]![j + 1]! >= t[i + 1]![j]!)) { add.push(b[j]!.raw); added++; j++; }
    else { cut.push(a[i]!.raw); removed++; i++; }
  }
  flush();
  return { diff: parts.join(' '), added, removed };
}

/**
 * The passage of `text` that best matches the quotation: windows around the
 * densest runs of the quotation's words, trimmed to the aligned words.
 * Returns UTF-16 offsets into `text`.
 */
/** A quotation prepared once per query: its words, their set, and the anchor words for long texts. */
export interface PreparedQuotation { text: string; words: string[]; set: Set<string>; anchors: string[] }
export function prepareQuotation(quotation: string): PreparedQuotation {
  const w = words(quotation).map((x) => x.w);
  return { text: quotation, words: w, set: new Set(w), anchors: searchTerms(quotation, ANCHOR_WORDS) };
}
const prepared = (q: string | PreparedQuotation) => (typeof q === 'string' ? prepareQuotation(q) : q);

export function bestPassage(quotation: string | PreparedQuotation, text: string): Passage | null {
  const pq = prepared(quotation);
  const q = pq.words;
  if (!q.length) return null;
  const qset = pq.set;
  const tw = words(text);
  const win = Math.ceil(q.length * WINDOW_STRETCH);
  // matched-word count of every window of `q.length` words, to pick a few starts
  const hit = tw.map((w) => (qset.has(w.w) ? 1 : 0));
  const starts: Array<{ i: number; n: number }> = [];
  let run = 0;
  for (let i = 0; i < tw.length; i++) {
    run += hit[i]!;
    if (i >= q.length) run -= hit[i - q.length]!;
    if (i >= q.length - 1 || i === tw.length - 1) starts.push({ i: Math.max(0, i - q.length + 1), n: run });
  }
  starts.sort((a, b) => b.n - a.n || a.i - b.i);
  let best: Passage | null = null;
  for (const s of starts.slice(0, 3)) {
    if (s.n < Math.ceil(q.length * PROVENANCE_MIN_SIMILARITY / 2)) break;
    const lo = Math.max(0, s.i - Math.floor(win - q.length)), hi = Math.min(tw.length, s.i + win);
    const seg = tw.slice(lo, hi);
    const t = lcsTable(q, seg.map((w) => w.w));
    // first and last aligned word of the segment
    let i = 0, j = 0, first = -1, last = -1;
    while (i < q.length && j < seg.length) {
      if (q[i] === seg[j]!.w) { if (first < 0) first = j; last = j; i++; j++; }
      else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++; else j++;
    }
    if (first < 0) continue;
    const passage = seg.slice(first, last + 1);
    const sim = wordSimilarity(q, passage.map((w) => w.w));
    if (!best || sim > best.similarity) {
      const start = passage[0]!.start, end = passage[passage.length - 1]!.end;
      best = { start, end, text: text.slice(start, end), similarity: sim };
    }
  }
  return best;
}

/** Anchor words looked up in a long text: windows around them are aligned, not the whole text. */
const ANCHOR_WORDS = 2;
/** Most windows aligned per anchor word (a word on every line of a long text is no anchor). */
const MAX_WINDOWS = 8;
/** A passage this similar ends the search of a text. */
const GOOD_ENOUGH = 0.85;

/**
 * bestPassage for long texts: only windows around occurrences of the
 * quotation's longest words are aligned (a text of thousands of words costs a
 * few string searches).
 */
export function findPassage(quotation: string | PreparedQuotation, text: string, windowMemo?: Map<string, Passage | null>): Passage | null {
  const pq = prepared(quotation);
  const anchors = pq.anchors;
  const span = pq.text.length * 2;
  if (!anchors.length || text.length < span * 3) return bestPassage(pq, text);
  // wire copies and republished stories repeat whole paragraphs: a window of text already aligned is looked up
  const align = (win: string): Passage | null => {
    if (!windowMemo) return bestPassage(pq, win);
    let p = windowMemo.get(win);
    if (p === undefined) windowMemo.set(win, (p = bestPassage(pq, win)));
    return p;
  };
  const lower = text.toLowerCase();
  let best: Passage | null = null;
  // the longest word first; the next only when it found no close passage (it was the word that changed)
  for (const w of anchors) {
    let windows = 0, covered = -1;
    for (let i = lower.indexOf(w); i >= 0 && windows < MAX_WINDOWS; i = lower.indexOf(w, i + w.length)) {
      if (i < covered) continue;
      const a = Math.max(0, i - span), b = Math.min(text.length, i + span);
      covered = b - pq.text.length;
      windows++;
      const p = align(text.slice(a, b));
      if (p && (!best || p.similarity > best.similarity)) best = { ...p, start: p.start + a, end: p.end + a };
    }
    if (best && best.similarity >= GOOD_ENOUGH) break;
  }
  return best;
}

export interface ProvenanceCandidate {
  articleId: string; url: string | null; outlet: string | null; published: string | null; title: string | null; storyId: string | null;
  source?: string | null;
  /** Insertion order, to order articles without a date. */
  seq: number;
  quoteId: string | null; speaker: string | null;
  /** A quotation's content (matched whole) or an article text (searched for the best passage). */
  text: string;
  isQuote: boolean;
}

/** Scores candidates, keeps variants, orders them by date and diffs each against the earliest. */
export function rankProvenance(quotation: string, candidates: ProvenanceCandidate[], minSimilarity = PROVENANCE_MIN_SIMILARITY, limit = 50): ProvenanceResult {
  const pq = prepareQuotation(quotation);
  const q = pq.words;
  const found = new Map<string, ProvenanceHit & { seq: number }>();
  /** Wire copies repeat texts: each distinct text is aligned once, and each distinct window of text. */
  const memo = new Map<string, { passage: string; sim: number } | null>();
  const windowMemo = new Map<string, Passage | null>();
  // extracted quotations first: an article whose quotation matches exactly needs no search of its text
  const ordered = [...candidates.filter((c) => c.isQuote), ...candidates.filter((c) => !c.isQuote)];
  for (const c of ordered) {
    if (!c.isQuote && (found.get(c.articleId)?.similarity ?? 0) >= 1) continue;
    let m = memo.get(c.text);
    if (m === undefined) {
      if (c.isQuote) m = { passage: c.text, sim: wordSimilarity(q, words(c.text).map((w) => w.w)) };
      else { const b = findPassage(pq, c.text, windowMemo); m = b ? { passage: b.text, sim: b.similarity } : null; }
      memo.set(c.text, m);
    }
    if (!m) continue;
    const { passage, sim } = m;
    if (sim < minSimilarity) continue;
    const prev = found.get(c.articleId);
    // an extracted quotation wins over the same passage found in the text (it has a speaker)
    if (prev && (prev.similarity > sim + 1e-9 || (prev.quoteId && !c.quoteId && prev.similarity >= sim - 1e-9))) continue;
    found.set(c.articleId, {
      articleId: c.articleId, url: c.url, outlet: c.outlet, published: c.published, title: c.title, storyId: c.storyId, source: c.source ?? null,
      quoteId: c.quoteId, speaker: c.speaker, text: passage, similarity: Math.round(sim * 1000) / 1000,
      diff: '', changes: { added: 0, removed: 0 }, seq: c.seq,
    });
  }
  const hits = [...found.values()].sort((a, b) =>
    (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.seq - b.seq);
  const earliest = hits[0] ?? null;
  const out: ProvenanceHit[] = hits.slice(0, limit).map(({ seq: _seq, ...h }) => {
    if (!earliest) return h;
    const d = wordDiff(earliest.text, h.text);
    return { ...h, diff: d.diff, changes: { added: d.added, removed: d.removed } };
  });
  return { query: quotation, earliest: out[0] ?? null, variants: out };
}
