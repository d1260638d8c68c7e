import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotatorAgreement } from '../../eval/_agreement.ts';
import type { GoldDoc, GoldRelation } from '../../src/attribution/model/corpus.ts';

const TEXT = 'The mayor said the bridge would reopen. Critics warned it was unsafe.';
const span = (s: string) => { const start = TEXT.indexOf(s); return [{ start, end: start + s.length }]; };
const rel = (source: string, cue: string, content: string): GoldRelation => ({ source: span(source), cue: span(cue), content: span(content) }) as GoldRelation;
const doc = (name: string, text: string, relations: GoldRelation[]): GoldDoc => ({ name, text, relations });

test('annotators who agree score 1; a text annotated once is left out', () => {
  const a = [rel('The mayor', 'said', 'the bridge would reopen')];
  const r = annotatorAgreement([doc('a1', TEXT, a), doc('a2', TEXT, a), doc('solo', 'Another text.', [])]);
  assert.equal(r.texts, 1);
  assert.equal(r.annotations, 2);
  for (const role of ['source', 'cue', 'content'] as const) assert.equal(r.exact[role].f1, 1);
});

test('each ordered pair is scored: a relation one annotator left out and a content cut shorter', () => {
  const full = [rel('The mayor', 'said', 'the bridge would reopen'), rel('Critics', 'warned', 'it was unsafe')];
  const partial = [rel('The mayor', 'said', 'the bridge')];
  const r = annotatorAgreement([doc('a1', TEXT, full), doc('a2', TEXT, partial)]);
  // cue: pairs (full as gold) tp 1 fn 1, (partial as gold) tp 1 fp 1
  assert.deepEqual([r.exact.cue.tp, r.exact.cue.fp, r.exact.cue.fn], [2, 1, 1]);
  assert.deepEqual([r.exact.content.tp, r.exact.content.fp, r.exact.content.fn], [0, 3, 3]);
});
