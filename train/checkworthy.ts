/**
 * npm run train -- checkworthy [--no-save]
 *
 * Trains the check-worthy sentence classifier (src/ml/linear.ts) on the
 * CheckThat! 2024 task 1 English train split only (dev is for eval/checkworthy.ts).
 * Steps: hold out every tenth sentence of train (by id) to pick the decision
 * threshold, then retrain on all of train with the same settings and save
 * models/checkworthy.json.gz. Deterministic: fixed seed, fixed split.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, REPO_ROOT } from '../eval/data.ts';
import { LinearClassifier, type LinearFeatureConfig, type LinearTrainOptions } from '../src/ml/linear.ts';
import { PRF } from '../src/score/prf.ts';

export const CHECKWORTHY_DIR = ['datasets', 'checkworthy'];
export const TRAIN_FILE = 'CT24_checkworthy_english_train.tsv';
export const DEV_FILE = 'CT24_checkworthy_english_dev.tsv';
export const MODEL_PATH = join(REPO_ROOT, 'models', 'checkworthy.json.gz');

/**
 * Feature set: words, bigrams and in-word character 3-4-grams over 2^18 buckets
 * (small file, few collisions at 22k sentences). Picked on the train holdout:
 * F1 0.6915 against 0.6903 with 3-5-grams (and ~20% faster), 0.6830 with word
 * 1-3-grams and no character n-grams, 0.6884 with 2^16 buckets.
 */
export const FEATURES: LinearFeatureConfig = { bits: 18, wordNgrams: 2, charNgrams: [3, 4] };
/** Settings picked on the train holdout (never on dev). */
export const TRAIN_OPTIONS: LinearTrainOptions = {
  epochs: 12, learningRate: 0.5, decay: 1e-5, l2: 1e-6, seed: 20240901,
  // Yes is about a quarter of train: weighting it up moves the boundary towards recall, as F1 of Yes wants.
  classWeights: { Yes: 1.6 },
};
/** Every HOLDOUT_EVERY-th sentence id of train is held out to pick the threshold. */
const HOLDOUT_EVERY = 10;

export interface CheckworthySample { id: string; text: string; label: 'Yes' | 'No' }

/**
 * Reads a CheckThat! TSV (id, text, label). Copes with the files' quirks: CRLF
 * endings, CSV-style quoted text ("" for "), and one train line where two rows
 * were joined (label "No29286" followed by the next row's fields).
 */
export function readCheckworthyTsv(path: string): CheckworthySample[] {
  const fields = readFileSync(path, 'utf8').replace(/\r/g, '').split('\n').slice(1).filter((l) => l.trim()).flatMap((l) => {
    const f = l.split('\t');
    // split joined rows: a label directly followed by the next id
    const out: string[] = [];
    for (const x of f) {
      const m = /^(Yes|No)(\d+)$/.exec(x);
      if (m) out.push(m[1]!, m[2]!); else out.push(x);
    }
    return out;
  });
  const samples: CheckworthySample[] = [];
  if (fields.length % 3 !== 0) throw new Error(`${path}: ${fields.length} fields, not rows of three`);
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const [id, rawText, label] = [fields[i]!, fields[i + 1]!, fields[i + 2]!];
    if (label !== 'Yes' && label !== 'No') throw new Error(`${path}: bad label "${label}" for id ${id}`);
    const text = rawText.length >= 2 && rawText.startsWith('"') && rawText.endsWith('"') ? rawText.slice(1, -1).replace(/""/g, '"') : rawText;
    samples.push({ id, text, label });
  }
  return samples;
}

/** F1 of Yes at each candidate threshold; returns the best (ties: the lower threshold). */
export function bestThreshold(scored: Array<{ p: number; gold: boolean }>): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.05; t < 0.951; t += 0.01) {
    const prf = new PRF();
    for (const s of scored) prf.add(+(s.p >= t && s.gold), +(s.p >= t && !s.gold), +(s.p < t && s.gold));
    if (prf.f1 > best.f1 + 1e-9) best = { threshold: Math.round(t * 100) / 100, f1: prf.f1 };
  }
  return best;
}

export function run(args: string[]): void {
  const save = !args.includes('--no-save');
  const train = readCheckworthyTsv(dataPath(...CHECKWORTHY_DIR, TRAIN_FILE));
  const isHeld = (s: CheckworthySample) => Number(s.id) % HOLDOUT_EVERY === 0;
  const fit = train.filter((s) => !isHeld(s)), held = train.filter(isHeld);
  const t0 = performance.now();
  const probe = LinearClassifier.train(fit, ['No', 'Yes'], FEATURES, TRAIN_OPTIONS);
  const scored = held.map((s) => ({ p: probe.probability(s.text, 'Yes'), gold: s.label === 'Yes' }));
  const { threshold, f1 } = bestThreshold(scored);
  console.log(`train: ${train.length} sentences (${train.filter((s) => s.label === 'Yes').length} Yes); holdout ${held.length}`);
  console.log(`holdout F1(Yes) ${f1.toFixed(4)} at threshold ${threshold}`);
  const model = LinearClassifier.train(train, ['No', 'Yes'], FEATURES, TRAIN_OPTIONS);
  console.log(`trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (save) {
    model.save(MODEL_PATH, { data: `CheckThat! 2024 task 1 English, ${TRAIN_FILE}`, positive: 'Yes', threshold, holdoutF1: Math.round(f1 * 10000) / 10000 });
    console.log(`saved ${MODEL_PATH}`);
  }
}
