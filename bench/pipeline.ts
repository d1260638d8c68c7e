/**
 * npm run bench [-- pipeline] [--articles N] [--rounds R]
 *
 * The whole `analyze` pipeline on the PolNeAR texts, side by side in the same
 * run with compromise's people/places/organizations pass over the same texts.
 * Each side runs in its own child process (so peak RSS is its own), in
 * alternating rounds; medians are reported (the machine is shared and noisy).
 * Also prints the time share of each pipeline component.
 * Both sides first process the PolNeAR dev texts, untimed (warm-up: model
 * loading, and the JIT compiling each side's hot code, which for a pipeline
 * of this size takes a few hundred articles), then are timed on the train
 * texts: the steady throughput of a long run, measured on texts not seen in
 * the warm-up.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPath } from '../eval/data.js';

interface Result { side: string; articles: number; words: number; seconds: number; peakRssMb: number; stages?: Record<string, number> }

function loadTexts(limit: number, split = 'train'): string[] {
  const dir = dataPath('datasets', 'polnear', split, 'text');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, limit).map((f) => readFileSync(join(dir, f), 'utf8'));
}

const countWords = (t: string) => (t.match(/\S+/g) ?? []).length;

async function child(side: string, limit: number): Promise<void> {
  const texts = loadTexts(limit);
  const warmTexts = loadTexts(1e9, 'dev');
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  let seconds = 0;
  const stages: Record<string, number> = {};
  if (side === 'whosaid') {
    const { Doc, defaultPipeline } = await import('../src/index.js');
    const { toRecord } = await import('../src/record/build.js');
    const pipeline = defaultPipeline();
    for (const t of warmTexts) toRecord(pipeline.run(new Doc(t, { referenceDate: '2016-01-01' })));
    const t0 = process.hrtime.bigint();
    for (const t of texts) {
      const doc = new Doc(t, { referenceDate: '2016-01-01' });
      for (const c of pipeline.components) {
        const s = process.hrtime.bigint();
        c.run(doc);
        stages[c.name] = (stages[c.name] ?? 0) + Number(process.hrtime.bigint() - s) / 1e9;
      }
      const s = process.hrtime.bigint();
      toRecord(doc);
      stages.record = (stages.record ?? 0) + Number(process.hrtime.bigint() - s) / 1e9;
    }
    seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  } else {
    const nlp = (await import('compromise')).default;
    for (const t of warmTexts) { const d = nlp(t); d.people().out('array'); d.places().out('array'); d.organizations().out('array'); }
    const t0 = process.hrtime.bigint();
    for (const t of texts) {
      const d = nlp(t);
      d.people().out('array'); d.places().out('array'); d.organizations().out('array');
    }
    seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  const r: Result = { side, articles: texts.length, words, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, ...(side === 'whosaid' ? { stages } : {}) };
  process.stdout.write(JSON.stringify(r) + '\n');
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

export async function run(args: string[]): Promise<void> {
  const opt = (name: string, def: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : def; };
  if (args[0] === '--child') { await child(args[1]!, opt('--articles', 1e9)); return; }
  const limit = opt('--articles', 1e9);
  const rounds = opt('--rounds', 3);
  const self = fileURLToPath(import.meta.url);
  const results: Record<string, Result[]> = { whosaid: [], compromise: [] };
  for (let r = 0; r < rounds; r++) {
    for (const side of r % 2 ? ['compromise', 'whosaid'] : ['whosaid', 'compromise']) {
      const out = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', side, '--articles', String(limit)], { encoding: 'utf8', maxBuffer: 64 << 20 });
      if (out.status !== 0) throw new Error(`bench child ${side} failed:\n${out.stderr}`);
      results[side]!.push(JSON.parse(out.stdout.trim().split('\n').pop()!));
    }
  }
  const summary = (side: string) => {
    const rs = results[side]!;
    const secs = median(rs.map((x) => x.seconds));
    return { articles: rs[0]!.articles, words: rs[0]!.words, secs, aps: rs[0]!.articles / secs, wps: rs[0]!.words / secs, rss: median(rs.map((x) => x.peakRssMb)) };
  };
  const w = summary('whosaid'), c = summary('compromise');
  const line = (name: string, s: typeof w) => `${name.padEnd(34)} ${s.aps.toFixed(1).padStart(9)} ${Math.round(s.wps).toString().padStart(10)} ${s.rss.toFixed(0).padStart(9)}`;
  console.log(`PolNeAR train texts: ${w.articles} articles, ${w.words} words, after an untimed warm-up on the dev texts; ${rounds} rounds, medians`);
  console.log(`${'side'.padEnd(34)} ${'articles/s'.padStart(9)} ${'words/s'.padStart(10)} ${'peak MB'.padStart(9)}`);
  console.log(line('whosaid analyze (full pipeline)', w));
  console.log(line('compromise people/places/orgs', c));
  console.log(`ratio whosaid / compromise (throughput): ${(w.wps / c.wps).toFixed(2)}x`);
  // each round's pair too: the machine's noise moves both sides between rounds, and a pair ran back to back
  const pairs = results.whosaid!.map((x, r) => results.compromise![r]!.seconds / x.seconds);
  console.log(`per round (seconds whosaid / compromise, ratio): ${results.whosaid!.map((x, r) => `${x.seconds.toFixed(2)}/${results.compromise![r]!.seconds.toFixed(2)} ${pairs[r]!.toFixed(2)}x`).join(', ')}; median of the rounds' ratios ${median(pairs).toFixed(2)}x`);
  const stages = results.whosaid!.map((r) => r.stages!);
  const names = Object.keys(stages[0]!);
  console.log('pipeline stages (median seconds, share, words/s):');
  const total = names.reduce((n, k) => n + median(stages.map((s) => s[k]!)), 0);
  for (const k of names) {
    const m = median(stages.map((s) => s[k]!));
    console.log(`  ${k.padEnd(14)} ${m.toFixed(3).padStart(8)}s ${((100 * m) / total).toFixed(1).padStart(5)}% ${Math.round(w.words / Math.max(m, 1e-9)).toString().padStart(12)}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run(process.argv.slice(2));
