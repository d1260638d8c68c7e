import { GreedyTagger, type TaggerSpec } from '../ml/tagger.js';
import { AveragedPerceptron } from '../ml/perceptron.js';
import { deserializeModel, serializeModel } from '../ml/model-file.js';
import { shortShape } from '../ml/features.js';

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

  /** Tags one sentence given its words. */
  tag(words: readonly string[]): string[] { return this.tagger.tag(prepareSentence(words)); }

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
