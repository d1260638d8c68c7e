/**
 * npm run bench -- checkworthy [--seconds N]
 *
 * Throughput of the check-worthy classifier (featurize + score), single
 * thread, over the dev sentences (read from the data folder) in a loop.
 */
import { dataPath } from '../eval/data.ts';
import { CHECKWORTHY_DIR, DEV_FILE, readCheckworthyTsv } from '../train/checkworthy.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../eval/data.ts';
import { analyzeDoc } from '../src/analyze.ts';
import { framingAnalyzer } from '../src/framing/index.ts';
import { loadCheckworthyModel } from '../src/framing/model.ts';

/** Target from the issue: sentences per second. */
const TARGET_PER_SECOND = 50_000;

export function run(args: string[]): void {
  const si = args.indexOf('--seconds');
  const seconds = si >= 0 ? Number(args[si + 1]) : 3;
  const texts = readCheckworthyTsv(dataPath(...CHECKWORTHY_DIR, DEV_FILE)).map((s) => s.text);
  const model = loadCheckworthyModel();
  let sink = 0;
  for (const t of texts) sink += model.score(t); // warm-up
  let n = 0;
  const t0 = performance.now(), cpu0 = process.cpuUsage();
  const until = t0 + seconds * 1000;
  while (performance.now() < until) {
    for (const t of texts) sink += model.score(t);
    n += texts.length;
  }
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rate = n / elapsed, cpuRate = n / cpuSeconds;
  const chars = texts.reduce((a, t) => a + t.length, 0) / texts.length;
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(`checkworthy classifier, one thread: ${n} sentences (mean ${chars.toFixed(0)} chars) in ${elapsed.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU`);
  console.log(`  ${fmt(rate)} sentences/s wall clock; ${fmt(cpuRate)} sentences/s of CPU time (target ${fmt(TARGET_PER_SECOND)}: ${cpuRate >= TARGET_PER_SECOND ? 'met' : 'NOT met'})`);
  // On a shared machine the wall-clock rate drops with other load; the CPU-time rate is what the classifier costs.
  if (Number.isNaN(sink)) console.log('(NaN score)');

  // The whole framing stage (markers, contested labels, claims, sourcing) on the seed article, when it is there.
  const seed = join(dataDir(), 'seed', 'donbas-recognition-2022-02-22.txt');
  if (existsSync(seed)) {
    const doc = analyzeDoc({ text: readFileSync(seed, 'utf8'), date: '2022-02-22' });
    let runs = 0;
    const c0 = process.cpuUsage();
    const s0 = performance.now();
    while (performance.now() - s0 < 1000) { framingAnalyzer.run(doc); runs++; }
    const c = process.cpuUsage(c0);
    const ms = ((c.user + c.system) / 1000) / runs;
    console.log(`framing stage on the seed (${doc.sentences.length} sentences, ${doc.quotes.length} quotes): ${ms.toFixed(2)} ms CPU per article`);
  }
}
