/** "Monday", "last Friday", "next Tuesday", "Friday morning", "Wednesday night". */
import { PARTS_OF_DAY, WEEKDAY_RE, WEEKDAYS } from '../../lexicon/time.js';
import { isFuture, resolveWeekday } from '../helpers.js';
import type { Candidate, TimeParser } from '../types.js';

export const weekdayParser: TimeParser = {
  name: 'weekday',
  pattern: new RegExp(`\\b(?:(last|next|this past|this coming|this|past|coming|on)\\s+)?(${WEEKDAY_RE})(?:'s)?(?:\\s+(morning|afternoon|evening|night))?\\b`, 'gi'),
  extract(m, ctx): Candidate | null {
    const [all, relation, name, part] = m;
    if (!/^[A-Z]/.test(name!)) return null;
    const rel = relation?.toLowerCase();
    // "on" is a preposition, outside the extent
    const start = rel === 'on' ? m.index + all.indexOf(name!) : m.index;
    const end = m.index + all.length - (all.endsWith("'s") ? 2 : 0);
    // "Wednesday's ruling": a possessive weekday names something that happened
    const future = !all.endsWith("'s") && isFuture(ctx, start, end);
    const date = resolveWeekday(ctx.ref, WEEKDAYS[name!.toLowerCase()]!, future, rel === 'on' ? undefined : rel);
    const code = part ? PARTS_OF_DAY[part.toLowerCase()] : undefined;
    return { start, end, type: code ? 'TIME' : 'DATE', rule: 'weekday', date: code ? { ...date, time: code } : date };
  },
};
