/**
 * npm run eval -- ner [--file eng.testa]
 * Exact-span P/R/F1 of the shipped NER tagger on CoNLL-2003 eng.testa, per
 * type, overall over PER/ORG/LOC, and MISC separately. Each sentence is the
 * text joined from its tokens, tokenized by the project tokenizer, so the
 * tokenizer is part of what is measured; spans are compared as characters.
 */
import { dataPath } from './data.js';
import { alignSentence, readConll } from './_conll.js';
import { foldForMatching } from '../src/doc/normalize.js';
import { tokenize } from '../src/segment/tokens.js';
import { PRF, matchKeys } from '../src/score/prf.js';
import { NerDocMemory, labelSpans } from '../src/entities/ner.js';
import { loadNerTagger } from '../src/entities/recognizer.js';
import { checkFloors } from './_floors.js';

export function run(args: string[]): void {
  const file = args.includes('--file') ? args[args.indexOf('--file') + 1]! : 'eng.testa';
  const tagger = loadNerTagger();
  const docs = readConll(dataPath('datasets', 'conll2003', file)).map((d) => d.map((s) => alignSentence(s, (t) => tokenize(foldForMatching(t)))));
  const types = ['PER', 'ORG', 'LOC', 'MISC'];
  const scores = new Map(types.map((t) => [t, new PRF()]));
  const overall = new PRF();
  let words = 0, unreachable = 0;
  const t0 = performance.now();
  docs.forEach((d, di) => {
    const memory = new NerDocMemory();
    d.forEach((s, si) => {
      words += s.words.length;
      unreachable += s.gold.length - s.goldTokens.length;
      const pred = labelSpans(tagger.tagSentence(s.words, memory)).map((sp) => ({ start: s.tokens[sp.start]!.start, end: s.tokens[sp.end - 1]!.end, type: sp.type }));
      for (const t of types) {
        const key = (x: { start: number; end: number }) => `${di}:${si}:${x.start}:${x.end}`;
        const [tp, fp, fn] = matchKeys(s.gold.filter((g) => g.type === t).map(key), pred.filter((p) => p.type === t).map(key));
        scores.get(t)!.add(tp, fp, fn);
        if (t !== 'MISC') overall.add(tp, fp, fn);
      }
    });
  });
  const ms = performance.now() - t0;
  console.log(`NER ${file} (exact spans, project tokenizer; ${unreachable} gold spans not on token edges)`);
  for (const t of types.slice(0, 3)) console.log(`  ${t.padEnd(8)} ${scores.get(t)!.toString()}`);
  console.log(`  ${'overall'.padEnd(8)} ${overall.toString()}   (PER/ORG/LOC)`);
  console.log(`  ${'MISC'.padEnd(8)} ${scores.get('MISC')!.toString()}`);
  console.log(`  ${words} tokens in ${(ms / 1000).toFixed(2)} s wall clock (speed: npm run bench -- ner)`);
  if (file === 'eng.testa') checkFloors('ner', { overall_f1: overall.f1 });
}
