/**
 * Quotation marks that tell opening from closing, and which marks close which.
 * The quoted stretches (src/attribution/finders/quoted.ts) and the quoted
 * regions of the scare quotes and the speakers (src/attribution/scare-quotes.ts)
 * both pair marks by this table.
 *
 * English opens with “ and ‘. German and Central European styles open with the
 * low marks „ and ‚ and close with “ and ‘ (Polish, Hungarian and Romanian
 * with ” and ’): “ and ‘ open in English and close after „ and ‚, and the
 * character before them tells which (`followsText`). Then guillemets « », and
 * the Japanese and Chinese corner brackets 「 」 and 『 』.
 *
 * Straight marks (" and ') open and close alike: the finders read them from
 * their neighbours, so they are not in this table.
 */

interface QuotationPair {
  open: string;
  /** The marks that close it. */
  close: string;
  /**
   * Single marks quote a term or a quotation within a quotation. Their shapes
   * are also the apostrophe (’, ‘) and a comma (‚): between two letters they
   * are no mark, and after a letter they open nothing. Double marks open
   * anywhere (Japanese and Chinese put no space before a bracket).
   */
  single: boolean;
}

const PAIRS: readonly QuotationPair[] = [
  { open: '\u201c', close: '\u201d', single: false }, // “ ”
  { open: '\u201e', close: '\u201c\u201d', single: false }, // „ “, „ ”
  { open: '\u00ab', close: '\u00bb', single: false }, // « »
  { open: '\u300c', close: '\u300d', single: false }, // 「 」
  { open: '\u300e', close: '\u300f', single: false }, // 『 』
  { open: '\u2018', close: '\u2019', single: true }, // ‘ ’
  { open: '\u201a', close: '\u2018\u2019', single: true }, // ‚ ‘, ‚ ’
];

const BY_OPEN = new Map(PAIRS.map((p) => [p.open, p]));
const CLOSING = new Set(PAIRS.flatMap((p) => [...p.close]));
const SINGLE = new Set(PAIRS.filter((p) => p.single).flatMap((p) => [p.open, ...p.close]));
const CODES = new Set([...BY_OPEN.keys(), ...CLOSING].map((c) => c.charCodeAt(0)));
const LOWEST_CODE = Math.min(...CODES);

/** True for an opening mark of the table (“ and ‘ close too: see `closesMark`). */
export const isOpeningMark = (c: string | undefined): boolean => c !== undefined && BY_OPEN.has(c);
/** True for a mark that closes some opening mark. */
export const isClosingMark = (c: string): boolean => CLOSING.has(c);
/**
 * True when `close` closes a quotation opened by `open`. Straight marks close their own kind (the finders read
 * those), and a straight double mark is also closed by ” ("Open the door!” an officer shouts: pages mix the two
 * styles, and the curly closing mark opens nothing).
 */
export const closesMark = (open: string, close: string): boolean => BY_OPEN.get(open)?.close.includes(close) ?? (open === '"' && close === '\u201d');
/** True for a mark of a single pair (‘ ’ ‚), which the apostrophe and the comma look like. */
export const isSingleMark = (c: string): boolean => SINGLE.has(c);
/** True when the UTF-16 code is a mark of the table: scanners pass over every other character at once. */
export const isQuotationMarkCode = (code: number): boolean => code >= LOWEST_CODE && CODES.has(code);

/**
 * True when a mark after `prev` ends a quotation rather than starts one: after
 * text (a letter, punctuation, another closing mark), not after white space,
 * an opening bracket or the paragraph start. “ and ‘ close an open „ or ‚ there.
 */
export const followsText = (prev: string | undefined): boolean => prev !== undefined && !/[\s([{]/.test(prev);

/**
 * An apostrophe opening a shortened word, not a quotation: 'em, 'til, rock 'n'
 * roll, the '90s, 's. The whole word must be the short one ('Sorry' is quoted).
 */
export const opensElision = (text: string, i: number): boolean => /^'(?:em|til|tis|twas|n|s|\d\d?s?)(?![\p{L}\p{N}])/iu.test(text.slice(i, i + 6));

/** Two apostrophes: one double mark in typewriter style (''Yes,'' he said), as some newspaper archives write quotations. */
export const DOUBLED_APOSTROPHE = "''";
/** The mark at `i`: two apostrophes read as one, else the character. */
export const markAt = (text: string, i: number): string => (text.startsWith(DOUBLED_APOSTROPHE, i) ? DOUBLED_APOSTROPHE : text[i]!);
