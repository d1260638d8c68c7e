import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { modelPath } from '../../ml/model-file.js';

/**
 * Averaged perceptron over hashed integer features (the hashing trick): a
 * feature is a 32-bit hash of its template and values, folded into a table of
 * 2^bits rows, so scoring is array indexing with no strings built at run time
 * (this is what keeps the attribution stage fast enough for the pipeline's
 * speed budget). Averaging uses the w - u/step trick.
 */
export class HashedPerceptron {
  readonly labels: readonly string[];
  readonly bits: number;
  readonly mask: number;
  readonly nLabels: number;
  /** Float weights while training; a loaded model keeps its 16-bit quantized integers of the used rows only (packed, see `rank`: less memory traffic when scoring, same sums). */
  readonly w: Float32Array | Int16Array;
  private u: Float64Array | null;
  private step = 1;
  /** Quantization scale of a loaded model (weight units per integer step inverse): 1 while training. */
  scale = 1;

  /** `packedRows`: a loaded model's table holds only that many rows (see `rank`). */
  constructor(labels: readonly string[], bits: number, training = false, quantized = false, packedRows = 1 << bits) {
    this.labels = labels; this.bits = bits; this.mask = (1 << bits) - 1; this.nLabels = labels.length;
    this.w = quantized ? new Int16Array(packedRows * labels.length) : new Float32Array((1 << bits) * labels.length);
    this.u = training ? new Float64Array((1 << bits) * labels.length) : null;
  }

  /**
   * Compact layout of a loaded model: only ~10% of the 2^bits rows hold a
   * weight, scattered, so reading the full table missed the cache on most
   * features. The used rows' weights are packed in row order (`w`), and
   * `rank` holds per 32-row block the bitmap word and the number of used
   * rows before the block (interleaved, so one lookup touches one cache
   * line): a row's packed index is that count plus the popcount of the lower
   * bits. Bitmap, counts and packed weights stay around 1 MB.
   */
  private rank: Int32Array | null = null;

  score(feats: Int32Array, n: number, out: Float64Array): Float64Array {
    out.fill(0);
    return this.accumulate(feats, n, out);
  }

  /** Adds the weights of the features to `out` (the sums are integers on a loaded model, so the order of additions never changes them). */
  accumulate(feats: Int32Array, n: number, out: Float64Array): Float64Array {
    const L = this.nLabels, w = this.w, mask = this.mask, rank = this.rank;
    if (rank === null) {
      for (let i = 0; i < n; i++) {
        const base = (feats[i]! & mask) * L;
        for (let k = 0; k < L; k++) out[k] += w[base + k]!;
      }
      return out;
    }
    for (let i = 0; i < n; i++) {
      const row = feats[i]! & mask;
      const at = (row >>> 5) << 1, bit = row & 31, word = rank[at]!;
      if (((word >>> bit) & 1) === 0) continue;
      const base = (rank[at + 1]! + popcount(word & ~(-1 << bit))) * L;
      for (let k = 0; k < L; k++) out[k] += w[base + k]!;
    }
    return out;
  }

  update(truth: number, guess: number, feats: Int32Array, n: number): void {
    if (truth === guess) return;
    const u = this.u;
    if (!u) throw new Error('HashedPerceptron: model is final');
    const L = this.nLabels, w = this.w, mask = this.mask, step = this.step;
    for (let i = 0; i < n; i++) {
      const base = (feats[i]! & mask) * L;
      w[base + truth] += 1; w[base + guess] -= 1;
      u[base + truth] += step; u[base + guess] -= step;
    }
  }

  /** Adds `delta` to the weights of `label` for the given features (structured updates, where the two sides have different features). */
  add(label: number, feats: Int32Array, n: number, delta: number): void {
    const u = this.u;
    if (!u) throw new Error('HashedPerceptron: model is final');
    const L = this.nLabels, w = this.w, mask = this.mask, sd = this.step * delta;
    for (let i = 0; i < n; i++) {
      const at = (feats[i]! & mask) * L + label;
      w[at] += delta; u[at] += sd;
    }
  }

  tick(): void { this.step++; }

  /** Averages the weights; rows whose largest weight is below `minAbs` are zeroed (smaller file). */
  finalize(minAbs = 0): number {
    const u = this.u;
    if (!u) return 0;
    const w = this.w;
    for (let i = 0; i < w.length; i++) w[i] = w[i]! - u[i]! / this.step;
    this.u = null;
    return this.prune(minAbs);
  }

  /** Zeroes the rows whose largest weight is below `minAbs` (smaller file); returns the rows left. For a final (averaged) model. */
  prune(minAbs: number): number {
    if (this.u) throw new Error('HashedPerceptron: finalize before pruning');
    const L = this.nLabels, w = this.w;
    let rows = 0;
    for (let r = 0; r < w.length; r += L) {
      let max = 0;
      for (let k = 0; k < L; k++) max = Math.max(max, Math.abs(w[r + k]!));
      if (max < minAbs) for (let k = 0; k < L; k++) w[r + k] = 0; else if (max > 0) rows++;
    }
    return rows;
  }

  /** The weight-by-weight mean of final models with the same labels and size (a "model soup"); one model is returned as is. */
  static average(models: readonly HashedPerceptron[]): HashedPerceptron {
    if (models.length === 1) return models[0]!;
    const first = models[0]!;
    const out = new HashedPerceptron(first.labels, first.bits);
    for (const m of models) if (m.u || m.rank || m.bits !== first.bits || m.nLabels !== first.nLabels) throw new Error('HashedPerceptron.average: models must be final, unpacked and alike');
    const w = out.w;
    for (let i = 0; i < w.length; i++) {
      let sum = 0;
      for (const m of models) sum += m.w[i]!;
      w[i] = sum / models.length;
    }
    return out;
  }

  /** gzipped JSON: labels, bits, scale, delta-coded row indexes and 16-bit quantized weights. */
  serialize(): Buffer {
    if (this.rank !== null) throw new Error('HashedPerceptron: a loaded model is packed, serialize the trained one');
    const L = this.nLabels, w = this.w;
    let max = 0;
    for (const x of w) max = Math.max(max, Math.abs(x));
    const scale = max > 0 ? 32767 / max : 1;
    const rows: number[] = [], q: number[] = [];
    let last = 0;
    for (let r = 0; r < w.length / L; r++) {
      let any = false;
      const vals: number[] = [];
      for (let k = 0; k < L; k++) { const v = Math.round(w[r * L + k]! * scale); vals.push(v); if (v) any = true; }
      if (!any) continue;
      rows.push(r - last); last = r;
      q.push(...vals);
    }
    return gzipSync(JSON.stringify({ format: 'whosaid-hashed-perceptron', version: 1, labels: this.labels, bits: this.bits, scale, rows, q }), { level: 9 });
  }

  static deserialize(bytes: Buffer): HashedPerceptron {
    const j = JSON.parse(gunzipSync(bytes).toString('utf8')) as { labels: string[]; bits: number; scale: number; rows: number[]; q: number[] };
    const L = j.labels.length;
    // the file's rows are delta-coded in increasing order, so the packed weights are already in rank order
    const p = new HashedPerceptron(j.labels, j.bits, false, true, j.rows.length);
    p.scale = j.scale;
    for (let i = 0; i < j.rows.length * L; i++) p.w[i] = j.q[i]!;
    const rank = new Int32Array(Math.ceil((1 << j.bits) / 32) * 2);
    let r = 0;
    for (let i = 0; i < j.rows.length; i++) {
      r += j.rows[i]!;
      rank[(r >>> 5) << 1] |= 1 << (r & 31);
    }
    let before = 0;
    for (let b = 0; b < rank.length; b += 2) { rank[b + 1] = before; before += popcount(rank[b]!); }
    p.rank = rank;
    return p;
  }
}

/**
 * The summed weights of small groups of features, kept per key of each
 * group's values, for one model. Decoding asks for the same small
 * combinations (a token's side and distance to the cue, what lies between,
 * the tags around it...) over and over: scoring each once saves most of the
 * lookups. A loaded model's sums are integers, so kept sums never change a
 * score. All the groups of a decoder live in one table and are read in one
 * call per token (`addAll`): one call site keeps the reads inlined where a
 * call per group did not.
 */
export class KeptGroups {
  /**
   * Per key of each group (from its offset): its L sums, the first plus
   * KEPT_BIAS, 0 until they are kept (no stamp beside them: a fifth less to
   * read for five labels, more keys per cache line; and a table of zeros,
   * whose pages the system maps only once a key on them is kept).
   */
  private readonly data: Int32Array;
  private readonly offset: Int32Array;
  private readonly L: number;
  private readonly scratch: Float64Array;
  /** `keyCounts[g]`: group g's keys are 0 .. keyCounts[g] - 1 (at most 31 groups, of at most GROUP_MAX_FEATURES features). */
  constructor(readonly model: HashedPerceptron, keyCounts: readonly number[]) {
    if (!(model.w instanceof Int16Array)) throw new Error('KeptGroups: for a loaded model (integer weights)');
    if (keyCounts.length > 31) throw new Error('KeptGroups: at most 31 groups');
    this.L = model.nLabels;
    this.offset = new Int32Array(keyCounts.length);
    let keys = 0;
    keyCounts.forEach((n, g) => { this.offset[g] = keys; keys += n; });
    this.data = new Int32Array(keys * this.L);
    this.scratch = new Float64Array(this.L);
  }

  /**
   * Adds to `sc` the kept sums of key `keys[g]` of each group g (a negative
   * key leaves the group out); returns the groups (bit g) whose key is not
   * kept yet: score each with `keep`.
   */
  addAll(keys: Int32Array, sc: Float64Array): number {
    const d = this.data, L = this.L, offset = this.offset;
    let missed = 0;
    for (let g = 0; g < offset.length; g++) {
      const key = keys[g]!;
      if (key < 0) continue;
      const o = (offset[g]! + key) * L;
      if (d[o] === 0) { missed |= 1 << g; continue; }
      for (let k = 0; k < L; k++) sc[k] += d[o + k]!;
      sc[0] -= KEPT_BIAS;
    }
    return missed;
  }

  /** Scores group g's `n` features in `feats` (at most GROUP_MAX_FEATURES) as the sums of `key`, keeps them and adds them to `sc`. */
  keep(g: number, key: number, feats: Int32Array, n: number, sc: Float64Array): void {
    if (n > GROUP_MAX_FEATURES) throw new Error('KeptGroups: too many features in a group');
    const d = this.data, L = this.L, o = (this.offset[g]! + key) * L, sums = this.model.score(feats, n, this.scratch);
    for (let k = 0; k < L; k++) { d[o + k] = sums[k]!; sc[k] += sums[k]!; }
    d[o] += KEPT_BIAS;
  }
}
/**
 * Features of one kept group at most: their sum on a loaded model (16-bit
 * weights) stays within +-GROUP_MAX_FEATURES * 32768, so the first sum plus
 * KEPT_BIAS is never 0 and stays a 32-bit integer.
 */
export const GROUP_MAX_FEATURES = 64;
/** Added to a kept key's first sum: 0 marks a key not kept yet. */
const KEPT_BIAS = 0x40000000;

/** The lowest group (bit) of a non-zero mask of groups. */
export function lowestGroup(mask: number): number { return 31 - Math.clz32(mask & -mask); }

/**
 * What is kept per model (kept sums, word tables, padding rows), made by
 * `make` on the model's first use. The maker is given once, at module level:
 * a lookup allocates nothing (a closure per call was per scored candidate).
 */
export class PerModel<T> {
  private readonly cache = new WeakMap<HashedPerceptron, T>();
  constructor(private readonly make: (model: HashedPerceptron) => T) {}
  get(model: HashedPerceptron): T {
    let x = this.cache.get(model);
    if (x === undefined) this.cache.set(model, (x = this.make(model)));
    return x;
  }
}

const optionalModels = new Map<string, HashedPerceptron | null>();
/**
 * A model file under models/ (`file`), loaded once; null when it is missing,
 * and the caller keeps what it had (the rankers keep the tagger's spans).
 * A file that is there but cannot be read is an error, with its path: a
 * damaged install must not quietly give poorer records.
 */
export function loadOptionalModel(file: string): HashedPerceptron | null {
  let m = optionalModels.get(file);
  if (m === undefined) {
    let path: string | null = null;
    try { path = modelPath(file, import.meta.url); } catch { /* not shipped: optional */ }
    if (path) {
      try { m = HashedPerceptron.deserialize(readFileSync(path)); } catch (e) { throw new Error(`model file ${path} could not be read (${(e as Error).message}); reinstall the package or retrain it (npm run train)`); }
    } else m = null;
    optionalModels.set(file, m);
  }
  return m;
}

/** Number of set bits of a 32-bit integer. */
function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
