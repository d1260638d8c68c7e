import { LinearClassifier } from '../ml/linear.js';
import { modelPath } from '../ml/model-file.js';

/** Model file of the check-worthy classifier, written by train/checkworthy.ts. */
export const CHECKWORTHY_MODEL_FILE = 'checkworthy.json.gz';
/** Used when a model file carries no threshold of its own. */
const DEFAULT_THRESHOLD = 0.5;

export interface CheckworthyModel {
  /** Probability that a sentence is a check-worthy claim. */
  score(text: string): number;
  /** Scores at or above this are claims. */
  threshold: number;
  rule: string;
}

let cached: CheckworthyModel | null = null;

/** The shipped check-worthy classifier (loaded once). */
export function loadCheckworthyModel(path?: string): CheckworthyModel {
  if (cached && !path) return cached;
  const clf = LinearClassifier.load(path ?? modelPath(CHECKWORTHY_MODEL_FILE, import.meta.url));
  const yes = clf.classes.indexOf('Yes');
  if (yes < 0) throw new Error('check-worthy model has no "Yes" class');
  const t = clf.info['threshold'];
  const model: CheckworthyModel = {
    score: (text) => clf.probabilities(text)[yes]!,
    threshold: typeof t === 'number' ? t : DEFAULT_THRESHOLD,
    rule: 'checkworthy-linear',
  };
  if (!path) cached = model;
  return model;
}
