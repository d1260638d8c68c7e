import { Doc } from './src/doc/doc.js';
import { boilerplateCleaner } from './src/clean/index.js';
import { segmenter } from './src/segment/index.js';
import { posTagger } from './src/pos/index.js';
import { readPolnear } from './src/attribution/model/corpus.js';
import { canonicalFragments, fragmentsKey } from './src/attribution/model/spans.js';
import { findAttributions } from './src/attribution/index.js';
const gold = readPolnear('/work/shared/datasets/polnear/dev', 40);
const miss = new Map<string, number>(), fp = new Map<string, number>(), partial: string[] = [];
for (const g of gold) {
  const doc = new Doc(g.text); boilerplateCleaner.run(doc); segmenter.run(doc); posTagger.run(doc);
  const key = (fr: any[] | null) => (fr ? fragmentsKey(canonicalFragments(g.text, fr)) : '');
  const sh = (fr: any[]) => canonicalFragments(g.text, fr).map((f) => g.text.slice(f.start, f.end)).join(' | ');
  const preds = findAttributions(doc).filter((p) => p.cue);
  const pk = new Map(preds.map((p) => [key([p.cue!]), p]));
  const gk = new Map(g.relations.map((r) => [key(r.cue), r]));
  for (const [k, r] of gk) if (k && !pk.has(k)) {
    const over = preds.find((p) => canonicalFragments(g.text, r.cue).some((f) => p.cue!.start < f.end && f.start < p.cue!.end));
    if (over) partial.push(`${sh(r.cue)}  vs  ${sh([over.cue!])}`); else miss.set(sh(r.cue).toLowerCase(), (miss.get(sh(r.cue).toLowerCase()) ?? 0) + 1);
  }
  for (const [k, p] of pk) if (k && !gk.has(k)) { const t = sh([p.cue!]).toLowerCase(); fp.set(t, (fp.get(t) ?? 0) + 1); }
}
const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${k}:${v}`).join(', ');
console.log('MISSED', [...miss.values()].reduce((a, b) => a + b, 0), top(miss));
console.log('FP', [...fp.values()].reduce((a, b) => a + b, 0), top(fp));
console.log('PARTIAL', partial.length); console.log(partial.slice(0, 40).join('\n'));
