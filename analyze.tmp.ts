import { Doc } from './src/doc/doc.js';
import { boilerplateCleaner } from './src/clean/index.js';
import { segmenter } from './src/segment/index.js';
import { posTagger } from './src/pos/index.js';
import { readPolnear } from './src/attribution/model/corpus.js';
import { canonicalFragments, fragmentsKey } from './src/attribution/model/spans.js';
import { modelAttributions as findAttributions } from './src/attribution/model/extract.js';
const role = process.argv[2] ?? 'cue';
const gold = readPolnear('/work/shared/datasets/polnear/dev', 8);
for (const g of gold) {
  const doc = new Doc(g.text); boilerplateCleaner.run(doc); segmenter.run(doc); posTagger.run(doc);
  const preds = findAttributions(doc);
  const show = (fr: any[] | null) => fr ? canonicalFragments(g.text, fr).map((f) => g.text.slice(f.start, f.end)).join(' | ').slice(0, 150) : '-';
  const key = (fr: any[] | null) => (fr ? fragmentsKey(canonicalFragments(g.text, fr)) : '');
  for (const r of g.relations) {
    const p = preds.find((p) => p.cue && key([p.cue]) === key(r.cue));
    const gr = (r as any)[role], pr = p ? (role === 'cue' ? [p.cue] : role === 'source' ? (p.source ? [p.source] : null) : p.content) : null;
    if (key(gr) !== key(pr)) console.log(`[${show(r.cue)}] GOLD ${show(gr)}\n${' '.repeat(show(r.cue).length + 3)}PRED ${p ? show(pr) : '(no cue)'} ${p?.rule ?? ''}`);
  }
}
