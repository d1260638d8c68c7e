/** "1998", "fiscal 1989", "the year 2000", "the 1990s", "the '80s", "mid-1990s" (mod from the modifier refiner). */
import type { Candidate, TimeParser } from '../types.js';

/** Years outside this range are far more often counts or amounts than dates. */
const MIN_YEAR = 1500, MAX_YEAR = 2100;
/** What follows a four-digit number when it is a quantity, not a year. */
const QUANTITY_AFTER = /^(?:\s*(?:%|percent|people|dollars|shares|tons|troops|workers|members|employees|jobs|cases|miles|feet|meters|kilometers|units|votes|points|barrels|acres|pounds|deaths|soldiers)\b|,\d|\.\d|\s*-\s*(?:year|month|day|hour)|:\d|[a-z])/i;
const QUANTITY_BEFORE = /(?:[$£€#]|\bNo\.\s?|\d[,.]|\b(?:flight|route|room|page|model|boeing|airbus|vol\.)\s)$/i;
/** A capitalized word right before a year, not at a sentence start: the year is part of a name. */
const NAME_BEFORE = /[a-z,;]\s+[A-Z][a-z]+\s$/;
/** Capitalized words that introduce a year rather than name something (months, weekdays, seasons, "Fiscal"). */
const NOT_A_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Fall|Autumn|Winter|Fiscal|Christmas|Easter)\s$/;
/** Approximate counts ("some 1500") are years only when they look like recent ones. */
const APPROX_BEFORE = /\b(?:about|nearly|some|over|than|almost|approximately|roughly|only|just)\s$/i;

/** Where "'80s" can start without a lead word: an apostrophe before a digit. */
function apostrophes(match: string): number[] {
  const out: number[] = [];
  for (let i = match.indexOf("'"); i >= 0; i = match.indexOf("'", i + 1)) {
    const c = match.charCodeAt(i + 1);
    if (c >= 48 && c <= 57) out.push(i);
  }
  return out;
}

export const yearParser: TimeParser = {
  name: 'year',
  starts: { words: ['fiscal', 'calendar', 'financial', 'model', 'school', 'the', 'mid'], digit: true, extra: apostrophes },
  pattern: /\b(?:(fiscal|calendar|financial|model|school|the)\s+(?:(?:year|years)\s+)?)?(?:(?:mid-?|the\s+)?'(\d)0s|(1[5-9]\d0|20\d0)'?s|((?:1[5-9]|20)\d\d))\b/gi,
  extract(m, ctx): Candidate | null {
    const [all, lead, shortDecade, decade, yearStr] = m;
    const start = m.index, end = m.index + all.length;
    const after = ctx.match.slice(end, end + 14);
    if (decade || shortDecade) {
      const y = decade ? Number(decade) : 1900 + Number(shortDecade) * 10;
      return { start, end, type: 'DATE', rule: 'year-decade', date: { gran: 'E', y } };
    }
    const y = Number(yearStr);
    if (y < MIN_YEAR || y > MAX_YEAR) return null;
    if (!lead || lead.toLowerCase() === 'the') {
      if (QUANTITY_AFTER.test(after)) return null;
      const before = ctx.match.slice(Math.max(0, start - 12), start);
      if (!lead && (QUANTITY_BEFORE.test(before) || (APPROX_BEFORE.test(before) && y < 1900))) return null;
      // "Orion 1980", "Expo 2000": a number closing a proper name, mid-sentence
      if (!lead && NAME_BEFORE.test(before) && !NOT_A_NAME.test(before)) return null;
    }
    // "the 1998 season": "the" belongs to the noun phrase, not the year
    const s = lead && lead.toLowerCase() === 'the' && !/year/i.test(all) ? start + all.toLowerCase().indexOf(yearStr!) : start;
    return { start: s, end, type: 'DATE', rule: lead && /fiscal|financial/i.test(lead) ? 'year-fiscal' : 'year', date: { gran: 'Y', y } };
  },
};
