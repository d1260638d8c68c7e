/**
 * npm run train -- ner [--iterations N] [--no-memory]
 * Trains the named-entity tagger on CoNLL-2003 eng.train ONLY (eng.testa is
 * for evaluation) and writes models/ner.json.gz. Each sentence is the text
 * joined from its tokens, re-tokenized by the project tokenizer (as at run
 * time). Deterministic: fixed seed, fixed order.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, REPO_ROOT } from '../eval/data.js';
import { alignSentence, readConll } from '../eval/_conll.js';
import { foldForMatching } from '../src/doc/normalize.js';
import { GreedyTagger } from '../src/ml/tagger.js';
import { tokenize } from '../src/segment/tokens.js';
import { COMMON_WORD_MIN_COUNT, NER_LABELS, NerDocMemory, NerTagger, prepareNerSentence, spansToBilou, type NerSentence } from '../src/entities/ner.js';
import { NER_MODEL_FILE } from '../src/entities/recognizer.js';

const ITERATIONS = 12;
const SEED = 20240502;
/** Features whose largest averaged weight is below this are dropped (keeps the model a few MB). */
const PRUNE_BELOW = 0.1;

export const tokenizeText = (text: string) => tokenize(foldForMatching(text));

export function run(args: string[]): void {
  const iterations = args.includes('--iterations') ? Number(args[args.indexOf('--iterations') + 1]) : ITERATIONS;
  const useMemory = !args.includes('--no-memory');
  const docs = readConll(dataPath('datasets', 'conll2003', 'eng.train')).map((d) => d.map((s) => alignSentence(s, tokenizeText)));
  const counts = new Map<string, number>();
  for (const d of docs) for (const s of d) for (const w of s.words) if (/\p{Ll}/u.test(w) && w === w.toLowerCase()) counts.set(w, (counts.get(w) ?? 0) + 1);
  const common = new Set([...counts].filter(([, c]) => c >= COMMON_WORD_MIN_COUNT).map(([w]) => w));
  const memories = docs.map(() => (useMemory ? new NerDocMemory() : null));
  const data: { seq: NerSentence; labels: string[] }[] = [];
  const groups: number[][] = [];
  docs.forEach((d, di) => {
    const g: number[] = [];
    for (const s of d) {
      g.push(data.length);
      data.push({ seq: prepareNerSentence(s.words, memories[di]), labels: spansToBilou(s.words.length, s.goldTokens) });
    }
    groups.push(g);
  });
  const t0 = Date.now();
  const trained = GreedyTagger.train(NER_LABELS, NerTagger.spec(common), data, {
    iterations, seed: SEED, groups,
    beforeGroup: (g) => memories[g]?.clear(),
    onIteration: (it, acc) => console.log(`iteration ${it}: train accuracy ${acc.toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`),
  });
  const before = trained.model.weights.size;
  trained.model.prune(PRUNE_BELOW);
  const tagger = new NerTagger(trained.model, common);
  const bytes = tagger.serialize();
  const out = join(REPO_ROOT, 'models', NER_MODEL_FILE);
  writeFileSync(out, bytes);
  console.log(`${data.length} sentences, ${docs.length} documents; features ${before} -> ${trained.model.weights.size} after pruning; common words ${common.size}`);
  console.log(`wrote ${out} (${(bytes.length / 1024).toFixed(0)} KB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
