/** Precision / recall / F1 counting, shared by every evaluation (spaCy-style: scoring is part of the library). */
export class PRF {
  tp = 0; fp = 0; fn = 0;
  add(tp: number, fp: number, fn: number): this { this.tp += tp; this.fp += fp; this.fn += fn; return this; }
  get precision(): number { return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0; }
  get recall(): number { return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0; }
  get f1(): number { const p = this.precision, r = this.recall; return p + r ? (2 * p * r) / (p + r) : 0; }
  toJSON() { return { p: round(this.precision), r: round(this.recall), f1: round(this.f1), tp: this.tp, fp: this.fp, fn: this.fn }; }
  toString(): string { return `P ${fmt(this.precision)}  R ${fmt(this.recall)}  F1 ${fmt(this.f1)}  (tp ${this.tp} fp ${this.fp} fn ${this.fn})`; }
}

/** Counts matches between two sets of keys (exact matching). */
export function matchKeys(gold: Iterable<string>, pred: Iterable<string>): [tp: number, fp: number, fn: number] {
  const g = new Map<string, number>();
  for (const k of gold) g.set(k, (g.get(k) ?? 0) + 1);
  let tp = 0, fp = 0;
  for (const k of pred) { const c = g.get(k) ?? 0; if (c > 0) { tp++; g.set(k, c - 1); } else fp++; }
  let fn = 0; for (const c of g.values()) fn += c;
  return [tp, fp, fn];
}

const round = (x: number) => Math.round(x * 10000) / 10000;
const fmt = (x: number) => x.toFixed(4);
