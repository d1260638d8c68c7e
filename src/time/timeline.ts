import type { Component } from '../pipeline/component.js';

/** Timeline entries from dated sentences (issue: time). Placeholder until it lands. */
export const timelineBuilder: Component = {
  name: 'timeline',
  requires: ['sentences', 'times', 'quotes'],
  assigns: ['timeline'],
  run(doc) { doc.timeline = []; },
};
