import { hashA, hashB, VALUE_SEED_A, VALUE_SEED_B } from './feature-table.js';

/**
 * A document's word numbers (as tokenWords in src/segment gives them): ids[i] numbers token i's word among
 * `words`; with `keyA` and `keyB`, the key lanes of each word (KeyMap's keyA, keyB of words[k]), which the
 * word caches then take instead of hashing the word again.
 */
export interface DocWordIds { readonly ids: Int32Array; readonly words: readonly string[]; readonly keyA?: Int32Array; readonly keyB?: Int32Array }

/**
 * Slots of a per-word cache, shared by the taggers that keep per-word sums of
 * feature weights (POS, NER): words get slots in order of first sight; the
 * storage behind the slots (the caller's typed arrays) grows up to `maxWords`
 * slots, and past that the words not met again since the last eviction are
 * dropped, so frequent words stay cached and the long tail of rare ones
 * passes through, in bounded memory.
 *
 * The caller owns the storage: `resize(capacity)` must grow its arrays to
 * `capacity` slots (keeping their contents), `move(from, to)` must copy a
 * slot's data down during an eviction. Slots below `reserved` are the
 * caller's own (e.g. sentence padding): never given to a word, never moved.
 * `find` may only be called for words that `reserve` made room for.
 *
 * Words are found by a 64-bit key (the two value-hash lanes of the feature
 * table) in an open-addressing table of typed arrays rather than a Map: a
 * word costs one pass over its characters and a probe or two in arrays that
 * stay in cache, where a Map lookup of a string from a new document
 * compares it with a key string stored far away in the heap. With at most a
 * few 10^4 words cached, two words sharing a key has a chance of about 10^-15
 * per lookup, as for the feature table's keys.
 */
export class WordSlots {
  /** Slots in use (reserved ones included). */
  private count: number;
  private capacity = 0;
  /** Set when a slot's word is met again (eviction keeps these). */
  private used = new Uint8Array(0);
  /** The key (lanes A, B) of each slot's word. */
  private keyA = new Int32Array(0);
  private keyB = new Int32Array(0);
  /** Evictions so far (a caller keeping data by slot learns that slots were freed or moved). */
  evictions = 0;
  /** Open-addressing table: slot + 1 of the word whose key probes here first (0: free); at most half full. */
  private table = new Int32Array(0);
  private mask = 0;

  constructor(
    public maxWords: number,
    private readonly reserved: number,
    private readonly resize: (capacity: number) => void,
    private readonly move: (from: number, to: number) => void,
  ) {
    this.count = reserved;
  }

  /**
   * The slot of each word of the current document's word list (see tokenWords in src/segment), by the
   * word's number there, plus one (0: not looked up in this document yet): a word's later tokens in the
   * document find their slot by number, without hashing its characters again. Emptied by an eviction
   * (slots move) and when another document's list comes.
   */
  private docSlots = new Int32Array(0);
  private doc: DocWordIds | null = null;

  /**
   * As find(w), for the word numbered `id` in the document's word list `doc` (w is doc.words[id]): the
   * same slots, hits and misses, with the word hashed only at its first token in the document.
   */
  findInDoc(w: string, doc: DocWordIds, id: number): number {
    if (doc !== this.doc) {
      this.doc = doc;
      const words = doc.words.length;
      if (this.docSlots.length < words) this.docSlots = new Int32Array(Math.max(words, 2 * this.docSlots.length));
      else this.docSlots.fill(0);
    }
    const s = this.docSlots[id]!;
    if (s !== 0) { this.used[s - 1] = 1; return s - 1; }
    const keyA = doc.keyA, keyB = doc.keyB;
    const k = keyA !== undefined && keyB !== undefined ? this.findKey(keyA[id]!, keyB[id]!) : this.find(w);
    this.docSlots[id] = k >= 0 ? k + 1 : -k;
    return k;
  }

  /** The key lanes of the word last passed to find (as KeyMap's keyA, keyB): a caller filling a new slot looks the word up elsewhere with them. */
  lastKeyA = 0;
  lastKeyB = 0;

  /** The slot of `w` when cached (>= 0, marked as met again); otherwise the new slot k given to it, as -(k + 1): the caller fills it. */
  find(w: string): number {
    return this.findKey(hashA(w, 0, w.length, VALUE_SEED_A), hashB(w, 0, w.length, VALUE_SEED_B));
  }

  /** As find(w), for the word whose key lanes (KeyMap's keyA, keyB) are a and b. */
  findKey(a: number, b: number): number {
    this.lastKeyA = a; this.lastKeyB = b;
    const table = this.table, mask = this.mask, keyA = this.keyA, keyB = this.keyB;
    let at = spread(a) & mask;
    for (let s = table[at]!; s !== 0; s = table[at]!) {
      const k = s - 1;
      if (keyA[k] === a && keyB[k] === b) { this.used[k] = 1; return k; }
      at = (at + 1) & mask;
    }
    const next = this.count++;
    keyA[next] = a; keyB[next] = b;
    table[at] = next + 1;
    this.used[next] = 0;
    return -next - 1;
  }

  /** Makes room for `words` more slots: grows the storage up to `maxWords` slots (further only for one huge sentence), else evicts. */
  reserve(words: number): void {
    if (this.count + words <= this.capacity) return;
    if (this.capacity >= this.maxWords && words + this.reserved <= this.capacity >> 2) { this.evict(); return; }
    let cap = Math.max(Math.min(1024, this.maxWords), this.capacity);
    while (cap < this.count + words) cap *= 2;
    if (cap > this.maxWords && this.count + words <= this.maxWords) cap = this.maxWords;
    const used = new Uint8Array(cap); used.set(this.used); this.used = used;
    const keyA = new Int32Array(cap); keyA.set(this.keyA); this.keyA = keyA;
    const keyB = new Int32Array(cap); keyB.set(this.keyB); this.keyB = keyB;
    let size = 16;
    while (size < 2 * cap) size *= 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    this.rehash();
    this.capacity = cap;
    this.resize(cap);
  }

  /**
   * Keeps the words met again since the last eviction (up to three quarters
   * of the slots, moved to the front in their order, after the reserved
   * slots) and forgets the others. Slots are given in order, so each kept
   * slot moves down (or stays).
   */
  private evict(): void {
    const limit = this.capacity - (this.capacity >> 2), used = this.used, keyA = this.keyA, keyB = this.keyB;
    let next = this.reserved;
    for (let k = this.reserved; k < this.count; k++) {
      if (!used[k] || next >= limit) continue;
      if (k !== next) { this.move(k, next); keyA[next] = keyA[k]!; keyB[next] = keyB[k]!; }
      next++;
    }
    used.fill(0);
    this.count = next;
    this.evictions++;
    this.docSlots.fill(0);
    this.table.fill(0);
    this.rehash();
  }

  /** Enters the words of slots [reserved, count) into the (empty) table. */
  private rehash(): void {
    const table = this.table, mask = this.mask;
    for (let k = this.reserved; k < this.count; k++) {
      let at = spread(this.keyA[k]!) & mask;
      while (table[at] !== 0) at = (at + 1) & mask;
      table[at] = k + 1;
    }
  }
}

/** Murmur3's finalizer, so that the table index uses every bit of the key. */
function spread(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
