import type { Component } from '../pipeline/component.js';

/** Framing markers, claims and sourcing profile (issue: framing). Placeholder. */
export const framingAnalyzer: Component = {
  name: 'framing',
  requires: ['sentences', 'quotes', 'scareQuotes'],
  assigns: ['framing', 'claims', 'sourcing', 'contestedLabels'],
  run(doc) { doc.framing = []; doc.claims = []; doc.sourcing = null; doc.contestedLabels = []; },
};
