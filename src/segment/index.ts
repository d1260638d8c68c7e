import type { Doc } from '../doc/doc.js';
import type { Token } from '../doc/types.js';
import type { Component } from '../pipeline/component.js';
import { findParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

export { findParagraphs, trimSpan } from './paragraphs.js';
export { splitSentences } from './sentences.js';
export { tokenize } from './tokens.js';

export const segmenter: Component = {
  name: 'segment',
  requires: ['text'],
  assigns: ['paragraphs', 'sentences', 'tokens'],
  run(doc) {
    doc.paragraphs = findParagraphs(doc.text);
    doc.tokens = doc.paragraphs.flatMap((p) => tokenize(doc.matchText, p));
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
