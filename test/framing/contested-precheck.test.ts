import assert from 'node:assert/strict';
import test from 'node:test';
import { findContestedLabels } from '../../src/framing/contested.ts';
import { segmentedDoc } from './helpers.ts';
import { formKeys, phraseRegex, wordKeys } from '../../src/framing/match.ts';
import { DISTANCING_WORDS, PRETEXT_PHRASES } from '../../src/lexicon/framing.ts';
import { HEDGE_PHRASES, MODAL_VERBS } from '../../src/lexicon/hedges.ts';
import { CONTESTED_TOPICS } from '../../src/lexicon/contested.ts';

const labels = (text: string) => findContestedLabels(segmentedDoc(text)).flatMap((g) => g.labels.flatMap((l) => l.uses.map((u) => `${l.label}@${u.start}`)));

test('contested labels: the word-start pre-check keeps case, spacing and hyphen matches', () => {
  const text = 'Critics call it the Death  Tax. Others say anti-death tax rules matter. Nobody calls it a deathtax or a death taxation.';
  const got = labels(text);
  assert.deepEqual(got, [`death tax@${text.indexOf('Death')}`, `death tax@${text.indexOf('death tax rules')}`]);
});

test('contested labels: a label at the very start of a sentence is found', () => {
  const text = 'Estate tax reform stalled.';
  assert.deepEqual(labels(text), ['estate tax@0']);
});

test('contested labels: the pre-check keys whole words, so a longer word holding a form is passed over and a form after a hyphen is kept', () => {
  const text = 'The invasions began. Reinvasion talk and invasionary plans went on. A Russian-backed invasion followed.';
  assert.deepEqual(labels(text), [`invasion@${text.indexOf('invasions')}`, `invasion@${text.indexOf('invasion followed')}`]);
});

test('framing pre-check: wherever a phrase matcher matches, the key of its form\'s longest word is among the span\'s word keys (random texts)', () => {
  const lists = [DISTANCING_WORDS, PRETEXT_PHRASES, HEDGE_PHRASES, MODAL_VERBS, ...CONTESTED_TOPICS.flatMap((t) => t.labels.map((l) => l.forms))];
  const filler = ['the', 'a', 'Under', 'cover', 'name', 'x', '-', "'", ',', '.', '"', 'é', 'self', 'so', '3', 'guise2', 'pretextual'];
  let seed = 41;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  let matched = 0;
  for (const forms of lists) {
    const re = phraseRegex(forms), keys = formKeys(forms);
    for (let k = 0; k < 150; k++) {
      // filler words and forms, in any case, spacing and joining
      let text = '';
      for (let n = next() % 8; n >= 0; n--) {
        let piece = next() % 3 === 0 ? forms[next() % forms.length]! : filler[next() % filler.length]!;
        if (next() % 4 === 0) piece = piece.toUpperCase();
        piece = piece.replace(/ /g, next() % 2 ? '  ' : '\n');
        text += piece + [' ', '', '-', ', '][next() % 4];
      }
      re.lastIndex = 0;
      if (!re.test(text)) continue;
      matched++;
      const present = wordKeys(text, { start: 0, end: text.length });
      assert.ok(keys === null || keys.some((key) => present.has(key)), JSON.stringify(text));
    }
  }
  assert.ok(matched > 300, `${matched} texts with a match`);
});
