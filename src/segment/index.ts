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
