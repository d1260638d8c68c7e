/**
 * npm run train -- speakers [--epochs N] [--limit N]
 * Learns the weights of the pronoun-speaker ranker (src/attribution/speakers/ranker.ts)
 * on PolNeAR train (never dev): at each he/she source that has a proxy
 * antecedent (eval/_speakers.ts), the candidates the resolver scores are
 * ranked, and a ranking averaged perceptron moves the weights toward a
 * candidate that is the antecedent whenever another one scores higher.
 * Gold source/cue/content spans are used, so the ranker learns speaker
 * resolution alone. Deterministic: fixed seed, fixed document order.
 * Writes models/speaker-ranker.json (a few hundred bytes).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/doc/doc.js';
import { boilerplateCleaner } from '../src/clean/index.js';
import { segmenter } from '../src/segment/index.js';
import { posTagger } from '../src/pos/index.js';
import { entityRecognizer } from '../src/entities/index.js';
import { readPolnear } from '../src/attribution/model/corpus.js';
import { HAND_WEIGHTS, RANKER_FORMAT, RANKER_MODEL_FILE, resolveSpeakers, type PronounFeatures } from '../src/attribution/speakers/index.js';
import { seededRandom, shuffleInPlace } from '../src/ml/rng.js';
import { dataPath, REPO_ROOT } from '../eval/data.js';
import { pronounProxy, quoteFromGold, sameSpeaker } from '../eval/_speakers.js';

const SEED = 20220222;
const DEFAULT_EPOCHS = 20;
/** Size of a perceptron update: small, so the learned weights stay near the hand weights they start from (the proxy favours earlier sources). */
const DEFAULT_STEP = 0.1;

interface Instance { candidates: PronounFeatures[]; gold: number[] }

function score(f: PronounFeatures, w: Map<string, number>): number {
  let s = 0;
  for (const k in f) s += (w.get(k) ?? 0) * f[k]!;
  return s;
}
function argmax(inst: Instance, w: Map<string, number>): number {
  let best = 0, bestScore = -Infinity;
  inst.candidates.forEach((f, i) => { const s = score(f, w); if (s > bestScore) { best = i; bestScore = s; } });
  return best;
}
function accuracy(data: Instance[], w: Map<string, number>): number {
  let ok = 0;
  for (const inst of data) if (inst.gold.includes(argmax(inst, w))) ok++;
  return ok / Math.max(1, data.length);
}

export async function run(args: string[]): Promise<void> {
  const arg = (n: string) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
  const epochs = Number(arg('--epochs') ?? DEFAULT_EPOCHS);
  const step = Number(arg('--step') ?? DEFAULT_STEP);
  const limit = Number(arg('--limit') ?? Infinity);
  const docs = readPolnear(dataPath('datasets', 'polnear', 'train'), limit);
  const data: Instance[] = [];
  let pronouns = 0;
  for (const g of docs) {
    const items = pronounProxy(g);
    if (!items.length) continue;
    const doc = new Doc(g.text);
    boilerplateCleaner.run(doc); segmenter.run(doc); posTagger.run(doc); entityRecognizer.run(doc);
    const byStart = new Map(items.map((it) => [`${it.source.start}-${it.source.end}`, it]));
    resolveSpeakers(doc, g.relations.map(quoteFromGold), {
      weights: HAND_WEIGHTS,
      onPronoun: ({ quote, candidates }) => {
        const it = quote.source ? byStart.get(`${quote.source.start}-${quote.source.end}`) : undefined;
        if (!it) return;
        pronouns++;
        const gold = candidates.flatMap((c, i) => (sameSpeaker(c.name, it.antecedent) ? [i] : []));
        if (gold.length && candidates.length > 1) data.push({ candidates: candidates.map((c) => c.features), gold });
      },
    });
  }
  const hand = new Map(Object.entries(HAND_WEIGHTS));
  console.log(`pronoun sources with a proxy antecedent: ${pronouns}; rankable (antecedent among 2+ candidates): ${data.length}`);
  console.log(`hand weights: train ranking accuracy ${accuracy(data, hand).toFixed(4)}`);

  // ranking averaged perceptron, started from the hand weights
  const w = new Map(hand);
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let t = 0;
  const touch = (k: string) => { total.set(k, (total.get(k) ?? 0) + (t - (stamp.get(k) ?? 0)) * (w.get(k) ?? 0)); stamp.set(k, t); };
  const random = seededRandom(SEED);
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      t++;
      const inst = data[i]!;
      const pred = argmax(inst, w);
      if (inst.gold.includes(pred)) continue;
      // the best-scoring right candidate
      const good = inst.gold.reduce((a, b) => (score(inst.candidates[b]!, w) > score(inst.candidates[a]!, w) ? b : a));
      const fg = inst.candidates[good]!, fp = inst.candidates[pred]!;
      for (const k of new Set([...Object.keys(fg), ...Object.keys(fp)])) {
        const d = (fg[k] ?? 0) - (fp[k] ?? 0);
        if (d === 0) continue;
        touch(k);
        w.set(k, (w.get(k) ?? 0) + step * d);
      }
    }
  }
  for (const k of w.keys()) touch(k);
  const avg = new Map<string, number>();
  for (const k of w.keys()) avg.set(k, Math.round(((total.get(k) ?? 0) / Math.max(1, t)) * 1e4) / 1e4);
  console.log(`learned weights (${epochs} epochs): train ranking accuracy ${accuracy(data, avg).toFixed(4)}`);
  const weights = Object.fromEntries([...avg.entries()].sort(([a], [b]) => a.localeCompare(b)));
  const path = join(REPO_ROOT, 'models', RANKER_MODEL_FILE);
  writeFileSync(path, `${JSON.stringify({ format: RANKER_FORMAT, version: 1, trainedOn: 'PolNeAR train, he/she proxy antecedents', epochs, step, seed: SEED, weights }, null, 1)}\n`);
  console.log(`wrote ${path}`);
  console.log(JSON.stringify(weights));
}
