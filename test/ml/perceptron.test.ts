import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AveragedPerceptron } from '../../src/ml/perceptron.js';
import { GreedyTagger } from '../../src/ml/tagger.js';
import { deserializeModel, serializeModel } from '../../src/ml/model-file.js';
import { seededRandom, shuffleInPlace } from '../../src/ml/rng.js';
import { shortShape, wordShape } from '../../src/ml/features.js';

test('perceptron learns a separable problem and averages', () => {
  const p = new AveragedPerceptron(['neg', 'pos']);
  const data: [string[], number][] = [[['good'], 1], [['bad'], 0], [['great', 'good'], 1], [['awful'], 0]];
  for (let it = 0; it < 5; it++) for (const [f, y] of data) { p.update(y, p.predict(f), f); p.tick(); }
  p.finalize();
  for (const [f, y] of data) assert.equal(p.predict(f), y);
  assert.throws(() => p.update(0, 1, ['x']));
});

test('model files round-trip and keep predictions', () => {
  const p = new AveragedPerceptron(['a', 'b', 'c']);
  p.update(0, 1, ['f1']); p.tick(); p.update(2, 0, ['f2', 'f1']); p.tick(); p.finalize();
  const { model, extra } = deserializeModel(serializeModel(p, { hello: 1 }));
  assert.deepEqual(extra, { hello: 1 });
  assert.deepEqual(model.classes, ['a', 'b', 'c']);
  for (const f of [['f1'], ['f2'], ['f1', 'f2']]) assert.equal(model.predict(f), p.predict(f));
  assert.equal(serializeModel(p).equals(serializeModel(p)), true);
});

test('greedy tagger learns previous-label dependencies and respects allowed transitions', () => {
  // label of "x" depends on the previous label: after A it is B, else A
  type S = string[];
  const spec = {
    length: (s: S) => s.length,
    features: (s: S, i: number, labels: readonly string[], out: string[]) => { out.push('wp=' + s[i] + (labels[i - 1] ?? '^')); },
    allowed: (prev: string | null, next: string) => !(prev === null && next === 'C'),
  };
  const data = [
    { seq: ['x', 'x', 'x'], labels: ['A', 'B', 'A'] },
    { seq: ['y', 'x'], labels: ['C', 'A'] },
    { seq: ['x', 'y'], labels: ['A', 'C'] },
  ];
  const tagger = GreedyTagger.train(['A', 'B', 'C'], spec, data, { iterations: 10, seed: 1 });
  assert.deepEqual(tagger.tag(['x', 'x', 'x', 'x']), ['A', 'B', 'A', 'B']);
  assert.notEqual(tagger.tag(['y'])[0], 'C'); // C may not start a sequence
});

test('seeded shuffle is reproducible; shapes', () => {
  const a = shuffleInPlace([1, 2, 3, 4, 5, 6], seededRandom(7));
  const b = shuffleInPlace([1, 2, 3, 4, 5, 6], seededRandom(7));
  assert.deepEqual(a, b);
  assert.equal(wordShape('Putin'), 'Xxx');
  assert.equal(wordShape('U.S.'), 'X.X.');
  assert.equal(shortShape('McCain'), 'XxXx');
  assert.equal(shortShape('1990s'), 'dx');
});
