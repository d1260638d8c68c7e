import type { Component } from '../pipeline/component.js';

/** Time expressions and timeline (issue: time). Placeholder until the tagger lands. */
export const timeTagger: Component = {
  name: 'time',
  requires: ['sentences', 'tokens', 'boilerplate'],
  assigns: ['times'],
  run(doc) { doc.times = []; },
};
