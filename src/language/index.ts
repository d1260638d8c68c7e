import { francAll } from 'franc';
import type { Doc } from '../doc/doc.js';
import type { LanguageId } from '../doc/types.js';
import type { Component } from '../pipeline/component.js';
import { ENGLISH_FUNCTION_WORDS, languageCode } from '../lexicon/languages.js';

/**
 * Which language the article's text is in. whosaid's entity, time, reported
 * speech and framing stages are built for English (lexicons, models trained on
 * English news); on a German or Zulu page they read every capitalized noun as
 * a name and every colon as a cue. The pipeline skips them when the text is
 * identified as another language (see Pipeline.run), and the attribution stage
 * keeps the quotations alone.
 *
 * The recipe:
 *  1. the words of the article's text (boilerplate left out), up to SAMPLE_CHARS;
 *  2. too few words (or letters) to tell: no language (every stage runs, as for English);
 *  3. English function words at least ENGLISH_SHARE of the words: English
 *     (most English articles stop here, at the cost of one pass over words);
 *  4. else franc's trigram profiles (187 languages) decide; "undetermined" is
 *     no language.
 * A page's declared language (`<html lang>`, meta) is not trusted for this:
 * in the fundus set, 9 pages declared "en" are in Zulu, Xhosa or Swahili.
 * (franc, not franc-min: the smaller one has no Danish, Norwegian or
 * Lithuanian, and read those pages of the fundus set as Swedish or Lingala.)
 */

/** Characters of text sampled: franc reads at most 2,048, and as many tell English (all 1,013 PolNeAR texts) at about 1% of the pipeline's time. */
const SAMPLE_CHARS = 2048;
/** Fewer words than this (and fewer letters than MIN_LETTERS: Chinese and Japanese have no spaces) is too little to tell a language from. */
const MIN_WORDS = 12;
const MIN_LETTERS = 40;
/** English function-word share at or above which a text is English without the trigram test (English news: >= 0.17, other languages: <= 0.10, see lexicon/languages.ts). */
const ENGLISH_SHARE = 0.2;

/** Identifies the language of a text. */
export function identifyLanguage(text: string): LanguageId {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS && words.reduce((n, w) => n + w.length, 0) < MIN_LETTERS) return { code: null, rule: 'too-short' };
  let english = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())) english++;
  if (english / words.length >= ENGLISH_SHARE) return { code: 'en', rule: 'english-function-words' };
  const best = francAll(sample, { minLength: 10 })[0]![0];
  return best === 'und' ? { code: null, rule: 'undetermined' } : { code: languageCode(best), rule: 'trigrams' };
}

/** The article's text without its boilerplate, paragraphs joined by blank lines. */
function articleText(doc: Doc): string {
  if (!doc.boilerplate.length) return doc.text;
  const parts: string[] = [];
  let at = 0;
  for (const b of [...doc.boilerplate].sort((x, y) => x.start - y.start)) {
    if (b.start > at) parts.push(doc.text.slice(at, b.start));
    at = Math.max(at, b.end);
  }
  parts.push(doc.text.slice(at));
  return parts.join('\n\n');
}

/** Whether the stages built for English read a text identified as `code` (English, or no language identified: the default). */
export function englishStagesRun(code: string | null | undefined): boolean {
  return code == null || code === 'en';
}

/** Whether the English-built stages should read this doc. */
export function readsAsEnglish(doc: Doc): boolean {
  return englishStagesRun(doc.language?.code);
}

/** Fills doc.language, and meta.language when the page declared none. */
export const languageIdentifier: Component = {
  name: 'language',
  requires: ['boilerplate'],
  assigns: ['language'],
  run(doc) {
    doc.language = identifyLanguage(articleText(doc));
    if (!doc.meta.language && doc.language.code) {
      doc.meta.language = doc.language.code;
      doc.meta.sources = { ...doc.meta.sources, language: 'text' };
    }
  },
};
