/**
 * Year-on-year comparisons in financial news: "the corresponding period last year",
 * "the same quarter a year earlier", "last year's quarter": the quarter in focus, a year back.
 */
import { shift } from '../calendar.js';
import type { Candidate, TimeParser } from '../types.js';

export const yearAgoPeriodParser: TimeParser = {
  name: 'year-ago-period',
  triggers: ['last year', 'a year ago', 'a year earlier', 'the previous year', 'the prior year'],
  starts: { words: ['the corresponding', 'the comparable', 'the same', 'the like', 'the period', 'the quarter', 'corresponding', 'comparable', 'same', 'like', 'last'] },
  pattern: /\b(?:(?:the\s+)?(?:corresponding|comparable|same|like)\s+(?:period|quarter)(?:\s+of)?\s+(?:last year|a year (?:ago|earlier)|the (?:previous|prior) year)|the (?:period|quarter) a year (?:ago|earlier)|last year's (?:quarter|period))\b/gi,
  extract(m, ctx): Candidate | null {
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', rule: 'year-ago-period', movesAnchor: false,
      resolve: (anchor, c) => shift(anchor.gran === 'Q' ? anchor : c.focusQuarter ?? shift({ gran: 'Q', y: ctx.ref.y, q: Math.floor((ctx.ref.m! - 1) / 3) + 1 }, 'quarter', -1), 'year', -1),
    };
  },
};
