import { hashA, hashB, VALUE_SEED_A, VALUE_SEED_B } from './feature-table.js';

/**
 * A map from strings, given by their 64-bit key (the two value-hash lanes of the feature table,
 * `keyA(s)`, `keyB(s)`), to integers, in typed arrays with open addressing (linear probing, at most
 * half full). The taggers ask a fixed lexicon (word lists, a model's word bits) about each new word
 * with the lanes they already computed for it: no V8 string hash of a fresh string, no comparison
 * with a key string far away in the heap. Two strings sharing a key have a chance of about 10^-15
 * per lookup for a few 10^5 entries, as for the feature table's keys.
 */
export class KeyMap {
  /** Key lanes per slot; `full` marks the slots in use. */
  private keyA: Int32Array;
  private keyB: Int32Array;
  private full: Uint8Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(initialSlots = 1024) {
    let size = 16;
    while (size < initialSlots) size *= 2;
    this.keyA = new Int32Array(size);
    this.keyB = new Int32Array(size);
    this.full = new Uint8Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number { return this.count; }

  /** The value of the string with key lanes (a, b), or `missing`. */
  get(a: number, b: number, missing: number): number {
    const full = this.full, keyA = this.keyA, mask = this.mask;
    for (let at = spread(a) & mask; full[at] !== 0; at = (at + 1) & mask) {
      if (keyA[at] === a && this.keyB[at] === b) return this.values[at]!;
    }
    return missing;
  }

  /** Sets the value of the string with key lanes (a, b). */
  set(a: number, b: number, value: number): void {
    if (2 * (this.count + 1) > this.full.length) this.grow();
    const full = this.full, keyA = this.keyA, keyB = this.keyB, mask = this.mask;
    let at = spread(a) & mask;
    for (; full[at] !== 0; at = (at + 1) & mask) {
      if (keyA[at] === a && keyB[at] === b) { this.values[at] = value; return; }
    }
    full[at] = 1; keyA[at] = a; keyB[at] = b; this.values[at] = value;
    this.count++;
  }

  /** The value of string s, or `missing`. */
  getString(s: string, missing: number): number { return this.get(keyA(s), keyB(s), missing); }
  /** Sets the value of string s. */
  setString(s: string, value: number): void { this.set(keyA(s), keyB(s), value); }

  private grow(): void {
    const { keyA, keyB, full, values } = this;
    const size = 2 * full.length;
    this.keyA = new Int32Array(size);
    this.keyB = new Int32Array(size);
    this.full = new Uint8Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    this.count = 0;
    for (let i = 0; i < full.length; i++) if (full[i] !== 0) this.set(keyA[i]!, keyB[i]!, values[i]!);
  }
}

/** Lane A / B of a string's key (as WordSlots and the feature table's values hash it). */
export const keyA = (s: string): number => hashA(s, 0, s.length, VALUE_SEED_A);
export const keyB = (s: string): number => hashB(s, 0, s.length, VALUE_SEED_B);

/** Murmur3's finalizer, so that the table index uses every bit of the key. */
function spread(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
