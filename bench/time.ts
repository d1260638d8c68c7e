/**
 * npm run bench -- time [--seconds N]
 *
 * Throughput of the time tagger alone (tagTimes: parsers + refiners +
 * normalization), one thread, over the PolNeAR training texts, each with its
 * publication date from metadata.tsv as the reference date. Prints words/s.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldForMatching } from '../src/doc/normalize.js';
import { tagTimes } from '../src/time/tagger.js';
import { dataPath } from '../eval/data.js';

export async function run(args: string[]): Promise<void> {
  const secAt = args.indexOf('--seconds');
  const seconds = secAt >= 0 ? Number(args[secAt + 1]) : 5;
  const dir = dataPath('datasets', 'polnear', 'train', 'text');
  const dates = new Map<string, string>();
  const meta = readFileSync(dataPath('datasets', 'polnear', 'metadata.tsv'), 'utf8').split('\n');
  const header = meta[0]!.split('\t');
  const fileCol = header.indexOf('filename'), dateCol = header.indexOf('publication_date');
  for (const line of meta.slice(1)) { const c = line.split('\t'); if (c[fileCol]) dates.set(c[fileCol]!, c[dateCol]!); }
  const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    return { text, match: foldForMatching(text), date: dates.get(f.slice(0, -4)) ?? null, words: text.split(/\s+/).filter(Boolean).length };
  });
  const totalWords = docs.reduce((n, d) => n + d.words, 0);
  // warm up the regex engine and JIT
  for (const d of docs.slice(0, 50)) tagTimes(d.text, d.match, { referenceDate: d.date });
  let words = 0, mentions = 0, passes = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    for (const d of docs) { mentions += tagTimes(d.text, d.match, { referenceDate: d.date }).length; words += d.words; }
    passes++;
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(`time tagger on PolNeAR train: ${docs.length} docs, ${totalWords} words, ${passes} pass(es) in ${secs.toFixed(2)} s`);
  console.log(`${Math.round(words / secs)} words/s  (${Math.round(mentions / passes)} mentions per pass, matchText precomputed)`);
}
