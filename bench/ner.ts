/**
 * npm run bench -- ner [--articles N] [--rounds R]
 * Speed of the named-entity recognizer alone on the PolNeAR train texts:
 * boilerplate, segmentation and POS run first (not timed); then, per round,
 * (a) the NER tagger over every article sentence (with its document memory)
 * and (b) the whole entity stage (tagger + consistency, clusters, roles).
 * Words are whitespace-separated words of the article text. Both wall time
 * and this process's CPU time are reported (the machine is shared: CPU time
 * is the one-core figure); the median round counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../eval/data.js';
import { Doc } from '../src/doc/doc.js';
import { boilerplateCleaner } from '../src/clean/index.js';
import { segmenter } from '../src/segment/index.js';
import { posTagger } from '../src/pos/index.js';
import { entityRecognizer } from '../src/entities/index.js';
import { loadNerTagger } from '../src/entities/recognizer.js';
import { NerDocMemory } from '../src/entities/ner.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function run(args: string[]): void {
  const limit = args.includes('--articles') ? Number(args[args.indexOf('--articles') + 1]) : Infinity;
  const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;
  const dir = dataPath('datasets', 'polnear', 'train', 'text');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
  const docs = files.map((f) => {
    const doc = new Doc(readFileSync(join(dir, f), 'utf8'));
    boilerplateCleaner.run(doc); segmenter.run(doc); posTagger.run(doc);
    return doc;
  });
  const sentences = docs.map((d) => d.contentSentences().map((s) => d.sentenceTokens(s).map((t) => d.matchText.slice(t.start, t.end))));
  const words = docs.reduce((n, d) => n + (d.text.match(/\S+/g) ?? []).length, 0);
  const tokens = sentences.flat(2).length;
  const t0 = performance.now();
  const tagger = loadNerTagger();
  console.log(`model load ${(performance.now() - t0).toFixed(0)} ms; ${docs.length} articles, ${words} words, ${tokens} tokens`);
  const time = (fn: () => void) => { const c0 = process.cpuUsage(); const w0 = performance.now(); fn(); const c = process.cpuUsage(c0); return { wall: (performance.now() - w0) / 1000, cpu: (c.user + c.system) / 1e6 }; };
  const tagOnly: { wall: number; cpu: number }[] = [];
  const stage: { wall: number; cpu: number }[] = [];
  for (let r = 0; r <= rounds; r++) {
    const a = time(() => { for (const doc of sentences) { const m = new NerDocMemory(); for (const s of doc) tagger.tagSentence(s, m); } });
    const b = time(() => { for (const d of docs) entityRecognizer.run(d); });
    if (r > 0) { tagOnly.push(a); stage.push(b); } // round 0 warms up (JIT, caches)
  }
  const report = (name: string, xs: { wall: number; cpu: number }[]) => {
    const cpu = median(xs.map((x) => x.cpu)), wall = median(xs.map((x) => x.wall));
    console.log(`${name.padEnd(34)} ${Math.round(words / cpu).toLocaleString('en-US')} words/s (CPU, one core)   ${Math.round(words / wall).toLocaleString('en-US')} words/s (wall)`);
  };
  report('NER tagger alone', tagOnly);
  report('entity stage (tagger + doc rules)', stage);
  const entities = docs.reduce((n, d) => n + d.entities.length, 0);
  console.log(`${entities} entities (${(entities / docs.length).toFixed(1)} per article)`);
}
