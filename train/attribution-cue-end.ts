/**
 * npm run train -- attribution-cue-end [--limit DOCS] [--epochs N] [--seed S] [--soup K] [--cache DIR] [--validate]
 * Trains the cue-end ranker (src/attribution/model/cue-end.ts) on PolNeAR
 * train/ only and writes models/attribution-cue-end.json.gz.
 *
 * The ranker must see the cue tagger's realistic cues: train/ is split in
 * folds (by document order), cue and role taggers are trained on all but one
 * fold as train/attribution.ts does, and the cue tagger tags the fold left
 * out. Every tagged cue starting where a gold cue (one span) starts gives one
 * ranking of the candidate ends. Deterministic: fixed document order, seeded
 * shuffles. --cache keeps the fold taggers in DIR; --validate trains on 90%
 * of the documents and scores the rest (writing no model).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HashedPerceptron } from '../src/attribution/model/hashed.js';
import { canonicalFragments } from '../src/attribution/model/spans.js';
import { tagCues } from '../src/attribution/model/tagger.js';
import { pickCandidate } from '../src/attribution/model/content.js';
import { CUE_END_BITS, CUE_END_LABELS, CUE_END_MAX_FEATURES, CUE_END_MODEL_FILE, cueEndCandidates, cueEndFeatures } from '../src/attribution/model/cue-end.js';
import { REPO_ROOT } from '../eval/data.js';
import { prepareAttributionTraining, trainAttributionModels, type AttributionTrainingData } from './attribution.js';
import { rng } from './_attribution-data.js';
import { trainRanker } from './_ranking.js';

const FOLDS = 2;
const DEFAULT_EPOCHS = 8;
const SEED = 20161112;
/**
 * Rankers averaged into the shipped one (--soup K), each with its own shuffle
 * seed (seed + k). The shuffle seed alone moved PolNeAR dev content F1 by up
 * to 0.008 (seeds 20161112-15 over the same fold taggers: 0.5624-0.5705, cue
 * 0.6930-0.7014); the average of 4 scored source 0.7582, cue 0.7018, content
 * 0.5695 (of 8: 0.7580, 0.7003, 0.5673).
 */
const SOUP = 4;
const PRUNE_ABS = 0.01;

function arg(args: string[], name: string): string | undefined { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; }

interface Ranking { feats: Int32Array[]; correct: boolean[]; tagger: number; doc: number }

/** The fold's cue tagger (cached in DIR when given), as loaded from a model file. */
function foldCueTagger(data: AttributionTrainingData, h: number, cacheDir: string | undefined): HashedPerceptron {
  const file = cacheDir ? join(cacheDir, `fold${h}-of${FOLDS}-cue.json.gz`) : null;
  if (file && existsSync(file)) return HashedPerceptron.deserialize(readFileSync(file));
  const rest = { ...data, cueSents: data.cueSents.filter((s) => s.doc % FOLDS !== h), roleInst: data.roleInst.filter((r) => r.doc % FOLDS !== h) };
  const bytes = trainAttributionModels(rest, { seed: 20220222 + h, log: () => undefined }).cue.serialize();
  if (file) { mkdirSync(cacheDir!, { recursive: true }); writeFileSync(file, bytes); }
  return HashedPerceptron.deserialize(bytes);
}

function rankings(data: AttributionTrainingData, cacheDir: string | undefined): Ranking[] {
  const out: Ranking[] = [];
  const ends = new Int32Array(16), f = new Int32Array(CUE_END_MAX_FEATURES);
  for (let h = 0; h < FOLDS; h++) {
    const tagger = foldCueTagger(data, h, cacheDir);
    data.docs.forEach(({ g, d, v }, k) => {
      if (k % FOLDS !== h) return;
      // gold cue spans of one fragment, by their first token
      const goldEnd = new Map<number, number>();
      for (const r of g.relations) {
        const gf = canonicalFragments(g.text, r.cue);
        if (gf.length !== 1) continue;
        let a = 0;
        while (a < v.n && v.end[a]! <= gf[0]!.start) a++;
        if (a < v.n && v.start[a] === gf[0]!.start) goldEnd.set(a, gf[0]!.end);
      }
      for (const s of d.sentences) {
        for (const cue of tagCues(tagger, v, s.tokenStart, s.tokenEnd)) {
          const ge = goldEnd.get(cue.start);
          if (ge === undefined) continue;
          const n = cueEndCandidates(v, cue, ends);
          const rk: Ranking = { feats: [], correct: [], tagger: -1, doc: k };
          for (let c = 0; c < n; c++) {
            rk.feats.push(f.slice(0, cueEndFeatures(v, cue, ends[c]!, f)));
            rk.correct.push(v.end[ends[c]! - 1] === ge);
            if (ends[c] === cue.end) rk.tagger = c;
          }
          out.push(rk);
        }
      }
    });
  }
  return out;
}

export async function run(args: string[]): Promise<void> {
  const t0 = Date.now();
  const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
  const data = prepareAttributionTraining(Number(arg(args, '--limit') ?? Infinity), () => undefined);
  const all = rankings(data, arg(args, '--cache'));
  const validate = args.includes('--validate');
  const train = all.filter((rk) => rk.correct.includes(true) && (!validate || rk.doc % 10 !== 9));
  const held = validate ? all.filter((rk) => rk.doc % 10 === 9) : [];
  console.log(`${all.length} rankings, tagger right ${(all.filter((rk) => rk.correct[rk.tagger]).length / all.length).toFixed(4)}, oracle ${(all.filter((rk) => rk.correct.includes(true)).length / all.length).toFixed(4)} (${secs()}s)`);
  const scores = new Float64Array(1);
  const soup = Number(arg(args, '--soup') ?? SOUP), seed = Number(arg(args, '--seed') ?? SEED);
  const runs = Array.from({ length: soup }, (_, k) => {
    const m = new HashedPerceptron([...CUE_END_LABELS], CUE_END_BITS, true);
    trainRanker(m, train, Number(arg(args, '--epochs') ?? DEFAULT_EPOCHS), rng(seed + k));
    m.finalize(0);
    return m;
  });
  const model = HashedPerceptron.average(runs);
  const rows = model.prune(PRUNE_ABS);
  if (validate) {
    let acc = 0, tag = 0;
    for (const rk of held) {
      const sc = rk.feats.map((fs) => model.score(fs, fs.length, scores)[0]!);
      if (rk.correct[pickCandidate(sc, sc.length)]) acc++;
      if (rk.correct[rk.tagger]) tag++;
    }
    console.log(`validation (10% of documents): ranker ${(acc / held.length).toFixed(4)}, tagger ${(tag / held.length).toFixed(4)} over ${held.length} cues`);
    return;
  }
  const bytes = model.serialize();
  const dir = join(REPO_ROOT, 'models');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, CUE_END_MODEL_FILE), bytes);
  console.log(`model: ${rows} rows (${(bytes.length / 1e6).toFixed(2)} MB) -> ${join(dir, CUE_END_MODEL_FILE)} (${secs()}s)`);
}
