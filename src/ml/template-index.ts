import type { AveragedPerceptron } from './perceptron.js';

/** Weight vector of one feature (one weight per class). */
export type Weights = Float32Array | Float64Array;

const NONE: ReadonlyMap<string, Weights> = new Map();

/**
 * A model's "name=value" features filed as name -> value -> weights, so that
 * taggers look a feature up by its value string (whose hash V8 keeps on the
 * string) instead of building "name=value" and hashing it again: this is most
 * of the cost of summing a new word's weights. Template names hold no '=',
 * so splitting at the first '=' files each feature under its own name.
 */
export class TemplateIndex {
  private readonly byName = new Map<string, Map<string, Weights>>();

  constructor(model: AveragedPerceptron) {
    for (const [f, w] of model.weights) {
      const k = f.indexOf('=');
      if (k < 0) continue;
      const name = f.slice(0, k);
      let m = this.byName.get(name);
      if (!m) this.byName.set(name, (m = new Map()));
      m.set(f.slice(k + 1), w);
    }
  }

  /** value -> weights of the features named `name` (empty when the model has none). */
  template(name: string): ReadonlyMap<string, Weights> { return this.byName.get(name) ?? NONE; }
}

/** Adds `w` (if any) into `out` from `at`, one value per class. */
export function addWeightsAt(w: Weights | undefined, out: Float64Array | Float32Array, at: number, n: number): void {
  if (w === undefined) return;
  for (let c = 0; c < n; c++) out[at + c]! += w[c]!;
}
