import { Doc } from '../../src/doc/doc.js';
import { segmenter } from '../../src/segment/index.js';
import { posTagger } from '../../src/pos/index.js';
import { tokenView, type TokenView } from '../../src/attribution/model/features.js';

/** A composed text segmented and POS-tagged, as the attribution models see it. */
export function taggedDoc(text: string): Doc {
  const d = new Doc(text);
  segmenter.run(d);
  posTagger.run(d);
  return d;
}

/** A tagged document and its token view. */
export function viewOf(text: string): { d: Doc; v: TokenView } {
  const d = taggedDoc(text);
  return { d, v: tokenView(d) };
}

/** Index of the k-th token (from 0) whose lower case is `word` (as written: "harbour", which the taggers read as "harbor"). */
export function tok(v: TokenView, word: string, k = 0): number {
  for (let i = 0; i < v.n; i++) if ((v.lower[i] === word || v.word[i]!.key.toLowerCase() === word) && k-- === 0) return i;
  throw new Error(`no token ${word}`);
}
