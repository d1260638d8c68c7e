import { readFileSync } from 'node:fs';
import { analyzeDoc } from '/work/main/src/analyze.ts';
import { findAttributions } from '/work/main/src/attribution/index.ts';
const text = readFileSync('/work/shared/seed/donbas-recognition-2022-02-22.txt', 'utf8');
const doc = analyzeDoc(text, { date: '2022-02-22' });
const show = (s: any) => s ? JSON.stringify(doc.text.slice(s.start, s.end)).slice(0, 90) : '-';
for (const a of findAttributions(doc)) console.log(`${a.rule.padEnd(28)} cue=${show(a.cue)} src=${show(a.source)} content=${a.content.map(show).join(' + ')}`);
console.log('quotes:'); for (const q of doc.quotes) console.log(q.kind, show(q.cue), JSON.stringify(q.speaker), q.via ? JSON.stringify(q.via) : '');
console.log('scare:', doc.scareQuotes.map((s) => show(s)).join(' '));
