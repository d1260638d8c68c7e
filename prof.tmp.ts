import { readdirSync, readFileSync } from 'node:fs';
import { Doc } from './src/doc/doc.js';
import { boilerplateCleaner } from './src/clean/index.js';
import { segmenter } from './src/segment/index.js';
import { posTagger } from './src/pos/index.js';
import { entityRecognizer } from './src/entities/index.js';
import { findDirectQuotes, findPatternAttributions, modelAttributions, findAttributions, toQuotes } from './src/attribution/index.js';
import { resolveSpeakers } from './src/attribution/speakers/index.js';
import { findScareQuotes } from './src/attribution/scare-quotes.js';
const dir = '/work/shared/datasets/polnear/train/text';
const texts = readdirSync(dir).sort().slice(0, 60).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const docs = texts.map((t) => { const d = new Doc(t); boilerplateCleaner.run(d); segmenter.run(d); posTagger.run(d); entityRecognizer.run(d); return d; });
modelAttributions(docs[0]!);
const T: Record<string, number> = {};
const time = (k: string, f: () => unknown) => { const t = performance.now(); const r = f(); T[k] = (T[k] ?? 0) + performance.now() - t; return r; };
for (const d of docs) {
  time('direct', () => findDirectQuotes(d));
  time('patterns', () => findPatternAttributions(d));
  time('model', () => modelAttributions(d));
  const atts = time('find', () => findAttributions(d)) as any;
  const qs = toQuotes(d, atts);
  time('speakers', () => resolveSpeakers(d, qs));
  time('scare', () => findScareQuotes(d, qs));
}
console.log(Object.fromEntries(Object.entries(T).map(([k, v]) => [k, Math.round(v)])));
