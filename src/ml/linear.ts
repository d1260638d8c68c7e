/**
 * Linear text classifier: logistic regression (sigmoid for two classes,
 * softmax for more) over hashed word n-gram and character n-gram features,
 * trained by averaged SGD. Hashing keeps the model a fixed, small array and
 * makes featurizing allocation-light, which is what lets it score tens of
 * thousands of sentences per second. Training is deterministic: the shuffle
 * order comes from a seeded generator.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { seededRandom } from './rng.js';
import { hashCharB, VALUE_SEED_B } from './feature-table.js';
import { WordSlots } from './word-slots.js';
import { isAsciiDigit, isAsciiLetter } from '../doc/chars.js';

export interface LinearFeatureConfig {
  /** log2 of the number of hash buckets per class. */
  bits: number;
  /** Longest word n-gram (1 = unigrams, 2 = unigrams + bigrams, ...). */
  wordNgrams: number;
  /** Character n-gram lengths inside words (with boundary marks), or null for none. */
  charNgrams: [min: number, max: number] | null;
}

export interface LinearTrainOptions {
  epochs: number;
  /** Initial learning rate; decays as lr / (1 + decay * t). */
  learningRate: number;
  decay: number;
  /** L2 penalty, applied to the weights a sample touches. */
  l2: number;
  /** Weight of each class's samples in the loss (class name -> weight), default 1. */
  classWeights?: Record<string, number>;
  seed: number;
}

export interface SerializedLinearModel {
  format: 'whosaid-linear';
  version: 1;
  classes: string[];
  config: LinearFeatureConfig;
  /** Weights are stored as int16 times `scale`. */
  scale: number;
  /** base64 of little-endian int16, (classes == 2 ? 1 : classes) * 2^bits values. */
  weights: string;
  bias: number[];
  /** Free-form facts about training (data, threshold, ...). */
  info?: Record<string, unknown>;
}

/** A good start for sentence classification: unigrams + bigrams + in-word character 3-4-grams over 2^18 buckets. */
export const DEFAULT_FEATURES: LinearFeatureConfig = { bits: 18, wordNgrams: 2, charNgrams: [3, 4] };

// Hash seeds keep the feature families apart in the shared bucket space.
const SEED_WORD = 0x811c9dc5;
const SEED_CHAR = 0x01000193;
const FNV_PRIME = 0x01000193;

function mix(h: number, x: number): number {
  return Math.imul(h ^ x, FNV_PRIME) >>> 0;
}

const START_MARK = 0x9e3779b9, END_MARK = 0x7f4a7c15; // sentence start / end, as word hashes
const MAX_NGRAM = 8;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
/** Single-character tokens: currency, percent, and the marks of questions and exclamations. */
const SYMBOLS = new Set([36, 37, 0x20ac, 0xa3, 63, 33]); // $ % € £ ? !
/** Lower case of one UTF-16 unit (first unit of the lower-cased string, so the result is always one unit). */
function lower(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/**
 * Scans the text into tokens, calling `onToken(start, end)` for each: letter
 * runs (Latin, with one "'s"-style suffix), digit groups with [.,]
 * separators, and the SYMBOLS. Hand-written rather than a regex so that
 * scoring allocates nothing per token.
 */
function scanTokens(text: string, onToken: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      if (j + 1 < n && text.charCodeAt(j) === 39 && isAsciiLetter(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isAsciiLetter(text.charCodeAt(j))) j++;
      }
      onToken(i, j); i = j;
    } else if (isAsciiDigit(c)) {
      let j = i + 1;
      for (;;) {
        while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
        const sep = text.charCodeAt(j);
        if ((sep === 44 || sep === 46) && j + 1 < n && isAsciiDigit(text.charCodeAt(j + 1))) { j += 1; continue; }
        break;
      }
      onToken(i, j); i = j;
    } else {
      if (SYMBOLS.has(c)) onToken(i, i + 1);
      i++;
    }
  }
}

/** Folds a token's character for features: lower case, every digit as '0' (so "14,000" and "25,500" share a shape). */
const foldChar = (c: number) => (isAsciiDigit(c) ? 48 : lower(c));

/** Lower-case word tokens, digits folded to '0' (what the features see). */
export function linearTokens(text: string): string[] {
  const out: string[] = [];
  scanTokens(text, (a, b) => {
    let s = '';
    for (let k = a; k < b; k++) s += String.fromCharCode(foldChar(text.charCodeAt(k)));
    out.push(s);
  });
  return out;
}

let featureBuffer = new Uint32Array(1024);

/**
 * Writes the feature bucket indices of a text into a shared buffer and
 * returns their count (duplicates kept: they count twice). Word n-grams hash
 * the sequence of word hashes (with start and end marks); character n-grams
 * hash the characters of " word " windows. The buffer is reused by the next
 * call: copy what must be kept.
 */
function featurizeInto(text: string, cfg: LinearFeatureConfig): number {
  // the scan callback reads its settings from module state (no closures made per call: this runs per sentence)
  startText(text, cfg);
  scanTokens(text, featurizeToken);
  ngramsEndingWith(END_MARK);
  fz.text = '';
  return fz.count;
}

/**
 * State of the featurizeInto (or cached scoring) call in progress. `history`
 * holds the last n-1 word hashes, most recent last; `laneB` the second key
 * lane of the token just folded; `words` the word cache being scored with.
 */
const fz = { text: '', mask: 0, n: 0, lo: 0, hi: 0, history: [] as number[], count: 0, laneB: 0, words: null as WordSums | null };

function startText(text: string, cfg: LinearFeatureConfig): void {
  fz.text = text;
  fz.mask = (1 << cfg.bits) - 1;
  fz.n = Math.min(cfg.wordNgrams, MAX_NGRAM);
  fz.lo = cfg.charNgrams?.[0] ?? 0;
  fz.hi = cfg.charNgrams?.[1] ?? 0;
  fz.history.length = 0;
  fz.history.push(START_MARK);
  fz.count = 0;
}

function pushFeature(x: number): void {
  if (fz.count === featureBuffer.length) { const b = new Uint32Array(fz.count * 2); b.set(featureBuffer); featureBuffer = b; }
  featureBuffer[fz.count++] = x;
}

function ngramsEndingWith(h: number): void {
  const history = fz.history, N = fz.n;
  for (let len = 2; len <= N && len - 1 <= history.length; len++) {
    let g = mix(SEED_WORD, len);
    for (let k = history.length - (len - 1); k < history.length; k++) g = mix(g, history[k]!);
    pushFeature(mix(g, h) & fz.mask);
  }
  history.push(h);
  if (history.length > Math.max(N - 1, 1)) history.shift();
}

/** The folded characters of the token being featurized, as " word " (boundary spaces included), grown as needed. */
let window = new Int32Array(64);

/**
 * Folds the characters of token [a, b) into `window` (as " word ": each
 * character folded once, for the word hash and for every character n-gram
 * holding it) and returns the word hash. With `laneB`, also the word's
 * second key lane (into fz.laneB) for the word cache.
 */
function foldToken(a: number, b: number, laneB: boolean): number {
  const text = fz.text, len = b - a + 2;
  if (len > window.length) window = new Int32Array(2 * len);
  const win = window;
  win[0] = 32; win[len - 1] = 32;
  let h = SEED_WORD;
  if (laneB) {
    let hb = VALUE_SEED_B;
    for (let k = a; k < b; k++) { const c = foldChar(text.charCodeAt(k)); win[k - a + 1] = c; h = mix(h, c); hb = hashCharB(c, hb); }
    fz.laneB = hb;
  } else {
    for (let k = a; k < b; k++) { const c = foldChar(text.charCodeAt(k)); win[k - a + 1] = c; h = mix(h, c); }
  }
  return h;
}
const wordUnigram = (h: number) => mix(mix(SEED_WORD, 1), h) & fz.mask;
/** The character n-grams of the folded token in `window` (`len` with its boundary marks). */
function pushCharNgrams(len: number): void {
  const mask = fz.mask, lo = fz.lo, hi = fz.hi, win = window;
  for (let i = 0; i < len; i++) {
    let g = SEED_CHAR;
    for (let n = 1; n <= hi && i + n <= len; n++) {
      g = mix(g, win[i + n - 1]!);
      if (n >= lo) pushFeature(mix(g, n) & mask);
    }
  }
}

function featurizeToken(a: number, b: number): void {
  const h = foldToken(a, b, false);
  if (fz.n >= 1) pushFeature(wordUnigram(h));
  ngramsEndingWith(h);
  if (fz.hi > 0) pushCharNgrams(b - a + 2);
}

/**
 * The features of a word that depend on the word alone (its unigram and
 * character n-grams) are most of a sentence's features: a loaded classifier
 * keeps their weight sums per word. A sentence then costs one cache probe per
 * word plus its word n-grams, in place of a dozen scattered weight reads per
 * word. The sums are exact (see exactSumLimit), so the scores are the same
 * as feature by feature.
 */
class WordSums {
  /** Per slot, one sum per weight row, and the word's feature count. */
  sums = new Float64Array(0);
  counts = new Int32Array(0);
  readonly slots: WordSlots;
  /** Sums of the text being scored, per row, and its words' feature count. */
  readonly acc: Float64Array;
  own = 0;
  constructor(readonly weights: Float32Array, readonly rows: number, readonly size: number, readonly exactLimit: number) {
    this.acc = new Float64Array(rows);
    this.slots = new WordSlots(WORD_CACHE_MAX, 0, (cap) => this.grow(cap), (from, to) => this.move(from, to));
  }
  private grow(cap: number): void {
    const sums = new Float64Array(cap * this.rows); sums.set(this.sums); this.sums = sums;
    const counts = new Int32Array(cap); counts.set(this.counts); this.counts = counts;
  }
  private move(from: number, to: number): void {
    for (let r = 0; r < this.rows; r++) this.sums[to * this.rows + r] = this.sums[from * this.rows + r]!;
    this.counts[to] = this.counts[from]!;
  }
  /** Fills slot k with the features in featureBuffer[from, to). */
  fill(k: number, from: number, to: number): void {
    for (let r = 0; r < this.rows; r++) {
      const off = r * this.size;
      let s = 0;
      for (let i = from; i < to; i++) s += this.weights[off + featureBuffer[i]!]!;
      this.sums[k * this.rows + r] = s;
    }
    this.counts[k] = to - from;
  }
}
/** Words kept per classifier (as the taggers' word caches: past this, the words not met again are dropped). */
const WORD_CACHE_MAX = 16384;
/** Longer texts are scored feature by feature (the word cache reserves a slot per character). */
const CACHED_TEXT_MAX = 2000;

/** One token of a text scored with the word cache: its word n-grams into the buffer, its own features from the cache. */
function cachedToken(a: number, b: number): void {
  const h = foldToken(a, b, true), ws = fz.words!;
  ngramsEndingWith(h);
  let k = ws.slots.findKey(h | 0, fz.laneB);
  if (k < 0) {
    k = -k - 1;
    const mark = fz.count;
    if (fz.n >= 1) pushFeature(wordUnigram(h));
    if (fz.hi > 0) pushCharNgrams(b - a + 2);
    ws.fill(k, mark, fz.count);
    fz.count = mark;
  }
  for (let r = 0; r < ws.rows; r++) ws.acc[r] = ws.acc[r]! + ws.sums[k * ws.rows + r]!;
  ws.own += ws.counts[k]!;
}

/**
 * How many features of a model with these weights can be summed exactly in
 * doubles. Loaded weights are int16 multiples of one scale, rounded to
 * float32: each is a multiple of 2^(e - 23) for the smallest exponent e among
 * them, so any sum of them smaller than 2^53 such units is exact, in any
 * order (e is taken one lower, against log2 rounding: the bound only shrinks).
 */
export function exactSumLimit(w: Float32Array): number {
  let maxAbs = 0, minExp = Infinity;
  for (let j = 0; j < w.length; j++) {
    const a = Math.abs(w[j]!);
    if (a === 0) continue;
    if (a > maxAbs) maxAbs = a;
    const e = Math.floor(Math.log2(a));
    if (e < minExp) minExp = e;
  }
  if (maxAbs === 0) return Infinity;
  return Math.floor((2 ** 53 * 2 ** (minExp - 24)) / maxAbs);
}

/** Feature bucket indices of a text (a fresh array). */
export function featurize(text: string, cfg: LinearFeatureConfig): Uint32Array {
  const n = featurizeInto(text, cfg); // first: it may grow (replace) the buffer
  return featureBuffer.slice(0, n);
}


const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export class LinearClassifier {
  readonly classes: string[];
  readonly config: LinearFeatureConfig;
  /** One weight row per class (one row only for two classes: the score of classes[1]). */
  readonly weights: Float32Array;
  readonly bias: Float64Array;
  info: Record<string, unknown> = {};
  private readonly rows: number;
  private readonly size: number;

  constructor(classes: string[], config: LinearFeatureConfig, weights?: Float32Array, bias?: ArrayLike<number>) {
    if (classes.length < 2) throw new Error('linear classifier: needs at least two classes');
    this.classes = classes;
    this.config = config;
    this.size = 1 << config.bits;
    this.rows = classes.length === 2 ? 1 : classes.length;
    this.weights = weights ?? new Float32Array(this.rows * this.size);
    if (this.weights.length !== this.rows * this.size) throw new Error('linear classifier: weight array has the wrong size');
    this.bias = Float64Array.from(bias ?? new Array<number>(this.rows).fill(0));
  }

  /** Raw scores per row for a feature vector (each feature value 1/sqrt(n)). */
  private margins(feats: Uint32Array, n: number, w: Float32Array, b: ArrayLike<number>): number[] {
    const norm = n ? 1 / Math.sqrt(n) : 0;
    const out: number[] = [];
    for (let r = 0; r < this.rows; r++) {
      const off = r * this.size;
      let s = 0;
      for (let i = 0; i < n; i++) s += w[off + feats[i]!]!;
      out.push(s * norm + b[r]!);
    }
    return out;
  }

  private toProbs(m: number[]): number[] {
    if (this.rows === 1) { const p = sigmoid(m[0]!); return [1 - p, p]; }
    const mx = Math.max(...m);
    const e = m.map((x) => Math.exp(x - mx));
    const z = e.reduce((a, x) => a + x, 0);
    return e.map((x) => x / z);
  }

  /** Kept per-word sums (for a loaded model, whose sums are exact). */
  private words: WordSums | null = null;

  /** Probability of each class, in `classes` order. */
  probabilities(text: string): number[] {
    const cached = this.words && text.length <= CACHED_TEXT_MAX ? this.cachedMargins(this.words, text) : null;
    if (cached) return this.toProbs(cached);
    const n = featurizeInto(text, this.config);
    return this.toProbs(this.margins(featureBuffer, n, this.weights, this.bias));
  }

  /** The margins from the word cache (null: too many features to sum exactly; score feature by feature). */
  private cachedMargins(ws: WordSums, text: string): number[] | null {
    ws.slots.reserve(text.length);
    startText(text, this.config);
    fz.words = ws; ws.acc.fill(0); ws.own = 0;
    scanTokens(text, cachedToken);
    ngramsEndingWith(END_MARK);
    fz.text = ''; fz.words = null;
    const n = ws.own + fz.count;
    if (n > ws.exactLimit) return null;
    const norm = n ? 1 / Math.sqrt(n) : 0, out: number[] = [];
    for (let r = 0; r < this.rows; r++) {
      const off = r * this.size;
      let s = ws.acc[r]!;
      for (let i = 0; i < fz.count; i++) s += this.weights[off + featureBuffer[i]!]!;
      out.push(s * norm + this.bias[r]!);
    }
    return out;
  }

  /** Probability of one class. */
  probability(text: string, cls: string): number {
    const k = this.classes.indexOf(cls);
    if (k < 0) throw new Error(`linear classifier: unknown class "${cls}"`);
    return this.probabilities(text)[k]!;
  }

  /** Most probable class. */
  predict(text: string): string {
    const p = this.probabilities(text);
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
    return this.classes[best]!;
  }

  /**
   * Trains a fresh classifier by averaged SGD on the log loss. Averaging
   * (Polyak) uses the usual trick: keep the running weights w and the sum u of
   * step-weighted updates; the average is w - u / steps.
   */
  static train(samples: ReadonlyArray<{ text: string; label: string }>, classes: string[], config: LinearFeatureConfig, opts: LinearTrainOptions): LinearClassifier {
    const model = new LinearClassifier(classes, config);
    const { rows, size } = model;
    const w = new Float32Array(rows * size), u = new Float32Array(rows * size);
    const b = new Float64Array(rows), ub = new Float64Array(rows);
    const feats = samples.map((s) => featurize(s.text, config));
    const ys = samples.map((s) => {
      const k = classes.indexOf(s.label);
      if (k < 0) throw new Error(`linear classifier: sample label "${s.label}" is not a class`);
      return k;
    });
    const cw = classes.map((c) => opts.classWeights?.[c] ?? 1);
    const rand = seededRandom(opts.seed);
    const order = samples.map((_, i) => i);
    let t = 1;
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
      for (const idx of order) {
        const f = feats[idx]!, y = ys[idx]!;
        const lr = opts.learningRate / (1 + opts.decay * t);
        const norm = f.length ? 1 / Math.sqrt(f.length) : 0;
        const probs = model.toProbs(model.margins(f, f.length, w, b));
        for (let r = 0; r < rows; r++) {
          // gradient of the log loss for row r: (p - target), the class weight scaling it
          const k = rows === 1 ? 1 : r;
          const g = (probs[k]! - (y === k ? 1 : 0)) * cw[y]!;
          const off = r * size;
          const step = lr * g * norm;
          for (let i = 0; i < f.length; i++) {
            const j = off + f[i]!;
            const d = -(step + lr * opts.l2 * w[j]!);
            w[j] = w[j]! + d; u[j] = u[j]! + t * d;
          }
          const db = -lr * g;
          b[r] = b[r]! + db; ub[r] = ub[r]! + t * db;
        }
        t++;
      }
    }
    for (let j = 0; j < w.length; j++) model.weights[j] = w[j]! - u[j]! / t;
    for (let r = 0; r < rows; r++) model.bias[r] = b[r]! - ub[r]! / t;
    return model;
  }

  serialize(info?: Record<string, unknown>): SerializedLinearModel {
    let max = 0;
    for (let j = 0; j < this.weights.length; j++) max = Math.max(max, Math.abs(this.weights[j]!));
    const scale = max > 0 ? max / 32767 : 1;
    const q = new Int16Array(this.weights.length);
    for (let j = 0; j < q.length; j++) q[j] = Math.round(this.weights[j]! / scale);
    const bytes = Buffer.from(q.buffer, q.byteOffset, q.byteLength); // little-endian on every supported platform
    const facts = info ?? this.info;
    return {
      format: 'whosaid-linear', version: 1, classes: [...this.classes], config: { ...this.config }, scale,
      weights: bytes.toString('base64'), bias: [...this.bias], ...(Object.keys(facts).length ? { info: facts } : {}),
    };
  }

  static deserialize(m: SerializedLinearModel): LinearClassifier {
    if (m.format !== 'whosaid-linear' || m.version !== 1) throw new Error('linear classifier: not a whosaid-linear v1 model');
    const bytes = Buffer.from(m.weights, 'base64');
    const q = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const w = new Float32Array(q.length);
    for (let j = 0; j < q.length; j++) w[j] = q[j]! * m.scale;
    const model = new LinearClassifier(m.classes, m.config, w, m.bias);
    model.info = m.info ?? {};
    model.words = new WordSums(w, model.rows, model.size, exactSumLimit(w));
    return model;
  }

  /** Writes the model as gzipped JSON (deterministic bytes: fixed gzip header, no mtime). */
  save(path: string, info?: Record<string, unknown>): void {
    writeFileSync(path, gzipSync(JSON.stringify(this.serialize(info)), { level: 9 }));
  }

  static load(path: string): LinearClassifier {
    const raw = readFileSync(path);
    const json = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    return LinearClassifier.deserialize(JSON.parse(json) as SerializedLinearModel);
  }
}
