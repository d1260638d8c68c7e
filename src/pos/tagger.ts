import { GreedyTagger, type TaggerSpec } from '../ml/tagger.js';
import { AveragedPerceptron } from '../ml/perceptron.js';
import { deserializeModel, serializeModel } from '../ml/model-file.js';
import { shortShape } from '../ml/features.js';
import { TemplateIndex, addRowAt, addWeightsAt } from '../ml/template-index.js';

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
  if (/^\d{4}$/.test(word)) return '!YEAR';
  if (/^\d/.test(word)) return '!DIGITS';
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

/** Words whose feature weights are cached; the cache is emptied when full (bounded memory on long runs). */
const WORD_CACHE_MAX = 50000;

/**
 * Summed weights of the features of posFeatures that depend on one word only:
 * as the word labelled (SELF_AT, FIRST_AT at sentence start), as each
 * neighbour (M1_AT .. P2_AT), and with each previous tag (t1w, `afterTag`).
 */
interface PosWordEntry {
  norm: string;
  /** The tag dictionary's tag of the word, if any. */
  fixed: string | undefined;
  /** The six vectors back to back (one allocation per word), at the *_AT offsets times the class count. */
  v: Float32Array;
  afterTag: Map<string, Float32Array>;
}
const SELF_AT = 0, FIRST_AT = 1, M1_AT = 2, M2_AT = 3, P1_AT = 4, P2_AT = 5;

export class PosTagger {
  private readonly tagger: GreedyTagger<PosSentence>;

  constructor(model: AveragedPerceptron, readonly tagDict: ReadonlyMap<string, string>) {
    this.tagger = new GreedyTagger(model, PosTagger.spec(tagDict));
  }

  static spec(tagDict: ReadonlyMap<string, string>): TaggerSpec<PosSentence> {
    return {
      length: (s) => s.words.length,
      features: posFeatures,
      fixed: (s, i) => tagDict.get(s.words[i]!) ?? null,
    };
  }

  /**
   * Tags one sentence given its words. Same tags as `tagUncached`, faster:
   * the features are those of posFeatures, but their weights are summed once
   * per word (and per previous tags) and reused; the loaded model's weights
   * are integers, so the sums do not depend on the order.
   */
  tag(words: readonly string[]): string[] {
    const len = words.length;
    const model = this.tagger.model;
    const n = model.classes.length;
    const entries: PosWordEntry[] = words.map((w) => this.entry(w));
    const pads = this.padEntries();
    const scores = new Float64Array(n);
    const labels: string[] = [];
    let prev = -1;
    for (let i = 0; i < len; i++) {
      const e = entries[i]!;
      const fixed = e.fixed;
      if (fixed !== undefined) { labels.push(fixed); prev = model.classIndex.get(fixed) ?? -1; continue; }
      const t1 = i > 0 ? labels[i - 1]! : '-S-', t2 = i > 1 ? labels[i - 2]! : '-S-';
      const a = e.v, ao = (i === 0 ? FIRST_AT : SELF_AT) * n;
      const m1 = (i > 0 ? entries[i - 1]! : pads.start).v, m2 = (i > 1 ? entries[i - 2]! : pads.start).v;
      const p1 = (i + 1 < len ? entries[i + 1]! : pads.end).v, p2 = (i + 2 < len ? entries[i + 2]! : pads.end).v;
      const m1o = M1_AT * n, m2o = M2_AT * n, p1o = P1_AT * n, p2o = P2_AT * n;
      const tags = this.tagPair(t1, t2);
      let tw = e.afterTag.get(t1);
      if (tw === undefined) {
        e.afterTag.set(t1, (tw = new Float32Array(n)));
        addRowAt(this.templates().rows, this.templates().t1w.get(t1 + ' ' + e.norm), tw, 0, n);
      }
      for (let c = 0; c < n; c++) scores[c] = a[ao + c]! + m1[m1o + c]! + m2[m2o + c]! + p1[p1o + c]! + p2[p2o + c]! + tags[c]! + tw[c]!;
      const best = this.tagger.bestAllowed(scores, prev);
      labels.push(model.classes[best]!);
      prev = best;
    }
    return labels;
  }

  /** Reference implementation of `tag` (plain feature lists), for tests. */
  tagUncached(words: readonly string[]): string[] { return this.tagger.tag(prepareSentence(words)); }

  private readonly cache = new Map<string, PosWordEntry>();
  private entry(word: string): PosWordEntry {
    let e = this.cache.get(word);
    if (e === undefined) {
      if (this.cache.size >= WORD_CACHE_MAX) this.cache.clear();
      e = this.makeEntry(normalizeForPos(word), word);
      this.cache.set(word, e);
    }
    return e;
  }
  private makeEntry(w: string, raw: string | null): PosWordEntry {
    // the word's features of posFeatures, looked up by value (integer weights: exact sums in 32 bits)
    const t = this.templates();
    const n = this.tagger.model.classes.length;
    const v = new Float32Array(6 * n);
    const s3 = w.slice(-3);
    if (raw !== null) {
      const shape = shortShape(raw);
      for (const at of [SELF_AT * n, FIRST_AT * n]) {
        addWeightsAt(t.b, v, at, n); addRowAt(t.rows, t.w.get(w), v, at, n); addRowAt(t.rows, t.s3.get(s3), v, at, n);
        addRowAt(t.rows, t.s2.get(w.slice(-2)), v, at, n); addRowAt(t.rows, t.p1.get('' + raw[0]), v, at, n);
      }
      addRowAt(t.rows, t.sh.get(shape), v, SELF_AT * n, n);
      addRowAt(t.rows, t.sh.get(shape + '^'), v, FIRST_AT * n, n);
    }
    addRowAt(t.rows, t.wm1.get(w), v, M1_AT * n, n); addRowAt(t.rows, t.sm1.get(s3), v, M1_AT * n, n);
    addRowAt(t.rows, t.wm2.get(w), v, M2_AT * n, n);
    addRowAt(t.rows, t.wp1.get(w), v, P1_AT * n, n); addRowAt(t.rows, t.sp1.get(s3), v, P1_AT * n, n);
    addRowAt(t.rows, t.wp2.get(w), v, P2_AT * n, n);
    return { norm: w, fixed: raw === null ? undefined : this.tagDict.get(raw), v, afterTag: new Map() };
  }
  private templateMaps: ReturnType<PosTagger['buildTemplates']> | null = null;
  private templates(): ReturnType<PosTagger['buildTemplates']> { return (this.templateMaps ??= this.buildTemplates()); }
  private buildTemplates() {
    const ix = new TemplateIndex(this.tagger.model);
    const t = (name: string) => ix.template(name);
    return {
      rows: ix.rows, b: this.tagger.model.weights.get('b'), w: t('w'), s3: t('s3'), s2: t('s2'), p1: t('p1'), sh: t('sh'),
      wm1: t('w-1'), sm1: t('s-1'), wm2: t('w-2'), wp1: t('w+1'), sp1: t('s+1'), wp2: t('w+2'), t1w: t('t1w'),
    };
  }
  private scratch: Float64Array | null = null;
  /** Writes the summed weights of `features` into `out` from `at`. */
  private sumInto(features: readonly string[], out: Float32Array, at: number): void {
    const model = this.tagger.model;
    const sums = model.score(features, (this.scratch ??= new Float64Array(model.classes.length)));
    for (let c = 0; c < sums.length; c++) out[at + c] = sums[c]!;
  }
  private pads: { start: PosWordEntry; end: PosWordEntry } | null = null;
  /** The padding before ('-S-') and after ('-E-') the sentence, as neighbours. */
  private padEntries(): { start: PosWordEntry; end: PosWordEntry } {
    return (this.pads ??= { start: this.makeEntry('-S-', null), end: this.makeEntry('-E-', null) });
  }
  private readonly tagPairs = new Map<string, Map<string, Float32Array>>();
  private tagPair(t1: string, t2: string): Float32Array {
    let m = this.tagPairs.get(t1);
    if (m === undefined) this.tagPairs.set(t1, (m = new Map()));
    let v = m.get(t2);
    if (v === undefined) m.set(t2, (v = this.sum(['t1=' + t1, 't2=' + t2, 't12=' + t1 + ' ' + t2])));
    return v;
  }
  private sum(features: readonly string[]): Float32Array {
    const out = new Float32Array(this.tagger.model.classes.length);
    this.sumInto(features, out, 0);
    return out;
  }

  get model(): AveragedPerceptron { return this.tagger.model; }

  serialize(): Buffer { return serializeModel(this.tagger.model, { tagDict: [...this.tagDict] }); }

  static deserialize(bytes: Buffer): PosTagger {
    const { model, extra } = deserializeModel(bytes);
    const tagDict = new Map((extra as { tagDict: [string, string][] }).tagDict);
    return new PosTagger(model, tagDict);
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
