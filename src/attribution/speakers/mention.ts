import type { Span, SpeakerKind } from '../../doc/types.js';
import { ANONYMITY_MARKERS, DEFINITE_DETERMINERS, INDEFINITE_DETERMINERS } from '../../lexicon/anonymous.js';
import { FEMALE_NAMES, MALE_NAMES, NAME_PARTICLES, NAME_SUFFIXES, isGivenName } from '../../lexicon/given-names.js';
import { MEDIA_NAME_HEADS, MEDIA_NAME_TAILS, MEDIA_NOUNS, OUTLETS, PRESS_NOUNS, networkStation, outletName, outletOfSection, SOCIAL_PLATFORMS, writtenAsName } from '../../lexicon/media.js';
import { GOVERNMENT_PLACES, GOVERNMENT_SEATS, ORGANIZATION_HEADS, ORGANIZATION_NOUNS } from '../../lexicon/organizations-generic.js';
import {
  DOCUMENT_ADJECTIVES,
  CAPITAL_TITLE_ABBREVIATIONS, DOCUMENT_NAME_HEADS, DOCUMENT_NOUNS, GENDERED_HONORIFICS, HONORIFIC_PHRASES, INTERJECTIONS, GENDERED_ROLES, MULTIWORD_ROLES, NATIONALITY_WORDS, OFFICE_DOMAIN_WORDS, PERSON_DEMONYMS, PERSON_NOUNS, PRONOUNS, ROLE_ABBREVIATIONS, ROLE_WORDS, TITLES_OF_PLACE,
  type Gender, type GrammaticalNumber, type PronounInfo,
} from '../../lexicon/speaker-kinds.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/time.js';
import { AFTER_SUBJECT_ADVERBS } from '../../lexicon/adverbs.js';
import { countryKeys, isCountryName, isPlaceName } from '../../lexicon/gazetteer.js';
import { isKnownOrganization } from '../../lexicon/organizations.js';
import { isAsciiAlnum, isAsciiLetter, isWhiteSpace } from '../../doc/chars.js';
import { KeyMap, keyA, keyB } from '../../ml/key-map.js';
import { hashCharA, hashCharB, VALUE_SEED_A, VALUE_SEED_B } from '../../ml/feature-table.js';

/**
 * What a source mention says on its own, before any resolution: a pronoun, a
 * person's name (titles and roles stripped), an organization, an outlet, a
 * document, an anonymous description, or a definite nominal ("the official")
 * that needs an antecedent.
 */
export type MentionForm = 'pronoun' | 'name' | 'nominal' | 'anonymous' | 'organization' | 'media' | 'document' | 'unknown';

export interface MentionInfo {
  form: MentionForm;
  /** Canonical name (person, organization, outlet) or the description as written (anonymous, document). */
  name: string;
  kind: SpeakerKind;
  gender: Gender;
  number: GrammaticalNumber;
  pronoun?: PronounInfo;
  /** Lower-case head noun of a nominal or description ("official"). */
  head?: string;
  /** Role words found with the name ("president", "representative"). */
  roles: string[];
  /** Where the name sits in the text, when the mention holds one. */
  nameSpan?: Span;
  /** A document that speaks as itself, whatever names it holds: a poll, "a study that appeared in X". */
  ownRecord?: boolean;
}

/** `possessive`: the word ends in "'s", or in "s" with an apostrophe after it ("Fox News' Megyn Kelly"). */
interface Word { text: string; lower: string; start: number; end: number; possessive: boolean }

const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}.&-]|'(?=\p{L}))*/gu;
/** Openings of an adverbial phrase before a mention ("During the rally Monday, ..."). */
const LEADING_ADVERBIAL = /^\s*(?:during|after|before|at|in|on|on\s+\w+day|while|when|since|until|over|throughout|meanwhile|earlier|later|last|this|yesterday|today|speaking)\b/i;
/** Any first word of the MULTIWORD_ROLES, as a substring test on lower-case text. */
const MULTIWORD_ROLE_START = new RegExp([...new Set(MULTIWORD_ROLES.map((r) => r.split(' ')[0]!))].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
/**
 * The capitalized name right before an outlet's noun ("the state-run IRNA news agency", "Russia's Kommersant
 * newspaper"), or null: none, or the noun is no outlet's.
 */
function outletNamedBeforeNoun(headWords: readonly Word[], head: string): { name: string; span: { start: number; end: number } } | null {
  let at = headWords.length - 1;
  if (head === 'agency' && headWords[at - 1]?.lower === 'news') at--;
  else if (!MEDIA_NOUNS.has(head)) return null;
  let from = at;
  while (from > 0 && isCapitalized(headWords[from - 1]!) && !headWords[from - 1]!.possessive && !/-/.test(headWords[from - 1]!.text)) from--;
  // (the first word alone, capitalized to open the sentence, names nothing: "State media", "Local newspapers")
  if (from === at || (from === 0 && at === 1 && !isCapitalizedName(headWords[0]!))) return null;
  const named = headWords.slice(from, at);
  const text = named.map((w) => w.text).join(' ');
  return { name: outletName(text) ?? text, span: { start: named[0]!.start, end: named[named.length - 1]!.end } };
}
/** A capitalized word that is more than a sentence opening: all capitals or a known outlet ("IRNA", "Kommersant"). */
const isCapitalizedName = (w: Word) => /^\p{Lu}{2,}$/u.test(w.text) || OUTLETS.has(w.lower);
/** A two-word honorific as whole words, with the space after it. */
const HONORIFIC_PHRASE_RE = new RegExp(String.raw`(?:^|\s)(?:${HONORIFIC_PHRASES.map((h) => h.replace(/ /g, String.raw`\s+`)).join('|')})\s+`, 'iu');
/** Prepositions that end the head part of a noun phrase ("a senior official familiar with ..."). */
const POSTMODIFIER_START = new Set(['of', 'for', 'with', 'from', 'at', 'in', 'on', 'to', 'by', 'familiar', 'close', 'who', 'which', 'that', 'briefed', 'involved', 'speaking', 'knowledgeable', 'based', 'working', 'and']);
/** "Mexicans", "African-Americans": a people named by the plural of its nationality word. */
export function isPluralDemonym(lower: string): boolean {
  if (!lower.endsWith('s')) return false;
  const sing = lower.slice(0, -1);
  return NATIONALITY_WORDS.has(sing) || NATIONALITY_WORDS.has(sing.slice(sing.lastIndexOf('-') + 1)) || DEMONYM_PLURALS.has(lower);
}
/**
 * A singular noun for one person of a nation ("spaniard", "dutchman", "australian"): the nationality words in -an or -i
 * name one person as nouns ("the French", "the Swiss" are a people: left out).
 */
export function isPersonDemonym(lower: string): boolean {
  return PERSON_DEMONYMS.has(lower) || (NATIONALITY_WORDS.has(lower) && /(?:an|i)$/.test(lower));
}
/** Plurals of peoples whose nationality word is not among NATIONALITY_WORDS. */
const DEMONYM_PLURALS = new Set(['americans', 'latinos', 'latinas', 'hispanics', 'asians', 'africans', 'arabs', 'muslims', 'christians', 'jews',
  'europeans', 'mexicans', 'canadians', 'israelis', 'palestinians', 'iranians', 'iraqis', 'afghans', 'pakistanis', 'syrians', 'russians',
  'ukrainians', 'germans', 'brazilians', 'cubans', 'venezuelans', 'saudis', 'kurds', 'turks', 'evangelicals', 'catholics', 'millennials']);

/** Role words that modify a title rather than name a person ("campaign manager", "state senator"): their plurals are no group of people. */
const MODIFIER_ROLE_WORDS = new Set(['campaign', 'state', 'house', 'senate', 'press', 'communications', 'majority', 'minority', 'national',
  'security', 'foreign', 'defense', 'defence', 'interior', 'finance', 'running']);
/** Heads of a group that "of" and people make an unnamed group ("a group of doctors"). */
const COLLECTIVE_HEADS = new Set(['group', 'groups', 'coalition', 'team', 'panel', 'handful', 'couple', 'number', 'majority', 'minority', 'crowd', 'delegation']);
/** Indefinite pronouns for people. */
const INDEFINITE_PERSONS = new Set(['everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'no one']);
/** Function words a title-case line capitalizes ("Campaign Of Paul Manafort"): never inside a person's name. */
const TITLE_CASE_FUNCTION_WORDS = new Set(['of', 'and', 'for', 'in', 'to', 'with', 'from', 'by', 'on', 'at', 'about', 'against', 'vs']);
/** Capitalized words that never start a person's name. */
const NOT_NAME_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many', 'several', 'both', 'all', 'other', 'one', 'two', 'another']);

/** The words of a mention text (WORD_RE's matches, a final period kept for abbreviations); `scan` false: by the regex alone (tests compare the two). */
export function words(text: string, base: number, scan = true): Word[] {
  const out: Word[] = [];
  if (scan && isAsciiText(text)) {
    // WORD_RE's matches by a character scan (ASCII text: \p{L} and \p{N} are [A-Za-z] and [0-9]; every step of
    // the pattern is one character, so the greedy scan ends where the regex does)
    for (let i = 0; i < text.length; i++) {
      if (!isAsciiAlnum(text.charCodeAt(i))) continue;
      let j = i + 1;
      for (; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (isAsciiAlnum(c) || c === 46 || c === 38 || c === 45) continue; // . & -
        if (c === 39 && j + 1 < text.length && isAsciiLetter(text.charCodeAt(j + 1))) continue; // ' before a letter
        break;
      }
      pushWord(out, text.slice(i, j), base + i, text.charCodeAt(j) === 39);
      i = j - 1;
    }
    return out;
  }
  // (exec on the shared regex: matchAll would copy the regex at every call)
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const after = text[m.index! + m[0].length];
    pushWord(out, m[0], base + m.index!, after === "'" || after === '\u2019');
  }
  return out;
}
function pushWord(out: Word[], match: string, start: number, apostropheAfter: boolean): void {
  let t = match;
  // a trailing period belongs to the word only for abbreviations and initials ("Jr.", "D.")
  if (t.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(t) && !ROLE_WORDS.has(t.toLowerCase()) && !NAME_SUFFIXES.has(t.toLowerCase()) && !/^(?:mr|mrs|ms|dr|st|sen|rep|gov|gen|lt|col|rev|prof|capt|sgt|maj|adm|amb|atty|hon|pres|sec)\.$/i.test(t)) t = t.slice(0, -1);
  const lower = t.toLowerCase();
  out.push({ text: t, lower, start, end: start + t.length, possessive: lower.endsWith("'s") || (apostropheAfter && t === match && lower.endsWith('s')) });
}
function isAsciiText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** /^\p{Lu}/u on the word, with an ASCII fast path. */
const isCapitalized = (w: Word) => {
  const c = w.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w.text);
};
/** A word without a final period and then a final "'s" (by char code: this runs for every word read; no string when there is none). */
const bare = (lower: string) => {
  let e = lower.length;
  if (e > 0 && lower.charCodeAt(e - 1) === 46) e--;
  if (e >= 2 && lower.charCodeAt(e - 1) === 115 && lower.charCodeAt(e - 2) === 39) e -= 2;
  return e === lower.length ? lower : lower.slice(0, e);
};
const isRoleWord = (lower: string): boolean => {
  if (ROLE_WORDS.has(lower)) return true;
  const b = bare(lower);
  if (ROLE_WORDS.has(b) || NATIONALITY_WORDS.has(b)) return true;
  // a hyphenated title: "Vice-President", "ex-Minister" (its last part is a role), "Editor-in-Chief" (X-in-Y, X a role)
  const h = b.indexOf('-');
  if (h <= 0) return false;
  return ROLE_WORDS.has(b.slice(b.lastIndexOf('-') + 1)) || (b.startsWith('-in-', h) && ROLE_WORDS.has(b.slice(0, h)));
};
/** A role or an honorific ("Senator", "Mr."): a word that opens a person's name as a title. */
const isTitleWord = (w: Word): boolean => isRoleWord(w.lower) || GENDERED_HONORIFICS.has(bare(w.lower));
/**
 * Whether `word in WEEKDAYS || word in MONTHS` (the lexicons are plain objects: the `in` test also
 * holds for the names that objects inherit, "constructor"): a Set of the same names, without the
 * string lookup that `in` makes for each new string.
 */
const DATE_NAMES = new Set([...Object.keys(WEEKDAYS), ...Object.keys(MONTHS), ...Object.getOwnPropertyNames(Object.prototype)]);
const isDateName = (word: string) => DATE_NAMES.has(word);

/** Text with a leading "the" lowered ("The White House" -> "the White House"). */
function normalizeThe(s: string): string { return s.replace(/^The\s/, 'the '); }

/**
 * The last phrase asked and its answer: a mention is often its own name ("Jane Doe"), so one reading
 * asks about the same phrase two or three times in a row. (The answer is shared: read it, never modify it.)
 */
let lastGovernmentPhrase: string | undefined;
let lastGovernmentAnswer: { name: string; kind: SpeakerKind } | null = null;

function governmentName(phrase: string): { name: string; kind: SpeakerKind } | null {
  if (phrase === lastGovernmentPhrase) return lastGovernmentAnswer;
  lastGovernmentAnswer = lookUpGovernmentName(phrase);
  lastGovernmentPhrase = phrase;
  return lastGovernmentAnswer;
}

/** s.replace(/\s+/g, ' '), without running the regex over the strings it leaves as they are (single spaces only: most). */
export function foldSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? i + 1 < s.length && isWhiteSpace(s.charCodeAt(i + 1)) : isWhiteSpace(c)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/**
 * Key lanes (KeyMap) of every key that lookUpGovernmentName looks up in the lexicons: a phrase whose key
 * has none of them is no government or outlet (governmentKeyAbsent), found without making its key.
 */
let governmentKeys: KeyMap | null = null;
function governmentKeyMap(): KeyMap {
  if (governmentKeys) return governmentKeys;
  const keys = new KeyMap(1 << 12);
  for (const k of OUTLETS.keys()) keys.setString(k, 1);
  for (const k of GOVERNMENT_SEATS.keys()) keys.setString(k, 1);
  for (const k of GOVERNMENT_PLACES) keys.setString(k, 1);
  for (const k of countryKeys()) keys.setString(k, 1);
  return (governmentKeys = keys);
}
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
/**
 * True when lookUpGovernmentName(phrase) is surely null: for an ASCII phrase, its key (trimmed, lower
 * case, a leading "the" and its white space dropped, white space runs as one space) is hashed as it is
 * read, and neither it nor (for a key ending in "'s") the key without that ending is in governmentKeyMap.
 * False (look it up) for any other phrase, or when one is there (or shares its lanes).
 */
export function governmentKeyAbsent(phrase: string): boolean {
  let from = 0, to = phrase.length;
  while (from < to && isAsciiSpace(phrase.charCodeAt(from))) from++;
  while (to > from && isAsciiSpace(phrase.charCodeAt(to - 1))) to--;
  // /^the\s+/ on the lower case
  if (to - from > 3 && (phrase.charCodeAt(from) | 32) === 116 && (phrase.charCodeAt(from + 1) | 32) === 104 && (phrase.charCodeAt(from + 2) | 32) === 101 && isAsciiSpace(phrase.charCodeAt(from + 3))) {
    from += 3;
    while (from < to && isAsciiSpace(phrase.charCodeAt(from))) from++;
  }
  let a = VALUE_SEED_A, b = VALUE_SEED_B, a1 = a, b1 = b, a2 = a, b2 = b, last = -1, beforeLast = -1;
  for (let i = from; i < to; i++) {
    let c = phrase.charCodeAt(i);
    if (c >= 128) return false;
    if (isAsciiSpace(c)) {
      if (isAsciiSpace(phrase.charCodeAt(i - 1))) continue; // (a run folds into its first; never at `from`)
      c = 32;
    } else if (c >= 65 && c <= 90) c += 32;
    a2 = a1; b2 = b1; a1 = a; b1 = b;
    a = hashCharA(c, a); b = hashCharB(c, b);
    beforeLast = last; last = c;
  }
  const keys = governmentKeyMap();
  if (keys.get(a, b, 0) !== 0) return false;
  // (the key without its final "'s": the lanes before its last two characters)
  return !(beforeLast === 39 && last === 115 && keys.get(a2, b2, 0) !== 0);
}

/** The outlet, seat of government or country a phrase names as a whole; `precheck` false: without governmentKeyAbsent (tests compare the two). */
export function lookUpGovernmentName(phrase: string, precheck = true): { name: string; kind: SpeakerKind } | null {
  if (precheck && governmentKeyAbsent(phrase)) return null;
  const trimmed = phrase.trim().toLowerCase();
  const key = foldSpaces(trimmed.startsWith('the') ? trimmed.replace(/^the\s+/, '') : trimmed);
  // outletName(phrase) from this key (its normal form with a final "'s" dropped), without making it again
  const outlet = OUTLETS.get(key.charCodeAt(key.length - 1) === 115 && /['’]s$/.test(key) ? key.slice(0, -2) : key);
  if (outlet && writtenAsName(phrase)) return { name: outlet, kind: 'media' };
  const seat = GOVERNMENT_SEATS.get(key);
  if (seat) return { name: seat, kind: 'organization' };
  if (GOVERNMENT_PLACES.has(key) || isCountryName(key)) return { name: normalizeThe(phrase.trim()), kind: 'organization' };
  return null;
}

/**
 * The trailing run of capitalized words of a segment, with titles, roles and
 * nationality words before it stripped: the name the segment is headed by.
 */
/**
 * "Senate Leader Greg Taylor of Indianapolis", "Jane Roe from Ohio", "Mr.
 * Nevins of Showtime", "Radek Babicek from Fantastic Gardeners", "Archbishop Aris Shirvanian of the Armenian
 * Patriarchate": after a person's name, "of" or "from" says where the person
 * is from or works; the name is the one before it. A name is a person's when
 * a title or honorific opens it, or when a place follows. (Not after an
 * organization's head: "the University of Leeds", "Secretary of State John Kerry".)
 */
function withoutWhereFromTail(ws: Word[]): Word[] {
  for (let p = 1; p < ws.length - 1; p++) {
    // "The US Embassy in New Delhi", "the Interior Ministry in Kyiv": a body, then where it sits
    // ("The Democratic National Convention in Philadelphia": a gathering or a record named so, the same)
    if (ws[p]!.lower === 'in' && isCapitalized(ws[p - 1]!) && (ORGANIZATION_HEADS.has(bare(ws[p - 1]!.lower)) || DOCUMENT_NAME_HEADS.has(bare(ws[p - 1]!.lower)))) {
      const place = ws.slice(p + 1);
      if (place.every(isCapitalized) && isPlaceName(place.map((w) => w.text).join(' '))) return ws.slice(0, p);
    }
    if (ws[p]!.lower !== 'of' && ws[p]!.lower !== 'from') continue;
    const before = ws[p - 1]!;
    if (!isCapitalized(before) || ORGANIZATION_HEADS.has(bare(before.lower)) || isRoleWord(before.lower)) continue;
    let q = p - 1;
    while (q > 0 && isCapitalized(ws[q - 1]!) && !isTitleWord(ws[q - 1]!)) q--;
    const titled = q > 0 && isTitleWord(ws[q - 1]!);
    const tail = ws.slice(p + 1);
    // (or a given name opens a full name and a name follows: "geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory")
    // (an age before the name counts as a role: "43-year-old Martin Taylor of Aberdeenshire")
    const afterRole = q > 0 && !isCapitalized(ws[q - 1]!) && (isRoleWord(ws[q - 1]!.lower) || PERSON_NOUNS.has(ws[q - 1]!.lower) || agentNoun(ws[q - 1]!.lower) || AGE_HEAD_RE.test(ws[q - 1]!.lower));
    const named = tail[0]?.lower === 'the' ? tail[1] : tail[0];
    // (opening the phrase, or after a role: not an object, "activists clamoring to block Donald Trump from the GOP nomination")
    // ("Radek Babicek from Fantastic Gardeners": two or more name words opening the phrase, then "from" and a name)
    // ("Karin Holm of the Institute for Labour Studies": a given name the lexicon lacks, then a body named with "the")
    const ofBody = tail[0]?.lower === 'the' && tail.some((w) => isCapitalized(w) && ORGANIZATION_HEADS.has(bare(w.lower)));
    const fullName = p - q >= 2 && ((q === 0 && (isGivenName(ws[q]!.text) || ws[p]!.lower === 'from' || ofBody)) || afterRole) && !!named && isCapitalized(named);
    if (titled || fullName || (tail.every(isCapitalized) && isPlaceName(tail.map((w) => w.text).join(' ')))) return ws.slice(0, p);
  }
  return ws;
}

/**
 * "the Duke of Edinburgh", "the Archbishop of Canterbury": a title of nobility
 * or of a see with "of" and a capitalized place is the person's name whole
 * (not "Duke", not "Edinburgh").
 */
function titleOfPlace(ws: Word[]): { name: string; gender: Gender; span: Span } | null {
  for (let i = 0; i + 2 < ws.length; i++) {
    const gender = TITLES_OF_PLACE.get(ws[i]!.lower);
    if (!gender || !isCapitalized(ws[i]!) || ws[i + 1]!.lower !== 'of' || !isCapitalized(ws[i + 2]!)) continue;
    let j = i + 2;
    while (j + 1 < ws.length && isCapitalized(ws[j + 1]!)) j++;
    // "the Prince of Wales Charles" is rare; a name after the place is the person's own (left to the name run)
    if (j + 1 < ws.length || j > i + 3) return null;
    return { name: ws.slice(i, j + 1).map((w) => w.text).join(' '), gender, span: { start: ws[i]!.start, end: ws[j]!.end } };
  }
  return null;
}

/** Prepositions that tie a person noun to where the person works or belongs ("an analyst at", "a member of"). */
const AFFILIATION_PREPOSITIONS = new Set(['at', 'with', 'of', 'from', 'in', 'for', 'to']);
/**
 * "a professor at the University of Leeds", "an analyst with Goldman Sachs",
 * "the head of the IMF", "an attorney for Pagliano": a person noun heads the mention and the
 * name (starting at word `at`) only follows its preposition. The person is
 * unnamed; the mention is read as a description. (A spokesperson "for" an
 * organization speaks for it and keeps the organization; a person's
 * spokesperson or aide, "an aide to Senator X", is unnamed.)
 */
function affiliationOnly(ws: Word[], at: number): boolean {
  // back to the start of the capitalized phrase the name ends ("University of Leeds", "Homeland Security Investigations")
  while (at > 0 && (isCapitalized(ws[at - 1]!) || ((ws[at - 1]!.lower === 'of' || ws[at - 1]!.lower === 'and') && at >= 2 && isCapitalized(ws[at - 2]!)))) at--;
  let p = at - 1;
  if (p >= 0 && ws[p]!.lower === 'the') p--;
  if (p < 1 || !AFFILIATION_PREPOSITIONS.has(ws[p]!.lower)) return false;
  const noun = ws[p - 1]!;
  // (capitalized only as the mention's first word: "Officials at ...")
  // (a spokesperson for a person is no organization: "a spokeswoman for Hillary Clinton" is unnamed, not Clinton)
  // (an office's letters are no name: "An MP in Plymouth")
  if ((isCapitalized(noun) && p - 1 > 0 && !(/^\p{Lu}+s?$/u.test(noun.text) && ROLE_WORDS.has(noun.lower))) || (/^spokes/.test(noun.lower) && !personNameAfter(ws, at))) return false;
  const b = bare(noun.lower), singular = b.endsWith('s') ? b.slice(0, -1) : b;
  if (!(PERSON_NOUNS.has(b) || PERSON_NOUNS.has(singular) || ROLE_WORDS.has(b) || ROLE_WORDS.has(singular) || DOCUMENT_NOUNS.has(b))) return false;
  // the words before the noun are a determiner and modifiers, none of them a name
  for (let k = 0; k < p - 1; k++) if (isCapitalized(ws[k]!) && k > 0) return false;
  return true;
}

/**
 * "a spokesman for Marks and Spencer", "a spokeswoman for Procter and Gamble": after "spokes... for", capitalized words
 * joined by "and" or "&" name no person at the end ("Spencer"); the spokesperson is unnamed, as for a person's spokesperson
 * (whether the words name one body or two people, "a spokesman for Smith and Jones").
 */
function spokespersonForJoined(ws: Word[], at: number, ampersand: boolean): boolean {
  const from = domainStart(ws, at);
  if (from === at && !ampersand) return false;
  let p = from - 1;
  if (p >= 0 && ws[p]!.lower === 'the') p--;
  return p >= 1 && ws[p]!.lower === 'for' && /^spokes/.test(ws[p - 1]!.lower) && !personNameAfter(ws, from);
}

/** A body's head word, or its plural ("the Centers for Disease Control"). */
function isBodyHead(lower: string): boolean {
  return ORGANIZATION_HEADS.has(lower) || (lower.endsWith('s') && ORGANIZATION_HEADS.has(lower.slice(0, -1)));
}

/**
 * Where a body's domain in capitals starts when the name run (from word `at`) follows its "and": "the Department of
 * Health and Social Care", "the Centers for Disease Control and Prevention" (the run alone, "Social Care", had been read
 * as a person's name; speakers on gold spans 1694 -> 1695, PolNeAR dumps identical). `at` itself when no "and" joins
 * capitalized words before it.
 */
function domainStart(ws: Word[], at: number): number {
  while (at >= 2 && (ws[at - 1]!.lower === 'and' || ws[at - 1]!.lower === '&') && isCapitalized(ws[at - 2]!)) {
    at -= 2;
    while (at > 0 && isCapitalized(ws[at - 1]!)) at--;
  }
  return at;
}

/**
 * The body head whose name the run from word `at` completes: "the Department of | Energy", "the Museum of the |
 * Moving Image", "the Institute for the Study of | War" (the head, "of"/"for"/"on", "the" if any, and capitalized
 * words before the run, link after link). Its index, or -1 when no such head opens the name.
 */
function bodyHeadBefore(ws: Word[], at: number): number {
  let found = -1;
  for (;;) {
    let k = at;
    if (k >= 1 && ws[k - 1]!.lower === 'the') k--;
    if (k < 2 || !/^(?:of|for|on)$/.test(ws[k - 1]!.lower) || !isCapitalized(ws[k - 2]!) || ws[k - 2]!.possessive) return found;
    if (isBodyHead(ws[k - 2]!.lower)) found = k - 2;
    let m = k - 2;
    while (m > 0 && isCapitalized(ws[m - 1]!) && !ws[m - 1]!.possessive && !isRoleWord(ws[m - 1]!.lower)) m--;
    // (a body head among the words before the link: "the Institute for the Study | of War")
    for (let q = m; q < k - 2 && found < 0; q++) if (isBodyHead(ws[q]!.lower)) found = q;
    at = m;
  }
}

/** The capitalized words from `at` read as a person's name: a given name first, or a title before a name ("Senator Ada Brennan"). */
function personNameAfter(ws: Word[], at: number): boolean {
  let k = at;
  while (k < ws.length && isTitleWord(ws[k]!)) k++;
  if (!(k < ws.length && (k > at || isGivenName(ws[k]!.text)) && k + 1 < ws.length && isCapitalized(ws[k + 1]!))) return false;
  // ("the House Armed Services Committee" is a body)
  let end = k;
  while (end + 1 < ws.length && isCapitalized(ws[end + 1]!)) end++;
  return !ORGANIZATION_HEADS.has(bare(ws[end]!.lower));
}

/**
 * "Mayor of London Sadiq Khan", "Governor of New York Kathy Hochul": a place
 * after "of" opens the name run; the person's name is what follows it. The
 * place moves to the stripped words (the run keeps at least two words).
 */
function placeAfterOf(ws: Word[], run: { name: Word[]; stripped: Word[] }): void {
  const at = ws.indexOf(run.name[0]!);
  if (at < 1 || ws[at - 1]!.lower !== 'of') return;
  for (const n of [2, 1]) {
    if (run.name.length - n < 2 || !isPlaceName(run.name.slice(0, n).map((w) => w.text).join(' '))) continue;
    run.stripped = run.stripped.concat(run.name.slice(0, n));
    run.name = run.name.slice(n);
    return;
  }
}

function headNameRun(ws: Word[]): { name: Word[]; stripped: Word[] } | null {
  let i = ws.length - 1;
  while (i >= 0 && NAME_SUFFIXES.has(ws[i]!.lower)) i--;
  // ("the Tory MP", "Tory MPs": a member's letters end a description, not a name)
  if (i < 0 || !isCapitalized(ws[i]!) || ws[i]!.possessive || MEMBER_LETTERS.has(ws[i]!.lower)) return null;
  let j = i;
  while (j - 1 >= 0) {
    const w = ws[j - 1]!;
    if (w.possessive) break;
    if (isCapitalized(w)) { j--; continue; }
    // lower-case particles inside the name, one or more, after a capitalized word ("Charles de Gaulle", "Ursula von der Leyen")
    let p = j - 1;
    while (p >= 0 && NAME_PARTICLES.has(ws[p]!.lower) && !ws[p]!.possessive) p--;
    if (p < j - 1 && p >= 0 && isCapitalized(ws[p]!) && !ws[p]!.possessive) j = p + 1;
    else break;
  }
  // the run is ws[j ..]; strip leading titles/roles: the name is what follows the last role word
  let k = 0;
  for (let t = j; t < ws.length - 1; t++) {
    if (isRoleWord(ws[t]!.lower) || NOT_NAME_WORDS.has(ws[t]!.lower) || TITLE_CASE_FUNCTION_WORDS.has(ws[t]!.lower) || CAPITAL_TITLE_ABBREVIATIONS.has(ws[t]!.text)) k = t - j + 1;
  }
  // ("the Russian Foreign Ministry", "the British Embassy": a body's name keeps the words before its head)
  if (ORGANIZATION_HEADS.has(bare(ws[ws.length - 1]!.lower)) && !TITLE_CASE_FUNCTION_WORDS.has(ws[j]!.lower)) k = 0;
  // ("South Dakota", "North Carolina": a compass word that is part of a place's name stays)
  while (k > 0 && j + k < ws.length && /^(?:north|south|east|west|northern|southern|eastern|western)$/.test(ws[j + k - 1]!.lower)
    && isPlaceName(ws.slice(j + k - 1).map((w) => w.text).join(' '))) k--;
  // (the name is ws[j + k ..] and what went before it ws[.. j + k]: two slices, no arrays in between)
  if (j + k >= ws.length) return null;
  const name = ws.slice(j + k);
  if (name.length === 1 && (isRoleWord(name[0]!.lower) || NOT_NAME_WORDS.has(name[0]!.lower))) {
    // "Mr. King", "Ms. Major": after an honorific a role word is a surname, unless it is a form of address ("Mr. President")
    const before = j + k - 1 >= 0 ? ws[j + k - 1]! : undefined;
    const honorific = before && GENDERED_HONORIFICS.has(bare(before.lower));
    if (!(honorific && ROLE_WORDS.has(name[0]!.lower) && !ADDRESS_FORMS.has(name[0]!.lower))) return null;
  }
  return { name, stripped: ws.slice(0, j + k) };
}

/** A segment that is only a full name: two to five capitalized words ("Rear Admiral Daniel Hagari", "Ammar Hijazi"). */
const FULL_NAME_SEGMENT = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+\s*$/u;
/** A parliament's members by their letters ("MP", "MEPs"). */
const MEMBER_LETTERS: ReadonlySet<string> = new Set(['mp', 'mps', 'mep', 'meps', 'msp', 'msps', 'mla', 'mlas']);

/** Role words that follow an honorific as a form of address, not as a surname ("Mr. President", "Madam Speaker"). */
const ADDRESS_FORMS = new Set(['president', 'speaker', 'chairman', 'chairwoman', 'chair', 'secretary', 'ambassador', 'mayor', 'governor',
  'senator', 'minister', 'premier', 'chancellor', 'justice', 'attorney', 'commissioner', 'director', 'leader', 'prime', 'vice']);

/** The gender of a name: from an honorific or gendered role among the context words (`before`, then `rest`), else its given name. */
function genderOfName(name: Word[], before: Word[], rest: Word[]): Gender {
  for (const w of before) {
    const b = bare(w.lower), g = GENDERED_HONORIFICS.get(b) ?? GENDERED_ROLES.get(b);
    if (g) return g;
  }
  for (const w of rest) {
    const b = bare(w.lower), g = GENDERED_HONORIFICS.get(b) ?? GENDERED_ROLES.get(b);
    if (g) return g;
  }
  if (name.length >= 2) {
    const first = bare(name[0]!.lower);
    if (MALE_NAMES.has(first)) return 'male';
    if (FEMALE_NAMES.has(first)) return 'female';
  }
  return 'unknown';
}

/**
 * "Mr. Grassley and Mr. Leahy", "Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez": a list
 * of people's names joined by "and" (commas before the last). Returns each name's part when every part
 * reads as a person's name, else null ("Trump and his aides", "Securities and Exchange Commission").
 */
const LIST_BREAKERS = /\u2014|--|\b(?:including|among|like|such as)\b/i;
export function conjoinedPersons(text: string, base: number, of: 'persons' | 'bodies' = 'persons'): Array<{ text: string; start: number; end: number }> | null {
  if (!text.includes(' and ') && !text.includes(' & ')) return null;
  // ("A, B and C all": the quantifier after the list is no part of its last name)
  text = text.replace(/\s+(?:all|both)\s*$/i, '');
  const parts: Array<{ text: string; start: number; end: number }> = [];
  let depth = 0, from = 0, sawAnd = false;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) parts.push({ text: t, start: base + from + lead, end: base + from + lead + t.length });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ',') { push(i); from = i + 1; }
    else if (depth === 0 && c === ' ' && (text.startsWith(' and ', i) || text.startsWith(' & ', i))) {
      push(i);
      const skip = text.startsWith(' and ', i) ? 5 : 3;
      from = i + skip; i += skip - 1; sawAnd = true;
    }
  }
  push(text.length);
  // ("Bob Corker, R-Tenn., and Lindsey Graham, R-S.C.": a party and state label after a name is no list item)
  for (let k = parts.length - 1; k > 0; k--) if (PARTY_LABEL_RE.test(parts[k]!.text)) parts.splice(k, 1);
  if (!sawAnd || parts.length < 2) return null;
  // "Both Bolton and Gorka": the word that opens the list is no part of the first name
  const opener = /^(?:both|either)\s+/i.exec(parts[0]!.text);
  if (opener) parts[0] = { text: parts[0]!.text.slice(opener[0].length), start: parts[0]!.start + opener[0].length, end: parts[0]!.end };
  // ("A study by Michael Greenstone and Thomas Covert": the document of several authors, not the authors)
  if (DOC_BY_RE.test(parts[0]!.text)) return null;
  for (const p of parts) {
    // (a part that holds more than a name, "Intelligence officials -- including NSA Director X", is no list item)
    // (a lower-case title may open it: "senator Bob Corker")
    // ("Hamas and Iran", "the United States, Britain and France": bodies named together)
    if (of === 'bodies') {
      const info = mentionReading(p.text);
      if (!/^(?:the\s+)?\p{Lu}/u.test(p.text) || LIST_BREAKERS.test(p.text) || (info.form !== 'organization' && info.form !== 'media')) return null;
      continue;
    }
    if ((!/^\p{Lu}/u.test(p.text) && !isRoleWord(p.text.split(/\s/, 1)[0]!.toLowerCase())) || LIST_BREAKERS.test(p.text)) return null;
    const info = mentionReading(p.text);
    if (info.form !== 'name' || info.kind !== 'person') return null;
    // (a title with no name after it: "former Pennsylvania Gov. and ... Ed Rendell" is one person)
    // (a surname after an honorific may be a title's word: "Mr. King")
    if (info.name.includes(' ') && isRoleWord(info.name.slice(info.name.lastIndexOf(' ') + 1).toLowerCase())) return null;
  }
  return parts;
}

/** A place's government named by its kind: "the city of Phoenix", "the State of New York". */
const PLACE_BODY_RE = /^(?:the\s+)?(city|town|village|county|state|borough|township|commonwealth|province|municipality)\s+of\s+(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})$/iu;
/** A party and state label set after a name ("R-Tenn.", "D-Calif", "I-Vt."). */
const PARTY_LABEL_RE = /^[RDI]-[A-Z][\w.]*$/;
/** A given name, a capitalized surname (or two), then "at"/"with"/"from"/"of" and the rest ("Lauren Nel from Natural Justice"). */
const PERSON_AT_WORK_RE = /^(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}[\p{L}'-]+){1,2}\s+(?:at|with|from|of)\s+/u;

/** A dash between phrases ("Kall -- co-editor of ..."): an em dash, or "--", an en dash or a hyphen between spaces. */
const PHRASE_DASH_RE = /\u2014|\s(?:--|\u2013|-)\s/g;

/** Splits a mention at top-level commas and phrase dashes (outside parentheses), dropping parenthetical asides. */
export function segments(rawText: string, base: number): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let segStart = 0;
  // (most mentions hold no comma, semicolon, bracket or dash: then the whole text is the one segment)
  let plain = true;
  for (let i = 0; i < rawText.length && plain; i++) {
    const c = rawText.charCodeAt(i);
    plain = c !== 44 && c !== 59 && c !== 40 && c !== 41 && c !== 91 && c !== 93; // , ; ( ) [ ]
  }
  const dash = rawText.includes('--') || rawText.includes('\u2014') || rawText.includes('\u2013') || rawText.includes(' - ');
  // a phrase dash reads as a comma (same length: the offsets hold)
  const text = dash ? rawText.replace(PHRASE_DASH_RE, (m) => (m.length === 1 ? ',' : ` ${','.padEnd(m.length - 2, ' ')} `)) : rawText;
  if (text !== rawText) plain = false;
  if (plain) {
    if (text.trim()) out.push({ text, start: base });
    return out;
  }
  if (!/[()[\]]/.test(text)) {
    // no brackets (most mentions): the segments are slices between the commas
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && text[i] !== ',' && text[i] !== ';') continue;
      const seg = text.slice(segStart, i);
      if (seg.trim()) out.push({ text: seg, start: base + segStart });
      segStart = i + 1;
    }
    return out;
  }
  let depth = 0, buf = '';
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text[i]! : ',';
    if (c === '(' || c === '[') { depth++; buf += ' '; continue; }
    if (c === ')' || c === ']') { depth = Math.max(0, depth - 1); buf += ' '; continue; }
    if (depth > 0 && i < text.length) { buf += ' '; continue; }
    if (c === ',' || c === ';') {
      if (buf.trim()) out.push({ text: buf, start: base + segStart });
      buf = ''; segStart = i + 1;
      continue;
    }
    buf += c;
  }
  return out;
}

/**
 * Whether DOC_BY_RE's document noun is a word of a body's name in capitals ("the Institute for the Study of War",
 * "the Center for Public Policy Research of ..."): capitalized, after a capitalized body head. The name is read as a
 * body's, not as a study by "War".
 */
function inBodyName(m: RegExpExecArray): boolean {
  const nounAt = m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase(), m[0].length - m[2]!.length);
  if (!/^\p{Lu}/u.test(m[0].slice(nounAt))) return false;
  for (const w of m[0].slice(0, nounAt).matchAll(/\p{Lu}[\p{L}-]*/gu)) if (isBodyHead(w[0].toLowerCase())) return true;
  return false;
}
const DOC_BY_RE = /^(?:(?:a|an|the|this|that|its|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?(statement|report|study|survey|poll|filing|memo|letter|analysis|release|review|assessment|audit|investigation|editorial|article|story|readout|transcript|document|documents|complaint|lawsuit|ruling|paper|estimate|estimates|data|tweet|post|video|ad|book|interview|broadcast|column|email)\s+(?:by|from|of|issued by|released by|published by|in|on)\s+(.+)$/i;
const OWNER_DOC_NOUNS = ['statement', 'report', 'study', 'survey', 'poll', 'filing', 'memo', 'letter', 'analysis', 'release', 'review', 'assessment', 'audit', 'investigation', 'editorial', 'article', 'story', 'readout', 'transcript', 'document', 'complaint', 'lawsuit', 'ruling', 'tweet', 'post', 'video', 'ad', 'interview', 'broadcast', 'column', 'email', 'reporting', 'spokesman', 'spokeswoman', 'spokesperson'];
export const OWNER_DOC_RE = new RegExp(String.raw`^(?:(?:a|an|the)\s+)?(.+?)(?:'s)?\s+(?:[\w-]+\s+){0,2}?(${OWNER_DOC_NOUNS.join('|')})$`, 'i');
const OWNER_DOC_NOUN_SET = new Set(OWNER_DOC_NOUNS);
/** An owner's document followed by whom or what it is about ("The Conservatives' letter to Daniel Greenberg"). */
const OWNER_DOC_LEAD_RE = /^(?:the\s+)?(\p{Lu}[^'’,]*?)['’]s?\s+(?:[\w-]+\s+){0,2}?(?:letter|statement|report|complaint|lawsuit|memo|email|ad|video|tweet|post|filing|response|request|bill|proposal|plan|motion|brief)\s+(?:to|about|on|against|calling|urging|asking|demanding|for|accusing|saying)\s/iu;
/** Polls speak as themselves, whoever ran them: "A Bloomberg poll", "a poll by Quinnipiac" (the guidelines of eval/gold). */
const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys']);
/** A determiner, at most three modifiers and a noun, then a clause or participle that describes it ("... that appeared in"). */
const DESCRIBED_DOC_RE = /^(?:(?:a|an|the|this|that|another|one|its|his|her|their)\s+)?((?:[\w/.'’-]+\s+){0,5}?)([a-z]+)\s+(?:that|which|released|published|conducted|taken|obtained|filed|posted|shared|showing|tracking|from\s+a)\b/i;
/** A record and whom it was sent or submitted to ("a filing with the SEC", "a report to Congress"). */
const DOC_SENT_TO_RE = /^(?:(?:a|an|the|this|that|its|his|her|their)\s+)?((?:[\w/.'’-]+\s+){0,3}?)([a-z]+)\s+(?:with|to|before)\s+\S/i;
/** Records whose "with" names who speaks in them, not whom they were sent to ("an interview with the mayor"). */
const NOT_SENT_DOC_NOUNS: ReadonlySet<string> = new Set(['interview', 'broadcast']);
/** A document and who has seen or obtained it ("a Pentagon memo seen by Reuters"). */
const HELD_DOC_RE = /^(?:(?:a|an|the|this|that|one)\s+)?(?:[\w/.'’-]+\s+){0,4}?([a-z]+)\s+(?:seen|reviewed|viewed|obtained|read)\s+by\s/i;
/** Whether a document's modifiers hold a capitalized word other than a month's or a day's name (an owner: "a Washington Post"). */
function namesOwner(modifiers: string): boolean {
  for (const w of modifiers.matchAll(/\p{Lu}[\p{L}.'’-]*/gu)) if (!isDateName(w[0].toLowerCase().replace(/\.$/, ''))) return true;
  return false;
}
/** An author given after a document: "... filed by", "... released by" (not "obtained by", which names who has it). */
/**
 * A comma between a record's noun and the participle describing it ("The complaint, filed in federal court in
 * Manhattan", "The study, published in the journal Neurology"): the document and owner readings below take the
 * phrase without it (the name in the description had been read as the speaker, "Manhattan", "Neurology"; PolNeAR
 * dumps and speakers unchanged).
 */
const DOC_COMMA_PARTICIPLE = /^((?:(?:a|an|the|this|that|its|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?[a-z]+),\s+(?=(?:released|published|filed|issued|conducted|obtained|posted|written|commissioned|produced|prepared|seen|reviewed|submitted|sent)\s)/i;
const AUTHOR_AFTER_RE = /\b(?:filed|released|published|issued|written|conducted|commissioned|produced|prepared|sent|signed)\b[^.]*?\bby\s+\S/i;
const lastWordOf = (text: string) => (/([\p{L}-]+)\W*$/u.exec(text)?.[1] ?? '').toLowerCase();
/**
 * Whether OWNER_DOC_RE may match: its noun ends the text and white space comes right before it, so the
 * text's final run of ASCII letters is the whole noun (in any case: the regex ignores it, and only ASCII
 * letters match these nouns under it) with white space before. Most mentions end in a name: no regex run.
 */
export function mayEndInOwnerNoun(text: string): boolean {
  let from = text.length;
  while (from > 0 && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  if (from === text.length || from === 0 || !isWhiteSpace(text.charCodeAt(from - 1))) return false;
  return OWNER_DOC_NOUN_SET.has(text.slice(from).toLowerCase());
}

/**
 * Reads a source mention. `text` is the mention as matched (folded quotes),
 * `base` its start offset in the document.
 */
/** Quantifiers that stand for people when they stand alone ("Many said ...", "Others disagreed"). */
const LONE_QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'some', 'others', 'most', 'several', 'few', 'both', 'all']);
/** A share given as "N in 10" (or "out of"), after an approximating word or two, opening the mention. */
const SHARE_OF_TEN_RE = /^(?:(?:only|just|nearly|about|almost|roughly|around|some|over|under|more|fewer|less|than)\s+){0,3}(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:\d{1,3}|ten|five|four|three)\b/i;
/** A quantifier and a preposition opening the mention: a group of unnamed people, whatever name follows. */
const QUANTIFIER_GROUP = /^(many|some|most|few|several|others|all|both|none|dozens|hundreds|thousands)\s+(?:of|in|from|at|across|inside|within|among)\s/i;

/**
 * A quantifier or number, at most two lower-case modifiers, a plural noun, then a word that opens what qualifies it
 * ("led", "for", "of", "like", "worried", "handling"). The noun may be capitalized only as the first word and a
 * noun of people ("Critics of", "Republicans on"); "United States of America" is a name.
 */
const PLURAL_GROUP_RE = /^(?:(?:some|many|most|several|other|all|both|few|a few|the|these|those|\d[\d,.]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)(?:-[a-z]+)?)\s+)?((?:(?!(?:of|in|for|on|at|to|from|with|by|and|or)\s)[a-z][\w-]*\s+){0,2})(\p{L}[\p{L}-]*[^s\W]s)\s+(?:led|handling|worried|for|on|of|at|from|in|like|including|with|across|representing|seeking|opposed|backing|supporting|interviewed|polled|surveyed|questioned|living|based|who|that)\s/iu;

/** The plural head of a mention that is a qualified group ("Twenty-seven states led by ..."), lower case, or null. */
function pluralGroupHead(text: string): string | null {
  const m = PLURAL_GROUP_RE.exec(text);
  if (!m) return null;
  const noun = m[2]!, lower = noun.toLowerCase();
  if (/\p{Lu}/u.test(m[1]!)) return null;
  // (or after a quantifier alone: "Many Palestinians interviewed in Gaza")
  if (/^\p{Lu}/u.test(noun) && !((text.startsWith(noun) || !m[1]) && (PERSON_NOUNS.has(lower) || isPluralDemonym(lower)))) return null;
  if (TIME_UNITS.test(lower)) return null;
  // ("Friends of the Earth", "Veterans of Foreign Wars": a body's name in title case)
  // (but people in a place are people: "the Palestinians in Gaza")
  const rest = text.slice(m.index + m[0].length);
  if (/^\p{Lu}/u.test(noun) && / (?:of|for|in|against|without)$/.test(m[0].trimEnd()) && titleCaseRest(rest) && !(/ in$/.test(m[0].trimEnd()) && isPlaceName(rest))) return null;
  return lower;
}

/** Whether every word is capitalized or a short function word ("the Earth", "Foreign Wars"). */
function titleCaseRest(text: string): boolean {
  const ws = text.split(/\s+/).filter(Boolean);
  return ws.length > 0 && ws.every((w) => /^\p{Lu}/u.test(w) || /^(?:the|of|and|for|on|in|a|an)$/.test(w));
}

export function analyzeMention(rawText: string, base = 0): MentionInfo {
  // the same names come back many times in an article: read each text once, shift its spans to the offset asked
  const info = mentionReading(rawText);
  // a field by field copy (an object spread is slow here), with the same fields present
  const out: MentionInfo = { form: info.form, name: info.name, kind: info.kind, gender: info.gender, number: info.number, roles: [...info.roles] };
  if ('pronoun' in info) out.pronoun = info.pronoun;
  if ('head' in info) out.head = info.head;
  if (info.ownRecord) out.ownRecord = true;
  if ('nameSpan' in info) out.nameSpan = base !== 0 && info.nameSpan ? { start: info.nameSpan.start + base, end: info.nameSpan.end + base } : info.nameSpan;
  return out;
}

/**
 * Mention readings by text (offsets from 0): the number of each text's reading in MEMO_READINGS, by
 * the text's key (KeyMap: a hash of its characters and one probe in typed arrays, where a Map of
 * strings hashes the fresh string, probes its table and compares the stored key in the heap).
 */
const MEMO = new KeyMap(1 << 16);
const MEMO_READINGS: MentionInfo[] = [];
/** Readings kept before the memo is emptied. */
const MEMO_MAX = 20000;

/**
 * The reading of a mention text at offset 0, shared by every caller (read it,
 * never modify it): what analyzeMention copies. For the hot paths that only
 * read a few fields (the proper-name scan reads every capitalized run).
 */
export function mentionReading(rawText: string): Readonly<MentionInfo> {
  const a = keyA(rawText), b = keyB(rawText);
  const k = MEMO.get(a, b, -1);
  if (k >= 0) return MEMO_READINGS[k]!;
  if (MEMO_READINGS.length >= MEMO_MAX) { MEMO.clear(); MEMO_READINGS.length = 0; }
  const info = readMention(rawText, 0);
  MEMO.set(a, b, MEMO_READINGS.length);
  MEMO_READINGS.push(info);
  return info;
}

/** A comma and a relative pronoun opening a clause that describes what comes before it. */
export const NONRESTRICTIVE_RELATIVE = /,\s+(?:who|whom|whose|which)\s/i;
/** ASCII punctuation trimmed at a mention's start (,;:"'()-.) and end (the same but ")" and "."), by char code. */
const LEAD_TRIM = new Set([...',;:"\'()-.'].map((c) => c.charCodeAt(0)));
const TAIL_TRIM = new Set([...',;:"\'(-'].map((c) => c.charCodeAt(0)));
const SPACE_RE = /\s/;
/** As /[\s,;:"'()\-.]/ on the character at i (white space: ASCII by code, the rest by the regex). */
function isLeadTrim(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || LEAD_TRIM.has(c);
  return SPACE_RE.test(s[i]!);
}
/** As /[\s,;:"'(\-]/ on the character at i. */
function isTailTrim(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || TAIL_TRIM.has(c);
  return SPACE_RE.test(s[i]!);
}

/** A capitalized office named for its holder's role, and where it serves ("the U.S. Attorney's Office for the Western District of New York"). */
const ROLE_OFFICE_RE = /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}(?:Attorney|Attorney General|Sheriff|Governor|Mayor|Prosecutor|Coroner|Comptroller|Auditor|Inspector General|Solicitor General|Medical Examiner|Public Defender|Treasurer|Controller|Ombudsman)(?:'s|’s)\s+Office(?:\s+(?:for|of|in)\s+(?:the\s+)?\p{Lu}[^,;:]*)?$/u;
/** A comma and the words that open a list of examples of what comes before ("allies, including France"). */
const LIST_EXAMPLES_RE = /,\s+(?:including|such\s+as|among\s+them)\s/i;
/** Words that open a clause before its subject ("But", "Though", "And yet", "Well,"), with a comma after them if any, and an interview's "A:". */
const CLAUSE_OPENER_RE = /^(?:(?:but|and|yet|though|although|while|whereas|because|since|unless|when|if)(?:\s+yet)?,?|(?:so|still|now|yes|no|well|okay|ok|oh|sure),|[AQ]:)\s+/i;
/** The last words of a company's branch ("... Philippines", "... North America", "... UK"); surnames that are also countries (Jordan, Chad, Israel, Georgia) are left out. */
const REGION_OF_BRANCH = /(?:^|\s)(?:Philippines|North America|South America|Latin America|Asia Pacific|Middle East|Europe|EMEA|APAC|UK|USA|U\.S\.|India|Pakistan|Nigeria|Kenya|South Africa|Australia|New Zealand|Canada|Mexico|Brazil|Germany|France|Spain|Italy|Japan|China|Korea|Singapore|Malaysia|Indonesia|Thailand|Vietnam|Ireland|Netherlands|Switzerland|Sweden|Poland|Turkey|Egypt|Ghana|Africa)$/;

/**
 * An office named by a role word, "of"/"for"/"on" and where it is held, in capitals ("Minister for Foreign
 * Affairs", "High Commissioner for Human Rights", "Governor of the Bank of England"), then the holder's name if
 * one follows (it opens with a given name: "... Bank of England Andrew Bailey"). Null when the words are no
 * such office. No person is named "Foreign Affairs" or "Human Rights".
 */
function officeTitle(ws: readonly Word[]): { role: string; holder: Word[] | null } | null {
  const r = ws.findIndex((w, i) => i + 2 < ws.length && isCapitalized(w) && isRoleWord(w.lower) && /^(?:of|for|on)$/.test(ws[i + 1]!.lower));
  if (r < 0) return null;
  let i = r + 2;
  if (ws[i]!.lower === 'the') i++;
  const placeStart = i;
  // the place: capitalized words, joined by "of", "and", "&", "the"
  while (i < ws.length) {
    const w = ws[i]!;
    if (i > placeStart && isGivenName(w.text) && i + 1 < ws.length && isCapitalized(ws[i + 1]!)) break;
    if (isCapitalized(w)) { i++; continue; }
    if (/^(?:of|and|&|the)$/.test(w.lower) && i + 1 < ws.length && isCapitalized(ws[i + 1]!)) { i++; continue; }
    return null;
  }
  if (i === placeStart) return null;
  if (i < ws.length) return { role: ws[r]!.lower, holder: ws.slice(i) };
  // a holder whose given name the lexicon lacks ("Mayor of London Sadiq Khan"): the last two words, when the domain
  // had a word before them and they end in no domain's word, nor a body's ("Chair of the Regional Councils Association")
  if (i - placeStart >= 3 && !OFFICE_DOMAIN_WORDS.has(ws[i - 1]!.lower) && !ORGANIZATION_HEADS.has(ws[i - 1]!.lower) && !MEDIA_NAME_HEADS.has(ws[i - 1]!.text) && ws[i - 2]!.lower !== 'of') return { role: ws[r]!.lower, holder: ws.slice(i - 2, i) };
  return { role: ws[r]!.lower, holder: null };
}

/**
 * A body's name with "and" inside it, in capitals: a body's head word, "of"/"for" and a domain of several parts ("The
 * Department of Climate Change and Energy", "Ministry of Housing, Communities and Local Government"), or places joined
 * before a body's head word ("Devon and Cornwall Police"). The name without a leading "the", else null.
 */
function conjoinedBodyName(text: string): string | null {
  if (!/\s(?:and|&)\s/.test(text)) return null;
  const name = text.replace(/^the\s+/i, '');
  const ws = name.split(/\s+/);
  if (!ws.every((w) => /^(?:of|for|and|&|the|on)$/.test(w) || /^\p{Lu}[\p{L}'’-]*,?$/u.test(w))) return null;
  const lower = ws.map((w) => w.replace(/,$/, '').toLowerCase());
  if (ORGANIZATION_HEADS.has(lower[0]!) && /^(?:of|for)$/.test(lower[1] ?? '') && ws.length >= 4) return name;
  const and = lower.indexOf('and');
  if (and > 0 && ORGANIZATION_HEADS.has(lower[lower.length - 1]!) && lower.slice(0, and).every((w) => isPlaceName(w.replace(/^\p{Ll}/u, (c) => c.toUpperCase())))) return name;
  return null;
}

/** An unnamed head (lower case after its determiner) and a relative clause without a comma: "A woman who was ...". */
const UNNAMED_HEAD_RELATIVE_RE = /^((?:a|an|the|one|some|several|many|two|three|four|five|most|all)(?:\s+[\p{Ll}-]+){1,4})\s+(?:who|whom|whose|that)\s/iu;
/** A body's head word in capitals, "of"/"for" and a domain in capitals (commas and "and" inside), an acronym after it, with an owner or "the" before. */
const BODY_OF_DOMAIN_RE = /^(?:[Tt]he\s+|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s+)?(\p{Lu}\p{Ll}+)\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:(?:and|&|of|the|for)\s+)?\p{Lu}[\p{L}'’.-]*)*(?:\s+\(\p{Lu}{2,}\))?$/u;
/** A description's head, then where it is or what it does ("... in Washington", "... using a telescope", "... led by ..."). */
const DESCRIPTION_TAIL_RE = /^(.+?)\s+(?:in|at|atop|near|outside|inside|using|based\s+in|out\s+of|led\s+by|joined\s+by)\s+\S/;
/** An envoy's post and the words after it (a place, then a name): "... ambassador to Britain Liu Xiaoming". */
const ENVOY_POSTED_RE = /\b(ambassador|envoy|emissary|representative|delegate|consul|high commissioner)\s+(?:to|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){2,6}\p{Lu}[\p{L}'’-]+)$/iu;
/** People and who quoted them ("industry sources cited by ..."). */
const CITED_BY_RE = /^(.+?)\s+(?:cited|quoted)\s+by\s+\S/i;
/**
 * The owner named before a record's noun ("a BBC report", "the Kremlin's statement", "a USA TODAY analysis"), when it
 * reads as a name, a body or an outlet; else null. `m` is OWNER_DOC_RE's match on `text`.
 */
function ownerOfMatch(text: string, m: RegExpExecArray, start: number): MentionInfo | null {
  // (capitalized words between the owner and the noun are the owner's name: "a USA TODAY analysis", not "USA")
  // (up to the noun: "The Drudge Report" is the outlet's name, read as a whole elsewhere)
  const between = /^(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)+(?=\s)/u.exec(text.slice(text.indexOf(m[1]!) + m[1]!.length, text.length - m[2]!.length));
  const ownerText = between ? m[1]! + between[0] : m[1]!;
  // ("Preliminary investigation", "Internal emails" opening a sentence: an adjective, no owner)
  if (!/\p{Lu}/u.test(ownerText) || DOCUMENT_ADJECTIVES.has(ownerText.toLowerCase())) return null;
  const owner = analyzeMention(ownerText, start + text.indexOf(ownerText));
  return owner.form === 'name' || owner.form === 'organization' || owner.form === 'media' ? owner : null;
}
/**
 * OWNER_DOC_RE's match on a text ending in a record's noun, or null; not for a spokesperson (who stays unnamed) nor a
 * poll ("A Bloomberg poll" is a poll: a record of what people answered, not the outlet's word).
 */
function ownerDocMatch(text: string): RegExpExecArray | null {
  const m = mayEndInOwnerNoun(text) ? OWNER_DOC_RE.exec(text) : null;
  return m && !/^(spokesman|spokeswoman|spokesperson)$/i.test(m[2]!) && !POLL_NOUNS.has(m[2]!.toLowerCase()) ? m : null;
}
/** ownerOfMatch for a text that ends in a record's noun. */
function ownerBeforeNoun(text: string, start: number): MentionInfo | null {
  const m = ownerDocMatch(text);
  return m ? ownerOfMatch(text, m, start) : null;
}

/** An advocacy group's name: people in the plural (group 1; group 2 its singular), "for"/"against", a cause in capitals. */
const ADVOCACY_NAME_RE = /^(?:[Tt]he\s+)?((\p{Lu}\p{Ll}+?)s)\s+(?:for|against|Against)\s+(?:a\s+|the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|and\s+|the\s+)?\p{Lu}[\p{L}'’-]*)*$/u;
/** A social account's handle at the end of a mention ("one Twitter user @nycsouthpaw"). */
const HANDLE_AT_END_RE = /(?:^|\s)(@[A-Za-z0-9_]{2,30})$/;
/** A name set last, after a comma ("..., Dick Clark Productions", "..., Big Machine"). */
const TRAILING_NAME_RE = /,\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:of\s+|and\s+|&\s+|for\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*){0,5})$/u;
function readMention(rawText: string, base: number): MentionInfo {
  // trim white space and punctuation at both ends, keeping offsets
  let lead = 0, tail = rawText.length;
  while (lead < tail && isLeadTrim(rawText, lead)) lead++;
  while (tail > lead && isTailTrim(rawText, tail - 1)) tail--;
  while (tail > lead && rawText[tail - 1] === ')' && !rawText.slice(lead, tail - 1).includes('(')) tail--;
  const text = rawText.slice(lead, tail);
  const start = base + lead;
  const lower = foldSpaces(text.toLowerCase());
  const empty: MentionInfo = { form: 'unknown', name: text, kind: 'unknown', gender: 'unknown', number: 'unknown', roles: [] };
  if (!text) return empty;
  // "a senior official, who spoke on condition of anonymity": a relative clause set off by a comma describes the one
  // the words before it name; it is no part of the description
  const describedBy = NONRESTRICTIVE_RELATIVE.exec(text);
  if (describedBy && describedBy.index > 0) {
    const head = readMention(text.slice(0, describedBy.index), start);
    // (unless the clause withholds the name: "a fisherman, who asked not to be named" is an anonymous source)
    const clause = text.slice(describedBy.index).toLowerCase();
    if (head.form !== 'name' && head.form !== 'pronoun' && (head.kind === 'unknown' || head.kind === 'person') && ANONYMITY_MARKERS.some((m) => clause.includes(m))) {
      return { ...head, form: 'anonymous', kind: 'anonymous' };
    }
    return head;
  }

  // ("WHO" in capitals is the World Health Organization, "US" the United States, not the pronoun)
  const pronoun = text === 'WHO' || text === 'US' ? undefined : PRONOUNS.get(lower);
  if (pronoun) return { ...empty, form: 'pronoun', pronoun, gender: pronoun.gender, number: pronoun.number };
  // "the Spaniard", "the Dutchman", "the Australian": a person the article named, by nationality (sport and wire copy),
  // no one named "Spaniard"
  const demonym = /^the\s+(\p{Lu}\p{Ll}+)$/u.exec(text);
  if (demonym && isPersonDemonym(demonym[1]!.toLowerCase())) {
    const head = demonym[1]!.toLowerCase();
    return { ...empty, form: 'nominal', name: text, kind: 'person', gender: /woman$/.test(head) ? 'female' : /man$/.test(head) ? 'male' : 'unknown', number: 'singular', head };
  }
  // "But Mr. Smith", "Though Mariam": a clause's opening word is no part of the mention
  const opener = CLAUSE_OPENER_RE.exec(text);
  if (opener && opener[0].length < text.length) return readMention(text.slice(opener[0].length), start + opener[0].length);

  // "India's embassy in Washington", "NASA scientists using a telescope atop Mauna Kea", "A team led by researchers
  // at ...": a description with a place or a phrase after its head is what the head reads as (the place, the
  // telescope and the researchers do not speak); the description is kept whole
  const placed = DESCRIPTION_TAIL_RE.exec(text);
  // (a common noun heading it, "Citizens for Clean Water in Ohio" is a name; and no name set after it: "his neighbor in
  // Florida, Tom Reyes")
  if (placed && /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(placed[1]!) && !TRAILING_NAME_RE.test(text)) {
    const head = readMention(placed[1]!, start);
    if ((head.form === 'anonymous' || head.form === 'nominal' || (head.form === 'organization' && head.head)) && !head.nameSpan) return { ...head, name: foldSpaces(text) };
  }
  // "China's ambassador to Britain Liu Xiaoming", "Russia's envoy to the UN Vassily Nebenzia": an envoy's post, then
  // the envoy's name (the place is no part of the name)
  const posted = ENVOY_POSTED_RE.exec(text);
  if (posted) {
    const words = posted[2]!.split(/\s+/);
    for (let k = 1; k <= Math.min(3, words.length - 2); k++) {
      const place = words.slice(0, k).join(' '), rest = words.slice(k).join(' ');
      if (!isPlaceName(place) && !isKnownOrganization(place)) continue;
      const name = readMention(rest, start + text.length - rest.length);
      if (name.form === 'name' && name.kind === 'person') return { ...name, roles: [...new Set([...name.roles, posted[1]!.toLowerCase()])] };
    }
  }
  // "industry sources cited by DigiTimes", "officials quoted by Reuters": those quoted speak; who quoted them is the
  // relay (relay.ts)
  const cited = CITED_BY_RE.exec(text);
  if (cited) return readMention(cited[1]!, start);
  // "A woman who was raped ... by Jeffrey Epstein", "a man who worked for Donald Trump": an unnamed head with a relative
  // clause is that person; a name inside the clause is someone else
  const relative = UNNAMED_HEAD_RELATIVE_RE.exec(text);
  if (relative) {
    // ("The company that runs the AMAs, Dick Clark Productions": the name set after the description speaks)
    // (a body when the description's head is one: "The group that owns her music, Big Machine")
    const head = readMention(relative[1]!, start);
    const named = TRAILING_NAME_RE.exec(text);
    if (named) {
      const name = readMention(named[1]!, start + named.index + named[0].length - named[1]!.length);
      if (name.form === 'name' && head.kind === 'organization') return { ...name, form: 'organization', kind: 'organization', gender: 'neuter' };
      if (name.form === 'name' || name.form === 'organization' || name.form === 'media') return name;
    }
    if (head.form === 'anonymous' || head.form === 'nominal') return { ...head, name: foldSpaces(text) };
  }
  // "Kyiv's European allies, including France's Emmanuel Macron": the group speaks; the names after "including"
  // are examples of it, not the speaker
  const listed = LIST_EXAMPLES_RE.exec(text);
  if (listed && listed.index > 0) return readMention(text.slice(0, listed.index), start);

  // an outlet, a seat of government, a country or capital, as a whole
  const gov = governmentName(text);
  if (gov) return { ...empty, form: gov.kind === 'media' ? 'media' : 'organization', name: gov.name, kind: gov.kind, gender: 'neuter', nameSpan: { start, end: start + text.length } };
  // (a network's local station: "CBS DFW reports")
  const station = networkStation(text);
  if (station) return { ...empty, form: 'media', name: station, kind: 'media', gender: 'neuter', nameSpan: { start, end: start + text.length } };

  // "The city of Phoenix", "the state of Ohio": the place's government, a body named so
  const placeBody = PLACE_BODY_RE.exec(text);
  if (placeBody) {
    const name = `${placeBody[1]!.toLowerCase()} of ${placeBody[2]!}`;
    return { ...empty, form: 'organization', name, kind: 'organization', gender: 'neuter', number: 'singular', head: placeBody[1]!.toLowerCase(), nameSpan: { start, end: start + text.length } };
  }
  // "Dan McLaughlin at the National Review": the person, not the place where they work (nor a "review")
  const atWork = PERSON_AT_WORK_RE.exec(text);
  // (not a title after the given name: "Mary Queen of Scots")
  if (atWork && isGivenName(atWork[1]!) && !atWork[0].trim().split(/\s+/).slice(1, -1).some((w) => isRoleWord(w.toLowerCase()))) return readMention(atWork[0].replace(/\s+(?:at|with|from|of)\s+$/, ''), start);
  // "a report by the Associated Press", "a statement from the White House": the author speaks
  // ("The study, published in the journal Neurology", "The report, released by the ONS": the same, set off by a comma)
  const docText = text.replace(DOC_COMMA_PARTICIPLE, '$1 ');
  const byMatch = DOC_BY_RE.exec(docText);
  if (byMatch && !inBodyName(byMatch)) {
    const ownerText = byMatch[2]!;
    const owner = analyzeMention(ownerText, start + text.length - ownerText.length);
    // "a study by Harvard and the University of ...": several authors, the document stands for them; a poll is its
    // own record ("a poll by Quinnipiac"); so is data from a survey ("Data from the 2014 American Community Survey")
    const noun = byMatch[1]!.toLowerCase();
    const ownRecord = POLL_NOUNS.has(noun) || (/\sfrom\s/i.test(byMatch[0]) && DOCUMENT_NOUNS.has(lastWordOf(ownerText)));
    // ("a report in the Times" is the paper's; "an investigation in Sweden" is where it was made, not by whom)
    // ("a statement on Telegram", "a post on Facebook": a platform hosts what someone posted; it wrote nothing)
    const where = /\s(?:in|on)\s+[^\s]+(?:\s|$)/i.test(byMatch[0].slice(0, byMatch[0].length - ownerText.length + 1)) && (owner.form !== 'media' || SOCIAL_PLATFORMS.has(owner.name));
    if (!/\s(?:and|&)\s/.test(ownerText) && (owner.form === 'name' || owner.form === 'organization' || owner.form === 'media') && !ownRecord && !where) return owner;
    // ("a BBC analysis of new data": after "of" is what it is about; an owner named before the noun speaks)
    const about = !ownRecord && !where && owner.form !== 'name' && owner.form !== 'organization' && owner.form !== 'media' ? / of\s/i.exec(byMatch[0]) : null;
    const ownerBefore = about ? ownerBeforeNoun(text.slice(0, about.index), start) : null;
    if (ownerBefore) return ownerBefore;
    return { ...empty, form: 'document', name: text, kind: 'document', gender: 'neuter', head: noun, ownRecord: ownRecord || (where && !/^\d/.test(ownerText)) };
  }
  // "A 2014 study that appeared in the British Medical Journal", "A slide from a presentation that ...": a document
  // described by what follows it, not by the name in the description
  // "a Pentagon memo seen by Reuters", "documents reviewed by CNN": the document speaks; who saw it only passes it on
  const held = HELD_DOC_RE.exec(docText);
  if (held && DOCUMENT_NOUNS.has(held[1]!.toLowerCase())) {
    return { ...empty, form: 'document', name: foldSpaces(text), kind: 'document', gender: 'neuter', head: held[1]!.toLowerCase(), ownRecord: true };
  }
  const described = DESCRIBED_DOC_RE.exec(docText);
  // (an owner named before the noun keeps the owner, "a Washington Post database tracking ...", unless it ran a poll)
  const describedNoun = described?.[2]!.toLowerCase() ?? '';
  // (nor does one whose author follows: "a lawsuit filed in Manhattan by Yulia V. Tymoshenko")
  // (a month or a day is no owner: "An August 2025 slideshow obtained by ...")
  if (described && DOCUMENT_NOUNS.has(describedNoun) && (POLL_NOUNS.has(describedNoun) || (!namesOwner(described[1]!) && !AUTHOR_AFTER_RE.test(text)))) {
    return { ...empty, form: 'document', name: foldSpaces(text), kind: 'document', gender: 'neuter', head: describedNoun, ownRecord: true };
  }
  // "Statistics Canada's labour force survey data released Friday": the owner's record is the owner's word (no name
  // is read in what describes it: "Friday")
  const ownerOf = described && DOCUMENT_NOUNS.has(describedNoun) && !AUTHOR_AFTER_RE.test(text) ? /^(?:the\s+)?(\p{Lu}[^'’,]*?)['’]s?\s/u.exec(described[1]!) : null;
  if (ownerOf) {
    const owner = analyzeMention(ownerOf[1]!, start + text.indexOf(ownerOf[1]!));
    if (owner.form === 'name' || owner.form === 'organization' || owner.form === 'media') return owner;
  }
  // "The Conservatives' letter to Daniel Greenberg", "the senator's bill on ...": the owner speaks, not whom it is addressed to
  const ownerLead = OWNER_DOC_LEAD_RE.exec(text);
  if (ownerLead) {
    const owner = analyzeMention(ownerLead[1]!, start + text.indexOf(ownerLead[1]!));
    if (owner.form === 'name' || owner.form === 'organization' || owner.form === 'media' || owner.form === 'anonymous') return owner;
  }
  // "a filing with the Securities and Exchange Commission", "a letter to shareholders": whom a record was sent to did
  // not write it; the record speaks (not "an interview with the mayor", where the one interviewed speaks)
  const sentTo = DOC_SENT_TO_RE.exec(docText);
  if (sentTo && DOCUMENT_NOUNS.has(sentTo[2]!.toLowerCase()) && !NOT_SENT_DOC_NOUNS.has(sentTo[2]!.toLowerCase()) && !namesOwner(sentTo[1]!)) {
    return { ...empty, form: 'document', name: foldSpaces(text), kind: 'document', gender: 'neuter', head: sentTo[2]!.toLowerCase(), ownRecord: true };
  }
  // "a BBC report", "the Kremlin's statement", "a White House spokesman" stays anonymous (below)
  const ownerMatch = ownerDocMatch(text);
  if (ownerMatch) return ownerOfMatch(text, ownerMatch, start) ?? { ...empty, form: 'document', name: text, kind: 'document', gender: 'neuter', head: ownerMatch[2]!.toLowerCase() };

  // "Many", "Some", "Others" standing alone: people left unnamed
  if (LONE_QUANTIFIERS.has(lower)) return { ...empty, form: 'anonymous', name: text, kind: 'anonymous', number: 'plural', head: lower };
  // "many in Gaza", "some of his aides", "several from the campaign": a group of people left unnamed
  // "Country after country", "one expert after another": many, one by one, left unnamed
  const oneByOne = /^(?:(?:one|an?)\s+)?([\p{L}-]+)\s+after\s+(?:\1|another)$/iu.exec(text);
  if (oneByOne) {
    const noun = oneByOne[1]!.toLowerCase();
    // ("poll after poll" are records)
    if (DOCUMENT_NOUNS.has(noun)) return { ...empty, form: 'document', name: foldSpaces(text), kind: 'document', gender: 'neuter', number: 'plural', head: noun, ownRecord: POLL_NOUNS.has(noun) };
    return { ...empty, form: 'anonymous', name: foldSpaces(text), kind: 'anonymous', number: 'plural', head: noun };
  }
  // "Nine in 10 Democratic voters", "about 3 in 10 independents": a share of people asked
  if (SHARE_OF_TEN_RE.test(text)) return { ...empty, form: 'anonymous', name: foldSpaces(text), kind: 'anonymous', number: 'plural', head: 'share' };
  const group = QUANTIFIER_GROUP.exec(text);
  if (group) return { ...empty, form: 'anonymous', name: text, kind: 'anonymous', number: 'plural', head: group[1]!.toLowerCase() };
  // "Citizens for Tax Justice", "Americans for Prosperity", "Mothers Against Drunk Driving": people in the plural, "for" or
  // "against" and a cause in capitals name a body
  const advocacy = ADVOCACY_NAME_RE.exec(text);
  if (advocacy && (PERSON_NOUNS.has(advocacy[2]!.toLowerCase()) || isPluralDemonym(advocacy[1]!.toLowerCase()) || pluralAgentWord(advocacy[1]!.toLowerCase()))) {
    const lead = /^the\s+/i.exec(text)?.[0].length ?? 0;
    return { ...empty, form: 'organization', name: foldSpaces(text.slice(lead)), kind: 'organization', gender: 'neuter', number: 'singular', nameSpan: { start: start + lead, end: start + text.length } };
  }
  // "Twenty-seven states led by West Virginia", "Critics of the EB-5 program, like Senators ...", "lawyers for both
  // Donald and Ivana Trump": a plural head with what qualifies it is the group, not a name in the qualifier
  const led = pluralGroupHead(text);
  if (led) {
    if (DOCUMENT_NOUNS.has(led)) return { ...empty, form: 'document', name: foldSpaces(text), kind: 'document', gender: 'neuter', number: 'plural', head: led, ownRecord: !AUTHOR_AFTER_RE.test(text) };
    return { ...empty, form: 'anonymous', name: foldSpaces(text), kind: 'anonymous', number: 'plural', head: led };
  }

  // "The U.S. Attorney's Office for the Western District of New York", "the Manhattan District Attorney's Office": an
  // office named for its holder's role is a body (not a person named "Western District")
  if (ROLE_OFFICE_RE.test(text)) return { ...empty, form: 'organization', name: foldSpaces(text), kind: 'organization', gender: 'neuter', number: 'singular', head: 'office' };
  // "The Department of Climate Change and Energy", "Devon and Cornwall Police": one body whose name holds "and"
  const body = conjoinedBodyName(text);
  if (body) return { ...empty, form: 'organization', name: body, kind: 'organization', gender: 'neuter', number: 'singular' };
  // "The Ministry of Foreign Affairs", "Pakistan's Ministry of Trade, Industry and Energy (MOTIE)": a body's head word,
  // "of", and its domain in capitals is one body (the domain's words are no person: "Foreign" read as a role had left
  // "Affairs" for a name)
  const bodyOf = BODY_OF_DOMAIN_RE.exec(text);
  if (bodyOf && ORGANIZATION_HEADS.has(bodyOf[1]!.toLowerCase())) {
    const lead = /^the\s+/.exec(text)?.[0].length ?? 0;
    // (the acronym stated after the name is another mention of it, not a part: "... and Energy (MOTIE)")
    const nameEnd = text.length - (/\s+\(\p{Lu}{2,}\)$/u.exec(text)?.[0].length ?? 0);
    return { ...empty, form: 'organization', name: foldSpaces(text.slice(lead, nameEnd)), kind: 'organization', gender: 'neuter', number: 'singular', head: bodyOf[1]!.toLowerCase(), nameSpan: { start: start + lead, end: start + nameEnd } };
  }
  // "the Minister for Foreign Affairs", "Governor of the Bank of England Andrew Bailey": an office, with or without its holder
  if (!text.includes(',')) {
    const office = officeTitle(words(text, start));
    if (office?.holder) return { ...empty, form: 'name', name: office.holder.map((w) => w.text).join(' '), kind: 'person', gender: genderOfName(office.holder, [], office.holder), number: 'singular', roles: [office.role], nameSpan: { start: office.holder[0]!.start, end: office.holder[office.holder.length - 1]!.end } };
    if (office) return { ...empty, form: 'nominal', name: foldSpaces(text), kind: 'person', gender: GENDERED_ROLES.get(office.role) ?? 'unknown', number: 'singular', head: office.role, roles: [office.role] };
  }
  // "one Twitter user @nycsouthpaw": the account's handle ending the mention names who posted
  const handle = HANDLE_AT_END_RE.exec(text);
  if (handle) return { ...empty, form: 'name', name: handle[1]!, kind: 'person', number: 'singular', nameSpan: { start: start + text.length - handle[1]!.length, end: start + text.length } };
  // a leading adverbial ("During the rally Monday, the former president") is not part of the mention
  const segs = segments(text, start);
  while (segs.length > 1 && LEADING_ADVERBIAL.test(segs[0]!.text)) segs.shift();
  const allWords = words(text, start);
  // (one loop: the map and filter arrays and closures otherwise)
  const roles: string[] = [];
  for (const w of allWords) {
    const b = ROLE_WORDS.has(w.lower) ? w.lower : bare(w.lower);
    if (ROLE_WORDS.has(b) && !NOT_NAME_WORDS.has(b)) roles.push(ROLE_ABBREVIATIONS.get(b) ?? b);
    else if (CAPITAL_TITLE_ABBREVIATIONS.has(w.text)) roles.push(CAPITAL_TITLE_ABBREVIATIONS.get(w.text)!);
  }

  // "Palestinian Ambassador to the Netherlands, Ammar Hijazi", "Epstein's neighbor in New York, Donald Trump": a title
  // or a description set off before a full name; the name is who speaks
  if (segs.length === 2 && FULL_NAME_SEGMENT.test(segs[1]!.text) && !FULL_NAME_SEGMENT.test(segs[0]!.text) && (roles.length || /\s\p{Ll}/u.test(segs[0]!.text))) segs.reverse();
  // a person's (or organization's) name heading one of the comma segments
  for (const seg of segs) {
    let segText = seg.text, segStart = seg.start;
    // ("The program, called EB-5,", "The spot, titled “Arrogant,”": the name given to what the head names is no speaker)
    if (/^\s*(?:who|which|that|whose|whom|of|from|at|in|and|or|but|called|titled|entitled|dubbed|nicknamed|known\s+as)\b|^\s*\d+\s*$/i.test(segText)) continue;
    const segLower = segText.toLowerCase();
    // (a role is found only where its first word is: most segments hold none and skip the list)
    if (MULTIWORD_ROLE_START.test(segLower)) for (const role of MULTIWORD_ROLES) {
      const at = segLower.indexOf(role);
      if (at >= 0 && /\p{Lu}/u.test(segText.slice(at + role.length))) {
        segStart += at + role.length; segText = segText.slice(at + role.length);
        break;
      }
    }
    // a two-word honorific ("Tan Sri Muhyiddin Yassin") goes with what is before it, as an office does; single-word
    // ones are among the role words
    const honorific = HONORIFIC_PHRASE_RE.exec(segText);
    if (honorific && /^\p{Lu}/u.test(segText.slice(honorific.index + honorific[0].length))) {
      segStart += honorific.index + honorific[0].length; segText = segText.slice(honorific.index + honorific[0].length);
    }
    // the whole mention as its one segment: its words are already read
    const segWords = segText === text && segStart === start ? allWords : words(segText, segStart);
    const ws = withoutWhereFromTail(segWords);
    if (!ws.length) continue;
    const titled = titleOfPlace(segWords);
    if (titled) return { ...empty, form: 'name', name: titled.name, kind: 'person', gender: titled.gender, number: 'singular', roles, nameSpan: titled.span };
    const run = headNameRun(ws);
    if (!run) continue;
    placeAfterOf(ws, run);
    // "a professor at the University of Leeds": the professor speaks; the name is where they work
    // ("some polls in the Middle West": the polls)
    if (affiliationOnly(ws, ws.indexOf(run.name[0]!))) continue;
    const runText = text.slice(run.name[0]!.start - start, run.name[run.name.length - 1]!.end - start), ampersand = /\s&\s/.test(runText);
    if (spokespersonForJoined(ws, ws.indexOf(run.name[0]!), ampersand)) continue;
    // "Marks & Spencer", "Harbor & Crane": a name joined by "&" is a firm's, no person's
    if (ampersand) return { ...empty, form: 'organization', name: runText, kind: 'organization', gender: 'neuter', number: 'singular', roles, nameSpan: { start: run.name[0]!.start, end: run.name[run.name.length - 1]!.end } };
    // "the Department of Energy", "the University of Leeds": an organization head, "of", a name
    const bodyAt = bodyHeadBefore(ws, domainStart(ws, ws.indexOf(run.name[0]!)));
    if (bodyAt >= 0) {
      let from = bodyAt;
      while (from > 0 && isCapitalized(ws[from - 1]!) && !isRoleWord(ws[from - 1]!.lower)) from--;
      const orgWords = ws.slice(from);
      const orgName = orgWords.map((w) => w.text).join(' ');
      return { ...empty, form: 'organization', name: orgName, kind: 'organization', gender: 'neuter', number: 'singular', roles, nameSpan: { start: orgWords[0]!.start, end: orgWords[orgWords.length - 1]!.end } };
    }
    const nameText = run.name.map((w) => w.text).join(' ');
    const nameSpan = { start: run.name[0]!.start, end: run.name[run.name.length - 1]!.end };
    // (with nothing stripped the name is all of ws: the same phrase, asked once)
    const whole = governmentName(nameText) ?? (run.stripped.length === 0 ? null : governmentName(ws.map((w) => w.text).join(' ')))
      ?? (run.name.length > 1 && (MEDIA_NAME_HEADS.has(run.name[run.name.length - 1]!.text)
          || (run.name.length > 2 && MEDIA_NAME_TAILS.has(`${run.name[run.name.length - 2]!.text} ${run.name[run.name.length - 1]!.text}`)))
        ? { name: run.stripped.length === 1 && run.stripped[0]!.text === 'The' ? `The ${nameText}` : nameText, kind: 'media' as SpeakerKind } : null)
      // ("BBC Sport", "Al Jazeera English": an outlet's section)
      ?? (run.name.length > 1 && outletOfSection(nameText) ? { name: nameText, kind: 'media' as SpeakerKind } : null);
    if (whole) return { ...empty, form: whole.kind === 'media' ? 'media' : 'organization', name: whole.name, kind: whole.kind, gender: 'neuter', roles, nameSpan };
    // ("The Afghan Taliban", "Sony": a body the lexicon knows)
    if (isKnownOrganization(nameText)) return { ...empty, form: 'organization', name: nameText, kind: 'organization', gender: 'neuter', number: 'singular', roles, nameSpan };
    const last = bare(run.name[run.name.length - 1]!.lower);
    // "Research suggests", "Studies show": a record named by its common noun, capitalized to open the sentence
    if (run.name.length === 1 && run.stripped.length === 0 && ws.length === 1 && DOCUMENT_NOUNS.has(last) && !isGivenName(run.name[0]!.text)) {
      return { ...empty, form: 'document', name: foldSpaces(text), kind: 'document', gender: 'neuter', head: last, roles };
    }
    // "Lexus Philippines", "Ascom North America": a company's branch in a country or region; no person's name ends so
    if (run.name.length >= 2 && REGION_OF_BRANCH.test(run.name.slice(-2).map((w) => w.text).join(' '))) {
      return { ...empty, form: 'organization', name: nameText, kind: 'organization', gender: 'neuter', number: 'singular', roles, nameSpan };
    }
    // "the Affordable Care Act", "the Paris Agreement", "Article 21 of the U.N. Charter": a law's or a treaty's name is a
    // record ("Richard Charter" opens with a given name; "Charter" alone needs "the"; "the Republican National
    // Convention" is a party's gathering)
    if (DOCUMENT_NAME_HEADS.has(last) && !isGivenName(run.name[0]!.text) && (run.name.length > 1 || run.stripped.some((w) => w.lower === 'the'))) {
      if (!(last === 'convention' && ws[ws.indexOf(run.name[run.name.length - 1]!) - 1]?.lower === 'national')) {
        return { ...empty, form: 'document', name: foldSpaces(text), kind: 'document', gender: 'neuter', head: last, roles };
      }
      const body = ws.filter((w) => w.lower !== 'the');
      return { ...empty, form: 'organization', name: body.map((w) => w.text).join(' '), kind: 'organization', gender: 'neuter', number: 'singular', head: last, nameSpan: { start: body[0]!.start, end: body[body.length - 1]!.end } };
    }
    // "Gallup Poll", a headline's "New Poll": a poll, not a person
    if (POLL_NOUNS.has(last)) {
      return { ...empty, form: 'document', name: foldSpaces(text), kind: 'document', gender: 'neuter', head: last, roles, ownRecord: true };
    }
    // ("Prosecutors" opening a sentence are people, left unnamed: below)
    if (ORGANIZATION_HEADS.has(last) && !(run.name.length === 1 && PERSON_NOUNS.has(last))) {
      const withThe = /^the\s/i.test(segText.trim()) && run.stripped.length === 1 ? `the ${nameText}` : nameText;
      return { ...empty, form: 'organization', name: withThe, kind: 'organization', gender: 'neuter', number: 'singular', roles, nameSpan };
    }
    // capitalized plural groups ("Republicans", "Democrats", "Protesters" opening a sentence) are people left
    // unnamed, like "voters" or "many in Gaza"; a capitalized singular ("President") stays a body's title
    // ("Ex-friends", "Former aides": what they were is who they are)
    const was = last.startsWith('ex-') ? last.slice(3) : last;
    if (run.name.length === 1 && (PERSON_NOUNS.has(was) || isPluralDemonym(last) || pluralAgentWord(was))) {
      // ("Many Mexicans", "some African-Americans": the quantifier stays in the description)
      if (/s$/.test(last)) return { ...empty, form: 'anonymous', name: foldSpaces(text), kind: 'anonymous', gender: 'unknown', number: 'plural', head: last, roles };
      // ("Trump's Son": a relative, not a body's title)
      if (GENDERED_ROLES.has(last) && !ROLE_WORDS.has(last)) continue;
      return { ...empty, form: 'organization', name: nameText, kind: 'organization', gender: 'unknown', number: 'plural', roles, nameSpan };
    }
    // (the one-word test first: the same answer, and no regex for the longer names)
    // (a capitalized title before it may make a person's initials, "Gen. JB"; a lower-case word such as "major" does not)
    if (run.name.length === 1 && run.name.every((w) => /^\p{Lu}[\p{Lu}.&-]*\p{Lu}\.?$/u.test(w.text)) && run.stripped.every((w) => !isRoleWord(w.lower) || /^\p{Ll}/u.test(w.text))) {
      // an unknown acronym ("the IMF" is known; "the ACLU" is not): an organization
      return { ...empty, form: 'organization', name: nameText, kind: 'organization', gender: 'neuter', roles, nameSpan };
    }
    if (run.stripped.length && !run.stripped.some(isTitleWord)
        && run.stripped.some((w) => /^\p{Ll}/u.test(w.text) && !NOT_NAME_WORDS.has(w.lower))) {
      // "a Trump campaign aide": the capitalized word is a modifier, not the head
      if (!isCapitalized(ws[ws.length - 1]!)) continue;
    }
    // "Monday", "March": a date, not a person; "Yes", "Okay": an answer; "Everyone", "Nobody" opening a sentence: read as in
    // lower case
    if (run.name.length === 1 && !run.stripped.some((w) => isRoleWord(w.lower)) && (isDateName(bare(run.name[0]!.lower)) || INTERJECTIONS.has(run.name[0]!.lower) || INDEFINITE_PERSONS.has(run.name[0]!.lower))) continue;
    // "Employee Steve Castro": a noun for a person before a given name and a surname says what the person is, it is
    // no part of the name (not any word the given names lack: "Cornell William Brooks")
    if (run.name.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(run.name[0]!.text) && PERSON_NOUNS.has(run.name[0]!.lower) && !isGivenName(run.name[0]!.text) && isGivenName(run.name[1]!.text)) {
      const named = run.name.slice(1);
      const gender = genderOfName(named, [...run.stripped, run.name[0]!], allWords);
      return { form: 'name', name: named.map((w) => w.text).join(' '), kind: 'person', gender, number: 'singular', roles: [...roles, run.name[0]!.lower], nameSpan: { start: named[0]!.start, end: named[named.length - 1]!.end } };
    }
    // "Frustrated Parents", "Angry Voters", "Black Lawmakers" (a headline's capitals): people in the plural, no given name
    // opening the words, are a group left unnamed
    if (run.name.length >= 2 && !isGivenName(run.name[0]!.text) && /[^s]s$/.test(last) && (PERSON_NOUNS.has(last.slice(0, -1)) || isPluralDemonym(last) || pluralAgentWord(last.slice(0, -1)))) {
      return { ...empty, form: 'anonymous', name: foldSpaces(text), kind: 'anonymous', number: 'plural', head: last, roles };
    }
    // "A spokesman for Acme": a name no given name opens, whom a spokesperson speaks for, is a body (the spokesperson's
    // gender is not its)
    const at0 = ws.indexOf(run.name[0]!);
    const forAt = at0 >= 1 && ws[at0 - 1]!.lower === 'the' ? at0 - 2 : at0 - 1;
    if (forAt >= 1 && ws[forAt]!.lower === 'for' && /^spokes/.test(ws[forAt - 1]!.lower) && !isGivenName(run.name[0]!.text)) {
      return { ...empty, form: 'organization', name: nameText, kind: 'organization', gender: 'neuter', number: 'singular', roles, nameSpan };
    }
    const gender = genderOfName(run.name, run.stripped, allWords);
    // (a literal with empty's fields in empty's order: the most frequent reading, spread is slow)
    return { form: 'name', name: nameText, kind: 'person', gender, number: 'singular', roles, nameSpan };
  }

  // no name: a description (after any leading adverbial)
  if (segs.length && segs[0]!.start > start && LEADING_ADVERBIAL.test(text.slice(0, segs[0]!.start - start))) {
    return analyzeMention(rawText.slice(segs[0]!.start - base), segs[0]!.start);
  }
  const first = allWords[0]?.lower ?? '';
  const headWords: Word[] = [];
  for (const w of allWords) {
    if (headWords.length && POSTMODIFIER_START.has(w.lower)) break;
    // ("a Washington Post database tracking such deaths": a participle after a record's or a person's noun opens what follows)
    const last = headWords[headWords.length - 1], prev = last && !last.possessive ? bare(last.lower) : '';
    // ("the letter signed by seven physicians", "the tweet shown": so does a participle in -ed or -n; "the source further
    // said": an adverb after the noun is the clause's)
    if (prev && /^\p{Ll}+(?:ing|ed|en|wn)$/u.test(w.text) && (DOCUMENT_NOUNS.has(prev) || PERSON_NOUNS.has(prev))) break;
    if (prev && (DOCUMENT_NOUNS.has(prev) || PERSON_NOUNS.has(prev)) && AFTER_SUBJECT_ADVERBS.has(w.lower)) break;
    headWords.push(w);
  }
  const headWord = headWords[headWords.length - 1];
  const head = headWord ? bare(headWord.lower) : '';
  const plural = /s$/.test(head) && !/ss$/.test(head) || head === 'people' || head === 'police' || head === 'men' || head === 'women';
  const number: GrammaticalNumber = plural ? 'plural' : 'singular';
  const gender = GENDERED_ROLES.get(head) ?? 'unknown';
  const description = foldSpaces(text);
  if (ANONYMITY_MARKERS.some((m) => lower.includes(m)) && (PERSON_NOUNS.has(head) || INDEFINITE_DETERMINERS.has(first) || allWords.some((w) => PERSON_NOUNS.has(w.lower)))) {
    return { ...empty, form: 'anonymous', name: description, kind: 'anonymous', gender, number, head, roles };
  }
  if (DOCUMENT_NOUNS.has(head)) return { ...empty, form: 'document', name: description, kind: 'document', gender: 'neuter', number, head, roles, ownRecord: POLL_NOUNS.has(head) };
  // "national and battleground Republican polls": a modifier, "and", and the records it shares
  if (headWords.length === 1 && allWords[1]?.lower === 'and') {
    const after = headAfterAnd(allWords, 1);
    if (DOCUMENT_NOUNS.has(after)) return { ...empty, form: 'document', name: description, kind: 'document', gender: 'neuter', number: /s$/.test(after) ? 'plural' : 'singular', head: after, roles, ownRecord: POLL_NOUNS.has(after) };
  }
  // "the Anadolu news agency", "the Kommersant newspaper": an outlet named before its descriptor is that outlet, not the
  // last outlet met
  const namedOutlet = PRESS_NOUNS.has(head) ? null : outletNamedBeforeNoun(headWords, head);
  if (namedOutlet) return { ...empty, form: 'media', name: namedOutlet.name, kind: 'media', gender: 'neuter', number: 'singular', roles, nameSpan: namedOutlet.span };
  // "the news organization", "the news agency": an outlet
  if (DEFINITE_DETERMINERS.has(first) && headWords.length >= 2 && headWords[headWords.length - 2]!.lower === 'news') return { ...empty, form: 'nominal', name: description, kind: 'media', gender: 'neuter', number, head, roles };
  if (PRESS_NOUNS.has(head) || MEDIA_NOUNS.has(head)) {
    if (DEFINITE_DETERMINERS.has(first) && MEDIA_NOUNS.has(head)) return { ...empty, form: 'nominal', name: description, kind: 'media', gender: 'neuter', number, head, roles };
  }
  // "a group of doctors", "a coalition of activists": the people, left unnamed, not a body
  if (COLLECTIVE_HEADS.has(head)) {
    const ofAt = allWords.findIndex((w) => w.lower === 'of');
    if (ofAt > 0 && ofAt === headWords.length && allWords.slice(ofAt + 1).some((w) => PERSON_NOUNS.has(bare(w.lower)) || isPluralDemonym(bare(w.lower)))) {
      return { ...empty, form: 'anonymous', name: description, kind: 'anonymous', gender, number: 'plural', head, roles };
    }
  }
  // "everyone", "not everyone", "someone close to him"
  // ("another" alone is another person; "another moment" is not)
  if (INDEFINITE_PERSONS.has(head) || INDEFINITE_PERSONS.has(first) || (head === 'another' && allWords.length === 1)) return { ...empty, form: 'anonymous', name: description, kind: 'anonymous', gender, number: 'singular', head, roles };
  // "your state", "your doctor": the generic reader's, no one in the text
  if (first === 'your') return { form: 'unknown', name: description, kind: 'unknown', gender, number, roles, head: head || undefined };
  // (not the first conjunct's head: "state and local leaders" are leaders)
  const cutAtAnd = headWords.length < allWords.length && allWords[headWords.length]!.lower === 'and';
  if (ORGANIZATION_NOUNS.has(head) && !PERSON_NOUNS.has(head) && !cutAtAnd) {
    // "the Trump campaign" names its organization; "the company" needs an antecedent
    const named = headWords.slice(1).some((w) => isCapitalized(w));
    if (!named && (DEFINITE_DETERMINERS.has(first) || /^(?:his|her|their|its)$/.test(first))) return { ...empty, form: 'nominal', name: description, kind: 'organization', gender: 'neuter', number, head, roles };
    // "Donald Trump's presidential campaign", "the Clinton campaign": one name per campaign, its candidate's surname's
    const found = head === 'campaign' ? CAMPAIGN_NAME_RE.exec(description) : null;
    // (a body's campaign keeps its whole name: "the Democratic National Committee campaign")
    const campaign = found && !ORGANIZATION_HEADS.has(found[1]!.toLowerCase()) && !isRoleWord(found[1]!.toLowerCase()) ? found : null;
    return { ...empty, form: 'organization', name: campaign ? `${campaign[1]} campaign` : description, kind: 'organization', gender: 'neuter', number, head, roles };
  }
  // (a plural of a role: "Democratic presidents", "former governors")
  const singularHead = plural && head.length > 4 ? head.slice(0, -1) : '';
  const personHead = PERSON_NOUNS.has(head) || (ROLE_WORDS.has(head) && !MODIFIER_ROLE_WORDS.has(head)) || isPluralDemonym(head) || AGE_HEAD_RE.test(head)
    || (!!singularHead && (PERSON_NOUNS.has(singularHead) || (ROLE_WORDS.has(singularHead) && !MODIFIER_ROLE_WORDS.has(singularHead))));
  if (personHead) {
    if (DEFINITE_DETERMINERS.has(first) || /^(?:his|her|their|its)$/.test(first)) return { ...empty, form: 'nominal', name: description, kind: 'person', gender, number, head, roles };
    // ("president of the New Democrat Network": a role with where it is held, no determiner)
    if (INDEFINITE_DETERMINERS.has(first) || plural || headWords.length > 1 || (allWords.length > headWords.length && PERSON_NOUNS.has(head))) {
      return { ...empty, form: 'anonymous', name: description, kind: 'anonymous', gender, number, head, roles };
    }
  }
  // "small groups of protesters", "a number of officials"
  const ofAt = allWords.findIndex((w) => w.lower === 'of');
  if (ofAt > 0 && allWords.slice(ofAt + 1).some((w) => PERSON_NOUNS.has(w.lower) && /s$|people|police/.test(w.lower))) {
    return { ...empty, form: 'anonymous', name: description, kind: 'anonymous', gender, number: 'plural', head, roles };
  }
  // "the media", "organized labor", "the public": people taken together, left unnamed
  // ("the pair of editorials" is the editorials)
  if (MASS_GROUP_HEADS.has(head) && !(allWords[headWords.length]?.lower === 'of')) return { ...empty, form: 'anonymous', name: description, kind: 'anonymous', gender, number: 'plural', head, roles };
  // "Twelve percent", "42 percent of those responding", "a majority": a share of people asked
  if (SHARE_HEADS.has(head) || /^\S+\s+percent\b|\d%/i.test(description)) {
    return { ...empty, form: 'anonymous', name: description, kind: 'anonymous', gender, number: 'plural', head, roles };
  }
  // "editorial boards", "human rights groups", "state and local leaders": an unnamed plural that speaks is people or
  // bodies left unnamed (a record that speaks is a document, above); the head after "X and" is the phrase's
  const lastHead = head && headWords.length < allWords.length && allWords[headWords.length]!.lower === 'and' ? headAfterAnd(allWords, headWords.length) : head;
  // "those voting 'yes'", "those who attended": people
  if (first === 'those' && allWords.length > 1) return { ...empty, form: 'anonymous', name: description, kind: 'anonymous', gender, number: 'plural', head: lastHead, roles };
  // (not a function word ending in s, "This", "his", nor a deed in -ings, "shortcomings", "hearings")
  if (/[a-z]s$/.test(lastHead) && !/ss$/.test(lastHead) && !DOCUMENT_NOUNS.has(lastHead) && !isDateName(lastHead) && !TIME_UNITS.test(lastHead)
      && !NOT_PLURAL_HEADS.has(lastHead) && !(/ings$/.test(lastHead) && !PEOPLE_IN_INGS.has(lastHead))) {
    return { ...empty, form: 'anonymous', name: description, kind: 'anonymous', gender, number: 'plural', head: lastHead, roles };
  }
  // "a Texas rancher", "the welder": a singular head that names a doer is a person the lexicon lacks, left unnamed
  // (a definite one is not matched to the roles of the people named before: "the interviewer" is no candidate)
  if (!plural && agentNoun(head)) {
    // ("New York's chief medical examiner": an office a place or a body holds, its holder unnamed)
    if (INDEFINITE_DETERMINERS.has(first) || placeOwned(allWords)) return { ...empty, form: 'anonymous', name: description, kind: 'anonymous', gender, number, head, roles };
    if (DEFINITE_DETERMINERS.has(first) || /^(?:his|her|their|its)$/.test(first)) return { ...empty, form: 'nominal', name: description, kind: 'anonymous', gender, number, head, roles };
  }
  return { form: 'unknown', name: description, kind: 'unknown', gender, number, roles, head: head || undefined };
}

/** A person described by age alone ("the 37-year-old", "a 72-year-old", "the twenty-year-old"), as news names someone already named. */
const AGE_HEAD_RE = /^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-years?-old$/;

/** Whether the mention opens with a place's possessive ("New York's ..."): what follows is an office the place holds. */
function placeOwned(ws: Word[]): boolean {
  const k = ws.findIndex((w) => w.possessive);
  return k >= 0 && k < ws.length - 1 && isPlaceName(ws.slice(0, k + 1).map((w) => w.text).join(' ').replace(/['’]s$/, ''));
}

/** Nouns with a doer's ending that name things, not people. */
const NOT_AGENT_NOUNS: ReadonlySet<string> = new Set([
  'paper', 'order', 'letter', 'number', 'center', 'centre', 'power', 'computer', 'monitor', 'sector', 'factor', 'error', 'water',
  'corner', 'matter', 'border', 'chapter', 'quarter', 'cover', 'tower', 'poster', 'filter', 'meter', 'manner', 'layer', 'trailer',
  'banner', 'container', 'folder', 'printer', 'register', 'ledger', 'charter', 'theater', 'theatre', 'flier', 'flyer', 'newsletter',
  'thriller', 'counter', 'cluster', 'weather', 'river', 'silver', 'hunger', 'danger', 'anger', 'answer', 'offer', 'other', 'former',
  'latter', 'another', 'newspaper', 'motor', 'tractor', 'mirror', 'corridor', 'elevator', 'indicator', 'calculator', 'ventilator', 'reactor', 'radiator',
  'generator', 'simulator', 'processor', 'detector', 'sensor', 'vector', 'horror', 'terror', 'honor', 'honour', 'favor', 'favour',
  'labor', 'labour', 'flavor', 'color', 'colour', 'humor', 'rumor', 'rumour', 'vapor', 'harbor', 'behavior', 'neighbor', 'floor', 'door',
  'list', 'twist', 'wrist', 'fist', 'mist', 'gist', 'median', 'meridian', 'frontier', 'barrier', 'carrier', 'better', 'greater',
  'faster', 'bigger', 'larger', 'smaller', 'higher', 'lower', 'further', 'earlier', 'easier', 'harder', 'stronger', 'longer', 'sooner',
  'disaster', 'cancer', 'finger', 'shoulder', 'leather', 'feather', 'winter', 'summer', 'dinner', 'supper',
]);
/**
 * A capitalized plural doer's noun opening a sentence ("Environmentalists", "Campaigners"): long words only, as
 * surnames end so too ("Sanders", "Rogers", "Chambers").
 */
function pluralAgentWord(word: string): boolean {
  return word.length >= 10 && /[^s]s$/.test(word) && agentNoun(word.slice(0, -1));
}
/** A doer's noun by its ending: -er, -or, -ist, -ian ("rancher", "welder", "physicist", "librarian"). */
export function agentNoun(head: string): boolean {
  return head.length >= 5 && /^[a-z-]+(?:er|or|ist|ian)$/.test(head) && !/(?:over|merger)$/.test(head) && !NOT_AGENT_NOUNS.has(head)
    && !DOCUMENT_NOUNS.has(head) && !ORGANIZATION_NOUNS.has(head) && !MEDIA_NOUNS.has(head) && !PRESS_NOUNS.has(head);
}

/** A candidate's campaign: the candidate's last name, then what kind of campaign it is. */
const CAMPAIGN_NAME_RE = /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}?(\p{Lu}[\p{L}'’-]*?)(?:['’]s?)?\s+(?:(?:presidential|re-?election|senate|mayoral|gubernatorial|\d{4})\s+)*campaign$/u;
/** Words ending in "s" that are no plural head. */
const NOT_PLURAL_HEADS: ReadonlySet<string> = new Set(['this', 'his', 'its', 'hers', 'theirs', 'ours', 'yours', 'thus', 'yes', 'plus', 'us', 'was', 'has', 'is', 'does', 'as', 'perhaps', 'whereas', 'news', 'politics', 'economics']);
/** People named by a plural in -ings. */
const PEOPLE_IN_INGS: ReadonlySet<string> = new Set(['siblings', 'beings', 'kings', 'offspring', 'darlings', 'underlings', 'earthlings', 'vikings']);

/** Spans of time are not speakers ("three years"). */
const TIME_UNITS = /^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|times)$/;

/** Heads of people taken together ("the media", "organized labor", "the public", "the pair"). */
const MASS_GROUP_HEADS: ReadonlySet<string> = new Set(['media', 'labor', 'labour', 'public', 'establishment', 'electorate', 'pair', 'duo',
  'trio', 'couple']);
/** Heads of a share of people: "Twelve percent", "a majority", "half". */
const SHARE_HEADS: ReadonlySet<string> = new Set(['percent', 'majority', 'minority', 'plurality', 'half', 'third', 'thirds', 'quarter']);

/** The head of the conjunct after "and" at `at` ("state and local leaders" -> "leaders"): its last word before a postmodifier. */
function headAfterAnd(allWords: Word[], at: number): string {
  let head = '';
  for (let i = at + 1; i < allWords.length && !POSTMODIFIER_START.has(allWords[i]!.lower); i++) head = bare(allWords[i]!.lower);
  return head;
}
