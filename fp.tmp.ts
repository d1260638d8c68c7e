import { Doc } from './src/doc/doc.js';
import { boilerplateCleaner } from './src/clean/index.js';
import { segmenter } from './src/segment/index.js';
import { posTagger } from './src/pos/index.js';
import { readPolnear } from './src/attribution/model/corpus.js';
import { canonicalFragments, fragmentsKey } from './src/attribution/model/spans.js';
import { findAttributions, modelAttributions } from './src/attribution/index.js';
const gold = readPolnear('/work/shared/datasets/polnear/dev');
const byRule = new Map<string, number[]>();
const ex: string[] = [];
for (const g of gold) {
  const doc = new Doc(g.text); boilerplateCleaner.run(doc); segmenter.run(doc); posTagger.run(doc);
  const key = (fr: any[] | null) => (fr ? fragmentsKey(canonicalFragments(g.text, fr)) : '');
  const gq = new Set(g.relations.map((r) => key(r.cue)));
  const mq = new Set(modelAttributions(doc).filter((a) => a.cue).map((a) => key([a.cue!])));
  for (const a of findAttributions(doc)) {
    if (!a.cue) continue;
    const k = key([a.cue]);
    if (!k) continue;
    const st = byRule.get(a.rule) ?? [0, 0, 0];
    st[0]++; if (gq.has(k)) st[1]++; if (!gq.has(k) && !mq.has(k)) { st[2]++; if (a.rule !== 'model:perceptron' && ex.length < 30) ex.push(`${a.rule}: ${g.text.slice(a.cue.start, a.cue.end)} | ${g.text.slice(Math.max(0, a.cue.start - 60), a.cue.end + 30).replace(/\s+/g, ' ')}`); }
    byRule.set(a.rule, st);
  }
}
console.log('rule: n correct fp-not-in-model'); for (const [r, s] of byRule) console.log(r.padEnd(28), s.join(' '));
console.log(ex.join('\n'));
