/** "Christmas", "Thanksgiving Day", "New Year's Eve", "Easter", with an optional year. */
import { FIXED_HOLIDAYS, FLOATING_HOLIDAYS, HOLIDAY_RE } from '../../lexicon/time.js';
import { addDays, day, dayDiff, easter, nthWeekday, type CalDate } from '../calendar.js';
import type { Candidate, TagContext, TimeParser } from '../types.js';

function holidayIn(name: string, y: number): CalDate | null {
  const key = name.toLowerCase();
  const fixed = FIXED_HOLIDAYS[key];
  if (fixed) return day(y, fixed[0], fixed[1]);
  const floating = FLOATING_HOLIDAYS[key];
  if (floating) return nthWeekday(y, floating[0], floating[1], floating[2]);
  if (key.startsWith('easter')) return easter(y);
  if (key === 'good friday') return addDays(easter(y), -2);
  // US Election Day: the Tuesday after the first Monday of November
  if (key === 'election day') return addDays(nthWeekday(y, 11, 1, 1), 1);
  return null;
}

function nearestHoliday(name: string, ctx: TagContext): CalDate | null {
  let best: CalDate | null = null;
  for (const y of [ctx.ref.y - 1, ctx.ref.y, ctx.ref.y + 1]) {
    const c = holidayIn(name, y);
    if (c && (!best || Math.abs(dayDiff(ctx.ref, c)) < Math.abs(dayDiff(ctx.ref, best)))) best = c;
  }
  return best;
}

export const holidayParser: TimeParser = {
  name: 'holiday',
  triggers: ['christmas', 'new year', 'independence', 'fourth of july', 'halloween', 'valentine', 'veterans', 'boxing day', 'thanksgiving', 'labor day', 'memorial day', 'king day', 'presidents', 'columbus', 'mother', 'father', 'easter', 'good friday', 'election day'],
  starts: { words: ['christmas', 'new', 'independence', 'the fourth', 'fourth', 'halloween', 'valentine', 'veterans', 'boxing', 'thanksgiving', 'labor', 'memorial', 'martin', 'presidents', 'columbus', 'mother', 'father', 'easter', 'good', 'election'] },
  pattern: new RegExp(`\\b(${HOLIDAY_RE})(?:,?\\s+((?:19|20)\\d\\d))?\\b`, 'gi'),
  extract(m, ctx): Candidate | null {
    const [all, name, year] = m;
    if (!/^[A-Z]|^the/.test(name!)) return null;
    if (/^election day$/i.test(name!) && !/^Election Day$/.test(name!)) return null; // "election day" in lower case is any vote's
    const date = year ? holidayIn(name!, Number(year)) : nearestHoliday(name!, ctx);
    if (!date) return null;
    return { start: m.index, end: m.index + all.length, type: 'DATE', rule: 'holiday', date };
  },
};
