import type { Component } from '../pipeline/component.js';
import { findClaims } from './claims.js';
import { findContestedLabels } from './contested.js';
import { findFramingMarkers } from './markers.js';
import { sourcingProfile } from './sourcing.js';

export { findClaims, statementOf } from './claims.js';
export { findContestedLabels } from './contested.js';
export { findFramingMarkers } from './markers.js';
export { loadCheckworthyModel, type CheckworthyModel } from './model.js';
export { extractQuantities } from './quantities.js';
export { sourcingProfile } from './sourcing.js';

/**
 * How the article says it: framing markers, contested labels, check-worthy
 * claims and the sourcing profile. Runs after attribution, whose statements
 * (doc.quotes) and scare quotes it reads to tell who uses a word.
 */
export const framingAnalyzer: Component = {
  name: 'framing',
  requires: ['sentences', 'quotes', 'scareQuotes'],
  assigns: ['framing', 'claims', 'sourcing', 'contestedLabels'],
  // lexicons and models built on English news (see src/language)
  languages: ['en'],
  run(doc) {
    doc.framing = findFramingMarkers(doc);
    doc.contestedLabels = findContestedLabels(doc);
    doc.claims = findClaims(doc);
    doc.sourcing = sourcingProfile(doc);
  },
};
