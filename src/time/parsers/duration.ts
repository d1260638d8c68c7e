/**
 * Durations: "eight years", "the past two months", "the first nine months",
 * "a five-year plan" (five-year), "24-hour", "several weeks", "for weeks",
 * "50 years old". Approximation words are added by the modifier refiner.
 */
import { UNITS } from '../../lexicon/time.js';
import { formatDuration } from '../calendar.js';
import { COUNT_RE, COUNT_FIRST_WORDS, parseCount } from '../helpers.js';
import type { Candidate, TimeParser } from '../types.js';

const DETERMINERS = ['the', 'its', 'their', 'his', 'her', 'our'];
const LEAD = 'past|last|next|first|previous|coming|following|latest|final|remaining|preceding|prior|initial|entire|full|whole|same|additional|further|another';
/** Plural unit nouns that are a vague span after these words ("for weeks", "within days"). */
const BARE_PLURAL_AFTER = /\b(?:for|in|within|over|after|take|takes|took|taken|last|lasted|lasts|spent|spend|spends)\s$/i;

export const durationParser: TimeParser = {
  name: 'duration',
  // a determiner starts a match only before a lead word, a count word or a number ("the past two years", "its 10 days")
  starts: {
    words: [...DETERMINERS.flatMap((d) => [...LEAD.split('|'), ...COUNT_FIRST_WORDS, '#'].map((w) => `${d} ${w}`)), ...LEAD.split('|'), ...COUNT_FIRST_WORDS,
      'days', 'weeks', 'months', 'years', 'decades', 'hours', 'minutes'],
    digit: true,
  },
  pattern: new RegExp(
    `\\b(?:(?:(${DETERMINERS.join('|')})\\s+)?(?:(${LEAD})\\s+)?(${COUNT_RE})[\\s-]+(?:(?:full|straight|consecutive|more|additional|long)\\s+)?(seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries)(\\s+and\\s+a\\s+half)?(?:[\\s-](old|long))?(?:\\s+(or so))?|(days|weeks|months|years|decades|hours|minutes))\\b`,
    'gi'),
  extract(m, ctx): Candidate | null {
    const [all, det, lead, count, unitWord, andHalf, oldLong, orSo, barePlural] = m;
    let start = m.index;
    const end = m.index + all.length;
    if (barePlural) {
      if (!BARE_PLURAL_AFTER.test(ctx.match.slice(Math.max(0, start - 8), start))) return null;
      return { start, end, type: 'DURATION', rule: 'duration-vague', value: formatDuration(null, UNITS[barePlural.toLowerCase()]!) };
    }
    // ages ("a 6-year-old") are not time expressions in TimeML news annotation
    if (oldLong?.toLowerCase() === 'old' || /^-old\b/i.test(ctx.match.slice(end, end + 5))) return null;
    // "three-quarters" is a fraction
    if (/^quarters$/i.test(unitWord!) && /-/.test(all)) return null;
    const unit = UNITS[unitWord!.toLowerCase()]!;
    const c = count!.toLowerCase();
    const plural = /s$/i.test(unitWord!) || unitWord!.toLowerCase() === 'centuries';
    if ((c === 'a' || c === 'an') && plural) return null; // "a years" is not English; "a few" handled as vague
    if (c === 'one' && plural) return null;
    // "$5 a year", "3 percent a week": a rate, not a span of time
    const before = ctx.match.slice(Math.max(0, start - 14), start);
    if ((c === 'a' || c === 'an') && (/(?:\d|%|percent|dollars?|cents?|million|billion|each|times|once|twice)\s+$/i.test(before)
      || (/[a-z]{3,}s\s+$/.test(before) && !/\b(?:has|was|is|does|says|its|this|his|hers|ours|theirs|yes|plus|as|us)\s+$/i.test(before)))) return null;
    // "a second group": an ordinal, not a unit
    if ((c === 'a' || c === 'an') && /^second$/i.test(unitWord!)) return null;
    // "60 Minutes", the programme: a capitalized unit after digits is a title
    if (/^\d/.test(c) && /^[A-Z]/.test(unitWord!)) return null;
    // "some" is a determiner before a plural, "some time" excluded by the unit list
    if (c === 'some' && !plural) return null;
    const counted = parseCount(c);
    const n = counted !== null && andHalf ? counted + 0.5 : counted;
    // possessive determiners are outside the extent
    if (det && !/^the$/i.test(det)) start += det.length + 1;
    const mod = orSo ? 'APPROX' : undefined;
    return { start, end, type: 'DURATION', rule: lead ? 'duration-span' : 'duration', value: formatDuration(n, unit), mod };
  },
};
