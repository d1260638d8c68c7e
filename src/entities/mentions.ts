import type { Doc } from '../doc/doc.js';
import type { EntityType } from '../doc/types.js';
import { getGazetteer, gazetteerKey } from '../lexicon/gazetteer.js';
import { MEDIA_NAME_HEADS, OUTLETS } from '../lexicon/media.js';
import { GOVERNMENT_SEATS, INSTITUTION_HEADS, ORGANIZATION_HEADS, ORGANIZATION_NOUNS, TRADE_DESCRIPTORS } from '../lexicon/organizations-generic.js';
import { ORGANIZATIONS } from '../lexicon/organizations.js';
import { NAME_PARTICLES, NAME_SUFFIXES, isGivenName } from '../lexicon/given-names.js';
import { CAPITAL_TITLE_ABBREVIATIONS, HONORIFICS, HONORIFIC_PHRASES, INTERJECTIONS, PERSON_NOUNS, ROLE_WORDS } from '../lexicon/speaker-kinds.js';
import { CLAUSE_OPENING_ADVERBS } from '../lexicon/adverbs.js';
import { labelSpans, NerDocMemory } from './ner.js';
import { loadNerTagger } from './recognizer.js';
import { tokenTexts, tokenWords } from '../segment/index.js';
import { MONTHS, WEEKDAYS } from '../lexicon/time.js';

/** A mention in token indices of doc.tokens ([start, end)), before clustering. */
export interface RawMention {
  start: number;
  end: number;
  type: EntityType;
  rule: string;
  /** The type is read from the sentence around the name, not from the name: it decides the entity's type vote (cluster.ts). */
  typedInContext?: boolean;
}

export const MODEL_RULE = 'ner-perceptron';
export const TYPE_OF: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

const PLACE_LISTS = new Set(['country', 'city', 'region']);
let orgNames: Set<string> | null = null;
/** Names the lexicons know as organizations (and not as places: "Kyiv" speaks for a government but is a city). */
function knownOrganizations(): Set<string> {
  if (orgNames) return orgNames;
  const g = getGazetteer();
  const names = [...ORGANIZATIONS, ...GOVERNMENT_SEATS.keys(), ...OUTLETS.keys()].map(gazetteerKey);
  return (orgNames = new Set(names.filter((n) => !(g.get(n) ?? []).some((l) => PLACE_LISTS.has(l)))));
}

/** Key of a mention for matching: lower case, leading "the" dropped. */
export function mentionKey(doc: Doc, start: number, end: number): string {
  const words: string[] = [];
  const texts = tokenTexts(doc);
  for (let i = start; i < end; i++) words.push(texts[i]!.toLowerCase());
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.join(' ');
}

/** Words opening a sentence before a name, never part of it: the clause-opening adverbs, conjunctions and subordinators, and a few words of a noun phrase that are no name's ("Only Trump"). */
const SENTENCE_OPENERS = new Set([...CLAUSE_OPENING_ADVERBS, 'but', 'and', 'so', 'if', 'when', 'while', 'although', 'though',
  'because', 'since', 'after', 'before', 'as', 'unlike', 'like', 'even', 'only']);
/** Function words that open no person's name (a title-case line capitalizes them). */
const NAME_FUNCTION_WORDS = new Set(['of', 'the', 'in', 'for', 'with', 'to', 'from', 'by', 'on', 'at', 'about', 'against', 'vs', 'vs.', 'versus', 'media']);
const word = (doc: Doc, i: number) => tokenTexts(doc)[i]!;
/** Double quotation marks (a single one is an apostrophe as often). */
const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', "''", '``']);
/** Words never a name alone, whatever their tag (a capital opening a quotation: "Of course"). */
const NOT_NAME_WORDS = new Set([...NAME_FUNCTION_WORDS, 'a', 'an', 'and', 'or', 'but', 'nor', 'if', 'so', 'as', 'amid', 'among', 'into', 'onto', 'upon',
  'would', 'could', 'should', 'can', 'might', 'must', 'shall', 'certainly', 'perhaps', 'however', 'yet', 'not']);
/** Tags of words that are never a name alone: prepositions, adverbs, modals, determiners, conjunctions, pronouns, verbs. */
const NOT_NAME_TAGS = /^(?:IN|RB|RBR|RBS|MD|DT|PDT|CC|PRP|PRP\$|WDT|WP|WRB|UH|TO|EX|VB|VBD|VBZ|VBP|VBG|VBN)$/;
/** A title word, or a title joined of title words ("Secretary-Treasurer", "Vice-Chair"). */
const isRoleWord = (w: string) => {
  const b = w.toLowerCase().replace(/\.$/, '');
  return ROLE_WORDS.has(b) || (b.includes('-') && b.split('-').every((p) => ROLE_WORDS.has(p)));
};
const isPunct = (w: string) => /^[\p{P}\p{S}]+$/u.test(w);
const isPossessive = (w: string) => w === "'s" || w === "'S" || w === "'";
/** "Moscow-backed", "Russian-speaking": adjectives built on a name, not names. */
const isNameAdjective = (w: string) => /^[\p{Lu}][\p{L}.]*-\p{Ll}+$/u.test(w);

/**
 * Runs the tagger over the article sentences (boilerplate excluded) with a
 * document memory, and cleans the spans: split at a free-standing dash,
 * trailing punctuation and possessives out, leading role words of a person
 * out (kept as its role), name-built adjectives dropped, then types fixed by
 * the lexicons (known organizations and outlets) and by context ("CNN's Wolf
 * Blitzer" is a person).
 */
/** Titles that are surnames too, after a given name ("Martin Luther King", "John Major", "Patty Judge"). */
const SURNAME_TITLES = new Set(['King', 'Major', 'Judge', 'Bishop', 'Marshal', 'Dean', 'Prince', 'Pope', 'Baron', 'Earl', 'Cardinal', 'Deacon', 'Chancellor', 'Doctor']);
const wordsOf = (doc: Doc, from: number, to: number) => tokenTexts(doc).slice(from, to);

export function findMentions(doc: Doc): RawMention[] {
  const tagger = loadNerTagger();
  const memory = new NerDocMemory();
  const out: RawMention[] = [];
  const ids = tokenWords(doc);
  for (const s of doc.contentSentences()) {
    const sentenceFrom = out.length;
    const words = tokenTexts(doc).slice(s.tokenStart, s.tokenEnd);
    // capitals carry no signal in a title-case headline: its names are the ones the
    // article names elsewhere, which the consistency pass (cluster.ts) finds in it
    if (isTitleCase(words)) continue;
    const spans = labelSpans(tagger.tagSentence(words, memory, ids, s.tokenStart));
    // (a span a name before it took in, below: the tokens up to here are read)
    let takenTo = s.tokenStart;
    for (let q = 0; q < spans.length; q++) {
      const sp = spans[q]!;
      let start = s.tokenStart + sp.start;
      let end = s.tokenStart + sp.end;
      if (start < takenTo) continue;
      // a dash between spaces separates two things ("the Donbas - broke away")
      for (let i = start + 1; i < end; i++) {
        if (word(doc, i) === '-' && doc.tokens[i]!.start > doc.tokens[i - 1]!.end) { end = i; break; }
      }
      // a name never holds a lower-case verb ("C.) said that claim"), nor a lower-case noun with a comma after it
      // ("Ms Bowles' father, Shaun Bowles"): cut before it
      for (let i = start + 1; i < end; i++) {
        if (!/^\p{Ll}/u.test(word(doc, i))) continue;
        if (/^VB/.test(doc.tokens[i]!.pos ?? '')) { end = i; break; }
        if (/^NNS?$/.test(doc.tokens[i]!.pos ?? '') && word(doc, i + 1) === ',') {
          // (what follows the comma is read as a span of its own: "Shaun Bowles")
          // (a given name opening it makes it a person, whatever the span was typed)
          if (i + 2 < end) spans.push({ ...sp, start: i + 2 - s.tokenStart, type: isGivenName(word(doc, i + 2)) ? 'PER' : sp.type });
          end = i; break;
        }
      }
      // a name holds quotation marks only in pairs ('Marcia "Cia" Price'): at a lone one ("Morning Joe” on Friday") it stops
      let marks = 0;
      for (let i = start; i < end; i++) if (QUOTE_MARKS.has(word(doc, i))) marks++;
      if (marks % 2 === 1) for (let i = start + 1; i < end; i++) if (QUOTE_MARKS.has(word(doc, i))) { end = i; break; }
      // nor a lone closing parenthesis: "Coach (Frank) Vogel" read from inside the parenthesis is Vogel
      for (let i = start, open = 0; i < end; i++) {
        if (word(doc, i) === '(') open++;
        else if (word(doc, i) === ')' && open-- === 0) { start = i + 1; open = 0; }
      }
      while (end > start && (isPunct(word(doc, end - 1)) || isPossessive(word(doc, end - 1)))) end--;
      while (end > start && isPunct(word(doc, start))) start++;
      // a sentence adverb the tagger took in with a name ("Meanwhile Trump") is no part of it
      while (end - start > 1 && SENTENCE_OPENERS.has(word(doc, start).toLowerCase())) start++;
      // names start with a capital or a digit ("a.m. Eastern" is not one)
      if (end <= start || /^\p{Ll}/u.test(word(doc, start))) continue;
      let type = TYPE_OF[sp.type]!;
      // names do not end in lower-case words ("New York businessman")
      while (end > start + 1 && /^\p{Ll}/u.test(word(doc, end - 1))) end--;
      // "Developer Valve called the game ...": a trade opening the sentence describes the body named after it (a person
      // when a given name follows: "Developer Donald Trump"), unless the lexicons know the whole as a name
      if (start === s.tokenStart && end - start >= 2 && TRADE_DESCRIPTORS.has(word(doc, start).toLowerCase()) && /^\p{Lu}/u.test(word(doc, start + 1))
        && !knownOrganizations().has(mentionKey(doc, start, end)) && !(end - start === 2 && ORGANIZATION_HEADS.has(word(doc, start + 1).toLowerCase()))) {
        start++;
        type = isGivenName(word(doc, start)) ? 'person' : 'organization';
      }
      const honored = honoredName(doc, spans, q, start, end, type, s.tokenStart, s.tokenEnd);
      if (honored) { start = honored.start; end = honored.end; type = 'person'; takenTo = end; }
      if (type === 'place') {
        const firm = placeLedBodyEnd(doc, spans, q, start, end, s.tokenStart, s.tokenEnd);
        if (firm > end) { end = firm; type = 'organization'; }
        // "Woods Hole Oceanographic Institution": a place's name ending in the noun of an institution is the institution
        else if (end - start >= 2 && INSTITUTION_HEADS.has(word(doc, end - 1).toLowerCase())) type = 'organization';
      }
      if (type === 'person') {
        // a title-case line's function words are no part of a name ("The Rise Of Paul Manafort")
        while (end - start > 1 && NAME_FUNCTION_WORDS.has(word(doc, start).toLowerCase())) start++;
        // a person's name stops at a possessive ("Donald Trump's 1995 returns")
        for (let i = start + 1; i < end; i++) if (isPossessive(word(doc, i))) { end = i; break; }
        // titles are roles, not names (roles.ts reads them back from the text before the name)
        const titled = start;
        while (start < end - 1 && isRoleWord(word(doc, start))) start++;
        // the tagger counts a title against the name's length: a lone given name left after it runs on over the
        // capitalized word the tagger cut off, its surname ("Secretary-Treasurer Fred" and "Zuckerman"; an initial after
        // it is joined with the rest below: "Senators Charles" and "E. Grassley")
        const nextSpanAt = q + 1 < spans.length ? s.tokenStart + spans[q + 1]!.start : s.tokenEnd;
        if (start > titled && end - start === 1 && end < nextSpanAt && isGivenName(word(doc, start)) && /^\p{Lu}\p{Ll}/u.test(word(doc, end))
          && !isRoleWord(word(doc, end)) && doc.tokens[end]!.pos?.startsWith('NNP')) end++;
        // "Indiana Gov.": a trailing title leaves a place or nothing
        // ("Martin Luther King", "John Major": a title word is a surname after given names; kept as the person)
        if (end - start > 1 && isRoleWord(word(doc, end - 1))) {
          let rest = end;
          while (rest > start && isRoleWord(word(doc, rest - 1))) rest--;
          if (rest <= start) continue;
          if ((getGazetteer().get(mentionKey(doc, start, rest)) ?? []).some((l) => PLACE_LISTS.has(l))) { end = rest; type = 'place'; }
          else if (end - rest > 1 || !SURNAME_TITLES.has(word(doc, end - 1)) || !isGivenName(word(doc, start))
            || !wordsOf(doc, start, rest).every((w) => /^\p{Lu}[\p{Ll}'’-]*\.?$/u.test(w))) continue;
        }
      }
      if (type === 'other' && end - start === 1 && isNameAdjective(word(doc, start))) continue;
      // a lone word the tagger reads as a function word, an adverb or a verb is no name ("Amid", "Certainly", "Would", "Of
      // course" opening a quotation): the capital is the sentence's
      if (end - start === 1 && (NOT_NAME_TAGS.test(doc.tokens[start]!.pos ?? '') || NOT_NAME_WORDS.has(word(doc, start).toLowerCase()))) continue;
      // nor is the word opening a subhead before a common noun ("Hero woman's iconic speech"): the capital is the line's
      // (a name there, "Brown supporters rally", comes back from its other mentions in the consistency pass, cluster.ts)
      if (type === 'person' && end - start === 1 && start === s.tokenStart && end < s.tokenEnd && !isGivenName(word(doc, start))
        && /^\p{Ll}/u.test(word(doc, end)) && /^NNS?$/.test(doc.tokens[end]!.pos ?? '') && !/[.!?:;"”’)]$/u.test(word(doc, s.tokenEnd - 1))) continue;
      // nor is a lone word before a number a person ("Suite 350", "Room 12", "Gate 4" in an address or a sign)
      if (type === 'person' && end - start === 1 && end < s.tokenEnd && /^\d/.test(word(doc, end))) continue;
      // nor does a person's, a place's or a body's name end in a day ("Florida Friday"; "Good Friday" is another kind)
      if (type !== 'other') while (end - start > 1 && Object.hasOwn(WEEKDAYS, word(doc, end - 1).toLowerCase())) end--;
      // "Yes, she is running": a reply's first word is no name
      // (not an abbreviation in capitals: "Columbus, OH")
      if (end - start === 1 && /^\p{Lu}\p{Ll}+$/u.test(word(doc, start)) && INTERJECTIONS.has(word(doc, start).toLowerCase())) continue;
      // "City Councilwoman Rosa Delgado", "State Sen. Mark Levine" tagged as a body: a local office's level and title
      // before a name are the person's role, not a body's name
      const officeHolder = type !== 'person' ? localOfficeHolderStart(doc, start, end) : -1;
      if (officeHolder >= 0) { out.push({ start: officeHolder, end, type: 'person', rule: `${MODEL_RULE}+title-split` }); continue; }
      if (type !== 'person' && splitAtInnerTitle(doc, out, start, end, s.tokenStart, type)) continue;
      out.push({ start, end, type, rule: MODEL_RULE });
    }
    joinOrganizationNames(doc, out, sentenceFrom, s.tokenStart);
    joinOfficeNames(doc, out, sentenceFrom, s.tokenStart, s.tokenEnd);
  }
  joinSplitNames(out);
  joinPossessiveBodyNames(doc, out);
  joinParticleNames(doc, out);
  splitSurnamedTails(doc, out);
  fixTypes(doc, out);
  return out;
}

/** Tokens of honorifics and titles from which the tagger may have cut the name short ("Datuk Seri Anwar"). */
const MIN_HONORIFIC_LEAD_TO_RUN_ON = 2;
/** Titles before a name the honorific follows ("Prime Minister Datuk Seri ..."), in lower case. */
const titleOrHonorific = (w: string) => HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')) || isRoleWord(w);

/**
 * The number of tokens from `i` that are honorifics (a two-word one as a phrase, "Dato' Sri" with its apostrophe)
 * and titles with them, when there is at least one honorific among them; else 0.
 */
function honorificLead(doc: Doc, i: number, end: number): number {
  let p = i, honorific = false;
  while (p < end) {
    const w = word(doc, p);
    if (!/^\p{Lu}/u.test(w)) break;
    // (an apostrophe is a token of its own: "Dato ' Sri")
    const next = word(doc, p + 1) === "'" && p + 2 < end ? p + 2 : p + 1;
    const phrase = next < end ? `${w.toLowerCase()}${next === p + 2 ? "'" : ''} ${word(doc, next).toLowerCase()}` : '';
    if (phrase && HONORIFIC_PHRASES.includes(phrase)) { p = next + 1; honorific = true; continue; }
    if (HONORIFICS.has(w.toLowerCase().replace(/\.$/, ''))) { p = word(doc, p + 1) === "'" ? p + 2 : p + 1; honorific = true; continue; }
    if (isRoleWord(w)) { p++; continue; }
    break;
  }
  return honorific ? p - i : 0;
}

/**
 * A name that opens with honorifics ("Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin", "Dame Judi Dench"): the
 * honorifics are no part of it and say it is a person's, whatever the tagger typed (it typed these bodies); and the
 * tagger counts them against the name's length, so a name it cut after them ("Datuk Seri Anwar" and "Ibrahim") runs
 * on over the capitalized words right after it, as many as the honorifics took, and over a person span there
 * ("Dato' Sri" and "Najib" and "Razak"). Places and other kinds ("Lady Bird Lake", "Lord of the Rings") keep their
 * words, and so does a body's name ("Lord Abbett & Co"). Null when the span opens with no honorific.
 */
function honoredName(doc: Doc, spans: readonly { start: number; end: number; type: string }[], q: number, start: number, end: number,
  type: EntityType, sentenceStart: number, sentenceEnd: number): { start: number; end: number } | null {
  if (type !== 'person' && type !== 'organization') return null;
  const lead = honorificLead(doc, start, end);
  if (!lead) return null;
  const nameStart = start + lead;
  const nameWords = wordsOf(doc, nameStart, end);
  if (!nameWords.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) && !titleOrHonorific(w))) return null;
  if (nameWords.length && ORGANIZATION_HEADS.has(nameWords[nameWords.length - 1]!.toLowerCase())) return null;
  // (one honorific, "Mr.", the tagger reads well: running on would take in "Washington" of "told Mr. Smith Washington would")
  let stop = end, budget = lead >= MIN_HONORIFIC_LEAD_TO_RUN_ON ? lead : 0;
  for (let k = q + 1; stop < sentenceEnd; ) {
    const next = spans[k];
    const at = next ? sentenceStart + next.start : -1;
    if (at === stop && next!.type === 'PER') { stop = sentenceStart + next!.end; k++; break; }
    if (at === stop || budget === 0) break;
    const w = word(doc, stop);
    if (!/^\p{Lu}\p{Ll}/u.test(w) || titleOrHonorific(w) || !doc.tokens[stop]!.pos?.startsWith('NNP')) break;
    stop++; budget--;
  }
  return stop > nameStart ? { start: nameStart, end: stop } : null;
}

/** Last words of a place's own name ("Orange County", "Yangtze River"): a place before them is still a place. */
const PLACE_NAME_HEADS = new Set(['county', 'province', 'city', 'state', 'region', 'district', 'island', 'islands', 'river', 'valley', 'lake',
  'sea', 'bay', 'mountains', 'hills', 'coast', 'peninsula', 'strait', 'gulf', 'desert', 'basin', 'square', 'street', 'avenue', 'road',
  'park', 'airport', 'station', 'port', 'harbour', 'harbor', 'township', 'village', 'town', 'prefecture', 'oblast', 'territory']);
/** Most words a place's name runs on into a body's name ("China Geo", "China Geo Engineering"). */
const MAX_PLACE_LED_TAIL = 2;

/**
 * "China Geo, for its part, told ...": the tagger reads a place in a body's name and leaves the rest out. One or two
 * capitalized proper nouns right after a place span, with no capital after them, make the place a body's name, when
 * the place stands as a noun phrase of its own (not after a preposition: "In Iowa Sanders leads" names two), and the
 * words are no title, weekday or month, place name or place's head ("Orange County"). The end of the body's name, or
 * `end` when there is none.
 */
function placeLedBodyEnd(doc: Doc, spans: readonly { start: number; end: number }[], q: number, start: number, end: number,
  sentenceStart: number, sentenceEnd: number): number {
  if (start > sentenceStart && /^(?:IN|TO)$/.test(doc.tokens[start - 1]!.pos ?? '')) return end;
  const nextSpan = q + 1 < spans.length ? sentenceStart + spans[q + 1]!.start : sentenceEnd;
  let stop = end;
  while (stop < Math.min(nextSpan, sentenceEnd) && stop - end < MAX_PLACE_LED_TAIL) {
    const w = word(doc, stop), lower = w.toLowerCase();
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || !doc.tokens[stop]!.pos?.startsWith('NNP') || isRoleWord(w) || PLACE_NAME_HEADS.has(lower)
      || Object.hasOwn(WEEKDAYS, lower) || Object.hasOwn(MONTHS, lower) || (getGazetteer().get(lower) ?? []).some((l) => PLACE_LISTS.has(l) || l === 'nationality')) break;
    stop++;
  }
  // (a capital after the words: they open another name, "China Geo Engineering Corporation" is not read this way)
  if (stop === end || (stop < sentenceEnd && /^\p{Lu}/u.test(word(doc, stop)))) return end;
  // (nor a link and a capital: "United States Citizenship and Immigration Services" is joined whole below)
  if (stop + 1 < sentenceEnd && ORG_NAME_LINKS.has(word(doc, stop)) && /^\p{Lu}/u.test(word(doc, stop + 1))) return end;
  return stop;
}

/**
 * "Wells Fargo CEO John Stumpf" tagged as "Fargo CEO John" and "Stumpf": a
 * title inside a non-person span with capitalized words after it is a
 * company's or body's officer. The span before the title is the organization
 * (reaching back over a capitalized word the tagger left out, "Wells"), the
 * words after it open the person's name, joined to a person span right after.
 * Pushes the parts and returns true when it split.
 */
function splitAtInnerTitle(doc: Doc, out: RawMention[], start: number, end: number, sentenceStart: number, type: EntityType): boolean {
  let at = -1;
  // (the title capitalized, "CEO", "Chairman", after a capitalized word, or in lower case between two: "If Clinton
  // campaign chairman John Podesta" holds no body's name)
  let lowerTitle = false;
  for (let i = start + 1; i < end - 1; i++) {
    const w = word(doc, i);
    if (!/^\p{Lu}/u.test(word(doc, i - 1)) || !/^\p{Lu}/u.test(word(doc, i + 1))) continue;
    if ((OFFICER_TITLES.has(w.toLowerCase()) || CAPITAL_TITLE_ABBREVIATIONS.has(w)) && /^\p{Lu}/u.test(w)) { at = i; break; }
    // a title in lower case is in no name: the tagger ran a body's name on over it to the person it describes
    // ("Democratic Party for the People leader Yuichiro Tamaki", "Forrester analyst Craig Le Clair")
    if (/^\p{Ll}/u.test(w) && (isRoleWord(w) || PERSON_NOUNS.has(w))) { at = i; lowerTitle = true; break; }
  }
  // ("Democratic National Committee", "Office of the Secretary of Defense": a body's own name)
  if (at < 0 || ORGANIZATION_HEADS.has(word(doc, end - 1).toLowerCase()) || /^\p{Ll}/u.test(word(doc, at + 1))) return false;
  // the officer's name follows any further titles ("UN Secretary General Ana Ruiz")
  let nameStart = at + 1;
  while (nameStart < end - 1 && isRoleWord(word(doc, nameStart))) nameStart++;
  // (after a title in lower case, name words only: a lower-case word after it is the body's phrase going on)
  if (lowerTitle && !wordsOf(doc, nameStart, end).every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || NAME_PARTICLES.has(w))) return false;
  let orgStart = start;
  // (a capitalized word before the span, itself after a lower-case word: not a sentence's first word)
  if (orgStart - 2 >= sentenceStart && /^\p{Lu}\p{Ll}/u.test(word(doc, orgStart - 1)) && /^\p{Ll}/u.test(word(doc, orgStart - 2))
      && !isRoleWord(word(doc, orgStart - 1)) && !out.some((m) => m.end === orgStart)) orgStart--;
  // (before a title in lower case, a word the tagger reads as no proper noun names no body: "the People leader")
  if (!lowerTitle || doc.tokens[at - 1]!.pos?.startsWith('NNP')) out.push({ start: orgStart, end: at, type, rule: `${MODEL_RULE}+title-split` });
  out.push({ start: nameStart, end, type: 'person', rule: `${MODEL_RULE}+title-split` });
  return true;
}

/**
 * "Brigham and Women's Hospital", "Harris and Gray's Inn": a name, "and", a capitalized word's possessive and a body's
 * head noun the tagger found apart ("Brigham" and "Hospital") are one body's name.
 */
function joinPossessiveBodyNames(doc: Doc, out: RawMention[]): void {
  for (let k = out.length - 1; k > 0; k--) {
    const a = out[k - 1]!, b = out[k]!;
    const i = a.end;
    if (b.start !== i + 3 || b.end - b.start !== 1 || word(doc, i).toLowerCase() !== 'and' || !/^\p{Lu}\p{Ll}+$/u.test(word(doc, i + 1)) || !isPossessive(word(doc, i + 2))) continue;
    const head = word(doc, b.start).toLowerCase();
    if (!INSTITUTION_HEADS.has(head) && !ORGANIZATION_HEADS.has(head)) continue;
    a.end = b.end; a.type = 'organization';
    out.splice(k, 1);
  }
}

/** A middle initial ("E.", "J."). */
const MIDDLE_INITIAL_RE = /^\p{Lu}\.$/u;
/**
 * "Bill de Blasio" tagged as "Bill" and "Blasio", "Charles E. Grassley" as "Charles" and "Grassley": a person
 * span, a lower-case name particle or a middle initial, and a capitalized span right after are one person's name.
 */
function joinParticleNames(doc: Doc, out: RawMention[]): void {
  for (let k = out.length - 1; k > 0; k--) {
    const a = out[k - 1]!, b = out[k]!;
    const particle = word(doc, a.end);
    // ("bin" and "ibn" join a person's names whatever the tagger typed the parts: "Osama" and "Laden" read as bodies)
    if (b.start !== a.end + 1 || b.end - b.start > 2 || !(a.type === 'person' || b.type === 'person' || ((particle === 'bin' || particle === 'ibn') && a.end - a.start === 1))) continue;
    // (the rest may be a surname and a suffix the tagger typed otherwise: "Chief Justice John" and "Roberts Jr.")
    const surname = b.end - b.start === 1 || (b.end - b.start === 2 && NAME_SUFFIXES.has(word(doc, b.end - 1).toLowerCase()));
    const initial = MIDDLE_INITIAL_RE.test(particle) && a.type === 'person' && a.end - a.start === 1 && (b.type === 'person' || surname);
    if (!(NAME_PARTICLES.has(particle) || initial) || !/^\p{Lu}/u.test(word(doc, b.start))) continue;
    a.end = b.end; a.type = 'person';
    out.splice(k, 1);
  }
  // a person's name never ends in a particle: the tagger cut it before the surname ("Alano De La" and "Rosa")
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    if (a.type !== 'person' || a.end - a.start < 2 || a.end >= doc.tokens.length || !NAME_PARTICLES.has(word(doc, a.end - 1).toLowerCase())) continue;
    const next = out[k + 1];
    if (next && next.start === a.end) { a.end = next.end; out.splice(k + 1, 1); continue; }
    if ((!next || next.start > a.end) && isNameWord(word(doc, a.end)) && !isRoleWord(word(doc, a.end))) a.end++;
  }
  // a given name, an initial, and a capitalized word the tagger left out ("Gonzalo" of "Gonzalo P. Curiel")
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!, next = out[k + 1];
    if (a.type !== 'person' || a.end - a.start !== 1 || a.end + 1 >= doc.tokens.length || (next && next.start <= a.end + 1)) continue;
    const w = word(doc, a.end + 1);
    // (a proper noun, not the next sentence's first word: "She met Anna K. Then she left")
    if (MIDDLE_INITIAL_RE.test(word(doc, a.end)) && isNameWord(w) && !isRoleWord(w) && doc.tokens[a.end + 1]!.pos?.startsWith('NNP')) a.end += 2;
  }
}

/** Function words inside a body's name ("Commission on Presidential Debates", "Citizenship and Immigration Services"). */
const ORG_NAME_LINKS = new Set(['of', 'for', 'on', 'and']);
/** Capitalized words that open a sentence or a phrase, not a name. */
const NOT_NAME_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my']);
const isNameWord = (w: string) => {
  const c = w.charCodeAt(0);
  // (ASCII first: most words are)
  if (c < 128 ? !(c >= 65 && c <= 90) : !/^\p{Lu}/u.test(w)) return false;
  return !NOT_NAME_OPENERS.has(w.toLowerCase());
};

/**
 * "Roper Center" and "Opinion Research" around "for Public", "Debates" after "Commission on Presidential": the
 * tagger cuts a body's name at its function words. A span grows back over capitalized words and the links
 * between them when a link follows an organization head ("Center for", "Commission on"), or is the "and" of a
 * name ending in one ("Citizenship and Immigration Services"); the spans it takes in go, and the whole is an
 * organization. `from`: the first span of the sentence in `out`.
 */
function joinOrganizationNames(doc: Doc, out: RawMention[], from: number, sentenceStart: number): void {
  for (let k = out.length - 1; k >= from; k--) {
    const b = out[k]!;
    const orgEnd = ORGANIZATION_HEADS.has(word(doc, b.end - 1).toLowerCase());
    let start = b.start, linked = false;
    for (;;) {
      const j = start - 1;
      if (j < sentenceStart) break;
      if (isNameWord(word(doc, j))) { start = j; continue; }
      // ("the U.S. Court of Appeals for the Sixth Circuit": "the" after the link, and a body's name before it)
      const l = word(doc, j) === 'the' && j - 1 > sentenceStart && ORG_NAME_LINKS.has(word(doc, j - 1)) && word(doc, j - 1) !== 'and' && bodyEndsAt(doc, out, from, k, j - 1) ? j - 1 : j;
      const link = word(doc, l);
      // (not two bodies named together: "the House and Senate", "Sage Therapeutics and Biogen": a head before "and" ends a
      // body's name)
      if (l - 1 >= sentenceStart && ORG_NAME_LINKS.has(link) && isNameWord(word(doc, l - 1))
          && ((link !== 'and' && (ORGANIZATION_HEADS.has(word(doc, l - 1).toLowerCase()) || l < j)) || (link === 'and' && orgEnd && !inMention(out, from, k, l - 1)))) {
        start = l - 1; linked = true;
        continue;
      }
      break;
    }
    if (!linked) continue;
    // the spans inside the grown one are parts of it
    let first = k;
    while (first - 1 >= from && out[first - 1]!.start >= start) first--;
    out.splice(first, k - first + 1, { start, end: b.end, type: 'organization', rule: `${MODEL_RULE}+org-join` });
    k = first;
  }
}

/** Whether one of out[from, k) is a body's name ending right before token `at` with a body's head in it ("U.S. Court of Appeals"). */
function bodyEndsAt(doc: Doc, out: RawMention[], from: number, k: number, at: number): boolean {
  for (let q = from; q < k; q++) {
    const m = out[q]!;
    if (m.end !== at || m.type !== 'organization') continue;
    for (let t = m.start; t < m.end; t++) if (ORGANIZATION_HEADS.has(word(doc, t).toLowerCase())) return true;
  }
  return false;
}

/** Heads of a government body named by its remit after "of" or "for" ("Ministry of Trade, Industry and Energy"). */
const OFFICE_HEADS = new Set(['ministry', 'department', 'office', 'agency', 'bureau', 'secretariat', 'directorate', 'commission', 'authority']);
/** Longest remit item read after an office's head, in words ("Science and Technology", "Human Services"). */
const MAX_REMIT_ITEM_WORDS = 3;

/**
 * The capitalized words of one remit item from token i ("Trade", "Foreign Affairs", "the Interior"), as the index
 * after it, or i when there is none. A body's own name, an acronym or a place is another thing named beside the
 * office ("the Department of Justice and FBI", "the Ministry of Defence and Britain's").
 */
function remitItemEnd(doc: Doc, i: number, end: number, after: boolean): number {
  let j = i;
  if (j < end && word(doc, j) === 'the' && !after) j++;
  const first = j;
  // (a remit's words are often title words, "Foreign", "Finance", "Justice"; a person's title is not one: "the Department
  // of State Spokesman John Kirby")
  while (j < end && j - first < MAX_REMIT_ITEM_WORDS && /^\p{Lu}\p{Ll}/u.test(word(doc, j)) && !PERSON_NOUNS.has(word(doc, j).toLowerCase())) j++;
  if (j === first || (j < end && isPossessive(word(doc, j)))) return i;
  if (after && (OFFICE_HEADS.has(word(doc, first).toLowerCase()) || OFFICE_HEADS.has(word(doc, j - 1).toLowerCase())
    || (getGazetteer().get(mentionKey(doc, first, j)) ?? []).some((l) => PLACE_LISTS.has(l)))) return i;
  return j;
}

/**
 * "Ministry of Trade, Industry and Energy (MOTIE)", "Ministry of Foreign Affairs": the tagger cuts a body named by its
 * remit at the commas and links of the list ("Trade, Industry" and "Energy"), or keeps only its last word. An office's
 * head with "of" or "for" and a list of capitalized items ("X", "X and Y", "X, Y and Z") is one organization; the spans
 * inside it go (a span that opens before the head and reaches into it gives its start: "U.S. Department of State").
 * A comma goes on with the list only when an "and" ends it ("the Ministry of Finance, Trade said" is no list).
 */
function joinOfficeNames(doc: Doc, out: RawMention[], from: number, sentenceStart: number, sentenceEnd: number): void {
  for (let h = sentenceStart; h + 2 < sentenceEnd; h++) {
    if (!OFFICE_HEADS.has(word(doc, h).toLowerCase()) || !/^\p{Lu}/u.test(word(doc, h)) || !/^(?:of|for)$/.test(word(doc, h + 1))) continue;
    let end = remitItemEnd(doc, h + 2, sentenceEnd, false);
    if (end === h + 2) continue;
    // further items: ", Y" while an "and Z" closes the list, or "and Z"
    for (let j = end; ;) {
      if (word(doc, j) === ',') { const e = remitItemEnd(doc, j + 1, sentenceEnd, true); if (e === j + 1) break; j = e; continue; }
      if (word(doc, j) === 'and' || word(doc, j) === '&') { const e = remitItemEnd(doc, j + 1, sentenceEnd, true); if (e > j + 1) end = e; }
      break;
    }
    let start = h;
    const inside = [];
    let rest: RawMention | null = null;
    for (let k = from; k < out.length; k++) {
      const m = out[k]!;
      if (m.end <= h || m.start >= end) continue;
      if (m.end > end) {
        // a span run on over an "and" to what the list refused is two things ("the Office of Management and Budget and
        // Ohio officials"); one running on otherwise is another reading of the sentence, left as it is
        if (!/^(?:and|&)$/.test(word(doc, end)) || end + 1 >= m.end) { inside.length = 0; start = -1; break; }
        const place = (getGazetteer().get(mentionKey(doc, end + 1, m.end)) ?? []).some((l) => PLACE_LISTS.has(l));
        rest = { start: end + 1, end: m.end, type: place ? 'place' : m.type, rule: `${m.rule}+office-split` };
      }
      if (m.start < h) start = m.start;
      inside.push(k);
    }
    // (a leading "The" the tagger took in is no part of the name, as elsewhere)
    while (start >= 0 && start < h && NOT_NAME_OPENERS.has(word(doc, start).toLowerCase())) start++;
    if (start < 0 || (inside.length === 1 && out[inside[0]!]!.start === start && out[inside[0]!]!.end === end)) { h = Math.max(h, end - 1); continue; }
    for (let x = inside.length - 1; x >= 0; x--) out.splice(inside[x]!, 1);
    let at = from;
    while (at < out.length && out[at]!.start < start) at++;
    out.splice(at, 0, { start, end, type: 'organization', rule: `${MODEL_RULE}+office-join` }, ...(rest ? [rest] : []));
    h = end - 1;
  }
}

/** Whether token `t` lies in one of out[from..to). */
function inMention(out: RawMention[], from: number, to: number, t: number): boolean {
  for (let x = from; x < to; x++) if (out[x]!.start <= t && t < out[x]!.end) return true;
  return false;
}

/** Words of a person's full name read out of a body's span by splitSurnamedTails: a given name or two and the surname. */
const MIN_FULL_NAME_WORDS = 2, MAX_FULL_NAME_WORDS = 3;

/**
 * "Chief of Army Staff General Asim Munir ... Munir said", "her advocate Dali Mpofu ... Mpofu adopted": the tagger typed
 * a person's full name a body's (with the titles it ran over), and the surname alone a person. A body's span ending in a
 * word the article names a person by alone is that person's full name: the words after its last title (the titles stay
 * a body's name when more than titles: "Army Staff"), or the whole span set after a lower-case noun (an apposed
 * description: "her advocate"). Not when another person's full name ends in that word, nor a body the lexicons know.
 */
function splitSurnamedTails(doc: Doc, out: RawMention[]): void {
  const lone = new Set<string>(), fuller = new Set<string>();
  for (const m of out) if (m.type === 'person') (m.end - m.start === 1 ? lone : fuller).add(word(doc, m.end - 1));
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.type === 'person' || m.end - m.start < MIN_FULL_NAME_WORDS) continue;
    const last = word(doc, m.end - 1);
    if (!lone.has(last) || fuller.has(last) || ORGANIZATION_HEADS.has(last.toLowerCase()) || MEDIA_NAME_HEADS.has(last)
      || knownOrganizations().has(mentionKey(doc, m.start, m.end))) continue;
    let nameStart = m.end - 1;
    while (nameStart > m.start && !isRoleWord(word(doc, nameStart - 1))) nameStart--;
    const name = wordsOf(doc, nameStart, m.end);
    if (name.length < MIN_FULL_NAME_WORDS || name.length > MAX_FULL_NAME_WORDS || !name.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || NAME_PARTICLES.has(w))) continue;
    if (nameStart === m.start) {
      const before = m.start > 0 ? doc.tokens[m.start - 1]! : null;
      // (the tagger reads such a noun as an adjective as often: "her advocate/JJ Dali Mpofu")
      if (!before || !/^\p{Ll}/u.test(word(doc, m.start - 1)) || !/^(?:NN|JJ)$/.test(before.pos ?? '')) continue;
      m.type = 'person';
      continue;
    }
    let bodyEnd = nameStart;
    while (bodyEnd > m.start && isRoleWord(word(doc, bodyEnd - 1))) bodyEnd--;
    const person: RawMention = { start: nameStart, end: m.end, type: 'person', rule: `${m.rule}+surname-split` };
    if (bodyEnd > m.start) { m.end = bodyEnd; out.splice(k + 1, 0, person); k++; }
    else out.splice(k, 1, person);
  }
}

/** Levels of government that open a local office's title ("City Councilman", "State Rep.", "County Executive"). */
const OFFICE_LEVEL_WORDS: ReadonlySet<string> = new Set(['city', 'state', 'county', 'town', 'village', 'borough', 'parish', 'township']);
/**
 * Where the name starts in a span of a level of government, titles and a name ("City Councilwoman Rosa Delgado"),
 * or -1: the title words run on to capitalized name words, two at least and none a title.
 */
function localOfficeHolderStart(doc: Doc, start: number, end: number): number {
  if (!OFFICE_LEVEL_WORDS.has(word(doc, start).toLowerCase()) || start + 1 >= end || !isRoleWord(word(doc, start + 1))) return -1;
  let at = start + 1;
  while (at < end && isRoleWord(word(doc, at))) at++;
  if (end - at < 2) return -1;
  for (let i = at; i < end; i++) if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(word(doc, i))) return -1;
  return at;
}

/** Titles of a body's officers ("Wells Fargo CEO John Stumpf"); modifiers that are also role words ("National", "Defense") are not among them. */
const OFFICER_TITLES = new Set(['ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chair', 'president', 'director', 'spokesman', 'spokeswoman',
  'spokesperson', 'founder', 'co-founder', 'secretary', 'minister', 'commissioner', 'leader', 'chief', 'head', 'economist', 'analyst']);

/** A span right after a split-off name start ("John" + "Stumpf") is the rest of the name. */
function joinSplitNames(out: RawMention[]): void {
  for (let k = out.length - 1; k > 0; k--) {
    const a = out[k - 1]!, b = out[k]!;
    // (the tagger, seeing the name cut, types its rest at random: "Stumpf" came out a place)
    if (a.rule.endsWith('+title-split') && a.type === 'person' && b.start === a.end) {
      a.end = b.end;
      out.splice(k, 1);
    }
  }
}

/** Share of capitalized longer words above which a sentence may be a title-case headline. */
const TITLE_CASE_SHARE = 0.8;
/** This many longer words, every one capitalized, with a capitalized function word: a headline even with a final period. */
const TITLE_CASE_ALL_CAPITALIZED_MIN = 5;
/** Words that only a title-case headline capitalizes in mid-sentence. */
const HEADLINE_FUNCTION_WORDS = new Set([
  'the', 'and', 'but', 'for', 'with', 'from', 'into', 'over', 'after', 'about', 'against', 'was', 'were', 'are', 'has', 'have', 'had',
  'will', 'says', 'said', 'not', 'his', 'her', 'their', 'this', 'that', 'than', 'its', 'who', 'what', 'why', 'how', 'could', 'would',
  'should', 'may', 'can', 'be', 'is', 'to', 'of', 'in', 'on', 'at', 'by', 'as', 'or', 'an', 'a', 'it', 'he', 'she', 'they', 'we',
]);

/** w[k] !== w[k].toLowerCase(), without a string per test for ASCII (this runs on every word of every sentence). */
function changesInLowerCase(w: string, k: number): boolean {
  const c = w.charCodeAt(k);
  return c < 128 ? c >= 65 && c <= 90 : w[k] !== w[k]!.toLowerCase();
}
/** w[k] !== w[k].toUpperCase(), likewise. */
function changesInUpperCase(w: string, k: number): boolean {
  const c = w.charCodeAt(k);
  return c < 128 ? c >= 97 && c <= 122 : w[k] !== w[k]!.toUpperCase();
}

/** "Hillary Clinton Was Headed to ER But Diverted": capitalized function words (two if the line ends with a period), hardly any lower-case words. */
export function isTitleCase(words: readonly string[]): boolean {
  let long = 0, capitalized = 0, capitalizedFunction = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const upper = changesInLowerCase(w, 0); // starts with a capital letter
    if (upper && w.length > 1 && w.length <= 7 && !changesInLowerCase(w, 1) && HEADLINE_FUNCTION_WORDS.has(w.toLowerCase())) capitalizedFunction++;
    if (w.length < 4 || (!upper && !changesInUpperCase(w, 0))) continue; // short, or not a word
    long++;
    if (upper) capitalized++;
    else if (long - capitalized > long * (1 - TITLE_CASE_SHARE) + 1) return false; // too many lower-case words already
  }
  const needed = words[words.length - 1] === '.' ? 2 : 1;
  if (long >= TITLE_CASE_ALL_CAPITALIZED_MIN && capitalized === long && capitalizedFunction >= 1) return true;
  return long >= 3 && capitalized / long >= TITLE_CASE_SHARE && capitalizedFunction >= needed;
}

/** A body's description set before a name, up to its comma ("The group that owns most of her music,", "The label,"). */
const BODY_DESCRIPTION_RE = new RegExp(String.raw`^(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${[...ORGANIZATION_NOUNS, 'label', 'studio', 'publisher'].join('|')})(?:\s+(?:that|which)\s[^,]*)?\s*,\s*$`, 'iu');
/** A verb in the plural right after a subject. */
const PLURAL_VERBS = new Set(['have', 'are', 'were']);
/**
 * A name the sentence shows is a body's: set after a body's description ("The group that owns most of her music,
 * Big Machine, says"), or opening the sentence with a verb in the plural ("Big Machine have twice denied": British
 * style for bodies; one person is never "have").
 */
function namedAsBody(doc: Doc, m: RawMention): boolean {
  const s = doc.sentences[doc.sentenceAt(doc.tokens[m.start]!.start)];
  if (!s) return false;
  // (not a name opening with a given name: "Lena Ford have" is a typing slip)
  if (m.start === s.tokenStart && m.end < s.tokenEnd && PLURAL_VERBS.has(word(doc, m.end)) && !/s$/.test(word(doc, m.end - 1)) && !isGivenName(word(doc, m.start))) return true;
  return m.start > s.tokenStart && word(doc, m.start - 1) === ',' && BODY_DESCRIPTION_RE.test(doc.matchText.slice(s.start, doc.tokens[m.start]!.start));
}

function fixTypes(doc: Doc, mentions: RawMention[]): void {
  const orgs = knownOrganizations();
  const at = new Map(mentions.map((m) => [m.end, m]));
  const g = getGazetteer();
  for (const m of mentions) {
    const key = mentionKey(doc, m.start, m.end);
    if (orgs.has(key)) { m.type = 'organization'; continue; }
    if (m.type === 'person' && namedAsBody(doc, m)) { m.type = 'organization'; m.typedInContext = true; continue; }
    // "Athena Advisers", "Capital Economics": a name ending in a body's word, opening with no given name, is a body
    if (m.type === 'person' && m.end - m.start >= 2 && ORGANIZATION_HEADS.has(word(doc, m.end - 1).toLowerCase()) && !isGivenName(word(doc, m.start))) { m.type = 'organization'; continue; }
    // "Vietnam Geo": a name opening with a country's, and with no given name, is a body's (a country is no surname, and
    // "Jordan Peterson" opens with a given name)
    if (m.type === 'person' && m.end - m.start >= 2 && !isGivenName(word(doc, m.start)) && (g.get(mentionKey(doc, m.start, m.start + 1)) ?? []).includes('country')
      && !wordsOf(doc, m.start + 1, m.end).some((w) => isGivenName(w))) { m.type = 'organization'; continue; }
    // "Edmunds.com": a web address is a site's (an organization's) name
    if (m.type === 'person' && /\.(?:com|org|net|co\.uk|io)$/i.test(word(doc, m.end - 1))) { m.type = 'organization'; continue; }
    // "Dallas Morning News", "Daily Mail": a name ending in an outlet's word, opening with no given name, is an outlet
    if (m.type === 'person' && m.end - m.start >= 2 && MEDIA_NAME_HEADS.has(word(doc, m.end - 1)) && !isGivenName(word(doc, m.start))) { m.type = 'organization'; continue; }
    // "Ms Bowles" (an honorific without its period, as British papers write it) is a person
    // (the honorific is no part of the name, as for the mentions typed a person at once)
    if (m.type !== 'person' && m.end - m.start >= 2 && /^(?:mr|mrs|ms|dr)\.?$/i.test(word(doc, m.start))) { m.type = 'person'; m.start++; continue; }
    // "CNN's Wolf Blitzer": a two- or three-word name owned by an organization is one of its people
    if (m.type !== 'person' && m.end - m.start >= 2 && m.end - m.start <= 3 && m.start >= 2 && isPossessive(word(doc, m.start - 1))) {
      const owner = at.get(m.start - 1);
      if (owner && owner.type === 'organization' && !(g.get(key) ?? []).some((l) => PLACE_LISTS.has(l))) m.type = 'person';
    }
  }
}
