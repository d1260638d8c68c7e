import { GreedyTagger, type TaggerSpec } from '../ml/tagger.js';
import { AveragedPerceptron } from '../ml/perceptron.js';
import { deserializeModel, readModelJson, serializeModel, tableModelParts, type LoadedTableModel } from '../ml/model-file.js';
import { shortShape, wordShape } from '../ml/features.js';
import { WordSlots, type DocWordIds } from '../ml/word-slots.js';
import { IntMap } from '../ml/int-map.js';
import { KeyMap } from '../ml/key-map.js';
import { GAZETTEER_MAX_TOKENS, getGazetteer } from '../lexicon/gazetteer.js';
import { FeatureTable, hashA, hashB, hashCharA, hashCharB, template, valuePartBits, VALUE_SEED_A, VALUE_SEED_B, type Template } from '../ml/feature-table.js';

/**
 * Named-entity tagger: greedy averaged perceptron over BILOU labels
 * (B-/I-/L-/U-PER|ORG|LOC|MISC, O), trained on CoNLL-2003 (train/ner.ts).
 * Features: the word and its lower case, shape, affixes, a +-3 word window
 * (words, shapes, neighbouring suffixes, bigrams),
 * capitalization in context (sentence start, all-caps headline), whether the
 * lower-case form is a common word, gazetteer matches (places, organizations,
 * outlets, given names, nationalities) and the previous two labels.
 * Document memory: what earlier sentences of the same document labelled the
 * same capitalized word ("Connolly" after "Gerry Connolly").
 */

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = typeof NER_TYPES[number];
export const NER_LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

/** Summed weights of the features that only depend on a gazetteer feature (and the sentence context / side). */
interface GazEntry { self: Float64Array[]; next: Float64Array; prev: Float64Array }

/** A word seen in lower case this many times in training counts as a common word. */
export const COMMON_WORD_MIN_COUNT = 3;

/** What the tagger remembers across the sentences of one document. */
export class NerDocMemory {
  /** lower-case capitalized word -> type counts of earlier entity tokens. */
  readonly types = new Map<string, Map<string, number>>();
  /**
   * lower-case word -> its typeOf answer, updated as `types` is: the tagger asks at every capitalized
   * token, and reading the counts each time made an entry pair per type.
   */
  private readonly best = new Map<string, string>();
  clear(): void { this.types.clear(); this.best.clear(); }
  remember(s: NerSentence, labels: readonly string[]): void {
    if (s.allCaps) return;
    // (a loop, not forEach with a closure: this runs for every sentence)
    for (let i = 0; i < labels.length; i++) {
      const lab = labels[i]!;
      if (lab === 'O' || !startsUpper(s.words[i]!)) continue;
      const key = s.lower[i]!;
      let m = this.types.get(key);
      if (!m) this.types.set(key, (m = new Map()));
      const t = labelType(lab);
      m.set(t, (m.get(t) ?? 0) + 1);
      // the type most often given, the first one on a tie (insertion order)
      let best = '', n = 0;
      for (const [type, c] of m) if (c > n) { best = type; n = c; }
      this.best.set(key, best);
    }
  }
  /** The type most often given to the word earlier, or null. */
  typeOf(lower: string): string | null {
    return this.best.get(lower) ?? null;
  }
}

/** The type of a BILOU label ("B-PER" -> "PER"), kept per label: a string made once, not per entity token. */
const LABEL_TYPES = new Map<string, string>();
function labelType(label: string): string {
  let t = LABEL_TYPES.get(label);
  if (t === undefined) LABEL_TYPES.set(label, (t = label.slice(2)));
  return t;
}

export interface NerSentence {
  words: readonly string[];
  lower: readonly string[];
  /** Short shapes, computed once. */
  shapes: readonly string[];
  /** Gazetteer features of each token. */
  gaz: readonly string[][];
  /** Headline-like: no lower-case letters at all. */
  allCaps: boolean;
  memory: NerDocMemory | null;
}

export function prepareNerSentence(words: readonly string[], memory: NerDocMemory | null = null): NerSentence {
  const lower = words.map((w) => w.toLowerCase());
  const allCaps = words.some((w) => /\p{Lu}/u.test(w)) && !words.some((w) => /\p{Ll}/u.test(w));
  const gaz = gazetteerFeatures(words, lower);
  return { words, lower, shapes: words.map(shortShape), gaz, allCaps, memory };
}

/** Adds a gazetteer feature to token k's list (most tokens have none: they share NO_GAZ until something is added). */
function addGaz(gaz: string[][], k: number, f: string): void {
  if (gaz[k] === NO_GAZ) gaz[k] = [];
  gaz[k]!.push(f);
}

/**
 * Gazetteer features of each token; a match may only start at a capitalized word or a number
 * (NerTagger.tagSentence finds the same matches by the hash lanes of the keys).
 */
function gazetteerFeatures(words: readonly string[], lower: readonly string[]): string[][] {
  const gaz: string[][] = [];
  for (let i = 0; i < words.length; i++) gaz[i] = NO_GAZ;
  const g = getGazetteer();
  const prefixes = gazetteerPrefixes(g);
  for (let i = 0; i < words.length; i++) {
    if (!startsUpperOrDigit(words[i]!)) continue;
    let key = '';
    for (let n = 1; n <= GAZETTEER_MAX_TOKENS && i + n <= words.length; n++) {
      key = n === 1 ? lower[i]! : key + ' ' + lower[i + n - 1]!;
      const lists = g.get(key);
      if (lists) addGazMatch(gaz, i, n, lists);
      // a longer name would begin with this key and a space
      if (!prefixes.has(key)) break;
    }
  }
  return gaz;
}

/** Adds the features of a gazetteer name matched over tokens [i, i + n) and held by `lists`. */
function addGazMatch(gaz: string[][], i: number, n: number, lists: readonly string[]): void {
  for (const list of lists) {
    const names = gazFeatureNames(list);
    if (n === 1) addGaz(gaz, i, names[0]);
    else {
      addGaz(gaz, i, names[1]);
      for (let k = i + 1; k < i + n - 1; k++) addGaz(gaz, k, names[2]);
      addGaz(gaz, i + n - 1, names[3]);
    }
  }
}
const GAZ_FEATURE_NAMES = new Map<string, readonly [string, string, string, string]>();
/** The features of a gazetteer list: a whole one-word name (U), a longer name's first, inner and last words (B, I, L). */
function gazFeatureNames(list: string): readonly [string, string, string, string] {
  let v = GAZ_FEATURE_NAMES.get(list);
  if (v === undefined) GAZ_FEATURE_NAMES.set(list, (v = ['g=' + list + 'U', 'g=' + list + 'B', 'g=' + list + 'I', 'g=' + list + 'L']));
  return v;
}
const NO_GAZ: string[] = [];
const NO_SHAPES: readonly string[] = [];

let gazPrefixes: { of: ReadonlyMap<string, unknown>; prefixes: Set<string> } | null = null;
/** Every beginning of a gazetteer name that ends before a space ("new york" of "new york city"). */
function gazetteerPrefixes(g: ReadonlyMap<string, unknown>): Set<string> {
  if (gazPrefixes?.of === g) return gazPrefixes.prefixes;
  const prefixes = new Set<string>();
  for (const key of g.keys()) for (let k = key.indexOf(' '); k >= 0; k = key.indexOf(' ', k + 1)) prefixes.add(key.slice(0, k));
  gazPrefixes = { of: g, prefixes };
  return prefixes;
}

/**
 * Features of one word at a relative position (0 = the word being labelled,
 * -1 = its left neighbour, ...). They depend on the word alone, so at run
 * time their summed weights are cached per word (see NerTagger.tagSentence).
 * `w` is '^' / '$' for the padding before / after the sentence.
 */
function wordFeatures(w: string, offset: number, out: string[]): void {
  const l = w.toLowerCase();
  switch (offset) {
    case 0:
      out.push(
        'b', 'w=' + w, 'l=' + l, 'sh=' + wordShape(w), 'ss=' + shortShape(w),
        'p1=' + w.slice(0, 1), 'p2=' + w.slice(0, 2), 'p3=' + w.slice(0, 3), 'p4=' + w.slice(0, 4),
        's1=' + l.slice(-1), 's2=' + l.slice(-2), 's3=' + l.slice(-3), 's4=' + l.slice(-4),
      );
      return;
    case -1: out.push('l-1=' + l, 'ss-1=' + shortShape(w), 's3-1=' + l.slice(-3)); return;
    case -2: out.push('l-2=' + l, 'ss-2=' + shortShape(w)); return;
    case 1: out.push('l+1=' + l, 'ss+1=' + shortShape(w), 's3+1=' + l.slice(-3)); return;
    case 2: out.push('l+2=' + l, 'ss+2=' + shortShape(w)); return;
    case -3: out.push('l-3=' + l); return;
    case 3: out.push('l+3=' + l); return;
  }
}
const WINDOW_OFFSETS = [-3, -2, -1, 0, 1, 2, 3] as const;
const WINDOW_OFFSETS_COUNT = WINDOW_OFFSETS.length;
/** Padding before and after a sentence in the cached window: as wide as the window. */
const WINDOW_REACH = 3;
const padWord = (s: NerSentence, j: number): string => (j < 0 ? '^' : j >= s.words.length ? '$' : s.words[j]!);

/** Features of position i that combine several words or the sentence context (not cacheable per word). */
function contextFeatures(s: NerSentence, i: number, out: string[]): void {
  const l = s.lower[i]!;
  const n = s.words.length;
  const ss = s.shapes[i]!;
  const lm1 = i > 0 ? s.lower[i - 1]! : '^';
  const lp1 = i + 1 < n ? s.lower[i + 1]! : '$';
  const sm1 = i > 0 ? s.shapes[i - 1]! : '^';
  const sp1 = i + 1 < n ? s.shapes[i + 1]! : '$';
  const ctx = (i === 0 ? 'F' : 'M') + (s.allCaps ? 'A' : 'm');
  const lm2 = i > 1 ? s.lower[i - 2]! : '^';
  const lp2 = i + 2 < n ? s.lower[i + 2]! : '$';
  out.push(
    'lb=' + lm1 + ' ' + l, 'la=' + l + ' ' + lp1, 'lbb=' + lm2 + ' ' + lm1, 'laa=' + lp1 + ' ' + lp2,
    'sss=' + sm1 + ' ' + ss + ' ' + sp1,
  );
  for (const g of s.gaz[i]!) out.push(g, g + ' ' + ctx);
  if (i + 1 < n) for (const g of s.gaz[i + 1]!) out.push('+1' + g);
  if (i > 0) for (const g of s.gaz[i - 1]!) out.push('-1' + g);
  if (s.memory && /^\p{Lu}/u.test(s.words[i]!)) {
    const t = s.memory.typeOf(l);
    out.push('mem=' + (t ?? '-'), 'mem=' + (t ?? '-') + ' ' + ctx);
  }
}

/** Sentence context of a position: first word or not, headline or not (index 0..3). */
const contextIndex = (s: NerSentence, i: number) => (i === 0 ? 0 : 2) + (s.allCaps ? 0 : 1);
const CONTEXTS = ['FA', 'Fm', 'MA', 'Mm'];

/** The word's shape in its sentence context: cacheable per (word, context). */
function wordInContextFeatures(w: string, context: number, common: ReadonlySet<string>, out: string[]): void {
  out.push('cs=' + CONTEXTS[context]! + shortShape(w) + (common.has(w.toLowerCase()) ? 'c' : ''));
}

/** The previous label with the word: cacheable per (word, previous label). */
function wordAfterLabelFeatures(w: string, t1: string, out: string[]): void {
  out.push('t1=' + t1, 't1l=' + t1 + ' ' + w.toLowerCase(), 't1ss=' + t1 + ' ' + shortShape(w));
}

/** The two previous labels. */
function labelFeatures(i: number, labels: readonly string[], out: string[]): void {
  out.push('t12=' + (i > 0 ? labels[i - 1]! : '^') + ' ' + (i > 1 ? labels[i - 2]! : '^'));
}

function nerFeatures(common: ReadonlySet<string>) {
  return (s: NerSentence, i: number, labels: readonly string[], out: string[]): void => {
    for (const off of WINDOW_OFFSETS) wordFeatures(padWord(s, i + off), off, out);
    wordInContextFeatures(s.words[i]!, contextIndex(s, i), common, out);
    wordAfterLabelFeatures(s.words[i]!, i > 0 ? labels[i - 1]! : '^', out);
    contextFeatures(s, i, out);
    labelFeatures(i, labels, out);
  };
}

/** BILOU constraints: I/L continue a B/I of the same type; B/U/O never follow an open B/I. */
export function bilouAllowed(prev: string | null, next: string): boolean {
  const open = prev !== null && (prev[0] === 'B' || prev[0] === 'I');
  if (next[0] === 'I' || next[0] === 'L') return open && prev!.slice(2) === next.slice(2);
  return !open;
}

/** Token spans [start, end) with types from a BILOU (or IOB) label sequence. Unclosed spans end where they stop. */
export function labelSpans(labels: readonly string[]): { start: number; end: number; type: string }[] {
  const out: { start: number; end: number; type: string }[] = [];
  let cur: { start: number; end: number; type: string } | null = null;
  labels.forEach((lab, i) => {
    const p = lab[0];
    const type = lab.slice(2);
    if (lab === 'O') { cur = null; return; }
    if ((p === 'I' || p === 'L') && cur && cur.type === type) { cur.end = i + 1; }
    else { cur = { start: i, end: i + 1, type }; out.push(cur); }
    if (p === 'L' || p === 'U') cur = null;
  });
  return out;
}

/** BILOU labels of n tokens from typed token spans. */
export function spansToBilou(n: number, spans: readonly { start: number; end: number; type: string }[]): string[] {
  const labels = new Array<string>(n).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1) { labels[s.start] = 'U-' + s.type; continue; }
    labels[s.start] = 'B-' + s.type;
    for (let k = s.start + 1; k < s.end - 1; k++) labels[k] = 'I-' + s.type;
    labels[s.end - 1] = 'L-' + s.type;
  }
  return labels;
}


const T = {
  w: template('w'), l: template('l'), sh: template('sh'), ss: template('ss'),
  p: [template('p1'), template('p2'), template('p3'), template('p4')], s: [template('s1'), template('s2'), template('s3'), template('s4')],
  lm3: template('l-3'), lm2: template('l-2'), ssm2: template('ss-2'), lm1: template('l-1'), ssm1: template('ss-1'), s3m1: template('s3-1'),
  lp1: template('l+1'), ssp1: template('ss+1'), s3p1: template('s3+1'), lp2: template('l+2'), ssp2: template('ss+2'), lp3: template('l+3'),
  cs: template('cs'), t1l: template('t1l'), t1ss: template('t1ss'),
  lb: template('lb'), la: template('la'), lbb: template('lbb'), laa: template('laa'), sss: template('sss'),
};
const SPACE = 32, COMMON_MARK = 99; // ' ', 'c'
/**
 * Vectors of a word as it is first summed (one per window offset, one per sentence context, then
 * wordAfterLabelFeatures after an O label), in a scratch area before they go to the cache.
 */
const FILL_VECTORS = 7 + 4 + 1;
const FILL_AFTER_O = 7 + 4;
/** The fill vector of the cs feature in context ctx (0..3). */
const FILL_CS = WINDOW_OFFSETS_COUNT;
/**
 * Vectors per cached word: the six neighbour offsets (-3, -2, -1, +1, +2, +3), and the word itself
 * (offset 0) summed with its features in the usual sentence context (MID_SENTENCE: not first, not a
 * headline), without and with the features after an O label (most tokens follow one): a token sums 7
 * cached vectors instead of 9 or 10. In another context, a token adds the difference of the two
 * contexts' cs vectors, kept once per shape (ShapeEntry): its word needs no vectors of its own for it.
 * A word's vectors lie in the order the tokens read them (as the word 3 places after the token first,
 * as the word 3 places before it last): the reads walk its cache lines forward.
 */
const VECTORS = 6 + 2;
const AS_P3 = 0, AS_P2 = 1, AS_P1 = 2, SELF = 3, SELF_AFTER_O = 4, AS_M1 = 5, AS_M2 = 6, AS_M3 = 7;
/** Cache vector of each fill vector of the window offsets -3 .. +3 but 0 (the fill layout's 0, 1, 2, 4, 5, 6). */
const CACHE_VECTOR_OF_OFFSET = [AS_M3, AS_M2, AS_M1, -1, AS_P1, AS_P2, AS_P3];
/** Sentence context of most tokens (contextIndex): a word in mid-sentence, not in a headline. */
const MID_SENTENCE = 3;
/**
 * Words in the word cache before eviction: about 550 bytes each (VECTORS x 17 floats), so 9 MB at most.
 * (Twice as many words spared the refills of evicted words in a cold pass over the PolNeAR train texts,
 * but the whole pipeline was no faster for it: the larger cache crowds the other stages' data out of the
 * processor caches.)
 */
const WORD_CACHE_MAX = 16384;
const CASE_UPPER = 1, CASE_LOWER = 2, CASE_CAPITALIZED = 4;
/** Shapes kept (ShapeEntry) before the map is emptied (news text has a few thousand). */
const SHAPE_ENTRIES_MAX = 1 << 14;
/**
 * What the tagger knows of a word's shape (its wordShape, and whether its lower case is a common
 * word), kept once per shape: the short shape, its value hash (lanes A, B) and id (SHAPE_IDS), and the
 * summed weights of the features made of the shape alone (ss at each offset, sh, cs in each context,
 * t1ss after O) in the fill layout (FILL_VECTORS), where a new word's vectors start from.
 */
interface ShapeEntry { ss: string; sA: number; sB: number; id: number; vectors: Float32Array }
/**
 * Lexicon bits of a lower-case word (NerTagger.lexicon): its PAIR_SIDES bits (below LEX_COMMON),
 * whether it is a common word, whether a longer gazetteer name begins with it, and its gazetteer
 * lists' number plus one (from LEX_GAZ_SHIFT; 0: none).
 */
const LEX_PAIR_BITS = 511, LEX_COMMON = 512, LEX_GAZ_PREFIX = 1024, LEX_GAZ_SHIFT = 11;
/**
 * Short shapes get small ids (below SHAPE_IDS; a rarer one past them gets NO_SHAPE_ID and is looked up
 * as before): the rows of the features made of shapes alone (sss: three shapes; t1ss: the previous
 * label and a shape) are then kept per id combination instead of hashed and probed at every token.
 */
const SHAPE_IDS = 1024, NO_SHAPE_ID = 0xffff;
/** Kept sss rows before the map is cleared. */
const SHAPE_TRIPLES_MAX = 1 << 18;
/** A t1ss row not looked up yet. */
const ROW_UNKNOWN = -2;
/** Found rows a token may have for the one-pass scoring (tagSentence); one with more is scored the general way. */
const FUSED_ROWS = 3;
/**
 * Bits of a word (lower case) in the model's word-pair features: the first or the second word of
 * some lb, la, lbb or laa feature, or the word of some t1l one. A pair whose words lack the
 * bits of a template has no feature there: its lookup (and its hash) is skipped.
 */
const LB_FIRST = 1, LA_FIRST = 2, LBB_FIRST = 4, LAA_FIRST = 8, PAIR_FIRSTS = 15, PAIR_SECOND_SHIFT = 4, T1L_WORD = 256;
const PAIR_SIDES = new Map<string, readonly [number, number]>([
  ['lb', [LB_FIRST, LB_FIRST << PAIR_SECOND_SHIFT]], ['la', [LA_FIRST, LA_FIRST << PAIR_SECOND_SHIFT]],
  ['lbb', [LBB_FIRST, LBB_FIRST << PAIR_SECOND_SHIFT]], ['laa', [LAA_FIRST, LAA_FIRST << PAIR_SECOND_SHIFT]], ['t1l', [0, T1L_WORD]],
]);

/** Adds the row of the feature (template t, value hashes va, vb), if the table has it, into `out` from `at`. */
function addFound(table: FeatureTable, t: Template, va: number, vb: number, out: Float32Array, at: number): void {
  const row = table.find(t, va, vb);
  if (row < 0) return;
  const w = table.weights, n = table.width;
  for (let c = 0; c < n; c++) out[at + c] += w[row + c]!;
}

/** /^\p{Lu}/u, with an ASCII fast path. */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
}
/** /^[\p{Lu}\d]/u, with an ASCII fast path. */
function startsUpperOrDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : /^[\p{Lu}\d]/u.test(w);
}
/** Bit 1: the word holds an upper-case letter; bit 2: a lower-case one (ASCII fast path, regexes otherwise). */
function letterCases(w: string): number {
  let out = 0;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) return (/\p{Lu}/u.test(w) ? 1 : 0) | (/\p{Ll}/u.test(w) ? 2 : 0);
    if (c >= 65 && c <= 90) out |= 1; else if (c >= 97 && c <= 122) out |= 2;
  }
  return out;
}

export class NerTagger {
  private readonly table: FeatureTable;
  private readonly classes: readonly string[];
  /** BILOU constraints: row 0 the sentence start, row p + 1 after class p. */
  private readonly allowed: Uint8Array;
  /** Hash state of "label " per previous label (index 0: '^', the sentence start; k + 1: class k), lanes A and B. */
  private readonly labelStateA: Int32Array;
  private readonly labelStateB: Int32Array;
  /** Hash state of each CONTEXTS prefix of the "cs" feature. */
  private readonly contextStateA: Int32Array;
  private readonly contextStateB: Int32Array;
  private readonly bias: Float64Array;
  /** Class index of the O label (-1 if the model has none). */
  private readonly outside: number;
  /** Word cache size before eviction (WORD_CACHE_MAX; tests set it small to exercise eviction). */
  get cacheWords(): number { return this.words.maxWords; }
  set cacheWords(n: number) { this.words.maxWords = n; }
  private plain: AveragedPerceptron | null;
  private readonly bytes: Buffer | null;
  /** Lexicon bits (LEX_*) per lower-case word, by its key: asked once per new word, with the hash lanes its features use anyway. */
  private readonly lexicon = new KeyMap();
  /** Gazetteer lists by their number in the lexicon bits (minus one). */
  private readonly gazListsByNumber: (readonly string[])[] = [];

  /** The model's feature names (when they are at hand: otherwise read from the model) only give the PAIR_SIDES bits. */
  constructor(model: AveragedPerceptron | LoadedTableModel, readonly commonWords: ReadonlySet<string>, featureNames?: Iterable<string>) {
    ({ plain: this.plain, bytes: this.bytes, table: this.table, classes: this.classes } = tableModelParts(model));
    const lexicon = this.lexicon, bits = (w: string, b: number) => lexicon.setString(w, lexicon.getString(w, 0) | b);
    for (const [w, b] of valuePartBits(featureNames ?? this.model.weights.keys(), PAIR_SIDES)) bits(w, b);
    for (const w of commonWords) bits(w, LEX_COMMON);
    const g = getGazetteer();
    for (const w of gazetteerPrefixes(g)) bits(w, LEX_GAZ_PREFIX);
    for (const [w, lists] of g) { this.gazListsByNumber.push(lists); bits(w, this.gazListsByNumber.length << LEX_GAZ_SHIFT); }
    const n = this.classes.length;
    this.outside = this.classes.indexOf('O');
    this.t1ssRows = new Int32Array((n + 1) * SHAPE_IDS).fill(ROW_UNKNOWN);
    this.allowed = new Uint8Array((n + 1) * n);
    for (let p = -1; p < n; p++) for (let c = 0; c < n; c++) this.allowed[(p + 1) * n + c] = bilouAllowed(p < 0 ? null : this.classes[p]!, this.classes[c]!) ? 1 : 0;
    const labels = ['^', ...this.classes];
    this.labelStateA = Int32Array.from(labels, (t) => hashCharA(SPACE, hashA(t, 0, t.length)));
    this.labelStateB = Int32Array.from(labels, (t) => hashCharB(SPACE, hashB(t, 0, t.length)));
    this.contextStateA = Int32Array.from(CONTEXTS, (t) => hashA(t, 0, t.length));
    this.contextStateB = Int32Array.from(CONTEXTS, (t) => hashB(t, 0, t.length));
    this.bias = this.table.sumFeatures(['b']);
    this.zeroRow = new Int16Array(n);
  }

  static spec(commonWords: ReadonlySet<string>): TaggerSpec<NerSentence> {
    return {
      length: (s) => s.words.length, features: nerFeatures(commonWords), allowed: bilouAllowed,
      afterTag: (s, labels) => s.memory?.remember(s, labels),
    };
  }

  /** The plain model (feature -> weights Map): built from the model file on first use (training, tests, serializing). */
  get model(): AveragedPerceptron { return (this.plain ??= deserializeModel(this.bytes!).model); }

  /**
   * Word cache: per word, the summed weights of its wordFeatures at each
   * window offset, of its wordInContextFeatures in each context and of its
   * wordAfterLabelFeatures after O (VECTORS
   * vectors back to back in one flat slab), its value hashes and letter tests.
   * Words fill slots in order; when the slab is full (WORD_CACHE_MAX words)
   * the words not met again are evicted (src/ml/word-slots.ts), which bounds
   * its memory to a few MB.
   */
  private readonly words = new WordSlots(WORD_CACHE_MAX, 0, (cap) => this.grow(cap), (from, to) => this.moveSlot(from, to));
  private slab = new Float32Array(0);
  private lowerOf: string[] = [];
  private shapeOf: string[] = [];
  /** Each slot's short-shape id (SHAPE_IDS), the ids by shape, and the kept rows of shape features. */
  private shapeIdOf = new Uint16Array(0);
  /** Each slot's ShapeEntry. */
  private shapeEntryOf: ShapeEntry[] = [];
  private readonly shapeIds = new Map<string, number>();
  private readonly sssRows = new IntMap();
  private t1ssRows = new Int32Array(0);
  /** Value hashes of each slot's lower case and short shape (lanes A, B), and its letter tests (CASE_* bits). */
  private hashes = new Int32Array(0);
  private cases = new Uint8Array(0);
  /** PAIR_SIDES bits of each slot's word. */
  private pairBits = new Uint16Array(0);
  /** The word's own gazetteer lookup (lower case; null when absent) and whether a longer gazetteer name begins with it (1). */
  private gazLists: (readonly string[] | null)[] = [];
  private gazPrefix = new Uint8Array(0);

  /** Slot of a word, filled on first sight; with `doc`, the word is number `id` of the document's word list (WordSlots.findInDoc). */
  private slot(w: string, doc?: DocWordIds, id = 0): number {
    const found = doc === undefined ? this.words.find(w) : this.words.findInDoc(w, doc, id);
    if (found >= 0) return found;
    const k = -found - 1;
    const table = this.table, n = table.width;
    const l = w.toLowerCase(), m = l.length;
    const lA = hashA(l, 0, m), lB = hashB(l, 0, m);
    const lex = this.lexicon.get(lA, lB, 0);
    const shape = wordShape(w), e = this.shapeEntry(w, shape, (lex & LEX_COMMON) !== 0), ss = e.ss;
    this.lowerOf[k] = l; this.shapeOf[k] = ss; this.shapeIdOf[k] = e.id; this.shapeEntryOf[k] = e;
    const s3A = hashA(l, Math.max(0, m - 3), m), s3B = hashB(l, Math.max(0, m - 3), m);
    this.hashes[4 * k] = lA; this.hashes[4 * k + 1] = lB; this.hashes[4 * k + 2] = e.sA; this.hashes[4 * k + 3] = e.sB;
    this.cases[k] = letterCases(w) | (startsUpper(w) ? CASE_CAPITALIZED : 0);
    this.pairBits[k] = lex & LEX_PAIR_BITS;
    this.gazLists[k] = lex >>> LEX_GAZ_SHIFT === 0 ? null : this.gazListsByNumber[(lex >>> LEX_GAZ_SHIFT) - 1]!;
    this.gazPrefix[k] = lex & LEX_GAZ_PREFIX ? 1 : 0;
    // the shape's features first (kept per shape), then the word's own
    if (this.fill.length < FILL_VECTORS * n) this.fill = new Float32Array(FILL_VECTORS * n);
    const slab = this.fill, base = 0;
    slab.set(e.vectors);
    addFound(table, T.lm3, lA, lB, slab, base);
    addFound(table, T.lm2, lA, lB, slab, base + n);
    addFound(table, T.lm1, lA, lB, slab, base + 2 * n); addFound(table, T.s3m1, s3A, s3B, slab, base + 2 * n);
    addFound(table, T.w, hashA(w, 0, w.length), hashB(w, 0, w.length), slab, base + 3 * n); addFound(table, T.l, lA, lB, slab, base + 3 * n);
    let pA = VALUE_SEED_A, pB = VALUE_SEED_B;
    for (let j = 0; j < 4; j++) {
      if (j < w.length) { pA = hashCharA(w.charCodeAt(j), pA); pB = hashCharB(w.charCodeAt(j), pB); }
      addFound(table, T.p[j]!, pA, pB, slab, base + 3 * n);
      const from = Math.max(0, m - j - 1);
      addFound(table, T.s[j]!, hashA(l, from, m), hashB(l, from, m), slab, base + 3 * n);
    }
    addFound(table, T.lp1, lA, lB, slab, base + 4 * n); addFound(table, T.s3p1, s3A, s3B, slab, base + 4 * n);
    addFound(table, T.lp2, lA, lB, slab, base + 5 * n);
    addFound(table, T.lp3, lA, lB, slab, base + 6 * n);
    if (this.outside >= 0) {
      const oA = this.labelStateA[this.outside + 1]!, oB = this.labelStateB[this.outside + 1]!;
      addFound(table, T.t1l, hashA(l, 0, m, oA), hashB(l, 0, m, oB), slab, base + FILL_AFTER_O * n);
    }
    // into the cache's layout (integer sums: exact in float32 whatever the grouping)
    const out = this.slab, at = k * VECTORS * n;
    // (element by element: a subarray view per offset would be an object per new word)
    for (let f = 0; f < WINDOW_OFFSETS_COUNT; f++) {
      if (f === WINDOW_REACH) continue; // the word itself: below
      const from = f * n, to = at + CACHE_VECTOR_OF_OFFSET[f]! * n;
      for (let c = 0; c < n; c++) out[to + c] = slab[from + c]!;
    }
    const plain = at + SELF * n, afterO = at + SELF_AFTER_O * n, cs = (FILL_CS + MID_SENTENCE) * n;
    for (let c = 0; c < n; c++) {
      const v = slab[3 * n + c]! + slab[cs + c]!;
      out[plain + c] = v;
      out[afterO + c] = v + slab[FILL_AFTER_O * n + c]!;
    }
    return k;
  }
  /** Scratch vectors of the word being cached (FILL_VECTORS). */
  private fill = new Float32Array(0);

  /**
   * gazetteerFeatures of a sentence whose words fill slots[WINDOW_REACH ..], into the scratch lists: each
   * word's own lookup and prefix bit come from the word cache (`lists`, `prefix`), and a longer key
   * ("new york") is looked up in the lexicon by its hash lanes, continued word by word from the first
   * word's, instead of a string built and looked up in the gazetteer's Map.
   */
  private gazetteerFeatures(words: readonly string[], lower: readonly string[], lists: readonly (readonly string[] | null)[], prefix: Uint8Array): string[][] {
    const gaz = this.gazScratch, len = words.length, slots = this.slots, h = this.hashes;
    for (let i = 0; i < len; i++) gaz[i] = NO_GAZ;
    for (let i = 0; i < len; i++) {
      if (!startsUpperOrDigit(words[i]!)) continue;
      const one = lists[i];
      if (one) addGazMatch(gaz, i, 1, one);
      if (prefix[i] !== 1) continue;
      const k = 4 * slots[i + WINDOW_REACH]!;
      let kA = h[k]!, kB = h[k + 1]!;
      for (let n = 2; n <= GAZETTEER_MAX_TOKENS && i + n <= len; n++) {
        const l = lower[i + n - 1]!;
        kA = hashA(l, 0, l.length, hashCharA(SPACE, kA)); kB = hashB(l, 0, l.length, hashCharB(SPACE, kB));
        const lex = this.lexicon.get(kA, kB, 0);
        if (lex >>> LEX_GAZ_SHIFT !== 0) addGazMatch(gaz, i, n, this.gazListsByNumber[(lex >>> LEX_GAZ_SHIFT) - 1]!);
        // a longer name would begin with this key and a space
        if ((lex & LEX_GAZ_PREFIX) === 0) break;
      }
    }
    return gaz;
  }

  /** Kept shapes, by wordShape, of words that are not common words [0] and of common words [1]. */
  private readonly shapeEntries = [new Map<string, ShapeEntry>(), new Map<string, ShapeEntry>()];
  /** The ShapeEntry of word w, whose wordShape is `shape`. */
  private shapeEntry(w: string, shape: string, common: boolean): ShapeEntry {
    const entries = this.shapeEntries[common ? 1 : 0]!;
    let e = entries.get(shape);
    if (e !== undefined) return e;
    if (entries.size >= SHAPE_ENTRIES_MAX) entries.clear();
    const table = this.table, n = table.width, ss = shortShape(w);
    let id = this.shapeIds.get(ss);
    if (id === undefined) this.shapeIds.set(ss, (id = this.shapeIds.size < SHAPE_IDS ? this.shapeIds.size : NO_SHAPE_ID));
    const sA = hashA(ss, 0, ss.length), sB = hashB(ss, 0, ss.length);
    const v = new Float32Array(FILL_VECTORS * n);
    addFound(table, T.ssm2, sA, sB, v, n);
    addFound(table, T.ssm1, sA, sB, v, 2 * n);
    addFound(table, T.sh, hashA(shape, 0, shape.length), hashB(shape, 0, shape.length), v, 3 * n); addFound(table, T.ss, sA, sB, v, 3 * n);
    addFound(table, T.ssp1, sA, sB, v, 4 * n);
    addFound(table, T.ssp2, sA, sB, v, 5 * n);
    // wordInContextFeatures, one vector per context
    for (let ctx = 0; ctx < CONTEXTS.length; ctx++) {
      let cA = hashA(ss, 0, ss.length, this.contextStateA[ctx]!), cB = hashB(ss, 0, ss.length, this.contextStateB[ctx]!);
      if (common) { cA = hashCharA(COMMON_MARK, cA); cB = hashCharB(COMMON_MARK, cB); }
      addFound(table, T.cs, cA, cB, v, (FILL_CS + ctx) * n);
    }
    if (this.outside >= 0) {
      const oA = this.labelStateA[this.outside + 1]!, oB = this.labelStateB[this.outside + 1]!;
      addFound(table, T.t1ss, hashA(ss, 0, ss.length, oA), hashB(ss, 0, ss.length, oB), v, FILL_AFTER_O * n);
    }
    e = { ss, sA, sB, id, vectors: v };
    entries.set(shape, e);
    return e;
  }

  /** Grows the word cache's arrays to `cap` slots (WordSlots.resize). */
  private grow(cap: number): void {
    const slab = new Float32Array(cap * VECTORS * this.table.width); slab.set(this.slab); this.slab = slab;
    const hashes = new Int32Array(4 * cap); hashes.set(this.hashes); this.hashes = hashes;
    const cases = new Uint8Array(cap); cases.set(this.cases); this.cases = cases;
    const shapeIdOf = new Uint16Array(cap); shapeIdOf.set(this.shapeIdOf); this.shapeIdOf = shapeIdOf;
    const pairBits = new Uint16Array(cap); pairBits.set(this.pairBits); this.pairBits = pairBits;
    const gazPrefix = new Uint8Array(cap); gazPrefix.set(this.gazPrefix); this.gazPrefix = gazPrefix;
  }

  /** Copies a slot's cached data down during an eviction (WordSlots.move). */
  private moveSlot(from: number, to: number): void {
    const V = VECTORS * this.table.width;
    this.slab.copyWithin(to * V, from * V, (from + 1) * V);
    this.hashes.copyWithin(4 * to, 4 * from, 4 * from + 4);
    this.cases[to] = this.cases[from]!; this.pairBits[to] = this.pairBits[from]!; this.lowerOf[to] = this.lowerOf[from]!; this.shapeOf[to] = this.shapeOf[from]!; this.shapeIdOf[to] = this.shapeIdOf[from]!;
    this.shapeEntryOf[to] = this.shapeEntryOf[from]!;
    this.gazLists[to] = this.gazLists[from] ?? null; this.gazPrefix[to] = this.gazPrefix[from]!;
  }

  // per-sentence scratch (grown as needed): the slot of each position, WINDOW_REACH pads on each side
  private slots = new Int32Array(64);
  private pairA = new Int32Array(64);
  private pairB = new Int32Array(64);
  /** Per position j: the templates (PAIR_FIRSTS bits) with a feature that may hold the pair (j, j + 1). */
  private pairNeed = new Uint8Array(64);
  private readonly rows = new Int32Array(16);
  /** A row of zeros as long as a weight row: what the one-pass scoring reads for a row it does not have. */
  private zeroRow = new Int16Array(0);
  private readonly scores = new Float64Array(64);
  /**
   * Per-sentence lists, reused from sentence to sentence (read up to the sentence's length; longer
   * than it after a longer sentence): each word's lower case, gazetteer lookup and prefix bit, and
   * gazetteer features. Nothing keeps them past tagSentence.
   */
  private readonly lowerScratch: string[] = [];
  private readonly gazListsScratch: (readonly string[] | null)[] = [];
  private gazPrefixScratch = new Uint8Array(64);
  private readonly gazScratch: string[][] = [];

  /**
   * BILOU labels of one sentence; with a memory, earlier sentences of the
   * document inform this one and this one is remembered. The features are
   * those of nerFeatures: the word-level ones summed once per word (word
   * cache), the others found in the feature table from hashes of their parts.
   * Same labels as `tagSentenceUncached`. With `doc` (the document's word numbers, from token `from`
   * on: doc.ids[from + j] is words[j]'s), each word is hashed once per document.
   */
  tagSentence(words: readonly string[], memory: NerDocMemory | null = null, doc?: DocWordIds, from = 0): string[] {
    const len = words.length, R = WINDOW_REACH, table = this.table, n = table.width;
    if (len + 2 * R > this.slots.length) {
      const size = 2 * (len + 2 * R);
      this.slots = new Int32Array(size); this.pairA = new Int32Array(size); this.pairB = new Int32Array(size); this.pairNeed = new Uint8Array(size);
    }
    this.words.reserve(len + 2);
    const { slots, scores, rows } = this;
    // '^' / '$' pad the window: as words, their features are those of the padding
    const before = this.slot('^'), after = this.slot('$');
    let cases = 0;
    if (len > this.gazPrefixScratch.length) this.gazPrefixScratch = new Uint8Array(2 * len);
    const lower = this.lowerScratch, gazLists = this.gazListsScratch, gazPrefix = this.gazPrefixScratch;
    for (let k = 0; k < R; k++) { slots[k] = before; slots[len + R + k] = after; }
    for (let j = 0; j < len; j++) {
      const k = (slots[j + R] = doc === undefined ? this.slot(words[j]!) : this.slot(words[j]!, doc, doc.ids[from + j]!));
      lower[j] = this.lowerOf[k]!;
      gazLists[j] = this.gazLists[k] ?? null; gazPrefix[j] = this.gazPrefix[k]!;
      cases |= this.cases[k]!;
    }
    const allCaps = (cases & (CASE_UPPER | CASE_LOWER)) === CASE_UPPER;
    // value hash of "lower(j) lower(j + 1)" at each position j from the second pad to the word before the last pad
    // (only where some template may hold the pair: the others are never looked up)
    const h = this.hashes, { pairA, pairB, pairNeed } = this, pairBits = this.pairBits;
    const { shapeIdOf, sssRows, t1ssRows } = this;
    for (let at = 1; at < len + 2 * R - 1; at++) {
      const need = pairBits[slots[at]!]! & (pairBits[slots[at + 1]!]! >>> PAIR_SECOND_SHIFT) & PAIR_FIRSTS;
      pairNeed[at] = need;
      if (need === 0) continue;
      const k = 4 * slots[at]!, next = this.lowerOf[slots[at + 1]!]!;
      pairA[at] = hashA(next, 0, next.length, hashCharA(SPACE, h[k]!));
      pairB[at] = hashB(next, 0, next.length, hashCharB(SPACE, h[k + 1]!));
    }
    const gaz = this.gazetteerFeatures(words, lower, gazLists, gazPrefix);
    // (shapes are read from the word cache below: the sentence carries none)
    const s: NerSentence = { words, lower, shapes: NO_SHAPES, gaz, allCaps, memory };
    const slab = this.slab, V = VECTORS * n;
    const labels: string[] = new Array<string>(len);
    let prev = -1, prev2 = -1;
    for (let i = 0; i < len; i++) {
      const at = i + R, ctx = contextIndex(s, i), me = slots[at]!;
      const l = lower[i]!, ss = this.shapeOf[me]!;
      const lab = this.labelPair(prev, prev2);
      // word-level features of the seven window positions, and of this word in its context
      // wordAfterLabelFeatures (t1 itself is in the label pair): cached with the word after O, else looked up below
      const afterO = prev === this.outside;
      let r = 0;
      if (!afterO) {
        const lsA = this.labelStateA[prev + 1]!, lsB = this.labelStateB[prev + 1]!;
        if (pairBits[me]! & T1L_WORD) rows[r++] = table.find(T.t1l, hashA(l, 0, l.length, lsA), hashB(l, 0, l.length, lsB));
        const id = shapeIdOf[me]!;
        if (id === NO_SHAPE_ID) rows[r++] = table.find(T.t1ss, hashA(ss, 0, ss.length, lsA), hashB(ss, 0, ss.length, lsB));
        else {
          const key = (prev + 1) * SHAPE_IDS + id;
          let row = t1ssRows[key]!;
          if (row === ROW_UNKNOWN) row = t1ssRows[key] = table.find(T.t1ss, hashA(ss, 0, ss.length, lsA), hashB(ss, 0, ss.length, lsB));
          rows[r++] = row;
        }
      }
      // contextFeatures: lb, la, lbb and laa are the word pairs ending at i - 1, i, i + 1 and starting at i + 1
      if (pairNeed[at - 1]! & LB_FIRST) rows[r++] = table.find(T.lb, pairA[at - 1]!, pairB[at - 1]!);
      if (pairNeed[at]! & LA_FIRST) rows[r++] = table.find(T.la, pairA[at]!, pairB[at]!);
      if (pairNeed[at - 2]! & LBB_FIRST) rows[r++] = table.find(T.lbb, pairA[at - 2]!, pairB[at - 2]!);
      if (pairNeed[at + 1]! & LAA_FIRST) rows[r++] = table.find(T.laa, pairA[at + 1]!, pairB[at + 1]!);
      const idM = shapeIdOf[slots[at - 1]!]!, idS = shapeIdOf[me]!, idP = shapeIdOf[slots[at + 1]!]!;
      const tripleKey = idM === NO_SHAPE_ID || idS === NO_SHAPE_ID || idP === NO_SHAPE_ID ? -1 : (idM * SHAPE_IDS + idS) * SHAPE_IDS + idP;
      let sssRow = tripleKey < 0 ? ROW_UNKNOWN : sssRows.get(tripleKey, ROW_UNKNOWN);
      if (sssRow === ROW_UNKNOWN) {
        const pm1 = 4 * slots[at - 1]!;
        const sp1 = this.shapeOf[slots[at + 1]!]!;
        let sA = hashA(ss, 0, ss.length, hashCharA(SPACE, h[pm1 + 2]!)), sB = hashB(ss, 0, ss.length, hashCharB(SPACE, h[pm1 + 3]!));
        sA = hashA(sp1, 0, sp1.length, hashCharA(SPACE, sA)); sB = hashB(sp1, 0, sp1.length, hashCharB(SPACE, sB));
        sssRow = table.find(T.sss, sA, sB);
        if (tripleKey >= 0) {
          if (sssRows.size >= SHAPE_TRIPLES_MAX) sssRows.clear();
          sssRows.set(tripleKey, sssRow);
        }
      }
      rows[r++] = sssRow;
      // the found rows, in order (a feature the model lacks adds nothing)
      let found = 0;
      for (let k = 0; k < r; k++) if (rows[k]! >= 0) rows[found++] = rows[k]!;
      r = found;
      const b0 = slots[i]! * V + AS_M3 * n, b1 = slots[i + 1]! * V + AS_M2 * n, b2 = slots[i + 2]! * V + AS_M1 * n, bs = me * V + (afterO ? SELF_AFTER_O : SELF) * n;
      const b4 = slots[i + 4]! * V + AS_P1 * n, b5 = slots[i + 5]! * V + AS_P2 * n, b6 = slots[i + 6]! * V + AS_P3 * n;
      const gHere = gaz[i]!, gNext = i + 1 < len ? gaz[i + 1]! : NO_GAZ, gPrev = i > 0 ? gaz[i - 1]! : NO_GAZ;
      const remembered = memory !== null && (this.cases[me]! & CASE_CAPITALIZED) !== 0;
      let best: number;
      if (ctx === MID_SENTENCE && r <= FUSED_ROWS && gHere.length === 0 && gNext.length === 0 && gPrev.length === 0 && !remembered) {
        // most tokens: one pass over the classes allowed after `prev`, summing the label pair, the seven cached
        // vectors and the found rows (zeroRow for the missing ones), keeping the best (bestAllowed's answer:
        // integer sums are exact in any order; ties to the lower index)
        const w = table.weights, z = this.zeroRow;
        const w0 = r > 0 ? w : z, o0 = r > 0 ? rows[0]! : 0, w1 = r > 1 ? w : z, o1 = r > 1 ? rows[1]! : 0, w2 = r > 2 ? w : z, o2 = r > 2 ? rows[2]! : 0;
        const allowed = this.allowed, from = (prev + 1) * n;
        best = -1;
        let bestScore = 0;
        for (let c = 0; c < n; c++) {
          if (!allowed[from + c]) continue;
          const v = lab[c]! + slab[b0 + c]! + slab[b1 + c]! + slab[b2 + c]! + slab[bs + c]! + slab[b4 + c]! + slab[b5 + c]! + slab[b6 + c]!
            + w0[o0 + c]! + w1[o1 + c]! + w2[o2 + c]!;
          if (best < 0 || v > bestScore) { best = c; bestScore = v; }
        }
        if (best < 0) best = 0;
      } else {
        for (let c = 0; c < n; c++) {
          scores[c] = lab[c]! + slab[b0 + c]! + slab[b1 + c]! + slab[b2 + c]! + slab[bs + c]! + slab[b4 + c]! + slab[b5 + c]! + slab[b6 + c]!;
        }
        if (ctx !== MID_SENTENCE) {
          // the cached self vectors hold cs in mid-sentence: this context's instead
          const v = this.shapeEntryOf[me]!.vectors, mid = (FILL_CS + MID_SENTENCE) * n, here = (FILL_CS + ctx) * n;
          for (let c = 0; c < n; c++) scores[c] += v[here + c]! - v[mid + c]!;
        }
        const w = table.weights;
        for (let k = 0; k < r; k++) {
          const row = rows[k]!;
          if (row >= 0) for (let c = 0; c < n; c++) scores[c] += w[row + c]!;
        }
        // (indexed loops: an array iterator per token and list otherwise)
        for (let k = 0; k < gHere.length; k++) addVector(this.gazEntry(gHere[k]!).self[ctx]!, scores, n);
        for (let k = 0; k < gNext.length; k++) addVector(this.gazEntry(gNext[k]!).next, scores, n);
        for (let k = 0; k < gPrev.length; k++) addVector(this.gazEntry(gPrev[k]!).prev, scores, n);
        if (remembered) addVector(this.memoryWeights(memory!.typeOf(l) ?? '-', ctx), scores, n);
        best = this.bestAllowed(scores, prev);
      }
      labels[i] = this.classes[best]!;
      prev2 = prev;
      prev = best;
    }
    memory?.remember(s, labels);
    return labels;
  }

  /** Best-scoring class allowed after class `prev` (-1 at the start); ties to the lower index (as GreedyTagger). */
  private bestAllowed(scores: Float64Array, prev: number): number {
    const n = this.classes.length, m = this.allowed, row = (prev + 1) * n;
    let best = -1;
    for (let c = 0; c < n; c++) {
      if (!m[row + c]) continue;
      if (best < 0 || scores[c]! > scores[best]!) best = c;
    }
    return best < 0 ? 0 : best;
  }

  /** Reference implementation of `tagSentence` (plain feature lists over the plain model), for tests. */
  tagSentenceUncached(words: readonly string[], memory: NerDocMemory | null = null): string[] {
    return (this.reference ??= new GreedyTagger(this.model, NerTagger.spec(this.commonWords))).tag(prepareNerSentence(words, memory));
  }
  private reference: GreedyTagger<NerSentence> | null = null;

  private readonly gazCache = new Map<string, GazEntry>();
  private gazEntry(g: string): GazEntry {
    let e = this.gazCache.get(g);
    if (e === undefined) {
      const t = this.table;
      e = { self: CONTEXTS.map((ctx) => t.sumFeatures([g, g + ' ' + ctx])), next: t.sumFeatures(['+1' + g]), prev: t.sumFeatures(['-1' + g]) };
      this.gazCache.set(g, e);
    }
    return e;
  }
  private readonly memoryCache = new Map<string, Float64Array[]>();
  private memoryWeights(type: string, context: number): Float64Array {
    let e = this.memoryCache.get(type);
    if (e === undefined) this.memoryCache.set(type, (e = CONTEXTS.map((ctx) => this.table.sumFeatures(['mem=' + type, 'mem=' + type + ' ' + ctx]))));
    return e[context]!;
  }
  private readonly labelPairCache: Float32Array[] = [];
  /**
   * Bias, t1 and t12 weights after labels prev (i - 1) and prev2 (i - 2), -1 before the sentence; as floats
   * (sums of three 16-bit weights: exact, and half the bytes of doubles to read at every token).
   */
  private labelPair(prev: number, prev2: number): Float32Array {
    const classes = this.classes;
    const k = (prev + 1) * (classes.length + 1) + prev2 + 1;
    let v = this.labelPairCache[k];
    if (v === undefined) {
      const t1 = prev < 0 ? '^' : classes[prev]!, t2 = prev2 < 0 ? '^' : classes[prev2]!;
      const sum = this.table.sumFeatures(['t1=' + t1, 't12=' + t1 + ' ' + t2]);
      addVector(this.bias, sum, sum.length);
      v = this.labelPairCache[k] = Float32Array.from(sum);
    }
    return v;
  }

  serialize(): Buffer { return serializeModel(this.model, { commonWords: [...this.commonWords].sort() }); }

  static deserialize(bytes: Buffer): NerTagger {
    const json = readModelJson(bytes);
    const table = FeatureTable.fromSparse(json.classes.length, json.features, json.weights);
    return new NerTagger({ table, classes: json.classes, bytes }, new Set((json.extra as { commonWords: string[] }).commonWords), json.features);
  }
}

function addVector(v: Float64Array, scores: Float64Array, n: number): void {
  for (let c = 0; c < n; c++) scores[c] += v[c]!;
}
