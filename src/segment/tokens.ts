import type { Span, Token } from '../doc/types.js';
import { DEGREE_STEMS, DOMAIN_SUFFIXES, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.js';

/**
 * Tokens, Penn-Treebank style (what CoNLL-2003 and PolNeAR were tokenized
 * like): clitics split off ("Putin" "'s", "has" "n't"), punctuation on its own,
 * acronyms with periods kept whole ("U.S.", a party and state "D-N.C."), numbers with separators whole
 * ("14,000", "3.5"), a word with a decimal inside whole ("R3.5bn", "PM2.5"), hyphenated words whole ("Moscow-backed"),
 * a site's name whole ("MoveOn.org") and a degree ("Ph.D."): split at their periods, a source named by them was cut
 * there ("com" said, "Ben Wikler, the Washington director for MoveOn").
 * Matching runs on the folded text, so curly and straight quotes behave alike.
 */
const URL_ALTERNATIVES = [
  String.raw`https?:\/\/[^\s"'<>]+[^\s"'<>.,;:!?)]`,            // URL
  String.raw`www\.[^\s"'<>]+[^\s"'<>.,;:!?)]`,
];
const AT_ALTERNATIVES = [
  String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,                       // e-mail
  String.raw`@\w+|#\w+`,                                          // handles, hashtags
];
const OTHER_ALTERNATIVES = [
  String.raw`\p{Lu}-(?:\p{Lu}\.){2,}(?!\p{L})`,                    // (D-N.C.): a US politician's party and state
  String.raw`\p{Lu}-\p{Lu}\.\p{Lu}(?![\p{L}.])`,                     // (D-N.Y): the same without its last period
  String.raw`(?:${DEGREE_STEMS.join('|')})\.D\.?(?!\p{L})`,              // Ph.D.  Ed.D.
  String.raw`[\p{L}\d][\p{L}\d-]*\.(?:${DOMAIN_SUFFIXES.join('|')})(?![\p{L}\d])`, // MoveOn.org  Outsports.com: a site named as a source
  String.raw`(?:\p{L}\.){2,}(?!\p{L})`,                            // U.S.  a.m.
  String.raw`\p{Lu}'\p{Lu}\p{L}+`,                                  // O'Brien
  String.raw`\p{L}+(?=n't\b)`,                                    // does|n't
  String.raw`n't\b`,
  String.raw`'(?:s|re|ll|ve|m|d|S|RE|LL|VE|M|D)\b`,                // 's 're
  String.raw`[$€£¥]?\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?`,           // numbers, $5, 1990s, 21st
  String.raw`[\p{L}\p{M}\d]+(?:(?<=\d)\.\d[\p{L}\p{M}\d]*)*(?:[-&][\p{L}\p{M}\d]+)*`, // words (R3.5bn, PM2.5: a decimal inside)
  String.raw`\.{2,}|-{2,}|[\p{P}\p{S}]`,                          // punctuation
];

/**
 * The token regex (the alternatives above, in order) without those that cannot match in a text: a URL
 * needs "://" or "www.", an e-mail, a handle or a hashtag needs "@" or "#". Most paragraphs have none,
 * and every word would otherwise be tried as the start of an e-mail address first.
 * Index: 1 (URLs possible) + 2 ("@" or "#" present). Each as the scan's two regexes: anchored where the
 * scan stands (no token starts with white space, so the scan skips it) and unanchored (the first match
 * further on).
 */
const TOKEN_VARIANTS = [0, 1, 2, 3].map((k) => {
  const source = [...(k & 1 ? URL_ALTERNATIVES : []), ...(k & 2 ? AT_ALTERNATIVES : []), ...OTHER_ALTERNATIVES].join('|');
  return { at: new RegExp(source, 'uy'), next: new RegExp(source, 'gu') };
});

/** JavaScript's \s for the characters articles hold (ASCII space, tab, newlines, NBSP); other ones go to the regex. */
function isCommonSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 12 || c === 11;
}

/** Per ASCII code: a letter (1), a digit (2), punctuation that is a token on its own wherever it stands (4). */
const ASCII_KIND = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_KIND[c] = ASCII_KIND[c + 32] = 1;
for (let c = 48; c <= 57; c++) ASCII_KIND[c] = 2;
for (const ch of ',;:"()!?') ASCII_KIND[ch.charCodeAt(0)] = 4;
const LETTER = 1, DIGIT = 2, ALONE = 4;
const HYPHEN = 45, AMPERSAND = 38, APOSTROPHE = 39, PERIOD = 46, COMMA = 44, COLON = 58, SLASH = 47;

const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** A period between two digits ("R3.5bn"): a decimal point inside the word. */
function decimalAt(sub: string, j: number): boolean {
  const before = sub.charCodeAt(j - 1), after = sub.charCodeAt(j + 1);
  return before >= 48 && before <= 57 && after >= 48 && after <= 57;
}

/** An ASCII letter at j. */
function letterAt(sub: string, j: number): boolean {
  const c = sub.charCodeAt(j);
  return c < 128 && ASCII_KIND[c] === LETTER;
}

/**
 * End of the token the regex (without its URL and address alternatives) matches at `at`, found by a
 * character scan for the plainest tokens, or -1 when the regex must decide. Exactly the regex's
 * token: an ASCII word ended by ASCII that no alternative could take further (not a hyphen, "&", an
 * apostrophe, which "n't" or "O'Brien" need, or the period of a one-letter "U.S."); ASCII digits that
 * no separator, suffix or letter follows; or punctuation that only stands alone.
 */
function plainTokenEnd(sub: string, at: number): number {
  const c = sub.charCodeAt(at);
  if (c >= 128) return -1;
  const kind = ASCII_KIND[c]!;
  if (kind === ALONE) return at + 1;
  if (kind === 0) return -1;
  let j = at + 1;
  if (kind === LETTER) {
    while (j < sub.length) { const d = sub.charCodeAt(j); if (d >= 128 || (ASCII_KIND[d]! & (LETTER | DIGIT)) === 0) break; j++; }
    if (j === sub.length) return j;
    const d = sub.charCodeAt(j);
    // (a period glued to a letter after the word may be inside a site's name or a degree: "MoveOn.org", "Ph.D.")
    if (d >= 128 || d === HYPHEN || d === AMPERSAND || d === APOSTROPHE || (d === PERIOD && (j === at + 1 || decimalAt(sub, j) || letterAt(sub, j + 1)))) return -1;
    return j;
  }
  while (j < sub.length) { const d = sub.charCodeAt(j); if (d >= 128 || ASCII_KIND[d] !== DIGIT) break; j++; }
  if (j === sub.length) return j;
  const d = sub.charCodeAt(j);
  if (d >= 128 || (ASCII_KIND[d]! & (LETTER | DIGIT)) !== 0 || d === PERIOD || d === COMMA || d === COLON || d === SLASH || d === HYPHEN || d === AMPERSAND) return -1;
  return j;
}

/**
 * Tokens of a span of the matching text, appended to `out` when given (the segmenter collects a whole
 * document's in one array). The anchored regex is run with `test` (the match is where the scan stands
 * and ends at lastIndex): no match array and no token string are made per token. Most tokens are
 * plain words and punctuation, found by a character scan (plainTokenEnd) without the regex.
 */
export function tokenize(matchText: string, span: Span = { start: 0, end: matchText.length }, out: Token[] = []): Token[] {
  return scanTokens(matchText, span, out, true);
}

/** tokenize without the character scan: every token from the regex (tests compare the two). */
export function tokenizeByRegex(matchText: string, span: Span = { start: 0, end: matchText.length }, out: Token[] = []): Token[] {
  return scanTokens(matchText, span, out, false);
}

function scanTokens(matchText: string, span: Span, out: Token[], plainScan: boolean): Token[] {
  const sub = matchText.slice(span.start, span.end);
  const variant = (sub.includes('://') || sub.includes('www.') ? 1 : 0) + (sub.includes('@') || sub.includes('#') ? 2 : 0);
  const { at: TOKEN_AT_RE, next: TOKEN_NEXT_RE } = TOKEN_VARIANTS[variant]!;
  // (a URL or an address may start at any word: then only the regex knows)
  const plain = plainScan && variant === 0;
  let at = 0;
  for (;;) {
    // skipping white space by hand is much cheaper than letting every alternative fail on it
    while (at < sub.length && isCommonSpace(sub.charCodeAt(at))) at++;
    // (no token is empty: at the end there is none to find)
    if (at >= sub.length) break;
    let from: number, to: number;
    const plainEnd = plain ? plainTokenEnd(sub, at) : -1;
    TOKEN_AT_RE.lastIndex = at;
    if (plainEnd >= 0) {
      from = at; to = plainEnd;
    } else if (TOKEN_AT_RE.test(sub)) {
      from = at; to = TOKEN_AT_RE.lastIndex;
    } else {
      // nothing starts here: the first match further on, as the unanchored scan finds it
      TOKEN_NEXT_RE.lastIndex = at;
      const m = TOKEN_NEXT_RE.exec(sub);
      if (!m) break;
      from = m.index; to = m.index + m[0].length;
    }
    const start = span.start + from;
    let end = span.start + to;
    // a known abbreviation keeps its period: "Mr." "Jan." "Inc."
    if (matchText.charCodeAt(end) === 46) {
      const word = sub.slice(from, to);
      if (/^\p{L}+$/u.test(word)) {
        const low = word.toLowerCase();
        // (an initial stands alone: the letter of "4K." or "5G." is a unit ending its sentence)
        if (TITLE_ABBREVIATIONS.has(low) || OTHER_ABBREVIATIONS.has(low) || (word.length === 1 && /\p{Lu}/u.test(word) && !isDigitCode(sub.charCodeAt(from - 1)))) {
          end++;
        }
      }
    }
    at = end - span.start;
    // (pos written now, as undefined: the tagger's tag later fills a field the token has, not a new one)
    out.push({ start, end, pos: undefined });
  }
  return out;
}
