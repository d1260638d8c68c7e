import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextRun } from '../../src/attribution/speakers/names.js';

// The proper-name scan reads capitalized runs by hand: the same runs as this regex finds.
const RUN_RE = /\p{Lu}[\p{L}\p{N}.'&-]*(?:\s+(?:(?:de|van|von|bin|al|la|le|da|di|del)\s+)?\p{Lu}[\p{L}\p{N}.'&-]*)*/gu;
const byRegex = (t: string) => [...t.matchAll(RUN_RE)].map((m) => [m.index!, m.index! + m[0].length]);
function byScan(t: string): number[][] {
  const out: number[][] = [];
  for (let m = nextRun(t, 0); m; m = nextRun(t, m[1])) out.push(m);
  return out;
}

test('name runs: particles, possessives, initials and punctuation as the regex reads them', () => {
  for (const t of [
    'Russia\'s Vladimir Putin met Charles de Gaulle and Juan de la Cruz in St. Louis.',
    'Officials from the U.S. State Department said Ludwig van Beethoven, Osama bin Laden and Leonardo da Vinci were not there.',
    'Tom del  Toro, Ana   Maria, J.R.R. Tolkien & Co. and AT&T-Mobile; O\'Brien\'s dog.',
    'no capitals here at all', '', 'X', 'de Gaulle', 'A de', 'A de ', 'A del\tB',
  ]) assert.deepEqual(byScan(t), byRegex(t), t);
});

test('name runs: non-ASCII letters, marks, spaces and surrogate pairs as the regex reads them', () => {
  const pieces = ['A', 'b', '\u00c9', '\u00e9', '\u03a9mega', '\u{1D400}', '\u{1D41A}', '\ud835', '\udc00', ' ', '  ', '\u00a0', '\u2009', '\t', 'de', 'del', 'van',
    'la', 'las', 'al', "'", '.', '&', '-', '1', '\u0663', '\u216b', ',', '\u01c5', '\u00df', '\u0130', '\u0301', 'X.'];
  let seed = 1;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let k = 0; k < 20000; k++) {
    let t = '';
    const len = 1 + Math.floor(rnd() * 12);
    for (let j = 0; j < len; j++) t += pieces[Math.floor(rnd() * pieces.length)];
    assert.deepEqual(byScan(t), byRegex(t), JSON.stringify(t));
  }
});
