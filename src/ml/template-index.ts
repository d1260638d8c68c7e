import type { AveragedPerceptron } from './perceptron.js';

/** Weight vector of one feature (one weight per class). */
export type Weights = Float32Array | Float64Array;

const NONE: ReadonlyMap<string, number> = new Map();

/**
 * A model's "name=value" features filed as name -> value -> row, so that
 * taggers look a feature up by its value string (whose hash V8 keeps on the
 * string) instead of building "name=value" and hashing it again: this is most
 * of the cost of summing a new word's weights. The rows are copied back to
 * back into one array, so reading a feature's weights is one memory access
 * rather than a chase through a typed-array object. Template names hold no
 * '=', so splitting at the first '=' files each feature under its own name.
 */
export class TemplateIndex {
  /** The weights of every filed feature, one row of `classes` values each; a row is given by its start. */
  readonly rows: Float32Array;
  private readonly byName = new Map<string, Map<string, number>>();

  constructor(model: AveragedPerceptron) {
    const n = model.classes.length;
    const filed: Weights[] = [];
    for (const [f, w] of model.weights) {
      const k = f.indexOf('=');
      if (k < 0) continue;
      const name = f.slice(0, k);
      let m = this.byName.get(name);
      if (!m) this.byName.set(name, (m = new Map()));
      m.set(f.slice(k + 1), filed.length * n);
      filed.push(w);
    }
    this.rows = new Float32Array(filed.length * n);
    filed.forEach((w, r) => this.rows.set(w, r * n));
  }

  /** value -> row start of the features named `name` (empty when the model has none). */
  template(name: string): ReadonlyMap<string, number> { return this.byName.get(name) ?? NONE; }
}

/** Adds `w` (if any) into `out` from `at`, one value per class. */
export function addWeightsAt(w: Weights | undefined, out: Float64Array | Float32Array, at: number, n: number): void {
  if (w === undefined) return;
  for (let c = 0; c < n; c++) out[at + c]! += w[c]!;
}

/** Adds the row of `rows` starting at `row` (if any) into `out` from `at`. */
export function addRowAt(rows: Float32Array, row: number | undefined, out: Float32Array, at: number, n: number): void {
  if (row === undefined) return;
  for (let c = 0; c < n; c++) out[at + c]! += rows[row + c]!;
}
