/**
 * Adjacent pieces of one expression: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6",
 * "midnight Friday" (a clock time and its day), "Monday, Feb. 21" (a weekday and its date).
 */
import type { Candidate, TagContext, TimeRefiner } from '../types.js';

const JOIN_RE = /^,?\s{1,3}$/;

function joinable(a: Candidate, b: Candidate, ctx: TagContext): boolean {
  return JOIN_RE.test(ctx.match.slice(a.end, b.start));
}

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
      out.push(a);
    }
    return out;
  },
};
