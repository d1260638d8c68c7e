/** The second day of "April 24 and 25" / "May 3 or 4": the month and year of the day just named. */
import { MONTH_RE } from '../../lexicon/time.js';
import { day, isValidDay } from '../calendar.js';
import type { Candidate, TimeParser } from '../types.js';

export const monthDayConjunctParser: TimeParser = {
  name: 'month-day-conjunct',
  triggers: [' and ', ' or '],
  starts: { words: [], digit: true },
  pattern: new RegExp(`(?<=\\b(?:${MONTH_RE})\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:and|or)\\s+)(\\d{1,2})(?:st|nd|rd|th)?\\b(?![\\d%,.]\\d|\\s*(?:percent|a\\.m|p\\.m|years?|days?|months?|weeks?|hours?|minutes?|people|of)\\b)`, 'gi'),
  extract(m): Candidate | null {
    const n = Number(m[1]);
    const start = m.index, end = m.index + m[0].length;
    return {
      start, end, type: 'DATE', rule: 'month-day-conjunct',
      // the anchor is the day named just before ("April 24"), so its month and year carry over
      resolve: (anchor, ctx) => {
        const from = anchor.gran === 'D' ? anchor : ctx.ref;
        return isValidDay(from.y, from.m!, n) ? day(from.y, from.m!, n) : 'XXXX-XX-XX';
      },
    };
  },
};
