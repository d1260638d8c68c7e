import { test } from 'node:test';
import assert from 'node:assert/strict';
import { featurize, LinearClassifier, linearTokens, type LinearFeatureConfig, type LinearTrainOptions } from '../../src/ml/linear.ts';

const CFG: LinearFeatureConfig = { bits: 12, wordNgrams: 2, charNgrams: [3, 4] };
const OPTS: LinearTrainOptions = { epochs: 8, learningRate: 0.5, decay: 1e-4, l2: 1e-6, seed: 7 };

// Composed toy data: sentences with figures are "Yes", chit-chat is "No".
const YES = [
  'Unemployment fell to 4 percent last year.', 'The county spent 3 million dollars on roads.', 'Crime rose by 12 percent since 2010.',
  'The plant employs 2,400 workers.', 'Exports doubled over the past decade.', 'The bill cut taxes for 90 percent of families.',
  'Prices went up 7 percent in a single month.', 'The state lost 15,000 jobs in the spring.',
];
const NO = [
  'Thank you all for coming tonight.', 'I am glad to be here.', 'Let me say one more thing.', 'We love this great town.',
  'I think that is a fair question.', 'Good evening to everyone watching.', 'Let me finish my answer.', 'I hope you enjoy the evening.',
];
const samples = [...YES.map((text) => ({ text, label: 'Yes' })), ...NO.map((text) => ({ text, label: 'No' }))];

test('tokens fold digits and case', () => {
  assert.deepEqual(linearTokens('Over 14,000 People!'), ['over', '00,000', 'people', '!']);
});

test('features are deterministic, within range, and differ between texts', () => {
  const a = featurize('Prices rose 5 percent.', CFG), b = featurize('Prices rose 5 percent.', CFG);
  assert.deepEqual([...a], [...b]);
  assert.ok(a.length > 10);
  assert.ok([...a].every((x) => x >= 0 && x < 1 << CFG.bits));
  assert.notDeepEqual([...featurize('Thank you all.', CFG)].sort(), [...a].sort());
});

test('long texts: the feature buffer grows and features stay complete', () => {
  const words = Array.from({ length: 400 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i * 7) % 26))}`);
  const text = words.join(' ');
  const f = featurize(text, CFG);
  // per word: unigram + bigram + char 3- and 4-grams of " wordxy " (8 chars: 6 + 5); plus the closing bigram
  assert.equal(f.length, 400 * (1 + 1 + 6 + 5) + 1);
  assert.deepEqual([...featurize(text, CFG)], [...f]);
  const m = LinearClassifier.train(samples, ['No', 'Yes'], CFG, OPTS);
  assert.ok(Number.isFinite(m.probability(text, 'Yes')));
});

test('binary training separates the toy classes and generalizes to new sentences', () => {
  const m = LinearClassifier.train(samples, ['No', 'Yes'], CFG, OPTS);
  for (const s of samples) assert.equal(m.predict(s.text), s.label, s.text);
  assert.ok(m.probability('Wages grew 6 percent in 2019.', 'Yes') > m.probability('Thank you, I am glad to say hello.', 'Yes'));
});

test('training is deterministic', () => {
  const a = LinearClassifier.train(samples, ['No', 'Yes'], CFG, OPTS), b = LinearClassifier.train(samples, ['No', 'Yes'], CFG, OPTS);
  assert.deepEqual(a.serialize(), b.serialize());
});

test('serialize/deserialize keeps the scores (int16 quantization)', () => {
  const m = LinearClassifier.train(samples, ['No', 'Yes'], CFG, OPTS);
  const back = LinearClassifier.deserialize(JSON.parse(JSON.stringify(m.serialize({ threshold: 0.4 }))));
  assert.equal(back.info['threshold'], 0.4);
  for (const s of samples) assert.ok(Math.abs(back.probability(s.text, 'Yes') - m.probability(s.text, 'Yes')) < 1e-3);
});

test('multiclass (softmax) training', () => {
  const three = [
    ...['The team won the cup final.', 'The striker scored twice.', 'The coach praised the goalkeeper.'].map((text) => ({ text, label: 'sport' })),
    ...['The central bank raised rates.', 'Shares fell on the stock market.', 'Inflation worried investors.'].map((text) => ({ text, label: 'economy' })),
    ...['The band released a new album.', 'The singer cancelled the tour.', 'The concert sold out.'].map((text) => ({ text, label: 'music' })),
  ];
  const m = LinearClassifier.train(three, ['sport', 'economy', 'music'], CFG, { ...OPTS, epochs: 15 });
  for (const s of three) assert.equal(m.predict(s.text), s.label, s.text);
  const p = m.probabilities('The striker and the coach');
  assert.equal(p.length, 3);
  assert.ok(Math.abs(p.reduce((a, x) => a + x, 0) - 1) < 1e-9);
  assert.throws(() => LinearClassifier.train([{ text: 'x', label: 'nope' }], ['a', 'b'], CFG, OPTS), /not a class/);
});
