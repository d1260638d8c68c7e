/**
 * Framing vocabulary: words by which a writer or speaker distances themself
 * from a label ("so-called", "purported"), and phrases that present an
 * action as a cover for another aim ("under the pretext of").
 * Lower case; matched as whole words on the folded text (dashes -> '-').
 */

/** Distancing words: the writer does not vouch for the label that follows. */
export const DISTANCING_WORDS: readonly string[] = [
  'so-called', 'so called', 'purported', 'purportedly', 'self-styled', 'self-proclaimed', 'self-declared',
  'alleged', 'allegedly', 'supposed', 'supposedly', 'ostensible', 'ostensibly', 'quote-unquote', 'quote unquote',
  'nominally', 'would-be',
];

/**
 * Pretext framings: the stated reason is cast as a cover. Longer phrases
 * first; a bare "pretext" or "guise" still counts when no phrase matches.
 */
export const PRETEXT_PHRASES: readonly string[] = [
  'under the pretext of', 'on the pretext of', 'under the pretext that', 'on the pretext that', 'the pretext of', 'as a pretext for',
  'as a pretext', 'a pretext for', 'under the guise of', 'in the guise of', 'under the cover of', 'under cover of',
  'in the name of', 'under the banner of', 'as cover for', 'as a cover for', 'a smokescreen for', 'as a smokescreen',
  'pretexts', 'pretext', 'guise',
];
