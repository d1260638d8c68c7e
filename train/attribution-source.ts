/**
 * npm run train -- attribution-source [--limit DOCS] [--epochs N] [--seed S] [--cache FILE] [--validate]
 * Trains the source-span ranker (src/attribution/model/source.ts) on PolNeAR
 * train/ only and writes models/attribution-source.json.gz.
 *
 * As for the content ranker (train/attribution-content.ts, whose fold
 * taggers this reuses): train/ is split in folds, a role tagger trained on
 * the other folds tags the gold cues of each fold, and every gold relation
 * whose tagged source is near its gold source gives one start ranking and
 * one end ranking over the candidates around the tagger's boundaries.
 * Deterministic: fixed document order, seeded shuffles. --cache keeps the
 * fold taggers' spans in FILE between runs; --validate trains on 90% of the
 * documents and scores the rest (writing no model).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/doc/doc.js';
import { segmenter } from '../src/segment/index.js';
import { posTagger } from '../src/pos/index.js';
import { readPolnear } from '../src/attribution/model/corpus.js';
import { HashedPerceptron } from '../src/attribution/model/hashed.js';
import { tokenView } from '../src/attribution/model/features.js';
import { canonicalFragments, trimPunct } from '../src/attribution/model/spans.js';
import { pickCandidate } from '../src/attribution/model/content.js';
import {
  SOURCE_BITS, SOURCE_LABELS, SOURCE_MAX_FEATURES, SOURCE_MODEL_FILE, sourceEndCandidates, sourceEndFeatures, sourceRegion, sourceStartCandidates, sourceStartFeatures, SOURCE_REACH,
} from '../src/attribution/model/source.js';
import { REPO_ROOT, dataPath } from '../eval/data.js';
import { rng, tokensOf } from './_attribution-data.js';
import { trainRanker } from './_ranking.js';
import { DEFAULT_EPOCHS as ATTRIBUTION_EPOCHS } from './attribution.js';
import { crossFoldTagged, type Prepared, type Tagged } from './attribution-content.js';

const FOLDS = 2;
const TAGGER_SEED = 20161110;
const DEFAULT_EPOCHS = 8;
const SEED = 20161111;
const PRUNE_ABS = 0.01;

function arg(args: string[], name: string): string | undefined { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; }

interface Ranking { label: 0 | 1; feats: Int32Array[]; correct: boolean[]; tagger: number }

/** The start and end rankings of the documents' gold relations with a source, around the held-out tagger's source. `all`: keep rankings with no right candidate too. */
function rankings(docs: Prepared[], tagged: Tagged, out: Ranking[], all = false): void {
  const starts = new Int32Array(2 * SOURCE_REACH + 2), ends = new Int32Array(2 * SOURCE_REACH + 2), f = new Int32Array(SOURCE_MAX_FEATURES);
  for (const { g, v, key } of docs) {
    g.relations.forEach((r, ri) => {
      const t = tagged[key]?.[ri];
      if (!r.source || !t?.source) return;
      const gf = canonicalFragments(g.text, r.source);
      if (gf.length !== 1) return;
      const toks = tokensOf(v, g.text, r.cue).sort((a, b) => a - b);
      const cue = { start: toks[0]!, end: toks[toks.length - 1]! + 1 }, src = t.source;
      const region = sourceRegion(v, cue, src);
      const trimmed = (a: number, b: number) => trimPunct(g.text, { start: v.start[a]!, end: v.end[b - 1]! });
      const ns = sourceStartCandidates(v, src, region, starts);
      const sr: Ranking = { label: 0, feats: [], correct: [], tagger: -1 };
      for (let k = 0; k < ns; k++) {
        sr.feats.push(f.slice(0, sourceStartFeatures(v, cue, src.start, starts[k]!, f)));
        sr.correct.push(trimmed(starts[k]!, starts[k]! + 1)?.start === gf[0]!.start);
        if (starts[k] === src.start) sr.tagger = k;
      }
      // ends after the gold start when it is a candidate (as at run time after a right start), else after the tagger's
      const gs = sr.correct.indexOf(true);
      const ne = sourceEndCandidates(v, src, region, gs >= 0 ? starts[gs]! : src.start, ends);
      const er: Ranking = { label: 1, feats: [], correct: [], tagger: -1 };
      for (let k = 0; k < ne; k++) {
        er.feats.push(f.slice(0, sourceEndFeatures(v, cue, src.end, ends[k]!, f)));
        er.correct.push(trimmed(ends[k]! - 1, ends[k]!)?.end === gf[0]!.end);
        if (ends[k] === src.end) er.tagger = k;
      }
      if (all || sr.correct.includes(true)) out.push(sr);
      if (all || er.correct.includes(true)) out.push(er);
    });
  }
}

export async function run(args: string[]): Promise<void> {
  const t0 = Date.now();
  const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
  const gold = readPolnear(dataPath('datasets', 'polnear', 'train'), Number(arg(args, '--limit') ?? Infinity));
  const prepared: Prepared[] = gold.map((g, key) => { const d = new Doc(g.text); segmenter.run(d); posTagger.run(d); return { g, v: tokenView(d), key }; });
  const tagged = crossFoldTagged(prepared, FOLDS, ATTRIBUTION_EPOCHS, TAGGER_SEED, arg(args, '--cache'), (line) => console.log(`${line} (${secs()}s)`));
  const validate = args.includes('--validate');
  const train: Ranking[] = [], held: Ranking[] = [];
  rankings(validate ? prepared.filter((_, k) => k % 10 !== 9) : prepared, tagged, train);
  if (validate) rankings(prepared.filter((_, k) => k % 10 === 9), tagged, held, true);
  const model = new HashedPerceptron([...SOURCE_LABELS], SOURCE_BITS, true);
  const scores = new Float64Array(SOURCE_LABELS.length);
  const epochs = Number(arg(args, '--epochs') ?? DEFAULT_EPOCHS);
  trainRanker(model, train, epochs, rng(Number(arg(args, '--seed') ?? SEED)), (e, right) => { if (e === epochs - 1) console.log(`epoch ${e + 1}: ${train.length} rankings, right ${right.toFixed(4)} (${secs()}s)`); });
  const rows = model.finalize(PRUNE_ABS);
  if (validate) {
    const acc = [0, 0], tag = [0, 0], cnt = [0, 0];
    for (const rk of held) {
      cnt[rk.label]++;
      const sc = rk.feats.map((fs) => model.score(fs, fs.length, scores)[rk.label]!);
      if (rk.correct[pickCandidate(sc, sc.length)]) acc[rk.label]++;
      if (rk.tagger >= 0 && rk.correct[rk.tagger]) tag[rk.label]++;
    }
    console.log(`validation (10% of documents): start ${(acc[0]! / cnt[0]!).toFixed(4)} (tagger ${(tag[0]! / cnt[0]!).toFixed(4)}), end ${(acc[1]! / cnt[1]!).toFixed(4)} (tagger ${(tag[1]! / cnt[1]!).toFixed(4)}) over ${cnt[0]} relations`);
    return;
  }
  const bytes = model.serialize();
  const dir = join(REPO_ROOT, 'models');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, SOURCE_MODEL_FILE), bytes);
  console.log(`model: ${rows} rows (${(bytes.length / 1e6).toFixed(2)} MB) -> ${join(dir, SOURCE_MODEL_FILE)} (${secs()}s)`);
}
