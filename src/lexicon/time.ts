/**
 * Time lexicon: month, weekday, season, part-of-day and unit names, number
 * words, and the holidays the tagger knows. Keys are lower case.
 */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
/** Month names as a regex alternation (longest first, abbreviations with optional period). */
export const MONTH_RE = 'january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.|apr\\.?|jun\\.|jul\\.|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?';

/** ISO weekday numbers (Monday = 1). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
export const WEEKDAY_RE = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** The weekdays as written in running text, capitalized (for patterns matched case-sensitively). */
const WEEKDAY_NAME_RE = WEEKDAY_RE.split('|').map((d) => `[${d[0]}${d[0]!.toUpperCase()}]${d.slice(1)}`).join('|');
/** When something was said, as news writes it after the verb ("said today", "told reporters on Monday morning", "said last week"); matches with or without the 'i' flag. */
export const WHEN_SAID_RE = String.raw`(?:on\s+)?(?:today|yesterday|tonight|(?:${WEEKDAY_NAME_RE})(?:\s+(?:morning|afternoon|evening|night))?|last\s+(?:week|month|year|night)|this\s+(?:week|month|morning|afternoon|evening)|earlier|later|recently)`;

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const SEASON_RE = 'spring|summer|fall|autumn|winter';

/** Parts of the day and their TIMEX3 codes. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};

/**
 * Whether a lower-case word names a time on its own: a month or weekday in
 * full ("may" too), today / yesterday / tonight, a part of the day, week /
 * month / year, a year's number. (Abbreviations are left out: "Sun" and
 * "Mar" are names as often.)
 */
export function isTimeWord(w: string): boolean {
  return FULL_DATE_NAMES.has(w) || Object.hasOwn(PARTS_OF_DAY, w) || /^(?:today|yesterday|tonight|week|month|year|\d{4})$/.test(w);
}
/** Months and weekdays in full (the plain words of MONTH_RE and WEEKDAY_RE). */
const FULL_DATE_NAMES = new Set([...MONTH_RE.split('|'), ...WEEKDAY_RE.split('|')].filter((w) => /^[a-z]+$/.test(w)));

/** Calendar units and their ISO 8601 duration letters (decade = 10 years, century = 100). */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
export const UNITS: Record<string, Unit> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', weekend: 'weekend', weekends: 'weekend',
  month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter',
  year: 'year', years: 'year', yr: 'year', yrs: 'year', decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
};

/** Cardinal number words. */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, couple: 2, half: 0.5,
};

export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, last: -1, final: -1,
};


/** Fixed-date holidays: month, day. */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'christmas day': [12, 25], christmas: [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1], "new year's eve": [12, 31],
  'independence day': [7, 4], 'fourth of july': [7, 4], 'the fourth of july': [7, 4], halloween: [10, 31], "valentine's day": [2, 14],
  'veterans day': [11, 11], "veterans' day": [11, 11], 'boxing day': [12, 26],
};
/** Floating holidays: month, ISO weekday, nth (-1 = last). */
export const FLOATING_HOLIDAYS: Record<string, [number, number, number]> = {
  thanksgiving: [11, 4, 4], 'thanksgiving day': [11, 4, 4], 'labor day': [9, 1, 1], 'memorial day': [5, 1, -1],
  'martin luther king day': [1, 1, 3], "presidents' day": [2, 1, 3], "presidents day": [2, 1, 3], 'columbus day': [10, 1, 2],
  "mother's day": [5, 7, 2], "father's day": [6, 7, 3],
};
export const HOLIDAY_RE = "christmas(?: day| eve)?|new year's (?:day|eve)|independence day|(?:the )?fourth of july|halloween|valentine's day|veterans'? day|boxing day|thanksgiving(?: day)?|labor day|memorial day|martin luther king day|presidents'? day|columbus day|mother's day|father's day|easter(?: sunday)?|good friday|election day";

/** Present, past and future references (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF). */
export const REFERENCE_WORDS: Record<string, string> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', 'just now': 'PRESENT_REF', currently: 'PRESENT_REF', current: 'PRESENT_REF',
  presently: 'PRESENT_REF', 'at present': 'PRESENT_REF', 'the present': 'PRESENT_REF', nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF', 'at the moment': 'PRESENT_REF', 'the moment': 'PRESENT_REF', 'for now': 'PRESENT_REF',
  recently: 'PAST_REF', recent: 'PAST_REF', lately: 'PAST_REF',
  'the past': 'PAST_REF', 'in the past': 'PAST_REF', 'long ago': 'PAST_REF',
  soon: 'FUTURE_REF', 'the future': 'FUTURE_REF', future: 'FUTURE_REF', 'the near future': 'FUTURE_REF',
};

/** Verbs and auxiliaries that put a sentence in the future (weekday and month resolution). */
export const FUTURE_MARKERS_RE = /(?:\b(?:will|won't|shall|going to|is to|are to|plans?|planned|planning|scheduled|expected|expects?|set to|set for|supposed to|upcoming|would|as soon as|as early as)\b|'ll\b)/i;
