/**
 * Vocabulary for reading quantities in claims: number words, scale words,
 * fraction words, approximation and bound modifiers (mapped to TIMEX3-style
 * mods), duration units (to ISO 8601 designators) and currency signs/words.
 * Lower case.
 */

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['dozen', 12], ['a dozen', 12], ['dozens', 24],
]);

/** Multipliers that follow a number ("14 thousand", "2.5 million"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['k', 1e3], ['m', 1e6], ['bn', 1e9], ['tn', 1e12], ['mn', 1e6],
]);

/** Denominator words: "a third", "two-thirds", "three quarters". */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4], ['fourths', 4],
  ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8],
  ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10],
]);

export type QuantityMod = 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS';

/** Modifiers before a quantity, longest first when matched. */
export const QUANTITY_MODIFIERS: ReadonlyMap<string, QuantityMod> = new Map([
  ['more than', 'MORE_THAN'], ['over', 'MORE_THAN'], ['upwards of', 'MORE_THAN'], ['in excess of', 'MORE_THAN'],
  ['just over', 'MORE_THAN'], ['well over', 'MORE_THAN'], ['better than', 'MORE_THAN'], ['greater than', 'MORE_THAN'],
  ['fewer than', 'LESS_THAN'], ['less than', 'LESS_THAN'], ['under', 'LESS_THAN'], ['just under', 'LESS_THAN'],
  ['nearly', 'LESS_THAN'], ['almost', 'LESS_THAN'], ['close to', 'LESS_THAN'], ['short of', 'LESS_THAN'],
  ['at least', 'EQUAL_OR_MORE'], ['no fewer than', 'EQUAL_OR_MORE'], ['no less than', 'EQUAL_OR_MORE'], ['a minimum of', 'EQUAL_OR_MORE'],
  ['at most', 'EQUAL_OR_LESS'], ['no more than', 'EQUAL_OR_LESS'], ['up to', 'EQUAL_OR_LESS'], ['a maximum of', 'EQUAL_OR_LESS'],
  ['about', 'APPROX'], ['around', 'APPROX'], ['approximately', 'APPROX'], ['roughly', 'APPROX'], ['some', 'APPROX'],
  ['an estimated', 'APPROX'], ['estimated', 'APPROX'], ['circa', 'APPROX'], ['approx', 'APPROX'],
]);

/** Duration units -> ISO 8601 designator; time-of-day units take the T prefix. */
export const DURATION_UNITS: ReadonlyMap<string, { designator: string; time: boolean }> = new Map([
  ['year', { designator: 'Y', time: false }], ['years', { designator: 'Y', time: false }],
  ['decade', { designator: 'DE', time: false }], ['decades', { designator: 'DE', time: false }],
  ['century', { designator: 'CE', time: false }], ['centuries', { designator: 'CE', time: false }],
  ['month', { designator: 'M', time: false }], ['months', { designator: 'M', time: false }],
  ['week', { designator: 'W', time: false }], ['weeks', { designator: 'W', time: false }],
  ['day', { designator: 'D', time: false }], ['days', { designator: 'D', time: false }],
  ['hour', { designator: 'H', time: true }], ['hours', { designator: 'H', time: true }],
  ['minute', { designator: 'M', time: true }], ['minutes', { designator: 'M', time: true }],
  ['second', { designator: 'S', time: true }], ['seconds', { designator: 'S', time: true }],
]);

/** Currency signs and words -> ISO 4217 code. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB']]);
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'], ['pounds', 'GBP'],
  ['yen', 'JPY'], ['rupee', 'INR'], ['rupees', 'INR'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'],
  ['yuan', 'CNY'], ['hryvnia', 'UAH'],
]);

export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'per cent', 'percentage points', 'percentage point', '%']);

/** Words after a number that are not its unit (function words, adverbs, verbs of being). */
export const NOT_UNIT_WORDS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'by', 'from', 'with', 'and', 'or', 'but', 'the', 'a', 'an', 'is', 'are', 'was', 'were',
  'have', 'has', 'had', 'be', 'been', 'will', 'would', 'already', 'more', 'less', 'than', 'times', 'that', 'this', 'who', 'which',
  'per', 'each', 'ago', 'later', 'earlier', 'before', 'after', 'since', 'until', 'now', 'so', 'as', 'it', 'they', 'we', 'he', 'she',
]);

/** Plural nouns not ending in -s, so a count's unit can be told from the modifiers before it ("14,000 people"). */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'troops', 'cattle', 'livestock', 'feet', 'teeth', 'mice', 'geese', 'data',
]);

/** Words before a number that make it a name or a label, not an amount ("Article 5", "Flight 370", "Route 66"). */
export const NUMBER_LABEL_WORDS: ReadonlySet<string> = new Set([
  'article', 'articles', 'section', 'chapter', 'title', 'route', 'flight', 'room', 'no', 'number', 'level', 'phase', 'grade',
  'category', 'class', 'page', 'pages', 'resolution', 'amendment', 'district', 'precinct', 'ward', 'gate', 'terminal', 'platform',
  'episode', 'season', 'volume', 'vol', 'item', 'rule', 'paragraph', 'bill', 'proposition', 'prop', 'model', 'version', 'g',
]);
