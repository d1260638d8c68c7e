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
  fz.text = text;
  fz.mask = (1 << cfg.bits) - 1;
  fz.n = Math.min(cfg.wordNgrams, MAX_NGRAM);
  fz.lo = cfg.charNgrams?.[0] ?? 0;
  fz.hi = cfg.charNgrams?.[1] ?? 0;
  fz.history.length = 0;
  fz.history.push(START_MARK);
  fz.count = 0;
  scanTokens(text, featurizeToken);
  ngramsEndingWith(END_MARK);
  fz.text = '';
  return fz.count;
}

/** State of the featurizeInto call in progress. `history` holds the last n-1 word hashes, most recent last. */
const fz = { text: '', mask: 0, n: 0, lo: 0, hi: 0, history: [] as number[], count: 0 };

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

function featurizeToken(a: number, b: number): void {
  const text = fz.text, mask = fz.mask, lo = fz.lo, hi = fz.hi;
  // each character folded once, for the word hash and for every character n-gram holding it
  const len = b - a + 2;
  if (len > window.length) window = new Int32Array(2 * len);
  const win = window;
  win[0] = 32; win[len - 1] = 32;
  let h = SEED_WORD;
  for (let k = a; k < b; k++) { const c = foldChar(text.charCodeAt(k)); win[k - a + 1] = c; h = mix(h, c); }
  if (fz.n >= 1) pushFeature(mix(mix(SEED_WORD, 1), h) & mask);
  ngramsEndingWith(h);
  if (hi > 0) {
    for (let i = 0; i < len; i++) {
      let g = SEED_CHAR;
      for (let n = 1; n <= hi && i + n <= len; n++) {
        g = mix(g, win[i + n - 1]!);
        if (n >= lo) pushFeature(mix(g, n) & mask);
      }
    }
  }
}

/**
 * Summed scoring (LinearClassifier.probabilities with exact sums): per word, the summed weights of
 * its own features (its unigram and character n-grams) and their count are kept in a WordSums
 * cache, so a word met before costs one probe instead of a weight read per character n-gram; the
 * word n-grams are summed as they come. State of the call in progress (as fz).
 */
const sz = { text: '', mask: 0, n: 0, lo: 0, hi: 0, history: [] as number[], sum: 0, count: 0, weights: new Float32Array(0) as Float32Array, cache: null as WordSums | null };

function sumToken(a: number, b: number): void {
  const text = sz.text, cache = sz.cache!;
  // the word's key: its feature hash and the feature table's lane B (two words sharing a key: a chance of about 10^-15 per lookup)
  let h = SEED_WORD, h2 = VALUE_SEED_B;
  for (let k = a; k < b; k++) { const c = foldChar(text.charCodeAt(k)); h = mix(h, c); h2 = hashCharB(c, h2); }
  let at = cache.find(h | 0, h2);
  if (at < 0) {
    // the word's own features as featurizeToken makes them, summed
    const w = sz.weights, mask = sz.mask, lo = sz.lo, hi = sz.hi, len = b - a + 2;
    let sum = 0, count = 0;
    if (sz.n >= 1) { sum += w[mix(mix(SEED_WORD, 1), h) & mask]!; count++; }
    if (hi > 0) {
      if (len > window.length) window = new Int32Array(2 * len);
      const win = window;
      win[0] = 32; win[len - 1] = 32;
      for (let k = a; k < b; k++) win[k - a + 1] = foldChar(text.charCodeAt(k));
      for (let i = 0; i < len; i++) {
        let g = SEED_CHAR;
        for (let n = 1; n <= hi && i + n <= len; n++) {
          g = mix(g, win[i + n - 1]!);
          if (n >= lo) { sum += w[mix(g, n) & mask]!; count++; }
        }
      }
    }
    at = cache.add(h | 0, h2, sum, count);
  }
  sz.sum += cache.sum(at);
  sz.count += cache.count(at);
  sumNgramsEndingWith(h);
}

/** ngramsEndingWith, summing the weights. */
function sumNgramsEndingWith(h: number): void {
  const history = sz.history, N = sz.n, w = sz.weights;
  for (let len = 2; len <= N && len - 1 <= history.length; len++) {
    let g = mix(SEED_WORD, len);
    for (let k = history.length - (len - 1); k < history.length; k++) g = mix(g, history[k]!);
    sz.sum += w[mix(g, h) & sz.mask]!;
    sz.count++;
  }
  history.push(h);
  if (history.length > Math.max(N - 1, 1)) history.shift();
}

/** Words kept by a WordSums cache before it is emptied. */
const WORD_SUMS_MAX = 1 << 14;

/**
 * Per word (by its two-lane key), the summed weights of its own features and their count: open
 * addressing, emptied when full. An entry is 24 bytes of one buffer (key lanes, count, a used mark,
 * then the sum as a double), so that a probe reads one cache line.
 */
export class WordSums {
  /** Per entry: ints 6e .. 6e + 3 (key lane A, key lane B, count, 1 when used); the sum is double 3e + 2. */
  private readonly ints: Int32Array;
  private readonly doubles: Float64Array;
  private readonly mask: number;
  private size = 0;

  constructor(readonly maxWords = WORD_SUMS_MAX) {
    let slots = 16;
    while (slots < 2 * maxWords) slots *= 2;
    const buffer = new ArrayBuffer(24 * slots);
    this.ints = new Int32Array(buffer); this.doubles = new Float64Array(buffer);
    this.mask = slots - 1;
  }

  /** The entry of the word with key (a, b), or -1. */
  find(a: number, b: number): number {
    const ints = this.ints, mask = this.mask;
    for (let at = (Math.imul(a ^ (a >>> 16), 0x85ebca6b) >>> 0) & mask; ints[6 * at + 3] !== 0; at = (at + 1) & mask) {
      if (ints[6 * at] === a && ints[6 * at + 1] === b) return at;
    }
    return -1;
  }

  /** Keeps a word (not kept yet) and returns its entry; a full cache is emptied first. */
  add(a: number, b: number, sum: number, count: number): number {
    if (this.size >= this.maxWords) { this.ints.fill(0); this.size = 0; }
    const ints = this.ints, mask = this.mask;
    let at = (Math.imul(a ^ (a >>> 16), 0x85ebca6b) >>> 0) & mask;
    while (ints[6 * at + 3] !== 0) at = (at + 1) & mask;
    ints[6 * at] = a; ints[6 * at + 1] = b; ints[6 * at + 2] = count; ints[6 * at + 3] = 1;
    this.doubles[3 * at + 2] = sum;
    this.size++;
    return at;
  }

  /** The summed weights of entry `at`'s word. */
  sum(at: number): number { return this.doubles[3 * at + 2]!; }
  /** The number of features of entry `at`'s word. */
  count(at: number): number { return this.ints[6 * at + 2]!; }
}

/**
 * Features of a sentence past which the summed scoring is not used: below it, any sum of the
 * weights of a model whose weights span at most 2^15 (a quantized model) is exact in float64,
 * whatever the order (see LinearClassifier.exactSums).
 */
const EXACT_SUM_MAX_FEATURES = 1 << 14;

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

  /** Probability of each class, in `classes` order. */
  probabilities(text: string): number[] {
    if (this.rows === 1 && this.exactSums()) {
      // the summed scoring: the same margin (exact sums), the words' own features from the cache
      const c = this.config;
      sz.text = text; sz.mask = (1 << c.bits) - 1; sz.n = Math.min(c.wordNgrams, MAX_NGRAM);
      sz.lo = c.charNgrams?.[0] ?? 0; sz.hi = c.charNgrams?.[1] ?? 0;
      sz.history.length = 0; sz.history.push(START_MARK);
      sz.sum = 0; sz.count = 0; sz.weights = this.weights; sz.cache = (this.wordSums ??= new WordSums());
      scanTokens(text, sumToken);
      sumNgramsEndingWith(END_MARK);
      sz.text = '';
      const n = sz.count;
      if (n < EXACT_SUM_MAX_FEATURES) return this.toProbs([sz.sum * (n ? 1 / Math.sqrt(n) : 0) + this.bias[0]!]);
    }
    const n = featurizeInto(text, this.config);
    return this.toProbs(this.margins(featureBuffer, n, this.weights, this.bias));
  }

  /** The per-word cache of the summed scoring (made on first use; tests may set a small one). */
  wordSums: WordSums | null = null;
  private exact: boolean | null = null;
  /**
   * Whether every sum of fewer than EXACT_SUM_MAX_FEATURES weights is exact in float64 (so the order of
   * summing never changes a margin): the weights are float32, each an integer multiple of the unit of
   * the smallest one's exponent; when the largest is less than 2^15 times the smallest (as in a model
   * quantized to 16 bits), each is below 2^39 such units, and 2^14 of them sum below 2^53.
   */
  private exactSums(): boolean {
    if (this.exact === null) {
      let max = 0, min = Infinity;
      for (let j = 0; j < this.weights.length; j++) {
        const a = Math.abs(this.weights[j]!);
        if (a > max) max = a;
        if (a > 0 && a < min) min = a;
      }
      this.exact = max === 0 || max < min * 32768;
    }
    return this.exact;
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
