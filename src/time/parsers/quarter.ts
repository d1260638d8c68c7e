/**
 * Quarters and halves, as financial news writes them: "the third quarter",
 * "third-quarter", "the fourth quarter of 1989", "Q2 2014", "the first half",
 * "the quarter", "the latest quarter", "the year-earlier quarter", "year-ago".
 */
import { MONTH_RE, MONTHS, ORDINALS } from '../../lexicon/time.js';
import { type CalDate, coarsen, quarterOf, shift } from '../calendar.js';
import { tenseAround } from '../helpers.js';
import type { Candidate, TagContext, TimeParser } from '../types.js';

/** "the quarter ended Sept. 30": the end date names the quarter. */
const ENDED_RE = new RegExp(`^,?\\s+(?:that\\s+)?(?:ended|ending|ends|through)\\s+(${MONTH_RE})(?![a-z])`, 'i');

/** The quarter a financial story is about when none is named: the last one completed. */
function lastCompletedQuarter(ref: CalDate): CalDate { return shift(coarsen(ref, 'Q'), 'quarter', -1); }

/** A bare "the quarter" means the quarter under discussion, else the last completed one. */
function quarterInFocus(anchor: CalDate, ctx: TagContext): CalDate {
  return anchor.gran === 'Q' ? anchor : ctx.focusQuarter ?? lastCompletedQuarter(ctx.ref);
}

/** What follows "the" in a quarter expression: "the fiscal third quarter", "the Q3", "the 2nd half", "the latest quarter". */
const QUARTER_AFTER_THE = ['fiscal', 'calendar', 'first', 'second', 'third', 'fourth', 'final', 'last', 'q', '#', 'latest', 'current', 'previous', 'past',
  'most', 'recent', 'year', 'comparable', 'same', 'prior', 'quarter', 'period'];

export const quarterParser: TimeParser = {
  name: 'quarter',
  triggers: ['quarter', 'half', 'period', 'year-ago', 'year-earlier', 'q1', 'q2', 'q3', 'q4', '1q', '2q', '3q', '4q'],
  starts: { words: [...QUARTER_AFTER_THE.map((w) => `the ${w}`), 'this', 'last', 'next', 'fiscal', 'calendar', 'first', 'second', 'third', 'fourth', 'final', 'q', 'latest', 'current', 'previous', 'past', 'most', 'recent', 'year', 'comparable', 'same', 'prior', 'quarter', 'period'], digit: true },
  pattern: /\b(?:(?:(the|this|last|next|this year's|last year's|next year's)\s+)?(?:(fiscal|calendar)[\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:(?:fiscal|calendar)[\s-]+)?(quarter|half|period)(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?:((?:19|20)\d\d)|(this|last|next) year)|\s+((?:19|20)\d\d))?|(?:the\s+)?(?:(?:fiscal\s+)?(?:(Q([1-4]))|([1-4])Q)(?:\s+((?:19|20)\d\d))?)|(?:(the)\s+)?(?:(latest|current|previous|past|most recent|recent|year-ago|year-earlier|comparable|same|prior-year|year-before|(?:19|20)\d\d)\s+)?(?:(first|second|third|fourth)[\s-]+)?(quarter|period|year-ago|year-earlier)\b)(?!-(?:old|long))/gi,
  extract(m, ctx): Candidate | null {
    const all = m[0];
    const start = m.index, end = m.index + all.length;
    if (m[3]) {
      const [, det, , ordinal, unit, ofYear, ofRel, bareYear] = m;
      const u = unit!.toLowerCase();
      if (u === 'period') return null;
      let n = ORDINALS[ordinal!.toLowerCase()]!;
      if (n < 0) n = u === 'half' ? 2 : 4;
      if ((u === 'half' && n > 2) || n > 4) return null;
      const d = det?.toLowerCase() ?? '';
      let y = ctx.ref.y;
      if (ofYear || bareYear) y = Number(ofYear ?? bareYear);
      else if (/last/.test(d) || ofRel?.toLowerCase() === 'last') y -= 1;
      else if (/next/.test(d) || ofRel?.toLowerCase() === 'next') y += 1;
      // "reported a drop for the fourth quarter", written in January: a quarter not yet begun this
      // year, in a past-tense clause, is last year's
      else if ((u === 'half' ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1) > ctx.ref.m! && tenseAround(ctx, start, end) !== 'future') y -= 1;
      const date: CalDate = u === 'half' ? { gran: 'H', y, h: n } : { gran: 'Q', y, q: n };
      // "the third-quarter results": the hyphenated form is an adjective and "the" belongs to the noun
      const s = d === 'the' && /(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)-quarter$/i.test(all) ? start + 4 : start;
      return { start: s, end, type: 'DATE', rule: 'quarter', date };
    }
    if (m[8] !== undefined || m[10] !== undefined) {
      const q = Number(m[9] ?? m[10]);
      const y = m[11] ? Number(m[11]) : ctx.ref.y;
      return { start, end, type: 'DATE', rule: 'quarter', date: { gran: 'Q', y, q } };
    }
    const [the, which, ordinal, noun] = [m[12], m[13]?.toLowerCase(), m[14]?.toLowerCase(), m[15]!.toLowerCase()];
    if (ordinal && (noun === 'period' || noun === 'quarter')) {
      // "the year-ago third quarter", "the 1988 second quarter"
      if (noun === 'period') return null;
      const q = ORDINALS[ordinal]!;
      if (which && /^\d{4}$/.test(which)) return { start, end, type: 'DATE', rule: 'quarter', date: { gran: 'Q', y: Number(which), q } };
      if (which === 'year-ago' || which === 'year-earlier' || which === 'prior-year') return { start, end, type: 'DATE', rule: 'quarter', date: { gran: 'Q', y: ctx.ref.y - 1, q }, movesAnchor: false };
      return null;
    }
    if (which && /^\d{4}$/.test(which)) {
      // "the 1988 period": the quarter in focus, in that year
      const y = Number(which);
      return { start, end, type: 'DATE', rule: 'quarter-anaphoric', movesAnchor: false, resolve: (anchor, c) => ({ ...quarterInFocus(anchor, c), y }) };
    }
    if (noun === 'year-ago' || noun === 'year-earlier' || which === 'year-ago' || which === 'year-earlier' || which === 'prior-year' || which === 'year-before') {
      if (!which && !/^(?:year-ago|year-earlier)$/.test(noun)) return null;
      return { start, end, type: 'DATE', rule: 'quarter-year-ago', movesAnchor: false, resolve: (anchor, c) => shift(anchor.gran === 'Q' || anchor.gran === 'M' ? anchor : quarterInFocus(anchor, c), 'year', -1) };
    }
    if (!the) return null;
    if (ctx.match[end] === '-') return null; // "the quarter-to-quarter comparison"
    if (noun === 'period' && !which) return null;
    if (which === 'same' || which === 'comparable') return null;
    if (which === 'current') return { start, end, type: 'DATE', rule: 'quarter', date: coarsen(ctx.ref, 'Q') };
    if (which === 'previous' || which === 'past' || which === 'prior') {
      return { start, end, type: 'DATE', rule: 'quarter-anaphoric', resolve: (anchor, c) => shift(quarterInFocus(anchor, c), 'quarter', -1) };
    }
    // "the quarter ended Sept. 30": the calendar quarter holding the end date
    const ended = ENDED_RE.exec(ctx.match.slice(end, end + 24));
    if (ended) {
      const month = MONTHS[ended[1]!.toLowerCase().replace('.', '')]!;
      const y = month <= ctx.ref.m! ? ctx.ref.y : ctx.ref.y - 1;
      return { start, end, type: 'DATE', rule: 'quarter-ended', date: { gran: 'Q', y, q: quarterOf(month) } };
    }
    // "the latest quarter" is the last one reported: the last completed
    if (which === 'latest' || which === 'most recent' || which === 'recent') return { start, end, type: 'DATE', rule: 'quarter', date: lastCompletedQuarter(ctx.ref) };
    return { start, end, type: 'DATE', rule: 'quarter-anaphoric', resolve: quarterInFocus };
  },
};
