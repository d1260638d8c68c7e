/** Recurring times: "every year", "each Monday", "daily", "annually", "twice a week", "every other month". */
import { MONTHS, UNITS, WEEKDAYS } from '../../lexicon/time.js';
import { formatDuration } from '../calendar.js';
import type { Candidate, TimeParser } from '../types.js';

const ADVERBS: Record<string, string> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y',
  hourly: 'PT1H',
};

/** Adverbs that after a quantity give a rate ("grow 5% annually"), not a time the text refers to. */
const RATE_ADVERB = /^(?:annually|yearly)$/i;
const QUANTITY_BEFORE = /(?:%|\bpercent|\bmillion|\bbillion|\bunits|\d)\s+$/i;

/** Where "N times a ..." can start: the start of the word run before each " times". */
function wordsBeforeTimes(match: string): number[] {
  const out: number[] = [];
  const times = / times/gi;
  for (let m = times.exec(match); m; m = times.exec(match)) {
    let i = m.index;
    while (i > 0 && /\w/.test(match[i - 1]!)) i--;
    if (i < m.index) out.push(i);
  }
  return out;
}

export const setParser: TimeParser = {
  name: 'set',
  triggers: ['every', 'each', 'daily', 'nightly', 'weekly', 'monthly', 'annually', 'yearly', 'hourly', ' a day', ' a week', ' a month', ' a year', 'per '],
  starts: { words: ['every', 'each', 'once', 'twice', 'a', 'per', 'daily', 'nightly', 'weekly', 'biweekly', 'monthly', 'annually', 'yearly', 'hourly'], digit: true, extra: wordsBeforeTimes },
  pattern: /\b(?:(every|each)\s+(other\s+)?(day|week|weekend|month|quarter|year|decade|hour|minute|morning|night|evening|afternoon|summer|winter|spring|fall|autumn|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)|(?:(once|twice|\w+ times)\s+)?(?:a|per)\s+(day|week|month|year)|(daily|nightly|weekly|biweekly|monthly|annually|yearly|hourly))\b/gi,
  extract(m, ctx): Candidate | null {
    const [all, every, other, what, times, perUnit, adverb] = m;
    const start = m.index, end = m.index + all.length;
    if (adverb) {
      // "the daily newspaper", "weekly magazine": an adjective before a noun is not a time
      if (/^\s+(?:newspaper|paper|magazine|basis|wage|routine|briefing|show)\b/i.test(ctx.match.slice(end, end + 12))) return null;
      // "average daily volume": a statistic's span, not a recurrence
      if (/^daily$/i.test(adverb) && /\baverage\s+$/i.test(ctx.match.slice(Math.max(0, start - 9), start))) return null;
      // "rise 8.5% annually", "10,000 units annually": a rate attached to a quantity
      if (RATE_ADVERB.test(adverb) && QUANTITY_BEFORE.test(ctx.match.slice(Math.max(0, start - 12), start))) return null;
      return { start, end, type: 'SET', rule: 'set', value: ADVERBS[adverb.toLowerCase()]! };
    }
    if (perUnit) {
      if (!times) return null; // "a year" alone is a duration
      return { start, end, type: 'SET', rule: 'set', value: formatDuration(1, UNITS[perUnit.toLowerCase()]!) };
    }
    if (!every) return null;
    const w = what!.toLowerCase();
    const n = other ? 2 : 1;
    if (UNITS[w]) return { start, end, type: 'SET', rule: 'set', value: formatDuration(n, UNITS[w]) };
    if (WEEKDAYS[w]) return { start, end, type: 'SET', rule: 'set', value: `XXXX-WXX-${WEEKDAYS[w]}` };
    if (MONTHS[w]) return { start, end, type: 'SET', rule: 'set', value: `XXXX-${String(MONTHS[w]).padStart(2, '0')}` };
    const season: Record<string, string> = { summer: 'SU', winter: 'WI', spring: 'SP', fall: 'FA', autumn: 'FA' };
    if (season[w]) return { start, end, type: 'SET', rule: 'set', value: `XXXX-${season[w]}` };
    const part: Record<string, string> = { morning: 'MO', night: 'NI', evening: 'EV', afternoon: 'AF' };
    return { start, end, type: 'SET', rule: 'set', value: `XXXX-XX-XXT${part[w]}` };
  },
};
