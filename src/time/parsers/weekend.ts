/** "the weekend", "over the weekend": the last weekend (or the next, in a future clause), as YYYY-Www-WE. */
import { addDays, formatDate, weekday, weekOf } from '../calendar.js';
import { isFuture } from '../helpers.js';
import type { Candidate, TimeParser } from '../types.js';

export const weekendParser: TimeParser = {
  name: 'weekend',
  triggers: ['the weekend'],
  starts: { words: ['the weekend'] },
  pattern: /\bthe weekend\b(?!s)/gi,
  extract(m, ctx): Candidate | null {
    const start = m.index, end = m.index + m[0].length;
    const wd = weekday(ctx.ref);
    // Saturday of the weekend meant: this one when the reference day is in it, else the last (or next) one
    const saturday = wd >= 6 ? addDays(ctx.ref, 6 - wd) : isFuture(ctx, start, end) ? addDays(ctx.ref, 6 - wd) : addDays(ctx.ref, -(wd + 1));
    return { start, end, type: 'DATE', rule: 'weekend', value: `${formatDate(weekOf(saturday))}-WE` };
  },
};
