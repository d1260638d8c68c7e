import { PerModel, type HashedPerceptron } from './hashed.js';
import { wordGeneration, wordsNumbered } from './features.js';

/**
 * Sums of a model's features that depend on the word alone, per word, in one
 * flat integer table by word number (WordInfo.id; a loaded model's sums are
 * integers): reading a word's sums is one index into a table where the
 * frequent words sit together, where arrays hanging off each word's object
 * cost a cache miss per hop. Rows are filled on a word's first use in a
 * generation of word numbers; `filled` holds per word the parts filled (bits).
 */
export class WordTable {
  sums = new Int32Array(0);
  filled = new Uint8Array(0);
  /** Per word, the key of what the part of bit 2 was filled for (the cue table: the POS). */
  keyOf = new Int32Array(0);
  private generation = -1;
  constructor(readonly model: HashedPerceptron, readonly stride: number) {
    if (!(model.w instanceof Int16Array)) throw new Error('WordTable: for a loaded model (integer weights)');
  }
  /** Makes room for every numbered word of the current generation (forgetting an older generation's rows). */
  ready(): void {
    if (this.generation !== wordGeneration()) { this.filled.fill(0); this.generation = wordGeneration(); }
    const n = wordsNumbered();
    if (this.filled.length >= n) return;
    const cap = Math.max(1024, 2 * this.filled.length, n);
    const sums = new Int32Array(cap * this.stride); sums.set(this.sums); this.sums = sums;
    const filled = new Uint8Array(cap); filled.set(this.filled); this.filled = filled;
    const keyOf = new Int32Array(cap); keyOf.set(this.keyOf); this.keyOf = keyOf;
  }
}
/** Bits of `filled`: the word's own sums; the part keyed by `keyOf`. */
export const WORD_SUMS = 1, KEYED_SUMS = 2;
/** The model's table in `tables`, made ready for the current words. */
export function wordTableOf(tables: PerModel<WordTable>, model: HashedPerceptron): WordTable {
  const t = tables.get(model);
  t.ready();
  return t;
}
