import { HashedPerceptron, KeptGroups, PerModel, loadOptionalModel, lowestGroup } from './hashed.js';
import { POS_IDS, hashFeature as f, type TokenView } from './features.js';
import { isWordToken, pickCandidate } from './content.js';
import type { TokRange } from './tagger.js';

/**
 * Source-span ranker: the role tagger's source is exact for about 83% of
 * held-out gold cues; most of the rest overlap the gold source with a
 * boundary off (a determiner or quantifier left out, a title or header
 * taken in, an appositive or relative clause attached or not). As for the
 * content (content.ts), the start and then the end are chosen again among
 * the word boundaries near the tagger's, by a linear model over boundary
 * features. Trained by train/attribution-source.ts on PolNeAR train/ with the
 * role tagger's cross-fold sources.
 */
export const SOURCE_MODEL_FILE = 'attribution-source.json.gz';
export const SOURCE_LABELS = ['start', 'end'] as const;
export const SOURCE_BITS = 17;
/**
 * Candidate boundaries lie at most this many tokens from the tagger's. The
 * end only moves back: ends past the tagger's took in adverbs and time
 * phrases ("she still", "Trump this week") more often than they fixed a
 * source (PolNeAR dev, 3 ranker seeds: source F1 0.7552 with ends up to 6
 * tokens further, 0.7567 without; held-out train documents preferred them
 * slightly, end 0.932 vs 0.930).
 */
export const SOURCE_REACH = 6;
export const SOURCE_MAX_FEATURES = 32;

/** The shipped ranker, or null when its file is missing (the tagger's source is kept). */
export function loadSourceRanker(): HashedPerceptron | null { return loadOptionalModel(SOURCE_MODEL_FILE); }

/** Where the source's boundaries may move: its sentences, not across the cue. */
export function sourceRegion(v: TokenView, cue: TokRange, source: TokRange): TokRange {
  let lo = v.sentStart[v.sent[source.start]!]!, hi = v.sentEnd[v.sent[source.end - 1]!]!;
  if (source.end <= cue.start) hi = Math.min(hi, cue.start);
  else lo = Math.max(lo, cue.end);
  return { start: lo, end: hi };
}

/** Candidate first tokens (word tokens, ascending), the tagger's among them; into `out`, returns the count. */
export function sourceStartCandidates(v: TokenView, source: TokRange, region: TokRange, out: Int32Array): number {
  let n = 0;
  for (let i = Math.max(region.start, source.start - SOURCE_REACH); i < Math.min(source.end, source.start + SOURCE_REACH + 1); i++) if (i === source.start || isWordToken(v, i)) out[n++] = i;
  return n;
}
/** Candidate ends (exclusive; a word token before each) after `start` and up to the tagger's (included). */
export function sourceEndCandidates(v: TokenView, source: TokRange, region: TokRange, start: number, out: Int32Array): number {
  let n = 0;
  for (let j = Math.max(start + 1, source.end - SOURCE_REACH); j <= Math.min(region.end, source.end); j++) if (j === source.end || isWordToken(v, j - 1)) out[n++] = j;
  return n;
}

const bucket = (d: number): number => { const a = Math.abs(d), b = a <= 3 ? a : a <= 6 ? 4 : 5; return d < 0 ? -b : b; };
const PAD = 0x2468ace;
const hw = (v: TokenView, i: number) => (i >= 0 && i < v.n ? v.hLower[i]! : PAD);
const hp = (v: TokenView, i: number) => (i >= 0 && i < v.n ? v.hPos[i]! : PAD);
const hs = (v: TokenView, i: number) => (i >= 0 && i < v.n ? v.hShape[i]! : PAD);
/** Finite verbs among tokens [a, b) (0, 1, 2 or more). */
const verbsIn = (v: TokenView, a: number, b: number) => Math.min(2, v.verbCum[b]! - v.verbCum[a]!);
const RELATIVE = new Set(['who', 'which', 'that', 'whose', 'whom']);
/** Non-word tokens and relative pronouns among tokens [a, b). */
function crossed(v: TokenView, a: number, b: number): number {
  let punct = 0, rel = 0;
  for (let k = a; k < b; k++) { if (!isWordToken(v, k)) punct++; else if (RELATIVE.has(v.lower[k]!)) rel = 1; }
  return Math.min(punct, 3) * 2 + rel;
}

/*
 * A candidate's features in three parts: its geometry (distance to the
 * tagger's boundary, side of the cue, what lies between: small numbers), the
 * tags around it, and its words. rankSource keeps the sums of the first two
 * per key of their values (KeptGroups); training scores all of them.
 */
/** Values of the candidate last given to startValues / endValues. */
const cv = { after: 0, d: 0, rel: 0, cr: 0, edge: 0, verbs: 0 };
/** Geometry keys: bucket -5..5, side, crossed 0..7, sign, edge flag, verbs 0..2. */
const GEOMETRY_KEYS = 11 * 2 * 8 * 3 * 2 * 3;
const geometryKey = () => (((((cv.d + 5) * 2 + cv.after) * 8 + cv.cr) * 3 + cv.rel + 1) * 2 + cv.edge) * 3 + cv.verbs;
/** Tag keys: the tags before and at the boundary (or the padding), side, sign; -1 for a tag past the numbered ones. */
const TAG_KEYS = (POS_IDS + 2) * (POS_IDS + 2) * 2 * 3;
function tagKey(v: TokenView, a: number, b: number): number {
  const x = a >= 0 && a < v.n ? v.posId[a]! : POS_IDS + 1, y = b >= 0 && b < v.n ? v.posId[b]! : POS_IDS + 1;
  return x === POS_IDS || y === POS_IDS ? -1 : ((x * (POS_IDS + 2) + y) * 2 + cv.after) * 3 + cv.rel + 1;
}

function startValues(v: TokenView, cue: TokRange, ts: number, i: number): void {
  cv.after = ts >= cue.end ? 1 : 0; cv.d = bucket(i - ts); cv.rel = Math.sign(i - ts);
  cv.cr = crossed(v, Math.min(i, ts), Math.max(i, ts));
  cv.edge = v.sentStart[v.sent[i]!] === i ? 1 : 0;
  cv.verbs = verbsIn(v, Math.min(i, ts), Math.max(i, ts));
}
function startGeometryFeatures(out: Int32Array, k: number): number {
  out[k++] = f(1, cv.d === 0 ? 1 : 0); out[k++] = f(2, cv.d, cv.after); out[k++] = f(8, cv.cr, cv.rel); out[k++] = f(10, cv.edge, cv.rel); out[k++] = f(16, cv.verbs, cv.rel, cv.after);
  return k;
}
function startTagFeatures(v: TokenView, i: number, out: Int32Array, k: number): number {
  out[k++] = f(6, hp(v, i - 1), hp(v, i)); out[k++] = f(9, hp(v, i), cv.after); out[k++] = f(12, hp(v, i - 1), hp(v, i), cv.rel);
  return k;
}
function startWordFeatures(v: TokenView, ts: number, i: number, out: Int32Array, k: number): number {
  out[k++] = f(3, hw(v, i - 1)); out[k++] = f(4, hw(v, i)); out[k++] = f(5, hw(v, i - 1), hw(v, i)); out[k++] = f(7, hs(v, i - 1), hs(v, i));
  out[k++] = f(11, hw(v, i - 1), cv.d); out[k++] = f(13, hw(v, i), cv.rel);
  out[k++] = f(14, hp(v, i - 2), hp(v, i - 1), hp(v, i)); out[k++] = f(15, hw(v, ts - 1), hw(v, ts), cv.rel);
  return k;
}
/** Features of candidate start i (tagger's start ts; the geometry's first: whether it is the tagger's). */
export function sourceStartFeatures(v: TokenView, cue: TokRange, ts: number, i: number, out: Int32Array): number {
  startValues(v, cue, ts, i);
  return startWordFeatures(v, ts, i, out, startTagFeatures(v, i, out, startGeometryFeatures(out, 0)));
}

function endValues(v: TokenView, cue: TokRange, te: number, j: number): void {
  cv.after = te > cue.start ? 1 : 0; cv.d = bucket(j - te); cv.rel = Math.sign(j - te);
  cv.cr = crossed(v, Math.min(j, te), Math.max(j, te));
  cv.edge = j === cue.start ? 1 : 0;
  cv.verbs = verbsIn(v, Math.min(j, te), Math.max(j, te));
}
function endGeometryFeatures(out: Int32Array, k: number): number {
  out[k++] = f(21, cv.d === 0 ? 1 : 0); out[k++] = f(22, cv.d, cv.after); out[k++] = f(28, cv.cr, cv.rel); out[k++] = f(30, cv.edge, cv.rel); out[k++] = f(36, cv.verbs, cv.rel, cv.after);
  return k;
}
function endTagFeatures(v: TokenView, j: number, out: Int32Array, k: number): number {
  out[k++] = f(26, hp(v, j - 1), hp(v, j)); out[k++] = f(29, hp(v, j), cv.after); out[k++] = f(32, hp(v, j - 1), hp(v, j), cv.rel);
  return k;
}
function endWordFeatures(v: TokenView, te: number, j: number, out: Int32Array, k: number): number {
  const l = j - 1;
  out[k++] = f(23, hw(v, l)); out[k++] = f(24, hw(v, j)); out[k++] = f(25, hw(v, l), hw(v, j)); out[k++] = f(27, hs(v, l), hs(v, j));
  out[k++] = f(31, hw(v, j), cv.d); out[k++] = f(33, hw(v, l), cv.rel);
  out[k++] = f(34, hw(v, j), hw(v, j + 1)); out[k++] = f(35, hw(v, te - 1), hw(v, te), cv.rel);
  return k;
}
/** Features of candidate end j (exclusive; tagger's end te). */
export function sourceEndFeatures(v: TokenView, cue: TokRange, te: number, j: number, out: Int32Array): number {
  endValues(v, cue, te, j);
  return endWordFeatures(v, te, j, out, endTagFeatures(v, j, out, endGeometryFeatures(out, 0)));
}

const starts = new Int32Array(2 * SOURCE_REACH + 2), ends = new Int32Array(2 * SOURCE_REACH + 2);
const startScores = new Float64Array(starts.length), endScores = new Float64Array(ends.length);
const feats = new Int32Array(SOURCE_MAX_FEATURES), scratch = new Float64Array(SOURCE_LABELS.length), groupFeats = new Int32Array(8);
const GEOMETRY = 0, TAGS = 1;
const keys = new Int32Array(2);
const sourceGroupsOf = new PerModel((m) => ({ start: new KeptGroups(m, [GEOMETRY_KEYS, TAG_KEYS]), end: new KeptGroups(m, [GEOMETRY_KEYS, TAG_KEYS]) }));
const sourceGroups = (model: HashedPerceptron): { start: KeptGroups; end: KeptGroups } => sourceGroupsOf.get(model);
/** The parts of a boundary's features, for starts (label 0) and ends (label 1). */
interface BoundarySide {
  label: number;
  values(v: TokenView, cue: TokRange, t: number, x: number): void;
  geometry(out: Int32Array, k: number): number;
  tags(v: TokenView, x: number, out: Int32Array, k: number): number;
  words(v: TokenView, t: number, x: number, out: Int32Array, k: number): number;
}
const START: BoundarySide = { label: 0, values: startValues, geometry: startGeometryFeatures, tags: startTagFeatures, words: startWordFeatures };
const END: BoundarySide = { label: 1, values: endValues, geometry: endGeometryFeatures, tags: endTagFeatures, words: endWordFeatures };

/** Candidate boundary x's score (t: the tagger's): the kept groups' sums and the words' features. */
function boundaryScore(side: BoundarySide, kept: KeptGroups, model: HashedPerceptron, v: TokenView, cue: TokRange, t: number, x: number): number {
  side.values(v, cue, t, x);
  scratch.fill(0);
  let n = 0;
  keys[GEOMETRY] = geometryKey();
  if ((keys[TAGS] = tagKey(v, x - 1, x)) < 0) n = side.tags(v, x, feats, n);
  for (let missed = kept.addAll(keys, scratch); missed !== 0; missed &= missed - 1) {
    const g = lowestGroup(missed);
    kept.keep(g, keys[g]!, groupFeats, g === GEOMETRY ? side.geometry(groupFeats, 0) : side.tags(v, x, groupFeats, 0), scratch);
  }
  return model.accumulate(feats, side.words(v, t, x, feats, n), scratch)[side.label]!;
}
/** Candidate start i's score (ts: the tagger's start). */
export function sourceStartScore(model: HashedPerceptron, v: TokenView, cue: TokRange, ts: number, i: number): number {
  return boundaryScore(START, sourceGroups(model).start, model, v, cue, ts, i);
}
/** Candidate end j's score (te: the tagger's end). */
export function sourceEndScore(model: HashedPerceptron, v: TokenView, cue: TokRange, te: number, j: number): number {
  return boundaryScore(END, sourceGroups(model).end, model, v, cue, te, j);
}

/**
 * The source with its start and end re-chosen by the ranker. Kept as it is:
 * a lone pronoun (nothing to move), and a source opening with a gerund
 * ("including ones"), the sign of a misread that refine:gerund-source drops
 * whole (moving it hid that sign once on PolNeAR dev and let a wrong
 * relation through).
 */
export function rankSource(model: HashedPerceptron, v: TokenView, cue: TokRange, source: TokRange): TokRange {
  if (source.end - source.start === 1 && v.pronoun[source.start]) return source;
  if (v.pos[source.start] === 'VBG' || (v.pos[source.start] === '?' && /^[a-z]+ing$/.test(v.lower[source.start]!))) return source;
  const region = sourceRegion(v, cue, source);
  const ns = sourceStartCandidates(v, source, region, starts);
  for (let k = 0; k < ns; k++) startScores[k] = sourceStartScore(model, v, cue, source.start, starts[k]!);
  const start = starts[pickCandidate(startScores, ns)]!;
  const ne = sourceEndCandidates(v, source, region, start, ends);
  if (!ne) return source;
  for (let k = 0; k < ne; k++) endScores[k] = sourceEndScore(model, v, cue, source.end, ends[k]!);
  return { start, end: ends[pickCandidate(endScores, ne)]! };
}
