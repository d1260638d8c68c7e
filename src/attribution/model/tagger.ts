import { readFileSync } from 'node:fs';
import { modelPath } from '../../ml/model-file.js';
import { HashedPerceptron, KeptSums } from './hashed.js';
import {
  MAX_FEATURES, ROLE_COUNT_KEYS, ROLE_CUE_DISTANCE_KEYS, ROLE_GEOMETRY_KEYS, ROLE_PREV_COUNT_KEYS, ROLE_PREV_GEOMETRY_KEYS, CUE_FLAG_KEYS, CUE_SHAPE_PAIR_KEYS, CUE_TAG_KEYS, cueAroundFeatures, cueShapePairFeatures, cueShapePairKey, cueCtx, cueFlagFeatures, cueFlags, cueTagFeatures, cueTagKey, cueWordFeatures, cueWordPosFeatures, cueWordPrevFeatures,
  roleCountFeatures, roleCountKey, roleCueDistanceFeatures, roleCueDistanceKey, roleCueSideFeatures, roleCueTagFeatures, roleCueTagKey, roleCueWordFeatures, roleGeometryFeatures, roleGeometryKey, roleNeighbourWordFeatures, rolePrevCountFeatures, rolePrevCountKey, ROLE_CUE_TAG_KEYS,
  ROLE_SHAPE_PAIR_KEYS, ROLE_TAG_PAIR_KEYS, roleShapePairFeatures, roleShapePairKey, roleTagAfterFeatures, roleTagAfterKey, roleTagBeforeFeatures, roleTagBeforeKey,
  rolePrevFeatures, rolePrevGeometryFeatures, rolePrevGeometryKey, rolePrevPosFeatures, rolePrevPosKey, POS_IDS, ROLE_PREV_TAG_KEYS, ROLE_TAG_KEYS, roleTagFeatures, roleTagKey, rolePrevWordFeatures, roleStaticFeatures, roleTokenValues, roleWordSideFeatures, rt,
  type CueCtx, type TokenView, type WordInfo,
} from './features.js';

/**
 * The learned attribution tagger, two stages:
 *  1. cue tagging: B/I/O over each sentence's tokens, greedy left to right;
 *  2. for each cue, source and content tagging (O, BS, IS, BC, IC) over a
 *     window of sentences around it, with features relative to the cue,
 *     decoded greedily under BIO constraints; the source keeps its run
 *     nearest to the cue. (Decoding only the cue's sentence and extending
 *     while the content runs on was no faster once features were hashed, and
 *     lost 0.05 content F1 on dev.)
 * Trained by train/attribution.ts on PolNeAR train/.
 */
export const CUE_LABELS = ['O', 'B', 'I'] as const;
export const ROLE_LABELS = ['O', 'BS', 'IS', 'BC', 'IC'] as const;
/** Sentences before / after the cue's sentence searched for source and content (PolNeAR: 98% of contents start no earlier than one sentence before). */
export const WINDOW_BEFORE = 1;
export const WINDOW_AFTER = 2;
/** Index shown as the "previous label" on the first token after the cue. */
export const CUE_PREV = ROLE_LABELS.length;
/** Hash table sizes (rows = 2^bits): ~155k cue and ~94k role rows are used; 2^18 lost 0.006-0.008 F1 on dev for 10% speed. */
export const CUE_BITS = 20;
export const ROLE_BITS = 20;

export interface AttributionModel { cue: HashedPerceptron; role: HashedPerceptron }

/** Token index range [start, end). */
export interface TokRange { start: number; end: number }
export interface TaggedAttribution { cue: TokRange; source: TokRange | null; content: TokRange[] }

/** Model files under models/ (written by `npm run train -- attribution`). */
export const CUE_MODEL_FILE = 'attribution-cue.json.gz';
export const ROLE_MODEL_FILE = 'attribution-role.json.gz';

let cached: AttributionModel | null | undefined;
/** The shipped model, or null when its files are missing (the rule finders still run). */
export function loadModel(): AttributionModel | null {
  if (cached !== undefined) return cached;
  try {
    const cue = HashedPerceptron.deserialize(readFileSync(modelPath(CUE_MODEL_FILE, import.meta.url)));
    const role = HashedPerceptron.deserialize(readFileSync(modelPath(ROLE_MODEL_FILE, import.meta.url)));
    cached = { cue, role };
  } catch {
    cached = null;
  }
  return cached;
}

function bestOf(scores: Float64Array, allowed: readonly number[]): number {
  let bi = allowed[0]!, bv = -Infinity;
  for (const k of allowed) if (scores[k]! > bv) { bv = scores[k]!; bi = k; }
  return bi;
}
/** Subtracted from the outside score of each token when tagging cues (in weight units): recall is below precision, more so once refine:nested-cue drops the cues inside other contents (dev: source F1 +0.003, content +0.002, cue -0.003 with that refiner). */
export const CUE_O_PENALTY = 3;
const AFTER_O = [0, 1];
/**
 * A token more than this many tokens before the next reporting word (hand and
 * learned lexicon), colon or quotation mark of its sentence is not scored: it
 * is outside (after an outside label). In PolNeAR train/, 93% of gold cues
 * start within 8 tokens of one (74% on one), and the model's cues further away
 * were rarely right: on dev the gate changes F1 by -0.0002 source, +0.0002
 * cue, +0.0012 content, and saves ~10% of the model's time.
 */
export const CUE_GATE_AHEAD = 8;
let gateScratch = new Int32Array(256);
const ALL_CUE = [0, 1, 2];
const feats = new Int32Array(MAX_FEATURES);
const cueScratch = new Float64Array(CUE_LABELS.length);
const roleScratch = new Float64Array(ROLE_LABELS.length);

interface RoleSums {
  geometry: KeptSums; count: KeptSums; cueDistance: KeptSums; cueTag: KeptSums; tag: KeptSums; tagBefore: KeptSums; tagAfter: KeptSums; shapePair: KeptSums;
  prevGeometry: KeptSums; prevCount: KeptSums; prevTag: KeptSums;
}
const roleSumsOf = new WeakMap<HashedPerceptron, RoleSums>();
/** The role model's kept sums of its feature groups (see features.ts). */
function roleSums(model: HashedPerceptron): RoleSums {
  let r = roleSumsOf.get(model);
  if (!r) {
    const kept = (keys: number) => new KeptSums(model, keys);
    r = {
      geometry: kept(ROLE_GEOMETRY_KEYS), count: kept(ROLE_COUNT_KEYS), cueDistance: kept(ROLE_CUE_DISTANCE_KEYS), cueTag: kept(ROLE_CUE_TAG_KEYS), tag: kept(ROLE_TAG_KEYS),
      tagBefore: kept(ROLE_TAG_PAIR_KEYS), tagAfter: kept(ROLE_TAG_PAIR_KEYS), shapePair: kept(ROLE_SHAPE_PAIR_KEYS),
      prevGeometry: kept(ROLE_PREV_GEOMETRY_KEYS), prevCount: kept(ROLE_PREV_COUNT_KEYS), prevTag: kept(ROLE_PREV_TAG_KEYS),
    };
    roleSumsOf.set(model, r);
  }
  return r;
}
/** Room for the features of one group. */
const groupFeats = new Int32Array(8);

/** A word's cue scores (see WordInfo): computed once per word and model. */
function wordCueSums(model: HashedPerceptron, w: WordInfo): void {
  const L = model.nLabels;
  w.cueSums = model.score(feats, cueWordFeatures(w, feats), new Float64Array(L));
  w.cueSums0 = model.accumulate(feats, cueWordPrevFeatures(w, 0, feats, 0), Float64Array.from(w.cueSums));
  w.cuePosSums = null;
  w.cueModel = model;
}

/** The cue model's kept sums of cueFlagFeatures, cueTagFeatures and cueShapePairFeatures. */
interface CueSums { flags: KeptSums; tags: KeptSums; shapes: KeptSums }
const cueSumsOf = new WeakMap<HashedPerceptron, CueSums>();
function cueSums(model: HashedPerceptron): CueSums {
  let g = cueSumsOf.get(model);
  if (!g) cueSumsOf.set(model, (g = { flags: new KeptSums(model, CUE_FLAG_KEYS), tags: new KeptSums(model, CUE_TAG_KEYS), shapes: new KeptSums(model, CUE_SHAPE_PAIR_KEYS) }));
  return g;
}

/**
 * Cue spans of one sentence (token ranges). Most tokens follow an outside
 * label: for them the word's own features, with that label and with the
 * word's POS, are sums kept with the word; only the neighbourhood features
 * are scored per token.
 */
export function tagCues(model: HashedPerceptron, v: TokenView, from: number, to: number): TokRange[] {
  const out: TokRange[] = [];
  const sc = cueScratch, L = model.nLabels, { flags: kept, tags: keptTags, shapes: keptShapes } = cueSums(model);
  let prev = 0, open = -1;
  // distance to the next reporting word, colon or quotation mark (CUE_GATE_AHEAD + 1: none near)
  let ahead = CUE_GATE_AHEAD + 1;
  if (gateScratch.length < to - from) gateScratch = new Int32Array(2 * (to - from));
  for (let i = to - 1; i >= from; i--) { ahead = v.lex[i] || v.lower[i] === ':' || v.lower[i] === '"' ? 0 : Math.min(ahead + 1, CUE_GATE_AHEAD + 1); gateScratch[i - from] = ahead; }
  for (let i = from; i < to; i++) {
    if (prev === 0 && gateScratch[i - from]! > CUE_GATE_AHEAD) continue;
    const word = v.word[i]!, pos = v.hPos[i]!;
    if (word.cueModel !== model) wordCueSums(model, word);
    let n = 0;
    if (prev === 0) {
      if (word.cuePosSums === null || word.cuePos !== pos) {
        word.cuePosSums = model.score(feats, cueWordPosFeatures(word, pos, 0, feats, 0), word.cuePosSums ?? new Float64Array(L));
        word.cuePos = pos;
      }
      for (let k = 0; k < L; k++) sc[k] = word.cueSums0![k]! + word.cuePosSums[k]!;
    } else {
      sc.set(word.cueSums!);
      n = cueWordPosFeatures(word, pos, prev, feats, cueWordPrevFeatures(word, prev, feats, 0));
    }
    const flags = cueFlags(v, i);
    if (!kept.add(flags, sc)) kept.keep(flags, groupFeats, cueFlagFeatures(flags, groupFeats, 0), sc);
    const tags = cueTagKey(v, i);
    if (tags < 0) n = cueTagFeatures(v, i, feats, n);
    else if (!keptTags.add(tags, sc)) keptTags.keep(tags, groupFeats, cueTagFeatures(v, i, groupFeats, 0), sc);
    const shapes = cueShapePairKey(v, i);
    if (shapes < 0) n = cueShapePairFeatures(v, i, feats, n);
    else if (!keptShapes.add(shapes, sc)) keptShapes.keep(shapes, groupFeats, cueShapePairFeatures(v, i, groupFeats, 0), sc);
    model.accumulate(feats, cueAroundFeatures(v, i, prev, feats, n), sc);
    sc[0] -= CUE_O_PENALTY * model.scale;
    const lab = bestOf(sc, prev === 0 ? AFTER_O : ALL_CUE);
    if (lab !== 2 && open >= 0) { out.push({ start: open, end: i }); open = -1; }
    if (lab === 1) open = i;
    prev = lab;
  }
  if (open >= 0) out.push({ start: open, end: to });
  return out;
}

/**
 * Sentences searched for a cue's source and content. With `samePara` (at run
 * time) the window stays in the cue's paragraph, except for a quotation that
 * runs on into the next one: on dev this halves the decoding time and loses
 * nothing (content F1 +0.001). Training uses the full window.
 */
export function roleWindow(v: TokenView, cue: TokRange, samePara = false): TokRange {
  const s = v.sent[cue.start]!;
  const last = v.sentStart.length - 1;
  let a = Math.max(0, s - WINDOW_BEFORE), b = Math.min(last, s + WINDOW_AFTER);
  if (samePara) {
    const p = v.para[cue.start]!;
    while (a < s && v.para[v.sentStart[a]!] !== p) a++;
    while (b > s && v.para[v.sentStart[b]!] !== p && !(v.inQuote[v.sentStart[b]!] && v.inQuote[v.sentEnd[s]! - 1])) b--;
  }
  return { start: v.sentStart[a]!, end: v.sentEnd[b]! };
}

/** Allowed role labels after `prev`: an inside label only continues its own begin/inside. */
export const ALLOWED_ROLES: number[][] = [[0, 1, 3], [0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 3, 4], [0, 1, 3, 4], [0, 1, 3]];

const cueSideScratch = new Float64Array(ROLE_LABELS.length * 2);
const wordScratch = new Float64Array(ROLE_LABELS.length);
/** The sides of a cue a token can be on (roleSide): before, after. */
const CUE_SIDES = [0, 2] as const;

/** A word's scores of its roleWordSideFeatures on both sides of a cue (and with rolePrevWordFeatures at prev = O, `roleSums0`), kept with the word (see WordInfo). */
function wordRoleSums(model: HashedPerceptron, w: WordInfo): void {
  if (w.roleModel === model) return;
  const L = model.nLabels, sums = new Float64Array(2 * L);
  sums.set(model.score(feats, roleWordSideFeatures(w, 0, feats, 0), wordScratch), 0);
  sums.set(model.score(feats, roleWordSideFeatures(w, 2, feats, 0), wordScratch), L);
  const prev0 = model.score(feats, rolePrevWordFeatures(0, w.hLower, w.hShape, feats, 0), wordScratch), sums0 = Float64Array.from(sums);
  for (let k = 0; k < L; k++) { sums0[k] += prev0[k]!; sums0[L + k] += prev0[k]!; }
  w.roleSums = sums; w.roleSums0 = sums0; w.roleModel = model;
}

/**
 * Greedy decoding of tokens [from, to) for one cue; `prev` is the label
 * before `from`. Writes labels into `labels` (indexed from `base`). The
 * features of the cue and side, and of the word and side, are scored once
 * (per cue, per word), the small feature groups once per combination of
 * their values (per model, or per cue); only the rest per token.
 */
export function decodeRoles(model: HashedPerceptron, v: TokenView, ctx: CueCtx, from: number, to: number, prev: number, labels: Int8Array, base: number): number {
  const L = model.nLabels, sc = roleScratch, bySide = cueSideScratch;
  const kept = roleSums(model);
  kept.cueDistance.clear(); kept.cueTag.clear();
  for (const side of CUE_SIDES) {
    model.score(feats, roleCueSideFeatures(ctx, side, feats, 0), wordScratch); bySide.set(wordScratch, side === 0 ? 0 : L);
  }
  for (let j = from; j < to; j++) {
    if (j >= ctx.c0 && j < ctx.c1) { labels[j - base] = 0; prev = CUE_PREV; continue; }
    const off = j < ctx.c0 ? 0 : L, w = v.word[j]!;
    if (w.roleModel !== model) wordRoleSums(model, w);
    roleTokenValues(v, ctx, j);
    // after an outside label the features of the label with the word are in the word's kept sums
    let n = 0;
    const ws = prev === 0 ? w.roleSums0! : w.roleSums!;
    for (let k = 0; k < L; k++) sc[k] = bySide[off + k]! + ws[off + k]!;
    if (prev !== 0) n = rolePrevWordFeatures(prev, rt.w, rt.sh, feats, 0);
    let key = roleGeometryKey();
    if (!kept.geometry.add(key, sc)) kept.geometry.keep(key, groupFeats, roleGeometryFeatures(groupFeats, 0), sc);
    key = roleCountKey();
    if (!kept.count.add(key, sc)) kept.count.keep(key, groupFeats, roleCountFeatures(groupFeats, 0), sc);
    key = roleCueDistanceKey();
    if (!kept.cueDistance.add(key, sc)) kept.cueDistance.keep(key, groupFeats, roleCueDistanceFeatures(ctx, groupFeats, 0), sc);
    key = rolePrevGeometryKey(prev);
    if (!kept.prevGeometry.add(key, sc)) kept.prevGeometry.keep(key, groupFeats, rolePrevGeometryFeatures(prev, groupFeats, 0), sc);
    key = rolePrevCountKey(prev);
    if (!kept.prevCount.add(key, sc)) kept.prevCount.keep(key, groupFeats, rolePrevCountFeatures(prev, groupFeats, 0), sc);
    if (rt.pid < POS_IDS) {
      key = roleTagKey();
      if (!kept.tag.add(key, sc)) kept.tag.keep(key, groupFeats, roleTagFeatures(groupFeats, 0), sc);
      key = rolePrevPosKey(prev);
      if (!kept.prevTag.add(key, sc)) kept.prevTag.keep(key, groupFeats, rolePrevPosFeatures(prev, groupFeats, 0), sc);
      key = roleCueTagKey();
      if (!kept.cueTag.add(key, sc)) kept.cueTag.keep(key, groupFeats, roleCueTagFeatures(ctx, groupFeats, 0), sc);
    } else n = roleCueTagFeatures(ctx, feats, rolePrevPosFeatures(prev, feats, roleTagFeatures(feats, n)));
    key = roleTagBeforeKey(v, j);
    if (key < 0) n = roleTagBeforeFeatures(v, j, feats, n);
    else if (!kept.tagBefore.add(key, sc)) kept.tagBefore.keep(key, groupFeats, roleTagBeforeFeatures(v, j, groupFeats, 0), sc);
    key = roleTagAfterKey(v, j);
    if (key < 0) n = roleTagAfterFeatures(v, j, feats, n);
    else if (!kept.tagAfter.add(key, sc)) kept.tagAfter.keep(key, groupFeats, roleTagAfterFeatures(v, j, groupFeats, 0), sc);
    key = roleShapePairKey(v, j);
    if (key < 0) n = roleShapePairFeatures(v, j, feats, n);
    else if (!kept.shapePair.add(key, sc)) kept.shapePair.keep(key, groupFeats, roleShapePairFeatures(v, j, groupFeats, 0), sc);
    model.accumulate(feats, roleCueWordFeatures(ctx, feats, roleNeighbourWordFeatures(v, j, feats, n)), sc);
    prev = bestOf(sc, ALLOWED_ROLES[prev]!);
    labels[j - base] = prev;
  }
  return prev;
}

/**
 * Decode the role labels with Viterbi and train them as a structured
 * perceptron (true), or greedily with a per-token perceptron (false). Off:
 * on dev the structured model scored below the greedy one (content F1 0.517
 * vs 0.527, source 0.710 vs 0.718, also at 12 epochs) and decoding cost about
 * twice as much. Viterbi over the greedy model's scores is far worse (0.36).
 */
export const ROLE_VITERBI = false;

const NR = ROLE_LABELS.length;
let vDelta = new Float64Array(0), vBack = new Int8Array(0);
const staticScratch = new Float64Array(NR), prevScratch = new Float64Array(NR);

/**
 * Best label sequence of tokens [from, to) for one cue under the BIO
 * constraints (first-order Viterbi; `prev0` is the label before `from`).
 * The static features of a token are scored once, the ones joined with the
 * previous label once per reachable previous label.
 */
export function viterbi(model: HashedPerceptron, v: TokenView, ctx: CueCtx, from: number, to: number, prev0: number, labels: Int8Array, base: number): void {
  const n = to - from;
  if (n <= 0) return;
  if (vDelta.length < n * NR) { vDelta = new Float64Array(n * NR * 2); vBack = new Int8Array(n * NR * 2); }
  const delta = vDelta, back = vBack;
  for (let t = 0; t < n; t++) {
    const j = from + t, row = t * NR;
    const ns = roleStaticFeatures(v, ctx, j, feats);
    const stat = model.score(feats, ns, staticScratch);
    for (let l = 0; l < NR; l++) delta[row + l] = -Infinity;
    const nPrev = t === 0 ? 1 : NR;
    for (let pi = 0; pi < nPrev; pi++) {
      const p = t === 0 ? prev0 : pi;
      const before = t === 0 ? 0 : delta[row - NR + p]!;
      if (before === -Infinity) continue;
      const np = rolePrevFeatures(p, feats, 0);
      const dyn = model.score(feats, np, prevScratch);
      for (const l of ALLOWED_ROLES[p]!) {
        const sc = before + stat[l]! + dyn[l]!;
        if (sc > delta[row + l]!) { delta[row + l] = sc; back[row + l] = p; }
      }
    }
  }
  let best = 0;
  for (let l = 1; l < NR; l++) if (delta[(n - 1) * NR + l]! > delta[(n - 1) * NR + best]!) best = l;
  for (let t = n - 1; t >= 0; t--) { labels[from + t - base] = best; best = back[t * NR + best]!; }
}

/** Source and content of one cue, decoded over the window of sentences around it. */
export function tagRoles(model: HashedPerceptron, v: TokenView, cue: TokRange): TaggedAttribution {
  const ctx = cueCtx(v, cue.start, cue.end);
  const win = roleWindow(v, cue, true);
  const labels = new Int8Array(win.end - win.start);
  if (ROLE_VITERBI) {
    viterbi(model, v, ctx, win.start, cue.start, 0, labels, win.start);
    viterbi(model, v, ctx, cue.end, win.end, CUE_PREV, labels, win.start);
  } else decodeRoles(model, v, ctx, win.start, win.end, 0, labels, win.start);
  const from = win.start, to = win.end;
  const runs = (b: number, i: number): TokRange[] => {
    const out: TokRange[] = [];
    let open = -1;
    for (let x = from; x <= to; x++) {
      const lab = x < to ? labels[x - win.start]! : 0;
      if (lab !== i && open >= 0) { out.push({ start: open, end: x }); open = -1; }
      if (lab === b) open = x;
    }
    return out;
  };
  const dist = (r: TokRange) => (r.end <= cue.start ? cue.start - r.end : r.start - cue.end);
  const source = runs(1, 2).sort((a, b) => dist(a) - dist(b))[0] ?? null;
  return { cue, source, content: joinRuns(runs(3, 4), [cue, ...(source ? [source] : [])]) };
}

/**
 * Content runs split by a stray outside token are one content: runs are
 * joined unless the cue or the source lies between them (“…,” he said, “…”).
 */
export function joinRuns(runs: TokRange[], barriers: TokRange[]): TokRange[] {
  const out: TokRange[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !barriers.some((b) => b.start >= last.end && b.end <= r.start)) last.end = r.end;
    else out.push({ ...r });
  }
  return out;
}
