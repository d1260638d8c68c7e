import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourcingProfile } from '../../src/framing/sourcing.ts';
import { findClaims, statementOf } from '../../src/framing/claims.ts';
import { statSync } from 'node:fs';
import { CHECKWORTHY_MODEL_FILE, loadCheckworthyModel } from '../../src/framing/model.ts';
import { modelPath } from '../../src/ml/model-file.ts';
import { quote, segmentedDoc, spanOf } from './helpers.ts';

const ARTICLE = [
  'The dam will open next week, a senior engineer told the Daily Courier.',
  '',
  'The engineer added that water levels had risen by 40 percent.',
  '',
  '"We are ready," said Governor Ana Ruiz. The river flooded twice last year.',
  '',
  'Crews worked through the night, according to the Valley Times. Ruiz said repairs cost $2 million.',
].join('\n');

function doc() {
  const d = segmentedDoc(ARTICLE);
  const courier = { name: 'Daily Courier', kind: 'media' as const };
  d.quotes = [
    quote(spanOf(d, 'The dam will open next week'), 'a senior engineer', 'anonymous', { via: courier }),
    quote(spanOf(d, 'water levels had risen by 40 percent'), 'the engineer', 'anonymous'),
    quote(spanOf(d, 'We are ready,'), 'Ana Ruiz', 'person', { qkind: 'direct', entity: 'e1' }),
    quote(spanOf(d, 'Crews worked through the night'), 'Valley Times', 'media'),
    quote(spanOf(d, 'repairs cost $2 million'), 'Ruiz', 'person', { entity: 'e1' }),
  ];
  return d;
}

test('sourcing profile: distinct sources by kind, statements, outlets, relays', () => {
  const p = sourcingProfile(doc());
  assert.deepEqual(p.sources.map((s) => [s.name, s.kind, s.statements, s.direct, s.indirect]), [
    ['a senior engineer', 'anonymous', 2, 0, 2], // "the engineer" is the same unnamed source
    ['Ana Ruiz', 'person', 2, 1, 1], // same entity, two names
    ['Valley Times', 'media', 1, 0, 1],
  ]);
  assert.deepEqual(p.byKind, { person: 1, anonymous: 1, organization: 0, media: 1, document: 0, unknown: 0 });
  assert.equal(p.statements, 5);
  assert.deepEqual(p.outletsCited, ['Valley Times']);
  assert.deepEqual(p.relays, [{ name: 'Daily Courier', kind: 'media', statements: 1 }]);
  assert.deepEqual(p.sources[0]!.via, ['Daily Courier']);
  // sentences: 6, of which "The river flooded twice last year." holds no statement
  assert.equal(p.ownVoiceSentenceShare, Math.round((1 / 6) * 10000) / 10000);
  assert.ok(p.attributedWordShare > 0.3 && p.attributedWordShare < 0.7, String(p.attributedWordShare));
});

test('empty profile when nothing is attributed', () => {
  const d = doc();
  d.quotes = [];
  const p = sourcingProfile(d);
  assert.equal(p.sources.length, 0);
  assert.equal(p.attributedWordShare, 0);
  assert.equal(p.ownVoiceSentenceShare, 1);
});

test('claims: scored by the shipped model, with speaker and quantities', () => {
  const d = doc();
  const model = loadCheckworthyModel();
  assert.ok(model.threshold > 0 && model.threshold < 1);
  assert.ok(statSync(modelPath(CHECKWORTHY_MODEL_FILE, import.meta.url)).size < 1_000_000, 'the shipped model stays small');
  assert.ok(model.score('Unemployment rose by 3 percent in the last two years.') > model.score('Thank you very much, good night.'));
  // a fixed-score model isolates speaker and quantity assignment from the classifier
  const claims = findClaims(d, { score: () => 0.9, threshold: 0.5, rule: 'test' });
  const rise = claims.find((c) => d.slice(c).includes('40 percent'))!;
  assert.equal(rise.speaker, 'a senior engineer', 'under the source\'s first, canonical name');
  assert.deepEqual(rise.quantities.map((q) => [q.value, q.kind]), [[40, 'percent']]);
  const flood = claims.find((c) => d.slice(c).startsWith('The river'))!;
  assert.equal(flood.speaker, null, 'the article\'s own voice');
  assert.equal(statementOf(d, flood), null);
  assert.equal(findClaims(d, { score: () => 0.1, threshold: 0.5, rule: 'test' }).length, 0);
});
