import { readdirSync, readFileSync } from 'node:fs';
import { Doc } from './src/doc/doc.js';
import { boilerplateCleaner } from './src/clean/index.js';
import { segmenter } from './src/segment/index.js';
import { posTagger } from './src/pos/index.js';
import { tokenView } from './src/attribution/model/features.js';
import { loadModel, tagCues, tagRoles } from './src/attribution/model/tagger.js';
const dir = '/work/shared/datasets/polnear/train/text';
const texts = readdirSync(dir).sort().slice(0, 60).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const docs = texts.map((t) => { const d = new Doc(t); boilerplateCleaner.run(d); segmenter.run(d); posTagger.run(d); return d; });
const m = loadModel()!;
let tv = 0, tc = 0, tr = 0, ncues = 0, ntok = 0;
for (const d of docs) {
  let t = performance.now(); const v = tokenView(d); tv += performance.now() - t;
  t = performance.now(); const cues = d.sentences.flatMap((s) => tagCues(m.cue, v, s.tokenStart, s.tokenEnd)); tc += performance.now() - t;
  t = performance.now(); for (const c of cues) tagRoles(m.role, v, c, process.env.WHOSAID_FULLWIN === '1'); tr += performance.now() - t;
  ncues += cues.length; ntok += v.n;
}
console.log({ tv: Math.round(tv), tc: Math.round(tc), tr: Math.round(tr), ncues, ntok });
