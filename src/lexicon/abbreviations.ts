/**
 * Abbreviations that end with a period which does not end a sentence.
 * TITLES are followed by a name, so a period after them never ends a sentence.
 * OTHER may end a sentence when the next word clearly starts one.
 * Compared in lower case without the final period.
 */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt',
  'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'rev', 'fr', 'sr', 'jr', 'st', 'ste', 'hon', 'pres', 'supt', 'insp', 'det', 'amb',
  'atty', 'sec', 'messrs', 'mme', 'mlle', 'brig', 'gens', 'lt.gen', 'rt', 'cllr',
]);

/** US states' short forms ("Calif.", "Fla."): a dateline's or a person's place, which may end a sentence. */
const STATE_ABBREVIATIONS_LIST = [
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'penn', 'tenn', 'tex', 'va', 'vt', 'wash',
  'wis', 'wisc', 'wyo',
];
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(STATE_ABBREVIATIONS_LIST);

export const OTHER_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vol', 'vols', 'p', 'pp', 'fig', 'figs', 'ch', 'art', 'sec', 'para',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'assoc', 'est', 'approx',
  'vs', 'v', 'etc', 'al', 'cf', 'viz', 'ca', 'min', 'max', 'mt', 'ft', 'ave', 'blvd', 'rd', 'hwy', 'mph', 'km',
  ...STATE_ABBREVIATIONS_LIST,
]);

/** Abbreviations that precede a number ("No. 5", "Jan. 6"): never a boundary before a digit. */
export const NUMBER_ABBREVIATIONS = new Set([
  'no', 'nos', 'vol', 'p', 'pp', 'fig', 'ch', 'art', 'sec', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words that start sentences: after "U.S." or "Inc." such a word means the period ended the sentence. */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but', 'and',
  'in', 'on', 'at', 'for', 'if', 'when', 'while', 'as', 'after', 'before', 'since', 'so', 'yet', 'his', 'her', 'their',
  'its', 'our', 'my', 'some', 'many', 'most', 'others', 'other', 'one', 'two', 'both', 'all', 'no', 'not', 'what', 'who',
  'why', 'how', 'where', 'still', 'then', 'now', 'however', 'meanwhile', 'also', 'last', 'earlier', 'later', 'asked',
]);

/** Stems of doctoral degrees written with a period before "D." ("Ph.D.", "Ed.D."): one token, as "M.D." is. */
export const DEGREE_STEMS = ['Ph', 'Ed', 'Psy', 'Th', 'Pharm'];

/** Endings of a site's name glued by a period to the name ("MoveOn.org", "Amazon.com"): one token. */
export const DOMAIN_SUFFIXES = ['com', 'org', 'net', 'gov', 'edu', 'gop'];
