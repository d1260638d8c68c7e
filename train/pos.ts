/**
 * npm run train -- pos [--iterations N]
 * Trains the POS tagger on the gold POS column of CoNLL-2003 eng.train and
 * writes models/pos.json.gz. Deterministic: fixed seed, fixed file order.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, REPO_ROOT } from '../eval/data.js';
import { readConll } from '../eval/_conll.js';
import { GreedyTagger } from '../src/ml/tagger.js';
import { PosTagger, prepareSentence } from '../src/pos/tagger.js';
import { POS_MODEL_FILE } from '../src/pos/index.js';

const ITERATIONS = 6;
const SEED = 20240501;
/** Features whose largest averaged weight is this small barely move a score: dropped to keep the file small. */
const PRUNE_BELOW = 0.05;

export function run(args: string[]): void {
  const iterations = args.includes('--iterations') ? Number(args[args.indexOf('--iterations') + 1]) : ITERATIONS;
  const sentences = readConll(dataPath('datasets', 'conll2003', 'eng.train')).flat()
    .map((s) => ({ words: s.map((t) => t.word), tags: s.map((t) => t.pos) }));
  const tagDict = PosTagger.buildTagDict(sentences);
  const classes = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const spec = PosTagger.spec(tagDict);
  const t0 = Date.now();
  const trained = GreedyTagger.train(classes, spec, sentences.map((s) => ({ seq: prepareSentence(s.words), labels: s.tags })), {
    iterations, seed: SEED,
    onIteration: (it, acc) => console.log(`iteration ${it}: train accuracy ${acc.toFixed(4)}`),
  });
  const dropped = trained.model.prune(PRUNE_BELOW);
  const tagger = new PosTagger(trained.model, tagDict);
  const bytes = tagger.serialize();
  const out = join(REPO_ROOT, 'models', POS_MODEL_FILE);
  writeFileSync(out, bytes);
  console.log(`${sentences.length} sentences, ${classes.length} tags, tag dictionary ${tagDict.size} words; pruned ${dropped} features, kept ${trained.model.weights.size}`);
  console.log(`wrote ${out} (${(bytes.length / 1024).toFixed(0)} KB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
