import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { segmenter } from '../../src/segment/index.js';
import { posTagger } from '../../src/pos/index.js';
import { Pipeline } from '../../src/pipeline/component.js';
import { boilerplateCleaner } from '../../src/clean/index.js';
import { entityRecognizer } from '../../src/entities/index.js';
import type { Span } from '../../src/doc/types.js';
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

const beforeAttribution = new Pipeline([boilerplateCleaner, segmenter, posTagger, entityRecognizer]);
/** A composed text through every stage before the attributor (the refiners' tests build relations by hand on it). */
export function preparedDoc(text: string): Doc { return beforeAttribution.run(new Doc(text)); }

/** The span of the n-th (0-based) occurrence of `part` in the text. */
export function spanOf(d: Doc, part: string, nth = 0): Span {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = d.text.indexOf(part, i + 1);
  assert.ok(i >= 0, `"${part}" not in text`);
  return { start: i, end: i + part.length };
}
