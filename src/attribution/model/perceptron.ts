/**
 * Averaged multiclass perceptron over string features (Collins 2002; the
 * averaging is done lazily with per-weight timestamps). Small, deterministic,
 * and fast enough to train on PolNeAR in a couple of minutes on one core.
 * (Written here because no shared src/ml existed when this model was built.)
 */
export interface PerceptronData { labels: string[]; weights: Record<string, number[]> }

export class AveragedPerceptron {
  readonly labels: string[];
  private readonly w = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private step = 0;

  constructor(labels: string[]) { this.labels = labels; }

  scores(feats: readonly string[]): Float64Array {
    const n = this.labels.length;
    const out = new Float64Array(n);
    for (const f of feats) {
      const w = this.w.get(f);
      if (w) for (let k = 0; k < n; k++) out[k] += w[k]!;
    }
    return out;
  }

  /** Best label index among `allowed` (all when omitted). */
  best(scores: Float64Array, allowed?: readonly number[]): number {
    let bi = -1, bv = -Infinity;
    if (allowed) { for (const k of allowed) if (scores[k]! > bv) { bv = scores[k]!; bi = k; } }
    else for (let k = 0; k < scores.length; k++) if (scores[k]! > bv) { bv = scores[k]!; bi = k; }
    return bi;
  }

  /** One training step: counts as one instance for averaging. */
  update(feats: readonly string[], gold: number, pred: number): void {
    this.step++;
    if (gold === pred) return;
    const n = this.labels.length;
    for (const f of feats) {
      let w = this.w.get(f);
      if (!w) { w = new Float64Array(n); this.w.set(f, w); this.totals.set(f, new Float64Array(n)); this.stamps.set(f, new Float64Array(n)); }
      const t = this.totals.get(f)!, s = this.stamps.get(f)!;
      for (const k of [gold, pred]) {
        t[k] += (this.step - s[k]!) * w[k]!;
        s[k] = this.step;
        w[k] += k === gold ? 1 : -1;
      }
    }
  }

  /** Replaces weights by their averages; drops weights whose magnitude is below `minAbs`. */
  average(minAbs = 0): void {
    const n = this.labels.length;
    for (const [f, w] of this.w) {
      const t = this.totals.get(f)!, s = this.stamps.get(f)!;
      let keep = false;
      for (let k = 0; k < n; k++) {
        const total = t[k]! + (this.step - s[k]!) * w[k]!;
        w[k] = this.step ? total / this.step : 0;
        if (Math.abs(w[k]!) >= minAbs) keep = true; else w[k] = 0;
      }
      if (!keep) this.w.delete(f);
    }
    this.totals.clear(); this.stamps.clear();
  }

  toJSON(decimals = 3): PerceptronData {
    const weights: Record<string, number[]> = {};
    const scale = 10 ** decimals;
    for (const f of [...this.w.keys()].sort()) weights[f] = [...this.w.get(f)!].map((x) => Math.round(x * scale) / scale);
    return { labels: this.labels, weights };
  }

  static fromJSON(data: PerceptronData): AveragedPerceptron {
    const p = new AveragedPerceptron(data.labels);
    for (const [f, w] of Object.entries(data.weights)) p.w.set(f, Float64Array.from(w));
    return p;
  }

  get size(): number { return this.w.size; }
}
