import { readFileSync } from 'node:fs';
import { modelPath } from '../ml/model-file.js';
import { NerTagger } from './ner.js';

/** Model file under models/ (written by `npm run train -- ner`). */
export const NER_MODEL_FILE = 'ner.json.gz';

let loaded: NerTagger | null = null;
/** The shipped NER tagger, loaded once on first use. */
export function loadNerTagger(): NerTagger {
  return (loaded ??= NerTagger.deserialize(readFileSync(modelPath(NER_MODEL_FILE, import.meta.url))));
}
