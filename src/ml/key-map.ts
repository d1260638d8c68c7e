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
  /** ENTRY ints per entry: key lane A, key lane B, value, 1 when used (one cache line per probe). */
  private entries: Int32Array;
  private mask: number;
  private count = 0;

  constructor(initialSlots = 1024) {
    let size = 16;
    while (size < initialSlots) size *= 2;
    this.entries = new Int32Array(ENTRY * size);
    this.mask = size - 1;
  }

  get size(): number { return this.count; }

  /** The value of the string with key lanes (a, b), or `missing`. */
  get(a: number, b: number, missing: number): number {
    const e = this.entries, mask = this.mask;
    for (let at = spread(a) & mask; e[ENTRY * at + 3] !== 0; at = (at + 1) & mask) {
      if (e[ENTRY * at] === a && e[ENTRY * at + 1] === b) return e[ENTRY * at + 2]!;
    }
    return missing;
  }

  /** Sets the value of the string with key lanes (a, b). */
  set(a: number, b: number, value: number): void {
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    const e = this.entries, mask = this.mask;
    let at = spread(a) & mask;
    for (; e[ENTRY * at + 3] !== 0; at = (at + 1) & mask) {
      if (e[ENTRY * at] === a && e[ENTRY * at + 1] === b) { e[ENTRY * at + 2] = value; return; }
    }
    e[ENTRY * at] = a; e[ENTRY * at + 1] = b; e[ENTRY * at + 2] = value; e[ENTRY * at + 3] = 1;
    this.count++;
  }

  /** The value of string s, or `missing`. */
  getString(s: string, missing: number): number { return this.get(keyA(s), keyB(s), missing); }
  /** Sets the value of string s. */
  setString(s: string, value: number): void { this.set(keyA(s), keyB(s), value); }

  /** Empties the map (keeping its size). */
  clear(): void {
    this.entries.fill(0);
    this.count = 0;
  }

  private grow(): void {
    const old = this.entries, size = 2 * (this.mask + 1);
    this.entries = new Int32Array(ENTRY * size);
    this.mask = size - 1;
    this.count = 0;
    for (let i = 0; i < old.length; i += ENTRY) if (old[i + 3] !== 0) this.set(old[i]!, old[i + 1]!, old[i + 2]!);
  }
}

/** Ints per KeyMap entry. */
const ENTRY = 4;

/** Lane A / B of a string's key (as WordSlots and the feature table's values hash it). */
export const keyA = (s: string): number => hashA(s, 0, s.length, VALUE_SEED_A);
export const keyB = (s: string): number => hashB(s, 0, s.length, VALUE_SEED_B);

/** Murmur3's finalizer, so that the table index uses every bit of the key. */
function spread(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
