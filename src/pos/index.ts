import { readFileSync } from 'node:fs';
import type { Component } from '../pipeline/component.js';
import { modelPath } from '../ml/model-file.js';
import { PosTagger } from './tagger.js';
import { tokenTexts, tokenWords } from '../segment/index.js';

export { PosTagger, normalizeForPos } from './tagger.js';

/** Model file under models/ (written by `npm run train -- pos`). */
export const POS_MODEL_FILE = 'pos.json.gz';

let loaded: PosTagger | null = null;
/** The shipped POS tagger, loaded once on first use. */
export function loadPosTagger(): PosTagger {
  return (loaded ??= PosTagger.deserialize(readFileSync(modelPath(POS_MODEL_FILE, import.meta.url))));
}

/** Assigns `token.pos` (Penn Treebank tag) to every token, sentence by sentence. */
export const posTagger: Component = {
  name: 'pos',
  requires: ['sentences', 'tokens'],
  assigns: ['pos'],
  // lexicons and models built on English news (see src/language)
  languages: ['en'],
  run(doc) {
    const tagger = loadPosTagger();
    const texts = tokenTexts(doc), ids = tokenWords(doc);
    for (const s of doc.sentences) tagger.tagInto(texts, s.tokenStart, s.tokenEnd, doc.tokens, ids);
  },
};
