/**
 * npm run train -- attribution [--epochs N] [--limit DOCS] [--seed N] [--soup K]
 * Trains the attribution tagger (src/attribution/model/tagger.ts) on PolNeAR
 * train/ only, writes models/attribution.json.gz and the learned reporting
 * stems (src/lexicon/reporting-learned.ts). Deterministic: fixed document
 * order and a seeded shuffle per epoch.
 *
 * The shipped model is a "soup": SOUP runs that differ only in their shuffle
 * seed (seed, seed+1, ...) are averaged weight by weight. A single run's dev
 * F1 moves by up to 0.007 source and 0.018 content with the seed alone, so
 * one run is a lottery ticket; the average of several is steadier and is
 * what changes are judged against.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/doc/doc.js';
import { segmenter } from '../src/segment/index.js';
import { readPolnear, type GoldDoc } from '../src/attribution/model/corpus.js';
import { HashedPerceptron } from '../src/attribution/model/hashed.js';
import { posTagger } from '../src/pos/index.js';
import { MAX_FEATURES, cueCtx, cueFeatures, roleFeatures, rolePrevFeatures, roleStaticFeatures, tokenView, type TokenView } from '../src/attribution/model/features.js';
import { CUE_BITS, CUE_GATE_AHEAD, CUE_LABELS, CUE_MODEL_FILE, CUE_PREV, ROLE_BITS, ROLE_LABELS, ROLE_MODEL_FILE, ROLE_VITERBI, viterbi, type TokRange } from '../src/attribution/model/tagger.js';
import { setLearnedCueStems } from '../src/lexicon/reporting.js';
import { REPO_ROOT, dataPath } from '../eval/data.js';
import { goldRoles, rng, shuffle, tokensOf } from './_attribution-data.js';

/**
 * Epochs over the data. Fewer epochs overfit less: over 3- and 5-run soups and
 * single runs (--soup, --seed), 4 epochs beat 6 on dev by about +0.006 cue F1
 * and +0.004 content F1 on average (source within noise); 3 and 5 scored in
 * between, 10 lower.
 */
export const DEFAULT_EPOCHS = 4;
/** A stem joins the learned lexicon when it heads at least this many training cues ... */
const LEX_MIN_COUNT = 3;
/** ... and at least this share of its occurrences are inside cues. */
const LEX_MIN_SHARE = 0.15;
/** Averaged weights smaller than this are dropped from the shipped model (keeps it a few MB). */
export const PRUNE_ABS = 0.02;
const SEED = 20220222;
/** Runs averaged into the shipped model (--soup K; 1 = a single run). */
const SOUP = 1;
/**
 * From this epoch on (0-based), the "previous label" feature during training
 * is the model's own constrained decision, as at run time, not the gold label
 * (against exposure bias; `--own-history-from N`). Off: from epoch 1 on it
 * lost content F1 on dev (0.527 -> 0.502).
 */
const OWN_HISTORY_FROM_EPOCH = Infinity;
/** Allowed labels after a previous label, as in the decoder (src/attribution/model/tagger.ts). */
const CUE_ALLOWED: number[][] = [[0, 1], [0, 1, 2], [0, 1, 2]];
const ROLE_ALLOWED: number[][] = [[0, 1, 3], [0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 3, 4], [0, 1, 3, 4], [0, 1, 3]];
function bestAllowed(xs: Float64Array, allowed: readonly number[]): number {
  let b = allowed[0]!;
  for (const k of allowed) if (xs[k]! > xs[b]!) b = k;
  return b;
}

function arg(args: string[], name: string): string | undefined { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; }

/** `doc`: the document's place in train/ (for cross-fold training, train/attribution-cue-end.ts). */
interface CueSentence { v: TokenView; from: number; to: number; labels: string[]; doc: number }
interface RoleInstance { v: TokenView; cue: TokRange; win: TokRange; labels: string[]; doc: number }

/**
 * Each token's distance to the next reporting word, colon or quotation mark
 * of its sentence, as tagCues' gate measures it (CUE_GATE_AHEAD + 1: none
 * near); null for a sentence with none (extract.ts does not tag it). The cue
 * tagger is trained on the tokens it scores at run time only: a token out of
 * the gate's reach is outside whatever its weights say. Over 3 seeds on
 * PolNeAR dev, against training on every token (with the shipped cue-end
 * ranker): source F1 +0.0030, cue +0.0034, content +0.0020, each seed gaining
 * on all three (gating the tokens but keeping every sentence: +0.0037,
 * +0.0025, -0.0002). With the cue-end ranker retrained on it the gain is
 * smaller than that ranker's seed noise (see train/attribution-cue-end.ts).
 */
function gateAhead(v: TokenView, from: number, to: number): Int32Array | null {
  const out = new Int32Array(to - from);
  let ahead = CUE_GATE_AHEAD + 1, any = false;
  for (let i = to - 1; i >= from; i--) {
    if (v.cueTrigger[i]) { ahead = 0; any = true; } else ahead = Math.min(ahead + 1, CUE_GATE_AHEAD + 1);
    out[i - from] = ahead;
  }
  return any ? out : null;
}

/** One training run (both taggers) with the given shuffle seed; the weights come back averaged and unpruned. */
function trainRun(cueSents: CueSentence[], roleInst: RoleInstance[], epochs: number, seed: number, ownFrom: number, t0: number, log: (line: string) => void): { cueModel: HashedPerceptron; roleModel: HashedPerceptron } {
  const r = rng(seed);
  const cueModel = new HashedPerceptron([...CUE_LABELS], CUE_BITS, true);
  const roleModel = new HashedPerceptron([...ROLE_LABELS], ROLE_BITS, true);
  const cueIdx = new Map(CUE_LABELS.map((l, k) => [l as string, k]));
  const roleIdx = new Map(ROLE_LABELS.map((l, k) => [l as string, k]));
  const feats = new Int32Array(MAX_FEATURES), prevFeats = new Int32Array(MAX_FEATURES);
  const cueScratch = new Float64Array(CUE_LABELS.length), roleScratch = new Float64Array(ROLE_LABELS.length);
  const argmax = (xs: Float64Array) => { let b = 0; for (let k = 1; k < xs.length; k++) if (xs[k]! > xs[b]!) b = k; return b; };
  for (let e = 0; e < epochs; e++) {
    const own = e >= ownFrom;
    let errs = 0, n = 0;
    for (const s of shuffle(cueSents.slice(), r)) {
      // only what tagCues scores at run time: the gate's tokens of sentences that may hold a cue
      const gate = gateAhead(s.v, s.from, s.to);
      if (!gate) continue;
      let prev = 0;
      for (let i = s.from; i < s.to; i++) {
        if (prev === 0 && gate[i - s.from]! > CUE_GATE_AHEAD) { prev = cueIdx.get(s.labels[i - s.from]!)!; continue; }
        const nf = cueFeatures(s.v, i, prev, feats);
        const goldK = cueIdx.get(s.labels[i - s.from]!)!;
        const scores = cueModel.score(feats, nf, cueScratch);
        const pred = argmax(scores);
        const decided = own ? bestAllowed(scores, CUE_ALLOWED[prev]!) : goldK;
        cueModel.update(goldK, pred, feats, nf);
        cueModel.tick();
        if (pred !== goldK) errs++;
        n++;
        prev = decided;
      }
    }
    let rerrs = 0, rn = 0;
    for (const inst of shuffle(roleInst.slice(), r)) {
      const ctx = cueCtx(inst.v, inst.cue.start, inst.cue.end);
      const goldLab = Int8Array.from(inst.labels, (l) => roleIdx.get(l)!);
      if (ROLE_VITERBI) {
        // structured perceptron: decode the whole window as at run time, then update where the paths differ
        const pred = new Int8Array(goldLab.length);
        viterbi(roleModel, inst.v, ctx, inst.win.start, inst.cue.start, 0, pred, inst.win.start);
        viterbi(roleModel, inst.v, ctx, inst.cue.end, inst.win.end, CUE_PREV, pred, inst.win.start);
        for (const [a, b, prev0] of [[inst.win.start, inst.cue.start, 0], [inst.cue.end, inst.win.end, CUE_PREV]] as const) {
          let gp: number = prev0, pp: number = prev0;
          for (let j = a; j < b; j++) {
            const gk = goldLab[j - inst.win.start]!, pk = pred[j - inst.win.start]!;
            if (gk !== pk || gp !== pp) {
              const ns = roleStaticFeatures(inst.v, ctx, j, feats);
              if (gk !== pk) { roleModel.add(gk, feats, ns, 1); roleModel.add(pk, feats, ns, -1); rerrs++; }
              roleModel.add(gk, prevFeats, rolePrevFeatures(gp, prevFeats, 0), 1);
              roleModel.add(pk, prevFeats, rolePrevFeatures(pp, prevFeats, 0), -1);
            }
            rn++;
            gp = gk; pp = pk;
          }
        }
        roleModel.tick();
        continue;
      }
      let prev = 0;
      for (let j = inst.win.start; j < inst.win.end; j++) {
        if (j >= inst.cue.start && j < inst.cue.end) { prev = CUE_PREV; continue; }
        const nf = roleFeatures(inst.v, ctx, j, prev, feats);
        const goldK = goldLab[j - inst.win.start]!;
        const scores = roleModel.score(feats, nf, roleScratch);
        const pred = argmax(scores);
        const decided = own ? bestAllowed(scores, ROLE_ALLOWED[prev]!) : goldK;
        roleModel.update(goldK, pred, feats, nf);
        roleModel.tick();
        if (pred !== goldK) rerrs++;
        rn++;
        prev = decided;
      }
    }
    log(`epoch ${e + 1}: cue token error ${(errs / n).toFixed(4)}, role token error ${(rerrs / rn).toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  }
  cueModel.finalize(0);
  roleModel.finalize(0);
  return { cueModel, roleModel };
}

/** What training reads: the learned lexicon's stems (already set in memory), the instances of both taggers, and the documents they come from. */
export interface AttributionTrainingData { learned: string[]; cueSents: CueSentence[]; roleInst: RoleInstance[]; docs: { g: GoldDoc; d: Doc; v: TokenView }[] }

/** Reads PolNeAR train/, learns the reporting stems (and sets them, as the taggers' features use them) and builds the instances. */
export function prepareAttributionTraining(limit = Infinity, log: (line: string) => void = console.log): AttributionTrainingData {
  const t0 = Date.now();
  const gold = readPolnear(dataPath('datasets', 'polnear', 'train'), limit);
  const prepared = gold.map((g) => { const d = new Doc(g.text); segmenter.run(d); posTagger.run(d); return { g, d, v: tokenView(d) }; });

  // 1. the learned lexicon: stems heading training cues
  const inCue = new Map<string, number>(), all = new Map<string, number>();
  for (const { g, v } of prepared) {
    for (let i = 0; i < v.n; i++) all.set(v.stem[i]!, (all.get(v.stem[i]!) ?? 0) + 1);
    for (const r of g.relations) for (const i of new Set(tokensOf(v, g.text, r.cue))) if (/\p{L}/u.test(v.lower[i]!)) inCue.set(v.stem[i]!, (inCue.get(v.stem[i]!) ?? 0) + 1);
  }
  const learned = [...inCue].filter(([s, c]) => c >= LEX_MIN_COUNT && c / (all.get(s) ?? c) >= LEX_MIN_SHARE).map(([s]) => s).sort();
  setLearnedCueStems(learned);

  // 2. instances (the token views are rebuilt with the learned lexicon)
  const cueSents: CueSentence[] = [];
  const roleInst: RoleInstance[] = [];
  const docs: AttributionTrainingData['docs'] = [];
  for (const [doc, { g, d }] of prepared.entries()) {
    const v = tokenView(d);
    docs.push({ g, d, v });
    const cueLab = new Array<string>(v.n).fill('O');
    for (const r of g.relations) {
      const gr = goldRoles(v, g.text, r);
      if (!gr) continue;
      const toks = gr.cueTokens;
      toks.forEach((t, k) => { cueLab[t] = k === 0 || toks[k - 1] !== t - 1 ? 'B' : (cueLab[t] === 'B' ? 'B' : 'I'); });
      roleInst.push({ v, cue: gr.cue, win: gr.win, labels: gr.labels, doc });
    }
    for (const s of d.sentences) cueSents.push({ v, from: s.tokenStart, to: s.tokenEnd, labels: cueLab.slice(s.tokenStart, s.tokenEnd), doc });
  }
  log(`instances: ${cueSents.length} sentences, ${roleInst.length} cues, ${learned.length} learned stems (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  return { learned, cueSents, roleInst, docs };
}

export interface AttributionTrainingOptions { epochs?: number; seed?: number; soup?: number; ownFrom?: number; log?: (line: string) => void }

/** Trains the cue and role taggers (SOUP runs averaged, then pruned) and returns them as final, unpacked models. */
export function trainAttributionModels(data: AttributionTrainingData, opts: AttributionTrainingOptions = {}): { cue: HashedPerceptron; role: HashedPerceptron; cueRows: number; roleRows: number } {
  const epochs = opts.epochs ?? DEFAULT_EPOCHS, seed = opts.seed ?? SEED, soup = opts.soup ?? SOUP, log = opts.log ?? console.log;
  const t0 = Date.now();
  const runs = Array.from({ length: soup }, (_, k) => { log(`run ${k + 1}/${soup} (seed ${seed + k})`); return trainRun(data.cueSents, data.roleInst, epochs, seed + k, opts.ownFrom ?? OWN_HISTORY_FROM_EPOCH, t0, log); });
  const cue = HashedPerceptron.average(runs.map((x) => x.cueModel));
  const role = HashedPerceptron.average(runs.map((x) => x.roleModel));
  return { cue, role, cueRows: cue.prune(PRUNE_ABS), roleRows: role.prune(PRUNE_ABS) };
}

export async function run(args: string[]): Promise<void> {
  const t0 = Date.now();
  const data = prepareAttributionTraining(Number(arg(args, '--limit') ?? Infinity));
  const lexFile = join(REPO_ROOT, 'src', 'lexicon', 'reporting-learned.ts');
  writeFileSync(lexFile, `// Generated by \`npm run train -- attribution\` from PolNeAR train cues. Do not edit.\nexport const LEARNED_CUE_STEMS: readonly string[] = ${JSON.stringify(data.learned, null, 0).replace(/","/g, '", "')};\n`);
  console.log(`lexicon: ${data.learned.length} learned stems -> ${lexFile}`);
  const { cue, role, cueRows, roleRows } = trainAttributionModels(data, {
    epochs: Number(arg(args, '--epochs') ?? DEFAULT_EPOCHS), seed: Number(arg(args, '--seed') ?? SEED), soup: Number(arg(args, '--soup') ?? SOUP),
    ownFrom: Number(arg(args, '--own-history-from') ?? OWN_HISTORY_FROM_EPOCH),
  });
  const dir = join(REPO_ROOT, 'models');
  mkdirSync(dir, { recursive: true });
  const cueBytes = cue.serialize(), roleBytes = role.serialize();
  writeFileSync(join(dir, CUE_MODEL_FILE), cueBytes);
  writeFileSync(join(dir, ROLE_MODEL_FILE), roleBytes);
  console.log(`model: ${cueRows} cue rows (${(cueBytes.length / 1e6).toFixed(2)} MB), ${roleRows} role rows (${(roleBytes.length / 1e6).toFixed(2)} MB) -> ${dir} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
}
