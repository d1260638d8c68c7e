/**
 * "the year", "the full year", "the fiscal year" in financial news: the
 * reference year, except "the year ended March 31", a twelve-month span (P1Y).
 */
import type { Candidate, TimeParser } from '../types.js';

export const theYearParser: TimeParser = {
  name: 'the-year',
  triggers: ['the year', 'the full year', 'the fiscal year', 'the calendar year'],
  starts: { words: ['the full', 'the fiscal', 'the calendar', 'the year'] },
  pattern: /\bthe (?:(full|fiscal|calendar) )?year\b(?![s'-]|\s+(?:of|before|after|in|when|that|since|\d))/gi,
  extract(m, ctx): Candidate | null {
    const start = m.index, end = m.index + m[0].length;
    if (/^,?\s+(?:ended|ending|that ended|which ended)\b/i.test(ctx.match.slice(end, end + 20))) {
      return { start, end, type: 'DURATION', rule: 'the-year', value: 'P1Y' };
    }
    return { start, end, type: 'DATE', rule: 'the-year', date: { gran: 'Y', y: ctx.ref.y } };
  },
};
