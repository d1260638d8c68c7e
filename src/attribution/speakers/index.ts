import type { Doc } from '../../doc/doc.js';
import type { Entity, Quote, Span, Speaker, SpeakerKind } from '../../doc/types.js';
import { entityAt } from '../../entities/index.js';
import { CLUB_NAME_WORDS, GOVERNMENT_NOUNS, ORGANIZATION_HEADS, TRADE_AND_PLACE_BODY_NOUNS } from '../../lexicon/organizations-generic.js';
import { isGovernmentPlace, isNationalityPhrase, isPlaceName } from '../../lexicon/gazetteer.js';
import { isKnownOrganization } from '../../lexicon/organizations.js';
import { NAME_SUFFIXES, isGivenName } from '../../lexicon/given-names.js';
import { OUTLET_DESCRIPTORS, networkStation, outletOfSection } from '../../lexicon/media.js';
import { DOCUMENT_NOUNS, PERSON_NOUNS, ROLE_WORDS } from '../../lexicon/speaker-kinds.js';
import { PASSIVE_TELLING, QUESTION_PUT_CUE } from '../../lexicon/reporting.js';
import type { Gender, GrammaticalNumber } from '../../lexicon/speaker-kinds.js';
import { ListDerived, SpanOwners, firstAtLeast } from '../../doc/span-index.js';
import { quotedRegions } from '../scare-quotes.js';
import { NONRESTRICTIVE_RELATIVE, agentNoun, analyzeMention, conjoinedPersons, mentionReading, type MentionInfo } from './mention.js';
import { findNameMentions } from './names.js';
import { groupPhrases } from './groups.js';
import { POST_SIGNOFF_RULE, postSigner } from '../finders/signoff.js';
import { findRelay } from './relay.js';
import { outerPhrase, relativeAntecedent } from './relative.js';
import { documentAuthor, letterSigner } from './author.js';
import { Discourse, MAX_PRONOUN_DISTANCE, NAME_CACHE_MAX, WHITE_SPACE_RE, givenNamesOnly, joinNames, lastMentionBefore, lastToken, lowerName, toSpeaker, wordCount, type Mention, type Referent } from './discourse.js';
import { holdsOffice, officeConflict, partyConflict, roleHeads } from './offices.js';
import { interviewAnswers, interviewLabels, lastOtherSpeaker, writerAsked } from './interview.js';
import { bylineSurnames, describedThenNamed, fullNamesLater, openingPronounNamedLater } from './after-reading.js';
import { rankerWeights, scoreCandidate, type PronounFeatures, type RankerWeights } from './ranker.js';

export { analyzeMention, type MentionInfo } from './mention.js';
export { findRelay, type Relay } from './relay.js';
export { HAND_WEIGHTS, RANKER_FORMAT, RANKER_MODEL_FILE, type PronounFeatures, type RankerWeights } from './ranker.js';

/**
 * Speaker resolution: fills `quote.speaker` {name, kind, entity?} and
 * `quote.via` for each attribution from its source mention.
 *
 * A small discourse model walks the article in order. Referents (people,
 * organizations, outlets, anonymous sources, documents) come from the named
 * entities (or, without them, a light proper-name scan) and from the sources
 * themselves. Each source mention is read (./mention.ts) and then:
 * - a name links to the referent of the same name or surname ("Connolly" ->
 *   "Gerry Connolly"), or to the named entity covering it;
 * - a pronoun goes to the best-ranked earlier referent that agrees in gender
 *   and number: recency (sentences back), salience (has spoken, most recent
 *   speaker, mentioned often), minus mentions inside quotations and relays,
 *   weighed by the ranker of ./ranker.ts (weights learned on PolNeAR train);
 *   a name inside another phrase ("with Epstein", "Kaufman's cameo") yields to
 *   its sentence's subject, a newcomer opening the sentence before takes an
 *   opening "he", "they" also finds groups named by a plural noun
 *   (./groups.ts), and the "it" of "It is expected that" is no one;
 * - a definite nominal ("the official") goes to the latest referent whose
 *   description or roles hold its head noun, kind kept (anonymous stays
 *   anonymous); unresolved, it keeps its own description;
 * - "I"/"we" inside a quotation are the quotation's speaker;
 * - several people named together ("Mr. Grassley and Mr. Leahy") are each
 *   resolved, and speak as one plural referent named for all of them;
 * - a definite role description right after a named person ("... The
 *   Republican nominee said") is that person, unless party or office differ;
 * - a transcript's speaker label in capitals ("WALLACE:") is a name.
 * A quote with no source mention takes the speaker of another quote of the
 * same sentence ("..., further adding that ..."), or continues the quotation
 * before it (an answer, in an interview: ./interview.ts). Once the article is
 * read (./after-reading.ts), what the text says later names what it said
 * before: a speaker known by surname takes the full name given later ("De
 * Blasio" in the first line, "Bill de Blasio" below), an opening "she" the
 * person named next, a lead's "a federal judge" the judge named below.
 * The referents and their indexes are ./discourse.ts; offices and parties
 * compared with descriptions, ./offices.ts.
 * Measured by `npm run eval -- speakers` (hand-labelled PolNeAR dev sources).
 */

const RULE = 'speakers';
/** A role description ("the Republican nominee") takes the person named at most this many sentences before it ... */
const VARIED_NAME_MAX_SENTENCES = 2;
/** ... and with a place in it ("The New York businessman"), the sentence right before. */
const VARIED_NAME_WITH_PLACE_MAX_SENTENCES = 1;
/** A quotation with no cue continues the previous speaker's quotation when it starts within this many sentences of it. */
const CONTINUATION_MAX_SENTENCES = 1;
/** Sentences back from which a candidate counts as far. */
const FAR_DISTANCE = 4;
/** Pronoun-gender counts needed to fix a name's gender from the text around it. */
const GENDER_EVIDENCE_MIN = 1;
/** He/she pronouns after an "organization" with a person's name needed to take it for a person. */
const PERSON_EVIDENCE_MIN = 2;
/** Heads of descriptions of someone's part in the story, not of an office or a role that varies a name. */
const SITUATION_HEADS = new Set(['patient', 'suspect', 'victim', 'defendant', 'plaintiff', 'accuser', 'witness', 'passenger', 'customer', 'user',
  'driver', 'survivor', 'man', 'woman', 'boy', 'girl', 'child', 'person']);
/**
 * Heads of someone's part in a proceeding the story reports ("The prosecutor said", "the arresting officer"): another
 * person than the one just named (the defendant, the accused), unless that person was described so before.
 */
const PROCEEDING_HEADS = new Set(['prosecutor', 'judge', 'magistrate', 'juror', 'coroner', 'detective', 'investigator', 'officer', 'lawyer',
  'attorney', 'barrister', 'solicitor', 'counsel', 'inspector', 'constable', 'sheriff', 'deputy', 'referee', 'umpire']);
/** Heads of nominals that stay anonymous when nothing earlier names them ("the official", "the source"). */
const ANONYMOUS_HEADS = new Set(['official', 'officials', 'source', 'sources', 'aide', 'aides', 'person', 'people', 'diplomat', 'diplomats',
  'insider', 'insiders', 'staffer', 'staffers', 'adviser', 'advisers', 'advisor', 'employee', 'employees', 'engineer', 'officer', 'officers',
  // a relative the article never names ("her daughter", "his attorney" stays a person only when someone earlier is one)
  'daughter', 'son', 'wife', 'husband', 'mother', 'father', 'mom', 'mum', 'dad', 'brother', 'sister', 'child', 'cousin', 'niece', 'nephew', 'family', 'relatives',
  'aunt', 'uncle', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'girlfriend', 'boyfriend', 'fiancee', 'fiancée', 'fiance', 'fiancé', 'spouse',
  // someone who speaks beside the people the text is about ("the moderator" is not the candidate named before)
  'announcer', 'narrator', 'moderator', 'respondent']);

function kindOfEntity(doc: Doc, e: Entity, info: MentionInfo | null): SpeakerKind {
  // ("BBC Sport", "CNN Politics": an outlet's section is the outlet's, not a club or a company)
  if (info?.kind !== 'media' && (namedAsOutlet(doc, e) || outletOfSection(e.name))) return 'media';
  // (a person's type the recognizer gave a name no given name opens gives way to a body's reading: "a spokesman for Acme")
  if (info && (info.kind === 'media' || info.kind === 'organization') && (e.type !== 'person' || (info.form === 'organization' && !isGivenName(e.name.split(' ')[0]!)))) return info.kind;
  if (e.type === 'person') return 'person';
  if (e.type === 'organization') return 'organization';
  // a country or capital that speaks is its government ("Moscow denied"); a region or a town does not speak
  // ("Amazon is offering": a name the lexicon knows as a company speaks as one, whatever the recognizer typed)
  if (e.type === 'place') return isGovernmentPlace(e.name) || isKnownOrganization(e.name) ? 'organization' : 'unknown';
  return info?.kind ?? 'unknown';
}

/** An outlet's noun right before a name ("newspaper Dagens Nyheter", "broadcaster RTL"). */
const OUTLET_NOUN_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${OUTLET_DESCRIPTORS.join('|')})\s+(?:the\s+)?$`, 'iu');
/** How far before a mention the outlet noun is looked for, in characters. */
const OUTLET_NOUN_WINDOW = 24;
/** Whether the text calls the entity an outlet: a mention right after "newspaper", "broadcaster", ... */
function namedAsOutlet(doc: Doc, e: Entity): boolean {
  // (a country is no outlet: "a network Russia has financed")
  if (e.type === 'place') return false;
  return e.mentions.some((m) => OUTLET_NOUN_BEFORE_RE.test(doc.matchText.slice(Math.max(0, m.start - OUTLET_NOUN_WINDOW), m.start)));
}

/** Whether a span lies inside the statement's own words (its content's extent). */
/** A sentence opened by a participle of asking, up to the pronoun that answers: "Asked whether he would ..., he said". */
const ASKED_CLAUSE = /^\s*(?:when\s+)?(?:asked|pressed|questioned|quizzed|challenged)\b[^.!?]*,\s*$/i;
function inStatement(q: Quote, x: Span): boolean {
  return q.content.start <= x.start && x.end <= q.content.end;
}

/** Whether `at` lies inside quotation marks opened after `from` (a title in a mention: The NCRB's "Crime in India 2023" report). */
function insideQuotedTitle(doc: Doc, from: number, at: number): boolean {
  let marks = 0;
  for (let i = doc.matchText.indexOf('"', from); i >= 0 && i < at; i = doc.matchText.indexOf('"', i + 1)) marks++;
  return marks % 2 === 1;
}

/** The entity with a mention inside `span`, preferring the one covering `prefer` (the name). */
function entityIn(doc: Doc, span: Span, prefer?: Span): Entity | undefined {
  return entityMentionIn(doc, span, prefer)?.entity;
}
/** entityIn's choice with the mention that made it. */
function entityMentionIn(doc: Doc, span: Span, prefer?: Span): EntityMention | undefined {
  const { mentions, starts } = entityMentions(doc);
  let best = -1; let bestScore = 0;
  // mentions inside the span start in it; of equal scores the first in entity order wins
  for (let k = firstAtLeast(starts, span.start); k < mentions.length && starts[k]! < span.end; k++) {
    const { entity: e, start, end, order } = mentions[k]!;
    if (end > span.end || insideQuotedTitle(doc, span.start, start)) continue;
    let score = end - start;
    if (prefer && start < prefer.end && prefer.start < end) score += 1000;
    if (e.type === 'person') score += 10;
    if (score > bestScore || (score === bestScore && best >= 0 && order < mentions[best]!.order)) { best = k; bestScore = score; }
  }
  return best >= 0 ? mentions[best] : undefined;
}

/**
 * "Clinton aides", "a Trump aide", "the Clinton campaign", "many in Gaza": a
 * name in an anonymous or organization mention whose head noun lies outside
 * the name. The aides, the campaign, the people speak, not the one named: the
 * mention is not the entity's. (A document keeps its owner, "a CNN tally" is
 * CNN's; a mention read as none of these has no reliable head.)
 */
function nameModifiesHead(doc: Doc, info: MentionInfo, src: Span, at: EntityMention): boolean {
  const head = info.head;
  if (!head || !(info.form === 'anonymous' || info.form === 'organization')) return false;
  const lower = doc.matchText.slice(src.start, src.end).toLowerCase(), from = at.start - src.start, to = at.end - src.start;
  for (const w of lower.matchAll(/\p{L}+/gu)) if (w[0] === head && (w.index! + w[0].length <= from || w.index! >= to)) return true;
  return false;
}

/** A doc's entities by lower-case name (the first of a name). */
const entityNameIndex = new ListDerived<Doc, Entity, Map<string, Entity>>((entities) => {
  const byName = new Map<string, Entity>();
  for (const e of entities) { const k = e.name.toLowerCase(); if (!byName.has(k)) byName.set(k, e); }
  return byName;
});
const entitiesByName = (doc: Doc) => entityNameIndex.get(doc, doc.entities);

interface EntityMention { entity: Entity; start: number; end: number; order: number }
/** Every entity mention of a doc by start, with its rank in entity order. */
const entityMentionIndex = new ListDerived<Doc, Entity, { mentions: EntityMention[]; starts: number[] }>((entities) => {
  const mentions: EntityMention[] = [];
  for (const entity of entities) for (const m of entity.mentions) mentions.push({ entity, start: m.start, end: m.end, order: mentions.length });
  mentions.sort((a, b) => a.start - b.start || a.order - b.order);
  return { mentions, starts: mentions.map((m) => m.start) };
});
const entityMentions = (doc: Doc) => entityMentionIndex.get(doc, doc.entities);

/** inferGender's last answer per referent and the mention count it read (a referent left "unknown" is asked again at each pronoun: read anew only when it gained a mention). */
const genderRead = new WeakMap<Referent, { mentions: number; gender: Gender }>();

/** Genders of person referents read from the pronouns right after their mentions (personStarts: ascending). */
function inferGender(doc: Doc, ref: Referent, personStarts: number[]): Gender {
  const known = genderRead.get(ref);
  if (known && known.mentions === ref.mentions.length) return known.gender;
  const gender = readGender(doc, ref, personStarts);
  genderRead.set(ref, { mentions: ref.mentions.length, gender });
  return gender;
}
function readGender(doc: Doc, ref: Referent, personStarts: number[]): Gender {
  let male = 0, female = 0;
  for (const m of ref.mentions) {
    if (m.inQuote) continue;
    const after = firstAtLeast(personStarts, m.end + 1);
    const nextPerson = after < personStarts.length ? personStarts[after]! : doc.text.length;
    const si = doc.sentenceAt(m.start);
    const limit = Math.min(nextPerson, si >= 0 && doc.sentences[si + 1] ? doc.sentences[si + 1]!.end : doc.text.length);
    const window = doc.matchText.slice(m.end, limit).toLowerCase();
    male += (window.match(/\b(?:he|his|him|himself)\b/g) ?? []).length;
    female += (window.match(/\b(?:she|her|hers|herself)\b/g) ?? []).length;
  }
  if (male >= GENDER_EVIDENCE_MIN && male > 2 * female) return 'male';
  if (female >= GENDER_EVIDENCE_MIN && female > 2 * male) return 'female';
  return 'unknown';
}

/** The pronouns after a mention are counted to the end of the next sentence, but no further than this many characters (two news sentences are far shorter; an unsplit text is not read whole for each mention). */
const PRONOUN_WINDOW_MAX_CHARS = 4000;
/** Pronouns in the rest of the sentence and the next one after each mention: does the text treat it as a he, a she or an it? */
function pronounEvidence(doc: Doc, spans: readonly Span[], people: { starts: readonly number[]; ends: readonly number[] } = { starts: [], ends: [] }): { male: number; female: number; neuter: number } {
  let male = 0, female = 0, neuter = 0;
  for (const m of spans) {
    const si = doc.sentenceAt(m.start);
    const limit = Math.min(si >= 0 && doc.sentences[si + 1] ? doc.sentences[si + 1]!.end : doc.text.length, m.end + PRONOUN_WINDOW_MAX_CHARS);
    const window = doc.matchText.slice(m.end, limit).toLowerCase();
    // (a he or she with a person named shortly before it is that person's: "Big Machine, says she will be allowed
    // to play" in an article about Taylor Swift; the people's mention starts are sorted, only those within reach are read)
    const explained = (at: number) => {
      for (let k = firstAtLeast(people.starts, at) - 1; k >= 0 && at - people.starts[k]! <= OTHER_PERSON_REACH; k--) {
        if (people.ends[k]! <= m.start || people.starts[k]! >= m.end) return true;
      }
      return false;
    };
    for (const x of window.matchAll(/\b(?:(he|his|him|himself)|(she|her|hers|herself)|(it|its|itself))\b/g)) {
      if (x[3]) { neuter++; continue; }
      if (explained(m.end + x.index!)) continue;
      if (x[1]) male++; else female++;
    }
  }
  return { male, female, neuter };
}
/** How far before a he or she a person named explains it (in characters: about three sentences). */
const OTHER_PERSON_REACH = 400;

function agrees(ref: Referent, info: MentionInfo): boolean {
  const p = info.pronoun!;
  if (p.gender === 'male' || p.gender === 'female') {
    if (ref.kind !== 'person' && ref.kind !== 'anonymous') return false;
    if (ref.number === 'plural') return false;
    return ref.gender === 'unknown' || ref.gender === p.gender;
  }
  // (or a name that reads as no person's and no role, of a kind not known: "Pixelworks unveiled a chip that it says ...")
  if (p.gender === 'neuter') return ref.kind === 'organization' || ref.kind === 'media' || ref.kind === 'document' || (ref.kind === 'unknown' && unknownBodyName(ref.name));
  if (p.number === 'plural') return ref.number === 'plural' || ref.kind === 'organization' || ref.kind === 'media';
  return true;
}

/**
 * "The FBI director" is no one the article has not tied to the FBI: a body's letters in a description of a role, which
 * the person's name and roles do not hold (Donald Trump, named just before, is not "The FBI director").
 */
function bodyConflict(description: string, r: Referent): boolean {
  const letters = description.match(/\b\p{Lu}{2,}\b/gu)?.filter((w) => w !== 'GOP' && w !== 'US' && w !== 'UK' && w !== 'UN' && w !== 'EU');
  return !!letters?.length && letters.some((w) => !r.heads.has(w.toLowerCase()) && !r.name.includes(w));
}

/** A name in capitals no lexicon places ("Pixelworks"): every word capitalized, not a given name first, a role or a person's noun. */
function unknownBodyName(name: string): boolean {
  const words = name.split(/\s+/), first = words[0]!;
  return words.every((w) => /^\p{Lu}[\p{L}\p{N}&.'’-]*$/u.test(w)) && !isGivenName(first) && !ROLE_WORDS.has(first.toLowerCase()) && !PERSON_NOUNS.has(first.toLowerCase())
    && !PERSON_NOUNS.has(first.toLowerCase().replace(/s$/, ''));
}

/** A recognized person name that reads as one: a name, not a headline run ("Elizabeth Warren Hammers Wells Fargo CEO"). */
const MAX_PERSON_NAME_WORDS = 4;
function plausiblePersonName(name: string, info: MentionInfo): boolean {
  return info.form === 'name' && !/^(?:a|an|the)\s/i.test(name) && name.split(/\s+/).length <= MAX_PERSON_NAME_WORDS;
}

/** A source's text as matched (quotes folded), with its em dashes kept: they separate phrases ("Graham\u2014who"). */
function mentionText(doc: Doc, src: Span): string {
  const folded = doc.matchText.slice(src.start, src.end);
  const raw = doc.text.slice(src.start, src.end);
  if (!raw.includes('\u2014')) return folded;
  let out = '';
  for (let i = 0; i < folded.length; i++) out += raw[i] === '\u2014' ? '\u2014' : folded[i];
  return out;
}

/**
 * "WALLACE: ..." opening a paragraph of a transcript: a speaker label in capitals is a name, not an
 * acronym ("PENCE" is Mike Pence, not an organization). Returns the label in title case, else null.
 */
function transcriptLabelName(doc: Doc, src: Span): string | null {
  const text = doc.matchText.slice(src.start, src.end);
  if (!/^\p{Lu}[\p{Lu}'.-]+(?:\s+\p{Lu}[\p{Lu}'.-]+){0,3}$/u.test(text) || !/\p{Lu}{3}/u.test(text)) return null;
  let after = src.end;
  while (after < doc.text.length && doc.text[after] === ' ') after++;
  if (doc.text[after] !== ':') return null;
  let before = src.start;
  // (a transcript quoted whole opens its paragraphs with a quotation mark: '"WALLACE: ...')
  while (before > 0 && ' \t"\u201c'.includes(doc.text[before - 1]!)) before--;
  if (before > 0 && doc.text[before - 1] !== '\n') return null;
  return text.toLowerCase().replace(/(^|[\s'-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** Characters before a mention where a place tells where a person holds office ("Ohio Gov. John Kasich"). */
const PLACE_NEAR_MENTION = 30;
/** Whether `place` (lower case) is in the text right before a name, with no comma, "and" or other name between. */
function placeBefore(before: string, place: string): boolean {
  const at = before.toLowerCase().lastIndexOf(place);
  if (at < 0) return false;
  const between = before.slice(at + place.length);
  return !/[,;]|\band\b/.test(between) && !/\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(between);
}
/**
 * Whether a place other than `places` (lower case) is written with a mention: a place name among the capitalized
 * words right before it ("Texas Sen. Ted Cruz") or in a party label after it ("Ted Cruz (R-Texas)").
 */
function otherPlaceNear(text: string, x: Span, places: string[]): boolean {
  const before = text.slice(Math.max(0, x.start - PLACE_NEAR_MENTION), x.start);
  const run = /((?:\p{Lu}[\p{L}.]*\s+)+)$/u.exec(before)?.[1] ?? '';
  const words = run.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (const n of [2, 1]) {
      const name = words.slice(i, i + n).join(' ');
      if (i + n <= words.length && isPlaceName(name) && !places.includes(name.toLowerCase())) return true;
    }
  }
  const label = /^\s*\(\s*[RDI]\s*-\s*(\p{Lu}[\p{Ll}]+(?:\s\p{Lu}[\p{Ll}]+)?)\s*\)/u.exec(text.slice(x.end, x.end + 24));
  return !!label && isPlaceName(label[1]!) && !places.includes(label[1]!.toLowerCase());
}

/** The words of an entity's roles as nominal heads, titles in full ("New Jersey Gov." -> new, jersey, governor). */
/** Place names modifying a description ("the Florida senator" -> ["florida"]), lower case. */
function placeModifiers(description: string): string[] {
  const out: string[] = [];
  for (const w of description.split(/\s+/).slice(1)) if (/^\p{Lu}/u.test(w) && isPlaceName(w)) out.push(w.toLowerCase());
  return out;
}

/** An entity typed as a non-person that the mention shows is a person ("Mr. Rubio" as an organization). */
function mistypedEntity(e: Entity, info: MentionInfo): boolean {
  return e.type !== 'person' && info.form === 'name' && info.kind === 'person' && (info.gender !== 'unknown' || info.roles.length > 0);
}

/** Two full names with the same surname and different first names ("Ivanka Trump", "Donald Trump"). */
function conflictingFullNames(a: string, b: string): boolean {
  // (one word splits into one part: no conflict, and no lower-casing or splitting)
  if (!WHITE_SPACE_RE.test(a) || !WHITE_SPACE_RE.test(b)) return false;
  const x = a.toLowerCase().split(/\s+/), y = b.toLowerCase().split(/\s+/);
  return x.length >= 2 && y.length >= 2 && x[0] !== y[0] && !x[0]!.endsWith('.') && !y[0]!.endsWith('.');
}
/** Quotation marks left in a recognized name ('Robert "Bobby" Scott' cut as 'Bobby" Scott'). */
const cleanName = (name: string) => {
  // (by name: an entity's name is cleaned for each of its uses, the answer depends on the name alone)
  let clean = CLEAN_NAMES.get(name);
  if (clean !== undefined) return clean;
  const plain = name.replace(/["\u201c\u201d]/g, '').replace(/\s+/g, ' ').trim();
  // a role left in a recognized name ("Rival Hillary Clinton") is stripped like in a source mention
  const info = mentionReading(plain);
  clean = info.form === 'name' && info.name !== plain && plain.endsWith(info.name) ? info.name : plain;
  if (CLEAN_NAMES.size >= NAME_CACHE_MAX) CLEAN_NAMES.clear();
  CLEAN_NAMES.set(name, clean);
  return clean;
};
const CLEAN_NAMES = new Map<string, string>();

export interface ResolveOptions {
  /** Weights of the pronoun ranker (default: the shipped model, else the hand weights). */
  weights?: RankerWeights;
  /** Called at each pronoun source with its scored candidates (training collects them). */
  onPronoun?: (event: { quote: Quote; pronoun: string; candidates: Array<{ name: string; kind: SpeakerKind; features: PronounFeatures }> }) => void;
}

export function resolveSpeakers(doc: Doc, quotes: Quote[], opts: ResolveOptions = {}): void {
  // ordinal of each content sentence among content sentences, by sentence index
  const sentOrdinal = new Map<number, number>();
  let ordinal = 0;
  doc.sentences.forEach((s, i) => { if (!doc.inBoilerplate(s)) sentOrdinal.set(i, ordinal++); });
  const regions = quotedRegions(doc).map((r) => r.inner);
  // (a split quotation's parts: the frame between them, "Reitzes said", is outside the quotation)
  for (const q of quotes) if (q.kind === 'direct') regions.push(...(q.parts ?? [q.content]));
  const dis = new Discourse(doc, regions, sentOrdinal);

  // candidate mentions known before any source: named entities, else a light proper-name scan
  type Pending = { span: Span; name: string; kind: SpeakerKind; gender: Gender; number: GrammaticalNumber; entity?: string; heads: string[] };
  const pending: Pending[] = [];
  if (doc.entities.length) {
    // (the mentions of the people the entities name, who explain a he or she near another name: gathered on first use)
    let people: { starts: number[]; ends: number[] } | null = null;
    const peopleMentions = () => {
      if (people) return people;
      const spans = doc.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
      return (people = { starts: spans.map((x) => x.start), ends: spans.map((x) => x.end) });
    };
    for (const e of doc.entities) {
      if (e.type === 'other') continue;
      const nameInfo = mentionReading(e.name);
      // an "organization" with a person's name that the text calls he or she ("DuVernay ... she said") is a person
      if (e.type === 'organization' && nameInfo.form === 'name' && nameInfo.kind === 'person' && plausiblePersonName(e.name, nameInfo)) {
        const ev = pronounEvidence(doc, e.mentions, peopleMentions());
        if (ev.male + ev.female >= PERSON_EVIDENCE_MIN && ev.male + ev.female > 2 * ev.neuter) {
          dis.personEntities.add(e.id);
          const gender: Gender = ev.male > 2 * ev.female ? 'male' : ev.female > 2 * ev.male ? 'female' : nameInfo.gender;
          for (const m of e.mentions) if (!doc.inBoilerplate(m)) pending.push({ span: m, name: nameInfo.name, kind: 'person', gender, number: 'singular', heads: nameInfo.roles });
          continue;
        }
      }
      // "Mr. Rubio" recognized as an organization: a person, named without the title, and not that entity
      if (mistypedEntity(e, nameInfo)) {
        for (const m of e.mentions) if (!doc.inBoilerplate(m)) pending.push({ span: m, name: nameInfo.name, kind: 'person', gender: nameInfo.gender, number: 'singular', heads: nameInfo.roles });
        continue;
      }
      // a "person" that reads as no name ("An Ambitious") is recognizer noise: not a candidate
      if (e.type === 'person' && !plausiblePersonName(e.name, nameInfo)) continue;
      const kind = kindOfEntity(doc, e, nameInfo);
      const heads = roleHeads(e.roles);
      const entityName = cleanName(e.name);
      for (const m of e.mentions) {
        if (doc.inBoilerplate(m)) continue;
        // gender: the name's given name, else an honorific right before the mention ("Mrs. Clinton")
        let gender: Gender = kind === 'person' ? nameInfo.gender : 'neuter';
        let split: string | undefined;
        if (kind === 'person') {
          const hon = /\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+$/.exec(doc.matchText.slice(Math.max(0, m.start - 8), m.start));
          if (hon) {
            const withHon = mentionReading(`${hon[1]}. ${doc.matchText.slice(m.start, m.end)}`);
            gender = withHon.gender;
            // "Mrs. Clinton" in a cluster named "Bill Clinton": the recognizer joined two people
            if (nameInfo.gender !== 'unknown' && gender !== nameInfo.gender) split = withHon.name;
          }
        }
        if (split) { pending.push({ span: m, name: split, kind, gender, number: 'singular', heads: [] }); continue; }
        const own = doc.text.slice(m.start, m.end);
        if (kind === 'person' && conflictingFullNames(own, e.name)) {
          pending.push({ span: m, name: cleanName(own), kind, gender: mentionReading(own).gender, number: 'singular', heads: [] });
          continue;
        }
        pending.push({ span: m, name: entityName, kind, gender, number: kind === 'person' ? 'singular' : 'unknown', entity: e.id, heads });
      }
    }
  }
  // the proper-name scan fills in what the recognizer missed (all of it when there are no entities)
  // characters inside a pending mention (a scanned name overlapping one is already covered)
  const covered = new Uint8Array(doc.text.length + 1);
  for (const p of pending) covered.fill(1, p.span.start, p.span.end);
  const overlapsCovered = (span: Span) => { for (let k = span.start; k < span.end; k++) if (covered[k]) return true; return false; };
  for (const n of findNameMentions(doc, covered)) {
    if (overlapsCovered(n.span)) continue;
    pending.push({ span: n.span, name: n.name, kind: n.kind, gender: n.gender, number: n.kind === 'person' ? 'singular' : 'unknown', heads: n.roles });
  }
  // groups of people named by a plural noun ("hundreds of protesters"), for a later "they": not a source's own words
  // (the source makes its referent) nor a plural an entity holds ("Democrats")
  const sourceSpans = quotes.flatMap((q) => (q.source ? [q.source] : []));
  for (const g of groupPhrases(doc)) {
    if (covered[g.span.end - 1] || sourceSpans.some((x) => x.start < g.span.end && g.span.start < x.end)) continue;
    pending.push({ span: g.span, name: g.name, kind: 'anonymous', gender: 'unknown', number: 'plural', heads: [g.head] });
  }

  // events in text order: pending mentions and quotes (by source, or cue, position)
  const anchorOf = (q: Quote) => q.source?.start ?? q.cue?.start ?? q.content.start;
  const order = quotes.map((q, i) => ({ q, i })).sort((a, b) => anchorOf(a.q) - anchorOf(b.q));
  pending.sort((a, b) => a.span.start - b.span.start);
  const deferred: Quote[] = [];
  const infos = new Map<Quote, MentionInfo>();
  const referentOf = new Map<Quote, Referent>();
  let pi = 0;

  const addPending = (p: Pending) => {
    const m = dis.mention(p.span);
    // "The group, WeWorkers Coalition, ...": a body named in apposition to a description is what "the group" means later
    const described = p.kind === 'organization' || p.kind === 'media' ? APPOSED_DESCRIPTION.exec(doc.matchText.slice(Math.max(0, p.span.start - 40), p.span.start)) : null;
    if (described) p.heads = [...p.heads, described[1]!.toLowerCase()];
    let ref = p.entity ? dis.byEntity(p.entity) : dis.byName(p.name, p.kind, p.span.start, p.gender);
    if (ref) {
      dis.addMention(ref, m);
      const words = wordCount(p.name);
      if (words > wordCount(ref.name) && words <= MAX_PERSON_NAME_WORDS && lastToken(p.name) === lastToken(ref.name)) dis.rename(ref, p.name);
      if (ref.gender === 'unknown') ref.gender = p.gender;
      for (const h of p.heads) ref.heads.add(h);
    } else {
      ref = dis.add({ name: p.name, kind: p.kind, gender: p.gender, number: p.number, heads: new Set(p.heads), ...(p.entity ? { entity: p.entity } : {}) }, m);
    }
  };
  const flushPendingBefore = (pos: number) => { while (pi < pending.length && pending[pi]!.span.start < pos) addPending(pending[pi++]!); };

  // genders from the text, once every candidate is known
  const personStarts = pending.filter((p) => p.kind === 'person').map((p) => p.span.start).sort((a, b) => a - b);

  for (const { q } of order) {
    const anchor = anchorOf(q);
    flushPendingBefore(anchor);
    if (!q.source) { deferred.push(q); continue; }
    const info = analyzeMention(transcriptLabelName(doc, q.source) ?? mentionText(doc, q.source), q.source.start);
    infos.set(q, info);
    if (info.form === 'pronoun' && info.pronoun!.person === 1) { deferred.push(q); continue; }
    let ref = resolveConjoined(doc, dis, q, personStarts, opts) ?? resolveOne(doc, dis, q, info, personStarts, opts);
    const relay = findRelay(doc, q);
    // "In an interview with Dana Holt, the candidate said": the interviewer carried the statement and is not the
    // description's antecedent (the only person named near it)
    if (ref && relay?.kind === 'person' && info.form !== 'name' && ref.name.toLowerCase() === relay.name.toLowerCase()) {
      dis.retractMention(ref);
      ref = unresolvedDescription(dis, q, info);
    }
    if (ref) {
      q.speaker = toSpeaker(ref);
      referentOf.set(q, ref);
      if (ref.kind !== 'unknown') dis.spoke(ref);
    } else {
      q.speaker = { name: doc.text.slice(q.source.start, q.source.end).trim(), kind: 'unknown' };
    }
    q.via = relay && relay.name.toLowerCase() !== q.speaker.name.toLowerCase() ? viaSpeaker(doc, dis, relay) : null;
    q.rule ??= RULE;
  }
  flushPendingBefore(doc.text.length);
  openingPronounNamedLater(doc, dis, quotes, infos, referentOf);

  // first person inside a quotation, and quotes with no source mention (the other quotes are looked up in indexes
  // made on first use: a pass over every quote per deferred one made articles with thousands of quotes quadratic)
  let byContent: SpanOwners<number> | null = null, bySourceSentence: Map<number, number[]> | null = null;
  // the document's writer, read once (a column says "I" dozens of times; each read scans the text)
  let writer: Speaker | null | undefined;
  // the writer's own statements ("I ask", "I say"): in an interview the quotation after one is the answer
  const writerQuotes = new Set<Quote>();
  let byAnchor: Quote[] | null = null;
  // the last person quoted before `at`, not the writer (nor `not`): who answers the writer's question
  const lastQuotedPerson = (at: number, not?: string) => {
    byAnchor ??= [...quotes].sort((a, b) => anchorOf(a) - anchorOf(b));
    return lastOtherSpeaker(byAnchor, at, (o) => known(o) && o.speaker.kind === 'person' && !writerQuotes.has(o) && o.speaker.name !== not, anchorOf);
  };
  let byContentEnd: number[] | null = null, contentEnds: number[] = [];
  const index = new Map(quotes.map((o, i) => [o, i]));
  // a statement whose source is the first words of a quotation standing alone ("‘My ministers will seek ...") is read
  // inside that quotation: it speaks for no one around it
  let uncuedStarts: Set<number> | null = null;
  const quotationSubject = (o: Quote) => {
    uncuedStarts ??= new Set(quotes.filter((d) => d.kind === 'direct' && !d.cue).map((d) => d.content.start));
    return o.kind === 'indirect' && !!o.source && uncuedStarts.has(o.source.start);
  };
  const known = (o: Quote) => o.speaker.kind !== 'unknown';
  for (const q of deferred) {
    const anchor = anchorOf(q);
    let speaker: Speaker | null = null;
    if (q.source) {
      // the shortest content of a quote with a known speaker holding the source (the first such in `quotes`)
      if (!byContent) { byContent = new SpanOwners<number>(); quotes.forEach((o, i) => byContent!.add(o.content, i)); }
      let best = -1;
      const src = q.source, len = (i: number) => quotes[i]!.content.end - quotes[i]!.content.start;
      byContent.some({ start: src.start - 1, end: src.end + 1 }, (i) => {
        const o = quotes[i]!;
        // (reported speech holds no one's "I" but the writer's: "The neighbours say the mill will come back, but I think ..."; its
        // quoted words do)
        if (o !== q && o.content.start <= src.start && src.end <= o.content.end && known(o) && (o.kind !== 'indirect' || dis.inQuotation(src))
          && (best < 0 || len(i) < len(best) || (len(i) === len(best) && i < best))) best = i;
        return false;
      });
      if (best >= 0) speaker = quotes[best]!.speaker;
      // (a source opening with a quotation mark, "''I", is inside the quotation it opens)
      else if (!dis.inQuotation(q.source) && !/^\s*(?:''|["“‘'])/.test(doc.matchText.slice(q.source.start, q.source.end))) {
        // "I" outside any quotation is the writer (a column, an op-ed); "we" is the byline's only when there is one
        // (but an embedded post's "I" is whoever signed it: "... pic.twitter.com/x ¶ — Jane Roe (@janeroe) May 3, 2024")
        // (and a letter's "I" on a letters page is whoever signed the letter)
        const signer = postSigner(doc, q.source.start) ?? (infos.get(q)?.number === 'singular' ? letterSigner(doc, q.source.start) : null);
        if (signer) speaker = { name: signer, kind: 'person' };
        else if (infos.get(q)?.number === 'singular') { speaker = writer === undefined ? (writer = documentAuthor(doc)) : writer; writerQuotes.add(q); }
        else if (doc.meta.authors.length) { speaker = { name: doc.meta.authors[0]!, kind: 'person' }; writerQuotes.add(q); }
      }
    } else {
      const si = doc.sentenceAt(anchor);
      if (!bySourceSentence) {
        bySourceSentence = new Map();
        quotes.forEach((o, i) => { if (!o.source) return; const k = doc.sentenceAt(o.source.start); const l = bySourceSentence!.get(k); if (l) l.push(i); else bySourceSentence!.set(k, [i]); });
      }
      // the nearest quote with a known speaker whose source is in the same sentence (the first such in `quotes`)
      // (not for a passive cue with no agent: "..., though two utilities were blamed for the outages" is no one's
      // statement in that sentence)
      let near = -1;
      // (nor for a question put to the sentence's subject: "Asked on Monday whether ..., Sir Keir said")
      const cueText = q.cue ? doc.matchText.slice(q.cue.start, q.cue.end).trim() : '';
      const agentless = !!q.cue && (q.rule?.includes('refine:passive-telling') || PASSIVE_TELLING.test(cueText) || QUESTION_PUT_CUE.test(cueText));
      if (!agentless) for (const i of bySourceSentence.get(si) ?? []) {
        const o = quotes[i]!;
        // (a source further inside the quotation may be its own frame, mispaired: "It's unusual,“ said Larry Noble ... “It")
        if (o === q || !known(o) || (q.kind === 'direct' && quotationSubject(o))) continue;
        if (near < 0 || Math.abs(anchorOf(o) - anchor) < Math.abs(anchorOf(quotes[near]!) - anchor)) near = i;
      }
      if (near >= 0) speaker = quotes[near]!.speaker;
      else if (q.kind === 'direct' && !q.cue) {
        // a quotation standing alone right after someone's quotation continues it ("“...,” she said. ¶ “...”")
        const here = sentOrdinal.get(doc.sentenceAt(q.content.start)) ?? -1;
        // the quote with a known speaker and a source whose content ends last before this one starts (the first such in `quotes`)
        if (!byContentEnd) {
          byContentEnd = quotes.map((_, i) => i).sort((a, b) => quotes[a]!.content.end - quotes[b]!.content.end || a - b);
          contentEnds = byContentEnd.map((i) => quotes[i]!.content.end);
        }
        let prev: Quote | undefined;
        for (let k = firstAtLeast(contentEnds, q.content.start + 1) - 1; k >= 0; k--) {
          const o = quotes[byContentEnd[k]!]!;
          if (prev && o.content.end < prev.content.end) break;
          // (or a quotation standing alone that took a speaker itself: a text given whole, paragraph after paragraph)
          if (o !== q && known(o) && (o.source ? !quotationSubject(o) : o.kind === 'direct' && !o.cue) && (!prev || index.get(o)! < index.get(prev)!)) prev = o;
        }
        const prevAt = prev ? sentOrdinal.get(doc.sentenceAt(Math.max(prev.content.end - 1, prev.source?.start ?? 0))) ?? -99 : -99;
        // (a quotation inside narration of its own is no continuation: "... each member would take “such action as it
        // deems necessary”" quotes a treaty)
        const sq = doc.sentences[doc.sentenceAt(q.content.start)];
        const standsAlone = !sq || /^[\s"'(\[—–-]*$/.test(doc.matchText.slice(sq.start, q.content.start));
        if (prev && here >= 0 && here - prevAt <= CONTINUATION_MAX_SENTENCES && standsAlone) {
          speaker = prev.speaker;
          // ("... a book for him, I say. ¶ “No, I didn't write the book for him ...”": the interviewee answers)
          // (the writer asked: "I ask", a "you", a question mark; else the writer goes on: "I told Megyn Kelly ... “This is a win”")
          if (writerQuotes.has(prev) && writerAsked(doc, prev)) {
            speaker = lastQuotedPerson(anchorOf(prev), prev.speaker.name)?.speaker ?? null;
          }
        }
        // "Is Starmer a good leader? ¶ “Well, I'm fully supportive of him ...”": the answer to the writer's question
        // is the last other person quoted
        if (!speaker && questionBefore(doc, q.content.start)) {
          speaker = lastQuotedPerson(anchorOf(q))?.speaker ?? null;
        }
        // "The King's Speech 2024 full transcript ¶ ‘My Lords and Members ...": a text given whole is its owner's
        if (!speaker) {
          const owner = introducedBy(doc, q.content.start);
          if (owner) {
            const ref = resolveOne(doc, dis, { ...q, source: owner }, analyzeMention(doc.text.slice(owner.start, owner.end), owner.start), personStarts, opts);
            if (ref && ref.kind !== 'unknown') speaker = toSpeaker(ref);
          }
        }
      }
    }
    q.speaker = speaker ? { ...speaker } : { name: q.source ? doc.text.slice(q.source.start, q.source.end).trim() : '', kind: 'unknown' };
    const relay = findRelay(doc, q);
    q.via = relay && relay.name.toLowerCase() !== q.speaker.name.toLowerCase() ? viaSpeaker(doc, dis, relay) : null;
    q.rule ??= RULE;
  }
  interviewAnswers(doc, quotes, writerQuotes);
  interviewLabels(doc, dis, quotes, infos, referentOf);
  describedThenNamed(dis, quotes, referentOf);
  fullNamesLater(dis, quotes, infos, referentOf);
  bylineSurnames(doc, dis, quotes);
}

/** Whether the paragraph before `pos` is a question of the writer's own: unquoted, ending with a question mark. */
function questionBefore(doc: Doc, pos: number): boolean {
  let k = doc.paragraphAt(pos) - 1;
  // (over a caption or a link line the cleaner set aside)
  while (k >= 0 && doc.inBoilerplate(doc.paragraphs[k]!)) k--;
  if (k < 0) return false;
  const line = doc.matchText.slice(doc.paragraphs[k]!.start, doc.paragraphs[k]!.end).trim();
  return line.endsWith('?') && !/["“”‘’]/.test(line);
}
/** A line that gives a text whole: "The King's Speech 2024 full transcript", "Read Biden's statement in full:". */
const TEXT_IN_FULL_RE = /\b(?:full\s+(?:text|transcript|statement|speech|remarks|letter)|in\s+full|transcript|full\s+quote)\b/i;
/** The owner named in such a line: "The King's", "Joe Biden's". */
const OWNER_IN_LINE_RE = /(?:^|[\s(])((?:[Tt]he\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})['’]s?\s/u;
/**
 * The owner of a text the paragraph before `pos` introduces as given in full (a heading or a line ending in a
 * colon), as a span, or null.
 */
function introducedBy(doc: Doc, pos: number): Span | null {
  const k = doc.paragraphAt(pos);
  if (k <= 0) return null;
  const para = doc.paragraphs[k - 1]!;
  const line = doc.matchText.slice(para.start, para.end);
  if (line.length > 160 || !TEXT_IN_FULL_RE.test(line) || doc.inBoilerplate(para)) return null;
  const m = OWNER_IN_LINE_RE.exec(line);
  if (!m) return null;
  const start = para.start + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

function viaSpeaker(doc: Doc, dis: Discourse, relay: { name: string; kind: SpeakerKind; span: Span }): Speaker {
  const e = entityIn(doc, relay.span);
  if (relay.kind === 'person') {
    const ref = dis.byName(relay.name, 'person', relay.span.start);
    const m = dis.mention(relay.span, { relay: true });
    if (ref) dis.addMention(ref, m);
    else dis.add({ name: relay.name, kind: 'person', gender: 'unknown', number: 'singular', heads: new Set(), ...(e ? { entity: e.id } : {}) }, m);
  }
  return { name: relay.name, kind: relay.kind, ...(e ? { entity: e.id } : {}) };
}

/** Plurals in -ants/-ents that name things. */
const NOT_PEOPLE_PLURALS = new Set(['restaurants', 'plants', 'grants', 'warrants', 'events', 'accidents', 'incidents', 'contents', 'percents']);
/** Whether a person entity of the document has the word as its name or the end of it ("Sanders" for "Bernie Sanders"). */
function personNamed(doc: Doc, word: string): boolean {
  const w = word.toLowerCase();
  return doc.entities.some((e) => e.type === 'person' && (lowerName(e.name) === w || lowerName(e.name).endsWith(` ${w}`)));
}
/** Whether the source is one token opening its sentence, tagged a common plural noun (NNS). */
function commonPluralOpening(doc: Doc, src: Span): boolean {
  const si = doc.sentenceAt(src.start);
  if (si < 0) return false;
  const sent = doc.sentences[si]!;
  const t = doc.tokens[sent.tokenStart];
  return !!t && t.start === src.start && t.end >= src.end - 1 && t.pos === 'NNS';
}

/** The person whose mention ends right before the source and a comma ("Ellie, | a senior"), when that name lies outside the quote's content. */
function appositionOf(doc: Doc, dis: Discourse, q: Quote, m: Mention): Referent | null {
  const src = q.source!;
  const before = /,\s*$/.exec(doc.matchText.slice(Math.max(0, src.start - 4), src.start));
  if (!before) return null;
  const comma = src.start - before[0].length;
  // (a description followed by a verb is a clause's subject, the comma an opening phrase's: "In an interview with
  // Mika Brzezinski, the candidate stated", "By reprinting the Post's takedown of Sanders, the campaign has")
  const si = doc.sentenceAt(src.start);
  if (si < 0) return null;
  const sent = doc.sentences[si]!;
  let verbAfter = false;
  for (let t = sent.tokenStart; t < sent.tokenEnd; t++) {
    const tok = doc.tokens[t]!;
    if (tok.start < src.end || tok.pos === 'RB') continue;
    verbAfter = /^(?:VB|MD)/.test(tok.pos ?? '');
    break;
  }
  for (const r of dis.pronounCandidates(src.start, m.sent)) {
    if (r.kind !== 'person' || r.number === 'plural') continue;
    const x = r.mentions.find((y) => y.end === comma);
    if (!x || inStatement(q, x)) continue;
    // (but a name opening the sentence, a title at most before it, is the subject the description is set after:
    // "Cllr Louise Grant, Chair of the Regional Councils Association said")
    if (verbAfter && !OPENS_WITH_NAME.test(doc.matchText.slice(sent.start, x.start))) continue;
    return r;
  }
  return null;
}
/** What may stand before a name that opens its sentence: nothing, a quotation mark, a capitalized title ("Cllr", "Dr."). */
const OPENS_WITH_NAME = /^\s*["']?\s*(?:\p{Lu}[\p{L}]*\.?\s+)?$/u;

/**
 * "Mr. Grassley and Mr. Leahy said ...": each person is resolved as its own mention ("Charles E. Grassley",
 * "Patrick J. Leahy"), and the statement is the pair's, one plural referent named for both (a later "they"
 * can take it). Null when the source is not such a list, or an organization's name ("Johnson & Johnson").
 */
function resolveConjoined(doc: Doc, dis: Discourse, q: Quote, personStarts: number[], opts: ResolveOptions): Referent | null {
  const src = q.source!;
  const text = doc.matchText.slice(src.start, src.end);
  const parts = conjoinedPersons(text, src.start) ?? conjoinedPersons(text, src.start, 'bodies');
  if (!parts) return null;
  const whole = entityMentionIn(doc, src);
  if (whole && whole.entity.type !== 'person' && whole.start <= parts[0]!.start && whole.end >= parts[parts.length - 1]!.end) return null;
  const members: Referent[] = [];
  let bodies = 0;
  for (const p of parts) {
    const info = analyzeMention(p.text, p.start);
    const r = resolveOne(doc, dis, { ...q, source: { start: p.start, end: p.end } }, info, personStarts, opts);
    if (!r || members.includes(r)) return null;
    // ("Hamas and Iran": bodies named together speak together)
    if (r.kind === 'organization' || r.kind === 'media') { bodies++; members.push(r); continue; }
    if (r.kind !== 'person') return null;
    // a person, not a word of a body's name ("Engineering and Medicine"): a recognized person, a full name, or a title
    const entity = r.entity !== undefined ? doc.entities.find((e) => e.id === r.entity) : undefined;
    if (!(entity?.type === 'person' || WHITE_SPACE_RE.test(r.name) || info.roles.length > 0)) return null;
    members.push(r);
  }
  // (all people, or all bodies: "the senator and the ministry" is left to the rest of the resolver)
  if (bodies && bodies !== members.length) return null;
  const kind: SpeakerKind = bodies ? 'organization' : 'person';
  const name = joinNames(members.map((r) => r.name));
  const m = dis.mention(src, { asSource: true });
  const known = dis.sameName(name, kind);
  if (known) { dis.addMention(known, m); return known; }
  return dis.add({ name, kind, gender: bodies ? 'neuter' : 'unknown', number: 'plural', heads: new Set() }, m);
}

/** Heads of nominals naming a type of body: "the campaign" is a campaign named before, not the last body named. */
// (not "the bank", "the union", "the network": Wells Fargo, the United Steelworkers and CNN are not named so)
const TYPED_BODY_HEADS: ReadonlySet<string> = new Set(['campaign', 'committee', 'party', 'court', 'council', 'board', 'commission',
  'panel', 'league', 'association', 'foundation', 'university', 'church', 'school', 'coalition', ...TRADE_AND_PLACE_BODY_NOUNS]);
/**
 * Whether a body may be the one "the club" speaks of ("Tesla said ... The club confirmed" is not Tesla): named as a club
 * ("Leeds United", "Celtic FC"), described as one before (its heads), or a name that is none of the known organizations
 * (companies, agencies, parties: no club among them) and ends in no head of another kind of body ("Arsenal", not "the
 * Harbor Police Department").
 */
function mayBeClub(r: Referent): boolean {
  if (r.heads.has('club') || CLUB_NAME_WORDS.test(r.name)) return true;
  return !isKnownOrganization(r.name) && !ORGANIZATION_HEADS.has(lastToken(r.name).toLowerCase());
}

/** How far back "the campaign" looks for the campaign it is ("Trump's campaign", "the Sanders campaign"). */
const CAMPAIGN_LOOKBACK_CHARS = 1500;
const CAMPAIGN_OWNER_RE = /\b(\p{Lu}[\p{L}'-]+)(?:['’]s?)?\s+(?:presidential\s+|re-?election\s+)?campaign\b/gu;

/** The owner's name of the last "<Name>'s campaign" / "<Name> campaign" in a stretch of text ("Cruz"), or null. */
function lastCampaignOwner(text: string): string | null {
  let owner: string | null = null;
  for (const m of text.matchAll(CAMPAIGN_OWNER_RE)) {
    const name = m[1]!;
    // (a word opening a sentence is no owner: "The campaign", "His campaign")
    if (!/^(?:The|His|Her|Their|Its|This|That|A|An|Presidential|Campaign)$/.test(name)) owner = name;
  }
  return owner;
}

/** A possessive pronoun and what a person has that speaks: a body ("his campaign") or people ("her advisers"). */
/** A spokesperson for a body spoken of again ("a spokesperson for the company", "a spokeswoman for the agency"). */
const SPOKESPERSON_FOR_DEFINITE = /^(?:an?|the)\s+spokes(?:man|woman|person)\s+for\s+(the\s+(?:[a-z-]+\s+)?[a-z-]+)$/i;
const POSSESSED_RE = /^(his|her)\s+(campaign|administration|office|team|aides?|advisers?|advisors?|spokes(?:man|woman|person)|lawyers?|attorneys?|allies|staff|(?:ex-)?wife|(?:ex-)?husband|widow|widower|son|daughter|mother|father|brother|sister)$/i;
const POSSESSED_BODIES = new Set(['campaign', 'administration', 'office', 'team']);

/** The one person the possessive pronoun opening the source ("his", "her") stands for, resolved as any such pronoun is; else null. */
function possessor(doc: Doc, dis: Discourse, q: Quote, pronoun: string, personStarts: number[], opts: ResolveOptions): Referent | null {
  const src = q.source!;
  const owner = resolveOne(doc, dis, { ...q, source: { start: src.start, end: src.start + pronoun.length } }, analyzeMention(pronoun), personStarts, opts);
  return owner && owner.kind === 'person' && owner.number !== 'plural' ? owner : null;
}

/**
 * "Hillary Clinton spoke ... Her campaign said": the pronoun is resolved as any "her" is, and the statement is
 * the Clinton campaign's (an organization, the one named so before if any), or for people, Hillary Clinton's
 * advisers (anonymous). Null when the pronoun finds no person.
 */
function resolvePossessed(doc: Doc, dis: Discourse, q: Quote, pronoun: string, noun: string, m: Mention, personStarts: number[], opts: ResolveOptions): Referent | null {
  const owner = possessor(doc, dis, q, pronoun, personStarts, opts);
  if (!owner) return null;
  if (POSSESSED_BODIES.has(noun)) {
    // (the surname, not a suffix: "Donald J. Trump Jr." has a Trump campaign)
    const words = owner.name.split(' ').filter((w) => !NAME_SUFFIXES.has(w.toLowerCase()));
    const name = `${words[words.length - 1] ?? owner.name} ${noun}`;
    const known = dis.sameName(name, 'organization') ?? dis.sameName(`the ${name}`, 'organization');
    if (known) { dis.addMention(known, m); return known; }
    return dis.add({ name, kind: 'organization', gender: 'neuter', number: 'singular', heads: new Set([noun]) }, m);
  }
  const name = `${owner.name}'s ${noun}`;
  const known = dis.sameName(name, 'anonymous');
  if (known) { dis.addMention(known, m); return known; }
  return dis.add({ name, kind: 'anonymous', gender: 'unknown', number: /s$/.test(noun) ? 'plural' : 'singular', heads: new Set([noun, noun.replace(/s$/, '')]) }, m);
}

/** A clause opening the sentence before a pronoun subject: its subordinator, then its words up to the comma. */
const FRONTED_CLAUSE = /^(?:[^,"]{0,40},\s*)?(?:after|when|because|as|although|though|since|while|before|once|until|even\s+though)\s+([^,"]{3,160}),\s*$/i;
/** The person entity whose name opens a clause set before `pronounStart` in its sentence (a title or role before the name allowed). */
function frontedClauseSubject(doc: Doc, sentStart: number, pronounStart: number): Entity | null {
  const before = doc.matchText.slice(sentStart, pronounStart);
  const m = FRONTED_CLAUSE.exec(before);
  if (!m) return null;
  const clauseAt = sentStart + before.lastIndexOf(m[1]!);
  // the first capitalized word among the clause's first four ("after ex-premier Leabua Jonathan lost")
  const name = /^(?:\S+\s+){0,3}?(\p{Lu}[\p{L}'’.-]+)/u.exec(m[1]!);
  if (!name) return null;
  const at = clauseAt + name[0].length - name[1]!.length;
  const e = entityAt(doc, at, at + name[1]!.length);
  return e && e.type === 'person' ? e : null;
}
/** A definite description and a comma right before a name ("The group, ", "the coalition, "). */
const APPOSED_DESCRIPTION = /(?:^|[\s(])[Tt]he\s+(\p{Ll}+),\s+(?:the\s+)?$/u;
/** What precedes a description that is said of someone before it: a copula ("is a lawyer who") or a comma ("Holt, a lawyer who"). */
const PREDICATE_OR_APPOSITION = /(?:\b(?:is|was|are|were|be|been|being|became|becomes|remains|as)\s+|,\s*)$/i;
/** The entity named right after a verb (its object or addressee: "told Harris", "thanked the Senate"), if any. */
const OBJECT_NAME = /^\s+(?:the\s+)?([\p{Lu}][\p{L}'’.-]*)/u;
function objectOf(doc: Doc, cue: Span): Entity | null {
  const m = OBJECT_NAME.exec(doc.matchText.slice(cue.end, cue.end + 60));
  if (!m) return null;
  const start = cue.end + m[0].length - m[1]!.length;
  return entityAt(doc, start, start + m[1]!.length);
}
/**
 * A description with no antecedent stands for itself ("the official" is still unnamed; "the president" is a person;
 * "the demonstrators" are people left unnamed). Null for a mention that is no description (a pronoun, a name).
 */
function unresolvedDescription(dis: Discourse, q: Quote, info: MentionInfo, m = dis.mention(q.source!, { asSource: true })): Referent | null {
  if (info.form !== 'nominal' && info.form !== 'anonymous') return null;
  const head = info.head ?? '';
  const kind: SpeakerKind = info.kind === 'person' ? (ANONYMOUS_HEADS.has(head) || SITUATION_HEADS.has(head) || info.number === 'plural' ? 'anonymous' : 'person') : info.kind;
  const unnamedDescription = kind === 'person' && /^the\s/i.test(info.name);
  return dis.add({ name: info.name, kind, gender: info.gender, number: info.number, heads: new Set(info.head ? [info.head] : []), unnamedDescription }, m);
}

/**
 * "Royce Mendes, an economist at a bank, was more cautious. He said ...": a person first met in the sentence before
 * the pronoun's, as its subject, is who the story turns to (over the one who spoke before).
 */
function introduced(r: Referent, sent: number): boolean {
  const first = r.mentions[0];
  return !!first && first.subject && !first.inQuote && sent >= 0 && first.sent === sent - 1 && r.mentions.every((x) => x.sent >= first.sent);
}

function resolveOne(doc: Doc, dis: Discourse, q: Quote, info: MentionInfo, personStarts: number[], opts: ResolveOptions): Referent | null {
  const src = q.source!;
  const m = dis.mention(src, { asSource: true });

  if (info.form === 'pronoun') {
    const p = info.pronoun!;
    if (p.person === 2) return null;
    // "It is expected that ...", "It's said that ...": the "it" of a passive of saying stands for the clause after it,
    // no one said it
    if (/^it$/i.test(info.name) && q.cue && PASSIVE_TELLING.test(doc.matchText.slice(q.cue.start, q.cue.end).trim())) return null;
    const cands = dis.pronounCandidates(src.start, m.sent);
    if (p.relative) {
      // "Smith, who said ...": the noun phrase right before the pronoun, in the same sentence: a referent met there,
      // or the phrase read as a mention of its own ("wealthy Chinese citizens, who")
      const near = relativeAntecedent(doc, src.start);
      // ("who" is said of people: "Howard Rubel, an analyst at Jefferies, who" is not the bank's)
      const personal = /^who/i.test(info.name);
      const fits = (r: Referent) => !personal || r.kind === 'person' || r.kind === 'anonymous';
      if (near) {
        let np = near;
        const there = cands.find((r) => fits(r) && r.mentions.some((x) => x.end === near.end));
        if (there) { dis.addMention(there, m); return there; }
        let npInfo = analyzeMention(doc.text.slice(np.start, np.end), np.start);
        // ("Critics of the plan, who argue": no person in "the plan"; the people are the phrase it hangs from)
        const outer = personal && npInfo.kind !== 'person' && npInfo.kind !== 'anonymous' ? outerPhrase(doc, np) : null;
        const outerInfo = outer ? analyzeMention(doc.text.slice(outer.start, outer.end), outer.start) : null;
        if (outer && outerInfo && (outerInfo.kind === 'person' || outerInfo.kind === 'anonymous')) { np = { ...outer, afterPreposition: false }; npInfo = outerInfo; }
        // (a single unnamed person read afresh here would take the "he" and "she" of the sentences after it)
        const newSingle = (npInfo.kind === 'anonymous' || npInfo.kind === 'person') && npInfo.number !== 'plural' && npInfo.form !== 'name';
        const animate = npInfo.kind === 'person' || npInfo.kind === 'anonymous';
        // ("a staff member for the campaign in Philadelphia who": a name after a preposition is mostly a place or a
        // body, read as a name; the clause is the person's)
        // (and a name is one the entities know: "a prominent Hispanic Republican, who" names no one)
        const placeLike = npInfo.form === 'name' && ((personal && np.afterPreposition) || !entityMentionIn(doc, np, npInfo.nameSpan));
        if (npInfo.form !== 'unknown' && npInfo.form !== 'pronoun' && !newSingle && (animate || !personal) && !placeLike) {
          const ref = resolveOne(doc, dis, { ...q, source: np }, npInfo, personStarts, opts);
          if (ref) {
            // (the phrase is the pronoun's antecedent, not a source of its own: only the pronoun spoke)
            for (const x of ref.mentions) if (x.start === np.start && x.end === np.end) x.asSource = false;
            dis.addMention(ref, m);
            return ref;
          }
        }
        // "a career Army officer who described ...": "who" right after an unnamed person is that person (not the latest
        // referent of the sentence, "Army")
        // (not a description said of someone named before it: "Kaine is a former lawyer who", "Dana Holt, a lawyer who")
        if (newSingle && personal && npInfo.kind === 'anonymous' && !np.afterPreposition && near.end >= src.start - 2
          && !PREDICATE_OR_APPOSITION.test(doc.matchText.slice(Math.max(0, np.start - 12), np.start))) {
          return dis.add({ name: npInfo.name, kind: 'anonymous', gender: npInfo.gender, number: npInfo.number, heads: new Set(npInfo.head ? [npInfo.head] : []) }, m);
        }
      }
      // else the latest referent met in the sentence (for "who", the latest person or group if there is one)
      let best: Referent | null = null; let bestEnd = -1, bestFits = false;
      for (const r of cands) {
        const last = lastMentionBefore(r, src.start)!;
        if (last.sent !== m.sent) continue;
        const f = fits(r);
        if ((f && !bestFits) || (f === bestFits && last.end > bestEnd)) { best = r; bestEnd = last.end; bestFits = f; }
      }
      if (best) dis.addMention(best, m);
      return best;
    }
    const srcSent = doc.sentenceAt(src.start);
    const sentStart = srcSent >= 0 ? doc.sentences[srcSent]!.start : src.start;
    const atSentenceStart = doc.matchText.slice(sentStart, src.start).trim() === '';
    const afterQuote = /["']\s*,?\s*$/.test(doc.matchText.slice(Math.max(0, src.start - 4), src.start));
    // "Asked about Trump, he said": who was asked about is not who answers
    const askedClause = ASKED_CLAUSE.test(doc.matchText.slice(sentStart, src.start)) ? { start: sentStart, end: src.start } : null;
    const object = q.cue ? objectOf(doc, q.cue) : null;
    // "After Leabua Jonathan lost the election, he rejected the outcome": the subject of a clause set before the
    // pronoun's own is who the pronoun means, when it agrees
    // (not a question's clause: "Asked again whether he would accept gifts from Lord Alli, he said")
    const fronted = askedClause ? null : frontedClauseSubject(doc, sentStart, src.start);
    const frontedRef = fronted ? cands.find((c) => c.entity === fronted.id && agrees(c, info)) : undefined;
    const gendered = info.pronoun!.gender === 'male' || info.pronoun!.gender === 'female';
    const scored: Array<{ ref: Referent; features: PronounFeatures; lastPlain: Mention | null }> = [];
    for (const r of cands) {
      if (r.kind === 'person' && r.gender === 'unknown' && r.mentions.length) r.gender = inferGender(doc, r, personStarts);
      if (!agrees(r, info)) continue;
      // (a mention inside the question's clause does not count: who was asked about is not who answers)
      const last = lastMentionBefore(r, askedClause ? askedClause.start : src.start) ?? lastMentionBefore(r, src.start)!;
      const dist = m.sent >= 0 && last.sent >= 0 ? m.sent - last.sent : 0;
      if (dist > MAX_PRONOUN_DISTANCE) continue;
      // ("Police buildings were damaged, it said": no one named only in the statement itself is who made it)
      if (r.mentions.every((x) => x.start >= src.start || inStatement(q, x) || (askedClause !== null && x.start >= askedClause.start))) continue;
      // ("she told Harris", "he thanked Trump": the object of the pronoun's own verb is someone else)
      if (object && r.entity === object.id) continue;
      // the latest mention outside quotations and relays carries the salience
      const plain = r.mentions.filter((x) => x.start < (askedClause ? askedClause.start : src.start) && !x.inQuote && !x.relay);
      const lastPlain = plain.length ? plain.reduce((a, b) => (b.start > a.start ? b : a)) : null;
      const lastSpeaker = dis.isLastSpeaker(r) ? 1 : 0;
      const subject = lastPlain?.subject || lastPlain?.asSource ? 1 : 0;
      const features: PronounFeatures = {
        'dist': dist, 'same-sentence': dist === 0 ? 1 : 0, 'prev-sentence': dist === 1 ? 1 : 0, 'far': dist >= FAR_DISTANCE ? 1 : 0,
        'is-speaker': r.speakerCount ? 1 : 0, 'last-speaker': lastSpeaker, 'subject': subject, 'log-mentions': Math.log1p(r.mentions.length),
        'only-quoted': !lastPlain && !last.relay ? 1 : 0, 'only-relay': !lastPlain && last.relay ? 1 : 0,
        'plain-gap': lastPlain && lastPlain !== last ? m.sent - lastPlain.sent : 0,
        'unknown-gender': gendered && r.gender === 'unknown' ? 1 : 0,
        'same-paragraph': last.para === m.para ? 1 : 0,
        'in-own-quote': inStatement(q, last) ? 1 : 0,
        'after-quote': afterQuote ? 1 : 0, 'after-quote*last-speaker': afterQuote ? lastSpeaker : 0,
        'sentence-start*subject': atSentenceStart ? subject : 0, 'kind-anonymous': r.kind === 'anonymous' ? 1 : 0,
        'oblique': lastPlain?.oblique && !lastPlain.asSource ? 1 : 0,
        'introduced': introduced(r, m.sent) ? 1 : 0,
        'plural': info.pronoun!.number === 'plural' && r.number === 'plural' ? 1 : 0,
      };
      scored.push({ ref: r, features, lastPlain });
    }
    opts.onPronoun?.({ quote: q, pronoun: info.name, candidates: scored.map((c) => ({ name: c.ref.name, kind: c.ref.kind, features: c.features })) });
    if (frontedRef) { dis.addMention(frontedRef, m); return frontedRef; }
    // a pronoun opening its sentence continues the one newcomer named in full that the sentence before opened with
    // (not a description, "The GOP candidate proposes", nor a word alone read as a name, "Harsh?")
    const newcomers = atSentenceStart ? scored.filter((c) => c.features['introduced'] && c.ref.kind === 'person' && !c.ref.unnamedDescription
      && WHITE_SPACE_RE.test(c.ref.name) && !c.ref.mentions[0]!.asSource) : [];
    if (newcomers.length === 1) { dis.addMention(newcomers[0]!.ref, m); return newcomers[0]!.ref; }
    let top: (typeof scored)[number] | null = null; let bestScore = -Infinity;
    for (const c of scored) {
      const score = scoreCandidate(c.features, opts.weights ?? rankerWeights());
      if (score > bestScore) { top = c; bestScore = score; }
    }
    // a name inside a phrase ("with Epstein", "than Harlan", "Kaufman's cameo") yields to the subject of its own
    // sentence when the subject agrees too: the ranker weighs the two on a few points of salience
    const at = top?.lastPlain;
    const subjectThere = at?.oblique && !at.asSource ? scored.find((c) => c !== top && c.lastPlain?.sent === at.sent && c.lastPlain.subject && c.lastPlain.start < at.start) : undefined;
    const best = subjectThere?.ref ?? top?.ref ?? null;
    if (best) dis.addMention(best, m);
    return best;
  }

  // "Ellie, a high school senior with ...": a description set after a person's name, outside the statement, is that person
  if ((info.form === 'anonymous' || info.form === 'nominal') && info.kind !== 'document' && info.number !== 'plural') {
    const named = appositionOf(doc, dis, q, m);
    if (named) { dis.addMention(named, m); return named; }
  }

  // "a spokesperson for the company": the body "the company" stands for speaks, as "a spokeswoman for Acme" is Acme
  const forBody = info.form === 'anonymous' ? SPOKESPERSON_FOR_DEFINITE.exec(doc.text.slice(src.start, src.end)) : null;
  if (forBody) {
    const at = src.end - forBody[1]!.length;
    const inner = analyzeMention(forBody[1]!, at);
    const ref = inner.form === 'nominal' && inner.kind === 'organization' ? resolveOne(doc, dis, { ...q, source: { start: at, end: src.end } }, inner, personStarts, opts) : null;
    if (ref && ref.kind === 'organization') {
      // (the body's phrase is no source of its own: the spokesperson spoke)
      for (const x of ref.mentions) if (x.start === at && x.end === src.end) x.asSource = false;
      dis.addMention(ref, m);
      return ref;
    }
  }

  // "His website", "Her submission to the court": a person's document speaks for that person
  const ownDocument = info.form === 'document' && !info.ownRecord ? /^(his|her)\s/i.exec(info.name) : null;
  if (ownDocument) {
    const owner = possessor(doc, dis, q, ownDocument[1]!, personStarts, opts);
    if (owner) { dis.addMention(owner, m); return owner; }
  }

  // "His campaign said ...", "her advisers": the body or the people of the person the pronoun stands for
  const owned = POSSESSED_RE.exec(info.name);
  if (owned && (info.form === 'nominal' || info.form === 'anonymous' || info.form === 'organization' || info.form === 'unknown')) {
    const ref = resolvePossessed(doc, dis, q, owned[1]!.toLowerCase(), owned[2]!.toLowerCase(), m, personStarts, opts);
    if (ref) return ref;
  }

  if (info.form === 'nominal') {
    // "the official" -> the latest referent described by that head noun, of a compatible kind
    const head = info.head ?? '';
    const singular = head.replace(/s$/, '');
    // "the Florida senator" is a senator introduced with Florida ("Florida Sen. ..."), not the last senator named
    const places = info.kind === 'person' ? placeModifiers(info.name) : [];
    // (the place in the referent's roles, or written next to one of its mentions: "Gov. John Kasich of Ohio", "(R-Ohio)")
    const placed = (r: Referent) => places.every((p) => r.heads.has(p) || r.mentions.some((x) => x.start < src.start
      && placeBefore(doc.matchText.slice(Math.max(0, x.start - PLACE_NEAR_MENTION), x.start), p)));
    const matching = dis.referents.filter((r) => {
      // (met before the source, and not only in the statement itself: "“... the southern Plains ...,” wrote the center")
      if (!r.mentions.some((x) => x.start < src.start && !inStatement(q, x))) return false;
      // (one candidate is not "more GOP candidates": the numbers agree when both are known)
      if (info.kind === 'person') return (r.kind === 'person' || r.kind === 'anonymous') && (r.heads.has(head) || r.heads.has(singular) || holdsOffice(r, head))
        && !(info.number === 'singular' && r.number === 'plural') && !(info.number === 'plural' && r.number === 'singular')
        && (!places.length || placed(r));
      if (info.kind === 'media') return r.kind === 'media';
      // "the company" is not Moscow; "the government" is Moscow (or the UK), not the last agency named
      if (info.kind === 'organization') {
        if (r.kind !== 'organization') return false;
        if (r.heads.has(head) || lastToken(r.name) === head) return true;
        // "the campaign", "the committee" are a body of that type: "the Commission on Presidential Debates", not the FBI
        if (TYPED_BODY_HEADS.has(head)) return r.name.toLowerCase().split(/\s+/).includes(head);
        if (head === 'club') return mayBeClub(r);
        return GOVERNMENT_NOUNS.has(head) === isGovernmentPlace(r.name);
      }
      return false;
    });
    // a government described as such before ("the Mexican government") wins over a country that spoke
    const described = info.kind === 'organization' && GOVERNMENT_NOUNS.has(head)
      ? matching.filter((r) => r.heads.has(head) || r.heads.has(singular) || lastToken(r.name) === head || lastToken(r.name) === singular) : [];
    // "the appeals court" is the court of appeals named before, not the last court: the bodies whose names hold the
    // description's words, when some do
    const modifiers = info.kind === 'organization' ? info.name.toLowerCase().split(/\s+/).filter((w) => /^[a-z]{4,}$/.test(w) && w !== head && w !== 'the') : [];
    const named = modifiers.length ? matching.filter((r) => { const n = lowerName(r.name); return modifiers.every((w) => n.includes(w)); }) : [];
    // "the group" is the body a "the group" was resolved to before (heads are learned below), not the last company named
    const headed = info.kind === 'organization' ? matching.filter((r) => r.heads.has(head)) : [];
    // ("the health office" with no body named for health, and no office named before, is no other body that spoke)
    const unmatchedModifiers = modifiers.length > 0 && !named.length && !headed.length && !described.length && !matching.some((r) => r.heads.has(head) || lastToken(r.name) === head);
    const cands = described.length ? described : named.length ? named : headed.length ? headed : unmatchedModifiers ? [] : matching;
    // "Donald Trump isn't saying much ... The Republican presidential nominee has repeatedly wondered ...": a definite
    // description of a role right after a named person speaks of that person (news varies the name); it wins over a
    // description of the same role left unnamed before ("The GOP nominee" met earlier with no name near)
    const variedName = () => {
      // (not "The Kentucky Republican and the New York businessman": two people; "the Florida senator and Republican
      // presidential candidate" is one)
      // (a role: "the patient", "the suspect" are what someone is in this story, not another name for the one named)
      if (!(info.kind === 'person' && info.number === 'singular' && !ANONYMOUS_HEADS.has(head) && !SITUATION_HEADS.has(head) && !PROCEEDING_HEADS.has(head) && /^the\s/i.test(info.name) && !/\sand\s+(?:the|a|an)\s/i.test(info.name))) return null;
      let near: Referent | null = null; let nearAt = -1;
      for (const r of dis.pronounCandidates(src.start, m.sent)) {
        // (a person named in full: a given name first, "Donald Trump", not "Doral" or "Glass-Steagall Act")
        // (or a full name the lexicon's given names lack, "Bukayo Saka", once it has spoken, described by no other role:
        // "The GOP candidate" is not "Conservative economist Aparna Mathur" who spoke before)
        if (r.kind !== 'person' || r.number === 'plural' || r.unnamedDescription || !WHITE_SPACE_RE.test(r.name) || !(givenNamesOnly(r.name.split(' ')[0]!) || (r.speakerCount && !r.heads.size))) continue;
        const last = lastMentionBefore(r, src.start)!;
        // (the person the text is about: last seen as a subject or a source, not inside a quotation; with a place,
        // "The New York businessman", right before)
        const reach = places.length ? VARIED_NAME_WITH_PLACE_MAX_SENTENCES : VARIED_NAME_MAX_SENTENCES;
        if (m.sent - last.sent > reach || last.inQuote || !(last.subject || last.asSource)) continue;
        if (partyConflict(info.name, r) || officeConflict(head, r) || bodyConflict(info.name, r)) continue;
        if (info.gender !== 'unknown' && r.gender !== 'unknown' && info.gender !== r.gender) continue;
        // ("the Florida senator" is not the senator just named with Texas: "Texas Sen. Ted Cruz", "Cruz (R-Texas)")
        if (places.length && !placed(r) && r.mentions.some((x) => x.start < src.start && otherPlaceNear(doc.matchText, x, places))) continue;
        if (last.start > nearAt) { near = r; nearAt = last.start; }
      }
      return near;
    };
    if (cands.length && !cands.every((r) => r.unnamedDescription)) {
      const best = cands.reduce((a, b) => {
        const sa = (a.speakerCount ? 1 : 0) * 3 + (lastMentionBefore(a, src.start)!.sent);
        const sb = (b.speakerCount ? 1 : 0) * 3 + (lastMentionBefore(b, src.start)!.sent);
        return sb > sa ? b : a;
      });
      if (info.kind === 'organization' && head) best.heads.add(head);
      dis.addMention(best, m);
      return best;
    }
    const near = variedName();
    if (near) { dis.addMention(near, m); return near; }
    if (cands.length) {
      const best = cands.reduce((a, b) => (lastMentionBefore(b, src.start)!.sent > lastMentionBefore(a, src.start)!.sent ? b : a));
      dis.addMention(best, m);
      return best;
    }
    // "Trump's campaign is buying ads ... The campaign said": the campaign last named so in the text
    if (info.kind === 'organization' && head === 'campaign' && /^the\s/i.test(info.name)) {
      const owner = lastCampaignOwner(doc.matchText.slice(Math.max(0, src.start - CAMPAIGN_LOOKBACK_CHARS), src.start));
      if (owner) {
        const name = `${owner} campaign`;
        const known = dis.sameName(name, 'organization') ?? dis.sameName(`the ${name}`, 'organization');
        if (known) { dis.addMention(known, m); return known; }
        return dis.add({ name, kind: 'organization', gender: 'neuter', number: 'singular', heads: new Set(['campaign']) }, m);
      }
    }
    return unresolvedDescription(dis, q, info, m);
  }

  // (a document is its own speaker: "A 2014 study that appeared in the British Medical Journal" is not the journal)
  // (nor a name inside a relative clause that describes the head: "The bill, which passed the House" is not the House)
  const relative = NONRESTRICTIVE_RELATIVE.exec(doc.matchText.slice(src.start, src.end));
  const at = info.ownRecord ? undefined : entityMentionIn(doc, relative && relative.index > 0 ? { start: src.start, end: src.start + relative.index } : src, info.nameSpan);
  // (an entity elsewhere in a mention that reads as its own name, "Senate Leader Greg Taylor of Indianapolis", is not the speaker)
  const offName = at && info.nameSpan && !(at.start < info.nameSpan.end && info.nameSpan.start < at.end);
  // ("many Latinos", "Some Democrats": people left unnamed, not the entity their word was typed as)
  const groupWord = info.form === 'anonymous' && info.number === 'plural' && at?.entity.type !== 'person';
  // ("The Swedish brochure", "the quirk of British tradition", "Nine in 10 Democratic voters": a nationality or a
  // party's adjective before a description's head modifies it, and speaks for no one)
  const miscModifier = at?.entity.type === 'other' && info.form !== 'name' && /\p{L}/u.test(doc.text.slice(at.end, src.end))
    && isNationalityPhrase(at.entity.name);
  // (a post's signer is its display name as written, titles read off: an entity the tagger found inside it, "Browns" of
  // "PFF CLE Browns (@PFF_Browns)", is not the signer)
  const inSignature = at && !!q.rule?.startsWith(POST_SIGNOFF_RULE) && info.form === 'name' && !!info.nameSpan && (at.start > info.nameSpan.start || at.end < info.nameSpan.end);
  let found = at && !offName && !groupWord && !miscModifier && !inSignature && !nameModifiesHead(doc, info, src, at) ? at.entity : undefined;
  // "Wells Fargo" opening a sentence, tagged "Fargo": an entity named exactly as the mention reads is the one meant
  if (found && (info.form === 'name' || info.form === 'organization' || info.form === 'media') && found.name !== info.name) {
    const exact = entitiesByName(doc).get(info.name.toLowerCase());
    if (exact && exact.type === found.type && exact.name.length > found.name.length) found = exact;
  }
  // an entity cluster may join two people of one surname ("Ivanka Trump" under "Donald Trump"): a full name that
  // differs in its first name from the entity's is its own person
  const foundInfo = found ? mentionReading(found.name) : null;
  const entity = found && foundInfo && !(info.form === 'name' && conflictingFullNames(info.name, found.name)) && !mistypedEntity(found, info)
    // "Roberts" typed an organization after "Mayor Jennifer Roberts" spoke: the surname is hers
    && !(found.type !== 'person' && info.form === 'name' && !WHITE_SPACE_RE.test(info.name) && dis.byName(info.name, 'person', src.start, info.gender))
    && !dis.personEntities.has(found.id)
    && (found.type !== 'person' || plausiblePersonName(found.name, foundInfo))
    // (but a body's name run over a comma, which the mention reader cut there, is whole: "Immigration, Refugees and
    // Citizenship Canada")
    && !(info.form === 'name' && (found.type === 'person' || !found.name.includes(',')) && found.name.split(/\s+/).length > MAX_PERSON_NAME_WORDS)
    // "Devon and Cornwall Police" is one body, not the "Cornwall Police" the recognizer cut out of it
    && !(info.form === 'organization' && info.name.length > found.name.length && /\s(?:and|&)\s/.test(info.name) && info.name.toLowerCase().includes(found.name.toLowerCase()))
    // "Mrs. Clinton" is not the entity "Bill Clinton"
    // ("Ivana Trump's brief", a document, has no gender to disagree with)
    && !((info.gender === 'male' || info.gender === 'female') && foundInfo.gender !== 'unknown' && found.type === 'person' && info.gender !== foundInfo.gender) ? found : undefined;
  if (entity) {
    const existing = dis.byEntity(entity.id);
    if (existing) {
      // an outlet first met as a mere organization ("RT" typed an organization) speaks as media once a mention reads so
      if (existing.kind === 'organization' && info.kind === 'media') existing.kind = 'media';
      // a name the recognizer read as a person's, no given name opening it, is a body once a mention reads so ("a spokesman for Acme")
      if (existing.kind === 'person' && info.form === 'organization' && !isGivenName(existing.name.split(' ')[0]!)) { existing.kind = 'organization'; existing.gender = 'neuter'; }
      // the mention gives the full name the entity lacks ("Gov. Pat McCrory (R)" for the entity "McCrory")
      if (existing.kind === 'person' && info.form === 'name' && info.name.endsWith(` ${existing.name}`) && wordCount(info.name) <= MAX_PERSON_NAME_WORDS
          && givenNamesOnly(info.name.slice(0, -existing.name.length - 1))) dis.rename(existing, info.name);
      dis.addMention(existing, m);
      return existing;
    }
    const kind = kindOfEntity(doc, entity, info);
    // the mention's own reading wins when it is the longer form of the entity's name ("Donna Sampson Rawlings")
    // and a lexicon's canonical form of a government or outlet ("the White House") is kept
    // (or ends with it after given names: "Pat McCrory" for the entity "McCrory")
    const name = (info.form === 'name' && info.name.length > entity.name.length && plausiblePersonName(info.name, info)
        && (info.name.startsWith(entity.name) || (entity.type === 'person' && info.name.endsWith(` ${entity.name}`) && givenNamesOnly(info.name.slice(0, -entity.name.length - 1)))))
      || ((info.form === 'organization' || info.form === 'media') && info.nameSpan && info.name.replace(/^the /i, '') === cleanName(entity.name).replace(/^the /i, ''))
      // (a body's name the entity cut short: "Ministry of Foreign Affairs" for the entity "The Ministry")
      || (info.form === 'organization' && !!info.head && !!info.nameSpan && ORGANIZATION_HEADS.has(info.head)
        && info.name.toLowerCase().replace(/^the\s+/, '').startsWith(entity.name.toLowerCase().replace(/^the\s+/, '')) && info.name.length > entity.name.length)
      // (a network's station the entity cut to the network: "CBS DFW" for the entity "CBS")
      || (info.form === 'media' && info.name.startsWith(`${entity.name} `) && networkStation(info.name) !== null)
      // (a body's name the recognizer cut at its start: "Citizens for Tax Justice" for the entity "Tax Justice")
      || (info.form === 'organization' && !!info.nameSpan && info.name.toLowerCase().endsWith(` ${cleanName(entity.name).toLowerCase()}`))
      // (an outlet's name the recognizer cut short: "USA Today" for the entity "USA")
      || (info.form === 'media' && !!info.nameSpan && info.name.toLowerCase().startsWith(`${cleanName(entity.name).toLowerCase()} `))
      ? info.name : cleanName(entity.name);
    const byName = dis.byName(name, kind, src.start);
    if (byName && !byName.entity) {
      // (the entity's name for it, unless shorter than the one it has: "Box" after "Kristina Box")
      dis.setEntity(byName, entity.id);
      if (wordCount(name) >= wordCount(byName.name)) dis.rename(byName, name);
      dis.addMention(byName, m);
      return byName;
    }
    const heads = new Set([...info.roles, ...roleHeads(entity.roles)]);
    return dis.add({ name, kind, gender: info.gender, number: info.number, entity: entity.id, heads }, m);
  }

  // "Protests continued ...": one capitalized word opening a sentence that the tagger reads as a common plural noun
  // is no name (the entities know none there)
  // (a surname the text knows stays a name: "Sanders" is tagged so too)
  if (info.form === 'name' && info.kind === 'person' && !WHITE_SPACE_RE.test(info.name) && commonPluralOpening(doc, src) && !dis.byName(info.name, 'person', src.start)
      && !personNamed(doc, info.name)) {
    // ("Employers", "Hackers", "Hundreds": people left unnamed; "Projections", "Attacks": no one)
    const lower = info.name.toLowerCase();
    const people = agentNoun(lower.replace(/s$/, '')) || (/(?:ants|ents)$/.test(lower) && !/ments$/.test(lower) && !NOT_PEOPLE_PLURALS.has(lower))
      || /^(?:hundreds|thousands|dozens|millions|dems|two-thirds|three-quarters)$/.test(lower);
    const record = DOCUMENT_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower.replace(/s$/, ''));
    return dis.add({ name: doc.text.slice(src.start, src.end).trim(), kind: people ? 'anonymous' : record ? 'document' : 'unknown', gender: 'unknown', number: 'plural', heads: new Set() }, m);
  }
  if (info.form === 'name' || info.form === 'organization' || info.form === 'media') {
    const existing = dis.byName(info.name, info.kind, src.start, info.gender);
    if (existing) {
      dis.addMention(existing, m);
      if (info.name.split(/\s+/).length > existing.name.split(/\s+/).length && info.name.split(/\s+/).length <= MAX_PERSON_NAME_WORDS) dis.rename(existing, info.name);
      if (existing.gender === 'unknown') existing.gender = info.gender;
      for (const r of info.roles) existing.heads.add(r);
      return existing;
    }
    return dis.add({ name: info.name, kind: info.kind, gender: info.gender, number: info.number, heads: new Set(info.roles) }, m);
  }

  if (info.form === 'anonymous' || info.form === 'document' || info.form === 'unknown') {
    // the same description again is the same source
    const same = dis.sameName(info.name, info.kind);
    if (same) { dis.addMention(same, m); return same; }
    if (info.form === 'unknown' && !info.name) return null;
    const heads = new Set<string>([...(info.head ? [info.head, info.head.replace(/s$/, '')] : []), ...info.roles]);
    return dis.add({ name: info.name, kind: info.kind, gender: info.gender, number: info.number, heads }, m);
  }
  return null;
}
