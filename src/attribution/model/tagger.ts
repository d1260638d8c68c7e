import { HashedPerceptron, KeptGroups, PerModel, loadOptionalModel, lowestGroup } from './hashed.js';
import { KEYED_SUMS, WORD_SUMS, WordTable, wordTableOf } from './word-table.js';
import {
  MAX_FEATURES, ROLE_COUNT_KEYS, ROLE_CUE_DISTANCE_KEYS, ROLE_GEOMETRY_KEYS, ROLE_PREV_COUNT_KEYS, ROLE_PREV_GEOMETRY_KEYS, CUE_FLAG_KEYS, CUE_SHAPE_PAIR_KEYS, CUE_TAG_KEYS, CUE_PAD_END, CUE_PAD_START, cueAsNext2Features, cueAsNextFeatures, cueAsPrev2Features, cueAsPrevFeatures, cueInQuoteFeatures, cueNeighbourWordFeatures, cuePairFeatures, cueShapePairFeatures, cueShapePairKey, cueCtx, cueFlagFeatures, cueFlags, cueTagFeatures, cueTagKey, cueWordFeatures, cueWordPosFeatures, cueWordPrevFeatures,
  roleCountFeatures, roleCountKey, roleCueDistanceFeatures, roleCueDistanceKey, roleCueSideFeatures, roleCueTagFeatures, roleCueWordFeatures, roleGeometryFeatures, roleGeometryKey, roleAsNextFeatures, roleAsPrevFeatures, roleWordPairFeatures, ROLE_PAD_END, ROLE_PAD_START, rolePrevCountFeatures, rolePrevCountKey,
  ROLE_CUE_TAG_KEYS, ROLE_SHAPE_PAIR_KEYS, ROLE_TAG_PAIR_KEYS, roleCueTagKey, roleShapePairFeatures, roleShapePairKey, roleTagAfterFeatures, roleTagAfterKey, roleTagBeforeFeatures, roleTagBeforeKey,
  refreshWordIds,
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
/**
 * The window never reaches further than this many tokens before / after the
 * cue, whatever its sentences: a text the splitter cannot cut (no sentence
 * punctuation, a script without capitals, a list run together) is one huge
 * sentence, and decoding all of it for each of its cues made the work grow
 * with the square of its length (a 60,000-word text without a period took
 * minutes). On PolNeAR (train and dev) windows reach at most 107 tokens
 * before and 152 after a cue, so these bounds change nothing there.
 */
export const WINDOW_MAX_TOKENS_BEFORE = 160;
export const WINDOW_MAX_TOKENS_AFTER = 240;
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
  const cue = loadOptionalModel(CUE_MODEL_FILE), role = loadOptionalModel(ROLE_MODEL_FILE);
  return (cached = cue && role ? { cue, role } : null);
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

/**
 * The role model's kept feature groups (see features.ts), by number: the
 * order of KeptGroups' table and of roleGroupFeatures. CUE_DISTANCE and
 * CUE_TAG are kept per numbered cue head.
 */
const GEOMETRY = 0, COUNT = 1, CUE_DISTANCE = 2, PREV_GEOMETRY = 3, PREV_COUNT = 4, TAG = 5, PREV_TAG = 6, TAG_BEFORE = 7, TAG_AFTER = 8, SHAPE_PAIR = 9, CUE_TAG = 10;
const ROLE_GROUP_KEYS = [
  ROLE_GEOMETRY_KEYS, ROLE_COUNT_KEYS, ROLE_CUE_DISTANCE_KEYS, ROLE_PREV_GEOMETRY_KEYS, ROLE_PREV_COUNT_KEYS, ROLE_TAG_KEYS, ROLE_PREV_TAG_KEYS,
  ROLE_TAG_PAIR_KEYS, ROLE_TAG_PAIR_KEYS, ROLE_SHAPE_PAIR_KEYS, ROLE_CUE_TAG_KEYS,
];
const roleKeys = new Int32Array(ROLE_GROUP_KEYS.length);
/** The features of role group g for token j (its values in `rt`), into `out` from `at`. */
function roleGroupFeatures(g: number, v: TokenView, ctx: CueCtx, j: number, prev: number, out: Int32Array, at: number): number {
  switch (g) {
    case GEOMETRY: return roleGeometryFeatures(out, at);
    case COUNT: return roleCountFeatures(out, at);
    case CUE_DISTANCE: return roleCueDistanceFeatures(ctx, out, at);
    case PREV_GEOMETRY: return rolePrevGeometryFeatures(prev, out, at);
    case PREV_COUNT: return rolePrevCountFeatures(prev, out, at);
    case TAG: return roleTagFeatures(out, at);
    case PREV_TAG: return rolePrevPosFeatures(prev, out, at);
    case TAG_BEFORE: return roleTagBeforeFeatures(v, j, out, at);
    case TAG_AFTER: return roleTagAfterFeatures(v, j, out, at);
    case SHAPE_PAIR: return roleShapePairFeatures(v, j, out, at);
    default: return roleCueTagFeatures(ctx, out, at);
  }
}
const roleGroupsOf = new PerModel((m) => new KeptGroups(m, ROLE_GROUP_KEYS));
/** Room for the features of one group. */
const groupFeats = new Int32Array(8);

/**
 * Cue scores per word, in blocks of L: of cueWordFeatures (WORD); of those
 * plus cueWordPrevFeatures at prev = O (WORD_O); of cueWordPosFeatures at
 * prev = O for the POS in keyOf, the last one met (POS); of the word in and
 * out of a quotation (QUOTE + q); and of the word as a neighbour at prev = O
 * (AS_PREV, AS_PREV2, AS_NEXT + the token's lexicon flag, AS_NEXT2; see
 * cueNeighbourWordFeatures). A token then reads its neighbours' rows, which
 * its neighbours' own turns have just read, in place of looking up five
 * features.
 */
const WORD = 0, WORD_O = 1, POS = 2, QUOTE = 3, AS_PREV = 5, AS_PREV2 = 6, AS_NEXT = 7, AS_NEXT2 = 9, CUE_BLOCKS = 10;
/** The padding's rows at the sentence's edges, per model: as AS_PREV, AS_PREV2, AS_NEXT (2), AS_NEXT2. */
const PAD_PREV = 0, PAD_PREV2 = 1, PAD_NEXT = 2, PAD_NEXT2 = 4;
const cueWordTables = new PerModel((m) => new WordTable(m, CUE_BLOCKS * m.nLabels));
/** Scores the `n` features in `feats` into block b of the word's row. */
function fillBlock(t: WordTable, o: number, b: number, n: number, base: Float64Array | null = null): void {
  const L = t.model.nLabels, sums = t.model.score(feats, n, cueScratch);
  for (let k = 0; k < L; k++) t.sums[o + b * L + k] = sums[k]! + (base ? base[k]! : 0);
}
const cueWordBase = new Float64Array(CUE_LABELS.length);
function fillCueWord(t: WordTable, w: WordInfo): void {
  const o = w.id * t.stride;
  const word = cueWordBase;
  word.set(t.model.score(feats, cueWordFeatures(w, feats), cueScratch));
  fillBlock(t, o, WORD, 0, word);
  fillBlock(t, o, WORD_O, cueWordPrevFeatures(w, 0, feats, 0), word);
  for (let q = 0; q < 2; q++) fillBlock(t, o, QUOTE + q, cueInQuoteFeatures(w.hLower, q, feats, 0));
  fillBlock(t, o, AS_PREV, cueAsPrevFeatures(w.hLower, w.hStem, feats, 0));
  fillBlock(t, o, AS_PREV2, cueAsPrev2Features(w.hLower, feats, 0));
  for (let lex = 0; lex < 2; lex++) fillBlock(t, o, AS_NEXT + lex, cueAsNextFeatures(w.hLower, w.hStem, lex, 0, feats, 0));
  fillBlock(t, o, AS_NEXT2, cueAsNext2Features(w.hLower, feats, 0));
  t.filled[w.id] = WORD_SUMS;
}
function fillCuePos(t: WordTable, w: WordInfo, pos: number): void {
  fillBlock(t, w.id * t.stride, POS, cueWordPosFeatures(w, pos, 0, feats, 0));
  t.filled[w.id]! |= KEYED_SUMS; t.keyOf[w.id] = pos;
}
const cuePadRows = new PerModel((m) => {
  const L = m.nLabels, pads = new Float64Array(5 * L), row = (b: number, n: number) => pads.set(m.score(feats, n, cueScratch), b * L);
  row(PAD_PREV, cueAsPrevFeatures(CUE_PAD_START, CUE_PAD_START, feats, 0));
  row(PAD_PREV2, cueAsPrev2Features(CUE_PAD_START, feats, 0));
  for (const lex of [0, 1]) row(PAD_NEXT + lex, cueAsNextFeatures(CUE_PAD_END, CUE_PAD_END, lex, 0, feats, 0));
  row(PAD_NEXT2, cueAsNext2Features(CUE_PAD_END, feats, 0));
  return pads;
});

/** The cue model's kept feature groups, by number (as for the role model). */
const FLAGS = 0, TAGS = 1, SHAPES = 2;
const cueKeys = new Int32Array(3);
const cueGroupsOf = new PerModel((m) => new KeptGroups(m, [CUE_FLAG_KEYS, CUE_TAG_KEYS, CUE_SHAPE_PAIR_KEYS]));

/**
 * Cue spans of one sentence (token ranges). Most tokens follow an outside
 * label: for them the word's own features, with that label and with the
 * word's POS, are sums kept with the word; only the neighbourhood features
 * are scored per token.
 */
export function tagCues(model: HashedPerceptron, v: TokenView, from: number, to: number): TokRange[] {
  const out: TokRange[] = [];
  const sc = cueScratch, L = model.nLabels, kept = cueGroupsOf.get(model), keys = cueKeys;
  refreshWordIds(v);
  const table = wordTableOf(cueWordTables, model), ws = table.sums, filled = table.filled, posOf = table.keyOf, S = table.stride, pads = cuePadRows.get(model);
  let prev = 0, open = -1;
  // distance to the next reporting word, colon or quotation mark (CUE_GATE_AHEAD + 1: none near)
  let ahead = CUE_GATE_AHEAD + 1;
  if (gateScratch.length < to - from) gateScratch = new Int32Array(2 * (to - from));
  for (let i = to - 1; i >= from; i--) { ahead = v.cueTrigger[i] ? 0 : Math.min(ahead + 1, CUE_GATE_AHEAD + 1); gateScratch[i - from] = ahead; }
  for (let i = from; i < to; i++) {
    if (prev === 0 && gateScratch[i - from]! > CUE_GATE_AHEAD) continue;
    const id = v.wordId[i]!, pos = v.hPos[i]!, o = id * S;
    // rows are filled on first use (a word met once, out of the gate's reach, costs nothing)
    if (filled[id] === 0) fillCueWord(table, v.word[i]!);
    let n = 0;
    if (prev === 0) {
      // the word's own rows, and its neighbours' rows as neighbours (padding at the sentence's edges)
      const ss = v.sentStart[v.sent[i]!]!, se = v.sentEnd[v.sent[i]!]!, lex = v.lex[i]!;
      for (let x = Math.max(ss, i - 2); x < Math.min(se, i + 3); x++) if (filled[v.wordId[x]!] === 0) fillCueWord(table, v.word[x]!);
      if (filled[id]! < KEYED_SUMS || posOf[id] !== pos) fillCuePos(table, v.word[i]!, pos);
      const own = o + (QUOTE + v.inQuote[i]!) * L;
      const p1 = i > ss ? v.wordId[i - 1]! * S + AS_PREV * L : -1, p2 = i - 1 > ss ? v.wordId[i - 2]! * S + AS_PREV2 * L : -1;
      const n1 = i + 1 < se ? v.wordId[i + 1]! * S + (AS_NEXT + lex) * L : -1, n2 = i + 2 < se ? v.wordId[i + 2]! * S + AS_NEXT2 * L : -1;
      for (let k = 0; k < L; k++) {
        sc[k] = ws[o + WORD_O * L + k]! + ws[o + POS * L + k]! + ws[own + k]!
          + (p1 >= 0 ? ws[p1 + k]! : pads[PAD_PREV * L + k]!) + (p2 >= 0 ? ws[p2 + k]! : pads[PAD_PREV2 * L + k]!)
          + (n1 >= 0 ? ws[n1 + k]! : pads[(PAD_NEXT + lex) * L + k]!) + (n2 >= 0 ? ws[n2 + k]! : pads[PAD_NEXT2 * L + k]!);
      }
    } else {
      for (let k = 0; k < L; k++) sc[k] = ws[o + WORD * L + k]!;
      const word = v.word[i]!;
      n = cueNeighbourWordFeatures(v, i, prev, feats, cueWordPosFeatures(word, pos, prev, feats, cueWordPrevFeatures(word, prev, feats, 0)));
    }
    // the kept groups; a tag or shape past the numbered ones is scored with the rest
    keys[FLAGS] = cueFlags(v, i);
    if ((keys[TAGS] = cueTagKey(v, i)) < 0) n = cueTagFeatures(v, i, feats, n);
    if ((keys[SHAPES] = cueShapePairKey(v, i)) < 0) n = cueShapePairFeatures(v, i, feats, n);
    for (let missed = kept.addAll(keys, sc); missed !== 0; missed &= missed - 1) {
      const g = lowestGroup(missed), key = keys[g]!;
      kept.keep(g, key, groupFeats, g === FLAGS ? cueFlagFeatures(key, groupFeats, 0) : g === TAGS ? cueTagFeatures(v, i, groupFeats, 0) : cueShapePairFeatures(v, i, groupFeats, 0), sc);
    }
    model.accumulate(feats, cuePairFeatures(v, i, feats, n), sc);
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
  return { start: Math.max(v.sentStart[a]!, cue.start - WINDOW_MAX_TOKENS_BEFORE), end: Math.min(v.sentEnd[b]!, cue.end + WINDOW_MAX_TOKENS_AFTER) };
}

/** Allowed role labels after `prev`: an inside label only continues its own begin/inside. */
export const ALLOWED_ROLES: number[][] = [[0, 1, 3], [0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 3, 4], [0, 1, 3, 4], [0, 1, 3]];

const cueSideScratch = new Float64Array(ROLE_LABELS.length * 2);
const wordScratch = new Float64Array(ROLE_LABELS.length);
/** The sides of a cue a token can be on (roleSide): before, after. */
const CUE_SIDES = [0, 2] as const;

/**
 * Role scores per word, in blocks of L, the blocks before the cue then the
 * same after it (roleSideRow): of its roleWordSideFeatures (ROLE_WORD); the
 * same plus rolePrevWordFeatures at prev = O (ROLE_WORD_O); of the word as the
 * previous token's and as the next token's (ROLE_AS_PREV, ROLE_AS_NEXT): a
 * token reads its neighbours' rows in place of looking those two features
 * up. (One side's blocks together: the tokens of a window read mostly one
 * side, so fewer of the table's cache lines are in use.)
 */
const ROLE_WORD = 0, ROLE_WORD_O = 1, ROLE_AS_PREV = 2, ROLE_AS_NEXT = 3, ROLE_SIDE_BLOCKS = 4, ROLE_BLOCKS = 2 * ROLE_SIDE_BLOCKS;
/** Offset of a side's blocks in a word's row (side: roleSide, 0 or 2). */
const roleSideRow = (side: number, L: number) => (side === 0 ? 0 : ROLE_SIDE_BLOCKS * L);
const roleWordTables = new PerModel((m) => new WordTable(m, ROLE_BLOCKS * m.nLabels));
const rolePrev0 = new Float64Array(ROLE_LABELS.length);
function fillRoleWord(t: WordTable, w: WordInfo): void {
  const model = t.model, L = model.nLabels, o = w.id * t.stride, sums = t.sums;
  const prev0 = rolePrev0;
  prev0.set(model.score(feats, rolePrevWordFeatures(0, w.hLower, w.hShape, feats, 0), wordScratch));
  for (const side of CUE_SIDES) {
    const after = roleSideRow(side, L), own = model.score(feats, roleWordSideFeatures(w, side, feats, 0), wordScratch);
    for (let k = 0; k < L; k++) { sums[o + ROLE_WORD * L + after + k] = own[k]!; sums[o + ROLE_WORD_O * L + after + k] = own[k]! + prev0[k]!; }
    const asPrev = model.score(feats, roleAsPrevFeatures(w.hLower, side, feats, 0), wordScratch);
    for (let k = 0; k < L; k++) sums[o + ROLE_AS_PREV * L + after + k] = asPrev[k]!;
    const asNext = model.score(feats, roleAsNextFeatures(w.hLower, side, feats, 0), wordScratch);
    for (let k = 0; k < L; k++) sums[o + ROLE_AS_NEXT * L + after + k] = asNext[k]!;
  }
  t.filled[w.id] = WORD_SUMS;
}
/** The padding's rows, per model: as the previous token's before and after the cue (0, L), as the next token's (2L, 3L). */
const rolePadRows = new PerModel((m) => {
  const L = m.nLabels, pads = new Float64Array(4 * L);
  for (const side of CUE_SIDES) {
    const after = side === 0 ? 0 : L;
    pads.set(m.score(feats, roleAsPrevFeatures(ROLE_PAD_START, side, feats, 0), wordScratch), after);
    pads.set(m.score(feats, roleAsNextFeatures(ROLE_PAD_END, side, feats, 0), wordScratch), 2 * L + after);
  }
  return pads;
});

/**
 * Greedy decoding of tokens [from, to) for one cue; `prev` is the label
 * before `from`. Writes labels into `labels` (indexed from `base`). The
 * features of the cue and side, and of the word and side, are scored once
 * (per cue, per word), the small feature groups once per combination of
 * their values (per model, or per cue); only the rest per token.
 */
export function decodeRoles(model: HashedPerceptron, v: TokenView, ctx: CueCtx, from: number, to: number, prev: number, labels: Int8Array, base: number): number {
  const L = model.nLabels, sc = roleScratch, bySide = cueSideScratch;
  const kept = roleGroupsOf.get(model), keys = roleKeys;
  refreshWordIds(v);
  const table = wordTableOf(roleWordTables, model), ws = table.sums, filled = table.filled, S = table.stride, pads = rolePadRows.get(model);
  for (let j = Math.max(0, from - 1); j < Math.min(v.n, to + 1); j++) if (filled[v.wordId[j]!] === 0) fillRoleWord(table, v.word[j]!);
  for (const side of CUE_SIDES) {
    model.score(feats, roleCueSideFeatures(ctx, side, feats, 0), wordScratch); bySide.set(wordScratch, side === 0 ? 0 : L);
  }
  for (let j = from; j < to; j++) {
    if (j >= ctx.c0 && j < ctx.c1) { labels[j - base] = 0; prev = CUE_PREV; continue; }
    // (the side's offset in the cue's and the padding's rows, and in the word table's)
    const off = j < ctx.c0 ? 0 : L, row = j < ctx.c0 ? 0 : ROLE_SIDE_BLOCKS * L, id = v.wordId[j]!;
    roleTokenValues(v, ctx, j);
    // after an outside label the features of the label with the word are in the word's kept sums
    let n = 0;
    // the word's row, and its neighbours' rows as neighbours (padding at the document's edges)
    const o = id * S + (prev === 0 ? ROLE_WORD_O : ROLE_WORD) * L + row;
    const p1 = j > 0 ? v.wordId[j - 1]! * S + ROLE_AS_PREV * L + row : -1, n1 = j + 1 < v.n ? v.wordId[j + 1]! * S + ROLE_AS_NEXT * L + row : -1;
    for (let k = 0; k < L; k++) {
      sc[k] = bySide[off + k]! + ws[o + k]! + (p1 >= 0 ? ws[p1 + k]! : pads[off + k]!) + (n1 >= 0 ? ws[n1 + k]! : pads[2 * L + off + k]!);
    }
    if (prev !== 0) n = rolePrevWordFeatures(prev, rt.w, rt.sh, feats, 0);
    // the kept groups; a tag or shape past the numbered ones is scored with the rest
    keys[GEOMETRY] = roleGeometryKey(); keys[COUNT] = roleCountKey();
    if ((keys[CUE_DISTANCE] = roleCueDistanceKey(ctx)) < 0) n = roleCueDistanceFeatures(ctx, feats, n);
    if ((keys[CUE_TAG] = roleCueTagKey(ctx)) < 0) n = roleCueTagFeatures(ctx, feats, n);
    keys[PREV_GEOMETRY] = rolePrevGeometryKey(prev); keys[PREV_COUNT] = rolePrevCountKey(prev);
    if (rt.pid < POS_IDS) { keys[TAG] = roleTagKey(); keys[PREV_TAG] = rolePrevPosKey(prev); }
    else { keys[TAG] = keys[PREV_TAG] = -1; n = rolePrevPosFeatures(prev, feats, roleTagFeatures(feats, n)); }
    if ((keys[TAG_BEFORE] = roleTagBeforeKey(v, j)) < 0) n = roleTagBeforeFeatures(v, j, feats, n);
    if ((keys[TAG_AFTER] = roleTagAfterKey(v, j)) < 0) n = roleTagAfterFeatures(v, j, feats, n);
    if ((keys[SHAPE_PAIR] = roleShapePairKey(v, j)) < 0) n = roleShapePairFeatures(v, j, feats, n);
    for (let missed = kept.addAll(keys, sc); missed !== 0; missed &= missed - 1) {
      const g = lowestGroup(missed);
      kept.keep(g, keys[g]!, groupFeats, roleGroupFeatures(g, v, ctx, j, prev, groupFeats, 0), sc);
    }
    model.accumulate(feats, roleCueWordFeatures(ctx, feats, roleWordPairFeatures(v, j, feats, n)), sc);
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
  const source = nearestRun(labelRuns(labels, win.start, win.end, 1, 2), cue);
  return { cue, source, content: joinRuns(labelRuns(labels, win.start, win.end, 3, 4), source ? [cue, source] : [cue]) };
}

/** The runs of tokens [from, to) labelled begin `b` then inside `i` (labels indexed from `from`). */
function labelRuns(labels: Int8Array, from: number, to: number, b: number, i: number): TokRange[] {
  const out: TokRange[] = [];
  let open = -1;
  for (let x = from; x <= to; x++) {
    const lab = x < to ? labels[x - from]! : 0;
    if (lab !== i && open >= 0) { out.push({ start: open, end: x }); open = -1; }
    if (lab === b) open = x;
  }
  return out;
}
/** The run nearest the cue (the first of the nearest), or null. */
function nearestRun(runs: readonly TokRange[], cue: TokRange): TokRange | null {
  let best: TokRange | null = null, bd = Infinity;
  for (const r of runs) {
    const d = r.end <= cue.start ? cue.start - r.end : r.start - cue.end;
    if (d < bd) { bd = d; best = r; }
  }
  return best;
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
