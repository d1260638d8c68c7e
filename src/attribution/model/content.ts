import { HashedPerceptron, KeptGroups, PerModel, lowestGroup, loadOptionalModel } from './hashed.js';
import { POS_IDS, refreshWordIds, type TokenView, type WordInfo } from './features.js';
import { WORD_SUMS, WordTable, wordTableOf } from './word-table.js';
import type { TokRange } from './tagger.js';

/**
 * Content-span ranker: the role tagger finds the content of a cue (token
 * overlap F1 ~0.84 on PolNeAR dev) but its boundaries are exact only ~70% of
 * the time. After tagging, the content's start and its end are each chosen
 * again among a few candidate boundaries around the tagger's (clause and
 * sentence edges, quotation marks, "that", the words after the cue), scored by
 * a linear model over boundary features. Start and end are ranked
 * independently (two label columns of one hashed perceptron); the content's
 * inner fragments (a split quotation around "he said") are kept.
 * Trained by train/attribution-content.ts on PolNeAR train/ with the role
 * tagger's own (cross-fold) spans.
 */
export const CONTENT_MODEL_FILE = 'attribution-content.json.gz';
export const CONTENT_LABELS = ['start', 'end'] as const;
/** Hash table rows = 2^bits. */
export const CONTENT_BITS = 18;
/** End candidates are sought up to this many sentences past the tagger's end, start candidates this many before its start (2 and 3 scored no better on held-out train documents; a quotation running on further offers its closing mark). */
const SENTENCES_BEYOND = 1;
/** Room for the features of one candidate. */
export const CONTENT_MAX_FEATURES = 48;
/** The region never reaches further than this many tokens from the tagger's span, whatever its sentences (an unsplittable huge sentence; see WINDOW_MAX_TOKENS_BEFORE in tagger.ts). */
const REGION_MAX_TOKENS = 400;

/** The shipped ranker, or null when its file is missing (the tagger's spans are kept). */
export function loadContentRanker(): HashedPerceptron | null { return loadOptionalModel(CONTENT_MODEL_FILE); }

/** Whether the token holds a letter or digit (punctuation tokens are trimmed from span edges when spans are compared). */
export function isWordToken(v: TokenView, i: number): boolean {
  return wordMask(v)[i] === 1;
}

/** isWordToken for every token of the last view asked about (candidate scans ask for the same tokens many times). */
let maskView: TokenView | null = null, maskOf = new Uint8Array(0);
function wordMask(v: TokenView): Uint8Array {
  if (maskView === v) return maskOf;
  const m = new Uint8Array(v.n);
  for (let i = 0; i < v.n; i++) {
    const w = v.lower[i]!;
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(w[k]!))) { m[i] = 1; break; }
    }
  }
  maskView = v; maskOf = m;
  return m;
}

/** Where the content may lie: its start in [startLo, startHi), its end in (endLo, endHi]. */
export interface ContentRegion { startLo: number; startHi: number; endLo: number; endHi: number }

/**
 * The region the content's start and end may move in: not across the cue or
 * the source, and at most a few sentences beyond the tagger's span (a
 * quotation may run on over sentences and paragraphs the tagger's window
 * does not reach). The start stays in the first fragment or before it, the
 * end in the last or after it: letting them pass whole fragments (dropping
 * them) lost more than it gained on held-out train documents and dev.
 */
export function contentRegion(v: TokenView, cue: TokRange, source: TokRange | null, content: readonly TokRange[]): ContentRegion {
  const first = content[0]!, last = content[content.length - 1]!;
  const sFirst = Math.max(0, v.sent[first.start]! - SENTENCES_BEYOND), sLast = Math.min(v.sentStart.length - 1, v.sent[last.end - 1]! + SENTENCES_BEYOND);
  let startLo = Math.max(v.sentStart[sFirst]!, first.start - REGION_MAX_TOKENS), endHi = Math.min(v.sentEnd[sLast]!, last.end + REGION_MAX_TOKENS);
  if (first.start >= cue.end) startLo = Math.max(startLo, cue.end);
  if (source && source.end <= first.start) startLo = Math.max(startLo, source.end);
  if (last.end <= cue.start) endHi = Math.min(endHi, cue.start);
  if (source && source.start >= last.end) endHi = Math.min(endHi, source.start);
  return { startLo, startHi: first.end, endLo: last.start, endHi };
}

/** Whether the content starts or ends inside quotation marks. */
export function touchesQuote(v: TokenView, content: readonly TokRange[]): boolean {
  return v.inQuote[content[0]!.start] === 1 || v.inQuote[content[content.length - 1]!.end - 1] === 1;
}

/** Candidate first tokens of the content (word tokens, ascending, distinct), the tagger's among them. Written into `out`; returns the count. */
export function startCandidates(v: TokenView, cue: TokRange, source: TokRange | null, region: ContentRegion, taggerStart: number, out: Int32Array): number {
  let n = 0;
  const ts = firstWord(v, taggerStart, region.startHi);
  const sTs = v.sent[ts]!;
  for (let i = region.startLo; i < region.startHi && n < out.length; i++) {
    if (!isWordToken(v, i) || (i >= cue.start && i < cue.end) || (source && i >= source.start && i < source.end)) continue;
    const p = i - 1;
    const sentStart = i === firstWord(v, v.sentStart[v.sent[i]!]!, i + 1);
    const pl = p >= 0 ? v.lower[p]! : '';
    let natural = i === ts || i === region.startLo || sentStart || p === cue.end - 1 || pl === '"' || pl === ':';
    if (!natural && v.sent[i] === sTs) natural = !isWordToken(v, p) || pl === 'that' || v.pos[p] === 'IN' || v.pos[p] === 'TO' || Math.abs(i - ts) <= 2;
    if (natural) out[n++] = i;
  }
  return n;
}

/** Candidate ends (exclusive: the token after the content's last word), ascending, distinct, the tagger's among them. */
export function endCandidates(v: TokenView, cue: TokRange, source: TokRange | null, region: ContentRegion, taggerEnd: number, out: Int32Array): number {
  let n = 0;
  const te = lastWordEnd(v, taggerEnd, region.endLo);
  const sTe = v.sent[te - 1]!;
  for (let j = region.endLo + 1; j <= region.endHi && n < out.length; j++) {
    const l = j - 1;
    if (!isWordToken(v, l) || (l >= cue.start && l < cue.end) || (source && l >= source.start && l < source.end)) continue;
    const sentEnd = lastWordEnd(v, v.sentEnd[v.sent[l]!]!, l) === j;
    const nl = j < v.n ? v.lower[j]! : '';
    let natural = j === te || j === region.endHi || sentEnd || nl === '"' || nl === ':';
    if (!natural && v.sent[l] === sTe) {
      natural = !isWordToken(v, j) || Math.abs(j - te) <= 2 || v.lex[j] === 1 || v.pos[j] === 'IN' || v.pos[j] === 'CC' || v.pos[j] === 'TO' || v.pos[j] === 'WDT' || v.pos[j] === 'WP';
    }
    if (natural) out[n++] = j;
  }
  // a quotation running on past the region: its closing mark (in a later paragraph when each new paragraph reopens the quote)
  if (te > 0 && v.inQuote[te - 1] && endOutside(cue, source, region)) {
    const close = quoteClose(v, te);
    const end = close > 0 ? lastWordEnd(v, close, region.endHi) : -1;
    if (end > region.endHi && isWordToken(v, end - 1) && n < out.length) out[n++] = end;
  }
  return n;
}

/** Tokens scanned at most for the end of a quotation. */
const QUOTE_SCAN = 800;
/** Whether the content lies after the cue and source (only then may its end run past the region). */
function endOutside(cue: TokRange, source: TokRange | null, region: ContentRegion): boolean {
  return region.endLo >= cue.end && (!source || region.endLo >= source.end);
}
/**
 * Where the quotation open at token j - 1 ends: the index of its closing
 * mark, or the end of the paragraph where it stops unclosed (a quotation goes
 * on into the next paragraph only when that one opens with a quotation mark);
 * -1 past the scan.
 */
function quoteClose(v: TokenView, j: number): number {
  const stop = Math.min(v.n, j + QUOTE_SCAN);
  for (let k = j; k < stop; k++) {
    if (v.lower[k] === '"') return k;
    if (k + 1 < v.n && v.para[k + 1] !== v.para[k]) {
      if (v.lower[k + 1] !== '"') return k + 1;
      k++; // the next paragraph reopens the quotation: past its opening mark
    }
  }
  return -1;
}

/** The content with its start moved to `start` and its end to `end` (start < end): fragments wholly outside are dropped, the outer ones moved. */
export function clipContent(content: readonly TokRange[], start: number, end: number): TokRange[] {
  const kept = content.filter((f) => f.end > start && f.start < end).map((f) => ({ ...f }));
  if (!kept.length) return [{ start, end }];
  kept[0]!.start = start;
  kept[kept.length - 1]!.end = end;
  return kept;
}

/** First word token at or after i (before `limit`), else i. */
function firstWord(v: TokenView, i: number, limit: number): number {
  for (let k = i; k < limit; k++) if (isWordToken(v, k)) return k;
  return i;
}
/** Exclusive end after the last word token before `j` (after `limit`), else j. */
function lastWordEnd(v: TokenView, j: number, limit: number): number {
  for (let k = j; k > limit; k--) if (isWordToken(v, k - 1)) return k;
  return j;
}

export { firstWord, lastWordEnd };

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) | 0;
}
/** Each template's first hashing step, done once (template ids are below 64). */
const TEMPLATE_SEED = new Int32Array(64);
for (let t = 0; t < TEMPLATE_SEED.length; t++) TEMPLATE_SEED[t] = mix(0x5bd1e995, 200 + t);
/** A hashed feature: template id and up to three values (the templates of this ranker are numbered from 200, apart from the tagger's). */
function feat(t: number, a = 0, b = 0, c = 0): number { return mix(mix(mix(TEMPLATE_SEED[t]!, a), b), c); }
const PAD = 0x1234567;
/** Distance buckets: 0-3 exact, then 4-5, 6-10, 11-20, 21-40, more. */
function bucket(d: number): number {
  const a = d < 0 ? -d : d;
  const b = a <= 3 ? a : a <= 5 ? 4 : a <= 10 ? 5 : a <= 20 ? 6 : a <= 40 ? 7 : 8;
  return d < 0 ? -b : b;
}
const hw = (v: TokenView, i: number) => (i >= 0 && i < v.n ? v.hLower[i]! : PAD);
const hp = (v: TokenView, i: number) => (i >= 0 && i < v.n ? v.hPos[i]! : PAD);
/** Quotation marks among tokens [a, b). */
const quotesIn = (v: TokenView, a: number, b: number) => (a < b ? v.quoteCum[b]! - v.quoteCum[a]! : 0);
const commasIn = (v: TokenView, a: number, b: number) => (a < b ? v.commaCum[b]! - v.commaCum[a]! : 0);

/** What the features of one relation's candidates share. */
export interface ContentCtx { cue: TokRange; source: TokRange | null; ts: number; te: number; head: number; cueQ: number; after: number }

export function contentCtx(v: TokenView, cue: TokRange, source: TokRange | null, content: readonly TokRange[], region: ContentRegion): ContentCtx {
  let head = v.hStem[cue.end - 1]!;
  for (let i = cue.start; i < cue.end; i++) if (v.lex[i]) head = v.hStem[i]!;
  const ts = firstWord(v, content[0]!.start, region.startHi), te = lastWordEnd(v, content[content.length - 1]!.end, region.endLo);
  return { cue, source, ts, te, head, cueQ: v.inQuote[cue.start]!, after: content[0]!.start >= cue.end ? 1 : 0 };
}

/*
 * A candidate's features come in groups by what they depend on: three small
 * groups of numbers (distances, sentence and quotation state, counts), whose
 * sums rankContent keeps per key (KeptGroups), and the words and tags around
 * the boundary. Training scores them all together (startFeatures, endFeatures).
 */

/** Values of the start candidate last given to startValues. */
const sv = { tag: 0, bts: 0, side: 0, bd: 0, bte: 0, qpar: 0, inQ: 0, cueQ: 0, sentStart: 0, sentOff: 0, paraStart: 0, rel: 0, cBetween: 0, qBetween: 0, cSide: 0, srcAdj: 0, p: 0, lo: 0, hi: 0 };
function startValues(v: TokenView, c: ContentCtx, i: number): void {
  const p = i - 1, side = c.after;
  const d = side ? i - c.cue.end : c.cue.start - i;
  const lo = Math.min(i, c.ts), hi = Math.max(i, c.ts);
  sv.tag = i === c.ts ? 1 : 0; sv.bts = bucket(i - c.ts); sv.side = side; sv.bd = bucket(d); sv.bte = bucket(c.te - i);
  sv.qpar = quotesIn(v, i, c.te) & 1; sv.inQ = v.inQuote[i]!; sv.cueQ = c.cueQ;
  sv.sentStart = v.sentStart[v.sent[i]!] === i || (p >= 0 && v.sent[p] !== v.sent[i]) || (p >= 0 && !isWordToken(v, p) && v.sentStart[v.sent[i]!] === p) ? 1 : 0;
  sv.sentOff = Math.max(-3, Math.min(3, v.sent[i]! - v.sent[c.cue.start]!));
  sv.paraStart = p < 0 || v.para[p] !== v.para[i] || (p >= 1 && v.para[p - 1] !== v.para[i]) ? 1 : 0;
  sv.rel = i < c.ts ? 0 : i > c.ts ? 2 : 1;
  sv.cBetween = Math.min(3, commasIn(v, lo, hi)); sv.qBetween = Math.min(2, quotesIn(v, lo, hi));
  sv.cSide = Math.min(3, commasIn(v, side ? c.cue.end : i, side ? i : c.cue.start));
  sv.srcAdj = c.source ? (c.source.end === i ? 1 : c.source.end + 1 === i ? 2 : c.source.start >= i && c.source.end <= c.te ? 3 : 0) : 4;
  sv.p = p; sv.lo = lo; sv.hi = hi;
}
/** Distance buckets -8..8 as 0..16. */
const B = 17;
/** Start: distances to the tagger's start and to the cue. */
export const START_DISTANCE_KEYS = 2 * B * 2 * B;
const startDistanceKey = () => ((sv.tag * B + sv.bts + 8) * 2 + sv.side) * B + sv.bd + 8;
function startDistanceFeatures(out: Int32Array, k: number): number {
  out[k++] = feat(1, sv.tag); out[k++] = feat(2, sv.bts); out[k++] = feat(8, sv.side, sv.bd);
  return k;
}
/** Start: sentence, paragraph and quotation state. */
export const START_STATE_KEYS = B * 2 * 2 * 2 * 2 * 2 * 7 * 2;
const startStateKey = () => ((((((sv.bte + 8) * 2 + sv.qpar) * 2 + sv.inQ) * 2 + sv.cueQ) * 2 + sv.side) * 2 + sv.sentStart) * 14 + (sv.sentOff + 3) * 2 + sv.paraStart;
function startStateFeatures(out: Int32Array, k: number): number {
  out[k++] = feat(9, sv.sentStart, sv.side, sv.sentOff); out[k++] = feat(10, sv.paraStart, sv.side);
  out[k++] = feat(11, sv.inQ, sv.cueQ, sv.side); out[k++] = feat(16, sv.bte); out[k++] = feat(17, sv.qpar, sv.inQ);
  return k;
}
/** Start: commas and quotation marks crossed, and the source next to it. */
export const START_COUNT_KEYS = 3 * 4 * 3 * 4 * 2 * 5;
const startCountKey = () => ((((sv.rel * 4 + sv.cBetween) * 3 + sv.qBetween) * 4 + sv.cSide) * 2 + sv.side) * 5 + sv.srcAdj;
function startCountFeatures(out: Int32Array, k: number): number {
  out[k++] = feat(14, sv.cSide, sv.side); out[k++] = feat(18, sv.rel, sv.cBetween, sv.qBetween); out[k++] = feat(21, sv.srcAdj, sv.side);
  return k;
}
/** Start: the words and tags around it. */
function startWordFeatures(v: TokenView, c: ContentCtx, i: number, out: Int32Array, k: number): number {
  k = startTagFeatures(v, i, out, startOwnWordFeatures(hw(v, i), out, startPrevWordFeatures(hw(v, sv.p), sv.side, out, k)));
  return startPairFeatures(v, c, i, out, k);
}
/** Start: the word before it (lower-case hash) alone and with the side; rankContent keeps their sums per word. */
function startPrevWordFeatures(w: number, side: number, out: Int32Array, k: number): number { out[k++] = feat(3, w); out[k++] = feat(15, side, w); return k; }
/** Start: its own word alone (kept per word). */
function startOwnWordFeatures(w: number, out: Int32Array, k: number): number { out[k++] = feat(4, w); return k; }
/** Start: the tags before and at it, the side, the pronoun flag: key < START_TAG_KEYS, or -1 for a tag past the numbered ones. */
export const START_TAG_KEYS = (POS_IDS + 2) * POS_IDS * 2 * 2;
function startTagKey(v: TokenView, i: number): number {
  const a = sv.p >= 0 ? v.posId[sv.p]! : POS_IDS + 1, b = v.posId[i]!;
  return a === POS_IDS || b >= POS_IDS ? -1 : ((a * POS_IDS + b) * 2 + sv.side) * 2 + v.pronoun[i]!;
}
function startTagFeatures(v: TokenView, i: number, out: Int32Array, k: number): number {
  const side = sv.side, p = sv.p;
  out[k++] = feat(6, hp(v, p), hp(v, i)); out[k++] = feat(20, hp(v, p), side); out[k++] = feat(25, v.pronoun[i]!, hp(v, i), side);
  return k;
}
/** Start: word pairs, the cue's head, the span to the tagger's start. */
function startPairFeatures(v: TokenView, c: ContentCtx, i: number, out: Int32Array, k: number): number {
  const p = sv.p, side = sv.side;
  out[k++] = feat(5, hw(v, p), hw(v, i)); out[k++] = feat(7, hw(v, p - 1), hw(v, p));
  out[k++] = feat(12, c.head, hw(v, p)); out[k++] = feat(13, p === c.cue.end - 1 ? 1 : 0, c.head);
  out[k++] = feat(19, v.lower[c.cue.end] === 'that' ? 1 : 0, bucket(i - c.cue.end));
  out[k++] = feat(22, c.head, sv.sentStart, side); out[k++] = feat(23, hw(v, p), hw(v, i), side);
  out[k++] = feat(24, sv.rel, hp(v, sv.lo === i ? sv.hi : sv.lo), hw(v, p));
  return k;
}

/** Features of candidate start i (its first word token) into `out`; returns the count. */
export function startFeatures(v: TokenView, c: ContentCtx, i: number, out: Int32Array): number {
  startValues(v, c, i);
  return startWordFeatures(v, c, i, out, startCountFeatures(out, startStateFeatures(out, startDistanceFeatures(out, 0))));
}

/** Values of the end candidate last given to endValues. */
const ev = { tag: 0, bte: 0, bts: 0, side: 0, bd: 0, sentEnd: 0, sentOff: 0, paraEnd: 0, inQl: 0, inQj: 0, cueQ: 0, qOpen: 0, inQte: 0, lexAfter: 0, pronNext: 0, rel: 0, cBetween: 0, qBetween: 0, verbs: 0, rest: 0, lo: 0, hi: 0 };
function endValues(v: TokenView, c: ContentCtx, j: number): void {
  const l = j - 1, side = c.after;
  const d = side ? j - c.cue.end : c.cue.start - j;
  const s = v.sent[l]!;
  const lo = Math.min(j, c.te), hi = Math.max(j, c.te);
  const sentEndAt = lastWordEnd(v, v.sentEnd[s]!, l);
  ev.tag = j === c.te ? 1 : 0; ev.bte = bucket(j - c.te); ev.bts = bucket(j - c.ts); ev.side = side; ev.bd = bucket(d);
  ev.sentEnd = sentEndAt === j ? 1 : 0;
  ev.sentOff = Math.max(-3, Math.min(3, s - v.sent[Math.max(c.te - 1, 0)]!));
  ev.paraEnd = j >= v.n || v.para[j] !== v.para[l] || (j + 1 < v.n && !isWordToken(v, j) && v.para[j + 1] !== v.para[l]) ? 1 : 0;
  ev.inQl = v.inQuote[l]!; ev.inQj = j < v.n ? v.inQuote[j]! : 0; ev.cueQ = c.cueQ; ev.qOpen = quotesIn(v, c.ts, j) & 1; ev.inQte = c.te > 0 ? v.inQuote[c.te - 1]! : 0;
  ev.lexAfter = (j < v.n && v.lex[j] ? 1 : 0) + (j + 1 < v.n && v.lex[j + 1] ? 2 : 0) + (j + 2 < v.n && v.lex[j + 2] ? 4 : 0);
  ev.pronNext = j < v.n ? v.pronoun[j + 1] ?? 0 : 0;
  ev.rel = j < c.te ? 0 : j > c.te ? 2 : 1;
  ev.cBetween = Math.min(3, commasIn(v, lo, hi)); ev.qBetween = Math.min(2, quotesIn(v, lo, hi)); ev.verbs = v.verbCum[hi]! - v.verbCum[lo]! > 0 ? 1 : 0;
  ev.rest = bucket(sentEndAt - j);
  ev.lo = lo; ev.hi = hi;
}
/** End: distances to the tagger's end and start and to the cue. */
export const END_DISTANCE_KEYS = 2 * B * B * 2 * B;
const endDistanceKey = () => (((ev.tag * B + ev.bte + 8) * B + ev.bts + 8) * 2 + ev.side) * B + ev.bd + 8;
function endDistanceFeatures(out: Int32Array, k: number): number {
  out[k++] = feat(31, ev.tag); out[k++] = feat(32, ev.bte); out[k++] = feat(44, ev.bts); out[k++] = feat(46, ev.side, ev.bd);
  return k;
}
/** End: sentence, paragraph and quotation state. */
export const END_STATE_KEYS = 2 * 2 * 7 * 2 * 2 * 2 * 2 * 2 * 2;
const endStateKey = () => ((((((((ev.sentEnd * 2 + ev.side) * 7 + ev.sentOff + 3) * 2 + ev.paraEnd) * 2 + ev.inQl) * 2 + ev.inQj) * 2 + ev.cueQ) * 2 + ev.qOpen) * 2) + ev.inQte;
function endStateFeatures(out: Int32Array, k: number): number {
  out[k++] = feat(38, ev.sentEnd, ev.side, ev.sentOff); out[k++] = feat(39, ev.paraEnd, ev.side); out[k++] = feat(40, ev.inQl, ev.inQj, ev.cueQ);
  out[k++] = feat(41, ev.qOpen, ev.sentEnd); out[k++] = feat(53, ev.inQl, ev.qOpen, ev.paraEnd);
  out[k++] = feat(54, ev.sentOff, ev.inQl, ev.inQte); out[k++] = feat(55, ev.sentOff, ev.paraEnd, ev.qOpen);
  return k;
}
/** End: reporting words after it, commas, quotation marks and verbs crossed. */
export const END_COUNT_KEYS = 8 * 2 * 3 * 4 * 3 * 2 * 7;
const endCountKey = () => (((((ev.lexAfter * 2 + ev.pronNext) * 3 + ev.rel) * 4 + ev.cBetween) * 3 + ev.qBetween) * 2 + ev.verbs) * 7 + ev.sentOff + 3;
function endCountFeatures(out: Int32Array, k: number): number {
  out[k++] = feat(43, ev.lexAfter, ev.pronNext); out[k++] = feat(47, ev.rel, ev.cBetween, ev.qBetween); out[k++] = feat(51, ev.rel, ev.verbs, ev.sentOff);
  return k;
}
/** End: the words and tags around it. */
function endWordFeatures(v: TokenView, c: ContentCtx, j: number, out: Int32Array, k: number): number {
  k = endTagFeatures(v, j, out, endLastWordFeatures(hw(v, j - 1), out, endNextWordFeatures(hw(v, j), ev.side, out, k)));
  return endPairFeatures(v, c, j, out, k);
}
/** End: the word after it (lower-case hash) alone and with the side; rankContent keeps their sums per word. */
function endNextWordFeatures(w: number, side: number, out: Int32Array, k: number): number { out[k++] = feat(33, w); out[k++] = feat(45, side, w); return k; }
/** End: its last word alone (kept per word). */
function endLastWordFeatures(w: number, out: Int32Array, k: number): number { out[k++] = feat(34, w); return k; }
/** End: the tags at and after it, and the side: key < END_TAG_KEYS, or -1 for a tag past the numbered ones. */
export const END_TAG_KEYS = (POS_IDS + 2) * (POS_IDS + 2) * 2;
function endTagKey(v: TokenView, j: number): number {
  const a = j > 0 ? v.posId[j - 1]! : POS_IDS + 1, b = j < v.n ? v.posId[j]! : POS_IDS + 1;
  return a === POS_IDS || b === POS_IDS ? -1 : (a * (POS_IDS + 2) + b) * 2 + ev.side;
}
function endTagFeatures(v: TokenView, j: number, out: Int32Array, k: number): number {
  out[k++] = feat(36, hp(v, j - 1), hp(v, j)); out[k++] = feat(48, hp(v, j), ev.side);
  return k;
}
/** End: word pairs, the cue's head, what follows. */
function endPairFeatures(v: TokenView, c: ContentCtx, j: number, out: Int32Array, k: number): number {
  const l = j - 1, side = ev.side;
  out[k++] = feat(35, hw(v, l), hw(v, j)); out[k++] = feat(37, hw(v, j), hw(v, j + 1));
  out[k++] = feat(42, c.head, hw(v, j));
  out[k++] = feat(49, c.head, ev.sentEnd, side); out[k++] = feat(50, hw(v, j), hp(v, j + 1), ev.lexAfter);
  out[k++] = feat(52, hw(v, l), hw(v, j), side);
  out[k++] = feat(56, c.head, hp(v, j)); out[k++] = feat(57, ev.rest, hp(v, j)); out[k++] = feat(58, ev.rest, hw(v, j));
  out[k++] = feat(59, hp(v, l), hp(v, j), hp(v, j + 1));
  return k;
}

/** Features of candidate end j (exclusive; j - 1 is its last word token) into `out`; returns the count. */
export function endFeatures(v: TokenView, c: ContentCtx, j: number, out: Int32Array): number {
  endValues(v, c, j);
  return endWordFeatures(v, c, j, out, endCountFeatures(out, endStateFeatures(out, endDistanceFeatures(out, 0))));
}

const starts = new Int32Array(256), ends = new Int32Array(256), feats = new Int32Array(CONTENT_MAX_FEATURES);
const scratch = new Float64Array(CONTENT_LABELS.length);
const startScores = new Float64Array(256), endScores = new Float64Array(256);

/** The ranker's kept feature groups (distance, state, counts, tags) for starts and for ends, by number. */
const DISTANCE = 0, STATE = 1, COUNT = 2, TAG = 3;
const rankerKeys = new Int32Array(4);
const rankerGroupsOf = new PerModel((m) => ({
  start: new KeptGroups(m, [START_DISTANCE_KEYS, START_STATE_KEYS, START_COUNT_KEYS, START_TAG_KEYS]),
  end: new KeptGroups(m, [END_DISTANCE_KEYS, END_STATE_KEYS, END_COUNT_KEYS, END_TAG_KEYS]),
}));
const rankerGroups = (model: HashedPerceptron): { start: KeptGroups; end: KeptGroups } => rankerGroupsOf.get(model);
const groupFeats = new Int32Array(8);

/**
 * The ranker's scores of the features joining one word with fixed values, per
 * word (label 0: start, 1: end; blocks of 2): the word as the one before a
 * start (on each side of the cue: START_PREV + side), as a start (START_OWN),
 * as the one after an end (END_NEXT + side), as the last of an end (END_LAST).
 * The padding past the document's edges has its own rows.
 */
const START_PREV = 0, START_OWN = 2, END_NEXT = 3, END_LAST = 5, RANKER_BLOCKS = 6;
const rankerWordTables = new PerModel((m) => new WordTable(m, 2 * RANKER_BLOCKS));
const rankerPadRows = new PerModel((m) => { const rows = new Int32Array(2 * RANKER_BLOCKS); fillRankerRow(m, rows, 0, PAD); return rows; });
function fillRankerRow(model: HashedPerceptron, sums: Int32Array, o: number, w: number): void {
  for (let side = 0; side < 2; side++) {
    putRankerBlock(model, sums, o, START_PREV + side, startPrevWordFeatures(w, side, feats, 0));
    putRankerBlock(model, sums, o, END_NEXT + side, endNextWordFeatures(w, side, feats, 0));
  }
  putRankerBlock(model, sums, o, START_OWN, startOwnWordFeatures(w, feats, 0));
  putRankerBlock(model, sums, o, END_LAST, endLastWordFeatures(w, feats, 0));
}
/** Scores the `n` features in `feats` into block b of the row at `o`. */
function putRankerBlock(model: HashedPerceptron, sums: Int32Array, o: number, b: number, n: number): void {
  const x = model.score(feats, n, scratch);
  sums[o + 2 * b] = x[0]!; sums[o + 2 * b + 1] = x[1]!;
}
/** The row of token i's word (filled on first use), or of the padding: its offset into `sums`. */
function rankerRow(v: TokenView, t: WordTable, i: number): number {
  if (i < 0 || i >= v.n) return -1;
  const id = v.wordId[i]!;
  if (t.filled[id] === 0) { fillRankerRow(t.model, t.sums, id * t.stride, (v.word[i] as WordInfo).hLower); t.filled[id] = WORD_SUMS; }
  return id * t.stride;
}

/**
 * What a boundary's score is made of, for starts (label 0) and ends (label
 * 1): its values (returning its side of the cue), two word rows (a word at
 * `x + offsetA` in block `blockA` + side, a word at `x + offsetB` in block
 * `blockB`), the kept groups' keys and features, and the rest.
 */
interface BoundarySide {
  label: number; offsetA: number; blockA: number; offsetB: number; blockB: number;
  values(v: TokenView, c: ContentCtx, x: number): number;
  keys(v: TokenView, x: number, keys: Int32Array): void;
  group(g: number, v: TokenView, x: number, out: Int32Array, k: number): number;
  pairs(v: TokenView, c: ContentCtx, x: number, out: Int32Array, k: number): number;
}
const START: BoundarySide = {
  label: 0, offsetA: -1, blockA: START_PREV, offsetB: 0, blockB: START_OWN,
  values: (v, c, i) => { startValues(v, c, i); return sv.side; },
  keys: (v, i, keys) => { keys[DISTANCE] = startDistanceKey(); keys[STATE] = startStateKey(); keys[COUNT] = startCountKey(); keys[TAG] = startTagKey(v, i); },
  group: (g, v, i, out, k) => (g === DISTANCE ? startDistanceFeatures(out, k) : g === STATE ? startStateFeatures(out, k) : g === COUNT ? startCountFeatures(out, k) : startTagFeatures(v, i, out, k)),
  pairs: startPairFeatures,
};
const END: BoundarySide = {
  label: 1, offsetA: 0, blockA: END_NEXT, offsetB: -1, blockB: END_LAST,
  values: (v, c, j) => { endValues(v, c, j); return ev.side; },
  keys: (v, j, keys) => { keys[DISTANCE] = endDistanceKey(); keys[STATE] = endStateKey(); keys[COUNT] = endCountKey(); keys[TAG] = endTagKey(v, j); },
  group: (g, v, j, out, k) => (g === DISTANCE ? endDistanceFeatures(out, k) : g === STATE ? endStateFeatures(out, k) : g === COUNT ? endCountFeatures(out, k) : endTagFeatures(v, j, out, k)),
  pairs: endPairFeatures,
};

/** The ranker's score of candidate boundary x: its features scored, the small groups' and the words' sums kept. */
function boundaryScore(side: BoundarySide, kept: KeptGroups, model: HashedPerceptron, v: TokenView, c: ContentCtx, x: number): number {
  // (the table and the padding apart: an object holding both, per candidate, was 3% of the pipeline's allocations)
  const keys = rankerKeys, t = wordTableOf(rankerWordTables, model), pads = rankerPadRows.get(model);
  refreshWordIds(v);
  const s = side.values(v, c, x);
  const a = rankerRow(v, t, x + side.offsetA), b = rankerRow(v, t, x + side.offsetB), ba = 2 * (side.blockA + s), bb = 2 * side.blockB;
  for (let k = 0; k < 2; k++) scratch[k] = (a >= 0 ? t.sums[a + ba + k]! : pads[ba + k]!) + (b >= 0 ? t.sums[b + bb + k]! : pads[bb + k]!);
  side.keys(v, x, keys);
  // a tag past the numbered ones: its group is scored with the rest
  const n = keys[TAG]! < 0 ? side.group(TAG, v, x, feats, 0) : 0;
  for (let missed = kept.addAll(keys, scratch); missed !== 0; missed &= missed - 1) {
    const g = lowestGroup(missed);
    kept.keep(g, keys[g]!, groupFeats, side.group(g, v, x, groupFeats, 0), scratch);
  }
  return model.accumulate(feats, side.pairs(v, c, x, feats, n), scratch)[side.label]!;
}
/** The ranker's score of candidate start i. */
export function startScore(model: HashedPerceptron, v: TokenView, c: ContentCtx, i: number): number { return boundaryScore(START, rankerGroups(model).start, model, v, c, i); }
/** The ranker's score of candidate end j. */
export function endScore(model: HashedPerceptron, v: TokenView, c: ContentCtx, j: number): number { return boundaryScore(END, rankerGroups(model).end, model, v, c, j); }

/** Index of the best of scores[0..n) (the first on a tie). Requiring other candidates to beat the tagger's by a margin changed nothing on held-out train documents. */
export function pickCandidate(scores: ArrayLike<number>, n: number): number {
  let b = -1, bv = -Infinity;
  for (let k = 0; k < n; k++) if (scores[k]! > bv) { bv = scores[k]!; b = k; }
  return b;
}

/**
 * The content of one tagged relation with its start and end re-chosen by the
 * ranker (null: keep the tagger's content). A cue the tagger gave no content
 * gets none here either: candidates around the rest of its sentence were
 * right too rarely (PolNeAR dev: 6 more exact contents, 33 more wrong ones).
 */
export function rankContent(model: HashedPerceptron, v: TokenView, cue: TokRange, source: TokRange | null, content: readonly TokRange[]): TokRange[] | null {
  if (!content.length) return null;
  const region = contentRegion(v, cue, source, content);
  const ns = startCandidates(v, cue, source, region, content[0]!.start, starts);
  const ne = endCandidates(v, cue, source, region, content[content.length - 1]!.end, ends);
  if (!ns || !ne) return null;
  const c = contentCtx(v, cue, source, content, region);
  for (let k = 0; k < ns; k++) startScores[k] = startScore(model, v, c, starts[k]!);
  const bs = starts[pickCandidate(startScores, ns)]!;
  // ends after the chosen start only
  let m = 0;
  for (let k = 0; k < ne; k++) {
    if (ends[k]! <= bs) continue;
    ends[m] = ends[k]!;
    endScores[m] = endScore(model, v, c, ends[k]!);
    m++;
  }
  if (!m) return null;
  return clipContent(content, bs, ends[pickCandidate(endScores, m)]!);
}
