/**
 * Multi-class averaged perceptron over sparse string features (Collins 2002;
 * averaging with Daume's trick: keep w and u = sum(step * delta), the average
 * is w - u / step, so no per-weight timestamps are needed).
 *
 * Usage: `new AveragedPerceptron(classes)`; for each training example call
 * `predict`, then `update(truth, guess, features)` and `tick()`; after
 * training call `finalize()` (averages, drops training state). A loaded model
 * (see model-file.ts) is already final.
 */
export class AveragedPerceptron {
  readonly classes: readonly string[];
  readonly classIndex: ReadonlyMap<string, number>;
  /** feature -> weight per class. */
  readonly weights = new Map<string, Float32Array | Float64Array>();
  private sums: Map<string, Float64Array> | null = new Map();
  private step = 1;

  constructor(classes: readonly string[]) {
    this.classes = classes;
    this.classIndex = new Map(classes.map((c, i) => [c, i]));
  }

  /** Adds each feature's weights into `out` (one score per class). */
  score(features: readonly string[], out: Float64Array = new Float64Array(this.classes.length)): Float64Array {
    out.fill(0);
    return this.addScores(features, out);
  }

  /** Adds each feature's weights to `out` without clearing it first. */
  addScores(features: readonly string[], out: Float64Array): Float64Array {
    const n = out.length;
    for (const f of features) {
      const w = this.weights.get(f);
      if (w === undefined) continue;
      for (let c = 0; c < n; c++) out[c]! += w[c]!;
    }
    return out;
  }

  /** Index of the best class; ties go to the lower index (deterministic). */
  predict(features: readonly string[], scratch?: Float64Array): number {
    return argmax(this.score(features, scratch));
  }

  /** Perceptron update: truth gains, guess loses, on every feature. */
  update(truth: number, guess: number, features: readonly string[]): void {
    if (truth === guess) return;
    const sums = this.sums;
    if (!sums) throw new Error('AveragedPerceptron: model is final, cannot update');
    const n = this.classes.length;
    for (const f of features) {
      let w = this.weights.get(f);
      let u = sums.get(f);
      if (w === undefined || u === undefined) {
        w = new Float64Array(n); u = new Float64Array(n);
        this.weights.set(f, w); sums.set(f, u);
      }
      w[truth]! += 1; w[guess]! -= 1;
      u[truth]! += this.step; u[guess]! -= this.step;
    }
  }

  /** Advances the averaging clock: call once per training example. */
  tick(): void { this.step++; }

  /** Replaces weights by their averages and frees training state. */
  finalize(): void {
    const sums = this.sums;
    if (!sums) return;
    for (const [f, w] of this.weights) {
      const u = sums.get(f)!;
      const avg = new Float32Array(w.length);
      let any = false;
      for (let c = 0; c < w.length; c++) { avg[c] = w[c]! - u[c]! / this.step; if (avg[c] !== 0) any = true; }
      if (any) this.weights.set(f, avg); else this.weights.delete(f);
    }
    this.sums = null;
  }

  /** Drops features whose largest absolute weight is below `minAbs` (keeps models small). */
  prune(minAbs: number): number {
    let dropped = 0;
    for (const [f, w] of this.weights) {
      let max = 0;
      for (let c = 0; c < w.length; c++) max = Math.max(max, Math.abs(w[c]!));
      if (max < minAbs) { this.weights.delete(f); dropped++; }
    }
    return dropped;
  }
}

export function argmax(xs: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i]! > xs[best]!) best = i;
  return best;
}
