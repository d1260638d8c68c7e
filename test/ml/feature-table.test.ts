import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AveragedPerceptron } from '../../src/ml/perceptron.js';
import { FeatureTable, hashA, hashB, hashCharA, hashCharB, template, valuePartBits } from '../../src/ml/feature-table.js';
import { deserializeModel, QUANT_MAX, serializeModel } from '../../src/ml/model-file.js';

function smallModel(): AveragedPerceptron {
  const p = new AveragedPerceptron(['A', 'B', 'C']);
  const feats = [['b', 'w=senator', 'lb=the senator'], ['b', 'w=said', 's3=aid'], ['w=kyiv', 'lb=in kyiv', 'b']];
  for (let it = 0; it < 3; it++) feats.forEach((f, k) => { p.update(k, p.predict(f), f); p.tick(); });
  p.finalize();
  return p;
}

test('a feature is found from its template and value hashes, whole or continued over parts', () => {
  const table = FeatureTable.fromModel(smallModel(), QUANT_MAX);
  const row = table.findFeature('lb=the senator');
  assert.ok(row >= 0);
  // "the" + ' ' + "senator", hashed as parts, is the same key
  const a = hashA('senator', 0, 7, hashCharA(32, hashA('the', 0, 3)));
  const b = hashB('senator', 0, 7, hashCharB(32, hashB('the', 0, 3)));
  assert.equal(table.find(template('lb'), a, b), row);
  // a value under another template, and unknown values, are not found
  assert.equal(table.find(template('la'), a, b), -1);
  assert.equal(table.findFeature('w=moscow'), -1);
  assert.equal(table.findFeature('w=senato'), -1);
  assert.ok(table.findFeature('b') >= 0);
});

test('table rows hold the model file weights (same quantization as serializeModel)', () => {
  const p = smallModel();
  const table = FeatureTable.fromModel(p, QUANT_MAX);
  const loaded = deserializeModel(serializeModel(p)).model;
  for (const [f, w] of loaded.weights) {
    const sums = table.sumFeatures([f]);
    assert.deepEqual([...sums], [...w], f);
  }
  assert.deepEqual([...table.sumFeatures(['w=nothing'])], [0, 0, 0]);
});

test('valuePartBits marks the words on each side of two-part values, only for the templates asked', () => {
  const bits = valuePartBits(['lb=the senator', 'la=senator said', 'w=kyiv', 't1w=NN a b', 'lb=^ the'], new Map([['lb', [1, 2] as const], ['la', [4, 8] as const], ['t1w', [0, 16] as const]]));
  assert.equal(bits.get('the'), 1 | 2);
  assert.equal(bits.get('senator'), 2 | 4);
  assert.equal(bits.get('said'), 8);
  assert.equal(bits.get('^'), 1);
  assert.equal(bits.get('kyiv'), undefined);
  // a value with two spaces marks every split: "a b" and "b" may each be the second part
  assert.equal(bits.get('a b'), 16);
  assert.equal(bits.get('b'), 16);
  assert.equal(bits.get('NN'), undefined);
});
