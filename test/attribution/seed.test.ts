import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import type { Doc } from '../../src/doc/doc.js';
import type { Quote, Span } from '../../src/doc/types.js';
import { seedText, SEED_SKIP, SEED_DATE } from '../helpers/seed.js';

// The seed article is data (../shared): only short cues and phrases are named here.
const str = (doc: Doc, s: Span | null | undefined) => (s ? doc.text.slice(s.start, s.end).replace(/[\u201c\u201d]/g, '"').replace(/\u2019/g, "'") : null);

let cached: Doc | null = null;
const seedDoc = () => (cached ??= analyzeDoc(seedText!, { date: SEED_DATE }));

interface Want { cue: RegExp; source: RegExp; contentStart: string; contentEnd?: string; kind?: Quote['kind'] }
function pick(doc: Doc, w: Want): Quote {
  const hits = doc.quotes.filter((q) => w.cue.test(str(doc, q.cue) ?? '') && (str(doc, q.content) ?? '').startsWith(w.contentStart));
  assert.equal(hits.length, 1, `one quote with cue ${w.cue} and content "${w.contentStart}...", got ${hits.length}`);
  const q = hits[0]!;
  assert.match(str(doc, q.source) ?? '', w.source);
  if (w.contentEnd) assert.ok(str(doc, q.content)!.endsWith(w.contentEnd), `content ends "${w.contentEnd}": ${str(doc, q.content)}`);
  if (w.kind) assert.equal(q.kind, w.kind);
  return q;
}

const WANTED: Array<[string, Want]> = [
  ['the official told CNN', { cue: /^told$/, source: /^a senior official familiar with latest intelligence$/, contentStart: 'The United States expects Russian troops', contentEnd: 'tonight or tomorrow', kind: 'indirect' }],
  ['the official added', { cue: /^added$/, source: /^The official$/, contentStart: 'that the troops will enter Donbas', contentEnd: 'peacekeeping mission' }],
  ["the official's direct quotation", { cue: /^said$/, source: /^the official$/, contentStart: 'Russian troops have continued to move closer', contentEnd: 'to the border', kind: 'direct' }],
  ['the official, further adding', { cue: /adding$/, source: /^the official$/, contentStart: 'that they see plans being laid', contentEnd: 'at any moment' }],
  ['the Associated Press report', { cue: /^explained$/, source: /^a report by the Associated Press$/, contentStart: 'It then threw its weight' }],
  ['ABC News', { cue: /^according to$/, source: /^ABC News$/, contentStart: 'While Moscow has always denied' }],
  ['the BBC report', { cue: /^according to$/, source: /^a BBC report$/, contentStart: 'Russia is also expected to back treaties' }],
  ['Connolly said that', { cue: /^said$/, source: /Gerry Connolly$/, contentStart: 'that ordering of Russian troops', contentEnd: 'not a peacekeeping operation' }],
  ['Connolly told CNN\'s Wolf Blitzer', { cue: /^told$/, source: /^Connolly$/, contentStart: 'This is not a peacekeeping operation', contentEnd: 'to expand it', kind: 'direct' }],
  ['Connolly, he added', { cue: /^added$/, source: /^he$/, contentStart: 'Right now, Russia', contentEnd: 'by any sense of the imagination', kind: 'direct' }],
  ['the White House said', { cue: /^said$/, source: /^the White House$/, contentStart: 'Biden strongly condemned', contentEnd: 'regions of Ukraine', kind: 'direct' }],
];

for (const [name, want] of WANTED) {
  test(`seed: ${name}`, { skip: SEED_SKIP }, () => { pick(seedDoc(), want); });
}

test('seed: nothing from the "Also Read" lines', { skip: SEED_SKIP }, () => {
  const doc = seedDoc();
  const lines = [...doc.text.matchAll(/^Also Read:.*$/gm)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  assert.ok(lines.length >= 3);
  for (const l of lines) {
    for (const q of doc.quotes) {
      for (const s of [q.content, q.cue, q.source]) assert.ok(!s || s.end <= l.start || s.start >= l.end, `quote inside "${doc.text.slice(l.start, l.end)}"`);
    }
  }
});

test('seed: no scare-quoted term is a quote', { skip: SEED_SKIP }, () => {
  const doc = seedDoc();
  for (const term of ['peacekeeping', "people's republics", 'independence']) {
    assert.ok(!doc.quotes.some((q) => (str(doc, q.content) ?? '').replace(/^"|"$/g, '') === term), `"${term}" is not a quote`);
  }
  // the nested "independence" stays inside the White House quotation
  const wh = doc.quotes.find((q) => str(doc, q.source) === 'the White House')!;
  assert.ok(str(doc, wh.content)!.includes('"independence"'));
});
