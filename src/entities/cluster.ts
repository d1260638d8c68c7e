import { FEMALE_NAMES, MALE_NAMES, NAME_PARTICLES, NAME_SUFFIXES, isGivenName } from '../lexicon/given-names.js';
import type { Doc } from '../doc/doc.js';
import type { Entity, EntityType } from '../doc/types.js';
import { ORGANIZATION_HEADS } from '../lexicon/organizations-generic.js';
import { MEDIA_NAME_HEADS } from '../lexicon/media.js';
import { GENDERED_HONORIFICS } from '../lexicon/speaker-kinds.js';
import { mentionKey, type RawMention } from './mentions.js';
import { rolesOf } from './roles.js';
import { tokenTexts } from '../segment/index.js';
import { MONTHS, WEEKDAYS } from '../lexicon/time.js';

/**
 * Document-level entity building:
 *  1. consistency: names already found are found again where the model missed
 *     them, and a bare surname ("Connolly") is a person when the document
 *     names "Gerry Connolly";
 *  2. acronyms stated in the text ("Donetsk People's Republic (DNR)") join
 *     their expansion, and so do acronyms matching a name's initials;
 *  3. alias clusters: the same name (case and a leading "the" aside; for a
 *     person, of the same gender by honorific: "Mr. Clinton" and "Mrs.
 *     Clinton" are two), and a person's shorter name ("Putin", "Biden") with
 *     the nearest fuller name that ends with it and has no given name of the
 *     other gender ("Mr. Obama" is not "Michelle Obama");
 *  4. one canonical name per entity (its longest mention: titles are never in
 *     mentions), a type by vote, roles, and ids e1, e2, ... in text order.
 */

export const CONSISTENCY_RULE = 'doc-consistency';
export const ACRONYM_RULE = 'acronym';
/** Longest name matched again by the consistency pass, in tokens. */
const MAX_NAME_TOKENS = 5;
/** A surname as one token: capitalized letters, an apostrophe or a hyphen inside ("Connolly", "O'Connor", "Smith-Jones"). */
const SURNAME_WORD_RE = /^\p{Lu}(?:[\p{L}'-]*\p{L})?$/u;
/** A surname with its particles ("De La Rosa"), in tokens: the longest a mention typed otherwise is retyped as. */
const MAX_PARTICLE_SURNAME_TOKENS = 3;
/** Words skipped when reading a name's initials ("Organization for Security and Co-operation in Europe"). */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', "'s", 'de', 'du', 'la', '&']);

const tokenText = (doc: Doc, i: number) => tokenTexts(doc)[i]!;
const seqText = (doc: Doc, a: number, b: number) => { const w: string[] = []; for (let i = a; i < b; i++) w.push(tokenText(doc, i)); return w.join(' '); };
const isAcronym = (w: string) => /^\p{Lu}{2,8}$/u.test(w);

export function buildEntities(doc: Doc, found: RawMention[]): Entity[] {
  const mentions = [...found];
  addConsistencyMentions(doc, mentions);
  const stated = addStatedAcronyms(doc, mentions);
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);

  // union-find over mentions
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number) => { const a = find(i), b = find(j); if (a !== b) parent[Math.max(a, b)] = Math.min(a, b); };

  const keys = mentions.map((m) => mentionKey(doc, m.start, m.end));
  // a person's gender from an honorific ("Mr. Obama"), or from the honorifics of the same name elsewhere when they
  // agree: the same surname of two genders is two people ("Mr. Clinton", "Mrs. Clinton"), and "Mr. Obama" joins no
  // "Michelle Obama"
  const gender = honorificGenders(doc, mentions, keys);
  const byKey = new Map<string, number>();
  keys.forEach((k, i) => {
    const key = gender[i] ? `${k}|${gender[i]}` : k;
    const j = byKey.get(key); if (j === undefined) byKey.set(key, i); else union(i, j);
  });

  const indexOf = new Map(mentions.map((m, i) => [m, i]));
  for (const [acr, expansion] of stated) union(indexOf.get(acr)!, indexOf.get(expansion)!);

  // a person's shorter name joins the nearest fuller name ending with it
  const personWords = mentions.map((m, i) => (m.type === 'person' ? keys[i]!.split(' ') : []));
  const bySuffix = new Map<string, number[]>(); // "putin" -> mentions of longer names ending in it
  const byFirst = new Map<string, number[]>(); // "hillary" -> mentions of longer names starting with it
  personWords.forEach((ws, j) => {
    // (a generational suffix aside too: "Roberts" is "John G. Roberts Jr.")
    let core = ws.length;
    while (core > 1 && NAME_SUFFIXES.has(ws[core - 1]!)) core--;
    for (const n of core < ws.length ? [ws.length, core] : [ws.length]) {
      for (let k = 1; k < n; k++) {
        const suffix = ws.slice(n - k, n).join(' ');
        const list = bySuffix.get(suffix);
        if (list) list.push(j); else bySuffix.set(suffix, [j]);
      }
    }
    if (ws.length > 1) { const list = byFirst.get(ws[0]!); if (list) list.push(j); else byFirst.set(ws[0]!, [j]); }
  });
  // a surname that ends the full names of two people ("Bill Clinton", "Hillary Clinton") joins one of them below
  const shared = sharedSurnames(bySuffix, personWords);
  mentions.forEach((m, i) => {
    if (m.type !== 'person') return;
    // a lone name that opens the full name of one person named before it is that person's ("Dar" after "Dar Yasin",
    // "Lee" after "Lee Hsien Loong"), even when a later full name ends with it ("Mohammed Yousuf Dar"): the surname
    // reading is for a name no earlier person has as a given name
    if (personWords[i]!.length === 1) {
      // (full names of name words only: "Scott (D-Va" is a tagger's run over a surname and a party)
      const opening = (byFirst.get(keys[i]!) ?? []).filter((j) => cleanName(doc, mentions[j]!));
      const people = new Set(opening.map(find));
      const earlier = opening.find((j) => mentions[j]!.start < m.start);
      if (people.size === 1 && earlier !== undefined) { union(i, earlier); return; }
    }
    let best = -1, bestDist = Infinity;
    // (a surname two people share joins the one the article names first, whom a bare surname mostly means: all its
    // mentions are one cluster already, and joining the nearest would make the two people one)
    const first = shared.has(keys[i]!);
    for (const j of bySuffix.get(keys[i]!) ?? []) {
      if (!genderAllows(gender[i]!, personWords[j]!)) continue;
      // (a full name opens with a given name: a headline's "Debating Clinton" is no one)
      if (first && !isGivenName(personWords[j]![0]!)) continue;
      // prefer the nearest preceding full name, else the nearest following one
      const o = mentions[j]!;
      const dist = first ? o.start : o.start <= m.start ? m.start - o.start : 1e9 + o.start - m.start;
      if (dist < bestDist) { bestDist = dist; best = j; }
    }
    if (best >= 0) { union(i, best); return; }
    // a lone first name ("Hillary") joins the one fuller name starting with it, if only one does
    if (personWords[i]!.length !== 1) return;
    const starting = new Set((byFirst.get(keys[i]!) ?? []).map(find));
    if (starting.size === 1) union(i, [...starting][0]!);
  });

  // a company's first word alone names it again ("Halvorsen" after "Halvorsen Foods Inc."): the tagger, seeing no
  // head, reads a person
  joinBodyShortNames(doc, mentions, keys, bySuffix, union);
  joinPaperShortNames(doc, mentions, keys, union);

  // acronyms matching the initials of a longer name in the same document
  let initialsCache: string[] | null = null;
  const multiWordInitials = () => (initialsCache ??= mentions.map((o) => (o.end - o.start >= 2 ? initials(doc, o) : '')));
  mentions.forEach((m, i) => {
    if (m.end - m.start !== 1 || !isAcronym(tokenText(doc, m.start))) return;
    const acr = tokenText(doc, m.start);
    const j = multiWordInitials().indexOf(acr);
    if (j >= 0) union(i, j);
  });

  const clusters = new Map<number, number[]>();
  mentions.forEach((_, i) => { const r = find(i); const c = clusters.get(r); if (c) c.push(i); else clusters.set(r, [i]); });

  const placeOrOrgTokens = new Set<number>();
  for (const m of mentions) if (m.type === 'place' || m.type === 'organization') for (let k = m.start; k < m.end; k++) placeOrOrgTokens.add(k);

  const headlineEnd = headlineLength(doc.text);
  const entities: Entity[] = [];
  for (const idxs of clusters.values()) {
    const ms = idxs.map((i) => mentions[i]!);
    const votes = new Map<EntityType, number>();
    // (a type the sentence shows, "The group that owns her music, Big Machine,", outweighs the tagger's reads of the name)
    for (const m of ms) votes.set(m.type, (votes.get(m.type) ?? 0) + (m.typedInContext ? CONTEXT_TYPE_VOTE : m.end - m.start > 1 ? 2 : 1));
    const type = [...votes].sort((x, y) => y[1] - x[1] || typeRank(x[0]) - typeRank(y[0]))[0]![0];
    // a person's name is not taken from a headline alone when the body names them too: a headline's
    // capitals join words to a name ("Derelict Obama and Clinton;" is Obama), unless it opens with a given name
    const body = type === 'person' && headlineEnd > 0 ? ms.filter((m) => doc.tokens[m.start]!.start >= headlineEnd) : ms;
    const named = body.length && body.length < ms.length
      ? ms.filter((m) => doc.tokens[m.start]!.start >= headlineEnd || isGivenName(tokenText(doc, m.start))) : ms;
    let canon = named[0]!;
    for (const m of named) {
      const len = m.end - m.start, cl = canon.end - canon.start;
      if (len > cl || (len === cl && !isAcronym(seqText(doc, m.start, m.end)) && isAcronym(seqText(doc, canon.start, canon.end)))) canon = m;
    }
    const name = doc.text.slice(doc.tokens[canon.start]!.start, doc.tokens[canon.end - 1]!.end);
    const aliases = [...new Set(ms.map((m) => doc.text.slice(doc.tokens[m.start]!.start, doc.tokens[m.end - 1]!.end)))].filter((a) => a !== name);
    const roles = type === 'person' ? [...new Set(ms.flatMap((m) => rolesOf(doc, m, placeOrOrgTokens)))] : [];
    const entity: Entity = {
      id: '', name, type,
      mentions: ms.map((m) => ({ start: doc.tokens[m.start]!.start, end: doc.tokens[m.end - 1]!.end, rule: m.rule })),
    };
    if (roles.length) entity.roles = roles;
    if (aliases.length) entity.aliases = aliases;
    entities.push(entity);
  }
  entities.sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start);
  entities.forEach((e, i) => { e.id = `e${i + 1}`; });
  return entities;
}

/** Heads of bodies often named after a person, whose surname alone is mostly the person ("the Clinton Foundation", "the Trump campaign"). */
const EPONYMOUS_BODY_HEADS: ReadonlySet<string> = new Set(['foundation', 'institute', 'campaign', 'committee', 'administration', 'organization',
  'center', 'centre', 'school', 'library', 'fund', 'society', 'trust', 'pac', 'caucus', 'team', 'prize', 'award', 'doctrine', 'act']);
/**
 * "Halvorsen Foods Inc. reported ... In the filing, Halvorsen also disclosed": a lone word after a body's name of two
 * words or more that it opens, the name ending in a body's head ("Inc.", "Foods", "Therapeutics"), is that body, unless
 * it is a given name or ends a person's name in the text ("Trump" with "Donald Trump" and "the Trump Organization").
 */
function joinBodyShortNames(doc: Doc, mentions: RawMention[], keys: string[], bySuffix: ReadonlyMap<string, number[]>, union: (i: number, j: number) => void): void {
  const bodyByFirst = new Map<string, number>();
  mentions.forEach((m, j) => {
    const head = tokenText(doc, m.end - 1).toLowerCase();
    if (m.type !== 'organization' || m.end - m.start < 2 || !ORGANIZATION_HEADS.has(head) || EPONYMOUS_BODY_HEADS.has(head)) return;
    const first = keys[j]!.split(' ')[0]!;
    if (!bodyByFirst.has(first)) bodyByFirst.set(first, j);
  });
  if (!bodyByFirst.size) return;
  mentions.forEach((m, i) => {
    // (a person's or a body's name as the tagger read it; not a body's letters, "The U.N." beside "U.N. Security Council", nor
    // an adjective, "European" beside "European Union")
    if (m.end - m.start !== 1 || (m.type !== 'person' && m.type !== 'organization') || /\.|^\p{Lu}+$/u.test(tokenText(doc, m.start))) return;
    const j = bodyByFirst.get(keys[i]!);
    if (j === undefined || mentions[j]!.start > m.start || isGivenName(tokenText(doc, m.start)) || bySuffix.has(keys[i]!)) return;
    union(i, j);
  });
}

/**
 * "The Post" after "The New York Post", "the Times" after "The New York Times": a paper's name word alone names
 * the nearest paper before it whose name ends in that word.
 */
function joinPaperShortNames(doc: Doc, mentions: RawMention[], keys: string[], union: (i: number, j: number) => void): void {
  let papers: number[] | null = null;
  mentions.forEach((m, i) => {
    if (keys[i]!.includes(' ') || m.type === 'person' || m.type === 'place') return;
    const head = tokenText(doc, m.end - 1);
    if (!MEDIA_NAME_HEADS.has(head)) return;
    papers ??= mentions.map((_, j) => j).filter((j) => mentions[j]!.type !== 'person' && keys[j]!.includes(' ') && MEDIA_NAME_HEADS.has(tokenText(doc, mentions[j]!.end - 1)));
    let best = -1;
    for (const j of papers) if (mentions[j]!.start < m.start && tokenText(doc, mentions[j]!.end - 1) === head) best = j;
    if (best >= 0) union(i, best);
  });
}

/** A mention of name words only ("Mohammed Yousuf Dar", "Charles E. Grassley"), no punctuation or lower-case run. */
function cleanName(doc: Doc, m: RawMention): boolean {
  for (let k = m.start; k < m.end; k++) if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(tokenText(doc, k))) return false;
  return true;
}

/**
 * The name ends ("clinton") that end two or more full names opening with different given names ("bill clinton",
 * "hillary clinton"), from the index of longer names by their ends.
 */
function sharedSurnames(bySuffix: ReadonlyMap<string, number[]>, personWords: readonly string[][]): Set<string> {
  const out = new Set<string>();
  for (const [end, js] of bySuffix) {
    let given: string | undefined;
    for (const j of js) {
      const first = personWords[j]![0]!;
      if (!isGivenName(first)) continue;
      if (given === undefined) given = first;
      else if (first !== given) { out.add(end); break; }
    }
  }
  return out;
}

type Gender = 'male' | 'female' | null;

/** Each person mention's gender by honorific: its own ("Mrs. Clinton"), else the one all honorifics of its name give. */
function honorificGenders(doc: Doc, mentions: RawMention[], keys: string[]): Gender[] {
  const own: Gender[] = mentions.map((m) => {
    if (m.type !== 'person' || m.start === 0) return null;
    const before = tokenText(doc, m.start - 1);
    // (an honorific is capitalized: no lower-case string for the other words)
    const c = before.charCodeAt(0);
    if (!(c >= 65 && c <= 90)) return null;
    const g = GENDERED_HONORIFICS.get(before.toLowerCase().replace(/\.$/, ''));
    return g === 'male' || g === 'female' ? g : null;
  });
  const byKey = new Map<string, Set<Gender>>();
  own.forEach((g, i) => { if (!g) return; const set = byKey.get(keys[i]!); if (set) set.add(g); else byKey.set(keys[i]!, new Set([g])); });
  return mentions.map((m, i) => {
    if (m.type !== 'person') return null;
    if (own[i]) return own[i]!;
    const set = byKey.get(keys[i]!);
    return set && set.size === 1 ? [...set][0]! : null;
  });
}

/** Whether a mention of this gender may be the full name: its given name is not of the other gender. */
function genderAllows(g: Gender, fullWords: string[]): boolean {
  if (!g) return true;
  const given = fullWords[0]!;
  const other = g === 'male' ? FEMALE_NAMES : MALE_NAMES;
  return !other.has(given);
}

/** The length of a first line that reads as a headline (no sentence end before the line break, or title case), else 0. */
function headlineLength(text: string): number {
  const nl = text.indexOf('\n');
  if (nl <= 0) return 0;
  const line = text.slice(0, nl);
  if (!/[.!?]["'\u201d\u2019)]*\s*$/.test(line)) return nl;
  // (a title with a final period: short, its longer words capitalized, "Ted Cruz Refuses to Disavow Lindsey Graham Endorsement.")
  const words = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 3 && line.split(/\s+/).length <= HEADLINE_MAX_WORDS && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.8 ? nl : 0;
}
/** Words in a first line that can still be a title. */
const HEADLINE_MAX_WORDS = 20;

/** The vote of a mention typed from its sentence (mentions.ts, namedAsBody): more than all the tagger's reads of a name in an article. */
const CONTEXT_TYPE_VOTE = 1000;
/** Ties in the type vote: a name is a person before an organization before a place. */
const typeRank = (t: EntityType) => ['person', 'organization', 'place', 'other'].indexOf(t);

function initials(doc: Doc, m: RawMention): string {
  let out = '';
  for (let i = m.start; i < m.end; i++) {
    const w = tokenText(doc, i);
    if (INITIALS_SKIP.has(w.toLowerCase())) continue;
    for (const part of w.split('-')) if (/^\p{Lu}/u.test(part)) out += part[0];
  }
  return out;
}

/**
 * Whether the words [a, b) spell the acronym: each word gives its initials as initials() reads them, and a function
 * word may give its own or none ("Ministry of Trade, Industry and Energy (MOTIE)" counts the "of", "Organization for
 * Security and Co-operation in Europe (OSCE)" none).
 */
function spellsAcronym(doc: Doc, a: number, b: number, acr: string): boolean {
  const parts: { letters: string; optional: boolean }[] = [];
  for (let i = a; i < b; i++) {
    const w = tokenText(doc, i);
    if (INITIALS_SKIP.has(w.toLowerCase())) { if (/^\p{L}/u.test(w)) parts.push({ letters: w[0]!.toUpperCase(), optional: true }); continue; }
    let letters = '';
    for (const part of w.split('-')) if (/^\p{Lu}/u.test(part)) letters += part[0];
    if (letters) parts.push({ letters, optional: false });
  }
  // (a walk over the parts with the positions in the acronym reachable so far: at most a few words)
  let at = new Set([0]);
  for (const { letters, optional } of parts) {
    const next = new Set<number>();
    for (const k of at) {
      if (optional) next.add(k);
      if (acr.startsWith(letters, k)) next.add(k + letters.length);
    }
    if (!next.size) return false;
    at = next;
  }
  return at.has(acr.length);
}

function addConsistencyMentions(doc: Doc, mentions: RawMention[]): void {
  // tokens inside a mention, by token index
  const covered = new Uint8Array(doc.tokens.length + 1);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  // names to find again: every mention's text, and a person's surname
  const names = new Map<string, EntityType>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    const text = seqText(doc, m.start, m.end);
    if (m.end - m.start > MAX_NAME_TOKENS || !/^\p{Lu}/u.test(text) || text.length < 2) continue;
    if (!names.has(text) || m.type === 'person') names.set(text, m.type);
    if (m.type === 'person' && m.end - m.start >= 2) {
      const last = tokenText(doc, m.end - 1);
      // (not a day or a month a mention ran on into: "Morning Joe on Friday"; an apostrophe or a hyphen inside is the
      // name's: "O'Connor", "Smith-Jones")
      if (!SURNAME_WORD_RE.test(last) || Object.hasOwn(WEEKDAYS, last.toLowerCase()) || Object.hasOwn(MONTHS, last.toLowerCase())) continue;
      names.set(last, 'person');
      surnames.add(last);
      // a surname with its particles is found again whole ("Le Clair" of "Craig Le Clair", "De La Rosa"), capitalized
      // as a sentence may open with it ("De Blasio" of "Bill de Blasio")
      let from = m.end - 1;
      while (from - 1 > m.start && NAME_PARTICLES.has(tokenText(doc, from - 1).toLowerCase())) from--;
      if (from < m.end - 1) {
        const surname = seqText(doc, from, m.end);
        for (const form of [surname, surname[0]!.toUpperCase() + surname.slice(1)]) { names.set(form, 'person'); surnames.add(form); }
      }
    }
  }
  // a mention typed otherwise that is a person's surname is that person ("Le Clair said" typed an organization)
  // (a whole name typed so from its sentence keeps that type: "The group that owns her music, Grey Harbor,")
  for (const m of mentions) {
    if (m.type === 'person' || m.end - m.start > MAX_PARTICLE_SURNAME_TOKENS) continue;
    const text = seqText(doc, m.start, m.end);
    if (m.end - m.start === 1 ? names.get(text) === 'person' : !m.typedInContext && surnames.has(text)) m.type = 'person';
  }
  const firstWords = new Set([...names.keys()].map((n) => n.split(' ')[0]!));
  const texts = tokenTexts(doc);
  for (const s of doc.contentSentences()) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      // names start with a capital (above): a token starting with an ASCII character other than A-Z starts none
      const c = texts[i]!.charCodeAt(0);
      if (c < 128 && (c < 65 || c > 90)) continue;
      // a given name before a person's lone name the article uses is that person's full name ("Hillary Clinton" in a
      // title-case headline, which the tagger does not read, where the body says only "Clinton")
      if (!covered[i] && !covered[i + 1] && i + 1 < s.tokenEnd && isGivenName(texts[i]!) && names.get(texts[i + 1]!) === 'person' && !names.has(texts[i]!)) {
        mentions.push({ start: i, end: i + 2, type: 'person', rule: CONSISTENCY_RULE });
        covered.fill(1, i, i + 2);
        i++;
        continue;
      }
      if (!firstWords.has(texts[i]!) || covered[i]) continue;
      for (let n = Math.min(MAX_NAME_TOKENS, s.tokenEnd - i); n >= 1; n--) {
        let free = true;
        for (let k = i; k < i + n; k++) if (covered[k]) free = false;
        if (!free) continue;
        const type = names.get(seqText(doc, i, i + n));
        if (!type) continue;
        // the candidate must not run on into a longer capitalized name ("Connolly Street")
        if (i + n < s.tokenEnd && /^\p{Lu}/u.test(tokenText(doc, i + n)) && n === 1 && type === 'person') break;
        mentions.push({ start: i, end: i + n, type, rule: CONSISTENCY_RULE });
        covered.fill(1, i, i + n);
        i += n - 1;
        break;
      }
    }
  }
}

/** Longest expansion read back from a stated acronym, in tokens. */
const MAX_EXPANSION_TOKENS = 12;

/**
 * "Expansion (ACR)": the words before the parenthesis whose initials spell the
 * acronym are one name (the model may have cut it: "Organization" ... "Europe"),
 * and the acronym is a mention of it. Returns [acronym, expansion] pairs.
 */
function addStatedAcronyms(doc: Doc, mentions: RawMention[]): [RawMention, RawMention][] {
  const pairs: [RawMention, RawMention][] = [];
  const texts = tokenTexts(doc);
  for (const s of doc.contentSentences()) {
    // (the work on a match is a function of its own: a closure over the loop's `p` made every token's turn allocate a scope)
    for (let p = s.tokenStart + 1; p + 2 < s.tokenEnd; p++) {
      if (texts[p] !== '(' || texts[p + 2] !== ')' || !isAcronym(texts[p + 1]!)) continue;
      const pair = statedAcronym(doc, mentions, s.tokenStart, p);
      if (pair) pairs.push(pair);
    }
  }
  return pairs;
}

/** The [acronym, expansion] pair of the "(ACR)" whose opening parenthesis is token p (sentence from `first`), entered into `mentions`, or null. */
function statedAcronym(doc: Doc, mentions: RawMention[], first: number, p: number): [RawMention, RawMention] | null {
  const acrText = tokenText(doc, p + 1);
  let from = -1;
  for (let k = p - 1; k >= Math.max(first, p - MAX_EXPANSION_TOKENS); k--) {
    if (!/^\p{Lu}/u.test(tokenText(doc, k))) continue;
    if (spellsAcronym(doc, k, p, acrText)) { from = k; break; }
  }
  if (from < 0) return null;
  const inside = mentions.filter((m) => m.start < p && from < m.end);
  if (inside.some((m) => m.start < from || m.end > p)) return null; // a mention crosses the expansion's edge: leave it
  let orgHead = false;
  for (let k = from; k < p; k++) if (ORGANIZATION_HEADS.has(tokenText(doc, k).toLowerCase())) orgHead = true;
  // (a person's name spelled by an acronym is the person's mention whole, "John Fitzgerald Kennedy (JFK)"; a person the
  // model found inside a longer expansion is a body's name cut: "Immigration, Refugees and Citizenship Canada (IRCC)")
  const cutPerson = inside[0]?.type === 'person' && (inside[0].start > from || inside[inside.length - 1]!.end < p);
  const type: EntityType = orgHead || cutPerson || !inside.length || inside.some((m) => m.type === 'organization') ? 'organization' : inside[0]!.type;
  for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
  const expansion: RawMention = inside.length === 1 && inside[0]!.start === from && inside[0]!.end === p ? inside[0]! : { start: from, end: p, type, rule: ACRONYM_RULE };
  expansion.type = type;
  mentions.push(expansion);
  let acr = mentions.find((m) => m.start === p + 1);
  if (!acr) { acr = { start: p + 1, end: p + 2, type, rule: ACRONYM_RULE }; mentions.push(acr); }
  acr.type = type;
  return [acr, expansion];
}
