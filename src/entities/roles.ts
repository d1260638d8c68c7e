import type { Doc } from '../doc/doc.js';
import { HONORIFICS, NATIONALITY_WORDS, ROLE_WORDS } from '../lexicon/speaker-kinds.js';
import type { RawMention } from './mentions.js';
import { tokenTexts } from '../segment/index.js';
import { isFiniteTag } from '../pos/tags.js';

/**
 * Roles and titles of a person as the text states them:
 *  - titles before the name: "Russian President Vladimir Putin" -> "Russian President",
 *    "Ukraine President Volodymr Zelenskiy" -> "Ukraine President";
 *  - an appositive opening the sentence: "US representative from Virginia's 11th
 *    congressional district, Gerry Connolly, said" -> that phrase;
 *  - an appositive after the name: "Gerry Connolly, a Democrat from Virginia, said".
 * Titles are never part of the name (mentions.ts strips them).
 */

/** Role words that only modify a title ("former", "senior"): a role phrase must end in a real title. */
const TITLE_MODIFIERS = new Set([
  'former', 'ex', 'acting', 'interim', 'retired', 'late', 'then', 'incoming', 'outgoing', 'senior', 'top', 'junior', 'democratic',
  'republican', 'gop', 'independent', 'conservative', 'liberal', 'progressive', 'u.s.', 'us', 'presumptive', 'house', 'senate',
  'majority', 'minority', 'state', 'national', 'security', 'foreign', 'defense', 'defence', 'interior', 'finance', 'press', 'campaign',
  'communications', 'vice', 'prime', 'deputy', 'assistant', 'executive',
]);
/** Longest appositive taken as a role, in tokens: longer ones are clauses, not roles. */
const MAX_APPOSITIVE_TOKENS = 14;
/** A role word must appear this early in an appositive for it to be a role ("a senior Democratic senator"). */
const ROLE_WORD_WITHIN = 4;

const tokenText = (doc: Doc, i: number) => tokenTexts(doc)[i]!;
const lowerWord = (doc: Doc, i: number) => tokenText(doc, i).toLowerCase().replace(/\.$/, '');
const isRoleWord = (w: string) => ROLE_WORDS.has(w);
// (honorifics say how a person is addressed, not what they do: never a role on their own)
const isTitle = (w: string) => ROLE_WORDS.has(w) && !TITLE_MODIFIERS.has(w) && !HONORIFICS.has(w);
const DETERMINERS = new Set(['a', 'an', 'the']);

// helpers at module level rather than closures in rolesOf: it runs for every person mention
const spanText = (doc: Doc, a: number, b: number) => doc.text.slice(doc.tokens[a]!.start, doc.tokens[b - 1]!.end);
const isLowerCase = (doc: Doc, i: number) => /^\p{Ll}/u.test(tokenText(doc, i));
const hasFiniteVerb = (doc: Doc, x: number, y: number) => { for (let i = x; i < y; i++) if (isFiniteTag(doc.tokens[i]!.pos)) return true; return false; };
const roleWordEarly = (doc: Doc, x: number, y: number) => { for (let i = x; i < Math.min(y, x + ROLE_WORD_WITHIN); i++) if (isTitle(lowerWord(doc, i))) return true; return false; };
const startsWithPreposition = (doc: Doc, x: number) => /^(IN|TO)$/.test(doc.tokens[x]!.pos ?? '');
const isComma = (texts: readonly string[], i: number, sentStart: number, sentEnd: number) => i >= sentStart && i < sentEnd && texts[i] === ',';

export function rolesOf(doc: Doc, m: RawMention, placeOrOrgTokens: ReadonlySet<number>): string[] {
  const roles: string[] = [];
  const sIdx = doc.sentenceAt(doc.tokens[m.start]!.start);
  const sent = sIdx >= 0 ? doc.sentences[sIdx]! : null;
  const sentStart = sent ? sent.tokenStart : 0;
  const sentEnd = sent ? sent.tokenEnd : doc.tokens.length;

  // titles right before the name (those stripped out of the mention included: they are role words too)
  let a = m.start;
  while (a > sentStart) {
    const w = lowerWord(doc, a - 1);
    // lower-case adjectives inside a title ("Republican presidential nominee") belong to it
    const adjective = doc.tokens[a - 1]!.pos === 'JJ' && a < m.start && isLowerCase(doc, a - 1);
    if (isRoleWord(w) || NATIONALITY_WORDS.has(w) || placeOrOrgTokens.has(a - 1) || adjective) a--; else break;
  }
  // the phrase starts with a title word, a nationality or a name, not a loose adjective
  while (a < m.start && doc.tokens[a]!.pos === 'JJ' && isLowerCase(doc, a) && !isRoleWord(lowerWord(doc, a))) a++;
  // (the title ends before any honorifics: "Prime Minister Datuk Seri Anwar Ibrahim" is a prime minister)
  let titleEnd = m.start;
  while (titleEnd > a && HONORIFICS.has(lowerWord(doc, titleEnd - 1))) titleEnd--;
  if (a < titleEnd && isTitle(lowerWord(doc, titleEnd - 1))) roles.push(spanText(doc, a, titleEnd));

  const texts = tokenTexts(doc);

  // "ROLE, NAME," opening the sentence
  if (isComma(texts, a - 1, sentStart, sentEnd) && a - 1 > sentStart && a - 1 - sentStart <= MAX_APPOSITIVE_TOKENS && isComma(texts, m.end, sentStart, sentEnd)) {
    let x = sentStart;
    const y = a - 1;
    if (x < y - 1 && DETERMINERS.has(lowerWord(doc, x))) x++;
    if (roleWordEarly(doc, x, y) && !hasFiniteVerb(doc, x, y) && !startsWithPreposition(doc, x)) roles.push(spanText(doc, x, y));
  }
  // "NAME, ROLE," or "NAME, ROLE."
  if (isComma(texts, m.end, sentStart, sentEnd)) {
    let y = m.end + 1;
    while (y < sentEnd && !/^[,;:.!?"()]$/.test(texts[y]!)) y++;
    let x = m.end + 1;
    if (x < y && DETERMINERS.has(lowerWord(doc, x))) x++;
    if (x < y && y - x <= MAX_APPOSITIVE_TOKENS && roleWordEarly(doc, x, y) && !hasFiniteVerb(doc, x, y) && !startsWithPreposition(doc, x)) roles.push(spanText(doc, x, y));
  }
  return roles;
}
