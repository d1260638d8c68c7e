import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import { americanSpelling, withBritishForms } from '../../src/lexicon/spelling.ts';
import { CUE_VERB_FORMS, isReportingStem, isReportingWord, usSpelling } from '../../src/lexicon/reporting.ts';
import { MULTIWORD_ROLES } from '../../src/lexicon/speaker-kinds.ts';
import { viewOf } from '../helpers/attribution.ts';

// Every sentence here is composed for the tests.
const quotes = (text: string) => analyze(text, { date: '2024-05-01', format: 'text' }).quotes
  .map((q) => ({ rule: q.rule, cue: q.cue?.text ?? '', source: q.source?.text ?? '', content: q.content.text, cueClass: q.cueClass }));

test('spelling: British forms map to the US ones the lexicons know', () => {
  const us = (w: string) => americanSpelling(w, isReportingStem);
  assert.equal(us('criticised'), 'criticized');
  assert.equal(us('criticising'), 'criticizing');
  assert.equal(us('apologised'), 'apologized');
  assert.equal(us('characterises'), 'characterizes');
  assert.equal(us('recognised'), 'recognized');
  assert.equal(us('signalled'), 'signaled');
  assert.equal(us('labelling'), 'labeling');
  assert.equal(us('cancelled'), 'canceled');
  assert.equal(us('counsellor'), 'counselor');
  assert.equal(us('favoured'), 'favored');
  assert.equal(us('rumoured'), 'rumored');
  assert.equal(us('organisation'), 'organization');
  assert.equal(us('privatisations'), 'privatizations');
  assert.equal(us('analysed'), 'analyzed');
  assert.equal(us('defence'), 'defense');
  assert.equal(us('sceptical'), 'skeptical');
  assert.equal(us('learnt'), 'learned');
});

test('spelling: words spelt alike on both sides are never touched', () => {
  for (const w of ['promise', 'promised', 'raise', 'raised', 'advise', 'advised', 'revise', 'revised', 'surprise', 'surprised',
    'exercise', 'televised', 'compromise', 'premise', 'rise', 'rising', 'praised', 'enterprise', 'franchise', 'otherwise',
    'supervised', 'advertised', 'chastised', 'analyses', 'hour', 'four', 'your', 'pour', 'contour', 'devour', 'called',
    'filled', 'killed', 'recalled', 'compelled', 'installed', 'controlled', 'patrolled', 'said', 'criticized', 'signaled']) {
    assert.equal(americanSpelling(w, isReportingStem), null, w);
  }
  assert.equal(usSpelling('promised'), 'promised');
});

test('spelling: word lists get the British forms of their US words', () => {
  const l = withBritishForms(['criticized', 'signaled', 'emphasizing', 'favored', 'not authorized to speak', 'seize', 'size', 'governor', 'called']);
  for (const w of ['criticised', 'signalled', 'emphasising', 'favoured', 'not authorised to speak']) assert.ok(l.includes(w), w);
  assert.equal(l.filter((w) => ['seise', 'sise', 'governour', 'callled'].includes(w)).length, 0);
  assert.ok(CUE_VERB_FORMS.includes('emphasised'));
  assert.ok(MULTIWORD_ROLES.includes('secretary of defence'));
  assert.ok(isReportingWord('Signalled') && isReportingWord('criticised') && !isReportingWord('raised'));
});

test('spelling: the taggers read a British form as its US form; other words as written', () => {
  const { v } = viewOf('The minister criticised the plan, signalled a delay and promised, raised and advised nothing.');
  const at = (w: string) => v.word.findIndex((x) => x.key === w);
  assert.equal(v.lower[at('criticised')], 'criticized');
  assert.equal(v.lex[at('criticised')], 1);
  assert.equal(v.lower[at('signalled')], 'signaled');
  assert.equal(v.lex[at('signalled')], 1);
  for (const w of ['promised', 'raised', 'advised']) assert.equal(v.lower[at(w)], w);
});

test('spelling: statements with British cue verbs are found as their US twins are', () => {
  const pairs: Array<[string, string]> = [
    ['The regulator signalled that fees would rise next year.', 'The regulator signaled that fees would rise next year.'],
    ['The opposition leader criticised the budget as unfair to pensioners.', 'The opposition leader criticized the budget as unfair to pensioners.'],
    ['The inquiry characterised the failures as systemic.', 'The inquiry characterized the failures as systemic.'],
    ['The council apologised for the delay.', 'The council apologized for the delay.'],
  ];
  const us = (cue: string) => cue.split(' ').map((w) => americanSpelling(w, isReportingStem) ?? w).join(' ');
  for (const [gb, usText] of pairs) {
    const a = quotes(gb), b = quotes(usText);
    assert.equal(a.length, 1, gb);
    assert.deepEqual(a.map((q) => ({ ...q, cue: us(q.cue) })), b, gb);
  }
});

test('spelling: the hand frames take British cue verbs', () => {
  assert.deepEqual(quotes('The board realised that the figures were wrong.').map((q) => [q.rule, q.cue, q.source, q.content]),
    [['pattern:source-cue-that', 'realised', 'The board', 'that the figures were wrong']]);
  assert.deepEqual(quotes('"We cannot wait any longer," the mayor emphasised.').map((q) => [q.rule, q.cue, q.source]),
    [['direct:frame', 'emphasised', 'the mayor']]);
  assert.deepEqual(quotes('She emphasised that the road would stay closed.').map((q) => [q.rule, q.cue]), [['pattern:source-cue-content', 'emphasised']]);
});

test('spelling: a British verb of saying has its cue class', () => {
  const q = quotes('The bank signalled that rates would stay high.');
  assert.equal(q.find((x) => x.cue.includes('signalled'))?.cueClass, 'speech');
});

test('spelling: verbs spelt alike keep their reading', () => {
  assert.deepEqual(quotes('He promised that the school would reopen in May.').map((q) => [q.rule, q.cue, q.source, q.content]),
    [['pattern:source-cue-content', 'promised', 'He', 'that the school would reopen in May']]);
  assert.deepEqual(quotes('She raised fears that the bridge would close.').map((q) => [q.cue, q.source, q.content]),
    [['raised fears', 'She', 'that the bridge would close']]);
  assert.deepEqual(quotes('Residents were advised that the water was safe.'), []);
});
