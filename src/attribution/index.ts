import type { Component } from '../pipeline/component.js';

/** Quotations and reported statements (issue: attribution). Placeholder until the engine lands. */
export const attributor: Component = {
  name: 'attribution',
  requires: ['sentences', 'tokens', 'boilerplate', 'entities'],
  assigns: ['quotes', 'scareQuotes'],
  run(doc) { doc.quotes = []; doc.scareQuotes = []; },
};
