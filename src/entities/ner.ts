import { GreedyTagger, type TaggerSpec } from '../ml/tagger.js';
import { AveragedPerceptron } from '../ml/perceptron.js';
import { deserializeModel, serializeModel } from '../ml/model-file.js';
import { shortShape, wordShape } from '../ml/features.js';
import { GAZETTEER_MAX_TOKENS, getGazetteer } from '../lexicon/gazetteer.js';

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
interface WordEntry { word: string; window: Float32Array[]; context: Float32Array[]; afterLabel: Float32Array[] }

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
  const gaz: string[][] = words.map(() => []);
  const g = getGazetteer();
  for (let i = 0; i < words.length; i++) {
    if (!/^[\p{Lu}\d]/u.test(words[i]!)) continue;
    let key = '';
    for (let n = 1; n <= GAZETTEER_MAX_TOKENS && i + n <= words.length; n++) {
      key = n === 1 ? lower[i]! : key + ' ' + lower[i + n - 1]!;
      const lists = g.get(key);
      if (!lists) continue;
      for (const list of lists) {
        if (n === 1) gaz[i]!.push('g=' + list + 'U');
        else {
          gaz[i]!.push('g=' + list + 'B');
          for (let k = i + 1; k < i + n - 1; k++) gaz[k]!.push('g=' + list + 'I');
          gaz[i + n - 1]!.push('g=' + list + 'L');
        }
      }
    }
  }
  return { words, lower, shapes: words.map(shortShape), gaz, allCaps, memory };
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
    const s = prepareNerSentence(words, memory);
    const model = this.tagger.model;
    const n = model.classes.length;
    const len = s.words.length;
    // one cache entry per position, padding included: entries[j + WINDOW_REACH] is word j
    const entries: WordEntry[] = [];
    for (let k = 0; k < WINDOW_REACH; k++) entries.push(this.entry('^'));
    for (const w of s.words) entries.push(this.entry(w));
    for (let k = 0; k < WINDOW_REACH; k++) entries.push(this.entry('$'));
    const scores = new Float64Array(n);
    const feats: string[] = [];
    const labels: string[] = [];
    let prev = -1;
    for (let i = 0; i < len; i++) {
      const e = entries[i + WINDOW_REACH]!;
      // entries[i + k] is the word at offset WINDOW_OFFSETS[k] from position i (7 offsets)
      const w0 = entries[i]!.window[0]!, w1 = entries[i + 1]!.window[1]!, w2 = entries[i + 2]!.window[2]!, w3 = e.window[3]!;
      const w4 = entries[i + 4]!.window[4]!, w5 = entries[i + 5]!.window[5]!, w6 = entries[i + 6]!.window[6]!;
      const cx = this.inContext(e, contextIndex(s, i)), al = this.afterLabel(e, prev);
      for (let c = 0; c < n; c++) scores[c] = w0[c]! + w1[c]! + w2[c]! + w3[c]! + w4[c]! + w5[c]! + w6[c]! + cx[c]! + al[c]!;
      feats.length = 0;
      contextFeatures(s, i, feats);
      labelFeatures(i, labels, feats);
      model.addScores(feats, scores);
      const best = this.tagger.bestAllowed(scores, prev);
      labels.push(model.classes[best]!);
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
      e = { word, window: WINDOW_OFFSETS.map((off) => this.sum((out) => wordFeatures(word, off, out))), context: [], afterLabel: [] };
      this.cache.set(word, e);
    }
    return e;
  }
  private inContext(e: WordEntry, context: number): Float32Array {
    return (e.context[context] ??= this.sum((out) => wordInContextFeatures(e.word, context, this.commonWords, out)));
  }
  private afterLabel(e: WordEntry, prev: number): Float32Array {
    return (e.afterLabel[prev + 1] ??= this.sum((out) => wordAfterLabelFeatures(e.word, prev < 0 ? '^' : this.tagger.model.classes[prev]!, out)));
  }
  private sum(features: (out: string[]) => void): Float32Array {
    const feats: string[] = [];
    features(feats);
    // a loaded model has quantized integer weights: their sums are exact in 32-bit floats
    return Float32Array.from(this.tagger.model.addScores(feats, new Float64Array(this.tagger.model.classes.length)));
  }

  serialize(): Buffer { return serializeModel(this.tagger.model, { commonWords: [...this.commonWords].sort() }); }

  static deserialize(bytes: Buffer): NerTagger {
    const { model, extra } = deserializeModel(bytes);
    return new NerTagger(model, new Set((extra as { commonWords: string[] }).commonWords));
  }
}
