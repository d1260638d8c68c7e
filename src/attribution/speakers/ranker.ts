import { readFileSync } from 'node:fs';
import { modelPath } from '../../ml/model-file.js';

/**
 * Ranking of the candidate antecedents of a pronoun source ("he said"): a
 * linear score over a few named features of each candidate. The weights are
 * learned by `npm run train -- speakers` (a ranking averaged perceptron on
 * PolNeAR train, with the proxy antecedents of eval/_speakers.ts as targets)
 * and shipped in models/speaker-ranker.json; without that file the hand
 * weights below are used.
 */
export type PronounFeatures = Record<string, number>;
export type RankerWeights = Readonly<Record<string, number>>;

export const RANKER_MODEL_FILE = 'speaker-ranker.json';
export const RANKER_FORMAT = 'whosaid-speaker-ranker';

/** Hand weights: the starting point of training and the fallback without a model file. */
export const HAND_WEIGHTS: RankerWeights = {
  // recency: a sentence further back costs one point
  'dist': -1.0,
  'same-sentence': 0,
  'prev-sentence': 0,
  'far': 0,
  // salience: has spoken, spoke last, was a subject, is mentioned often
  'is-speaker': 2.5,
  'last-speaker': 1.5,
  'subject': 1.0,
  'log-mentions': 0.5,
  // a name said only inside quotations is talked about; an interviewer rarely becomes the next "he"
  'only-quoted': -2.5,
  'only-relay': -3.0,
  'plain-gap': -0.5,
  'unknown-gender': -0.75,
  'same-paragraph': 0.5,
  'in-own-quote': 0,
  'after-quote': 0,
  'after-quote*last-speaker': 0,
  'sentence-start*subject': 0,
  'kind-anonymous': 0,
  // a name last met inside another phrase ("with Epstein", "than Harlan", "Kaufman's cameo") is rarely the next "he"
  'oblique': -1.0,
  // a person first met as the subject of the sentence before (a newcomer the story turns to)
  'introduced': 0.5,
  // "they" for a plural (people, a list of names) over a body or a place the entities hold
  'plural': 1.0,
};

export function scoreCandidate(f: PronounFeatures, w: RankerWeights): number {
  let s = 0;
  for (const k in f) s += (w[k] ?? 0) * f[k]!;
  return s;
}

let cached: RankerWeights | null = null;

/** The shipped weights, or the hand weights when models/speaker-ranker.json is absent. */
export function rankerWeights(): RankerWeights {
  if (cached) return cached;
  try {
    const json = JSON.parse(readFileSync(modelPath(RANKER_MODEL_FILE, import.meta.url), 'utf8')) as { format: string; weights: Record<string, number> };
    if (json.format !== RANKER_FORMAT) throw new Error(`not a ${RANKER_FORMAT} file`);
    cached = json.weights;
  } catch {
    cached = HAND_WEIGHTS;
  }
  return cached;
}
