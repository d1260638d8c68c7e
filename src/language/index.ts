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
 * Reading English as another language would lose everything on an English
 * article, so the recipe leans to English:
 *  1. the letters of the article's text (boilerplate left out), up to SAMPLE_CHARS;
 *  2. in the Latin script: fewer than MIN_LATIN_WORDS words is too short to
 *     tell (every stage runs, as for English); English function words at
 *     least ENGLISH_SHARE of the words is English (most English articles stop
 *     here); under it, franc's trigram profiles (187 languages) decide;
 *  3. in other scripts (Cyrillic, Arabic, Han, ...), franc's answer, from
 *     MIN_LETTERS letters on: the script alone tells most of it.
 * A page's declared language (`<html lang>`, meta) is not trusted for this:
 * in the fundus set, 6 pages declared "en" are in Zulu, Xhosa or Swahili.
 * (franc, not franc-min: the smaller one has no Danish, Norwegian or
 * Lithuanian, and read those pages of the fundus set as Swedish or Lingala.)
 */

/** Characters of text sampled: franc reads at most 2,048, and as many tell English (all 1,013 PolNeAR texts) at 1 to 1.5% of the pipeline's time. */
const SAMPLE_CHARS = 2048;
/**
 * The share of English function words (lexicon/languages.ts) at or above which
 * a Latin-script text is English: English news >= 0.071, pages in other
 * languages <= 0.059 and mostly under 0.02. Set low, to lean to English (the
 * one page at 0.059 is read as English, as before languages were told apart).
 */
const ENGLISH_SHARE = 0.04;
/**
 * Fewest words of a Latin-script text for the trigram test. In windows of
 * English news (PolNeAR train and dev) with few function words, franc alone
 * named another language (Scots, Low German, Afrikaans) for 3% of 12-word
 * windows and 0.1% of 40-word ones; with this bound, the function-word share
 * and Scots read as English, none of 24,249 windows of 40, 60 and 100 words.
 */
const MIN_LATIN_WORDS = 40;
/** Fewest letters of a text in another script for the trigram test. */
const MIN_LETTERS = 40;

/** Identifies the language of a text. */
export function identifyLanguage(text: string): LanguageId {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const words = sample.match(/\p{L}+/gu) ?? [];
  let letters = 0, latin = 0;
  for (const w of words) { letters += w.length; for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) < 0x250) latin++; }
  if (latin * 2 >= letters) {
    if (words.length < MIN_LATIN_WORDS) return { code: null, rule: 'too-short' };
    let english = 0;
    for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())) english++;
    if (english / words.length >= ENGLISH_SHARE) return { code: 'en', rule: 'english-function-words' };
  } else if (letters < MIN_LETTERS) return { code: null, rule: 'too-short' };
  const best = francAll(sample, { minLength: 10 })[0]![0];
  if (best === 'und') return { code: null, rule: 'undetermined' };
  // Scots is what franc names English with few function words (tweets, headline lists: 3 of 24,249 PolNeAR
  // windows of 40 to 100 words, and no other language): read as English
  return { code: best === 'sco' ? 'en' : languageCode(best), rule: 'trigrams' };
}

/** The article's text without its boilerplate, paragraphs joined by blank lines, as far as the sample reaches. */
function articleText(doc: Doc): string {
  if (!doc.boilerplate.length) return doc.text;
  const parts: string[] = [];
  let at = 0, length = 0;
  for (const b of [...doc.boilerplate].sort((x, y) => x.start - y.start)) {
    if (b.start > at) { parts.push(doc.text.slice(at, b.start)); length += b.start - at; }
    at = Math.max(at, b.end);
    if (length >= SAMPLE_CHARS) return parts.join('\n\n');
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
