import { GreedyTagger, type TaggerSpec } from '../ml/tagger.js';
import { AveragedPerceptron } from '../ml/perceptron.js';
import { deserializeModel, readModelJson, serializeModel, tableModelParts, type LoadedTableModel } from '../ml/model-file.js';
import { shortShape } from '../ml/features.js';
import { WordSlots, type DocWordIds } from '../ml/word-slots.js';
import { KeyMap } from '../ml/key-map.js';
import { isAsciiDigit } from '../doc/chars.js';
import { FeatureTable, hashA, hashB, hashCharA, hashCharB, template, valuePartBits, type Template } from '../ml/feature-table.js';

/**
 * Part-of-speech tagger (Penn Treebank tags): greedy averaged perceptron with
 * the feature set of Honnibal's classic tagger (word, affixes, the two
 * previous tags, a +-2 word window), plus a short word shape. Frequent words
 * that almost always take one tag skip the model (tag dictionary).
 */

/** A sentence prepared for tagging: surface words and their normal forms. */
export interface PosSentence { words: readonly string[]; norms: readonly string[] }

/** Tag dictionary thresholds: a word seen this often with one tag this dominant is tagged without the model. */
export const TAGDICT_MIN_COUNT = 20;
export const TAGDICT_MIN_SHARE = 0.97;

export function normalizeForPos(word: string): string {
  // (as /^\d{4}$/ and /^\d/, by code: this runs for every word the tagger meets first)
  if (isAsciiDigit(word.charCodeAt(0))) {
    return word.length === 4 && isAsciiDigit(word.charCodeAt(1)) && isAsciiDigit(word.charCodeAt(2)) && isAsciiDigit(word.charCodeAt(3)) ? '!YEAR' : '!DIGITS';
  }
  if (word.includes('-') && word[0] !== '-') return '!HYPHEN' + word.slice(word.lastIndexOf('-')).toLowerCase();
  return word.toLowerCase();
}

export function prepareSentence(words: readonly string[]): PosSentence {
  return { words, norms: words.map(normalizeForPos) };
}

function posFeatures(s: PosSentence, i: number, labels: readonly string[], out: string[]): void {
  const n = s.norms;
  const w = n[i]!;
  const raw = s.words[i]!;
  const p1 = i > 0 ? labels[i - 1]! : '-S-';
  const p2 = i > 1 ? labels[i - 2]! : '-S-';
  const wm1 = i > 0 ? n[i - 1]! : '-S-';
  const wm2 = i > 1 ? n[i - 2]! : '-S-';
  const wp1 = i + 1 < n.length ? n[i + 1]! : '-E-';
  const wp2 = i + 2 < n.length ? n[i + 2]! : '-E-';
  out.push(
    'b',
    'w=' + w,
    's3=' + w.slice(-3),
    's2=' + w.slice(-2),
    'p1=' + raw[0],
    'sh=' + shortShape(raw) + (i === 0 ? '^' : ''),
    't1=' + p1,
    't2=' + p2,
    't12=' + p1 + ' ' + p2,
    't1w=' + p1 + ' ' + w,
    'w-1=' + wm1,
    's-1=' + wm1.slice(-3),
    'w-2=' + wm2,
    'w+1=' + wp1,
    's+1=' + wp1.slice(-3),
    'w+2=' + wp2,
  );
}


const T = {
  w: template('w'), s3: template('s3'), s2: template('s2'), p1: template('p1'), sh: template('sh'), t1w: template('t1w'),
  wm1: template('w-1'), sm1: template('s-1'), wm2: template('w-2'), wp1: template('w+1'), sp1: template('s+1'), wp2: template('w+2'),
};
const START = '-S-', END = '-E-';
/** Sentence padding: two slots before and after the words in the per-sentence arrays. */
const PAD = 2;
/**
 * Cached vectors per word: as the word tagged, and as each neighbour. As the first word of a sentence
 * (rare) a word differs by its shape feature alone: the rows of its two shape features are kept instead
 * of a fourth vector (FAR_ROWS).
 */
const SELF = 0, M1 = 1, P1 = 2, VECTORS = 3;
/**
 * Table rows kept per word (-1 when the model has no such feature): as the word two places before and
 * after (one feature each), and its shape feature in mid-sentence and at the sentence start.
 */
const FAR_M2 = 0, FAR_P2 = 1, FAR_SHAPE = 2, FAR_SHAPE_FIRST = 3, FAR_ROWS = 4;
/**
 * Words in the word cache before eviction: about 560 bytes each (VECTORS x 45 floats, FAR_ROWS ints), so
 * 9 MB at most. (Twice as many words spared the refills of evicted words in a cold pass over the PolNeAR
 * train texts, about a third of the fills, but the whole pipeline was no faster for it: the larger cache
 * crowds the other stages' data out of the processor caches.)
 */
const WORD_CACHE_MAX = 16384;
/** Word-cache slots 0 and 1: the padding before and after the sentence. */
const PADDING_SLOTS = 2;
/** Bit of a normal form that is the word of some t1w feature ("t1w=tag word"): for the others the lookup is skipped. */
const T1W_WORD = 1;
const T1W_SIDES = new Map<string, readonly [number, number]>([['t1w', [0, T1W_WORD]]]);
/** PosTagger.lexicon: T1W_SIDES bits below LEX_TAG_SHIFT, a dictionary word's tag index plus one from it. */
const LEX_T1W_BITS = 255, LEX_TAG_SHIFT = 8;

/** Adds the row of the feature (template t, value hashes va, vb), if the table has it, into `out` from `at`. */
function addFound(table: FeatureTable, t: Template, va: number, vb: number, out: Float32Array, at: number): void {
  addRowAt(table, table.find(t, va, vb), out, at);
}
/** Adds table row `row` (if >= 0) into `out` from `at`. */
function addRowAt(table: FeatureTable, row: number, out: Float32Array, at: number): void {
  if (row < 0) return;
  const w = table.weights, n = table.width;
  for (let c = 0; c < n; c++) out[at + c] += w[row + c]!;
}

export class PosTagger {
  private readonly table: FeatureTable;
  private readonly classes: readonly string[];
  /** Tag names by index: the classes, then '-S-' (before the sentence), then any dictionary tag that is not a class. */
  private readonly tagNames: string[];
  private readonly tagIndex = new Map<string, number>();
  /** Hash state of "tag " per tag index (lanes A, B), where the t1w feature's value continues with the word. */
  private readonly tagStateA: Int32Array;
  private readonly tagStateB: Int32Array;
  private readonly bias: Float64Array;
  /** Word cache size before eviction (WORD_CACHE_MAX; tests set it small to exercise eviction). */
  get cacheWords(): number { return this.words.maxWords; }
  set cacheWords(n: number) { this.words.maxWords = n; }
  private plain: AveragedPerceptron | null;
  private readonly bytes: Buffer | null;
  /**
   * Per word, by its key (KeyMap): the T1W_SIDES bits of a normal form (bits 0-7) and the tag index
   * plus one of a dictionary word (from bit 8): asked once per new word, with the hash lanes its
   * features (and the word cache) use anyway.
   */
  private readonly lexicon = new KeyMap();

  /** The model's feature names (when they are at hand: otherwise read from the model) only give the T1W_SIDES bits. */
  constructor(model: AveragedPerceptron | LoadedTableModel, readonly tagDict: ReadonlyMap<string, string>, featureNames?: Iterable<string>) {
    ({ plain: this.plain, bytes: this.bytes, table: this.table, classes: this.classes } = tableModelParts(model));
    this.tagNames = [...this.classes, START];
    for (const t of tagDict.values()) if (!this.tagNames.includes(t)) this.tagNames.push(t);
    this.tagNames.forEach((t, k) => this.tagIndex.set(t, k));
    const lexicon = this.lexicon;
    for (const [w, b] of valuePartBits(featureNames ?? this.model.weights.keys(), T1W_SIDES)) lexicon.setString(w, lexicon.getString(w, 0) | b);
    for (const [w, t] of tagDict) lexicon.setString(w, lexicon.getString(w, 0) | ((this.tagIndex.get(t)! + 1) << LEX_TAG_SHIFT));
    this.tagStateA = Int32Array.from(this.tagNames, (t) => hashCharA(32, hashA(t, 0, t.length)));
    this.tagStateB = Int32Array.from(this.tagNames, (t) => hashCharB(32, hashB(t, 0, t.length)));
    this.bias = this.table.sumFeatures(['b']);
    this.zeroRow = new Int16Array(this.table.width);
  }

  static spec(tagDict: ReadonlyMap<string, string>): TaggerSpec<PosSentence> {
    return {
      length: (s) => s.words.length,
      features: posFeatures,
      fixed: (s, i) => tagDict.get(s.words[i]!) ?? null,
    };
  }

  /**
   * Word cache: per word, the summed weights of its word-level features of
   * posFeatures (as the word tagged and as each neighbour: VECTORS vectors back
   * to back in one flat slab; as the word two places before or after, and its
   * shape at the sentence start or not, table rows: FAR_ROWS), its normal
   * form and its tag-dictionary tag. Slots 0 and 1 are
   * the padding before and after the sentence. When the slab is full
   * (WORD_CACHE_MAX words) the words not met again are evicted (src/ml/word-slots.ts),
   * which bounds its memory.
   */
  /** Slots 0 and 1 are the padding (PADDING_SLOTS). */
  private readonly words = new WordSlots(WORD_CACHE_MAX, PADDING_SLOTS, (cap) => this.grow(cap), (from, to) => this.moveSlot(from, to));
  private slab = new Float32Array(0);
  private normOf: string[] = [];
  /** Tag index of the word's dictionary tag, -1 when the model decides. */
  private fixedOf = new Int16Array(0);
  /** FAR_ROWS table rows per slot (-1 when the model has none). */
  private farRows = new Int32Array(0);
  /** T1W_SIDES bits of the slot's normal form. */
  private t1wOf = new Uint8Array(0);

  /** Slot of a word, filled on first sight; with `doc`, the word is number `id` of the document's word list (WordSlots.findInDoc). */
  private slot(raw: string, doc?: DocWordIds, id = 0): number {
    const found = doc === undefined ? this.words.find(raw) : this.words.findInDoc(raw, doc, id);
    if (found >= 0) return found;
    const k = -found - 1;
    // (the word cache hashed the word last: its key lanes)
    this.fixedOf[k] = (this.lexicon.get(this.words.lastKeyA, this.words.lastKeyB, 0) >>> LEX_TAG_SHIFT) - 1;
    this.fillSlot(k, normalizeForPos(raw), raw);
    return k;
  }

  /** Writes the vectors of a word with normal form `w` (`raw` null for the padding: neighbour vectors only). */
  private fillSlot(k: number, w: string, raw: string | null): void {
    const table = this.table, n = table.width, slab = this.slab, base = k * VECTORS * n, len = w.length;
    slab.fill(0, base, base + VECTORS * n);
    this.normOf[k] = w;
    const wA = hashA(w, 0, len), wB = hashB(w, 0, len);
    const s3A = hashA(w, Math.max(0, len - 3), len), s3B = hashB(w, Math.max(0, len - 3), len);
    if (raw !== null) {
      const s2A = hashA(w, Math.max(0, len - 2), len), s2B = hashB(w, Math.max(0, len - 2), len);
      const p1A = hashA(raw, 0, 1), p1B = hashB(raw, 0, 1);
      const shape = shortShape(raw), shA = hashA(shape, 0, shape.length), shB = hashB(shape, 0, shape.length);
      // the word tagged (in mid-sentence; first in its sentence, the other shape feature: FAR_SHAPE_FIRST)
      addFound(table, T.w, wA, wB, slab, base + SELF * n); addFound(table, T.s3, s3A, s3B, slab, base + SELF * n);
      addFound(table, T.s2, s2A, s2B, slab, base + SELF * n); addFound(table, T.p1, p1A, p1B, slab, base + SELF * n);
      const shRow = table.find(T.sh, shA, shB);
      addRowAt(table, shRow, slab, base + SELF * n);
      this.farRows[FAR_ROWS * k + FAR_SHAPE] = shRow;
      this.farRows[FAR_ROWS * k + FAR_SHAPE_FIRST] = table.find(T.sh, hashCharA(94, shA), hashCharB(94, shB)); // '^': the sentence's first word
    } else {
      this.farRows[FAR_ROWS * k + FAR_SHAPE] = this.farRows[FAR_ROWS * k + FAR_SHAPE_FIRST] = -1;
    }
    addFound(table, T.wm1, wA, wB, slab, base + M1 * n); addFound(table, T.sm1, s3A, s3B, slab, base + M1 * n);
    this.farRows[FAR_ROWS * k + FAR_M2] = table.find(T.wm2, wA, wB);
    addFound(table, T.wp1, wA, wB, slab, base + P1 * n); addFound(table, T.sp1, s3A, s3B, slab, base + P1 * n);
    this.farRows[FAR_ROWS * k + FAR_P2] = table.find(T.wp2, wA, wB);
    this.t1wOf[k] = this.lexicon.get(wA, wB, 0) & LEX_T1W_BITS;
  }

  /** Grows the word cache's arrays to `cap` slots (WordSlots.resize); the first time, fills the padding slots. */
  private grow(cap: number): void {
    const first = this.slab.length === 0;
    const slab = new Float32Array(cap * VECTORS * this.table.width); slab.set(this.slab); this.slab = slab;
    const fixed = new Int16Array(cap); fixed.set(this.fixedOf); this.fixedOf = fixed;
    const far = new Int32Array(FAR_ROWS * cap); far.set(this.farRows); this.farRows = far;
    const t1w = new Uint8Array(cap); t1w.set(this.t1wOf); this.t1wOf = t1w;
    if (first) { this.fillSlot(0, START, null); this.fillSlot(1, END, null); }
  }

  /** Copies a slot's cached data down during an eviction (WordSlots.move). */
  private moveSlot(from: number, to: number): void {
    const V = VECTORS * this.table.width;
    this.slab.copyWithin(to * V, from * V, (from + 1) * V);
    this.fixedOf[to] = this.fixedOf[from]!; this.normOf[to] = this.normOf[from]!;
    this.farRows.copyWithin(FAR_ROWS * to, FAR_ROWS * from, FAR_ROWS * (from + 1));
    this.t1wOf[to] = this.t1wOf[from]!;
  }

  private slots = new Int32Array(64);
  private labelIx = new Int32Array(64);
  /** A row of zeros as long as a weight row: what the one-pass scoring reads for a feature the model lacks. */
  private readonly zeroRow: Int16Array;
  private readonly scores = new Float64Array(64);

  /**
   * Tags one sentence given its words. Same tags as `tagUncached`, faster:
   * the word-level features' weights come summed from the word cache, the
   * others (previous tags, previous tag with the word) from small caches and
   * the feature table; the weights are integers, so the sums do not depend
   * on the order.
   */
  tag(words: readonly string[]): string[] {
    const len = words.length;
    this.tagIndices(words, 0, len);
    const labels: string[] = new Array<string>(len);
    for (let i = 0; i < len; i++) labels[i] = this.tagNames[this.labelIx[i]!]!;
    return labels;
  }

  /**
   * Tags the sentence words[from, to) (a document's token texts, without a copy) and writes each tag
   * into tokens[i].pos: `tag` without the per-sentence arrays. With `doc` (the document's word numbers:
   * doc.ids[i] is words[i]'s), each word is hashed once per document.
   */
  tagInto(words: readonly string[], from: number, to: number, tokens: readonly { pos?: string }[], doc?: DocWordIds): void {
    this.tagIndices(words, from, to, doc);
    const labelIx = this.labelIx, names = this.tagNames;
    for (let i = from; i < to; i++) tokens[i]!.pos = names[labelIx[i - from]!]!;
  }

  /** Tag indices (into tagNames) of the sentence words[from, to), left in labelIx[0 .. to - from). */
  private tagIndices(words: readonly string[], from: number, to: number, doc?: DocWordIds): void {
    const len = to - from;
    if (len + 2 * PAD > this.slots.length) { this.slots = new Int32Array(2 * (len + 2 * PAD)); this.labelIx = new Int32Array(2 * (len + 2 * PAD)); }
    this.words.reserve(len);
    const { slots, labelIx, table, scores } = this;
    slots[0] = slots[1] = 0; slots[len + PAD] = slots[len + PAD + 1] = 1;
    if (doc === undefined) for (let i = 0; i < len; i++) slots[i + PAD] = this.slot(words[from + i]!);
    else for (let i = 0; i < len; i++) slots[i + PAD] = this.slot(words[from + i]!, doc, doc.ids[from + i]!);
    const width = table.width, V = VECTORS * width, slab = this.slab, farRows = this.farRows, start = this.tagIndex.get(START)!;
    for (let i = 0; i < len; i++) {
      const at = i + PAD, me = slots[at]!;
      const fixed = this.fixedOf[me]!;
      if (fixed >= 0) { labelIx[i] = fixed; continue; }
      const t1 = i > 0 ? labelIx[i - 1]! : start, t2 = i > 1 ? labelIx[i - 2]! : start;
      const pair = this.tagPair(t1, t2);
      const bs = me * V + SELF * width, bm1 = slots[at - 1]! * V + M1 * width, bp1 = slots[at + 1]! * V + P1 * width;
      const w = this.normOf[me]!, tw = table.weights;
      if (i > 0) {
        // one pass: the three cached vectors, the rows (ZERO_ROW for a missing one) and the argmax, no score array
        // (integer sums: exact in any order; ties to the lower index, as GreedyTagger)
        const m2 = farRows[FAR_ROWS * slots[at - 2]! + FAR_M2]!, p2 = farRows[FAR_ROWS * slots[at + 2]! + FAR_P2]!;
        const row = this.t1wOf[me]! & T1W_WORD ? table.find(T.t1w, hashA(w, 0, w.length, this.tagStateA[t1]!), hashB(w, 0, w.length, this.tagStateB[t1]!)) : -1;
        const zero = this.zeroRow;
        const rm2 = m2 >= 0 ? tw : zero, om2 = m2 >= 0 ? m2 : 0, rp2 = p2 >= 0 ? tw : zero, op2 = p2 >= 0 ? p2 : 0, rw = row >= 0 ? tw : zero, ow = row >= 0 ? row : 0;
        let best = 0, bestScore = -Infinity;
        for (let c = 0; c < width; c++) {
          const v = pair[c]! + slab[bs + c]! + slab[bm1 + c]! + slab[bp1 + c]! + rm2[om2 + c]! + rp2[op2 + c]! + rw[ow + c]!;
          if (v > bestScore) { best = c; bestScore = v; }
        }
        labelIx[i] = best;
        continue;
      }
      for (let c = 0; c < width; c++) scores[c] = pair[c]! + slab[bs + c]! + slab[bm1 + c]! + slab[bp1 + c]!;
      if (i === 0) {
        // the first word's shape feature instead of the mid-sentence one (integer sums: exact in any order)
        const mid = farRows[FAR_ROWS * me + FAR_SHAPE]!, first = farRows[FAR_ROWS * me + FAR_SHAPE_FIRST]!;
        if (mid >= 0) for (let c = 0; c < width; c++) scores[c] -= tw[mid + c]!;
        if (first >= 0) for (let c = 0; c < width; c++) scores[c] += tw[first + c]!;
      }
      const m2 = farRows[FAR_ROWS * slots[at - 2]! + FAR_M2]!, p2 = farRows[FAR_ROWS * slots[at + 2]! + FAR_P2]!;
      const row = this.t1wOf[me]! & T1W_WORD ? table.find(T.t1w, hashA(w, 0, w.length, this.tagStateA[t1]!), hashB(w, 0, w.length, this.tagStateB[t1]!)) : -1;
      if (m2 >= 0) for (let c = 0; c < width; c++) scores[c] += tw[m2 + c]!;
      if (p2 >= 0) for (let c = 0; c < width; c++) scores[c] += tw[p2 + c]!;
      if (row >= 0) for (let c = 0; c < width; c++) scores[c] += tw[row + c]!;
      // argmax, ties to the lower index (as GreedyTagger)
      let best = 0;
      for (let c = 1; c < width; c++) if (scores[c]! > scores[best]!) best = c;
      labelIx[i] = best; // (a class index is its tagNames index: the classes come first)
    }
  }

  /** Reference implementation of `tag` (plain feature lists over the plain model), for tests. */
  tagUncached(words: readonly string[]): string[] {
    return (this.reference ??= new GreedyTagger(this.model, PosTagger.spec(this.tagDict))).tag(prepareSentence(words));
  }
  private reference: GreedyTagger<PosSentence> | null = null;

  /**
   * Bias and previous-tag features (t1, t2, t12) summed per pair of previous tags: a few hundred small vectors at most,
   * as floats (sums of four 16-bit weights: exact, and half the bytes of doubles to read at every token).
   */
  private readonly tagPairs: (Float32Array | undefined)[] = [];
  private tagPair(t1: number, t2: number): Float32Array {
    const k = t1 * this.tagNames.length + t2;
    let v = this.tagPairs[k];
    if (v === undefined) {
      const a = this.tagNames[t1]!, b = this.tagNames[t2]!;
      const sum = this.table.sumFeatures(['t1=' + a, 't2=' + b, 't12=' + a + ' ' + b]);
      for (let c = 0; c < sum.length; c++) sum[c] += this.bias[c]!;
      v = this.tagPairs[k] = Float32Array.from(sum);
    }
    return v;
  }

  /** The plain model (feature -> weights Map): built from the model file on first use (training, tests, serializing). */
  get model(): AveragedPerceptron { return (this.plain ??= deserializeModel(this.bytes!).model); }

  serialize(): Buffer { return serializeModel(this.model, { tagDict: [...this.tagDict] }); }

  static deserialize(bytes: Buffer): PosTagger {
    const json = readModelJson(bytes);
    const tagDict = new Map((json.extra as { tagDict: [string, string][] }).tagDict);
    const table = FeatureTable.fromSparse(json.classes.length, json.features, json.weights);
    return new PosTagger({ table, classes: json.classes, bytes }, tagDict, json.features);
  }

  /** Builds the tag dictionary from tagged training sentences (case-sensitive words). */
  static buildTagDict(sentences: ReadonlyArray<{ words: readonly string[]; tags: readonly string[] }>): Map<string, string> {
    const counts = new Map<string, Map<string, number>>();
    for (const s of sentences) {
      s.words.forEach((w, i) => {
        let m = counts.get(w);
        if (!m) counts.set(w, (m = new Map()));
        m.set(s.tags[i]!, (m.get(s.tags[i]!) ?? 0) + 1);
      });
    }
    const dict = new Map<string, string>();
    for (const w of [...counts.keys()].sort()) {
      const m = counts.get(w)!;
      let total = 0, bestTag = '', best = 0;
      for (const [t, c] of [...m].sort()) { total += c; if (c > best) { best = c; bestTag = t; } }
      if (total >= TAGDICT_MIN_COUNT && best / total >= TAGDICT_MIN_SHARE) dict.set(w, bestTag);
    }
    return dict;
  }
}
