import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LinearClassifier, exactSumLimit, featurize, linearTokens, type LinearFeatureConfig } from '../../src/ml/linear.js';
import { seededRandom } from '../../src/ml/rng.js';

// The linear classifier's features, computed here the plain way from their definition (word hashes, word
// n-grams between start and end marks, character n-grams of " word "): the shipped check-worthy model was
// trained on exactly these buckets, so a faster featurizer must give the same ones in the same order.
const FNV = 0x01000193, SEED_WORD = 0x811c9dc5, SEED_CHAR = 0x01000193, START = 0x9e3779b9, END = 0x7f4a7c15;
const mix = (h: number, x: number) => Math.imul(h ^ x, FNV) >>> 0;

function reference(text: string, cfg: LinearFeatureConfig): number[] {
  const mask = (1 << cfg.bits) - 1, out: number[] = [], history = [START];
  const ngrams = (h: number) => {
    for (let len = 2; len <= cfg.wordNgrams && len - 1 <= history.length; len++) {
      let g = mix(SEED_WORD, len);
      for (const x of history.slice(history.length - (len - 1))) g = mix(g, x);
      out.push(mix(g, h) & mask);
    }
    history.push(h);
    if (history.length > Math.max(cfg.wordNgrams - 1, 1)) history.shift();
  };
  for (const w of linearTokens(text)) {
    let h = SEED_WORD;
    for (const ch of w) h = mix(h, ch.charCodeAt(0));
    if (cfg.wordNgrams >= 1) out.push(mix(mix(SEED_WORD, 1), h) & mask);
    ngrams(h);
    if (cfg.charNgrams) {
      const win = ` ${w} `;
      for (let i = 0; i < win.length; i++) {
        let g = SEED_CHAR;
        for (let n = 1; n <= cfg.charNgrams[1] && i + n <= win.length; n++) {
          g = mix(g, win.charCodeAt(i + n - 1));
          if (n >= cfg.charNgrams[0]) out.push(mix(g, n) & mask);
        }
      }
    }
  }
  ngrams(END);
  return out;
}

test('linear features: word and character n-gram buckets as defined, in order', () => {
  const texts = ['', 'Officials said 14,000 people, or 3.5% of them, left.', "It's the Mayor's \u201cbest\u201d plan?!", 'Caf\u00e9 na\u00efve \u00c9tat', 'x'.repeat(150) + ' end'];
  const configs: LinearFeatureConfig[] = [{ bits: 18, wordNgrams: 2, charNgrams: [3, 4] }, { bits: 10, wordNgrams: 3, charNgrams: [1, 5] }, { bits: 12, wordNgrams: 1, charNgrams: null }];
  for (const cfg of configs) for (const t of texts) assert.deepEqual([...featurize(t, cfg)], reference(t, cfg), `${JSON.stringify(cfg)} ${t}`);
});

// A loaded classifier scores with per-word sums kept in a cache; the same weights in a classifier built
// directly score feature by feature. The two must agree exactly: on repeated and new words, after the
// cache evicts (more distinct words than it holds), on a text too long for the cache, and in classes > 2.
function randomModel(classes: string[], cfg: LinearFeatureConfig, seed: number): LinearClassifier {
  const rand = seededRandom(seed), rows = classes.length === 2 ? 1 : classes.length;
  const w = new Float32Array(rows << cfg.bits);
  for (let j = 0; j < w.length; j++) w[j] = rand() - 0.5;
  return LinearClassifier.deserialize(new LinearClassifier(classes, cfg, w, classes.map((_, k) => k * 0.1 - 0.05).slice(0, rows)).serialize());
}
const featureByFeature = (m: LinearClassifier) => new LinearClassifier(m.classes, m.config, m.weights, m.bias);

test('linear classifier: scores from kept word sums equal the feature-by-feature scores', () => {
  const rand = seededRandom(7);
  const word = () => Array.from({ length: 1 + Math.floor(rand() * 9) }, () => 'abcdefghijklmnopqrstuvwxyz\u00e90123456789'[Math.floor(rand() * 37)]).join('');
  const vocabulary = Array.from({ length: 30000 }, word);
  const texts = ['', 'Officials said 14,000 people, or 3.5% of them, left.', "It's the Mayor's \u201cbest\u201d plan?!", 'Officials said 14,000 people left.'];
  for (let i = 0; i < 3000; i++) texts.push(Array.from({ length: 5 + Math.floor(rand() * 20) }, () => vocabulary[Math.floor(rand() * vocabulary.length)]).join(rand() < 0.5 ? ' ' : ', '));
  texts.push(Array.from({ length: 600 }, word).join(' ')); // past the cached length
  for (const [classes, cfg] of [[['No', 'Yes'], { bits: 14, wordNgrams: 2, charNgrams: [3, 4] }], [['a', 'b', 'c'], { bits: 12, wordNgrams: 3, charNgrams: [2, 3] }]] as const) {
    const cached = randomModel([...classes], cfg as LinearFeatureConfig, 3), plain = featureByFeature(cached);
    for (const t of texts) assert.deepEqual(cached.probabilities(t), plain.probabilities(t), t);
    // again, now that the words are cached (or were evicted)
    for (const t of texts.slice(0, 200)) assert.deepEqual(cached.probabilities(t), plain.probabilities(t), t);
  }
});

test('linear classifier: the bound of exact sums follows the weights', () => {
  // the smallest weight 0.25 = 2^-2: every float32 weight is a multiple of 2^(-2-23); the bound counts in 2^(-2-24), up to 2^53 of them
  assert.equal(exactSumLimit(new Float32Array([0, 0.5, -1, 0.25, 3])), Math.floor((2 ** 53 * 2 ** (-2 - 24)) / 3));
  assert.equal(exactSumLimit(new Float32Array(4)), Infinity);
  // a loaded model's int16 weights span at most 2^15 of its scale: some 2^14 features sum exactly, more than a cached text has
  const m = randomModel(['No', 'Yes'], { bits: 10, wordNgrams: 2, charNgrams: [3, 4] }, 5);
  assert.ok(exactSumLimit(m.weights) >= 2 ** 13);
});
