/**
 * Offsets from a date: "two years ago", "a year earlier", "two days later",
 * "three weeks from now", "a decade before". "ago" and "from now" count from
 * the reference date; "earlier", "later", "before", "after" from the last date mentioned.
 */
import { UNITS } from '../../lexicon/time.js';
import { type CalDate, periodOf, shift } from '../calendar.js';
import { COUNT_RE, COUNT_FIRST_WORDS, parseCount } from '../helpers.js';
import type { Candidate, TagContext, TimeParser } from '../types.js';

/** Granularity of a few-units-ago date: "three years ago" is a year, "six weeks ago" a week. */
function offsetDate(base: CalDate, unit: ReturnType<typeof unitOf>, n: number): CalDate {
  const span = unit === 'hour' || unit === 'minute' || unit === 'second' ? 'day' : unit;
  return shift(base.gran === 'D' && span !== 'day' ? periodOf(base, span) : base, span, n);
}
function unitOf(word: string) { return UNITS[word.toLowerCase()]!; }

export const offsetParser: TimeParser = {
  name: 'offset',
  triggers: ['ago', 'earlier', 'later', 'before', 'after', 'from now', 'hence', 'back', 'previously', 'prior'],
  starts: { words: COUNT_FIRST_WORDS, digit: true },
  pattern: new RegExp(`\\b(${COUNT_RE})[\\s-]+(seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries)\\s+(ago|earlier|later|before|after|afterwards?|from now|hence|back|previously|prior)\\b`, 'gi'),
  extract(m, ctx: TagContext): Candidate | null {
    const [all, count, unitWord, direction] = m;
    const start = m.index, end = m.index + all.length;
    const dir = direction!.toLowerCase();
    const unit = unitOf(unitWord!);
    const n = parseCount(count!);
    // "two days before the vote": the span is a duration, the date is the event's
    if ((dir === 'before' || dir === 'after' || dir === 'prior') && !/^\s*(?:[,.;:!?)"]|$|and\b|when\b)/.test(ctx.match.slice(end, end + 6))) return null;
    const back = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'back' || dir === 'previously' || dir === 'prior';
    if (n === null) {
      if (dir === 'ago' || dir === 'back') return { start, end, type: 'DATE', rule: 'offset', value: 'PAST_REF' };
      if (dir === 'from now' || dir === 'hence') return { start, end, type: 'DATE', rule: 'offset', value: 'FUTURE_REF' };
      return null;
    }
    const k = back ? -n : n;
    if (!Number.isInteger(k)) return null;
    // "up 15% from a year ago / a year earlier": a comparison point, not where the story moves to,
    // so a second "a year earlier" still counts from the period under discussion
    const comparison = n === 1 && (unit === 'year' || unit === 'quarter') && back;
    if (dir === 'ago' || dir === 'from now' || dir === 'hence' || dir === 'back') {
      return {
        start, end, type: 'DATE', rule: 'offset-ref', ...(comparison ? { movesAnchor: false } : {}),
        // financial stories: "a year ago" is the year-ago quarter of the quarter under discussion
        resolve: (anchor, c) => (unit === 'year' && anchor.gran === 'Q' && Math.abs(anchor.y - c.ref.y) <= 1 ? shift(anchor, 'year', k) : offsetDate(c.ref, unit, k)),
      };
    }
    return { start, end, type: 'DATE', rule: 'offset-anaphoric', ...(comparison ? { movesAnchor: false } : {}), resolve: (anchor) => offsetDate(anchor, unit, k) };
  },
};
