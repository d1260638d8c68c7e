import { GreedyTagger, type TaggerSpec } from '../ml/tagger.js';
import { AveragedPerceptron } from '../ml/perceptron.js';
import { deserializeModel, serializeModel } from '../ml/model-file.js';
import { shortShape, wordShape } from '../ml/features.js';
import { GAZETTEER_MAX_TOKENS, getGazetteer } from '../lexicon/gazetteer.js';
import { TemplateIndex, addRowAt, addWeightsAt } from '../ml/template-index.js';

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

/**
 * Words whose feature scores are cached; the cache is emptied when full, which
 * bounds its memory (a word holds up to ~30 vectors of 17 floats) on long runs.
 */
const WORD_CACHE_MAX = 50000;

/** Summed weights of a word's cacheable features: per window offset, per sentence context, per previous label. */
interface WordEntry { word: string; lower: string; shortShape: string; /** One vector per window offset, back to back (offset k at k times the class count). */ window: Float32Array; context: Float32Array[]; afterLabel: Float32Array[];
  /** Word tests of prepareNerSentence and contextFeatures, made once per word. */
  capitalized: boolean; hasUpper: boolean; hasLower: boolean; gazetteerStart: boolean;
}

/** Weight vector of a feature, or undefined when the model does not know it. */
type Weights = Float32Array | Float64Array;
/** Two-string features ("lb=" + a + " " + b) indexed as a -> b -> weights, so no feature string is built per token. */
type PairIndex = Map<string, Map<string, number>>;
/** Templates of contextFeatures made of two words joined by a space. */
const PAIR_TEMPLATES = ['lb=', 'la=', 'lbb=', 'laa='] as const;
/** Summed weights of the features that only depend on a gazetteer feature (and the sentence context / side). */
interface GazEntry { self: Float32Array[]; next: Float32Array; prev: Float32Array }

/** A word seen in lower case this many times in training counts as a common word. */
export const COMMON_WORD_MIN_COUNT = 3;

/** What the tagger remembers across the sentences of one document. */
export class NerDocMemory {
  /** lower-case capitalized word -> type counts of earlier entity tokens. */
  readonly types = new Map<string, Map<string, number>>();
  clear(): void { this.types.clear(); }
  remember(s: NerSentence, labels: readonly string[]): void {
    labels.forEach((lab, i) => {
      if (lab === 'O') return;
      const w = s.words[i]!;
      if (!/^\p{Lu}/u.test(w) || s.allCaps) return;
      const key = s.lower[i]!;
      let m = this.types.get(key);
      if (!m) this.types.set(key, (m = new Map()));
      const t = lab.slice(2);
      m.set(t, (m.get(t) ?? 0) + 1);
    });
  }
  /** The type most often given to the word earlier, or null. */
  typeOf(lower: string): string | null {
    const m = this.types.get(lower);
    if (!m) return null;
    let best: string | null = null, n = 0;
    for (const [t, c] of m) if (c > n) { best = t; n = c; }
    return best;
  }
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
  const gaz = gazetteerFeatures(words, lower, (i) => /^[\p{Lu}\d]/u.test(words[i]!));
  return { words, lower, shapes: words.map(shortShape), gaz, allCaps, memory };
}

/** Gazetteer features of each token; a match may only start at a token for which `mayStart` holds (capitalized or a digit). */
function gazetteerFeatures(words: readonly string[], lower: readonly string[], mayStart: (i: number) => boolean): string[][] {
  // most tokens have none: they share one empty list until something is added
  const gaz: string[][] = new Array<string[]>(words.length).fill(NO_GAZ);
  const add = (k: number, f: string) => { if (gaz[k] === NO_GAZ) gaz[k] = []; gaz[k]!.push(f); };
  const g = getGazetteer();
  const prefixes = gazetteerPrefixes(g);
  for (let i = 0; i < words.length; i++) {
    if (!mayStart(i)) continue;
    let key = '';
    for (let n = 1; n <= GAZETTEER_MAX_TOKENS && i + n <= words.length; n++) {
      key = n === 1 ? lower[i]! : key + ' ' + lower[i + n - 1]!;
      const lists = g.get(key);
      if (lists) {
        for (const list of lists) {
          if (n === 1) add(i, 'g=' + list + 'U');
          else {
            add(i, 'g=' + list + 'B');
            for (let k = i + 1; k < i + n - 1; k++) add(k, 'g=' + list + 'I');
            add(i + n - 1, 'g=' + list + 'L');
          }
        }
      }
      // a longer name would begin with this key and a space
      if (!prefixes.has(key)) break;
    }
  }
  return gaz;
}
const NO_GAZ: string[] = [];

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

function addRow(rows: Float32Array, row: number | undefined, scores: Float64Array, n: number): void {
  if (row === undefined) return;
  for (let c = 0; c < n; c++) scores[c]! += rows[row + c]!;
}

function addWeights(w: Weights | undefined, scores: Float64Array, n: number): void {
  if (w === undefined) return;
  for (let c = 0; c < n; c++) scores[c]! += w[c]!;
}

export class NerTagger {
  private readonly tagger: GreedyTagger<NerSentence>;

  constructor(model: AveragedPerceptron, readonly commonWords: ReadonlySet<string>) {
    this.tagger = new GreedyTagger(model, NerTagger.spec(commonWords));
  }

  static spec(commonWords: ReadonlySet<string>): TaggerSpec<NerSentence> {
    return {
      length: (s) => s.words.length, features: nerFeatures(commonWords), allowed: bilouAllowed,
      afterTag: (s, labels) => s.memory?.remember(s, labels),
    };
  }

  get model(): AveragedPerceptron { return this.tagger.model; }

  /**
   * BILOU labels of one sentence; with a memory, earlier sentences of the
   * document inform this one and this one is remembered. Same labels as
   * `tagSentenceUncached`, faster: the weights of each word's own features
   * are summed once per word and position and reused.
   */
  tagSentence(words: readonly string[], memory: NerDocMemory | null = null): string[] {
    const model = this.tagger.model;
    const n = model.classes.length;
    const len = words.length;
    // one cache entry per position, padding included: entries[j + WINDOW_REACH] is word j
    const entries: WordEntry[] = [];
    for (let k = 0; k < WINDOW_REACH; k++) entries.push(this.entry('^'));
    for (const w of words) entries.push(this.entry(w));
    for (let k = 0; k < WINDOW_REACH; k++) entries.push(this.entry('$'));
    // prepareNerSentence, from what the entries keep about each word
    const own = entries.slice(WINDOW_REACH, WINDOW_REACH + len);
    const lower = own.map((x) => x.lower);
    const s: NerSentence = {
      words, lower, shapes: own.map((x) => x.shortShape), allCaps: own.some((x) => x.hasUpper) && !own.some((x) => x.hasLower),
      gaz: gazetteerFeatures(words, lower, (i) => own[i]!.gazetteerStart), memory,
    };
    const scores = new Float64Array(n);
    const labels: string[] = [];
    const gaz = s.gaz;
    const ix = this.pairIndexes();
    const rows = ix.rows, lb = ix.pairs[0]!, la = ix.pairs[1]!, lbb = ix.pairs[2]!, laa = ix.pairs[3]!, sss = ix.shapes;
    let prev = -1, prev2 = -1;
    for (let i = 0; i < len; i++) {
      const e = entries[i + WINDOW_REACH]!;
      // entries[i + k] is the word at offset WINDOW_OFFSETS[k] from position i (7 offsets)
      const w0 = entries[i]!.window, w1 = entries[i + 1]!.window, w2 = entries[i + 2]!.window, w3 = e.window;
      const w4 = entries[i + 4]!.window, w5 = entries[i + 5]!.window, w6 = entries[i + 6]!.window;
      const cx = this.inContext(e, contextIndex(s, i)), al = this.afterLabel(e, prev);
      for (let c = 0; c < n; c++) {
        scores[c] = w0[c]! + w1[n + c]! + w2[2 * n + c]! + w3[3 * n + c]! + w4[4 * n + c]! + w5[5 * n + c]! + w6[6 * n + c]! + cx[c]! + al[c]!;
      }
      // contextFeatures and labelFeatures, summed from indexes and small caches (same features, integer weights: same sums)
      // the entries' lower-case and shape strings are kept (their hashes too) and pad with '^' / '$' like contextFeatures
      const ctx = contextIndex(s, i);
      const em1 = entries[i + 2]!, ep1 = entries[i + 4]!;
      const l = e.lower, lm1 = em1.lower, lm2 = entries[i + 1]!.lower, lp1 = ep1.lower, lp2 = entries[i + 5]!.lower;
      addRow(rows, lb.get(lm1)?.get(l), scores, n);
      addRow(rows, la.get(l)?.get(lp1), scores, n);
      addRow(rows, lbb.get(lm2)?.get(lm1), scores, n);
      addRow(rows, laa.get(lp1)?.get(lp2), scores, n);
      addRow(rows, sss.get(em1.shortShape)?.get(e.shortShape)?.get(ep1.shortShape), scores, n);
      for (const g of gaz[i]!) { const ge = this.gazEntry(g); addWeights(ge.self[ctx], scores, n); }
      if (i + 1 < len) for (const g of gaz[i + 1]!) addWeights(this.gazEntry(g).next, scores, n);
      if (i > 0) for (const g of gaz[i - 1]!) addWeights(this.gazEntry(g).prev, scores, n);
      if (memory && e.capitalized) addWeights(this.memoryWeights(memory.typeOf(l) ?? '-', ctx), scores, n);
      addWeights(this.labelPair(prev, prev2), scores, n);
      const best = this.tagger.bestAllowed(scores, prev);
      labels.push(model.classes[best]!);
      prev2 = prev;
      prev = best;
    }
    memory?.remember(s, labels);
    return labels;
  }

  /** Reference implementation of `tagSentence` (plain feature lists), for tests. */
  tagSentenceUncached(words: readonly string[], memory: NerDocMemory | null = null): string[] {
    return this.tagger.tag(prepareNerSentence(words, memory));
  }

  private readonly cache = new Map<string, WordEntry>();
  private entry(word: string): WordEntry {
    let e = this.cache.get(word);
    if (e === undefined) {
      if (this.cache.size >= WORD_CACHE_MAX) this.cache.clear();
      const n = this.tagger.model.classes.length;
      const lower = word.toLowerCase(), ss = shortShape(word);
      e = {
        word, lower, shortShape: ss, window: this.windowWeights(word, lower, ss), context: [], afterLabel: [], capitalized: /^\p{Lu}/u.test(word),
        hasUpper: /\p{Lu}/u.test(word), hasLower: /\p{Ll}/u.test(word), gazetteerStart: /^[\p{Lu}\d]/u.test(word),
      };
      this.cache.set(word, e);
    }
    return e;
  }
  private inContext(e: WordEntry, context: number): Float32Array {
    let v = e.context[context];
    if (v === undefined) {
      // wordInContextFeatures, looked up by value
      const t = this.templates();
      v = e.context[context] = new Float32Array(this.tagger.model.classes.length);
      addRowAt(t.rows, t.cs.get(CONTEXTS[context]! + e.shortShape + (this.commonWords.has(e.lower) ? 'c' : '')), v, 0, v.length);
    }
    return v;
  }
  private afterLabel(e: WordEntry, prev: number): Float32Array {
    let v = e.afterLabel[prev + 1];
    if (v === undefined) {
      // wordAfterLabelFeatures, looked up by value
      const t = this.templates(), t1 = prev < 0 ? '^' : this.tagger.model.classes[prev]!, n = this.tagger.model.classes.length;
      v = e.afterLabel[prev + 1] = new Float32Array(n);
      addRowAt(t.rows, t.t1.get(t1), v, 0, n);
      addRowAt(t.rows, t.t1l.get(t1 + ' ' + e.lower), v, 0, n);
      addRowAt(t.rows, t.t1ss.get(t1 + ' ' + e.shortShape), v, 0, n);
    }
    return v;
  }
  private templateMaps: ReturnType<NerTagger['buildTemplates']> | null = null;
  private templates(): ReturnType<NerTagger['buildTemplates']> { return (this.templateMaps ??= this.buildTemplates()); }
  private buildTemplates() {
    const ix = new TemplateIndex(this.tagger.model);
    const t = (name: string) => ix.template(name);
    return {
      rows: ix.rows, b: this.tagger.model.weights.get('b'), w: t('w'), l: t('l'), sh: t('sh'), ss: t('ss'),
      p: [t('p1'), t('p2'), t('p3'), t('p4')], s: [t('s1'), t('s2'), t('s3'), t('s4')],
      lm3: t('l-3'), lm2: t('l-2'), ssm2: t('ss-2'), lm1: t('l-1'), ssm1: t('ss-1'), s3m1: t('s3-1'),
      lp1: t('l+1'), ssp1: t('ss+1'), s3p1: t('s3+1'), lp2: t('l+2'), ssp2: t('ss+2'), lp3: t('l+3'),
      cs: t('cs'), t1: t('t1'), t1l: t('t1l'), t1ss: t('t1ss'),
    };
  }
  /** Summed weights of wordFeatures at each window offset (WINDOW_OFFSETS order), looked up by value; integer weights, so exact in 32 bits. */
  private windowWeights(w: string, l: string, ss: string): Float32Array {
    const t = this.templates();
    const n = this.tagger.model.classes.length;
    const v = new Float32Array(WINDOW_OFFSETS.length * n);
    const s3 = l.slice(-3);
    addRowAt(t.rows, t.lm3.get(l), v, 0, n);
    addRowAt(t.rows, t.lm2.get(l), v, n, n); addRowAt(t.rows, t.ssm2.get(ss), v, n, n);
    addRowAt(t.rows, t.lm1.get(l), v, 2 * n, n); addRowAt(t.rows, t.ssm1.get(ss), v, 2 * n, n); addRowAt(t.rows, t.s3m1.get(s3), v, 2 * n, n);
    const at = 3 * n;
    addWeightsAt(t.b, v, at, n); addRowAt(t.rows, t.w.get(w), v, at, n); addRowAt(t.rows, t.l.get(l), v, at, n);
    addRowAt(t.rows, t.sh.get(wordShape(w)), v, at, n); addRowAt(t.rows, t.ss.get(ss), v, at, n);
    for (let k = 1; k <= 4; k++) { addRowAt(t.rows, t.p[k - 1]!.get(w.slice(0, k)), v, at, n); addRowAt(t.rows, t.s[k - 1]!.get(l.slice(-k)), v, at, n); }
    addRowAt(t.rows, t.lp1.get(l), v, 4 * n, n); addRowAt(t.rows, t.ssp1.get(ss), v, 4 * n, n); addRowAt(t.rows, t.s3p1.get(s3), v, 4 * n, n);
    addRowAt(t.rows, t.lp2.get(l), v, 5 * n, n); addRowAt(t.rows, t.ssp2.get(ss), v, 5 * n, n);
    addRowAt(t.rows, t.lp3.get(l), v, 6 * n, n);
    return v;
  }
  private indexes: { rows: Float32Array; pairs: PairIndex[]; shapes: Map<string, PairIndex> } | null = null;
  /**
   * The two-word features (and the shape trigram, as three nested levels)
   * indexed by their parts. A key is filed under every split at a space, so a
   * lookup finds exactly the feature its parts would spell.
   */
  private pairIndexes(): { rows: Float32Array; pairs: PairIndex[]; shapes: Map<string, PairIndex> } {
    if (this.indexes) return this.indexes;
    const n = this.tagger.model.classes.length;
    const pairs: PairIndex[] = PAIR_TEMPLATES.map(() => new Map());
    const shapes: Map<string, PairIndex> = new Map();
    // weights copied back to back (as in TemplateIndex): the indexes hold row starts
    const filed: Weights[] = [];
    const file = (index: PairIndex, rest: string, w: Weights) => {
      const row = filed.length * n;
      filed.push(w);
      for (let k = rest.indexOf(' '); k >= 0; k = rest.indexOf(' ', k + 1)) {
        const a = rest.slice(0, k);
        let m = index.get(a);
        if (!m) index.set(a, (m = new Map()));
        m.set(rest.slice(k + 1), row);
      }
    };
    for (const [f, w] of this.tagger.model.weights) {
      if (f.startsWith('sss=')) {
        // three shapes: first shape -> (second -> third), each split at a space
        const rest = f.slice(4);
        for (let k = rest.indexOf(' '); k >= 0; k = rest.indexOf(' ', k + 1)) {
          const a = rest.slice(0, k);
          let m = shapes.get(a);
          if (!m) shapes.set(a, (m = new Map()));
          file(m, rest.slice(k + 1), w);
        }
        continue;
      }
      for (let t = 0; t < PAIR_TEMPLATES.length; t++) if (f.startsWith(PAIR_TEMPLATES[t]!)) { file(pairs[t]!, f.slice(PAIR_TEMPLATES[t]!.length), w); break; }
    }
    const rows = new Float32Array(filed.length * n);
    filed.forEach((w, r) => rows.set(w, r * n));
    return (this.indexes = { rows, pairs, shapes });
  }
  private readonly gazCache = new Map<string, GazEntry>();
  private gazEntry(g: string): GazEntry {
    let e = this.gazCache.get(g);
    if (e === undefined) {
      e = { self: CONTEXTS.map((ctx) => this.sum((out) => out.push(g, g + ' ' + ctx))), next: this.sum((out) => out.push('+1' + g)), prev: this.sum((out) => out.push('-1' + g)) };
      this.gazCache.set(g, e);
    }
    return e;
  }
  private readonly memoryCache = new Map<string, Float32Array[]>();
  private memoryWeights(type: string, context: number): Float32Array {
    let e = this.memoryCache.get(type);
    if (e === undefined) this.memoryCache.set(type, (e = CONTEXTS.map((ctx) => this.sum((out) => out.push('mem=' + type, 'mem=' + type + ' ' + ctx)))));
    return e[context]!;
  }
  private readonly labelPairCache: Float32Array[] = [];
  /** Weights of the t12 feature after labels prev (i - 1) and prev2 (i - 2), -1 before the sentence. */
  private labelPair(prev: number, prev2: number): Float32Array {
    const classes = this.tagger.model.classes;
    const k = (prev + 1) * (classes.length + 1) + prev2 + 1;
    return (this.labelPairCache[k] ??= this.sum((out) => out.push('t12=' + (prev < 0 ? '^' : classes[prev]!) + ' ' + (prev2 < 0 ? '^' : classes[prev2]!))));
  }
  private sum(features: (out: string[]) => void): Float32Array {
    const feats: string[] = [];
    features(feats);
    const out = new Float32Array(this.tagger.model.classes.length);
    this.sumInto(feats, out, 0);
    return out;
  }
  private scratch: Float64Array | null = null;
  /** Writes the summed weights of `feats` into `out` from `at`. */
  private sumInto(feats: readonly string[], out: Float32Array, at: number): void {
    const model = this.tagger.model;
    const sums = model.score(feats, (this.scratch ??= new Float64Array(model.classes.length)));
    // a loaded model has quantized integer weights: their sums are exact in 32-bit floats
    for (let c = 0; c < sums.length; c++) out[at + c] = sums[c]!;
  }

  serialize(): Buffer { return serializeModel(this.tagger.model, { commonWords: [...this.commonWords].sort() }); }

  static deserialize(bytes: Buffer): NerTagger {
    const { model, extra } = deserializeModel(bytes);
    return new NerTagger(model, new Set((extra as { commonWords: string[] }).commonWords));
  }
}
