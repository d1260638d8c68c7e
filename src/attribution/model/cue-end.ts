import { HashedPerceptron, loadOptionalModel } from './hashed.js';
import { hashFeature as f, type TokenView } from './features.js';
import { isWordToken, pickCandidate } from './content.js';
import type { TokRange } from './tagger.js';

/**
 * Cue-end ranker: most of the cue tagger's cues that overlap a gold cue but
 * miss its span end wrong (PolNeAR keeps "accused X of", "said in an
 * interview", and keeps or drops "said Thursday"). The end of each model cue
 * is chosen again among the word boundaries near the tagger's, by a linear
 * model that sees the whole candidate with the cue's head word, before the
 * cue's source and content are tagged. Trained by train/attribution-cue-end.ts
 * on the cross-fold cues of PolNeAR train/ (held-out train documents: cues
 * starting right end right 0.911 against the tagger's 0.905).
 */
export const CUE_END_MODEL_FILE = 'attribution-cue-end.json.gz';
export const CUE_END_LABELS = ['end'] as const;
export const CUE_END_BITS = 16;
/**
 * Candidate ends lie up to this many tokens before / after the tagger's. On
 * PolNeAR dev (3 ranker seeds each) the gain is in cutting cues back: with no
 * shorter candidates cue F1 fell below the tagger's; ahead 1, 2 or 3 scored
 * alike (cue 0.6947 / 0.6958 / 0.6953, content 0.5626 / 0.5642 / 0.5643).
 */
export const CUE_END_BACK = 2;
export const CUE_END_AHEAD = 2;
export const CUE_END_MAX_FEATURES = 24;

/** The shipped ranker, or null when its file is missing (the tagger's cues are kept). */
export function loadCueEndRanker(): HashedPerceptron | null { return loadOptionalModel(CUE_END_MODEL_FILE); }

/** Candidate ends (exclusive), ascending, the tagger's among them. */
export function cueEndCandidates(v: TokenView, cue: TokRange, out: Int32Array): number {
  const se = v.sentEnd[v.sent[cue.start]!]!;
  let n = 0;
  for (let j = Math.max(cue.start + 1, cue.end - CUE_END_BACK); j <= Math.min(se, cue.end + CUE_END_AHEAD); j++) if (j === cue.end || isWordToken(v, j - 1)) out[n++] = j;
  return n;
}

const PAD = 0x13579bd;
const hw = (v: TokenView, i: number, lim: number) => (i >= 0 && i < lim ? v.hLower[i]! : PAD);
const hp = (v: TokenView, i: number, lim: number) => (i >= 0 && i < lim ? v.hPos[i]! : PAD);

/** Features of candidate end j of a cue whose tagger end is cue.end. */
export function cueEndFeatures(v: TokenView, cue: TokRange, j: number, out: Int32Array): number {
  const se = v.sentEnd[v.sent[cue.start]!]!, d = j - cue.end, l = j - 1;
  let head = v.hStem[cue.start]!;
  for (let i = cue.start; i < Math.min(cue.end, j); i++) if (v.lex[i]) head = v.hStem[i]!;
  let k = 0;
  out[k++] = f(1, d === 0 ? 1 : 0); out[k++] = f(2, d);
  out[k++] = f(3, hw(v, l, se)); out[k++] = f(4, hw(v, j, se)); out[k++] = f(5, hw(v, l, se), hw(v, j, se));
  out[k++] = f(6, hp(v, l, se), hp(v, j, se)); out[k++] = f(7, head, d); out[k++] = f(8, head, hw(v, j, se)); out[k++] = f(9, head, hw(v, l, se));
  out[k++] = f(10, hp(v, j, se), d); out[k++] = f(11, hp(v, l, se), hp(v, j, se), hp(v, j + 1, se)); out[k++] = f(12, head, hp(v, j, se));
  out[k++] = f(13, v.inQuote[l]!, j < se ? v.inQuote[j]! : 2); out[k++] = f(14, hw(v, j, se), hw(v, j + 1, se)); out[k++] = f(15, j - cue.start, head);
  out[k++] = f(16, hw(v, l, se), d);
  return k;
}

const ends = new Int32Array(CUE_END_BACK + CUE_END_AHEAD + 2), scores = new Float64Array(ends.length);
const feats = new Int32Array(CUE_END_MAX_FEATURES), scratch = new Float64Array(CUE_END_LABELS.length);

/** The cue with its end re-chosen by the ranker. */
export function rankCueEnd(model: HashedPerceptron, v: TokenView, cue: TokRange): TokRange {
  const n = cueEndCandidates(v, cue, ends);
  for (let k = 0; k < n; k++) scores[k] = model.score(feats, cueEndFeatures(v, cue, ends[k]!, feats), scratch)[0]!;
  const end = ends[pickCandidate(scores, n)]!;
  return end === cue.end ? cue : { start: cue.start, end };
}
