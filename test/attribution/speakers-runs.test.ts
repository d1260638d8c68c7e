import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextRun } from '../../src/attribution/speakers/names.js';
import { NAME_PARTICLES } from '../../src/lexicon/given-names.js';

// The proper-name scan reads capitalized runs by hand: the same runs as this regex finds (any number of
// lower-case particles between two capitalized words: "de Gaulle", "von der Leyen").
const PARTICLES = [...NAME_PARTICLES].sort((a, b) => b.length - a.length).join('|');
const RUN_RE = new RegExp(String.raw`\p{Lu}[\p{L}\p{N}.'&-]*(?:\s+(?:(?:${PARTICLES})\s+)*\p{Lu}[\p{L}\p{N}.'&-]*)*`, 'gu');
const byRegex = (t: string) => [...t.matchAll(RUN_RE)].map((m) => [m.index!, m.index! + m[0].length]);
function byScan(t: string): number[][] {
  const out: number[][] = [];
  for (let m = nextRun(t, 0); m; m = nextRun(t, m[1])) out.push(m);
  return out;
}

test('name runs: particles, possessives, initials and punctuation as the regex reads them', () => {
  for (const t of [
    'Russia\'s Vladimir Putin met Charles de Gaulle and Juan de la Cruz in St. Louis.',
    'Ursula von der Leyen met Paolo della Rocca, dos Santos and van der Berg de la.',
    'Officials from the U.S. State Department said Ludwig van Beethoven, Osama bin Laden and Leonardo da Vinci were not there.',
    'Tom del  Toro, Ana   Maria, J.R.R. Tolkien & Co. and AT&T-Mobile; O\'Brien\'s dog.',
    'no capitals here at all', '', 'X', 'de Gaulle', 'A de', 'A de ', 'A del\tB',
  ]) assert.deepEqual(byScan(t), byRegex(t), t);
});

test('name runs: non-ASCII letters, marks, spaces and surrogate pairs as the regex reads them', () => {
  const pieces = ['A', 'b', '\u00c9', '\u00e9', '\u03a9mega', '\u{1D400}', '\u{1D41A}', '\ud835', '\udc00', ' ', '  ', '\u00a0', '\u2009', '\t', 'de', 'del', 'van',
    'la', 'las', 'al', 'der', 'della', 'dos', "'", '.', '&', '-', '1', '\u0663', '\u216b', ',', '\u01c5', '\u00df', '\u0130', '\u0301', 'X.'];
  let seed = 1;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let k = 0; k < 20000; k++) {
    let t = '';
    const len = 1 + Math.floor(rnd() * 12);
    for (let j = 0; j < len; j++) t += pieces[Math.floor(rnd() * pieces.length)];
    assert.deepEqual(byScan(t), byRegex(t), JSON.stringify(t));
  }
});

test('name mentions: runs already covered are left unread, and what the caller keeps is the same', async () => {
  const { findNameMentions } = await import('../../src/attribution/speakers/names.js');
  const { analyzeDoc } = await import('../../src/analyze.js');
  const text = [
    'Representative Gerry Connolly spoke to reporters on Tuesday.',
    'Later, Connolly said the vote would be close, and Senator Ørjan Dahlberg agreed.',
    'Dahlberg left before the White House spoke. Marta Velkova of the Associated Press was there too.',
  ].join(' ');
  const doc = analyzeDoc({ text, date: '2024-03-05' });
  const kept = (covered: Uint8Array, ms: ReturnType<typeof findNameMentions>) =>
    ms.filter((m) => { for (let k = m.span.start; k < m.span.end; k++) if (covered[k]) return false; return true; });
  const coverings = [
    ['Representative Gerry Connolly'], ['Representative Gerry Connolly', 'Senator Ørjan Dahlberg'], ['White House', 'Marta Velkova'], ['Connolly said'], [],
  ];
  for (const phrases of coverings) {
    const covered = new Uint8Array(text.length + 1);
    for (const p of phrases) { const at = text.indexOf(p); covered.fill(1, at, at + p.length); }
    assert.deepEqual(kept(covered, findNameMentions(doc, covered)), kept(covered, findNameMentions(doc)), phrases.join(', '));
  }
  // the lone surname still finds its covered full name
  const covered = new Uint8Array(text.length + 1);
  for (const p of ['Representative Gerry Connolly', 'Senator Ørjan Dahlberg']) { const at = text.indexOf(p); covered.fill(1, at, at + p.length); }
  const names = kept(covered, findNameMentions(doc, covered)).map((m) => m.name);
  assert.ok(names.includes('Connolly') && names.includes('Dahlberg'), names.join(', '));
});
