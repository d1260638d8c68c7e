import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordSlots } from '../../src/ml/word-slots.js';

/** The policy WordSlots implements, written plainly with a Map (insertion order is slot order). */
class ReferenceSlots {
  private readonly slotOf = new Map<string, number>();
  private count: number;
  private capacity = 0;
  private used: number[] = [];
  constructor(public maxWords: number, private readonly reserved: number, private readonly move: (from: number, to: number) => void) { this.count = reserved; }
  find(w: string): number {
    const k = this.slotOf.get(w);
    if (k !== undefined) { this.used[k] = 1; return k; }
    const next = this.count++;
    this.slotOf.set(w, next);
    this.used[next] = 0;
    return -next - 1;
  }
  reserve(words: number): void {
    if (this.count + words <= this.capacity) return;
    if (this.capacity >= this.maxWords && words + this.reserved <= this.capacity >> 2) {
      const limit = this.capacity - (this.capacity >> 2);
      let next = this.reserved;
      for (const [w, k] of this.slotOf) {
        if (!this.used[k] || next >= limit) { this.slotOf.delete(w); continue; }
        if (k !== next) { this.move(k, next); this.slotOf.set(w, next); }
        next++;
      }
      this.used = [];
      this.count = next;
      return;
    }
    let cap = Math.max(Math.min(1024, this.maxWords), this.capacity);
    while (cap < this.count + words) cap *= 2;
    if (cap > this.maxWords && this.count + words <= this.maxWords) cap = this.maxWords;
    this.capacity = cap;
  }
}

test('word slots: same slots, hits, evictions and moves as the plain Map policy', () => {
  for (const maxWords of [8, 64, 1024]) {
    const stored: string[] = [], refStored: string[] = [];
    const moves: string[] = [], refMoves: string[] = [];
    const slots = new WordSlots(maxWords, 2, () => {}, (from, to) => { moves.push(`${from}>${to}`); stored[to] = stored[from]!; });
    const ref = new ReferenceSlots(maxWords, 2, (from, to) => { refMoves.push(`${from}>${to}`); refStored[to] = refStored[from]!; });
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
    // frequent words and a long tail, as in text; words that differ by one character or by order
    const word = () => (next() % 2 === 0 ? ['the', 'eht', 'of', 'fo', 'a', ''][next() % 6]! : `w${next() % 3000}`);
    for (let s = 0; s < 2000; s++) {
      const len = 1 + (next() % (s % 97 === 0 ? 3 * maxWords : 12));
      slots.reserve(len); ref.reserve(len);
      for (let i = 0; i < len; i++) {
        const w = word();
        const got = slots.find(w), want = ref.find(w);
        assert.equal(got, want, `sentence ${s}, word "${w}"`);
        if (got >= 0) assert.equal(stored[got], w);
        else { stored[-got - 1] = w; refStored[-want - 1] = w; }
      }
    }
    assert.deepEqual(moves, refMoves);
    assert.ok(moves.length > 0 || maxWords === 1024, 'evictions happened');
  }
});

test('word slots: findInDoc (words by their number in the document) gives the slots, hits, evictions and moves of find', () => {
  for (const maxWords of [8, 64]) {
    const stored: string[] = [], refStored: string[] = [];
    const moves: string[] = [], refMoves: string[] = [];
    const slots = new WordSlots(maxWords, 2, () => {}, (from, to) => { moves.push(`${from}>${to}`); stored[to] = stored[from]!; });
    const ref = new ReferenceSlots(maxWords, 2, (from, to) => { refMoves.push(`${from}>${to}`); refStored[to] = refStored[from]!; });
    let seed = 23;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
    const word = () => (next() % 2 === 0 ? ['the', 'eht', 'of', 'a'][next() % 4]! : `w${next() % 500}`);
    for (let d = 0; d < 60; d++) {
      // a document: its sentences' words, numbered in order of first occurrence (as tokenWords)
      const sentences = Array.from({ length: 1 + (next() % 12) }, () => Array.from({ length: 1 + (next() % (d % 7 === 0 ? 2 * maxWords : 10)) }, word));
      const index = new Map<string, number>(), words: string[] = [];
      const ids = Int32Array.from(sentences.flat(), (w) => { let k = index.get(w); if (k === undefined) { index.set(w, (k = words.length)); words.push(w); } return k; });
      const doc = { ids, words };
      let t = 0;
      for (const s of sentences) {
        slots.reserve(s.length); ref.reserve(s.length);
        for (const w of s) {
          const got = slots.findInDoc(w, doc, ids[t++]!), want = ref.find(w);
          assert.equal(got, want, `document ${d}, word "${w}"`);
          if (got >= 0) assert.equal(stored[got], w);
          else { stored[-got - 1] = w; refStored[-want - 1] = w; }
        }
      }
    }
    assert.deepEqual(moves, refMoves);
    assert.ok(moves.length > 0, 'evictions happened');
  }
});
