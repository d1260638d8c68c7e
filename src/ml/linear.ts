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

/** Default features: unigrams + bigrams + character 3-5-grams over 2^20 buckets. */
export const DEFAULT_FEATURES: LinearFeatureConfig = { bits: 20, wordNgrams: 2, charNgrams: [3, 5] };

// Hash seeds keep the feature families apart in the shared bucket space.
const SEED_WORD = 0x811c9dc5;
const SEED_CHAR = 0x01000193;
const FNV_PRIME = 0x01000193;

function mix(h: number, x: number): number {
  return Math.imul(h ^ x, FNV_PRIME) >>> 0;
}

/** Lower-case word tokens; digits fold to '0' so "14,000" and "25,500" share a shape. */
export function linearTokens(text: string): string[] {
  const out: string[] = [];
  const re = /[A-Za-z\u00C0-\u024F]+(?:'[A-Za-z]+)?|\d+(?:[.,]\d+)*|[$%€£?!]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0];
    out.push(/^\d/.test(t) ? t.replace(/\d/g, '0') : t.toLowerCase());
  }
  return out;
}

function hashString(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return h;
}

/**
 * Feature bucket indices of a text (duplicates kept: they count twice).
 * Word n-grams hash the sequence of word hashes; character n-grams hash the
 * characters of " word " windows.
 */
export function featurize(text: string, cfg: LinearFeatureConfig): Uint32Array {
  const mask = (1 << cfg.bits) - 1;
  const words = linearTokens(text);
  const out: number[] = [];
  const wh = words.map((w) => hashString(w, SEED_WORD));
  const padded = [0x9e3779b9, ...wh, 0x7f4a7c15]; // sentence start / end marks
  for (let n = 1; n <= cfg.wordNgrams; n++) {
    const from = n === 1 ? 1 : 0, to = n === 1 ? padded.length - 1 : padded.length;
    for (let i = from; i + n <= to; i++) {
      let h = mix(SEED_WORD, n);
      for (let k = 0; k < n; k++) h = mix(h, padded[i + k]!);
      out.push(h & mask);
    }
  }
  if (cfg.charNgrams) {
    const [lo, hi] = cfg.charNgrams;
    for (const w of words) {
      const s = ` ${w} `;
      for (let i = 0; i < s.length; i++) {
        let h = SEED_CHAR;
        for (let n = 1; n <= hi && i + n <= s.length; n++) {
          h = mix(h, s.charCodeAt(i + n - 1));
          if (n >= lo) out.push(mix(h, n) & mask);
        }
      }
    }
  }
  return Uint32Array.from(out);
}

/** Deterministic PRNG (mulberry32) for shuffling. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
  private margins(feats: Uint32Array, w: Float32Array, b: ArrayLike<number>): number[] {
    const norm = feats.length ? 1 / Math.sqrt(feats.length) : 0;
    const out: number[] = [];
    for (let r = 0; r < this.rows; r++) {
      const off = r * this.size;
      let s = 0;
      for (let i = 0; i < feats.length; i++) s += w[off + feats[i]!]!;
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
    return this.toProbs(this.margins(featurize(text, this.config), this.weights, this.bias));
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
    const rand = prng(opts.seed);
    const order = samples.map((_, i) => i);
    let t = 1;
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
      for (const idx of order) {
        const f = feats[idx]!, y = ys[idx]!;
        const lr = opts.learningRate / (1 + opts.decay * t);
        const norm = f.length ? 1 / Math.sqrt(f.length) : 0;
        const probs = model.toProbs(model.margins(f, w, b));
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
    return {
      format: 'whosaid-linear', version: 1, classes: [...this.classes], config: { ...this.config }, scale,
      weights: bytes.toString('base64'), bias: [...this.bias], ...(info ?? Object.keys(this.info).length ? { info: info ?? this.info } : {}),
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
