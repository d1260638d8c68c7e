import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordSlots } from '../../src/ml/word-slots.js';
import { keyA, keyB } from '../../src/ml/key-map.js';

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

/** WordSlots and the plain Map policy side by side, each recording the words in its slots and its moves. */
function twinSlots(maxWords: number) {
  const stored: string[] = [], refStored: string[] = [];
  const moves: string[] = [], refMoves: string[] = [];
  const slots = new WordSlots(maxWords, 2, () => {}, (from, to) => { moves.push(`${from}>${to}`); stored[to] = stored[from]!; });
  const ref = new ReferenceSlots(maxWords, 2, (from, to) => { refMoves.push(`${from}>${to}`); refStored[to] = refStored[from]!; });
  return { slots, ref, stored, refStored, moves, refMoves };
}

test('word slots: same slots, hits, evictions and moves as the plain Map policy', () => {
  for (const maxWords of [8, 64, 1024]) {
    const { slots, ref, stored, refStored, moves, refMoves } = twinSlots(maxWords);
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

test('word slots: findInDoc (words by their number in the document, with or without their key lanes) gives the slots, hits, evictions and moves of find', () => {
  for (const [maxWords, withLanes] of [[8, false], [64, false], [8, true], [64, true]] as const) {
    const { slots, ref, stored, refStored, moves, refMoves } = twinSlots(maxWords);
    let seed = 23;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
    const word = () => (next() % 2 === 0 ? ['the', 'eht', 'of', 'a'][next() % 4]! : `w${next() % 500}`);
    for (let d = 0; d < 60; d++) {
      // a document: its sentences' words, numbered in order of first occurrence (as tokenWords)
      const sentences = Array.from({ length: 1 + (next() % 12) }, () => Array.from({ length: 1 + (next() % (d % 7 === 0 ? 2 * maxWords : 10)) }, word));
      const index = new Map<string, number>(), words: string[] = [];
      const ids = Int32Array.from(sentences.flat(), (w) => { let k = index.get(w); if (k === undefined) { index.set(w, (k = words.length)); words.push(w); } return k; });
      // (lanes given: the cache must take them for the word's key, as find hashes it)
      const doc = withLanes ? { ids, words, keyA: Int32Array.from(words, keyA), keyB: Int32Array.from(words, keyB) } : { ids, words };
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

test('word slots: findKey takes the key lanes for the word (a word given another\'s lanes is that word)', () => {
  const slots = new WordSlots(64, 0, () => {}, () => {});
  slots.reserve(4);
  const cat = slots.find('cat');
  assert.ok(cat < 0);
  assert.equal(slots.findKey(keyA('cat'), keyB('cat')), -cat - 1);
  assert.equal(slots.lastKeyA, keyA('cat'));
  // the lanes alone decide: "dog" under the lanes of "cat" finds the slot of "cat"
  assert.equal(slots.findInDoc('dog', { ids: Int32Array.of(0), words: ['dog'], keyA: Int32Array.of(keyA('cat')), keyB: Int32Array.of(keyB('cat')) }, 0), -cat - 1);
  assert.ok(slots.findKey(keyA('cat'), keyB('dog')) < 0, 'one lane differing is another word');
});
