/** "February 22, 2022", "22 February 2014", "Feb. 22", "February 2014", "the summer of 2014" is elsewhere; "April" alone. */
import { MONTH_RE, MONTHS } from '../../lexicon/time.js';
import { day, dayDiff, isValidDay, type CalDate } from '../calendar.js';
import { fullYear, nearestYearDay, nearestYearMonth, tenseAround } from '../helpers.js';
import type { TagContext } from '../types.js';
import type { Candidate, TimeParser } from '../types.js';

/** How far (days) from the reference day a yearless date must be before tense may move it to the other year. */
const TENSE_DECIDES_AFTER_DAYS = 90;

/** How many months ahead a month named without year or tense may still be the coming one ("in November", written in October). */
const UNMARKED_MONTH_AHEAD = 2;
/** How many days ahead a yearless day without tense may be before it is taken as last year's. */
const UNMARKED_DAY_AHEAD_DAYS = 120;

/** Month names that are also common words: alone they need a date-like neighbour. */
const AMBIGUOUS_MONTH = /^(?:may|march|mar\.|jan\.?|sat|sun|dec\.?)$/i;
const MONTH_ALONE_CUE = /\b(?:the|in|since|until|till|by|last|next|this|early|late|mid|of|through|from|to|before|after|during|between|and|or|each|every|until|that|the end of|the start of|the beginning of)\s*-?$/i;

/** A month named without its year: "last April" is the latest before this month; alone, the tense decides. */
function monthWithoutYear(ctx: TagContext, month: number, relation: string | undefined, start: number, end: number): CalDate {
  const rel = relation?.toLowerCase();
  const cur = ctx.ref.m!;
  let y = ctx.ref.y;
  if (rel === 'this') y = ctx.ref.y;
  else if (rel === 'last' || rel === 'this past') y = month < cur ? y : y - 1;
  else if (rel === 'next' || rel === 'this coming') y = month > cur ? y : y + 1;
  else {
    const tense = /\b(?:by|until|till|through)\s+(?:early|late|mid)?-?\s*$/i.test(ctx.match.slice(Math.max(0, start - 12), start)) ? 'future'
      : /\bsince\s+$/i.test(ctx.match.slice(Math.max(0, start - 8), start)) ? 'past' : tenseAround(ctx, start, end);
    if (tense === 'future') y = month >= cur ? y : y + 1;
    else if (tense === 'past') y = month <= cur ? y : y - 1;
    else {
      // no tense either way: news mostly reports what happened, so a month more than a short
      // way ahead is last year's ("resigned in March", written in November)
      const ahead = (month - cur + 12) % 12;
      if (ahead === 0 || ahead > UNMARKED_MONTH_AHEAD) y = month <= cur ? y : y - 1;
      else return nearestYearMonth(ctx.ref, month);
    }
  }
  return { gran: 'M', y, m: month };
}

export const monthDateParser: TimeParser = {
  name: 'month-date',
  starts: { words: ['last', 'next', 'this', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'], digit: true },
  pattern: new RegExp(
    `\\b(?:(last|next|this past|this coming|this)\\s+(?=[A-Z]))?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(${MONTH_RE})(?![a-z])(?:\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d%]|:\\d|\\.\\d|\\s*(?:percent|a\\.m|p\\.m)))?(?:(?:,|\\s+of)?\\s*((?:1[6-9]|20)\\d\\d|'\\d\\d)(?![\\d%])|\\s+(last|next|this) year\\b)?`,
    'gi'),
  extract(m, ctx): Candidate | null {
    const [all, relation, d1, monthWord, d2, yearStr, yearRel] = m;
    const month = MONTHS[monthWord!.toLowerCase().replace('.', '')];
    if (!month) return null;
    const dayNum = d1 ? Number(d1) : d2 ? Number(d2) : null;
    const yearRelOffset = yearRel ? ({ last: -1, next: 1, this: 0 } as Record<string, number>)[yearRel.toLowerCase()]! : null;
    const year = yearStr ? fullYear(yearStr.replace("'", '')) : yearRelOffset !== null ? ctx.ref.y + yearRelOffset : null;
    const start = m.index, end = m.index + all.length;
    if (dayNum === null && year === null) {
      // "May" and "March" alone are verbs and nouns far more often than months
      const isCapital = /^[A-Z]/.test(monthWord!);
      if (!isCapital) return null;
      // "Jan Kavan": a bare abbreviation without its period is a name more often than a month
      if (monthWord!.length <= 4 && !monthWord!.endsWith('.') && !/^(?:may|june|july)$/i.test(monthWord!)) return null;
      if (AMBIGUOUS_MONTH.test(monthWord!) && !relation && !MONTH_ALONE_CUE.test(ctx.match.slice(Math.max(0, start - 16), start))) return null;
      // "the March on Washington", "the March of Dimes": a march, not the month
      if (AMBIGUOUS_MONTH.test(monthWord!) && /\bthe\s+$/i.test(ctx.match.slice(Math.max(0, start - 5), start)) && /^\s+(?:on|of|for|to|against|through)\b/i.test(ctx.match.slice(end, end + 9))) return null;
      return { start, end, type: 'DATE', rule: 'month-date', date: monthWithoutYear(ctx, month, relation, start, end) };
    }
    if (!/^[A-Z]/.test(monthWord!) && !(dayNum !== null && year !== null)) return null;
    let date: CalDate | null;
    if (dayNum !== null) {
      if (year !== null) date = isValidDay(year, month, dayNum) ? day(year, month, dayNum) : null;
      // a day and month: the nearest such day (tense misleads here: "said the vote is on Nov. 9"),
      // except after "ended" or "since" ("the year ended March 31"): a day that is past
      else if (/\b(?:ended|ending|closed|since)\s+(?:on\s+)?$/i.test(ctx.match.slice(Math.max(0, start - 12), start))) {
        date = isValidDay(ctx.ref.y, month, dayNum) && dayDiff(ctx.ref, day(ctx.ref.y, month, dayNum)) <= 0 ? day(ctx.ref.y, month, dayNum) : isValidDay(ctx.ref.y - 1, month, dayNum) ? day(ctx.ref.y - 1, month, dayNum) : null;
      } else {
        date = nearestYearDay(ctx.ref, month, dayNum);
        // far from the reference day either year is plausible: the clause's tense decides
        const diff = date ? dayDiff(ctx.ref, date) : 0;
        if (date && Math.abs(diff) > TENSE_DECIDES_AFTER_DAYS) {
          const tense = tenseAround(ctx, start, end);
          // unmarked tense: the past, as for a month alone ("the Oct. 23 slaying", written in May)
          if ((tense === 'past' || (tense === null && diff > UNMARKED_DAY_AHEAD_DAYS)) && diff > 0 && isValidDay(date.y - 1, month, dayNum)) date = day(date.y - 1, month, dayNum);
          else if (tense === 'future' && diff < 0 && isValidDay(date.y + 1, month, dayNum)) date = day(date.y + 1, month, dayNum);
        }
      }
    } else date = { gran: 'M', y: year!, m: month };
    if (!date) return null;
    return { start, end, type: 'DATE', rule: 'month-date', date };
  },
};
