import { Doc } from './src/doc/doc.js';
import { boilerplateCleaner } from './src/clean/index.js';
import { segmenter } from './src/segment/index.js';
import { posTagger } from './src/pos/index.js';
import { readPolnear } from './src/attribution/model/corpus.js';
import { canonicalFragments, fragmentsKey } from './src/attribution/model/spans.js';
import { findDirectQuotes, findPatternAttributions, modelAttributions } from './src/attribution/index.js';
const gold = readPolnear('/work/shared/datasets/polnear/dev', 60);
const stats = new Map<string, number[]>();
const verbose = process.argv[2];
for (const g of gold) {
  const doc = new Doc(g.text); boilerplateCleaner.run(doc); segmenter.run(doc); posTagger.run(doc);
  const key = (fr: any[] | null) => (fr ? fragmentsKey(canonicalFragments(g.text, fr)) : '');
  const gs = new Set(g.relations.map((r) => key(r.source))), gc = new Set(g.relations.map((r) => key(r.content))), gq = new Set(g.relations.map((r) => key(r.cue)));
  const model = modelAttributions(doc);
  for (const a of [...findDirectQuotes(doc).quotes, ...findPatternAttributions(doc)]) {
    const m = a.cue ? model.find((x) => x.cue && x.cue.start < a.cue!.end && a.cue!.start < x.cue.end) : model.find((x) => x.content.some((c) => a.content.some((y) => c.start < y.end && y.start < c.end)));
    const st = stats.get(a.rule) ?? new Array(9).fill(0);
    st[0]++; st[1] += gq.has(key(a.cue ? [a.cue] : null)) ? 1 : 0; st[2] += gs.has(key(a.source ? [a.source] : null)) ? 1 : 0; st[3] += gc.has(key(a.content)) ? 1 : 0;
    if (m) { st[4]++; st[5] += gq.has(key(m.cue ? [m.cue] : null)) ? 1 : 0; st[6] += gs.has(key(m.source ? [m.source] : null)) ? 1 : 0; st[7] += gc.has(key(m.content)) ? 1 : 0; }
    stats.set(a.rule, st);
    if (verbose && a.rule === verbose && m && !gc.has(key(a.content))) {
      const sh = (fr: any[]) => canonicalFragments(g.text, fr).map((f) => g.text.slice(f.start, f.end)).join(' | ').slice(0, 140);
      const gr = g.relations.find((r) => a.cue && key(r.cue) === key([a.cue]));
      console.log(`RULE ${sh(a.content)}\nMODL ${sh(m.content)}\nGOLD ${gr ? sh(gr.content ?? []) : '-'}\n`);
    }
  }
}
console.log('rule: n cueOK srcOK contentOK | model-with-same-cue: n cueOK srcOK contentOK');
for (const [r, s] of stats) console.log(r.padEnd(28), s.slice(0, 4).join(' '), '|', s.slice(4, 8).join(' '));
