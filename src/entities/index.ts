import type { Component } from '../pipeline/component.js';

/** Named entities (issue: entities). Placeholder until the recognizer lands. */
export const entityRecognizer: Component = {
  name: 'entities',
  requires: ['sentences', 'tokens', 'boilerplate'],
  assigns: ['entities'],
  run(doc) { doc.entities = []; },
};
