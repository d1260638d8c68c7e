/** "the 20th century" (19), "year-end" / "by year's end" (the year, mod END). */
import type { Candidate, TimeParser } from '../types.js';

export const centuryYearEndParser: TimeParser = {
  name: 'century-year-end',
  triggers: ['century', 'year-end', 'year end', "year's end"],
  starts: { words: ['the #', 'year'], digit: true },
  pattern: /\b(?:(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]century|(year[- ]end|year's end))\b/gi,
  extract(m, ctx): Candidate | null {
    const [all, ordinal] = m;
    const start = m.index, end = m.index + all.length;
    if (ordinal) return { start, end, type: 'DATE', rule: 'century', date: { gran: 'C', y: (Number(ordinal) - 1) * 100 } };
    // "since year-end" looks back to the last one; "by year-end" to this year's
    const y = /\bsince\s+$/i.test(ctx.match.slice(Math.max(0, start - 6), start)) ? ctx.ref.y - 1 : ctx.ref.y;
    return { start, end, type: 'DATE', rule: 'year-end', date: { gran: 'Y', y }, mod: 'END' };
  },
};
