/**
 * Adjacent pieces of one expression: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6",
 * "midnight Friday" (a clock time and its day), "Monday, Feb. 21" (a weekday and its date),
 * "the week of March 6" and "Easter week" (the week holding a day).
 */
import { weekOf } from '../calendar.js';
import type { Candidate, TagContext, TimeRefiner } from '../types.js';

const JOIN_RE = /^,?\s{1,3}$/;

function joinable(a: Candidate, b: Candidate, ctx: TagContext): boolean {
  return JOIN_RE.test(ctx.match.slice(a.end, b.start));
}

/** "the week of March 6", "Easter week": the ISO week holding the day named. */
function weekAround(c: Candidate, ctx: TagContext): Candidate {
  if (c.date?.gran !== 'D' || c.date.time) return c;
  const before = WEEK_OF_BEFORE.exec(ctx.match.slice(Math.max(0, c.start - 16), c.start));
  if (before) return { ...c, start: c.start - before[0].length, rule: `week-of+${c.rule}`, date: weekOf(c.date) };
  const after = c.rule === 'holiday' ? WEEK_AFTER.exec(ctx.match.slice(c.end, c.end + 6)) : null;
  if (after) return { ...c, end: c.end + after[0].length, rule: `${c.rule}+week`, date: weekOf(c.date) };
  return c;
}
const WEEK_OF_BEFORE = /\bthe week of\s+$/i;
const WEEK_AFTER = /^\s+week\b/i;

export const mergeRefiner: TimeRefiner = {
  name: 'merge',
  refine(cands, ctx) {
    const out: Candidate[] = [];
    for (let i = 0; i < cands.length; i++) {
      const a = cands[i]!, b = cands[i + 1];
      if (b && joinable(a, b, ctx)) {
        const aClock = a.timeOfDay !== undefined, bClock = b.timeOfDay !== undefined;
        const aDay = a.date?.gran === 'D' && !a.date.time, bDay = b.date?.gran === 'D' && !b.date.time;
        if ((aClock && bDay) || (aDay && bClock)) {
          const d = (aDay ? a : b).date!, clock = (aClock ? a : b).timeOfDay!;
          out.push({ start: a.start, end: b.end, type: 'TIME', rule: `${a.rule}+${b.rule}`, date: { ...d, time: clock }, mod: a.mod ?? b.mod });
          i++;
          continue;
        }
        // "January nineteen ninety-seven": a month and a year in words
        if (a.rule === 'month-date' && a.date?.gran === 'M' && b.rule === 'spelled-year' && b.date?.gran === 'Y') {
          out.push({ ...a, end: b.end, rule: 'month-date+spelled-year', date: { ...a.date, y: b.date.y } });
          i++;
          continue;
        }
        if (a.rule === 'weekday' && b.rule === 'month-date' && bDay) {
          out.push({ ...b, start: a.start, rule: 'weekday+month-date' });
          i++;
          continue;
        }
      }
      out.push(weekAround(a, ctx));
    }
    return out;
  },
};
