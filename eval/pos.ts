/**
 * npm run eval -- pos
 * Token accuracy of the shipped POS tagger on CoNLL-2003 eng.testa (gold
 * tokens, so only tagging is measured), overall and on words unseen in
 * eng.train, plus tagging speed.
 */
import { dataPath } from './data.js';
import { readConll } from './_conll.js';
import { loadPosTagger } from '../src/pos/index.js';

export function run(_args: string[]): void {
  const tagger = loadPosTagger();
  const trainWords = new Set(readConll(dataPath('datasets', 'conll2003', 'eng.train')).flat().flat().map((t) => t.word));
  const sentences = readConll(dataPath('datasets', 'conll2003', 'eng.testa')).flat();
  let correct = 0, total = 0, unkCorrect = 0, unkTotal = 0;
  const c0 = process.cpuUsage();
  const predicted = sentences.map((s) => tagger.tag(s.map((t) => t.word)));
  const cpu = process.cpuUsage(c0);
  const ms = (cpu.user + cpu.system) / 1000;
  sentences.forEach((s, k) => s.forEach((t, i) => {
    const ok = predicted[k]![i] === t.pos;
    total++; if (ok) correct++;
    if (!trainWords.has(t.word)) { unkTotal++; if (ok) unkCorrect++; }
  }));
  console.log(`POS eng.testa: accuracy ${(correct / total).toFixed(4)} (${correct}/${total}); unseen words ${(unkCorrect / unkTotal).toFixed(4)} (${unkCorrect}/${unkTotal})`);
  console.log(`speed: ${Math.round(total / (ms / 1000))} tokens/s (CPU time, one core, cold start included)`);
}
