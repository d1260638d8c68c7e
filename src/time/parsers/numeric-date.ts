/** "2022-02-22", "2/22/2022", "02/22/22" (US order: month first). */
import { day, isValidDay } from '../calendar.js';
import { fullYear } from '../helpers.js';
import type { Candidate, TimeParser } from '../types.js';

export const numericDateParser: TimeParser = {
  name: 'numeric-date',
  triggers: ['-', '/'],
  starts: { words: [], digit: true },
  pattern: /\b(?:((?:19|20)\d\d)-(\d\d)-(\d\d)|(\d{1,2})\/(\d{1,2})\/((?:19|20)?\d\d))(?![\d/])/g,
  extract(m): Candidate | null {
    const [all, iy, im, id, um, ud, uy] = m;
    const y = iy ? Number(iy) : fullYear(uy!), mo = Number(iy ? im : um), d = Number(iy ? id : ud);
    if (!isValidDay(y, mo, d)) return null;
    return { start: m.index, end: m.index + all.length, type: 'DATE', rule: 'numeric-date', date: day(y, mo, d) };
  },
};
