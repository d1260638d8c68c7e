import type { AveragedPerceptron } from './perceptron.js';

/**
 * A loaded perceptron's string features ("name=value") as one open-addressing
 * hash table over 64-bit keys, with the weights of every feature in one flat
 * 16-bit array. Taggers hash a feature's parts (template, then the characters
 * of its value, continuing over composite values such as "tag word") instead
 * of building the string and looking it up in a Map: no string, array or
 * typed array is allocated per token, nothing is cached per word, and the
 * whole model is three typed arrays (a few MB, no per-feature objects).
 *
 * The key is two independent 32-bit hashes, so for the ~10^5 features of a
 * model a wrong match has a chance of about 10^-9 per lookup: the scores are
 * those of the string features. Weights are the model file's quantized
 * integers, so sums are exact whatever the order.
 */

// Two streaming character hashes with different multipliers (lane A is FNV-1a, lane B a shift-xor variant).
const SEED_A = 0x811c9dc5 | 0;
const SEED_B = 0x2545f491 | 0;
const MUL_A = 0x01000193;
const MUL_B = 0x5bd1e995;

/** Continues lane A of a value hash over s[from, to). */
export function hashA(s: string, from: number, to: number, h: number = SEED_A): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), MUL_A);
  return h;
}
/** Continues lane B of a value hash over s[from, to). */
export function hashB(s: string, from: number, to: number, h: number = SEED_B): number {
  for (let i = from; i < to; i++) { h = Math.imul(h ^ s.charCodeAt(i), MUL_B); h ^= h >>> 13; }
  return h;
}
/** Lane A / B of a value hash continued by one character code. */
export const hashCharA = (c: number, h: number): number => Math.imul(h ^ c, MUL_A);
export const hashCharB = (c: number, h: number): number => { h = Math.imul(h ^ c, MUL_B); return h ^ (h >>> 13); };
export const VALUE_SEED_A = SEED_A;
export const VALUE_SEED_B = SEED_B;

/** Murmur3's finalizer: spreads every input bit over the output. */
function fmix(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A feature template ("w", "s3", "t1l", ...) as the two numbers its keys are built from. */
export interface Template { readonly a: number; readonly b: number }
export function template(name: string): Template {
  return { a: fmix(hashA(name, 0, name.length) ^ 0x3c6ef372), b: fmix(hashB(name, 0, name.length) + 0x6a09e667) };
}

/** Table slots hold three ints: key lane A, key lane B, row start (EMPTY when free). */
const SLOT = 3;
const EMPTY = -1;
/** Bits of the presence bitmap per feature: about one lookup of an absent feature in eight reaches the table. */
const PRESENT_BITS_PER_FEATURE = 8;

export class FeatureTable {
  /** Number of classes: the length of a weight row. */
  readonly width: number;
  /** Row r's weights are weights[r .. r + width). */
  readonly weights: Int16Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  /**
   * One bit per key (lane B's low bits), set for every feature: most lookups
   * are of features the model does not have (unseen word pairs), and this
   * answers them from a bitmap that stays in cache instead of the table.
   */
  private readonly present: Int32Array;
  private readonly presentMask: number;

  private constructor(width: number, count: number) {
    this.width = width;
    this.weights = new Int16Array(count * width);
    // at most half full: short probe runs, misses stop early
    let size = 16;
    while (size < count * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * SLOT).fill(EMPTY);
    let bits = 1 << 10;
    while (bits < count * PRESENT_BITS_PER_FEATURE) bits *= 2;
    this.presentMask = bits - 1;
    this.present = new Int32Array(bits >>> 5);
  }

  /** Row start of the feature with value hashes (va, vb) under template t, or -1. */
  find(t: Template, va: number, vb: number): number {
    const kb = fmix(vb + t.b), bit = kb & this.presentMask;
    if ((this.present[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const ka = fmix(va ^ t.a);
    const slots = this.slots, mask = this.mask;
    for (let s = ka & mask; ; s = (s + 1) & mask) {
      const at = s * SLOT;
      const row = slots[at + 2]!;
      if (row === EMPTY) return -1;
      if (slots[at] === ka && slots[at + 1] === kb) return row;
    }
  }

  /** Row start of a feature given as its string ("name=value", or a bare name), or -1. */
  findFeature(feature: string): number {
    const k = feature.indexOf('=');
    const name = k < 0 ? feature : feature.slice(0, k);
    const from = k < 0 ? feature.length : k + 1;
    return this.find(template(name), hashA(feature, from, feature.length), hashB(feature, from, feature.length));
  }

  /** Adds row `row` (if >= 0) into `out`. */
  addRow(row: number, out: Float64Array): void {
    if (row < 0) return;
    const w = this.weights, n = this.width;
    for (let c = 0; c < n; c++) out[c] += w[row + c]!;
  }

  /** Summed weights of whole feature strings (for small caches of fixed combinations). */
  sumFeatures(features: readonly string[]): Float64Array {
    const out = new Float64Array(this.width);
    for (const f of features) this.addRow(this.findFeature(f), out);
    return out;
  }

  private insert(feature: string, row: number): void {
    const k = feature.indexOf('=');
    const name = k < 0 ? feature : feature.slice(0, k);
    const from = k < 0 ? feature.length : k + 1;
    const t = template(name);
    const ka = fmix(hashA(feature, from, feature.length) ^ t.a), kb = fmix(hashB(feature, from, feature.length) + t.b);
    const slots = this.slots, mask = this.mask;
    for (let s = ka & mask; ; s = (s + 1) & mask) {
      const at = s * SLOT;
      if (slots[at + 2] === EMPTY) {
        slots[at] = ka; slots[at + 1] = kb; slots[at + 2] = row;
        const bit = kb & this.presentMask;
        this.present[bit >>> 5]! |= 1 << (bit & 31);
        return;
      }
      if (slots[at] === ka && slots[at + 1] === kb) throw new Error(`feature table: 64-bit key collision on "${feature}"`);
    }
  }

  /**
   * From a model file's sparse quantized rows (features[i] has weights
   * [class, q, class, q, ...] in rows[i]), without building per-feature objects.
   */
  static fromSparse(width: number, features: readonly string[], rows: ReadonlyArray<readonly number[]>): FeatureTable {
    const t = new FeatureTable(width, features.length);
    for (let i = 0; i < features.length; i++) {
      const row = i * width, r = rows[i]!;
      for (let k = 0; k < r.length; k += 2) t.weights[row + r[k]!] = r[k + 1]!;
      t.insert(features[i]!, row);
    }
    return t;
  }

  /** From a model in memory, quantized as the model file would be (so it scores as the shipped model does). */
  static fromModel(model: AveragedPerceptron, quantMax: number): FeatureTable {
    let max = 0;
    for (const w of model.weights.values()) for (const x of w) max = Math.max(max, Math.abs(x));
    const scale = max > 0 ? quantMax / max : 1;
    const features: string[] = [], rows: number[][] = [];
    for (const [f, w] of model.weights) {
      const r: number[] = [];
      for (let c = 0; c < w.length; c++) { const q = Math.round(w[c]! * scale); if (q !== 0) r.push(c, q); }
      if (r.length) { features.push(f); rows.push(r); }
    }
    return FeatureTable.fromSparse(model.classes.length, features, rows);
  }
}

/**
 * Per word, the sides of two-part feature values ("name=first second") it takes in a model's
 * features, as bits: `sides` maps a template name to [bit for a first part, bit for a second
 * part] (0 when not wanted). A tagger keeps these bits per cached word and skips the lookups
 * of pairs that no feature can hold (most pairs with a rare word): the same scores, fewer
 * probes. A value with several spaces marks each split, so no feature is ever ruled out.
 */
export function valuePartBits(features: Iterable<string>, sides: ReadonlyMap<string, readonly [number, number]>): Map<string, number> {
  const bits = new Map<string, number>();
  const mark = (w: string, b: number) => { if (b) bits.set(w, (bits.get(w) ?? 0) | b); };
  // (templates matched by prefix: no string is made for the features of other templates)
  const wanted = [...sides].map(([name, side]) => ({ prefix: name + '=', side }));
  for (const f of features) {
    const t = wanted.find((x) => f.startsWith(x.prefix));
    if (t === undefined) continue;
    const eq = t.prefix.length - 1, side = t.side;
    for (let sp = f.indexOf(' ', eq + 1); sp >= 0; sp = f.indexOf(' ', sp + 1)) {
      mark(f.slice(eq + 1, sp), side[0]);
      mark(f.slice(sp + 1), side[1]);
    }
  }
  return bits;
}
