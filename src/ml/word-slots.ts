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
 */
export class WordSlots {
  /** Word -> slot. */
  private readonly slotOf = new Map<string, number>();
  /** Slots in use (reserved ones included). */
  private count: number;
  private capacity = 0;
  /** Set when a slot's word is met again (eviction keeps these). */
  private used = new Uint8Array(0);

  constructor(
    public maxWords: number,
    private readonly reserved: number,
    private readonly resize: (capacity: number) => void,
    private readonly move: (from: number, to: number) => void,
  ) {
    this.count = reserved;
  }

  /** The slot of `w` when cached (>= 0, marked as met again); otherwise the new slot k given to it, as -(k + 1): the caller fills it. */
  find(w: string): number {
    const k = this.slotOf.get(w);
    if (k !== undefined) { this.used[k] = 1; return k; }
    const next = this.count++;
    this.slotOf.set(w, next);
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
    this.capacity = cap;
    this.resize(cap);
  }

  /**
   * Keeps the words met again since the last eviction (up to three quarters
   * of the slots, moved to the front in their order, after the reserved
   * slots) and forgets the others. Slots were given in the Map's order, so
   * each kept slot moves down (or stays).
   */
  private evict(): void {
    const limit = this.capacity - (this.capacity >> 2), used = this.used;
    let next = this.reserved;
    for (const [w, k] of this.slotOf) {
      if (!used[k] || next >= limit) { this.slotOf.delete(w); continue; }
      if (k !== next) { this.move(k, next); this.slotOf.set(w, next); }
      next++;
    }
    used.fill(0);
    this.count = next;
  }
}
