import { test } from 'node:test';
import assert from 'node:assert/strict';
import { featurize, LinearClassifier, linearTokens, WordSums, type LinearFeatureConfig } from '../../src/ml/linear.js';

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

test('linear classifier: the summed scoring (words kept with their features\' sums) gives the probabilities of the plain margins, exactly', () => {
  let seed = 13;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  const vocab = ['the', 'said', 'Officials', '14,000', '3.5%', 'Mayor\'s', '\u201cbest\u201d', 'Caf\u00e9', 'x'.repeat(40), '?!', 'jobs', 'rose', 'by', '$5', 'percent'];
  const sentence = () => Array.from({ length: next() % 25 }, () => (next() % 4 ? vocab[next() % vocab.length]! : `w${next() % 300}`)).join(next() % 5 ? ' ' : ', ');
  const plain = (clf: LinearClassifier, t: string) => {
    const f = featurize(t, clf.config);
    let s = 0;
    for (const x of f) s += clf.weights[x]!;
    const z = s * (f.length ? 1 / Math.sqrt(f.length) : 0) + clf.bias[0]!;
    const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    return [1 - p, p];
  };
  const configs: LinearFeatureConfig[] = [{ bits: 18, wordNgrams: 2, charNgrams: [3, 4] }, { bits: 10, wordNgrams: 3, charNgrams: [1, 5] }, { bits: 12, wordNgrams: 1, charNgrams: null }];
  for (const cfg of configs) {
    // quantized weights (16-bit, as a model file holds them), then weights too far apart for exact sums in any order
    for (const spread of [32767, 1e9]) {
      const w = Float32Array.from({ length: 1 << cfg.bits }, () => ((next() % (2 * 32767 + 1)) - 32767) / 32767 * (spread > 32767 && next() % 7 === 0 ? 1 / spread : 1) * 0.37);
      const clf = new LinearClassifier(['No', 'Yes'], cfg, w, [0.11]);
      clf.wordSums = new WordSums(8);
      for (let k = 0; k < 400; k++) { const t = sentence(); assert.deepEqual(clf.probabilities(t), plain(clf, t), `${JSON.stringify(cfg)} ${t}`); }
    }
  }
});
