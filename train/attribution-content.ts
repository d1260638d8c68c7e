/**
 * npm run train -- attribution-content [--limit DOCS] [--epochs N] [--tagger-epochs N] [--cache FILE] [--validate [--show N]] [--cv K]
 * Trains the content-span ranker (src/attribution/model/content.ts) on
 * PolNeAR train/ only and writes models/attribution-content.json.gz.
 *
 * The ranker must see the role tagger's realistic spans, not the ones it
 * learned by heart: train/ is split in folds (by document order), a role
 * tagger is trained on all but one fold as train/attribution.ts does (greedy,
 * gold previous labels), and it tags the gold cues of the fold left out. Every gold
 * relation then gives one start ranking and one end ranking over the
 * candidates around the tagger's content. Deterministic: fixed document
 * order, seeded shuffles. For tuning: --cache keeps the fold taggers' spans
 * in FILE between runs; --validate trains on 90% of the documents and scores
 * the rest (writing no model), --show prints its errors; --cv K scores K
 * folds of documents in turn (pooled, steadier for comparing features).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/doc/doc.js';
import { segmenter } from '../src/segment/index.js';
import { posTagger } from '../src/pos/index.js';
import { readPolnear, type GoldDoc } from '../src/attribution/model/corpus.js';
import { HashedPerceptron } from '../src/attribution/model/hashed.js';
import { MAX_FEATURES, cueCtx, roleFeatures, tokenView, type TokenView } from '../src/attribution/model/features.js';
import { CUE_PREV, ROLE_BITS, ROLE_LABELS, tagRoles, type TokRange } from '../src/attribution/model/tagger.js';
import { canonicalFragments, trimPunct } from '../src/attribution/model/spans.js';
import {
  CONTENT_BITS, CONTENT_LABELS, CONTENT_MAX_FEATURES, CONTENT_MODEL_FILE, contentCtx, pickCandidate, touchesQuote, contentRegion, endCandidates, endFeatures, startCandidates, startFeatures,
} from '../src/attribution/model/content.js';
import { REPO_ROOT, dataPath } from '../eval/data.js';
import { goldRoles, rng, shuffle, tokensOf } from './_attribution-data.js';
import { trainRanker } from './_ranking.js';
import { DEFAULT_EPOCHS as ATTRIBUTION_EPOCHS, PRUNE_ABS as ATTRIBUTION_PRUNE_ABS } from './attribution.js';

/** Folds of train/ (by document order): each fold's contents are tagged by a role tagger trained on the other folds. */
const FOLDS = 2;
/** Role tagger epochs per fold: as the shipped tagger's. */
const TAGGER_EPOCHS = ATTRIBUTION_EPOCHS;
/** Ranker epochs: the --validate score was flat from 3 to 12. */
const DEFAULT_EPOCHS = 8;
const SEED = 20161108;
const PRUNE_ABS = 0.01;
/** --show N: print N validation errors. */
let SHOW = 0;
/** As the shipped role tagger is pruned. */
const PRUNE_ROLE_ABS = ATTRIBUTION_PRUNE_ABS;

function arg(args: string[], name: string): string | undefined { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; }
/** `key`: the document's place in train/ (names repeat when two annotators did a document). */
export interface Prepared { g: GoldDoc; v: TokenView; key: number }
interface RoleInstance { v: TokenView; cue: TokRange; win: TokRange; labels: Int8Array }

/** Gold role labels of each relation's window, as train/attribution.ts trains on them. */
export function roleInstances(docs: Prepared[]): RoleInstance[] {
  const idx = new Map(ROLE_LABELS.map((l, k) => [l as string, k]));
  const out: RoleInstance[] = [];
  for (const { g, v } of docs) {
    for (const r of g.relations) {
      const gr = goldRoles(v, g.text, r);
      if (gr) out.push({ v, cue: gr.cue, win: gr.win, labels: Int8Array.from(gr.labels, (l) => idx.get(l)!) });
    }
  }
  return out;
}

/** A role tagger trained like the shipped one (greedy per-token perceptron, gold previous label). */
export function trainRoleTagger(insts: RoleInstance[], epochs: number, seed: number): HashedPerceptron {
  const model = new HashedPerceptron([...ROLE_LABELS], ROLE_BITS, true);
  const feats = new Int32Array(MAX_FEATURES), scores = new Float64Array(ROLE_LABELS.length);
  const r = rng(seed);
  for (let e = 0; e < epochs; e++) {
    for (const inst of shuffle(insts.slice(), r)) {
      const ctx = cueCtx(inst.v, inst.cue.start, inst.cue.end);
      let prev = 0;
      for (let j = inst.win.start; j < inst.win.end; j++) {
        if (j >= inst.cue.start && j < inst.cue.end) { prev = CUE_PREV; continue; }
        const nf = roleFeatures(inst.v, ctx, j, prev, feats);
        const gold = inst.labels[j - inst.win.start]!;
        model.score(feats, nf, scores);
        let pred = 0;
        for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[pred]!) pred = k;
        model.update(gold, pred, feats, nf);
        model.tick();
        prev = gold;
      }
    }
  }
  model.finalize(PRUNE_ROLE_ABS);
  return model;
}

/** One ranking: the candidates' features and which candidates are right. */
interface Ranking { label: 0 | 1; feats: Int32Array[]; correct: boolean[]; tagger: number; quoted: boolean; show?: (k: number) => string }

/** The held-out tagger's source and content for each gold relation (document key -> relation index -> tagged), cached with --cache FILE while features are tuned. */
export type Tagged = Record<number, Record<number, { source: TokRange | null; content: TokRange[] }>>;

/**
 * The role taggers' own spans on every training document, each document
 * tagged by a tagger trained on the other folds (seed + fold); `cacheFile`
 * keeps them between runs.
 */
export function crossFoldTagged(prepared: Prepared[], folds: number, epochs: number, seed: number, cacheFile: string | undefined, log: (line: string) => void): Tagged {
  if (cacheFile && existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as Tagged;
  const tagged: Tagged = {};
  for (let h = 0; h < folds; h++) {
    const rest = prepared.filter((p) => p.key % folds !== h);
    // the fold's tagger goes through the model file format, so it tags with the quantized weights a shipped tagger has
    const role = HashedPerceptron.deserialize(trainRoleTagger(roleInstances(rest), epochs, seed + h).serialize());
    tagHeldOut(prepared.filter((p) => p.key % folds === h), role, tagged);
    log(`fold ${h + 1}/${folds}: tagger trained on ${rest.length} docs`);
  }
  if (cacheFile) writeFileSync(cacheFile, JSON.stringify(tagged));
  return tagged;
}

export function tagHeldOut(docs: Prepared[], role: HashedPerceptron, into: Tagged): void {
  for (const { g, v, key } of docs) {
    const mine: Tagged[number] = (into[key] = {});
    g.relations.forEach((r, k) => {
      if (!r.content) return;
      const toks = tokensOf(v, g.text, r.cue).sort((a, b) => a - b);
      if (!toks.length) return;
      const t = tagRoles(role, v, { start: toks[0]!, end: toks[toks.length - 1]! + 1 });
      mine[k] = { source: t.source, content: t.content };
    });
  }
}

/** The start and end rankings of the documents' gold relations, around the held-out tagger's contents. `all`: keep rankings with no right candidate too (scoring held-out documents). */
function rankings(docs: Prepared[], tagged: Tagged, out: Ranking[], stats: { n: number; tagger: number; oracle: number }, all = false): void {
  const starts = new Int32Array(256), ends = new Int32Array(256), f = new Int32Array(CONTENT_MAX_FEATURES);
  for (const { g, v, key } of docs) {
    for (let ri = 0; ri < g.relations.length; ri++) {
      const r = g.relations[ri]!;
      const t = tagged[key]?.[ri];
      if (!r.content || !t || !t.content.length) continue;
      const gf = canonicalFragments(g.text, r.content);
      if (!gf.length) continue;
      const toks = tokensOf(v, g.text, r.cue).sort((a, b) => a - b);
      const cue = { start: toks[0]!, end: toks[toks.length - 1]! + 1 };
      const gs = gf[0]!.start, ge = gf[gf.length - 1]!.end;
      const content = t.content;
      const trimmed = (a: number, b: number) => trimPunct(g.text, { start: v.start[a]!, end: v.end[b - 1]! });
      const region = contentRegion(v, cue, t.source, content);
      const ns = startCandidates(v, cue, t.source, region, content[0]!.start, starts);
      const ne = endCandidates(v, cue, t.source, region, content[content.length - 1]!.end, ends);
      const c = contentCtx(v, cue, t.source, content, region);
      const quoted = touchesQuote(v, content);
      const sr: Ranking = { label: 0, feats: [], correct: [], tagger: -1, quoted };
      const er: Ranking = { label: 1, feats: [], correct: [], tagger: -1, quoted };
      for (let k = 0; k < ns; k++) {
        const i = starts[k]!;
        sr.feats.push(f.slice(0, startFeatures(v, c, i, f)));
        sr.correct.push(trimmed(i, i + 1)?.start === gs);
        if (i === c.ts) sr.tagger = k;
      }
      for (let k = 0; k < ne; k++) {
        const j = ends[k]!;
        er.feats.push(f.slice(0, endFeatures(v, c, j, f)));
        er.correct.push(trimmed(j - 1, j)?.end === ge);
        if (j === c.te) er.tagger = k;
      }
      if (SHOW) {
        const text = g.text, span = (a: number, b: number) => text.slice(v.start[a]!, v.end[b - 1]!).replace(/\n/g, ' / ');
        const st = starts.slice(0, ns), en = ends.slice(0, ne);
        const lo = Math.min(st[0]!, cue.start), hi = Math.max(en[ne - 1]!, cue.end);
        sr.show = (k) => `START pred@${span(st[k]!, st[k]! + 1)} gold=${text.slice(gs, gs + 20)}: ${span(lo, hi).slice(0, 400)}  CUE ${span(cue.start, cue.end)}`;
        er.show = (k) => `END pred=…${span(Math.max(lo, en[k]! - 6), en[k]!)} gold=…${text.slice(ge - 30, ge).replace(/\n/g, ' / ')} CUE ${span(cue.start, cue.end)}: ${span(lo, hi).slice(0, 500)}`;
      }
      stats.n++;
      if (sr.tagger >= 0 && er.tagger >= 0 && sr.correct[sr.tagger] && er.correct[er.tagger]) stats.tagger++;
      if (sr.correct.includes(true) && er.correct.includes(true)) stats.oracle++;
      if (all || sr.correct.includes(true)) out.push(sr);
      if (all || er.correct.includes(true)) out.push(er);
    }
  }
}

/** Pooled held-out accuracy of the ranker's starts and ends over `k` document folds. */
function crossValidate(prepared: Prepared[], tagged: Tagged, k: number, epochs: number): void {
  const right = [0, 0], tagger = [0, 0], n = [0, 0];
  const scores = new Float64Array(CONTENT_LABELS.length);
  for (let h = 0; h < k; h++) {
    const train: Ranking[] = [], held: Ranking[] = [];
    rankings(prepared.filter((p) => p.key % k !== h), tagged, train, { n: 0, tagger: 0, oracle: 0 });
    rankings(prepared.filter((p) => p.key % k === h), tagged, held, { n: 0, tagger: 0, oracle: 0 }, true);
    const model = new HashedPerceptron([...CONTENT_LABELS], CONTENT_BITS, true);
    trainRanker(model, train, epochs, rng(SEED));
    model.finalize(PRUNE_ABS);
    for (const rk of held) {
      const b = pickCandidate(rk.feats.map((fs) => model.score(fs, fs.length, scores)[rk.label]!), rk.feats.length);
      n[rk.label]++;
      if (rk.correct[b]) right[rk.label]++;
      if (rk.tagger >= 0 && rk.correct[rk.tagger]) tagger[rk.label]++;
    }
  }
  const f = (l: number) => `${(right[l]! / n[l]!).toFixed(4)} (${right[l]}/${n[l]}; tagger ${(tagger[l]! / n[l]!).toFixed(4)})`;
  console.log(`cross-validation (${k} folds of documents): start ${f(0)}, end ${f(1)}`);
}

export async function run(args: string[]): Promise<void> {
  const limit = Number(arg(args, '--limit') ?? Infinity);
  const epochs = Number(arg(args, '--epochs') ?? DEFAULT_EPOCHS);
  const taggerEpochs = Number(arg(args, '--tagger-epochs') ?? TAGGER_EPOCHS);
  const t0 = Date.now();
  const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
  const gold = readPolnear(dataPath('datasets', 'polnear', 'train'), limit);
  const prepared: Prepared[] = gold.map((g, key) => { const d = new Doc(g.text); segmenter.run(d); posTagger.run(d); return { g, v: tokenView(d), key }; });
  const folds = Number(arg(args, '--folds') ?? FOLDS);
  const tagged = crossFoldTagged(prepared, folds, taggerEpochs, SEED, arg(args, '--cache'), (line) => console.log(`${line} (${secs()}s)`));
  // --cv K: K validations, each fold of documents held out in turn; prints the pooled start and end accuracy (steadier than one 10% fold for comparing features)
  const cv = Number(arg(args, '--cv') ?? 0);
  if (cv > 1) { crossValidate(prepared, tagged, cv, epochs); return; }
  // --validate: the ranker learns from 90% of the documents and is scored on the rest (for tuning; the shipped model uses all)
  const validate = args.includes('--validate');
  SHOW = Number(arg(args, '--show') ?? 0);
  const all: Ranking[] = [], held: Ranking[] = [];
  const stats = { n: 0, tagger: 0, oracle: 0 };
  rankings(validate ? prepared.filter((_, k) => k % 10 !== 9) : prepared, tagged, all, stats);
  if (validate) rankings(prepared.filter((_, k) => k % 10 === 9), tagged, held, { n: 0, tagger: 0, oracle: 0 }, true);
  console.log(`held-out relations ${stats.n}: tagger boundaries exact ${(stats.tagger / stats.n).toFixed(4)}, candidate oracle ${(stats.oracle / stats.n).toFixed(4)}; ${all.length} rankings`);

  const model = new HashedPerceptron([...CONTENT_LABELS], CONTENT_BITS, true);
  const scores = new Float64Array(CONTENT_LABELS.length);
  trainRanker(model, all, epochs, rng(SEED), (e, right, taggerRight) => console.log(`epoch ${e + 1}: boundaries right ${right.toFixed(4)} (tagger's ${taggerRight.toFixed(4)}) (${secs()}s)`));
  const rows = model.finalize(PRUNE_ABS);
  if (validate) {
    const acc = [0, 0], tag = [0, 0], cnt = [0, 0];
    let shown = 0;
    const errs = new Map<string, number>();
    const groups = new Map<string, number[]>();
    for (const rk of held) {
      cnt[rk.label]++;
      const sc = rk.feats.map((fs) => model.score(fs, fs.length, scores)[rk.label]!);
      const b = pickCandidate(sc, sc.length);
      const grp = `${rk.label ? 'end' : 'start'} ${rk.quoted ? 'quoted' : 'plain'}`;
      const gr = groups.get(grp) ?? [0, 0, 0];
      gr[0]++; if (rk.correct[b]) gr[1]++; if (rk.tagger >= 0 && rk.correct[rk.tagger]) gr[2]++;
      groups.set(grp, gr);
      if (rk.correct[b]) acc[rk.label]++;
      else if (rk.label === 1) {
        const g = rk.correct.indexOf(true);
        if (g < 0) continue;
        const key = `${rk.tagger >= 0 && rk.correct[rk.tagger] ? 'broke-tagger' : b === rk.tagger ? 'kept-wrong-tagger' : 'other'} ${b < g ? 'short' : 'long'}`;
        errs.set(key, (errs.get(key) ?? 0) + 1);
      }
      else if (rk.show && shown++ < SHOW) console.log(rk.show(b));
      
      if (rk.tagger >= 0 && rk.correct[rk.tagger]) tag[rk.label]++;
    }
    console.log([...groups].map(([g, [n, r, t]]) => `${g}: ${n} rankings, ranker ${r}, tagger ${t}`).join('; '));
    if (SHOW) console.log([...errs].map(([k2, n]) => `${k2} ${n}`).join(', '));
    console.log(`validation (10% of documents): start ${(acc[0]! / cnt[0]!).toFixed(4)} (tagger ${(tag[0]! / cnt[0]!).toFixed(4)}), end ${(acc[1]! / cnt[1]!).toFixed(4)} (tagger ${(tag[1]! / cnt[1]!).toFixed(4)})`);
    return;
  }
  const bytes = model.serialize();
  const dir = join(REPO_ROOT, 'models');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, CONTENT_MODEL_FILE), bytes);
  console.log(`model: ${rows} rows (${(bytes.length / 1e6).toFixed(2)} MB) -> ${join(dir, CONTENT_MODEL_FILE)} (${secs()}s)`);
}
