import { gunzipSync, gzipSync } from 'node:zlib';

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
  /** Float weights while training; a loaded model keeps its 16-bit quantized integers (half the memory traffic when scoring, same sums). */
  readonly w: Float32Array | Int16Array;
  private u: Float64Array | null;
  private step = 1;
  /** Quantization scale of a loaded model (weight units per integer step inverse): 1 while training. */
  scale = 1;

  constructor(labels: readonly string[], bits: number, training = false, quantized = false) {
    this.labels = labels; this.bits = bits; this.mask = (1 << bits) - 1; this.nLabels = labels.length;
    this.w = quantized ? new Int16Array((1 << bits) * labels.length) : new Float32Array((1 << bits) * labels.length);
    this.u = training ? new Float64Array((1 << bits) * labels.length) : null;
  }

  /**
   * Bit per row, set when the row holds a weight (loaded models only): a
   * feature on an empty row (unseen in training) then costs no read of the
   * large table, only of the bitmap (128 KB for 2^20 rows, stays in cache).
   */
  private used: Uint8Array | null = null;

  score(feats: Int32Array, n: number, out: Float64Array): Float64Array {
    const L = this.nLabels, w = this.w, mask = this.mask, used = this.used;
    out.fill(0);
    for (let i = 0; i < n; i++) {
      const row = feats[i]! & mask;
      if (used !== null && (used[row >>> 3]! & (1 << (row & 7))) === 0) continue;
      const base = row * L;
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
    const L = this.nLabels, w = this.w;
    let rows = 0;
    for (let r = 0; r < w.length; r += L) {
      let max = 0;
      for (let k = 0; k < L; k++) { w[r + k] = w[r + k]! - u[r + k]! / this.step; max = Math.max(max, Math.abs(w[r + k]!)); }
      if (max < minAbs) for (let k = 0; k < L; k++) w[r + k] = 0; else if (max > 0) rows++;
    }
    this.u = null;
    return rows;
  }

  /** gzipped JSON: labels, bits, scale, delta-coded row indexes and 16-bit quantized weights. */
  serialize(): Buffer {
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
    const p = new HashedPerceptron(j.labels, j.bits, false, true);
    p.scale = j.scale;
    const L = j.labels.length;
    let r = 0;
    const used = new Uint8Array(Math.ceil((1 << j.bits) / 8));
    for (let i = 0; i < j.rows.length; i++) {
      r += j.rows[i]!;
      for (let k = 0; k < L; k++) p.w[r * L + k] = j.q[i * L + k]!;
      used[r >>> 3] |= 1 << (r & 7);
    }
    p.used = used;
    return p;
  }
}
