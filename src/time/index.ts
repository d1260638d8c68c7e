import type { Component } from '../pipeline/component.js';
import { tagTimes } from './tagger.js';

export { tagTimes, TIME_PARSERS, TIME_REFINERS, type TagOptions } from './tagger.js';
export { buildTimeline, timelineBuilder } from './timeline.js';

/**
 * Time expressions (TIMEX3) over the article text, normalized against the
 * reference date (--date, else the published date; with neither, reference-dependent
 * fields are X placeholders, e.g. "tomorrow" -> XXXX-XX-XX).
 * Mentions inside boilerplate are dropped.
 */
export const timeTagger: Component = {
  name: 'time',
  requires: ['sentences', 'tokens', 'boilerplate'],
  assigns: ['times'],
  // lexicons and models built on English news (see src/language)
  languages: ['en'],
  run(doc) {
    // boilerplate is excluded before anchoring, so a related-link headline never anchors "the following month"
    doc.times = tagTimes(doc.text, doc.matchText, { referenceDate: doc.referenceDate, sentences: doc.sentences, exclude: doc.boilerplate });
  },
};
