import type { Doc } from '../doc/doc.js';
import type { Token } from '../doc/types.js';
import type { Component } from '../pipeline/component.js';
import { findParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';
import { KeyMap, keyA, keyB } from '../ml/key-map.js';

export { findParagraphs, trimSpan } from './paragraphs.js';
export { splitSentences } from './sentences.js';
export { tokenize } from './tokens.js';

export const segmenter: Component = {
  name: 'segment',
  requires: ['text'],
  assigns: ['paragraphs', 'sentences', 'tokens'],
  run(doc) {
    doc.paragraphs = findParagraphs(doc.text);
    const tokens: Token[] = [];
    for (const p of doc.paragraphs) tokenize(doc.matchText, p, tokens);
    doc.tokens = tokens;
    doc.sentences = splitSentences(doc.matchText, doc.paragraphs, doc.tokens);
  },
};

const TEXTS = new WeakMap<readonly Token[], string[]>();
/**
 * The matching text of every token of the document (doc.matchText sliced at
 * each token), made once per token list and shared by the stages that read
 * words (POS, NER, entity rules): one string per token, whose hash V8 then
 * computes once for every Map lookup that follows.
 */
export function tokenTexts(doc: Doc): string[] {
  // the entity rules ask once per word they read: the last list answers without a WeakMap lookup
  if (last !== null && last.tokens === doc.tokens && last.texts.length === doc.tokens.length) return last.texts;
  let texts = TEXTS.get(doc.tokens);
  if (texts === undefined || texts.length !== doc.tokens.length) {
    const m = doc.matchText;
    texts = doc.tokens.map((t) => m.slice(t.start, t.end));
    TEXTS.set(doc.tokens, texts);
  }
  last = { tokens: doc.tokens, texts };
  return texts;
}
/** The token list asked about last and its texts (one document's, kept until the next one asks). */
let last: { tokens: readonly Token[]; texts: string[] } | null = null;

/**
 * The document's distinct token words (matching text) and, per token, the index of its word
 * among them: each word interned once per document, so that per-word tables (the POS and NER
 * word caches, or any stage's own) are looked up once per distinct word and then indexed by id
 * instead of hashing every token's string again.
 */
export interface TokenWords {
  /** ids[i]: index in `words` of token i's text. */
  readonly ids: Int32Array;
  /** Distinct token texts, in order of first occurrence. */
  readonly words: readonly string[];
  /** Key lanes of each word (KeyMap's keyA, keyB of words[k]): the word caches take them instead of hashing the word again. */
  readonly keyA: Int32Array;
  readonly keyB: Int32Array;
}

const WORDS = new WeakMap<readonly Token[], TokenWords>();
/** The TokenWords of the document's tokens, made once per token list. */
export function tokenWords(doc: Doc): TokenWords {
  let tw = WORDS.get(doc.tokens);
  if (tw === undefined || tw.ids.length !== doc.tokens.length) {
    // (words found by their KeyMap key: a hash of the characters and a probe in typed arrays, where a Map
    // of strings hashes each fresh token string and compares it with the stored one)
    const texts = tokenTexts(doc), ids = new Int32Array(texts.length), words: string[] = [], index = new KeyMap(2 * texts.length);
    // (lanes per distinct word, at most one per token: trimmed to the words' count below)
    const lanesA = new Int32Array(texts.length), lanesB = new Int32Array(texts.length);
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i]!, a = keyA(t), b = keyB(t);
      let k = index.get(a, b, -1);
      if (k < 0) { k = words.length; index.set(a, b, k); lanesA[k] = a; lanesB[k] = b; words.push(t); }
      ids[i] = k;
    }
    WORDS.set(doc.tokens, (tw = { ids, words, keyA: lanesA.subarray(0, words.length), keyB: lanesB.subarray(0, words.length) }));
  }
  return tw;
}
