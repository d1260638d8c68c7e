/**
 * A map from non-negative 31-bit integer keys to integers, in two typed
 * arrays with open addressing (linear probing, at most half full): the
 * taggers' small caches of feature-table rows by id combination, looked up
 * at every token, where a Map of numbers costs a hash and a probe through
 * heap objects. Grows by doubling; `clear` empties it.
 */
export class IntMap {
  /** key + 1 per slot (0: free). */
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(initialSlots = 1024) {
    let size = 16;
    while (size < initialSlots) size *= 2;
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number { return this.count; }

  /** The value of `key` (0 <= key < 2^31 - 1), or `missing`. */
  get(key: number, missing: number): number {
    const keys = this.keys, mask = this.mask, k = key + 1;
    for (let at = spread(key) & mask; ; at = (at + 1) & mask) {
      const s = keys[at]!;
      if (s === k) return this.values[at]!;
      if (s === 0) return missing;
    }
  }

  set(key: number, value: number): void {
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    const keys = this.keys, mask = this.mask, k = key + 1;
    for (let at = spread(key) & mask; ; at = (at + 1) & mask) {
      const s = keys[at]!;
      if (s === k) { this.values[at] = value; return; }
      if (s === 0) { keys[at] = k; this.values[at] = value; this.count++; return; }
    }
  }

  clear(): void {
    this.keys.fill(0);
    this.count = 0;
  }

  private grow(): void {
    const oldKeys = this.keys, oldValues = this.values;
    const size = 2 * oldKeys.length;
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    this.count = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== 0) this.set(oldKeys[i]! - 1, oldValues[i]!);
  }
}

/** Murmur3's finalizer: neighbouring keys land far apart. */
function spread(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
