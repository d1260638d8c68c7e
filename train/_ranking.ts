/**
 * Ranking perceptrons: the content, source and cue-end rankers each learn to
 * pick the right candidate boundary among a few, from rankings built on the
 * cross-fold taggers' output.
 */
import type { HashedPerceptron } from '../src/attribution/model/hashed.js';
import { shuffle } from './_attribution-data.js';

/** One choice: each candidate's features, which candidates are right, the tagger's own candidate (-1: none); scored in label column `label` (0 when absent). */
export interface Ranking { feats: Int32Array[]; correct: boolean[]; tagger: number; label?: number }

/** The best-scoring candidate, among the right ones only with `onlyCorrect` (-1 when there is none). */
export function bestCandidate(model: HashedPerceptron, rk: Ranking, scores: Float64Array, onlyCorrect: boolean): number {
  let b = -1, bv = -Infinity;
  for (let k = 0; k < rk.feats.length; k++) {
    if (onlyCorrect && !rk.correct[k]) continue;
    const fs = rk.feats[k]!;
    const s = model.score(fs, fs.length, scores)[rk.label ?? 0]!;
    if (s > bv) { bv = s; b = k; }
  }
  return b;
}

/**
 * Epochs over the rankings in a shuffled order (`r`): when the best-scoring
 * candidate is wrong, the best-scoring right one gains its features and the
 * wrong one loses them. `onEpoch` gets the share ranked right, and the share
 * where the tagger's own candidate is right.
 */
export function trainRanker(model: HashedPerceptron, rankings: Ranking[], epochs: number, r: () => number, onEpoch: (epoch: number, right: number, taggerRight: number) => void = () => {}): void {
  const scores = new Float64Array(model.nLabels);
  for (let e = 0; e < epochs; e++) {
    let right = 0, taggerRight = 0;
    for (const rk of shuffle(rankings.slice(), r)) {
      const pred = bestCandidate(model, rk, scores, false);
      if (rk.correct[pred]) right++;
      else {
        const truth = bestCandidate(model, rk, scores, true);
        model.add(rk.label ?? 0, rk.feats[truth]!, rk.feats[truth]!.length, 1);
        model.add(rk.label ?? 0, rk.feats[pred]!, rk.feats[pred]!.length, -1);
      }
      if (rk.tagger >= 0 && rk.correct[rk.tagger]) taggerRight++;
      model.tick();
    }
    onEpoch(e, right / rankings.length, taggerRight / rankings.length);
  }
}
