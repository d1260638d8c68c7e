/** "Monday", "last Friday", "the previous Friday" (anaphoric), "next Tuesday", "Friday morning", "Wednesday night". */
import { PARTS_OF_DAY, WEEKDAY_RE, WEEKDAYS } from '../../lexicon/time.js';
import { addDays, weekday } from '../calendar.js';
import { isFuture, resolveWeekday } from '../helpers.js';
import type { Candidate, TimeParser } from '../types.js';

export const weekdayParser: TimeParser = {
  name: 'weekday',
  starts: { words: ['the previous', 'the preceding', 'the following', 'the next', 'last', 'next', 'this', 'past', 'coming', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
  pattern: new RegExp(`\\b(?:(the\\s+(?:previous|preceding|following|next)|last|next|this past|this coming|this|past|coming|on)\\s+)?(${WEEKDAY_RE})(?:'s)?(?:\\s+(morning|afternoon|evening|night))?\\b`, 'gi'),
  extract(m, ctx): Candidate | null {
    const [all, relation, name, part] = m;
    if (!/^[A-Z]/.test(name!)) return null;
    const rel = relation?.toLowerCase().replace(/\s+/g, ' ');
    const wd = WEEKDAYS[name!.toLowerCase()]!;
    const code = part ? PARTS_OF_DAY[part.toLowerCase()] : undefined;
    if (rel?.startsWith('the ')) {
      // "the previous Friday": the one before the day last mentioned, not before the publication date
      const forward = /following|next/.test(rel);
      const end = m.index + all.length - (all.endsWith("'s") ? 2 : 0);
      return {
        start: m.index, end, type: code ? 'TIME' : 'DATE', rule: 'weekday-anaphoric',
        resolve: (anchor, c) => {
          const from = anchor.gran === 'D' ? anchor : c.ref;
          const d = addDays(from, forward ? ((wd - weekday(from) + 7) % 7 || 7) : -(((weekday(from) - wd + 7) % 7) || 7));
          return code ? { ...d, time: code } : d;
        },
      };
    }
    // "on" is a preposition, outside the extent
    const start = rel === 'on' ? m.index + all.indexOf(name!) : m.index;
    const end = m.index + all.length - (all.endsWith("'s") ? 2 : 0);
    // "Wednesday's ruling": a possessive weekday names something that happened
    const future = !all.endsWith("'s") && isFuture(ctx, start, end);
    const date = resolveWeekday(ctx.ref, wd, future, rel === 'on' ? undefined : rel);
    return { start, end, type: code ? 'TIME' : 'DATE', rule: 'weekday', date: code ? { ...date, time: code } : date };
  },
};
