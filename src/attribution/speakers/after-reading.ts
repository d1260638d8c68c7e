/**
 * Passes over the speakers once the whole article is read: what the text
 * says later names what it said before (a delayed lede's "she", a lead's
 * "a federal judge", a relative, a surname given in full further down).
 */
import type { Doc } from '../../doc/doc.js';
import type { Quote } from '../../doc/types.js';
import type { Gender } from '../../lexicon/speaker-kinds.js';
import type { MentionInfo } from './mention.js';
import { Discourse, givenNamesOnly, joinNames, lastToken, lowerName, titlePerson, toSpeaker, WHITE_SPACE_RE, type Referent } from './discourse.js';
import { OFFICES, SAME_OFFICE } from './offices.js';
import { authorBySurname } from './author.js';

/** Content sentences (by ordinal) where a "he" or "she" may point forward, before anyone is named (a delayed lede). */
const OPENING_SENTENCES = 3;
/** How far after such a pronoun (in content sentences) the person it points to is named. */
const CATAPHORA_MAX_SENTENCES = 4;
/**
 * "She's slammed NATO, voted against EU treaties ... ¶ Catherine Connolly, a former mayor ...": a feature's
 * opening "he" or "she", before the text names anyone, is the person the headline names (a page's
 * title is kept apart from its text), else the first one the next sentences name. Runs once every mention is
 * known, before the quotes that lean on their neighbours' speakers.
 */
export function openingPronounNamedLater(doc: Doc, dis: Discourse, quotes: Quote[], infos: Map<Quote, MentionInfo>, referentOf: Map<Quote, Referent>): void {
  for (const q of quotes) {
    const p = infos.get(q)?.pronoun;
    if (q.speaker.kind !== 'unknown' || !q.source || !p || p.person !== 3 || p.number !== 'singular' || (p.gender !== 'male' && p.gender !== 'female')) continue;
    const at = dis.mention(q.source);
    if (at.sent < 0 || at.sent >= OPENING_SENTENCES) continue;
    // (anyone named before it is an antecedent the resolver has turned down: the pronoun stays unresolved)
    if (dis.referents.some((r) => r.kind === 'person' && r.mentions.length > 0 && r.mentions[0]!.start < q.source!.start)) continue;
    const people = dis.referents.filter((r) => r.kind === 'person' && r.number !== 'plural' && r.mentions.length > 0 && (r.gender === 'unknown' || r.gender === p.gender));
    let found = titlePerson(doc, people);
    if (!found) {
      for (const r of people) {
        const first = r.mentions[0]!;
        // (not a name first met in the pronoun's own statement: "She said the decision belonged to Maria Costa")
        if (first.start >= q.content.start && first.start < q.content.end) continue;
        if (first.sent - at.sent <= CATAPHORA_MAX_SENTENCES && (!found || first.start < found.mentions[0]!.start)) found = r;
      }
    }
    if (!found) continue;
    dis.addMention(found, dis.mention(q.source, { asSource: true }));
    q.speaker = toSpeaker(found);
    referentOf.set(q, found);
  }
}

/** Content sentences (by ordinal) that make up an article's lead: the headline and the first sentences. */
export const LEAD_SENTENCES = 3;
/** Offices a general word in a lead stands for ("Lawmaker urges retaliation" before "Rep. Adam Schiff"). */
const GENERAL_OFFICES = new Map([['lawmaker', ['representative', 'senator']], ['legislator', ['representative', 'senator']]]);
/**
 * Unnamed people the article names elsewhere, once the whole article is read (every statement given to the
 * description goes to the person):
 * - "A New York judge has rejected ..." then "Manhattan Supreme Court Justice Frank Nervo rejected that
 *   argument": a lead may hold back the name of the person it is about. An unnamed person described by an office
 *   in the lead is the one person named later with that office, when exactly one is ("The judge" later too);
 * - a named person's relative ("Keith Lamont Scott's wife"): see relativeNamed.
 */
export function describedThenNamed(dis: Discourse, quotes: Quote[], referentOf: Map<Quote, Referent>): void {
  const named = new Map<Referent, Referent | null>();
  for (const q of quotes) {
    const d = referentOf.get(q);
    if (!d) continue;
    if (!named.has(d)) named.set(d, leadDescriptionNamed(dis, d) ?? relativeNamed(dis, d));
    const r = named.get(d);
    if (r) q.speaker = toSpeaker(r);
  }
}
/** A relative of a named person ("Keith Lamont Scott's wife") and the gender the relation gives. */
const RELATIVE_RE = /^(.+?)['’‘]s\s+(wife|ex-wife|widow|mother|mom|mum|daughter|sister|husband|ex-husband|widower|father|dad|son|brother)$/i;
const FEMALE_RELATIVES = new Set(['wife', 'ex-wife', 'widow', 'mother', 'mom', 'mum', 'daughter', 'sister']);
/**
 * "Keith Lamont Scott's wife pleads ..." then "Rakeyia Scott can be heard": a relative described by a named
 * person is the one other person of that surname the article names, when exactly one is (and the gender fits).
 */
function relativeNamed(dis: Discourse, d: Referent): Referent | null {
  const rel = d.kind === 'anonymous' && d.number !== 'plural' ? RELATIVE_RE.exec(d.name) : null;
  if (!rel) return null;
  const owner = rel[1]!.trim(), surname = lastToken(owner).toLowerCase();
  if (!WHITE_SPACE_RE.test(owner) || surname.length < 2) return null;
  const gender: Gender = FEMALE_RELATIVES.has(rel[2]!.toLowerCase()) ? 'female' : 'male';
  let found: Referent | null = null;
  for (const r of dis.referents) {
    if (r === d || r.kind !== 'person' || r.number === 'plural' || !WHITE_SPACE_RE.test(r.name) || lastToken(r.name).toLowerCase() !== surname) continue;
    if (lowerName(r.name) === lowerName(owner) || (r.gender !== 'unknown' && r.gender !== gender)) continue;
    if (found) return null;
    found = r;
  }
  return found;
}
/** Words before an office that make its holder someone other than the one holding it now ("shadow chancellor", "former judge"). */
const OTHER_HOLDER_WORDS: ReadonlySet<string> = new Set(['shadow', 'former', 'deputy', 'vice', 'assistant', 'incoming', 'late']);
/** The one person named after the lead with the office a lead description holds (see describedThenNamed), else null. */
function leadDescriptionNamed(dis: Discourse, d: Referent): Referent | null {
  if ((d.kind !== 'anonymous' && !d.unnamedDescription) || d.number === 'plural' || d.entity || !d.mentions.length || d.mentions[0]!.sent >= LEAD_SENTENCES) return null;
  const offices = new Set<string>();
  for (const h of d.heads) for (const o of GENERAL_OFFICES.get(h) ?? (OFFICES.has(h) ? [SAME_OFFICE.get(h) ?? h] : [])) offices.add(o);
  if (!offices.size) return null;
  const first = d.mentions[0]!.start;
  let found: Referent | null = null;
  for (const r of dis.referents) {
    if (r === d || r.kind !== 'person' || r.number === 'plural' || !WHITE_SPACE_RE.test(r.name) || !r.mentions.length || r.mentions[0]!.start <= first) continue;
    if (![...r.heads].some((h) => offices.has(SAME_OFFICE.get(h) ?? h))) continue;
    // ("The Chancellor" is not "the shadow chancellor, Tom Bradwell" nor a former or deputy one)
    if ([...r.heads].some((h) => OTHER_HOLDER_WORDS.has(h) && !d.heads.has(h))) continue;
    if (found) return null;
    found = r;
  }
  return found;
}

/**
 * "Obama" in a headline, "De Blasio" in the first line: a person met by surname before the article gives
 * the full name. Once the whole article is read, a speaker named by a surname (or the end of a name) that
 * exactly one person's full name ends with takes that name; two ("Bill Clinton", "Hillary Clinton") leave
 * it as it is.
 */
export function fullNamesLater(dis: Discourse, quotes: Quote[], infos: Map<Quote, MentionInfo>, referentOf: Map<Quote, Referent>): void {
  // the genders the short names show anywhere ("Mr. Obama", "he"): "Michelle Obama" is not the "Obama" a "Mr." names
  const genders = new Map<string, Set<Gender>>();
  for (const q of quotes) {
    const g = infos.get(q)?.gender;
    if (q.speaker.kind !== 'person' || !g || g === 'unknown' || g === 'neuter') continue;
    const low = q.speaker.name.toLowerCase();
    let set = genders.get(low);
    if (!set) genders.set(low, (set = new Set()));
    set.add(g);
  }
  // the person referents by each end of their names ("schultz", "wasserman schultz" for "Debbie Wasserman Schultz"):
  // one pass over the referents, not one per name asked (articles with thousands of people stay linear)
  const byEnd = new Map<string, Referent[]>();
  for (const r of dis.referents) {
    if (r.kind !== 'person' || r.number === 'plural') continue;
    const words = r.name.split(' ');
    for (let k = 1; k < words.length; k++) {
      // a full name is given names or initials before the surname ("Debbie Wasserman Schultz", "Charles E. Grassley"),
      // not a headline's run ("Media And Marco Rubio", "Of Paul Manafort")
      if (!givenNamesOnly(words.slice(0, k).join(' '))) break;
      const end = words.slice(k).join(' ').toLowerCase();
      const list = byEnd.get(end);
      if (list) list.push(r); else byEnd.set(end, [r]);
    }
  }
  const fullOf = (name: string): Referent | null => {
    const list = byEnd.get(name.toLowerCase());
    if (!list) return null;
    // one full name, however many referents carry it; two ("Bill Clinton", "Hillary Clinton") leave the surname alone
    const first = list[0]!.name.toLowerCase();
    return list.every((r) => r.name.toLowerCase() === first) ? list[0]! : null;
  };
  for (const q of quotes) {
    if (q.speaker.kind !== 'person' || q.speaker.name.length < 2) continue;
    if (q.speaker.name.includes(' and ')) {
      // a group's members one by one ("Grassley and Patrick J. Leahy")
      const members = q.speaker.name.split(/, | and /);
      const named = members.map((n) => fullOf(n)?.name ?? n);
      if (named.some((n, i) => n !== members[i])) {
        q.speaker = { name: joinNames(named), kind: 'person' };
      }
      continue;
    }
    const r = fullOf(q.speaker.name);
    const shown = new Set(genders.get(q.speaker.name.toLowerCase()));
    const own = referentOf.get(q);
    if (own && (own.gender === 'male' || own.gender === 'female')) shown.add(own.gender);
    if (!r || (r.gender !== 'unknown' && [...shown].some((g) => g !== r.gender))) continue;
    if (!q.speaker.entity || !r.entity || q.speaker.entity === r.entity) q.speaker = toSpeaker(r);
  }
}

/**
 * "Peoples reported from New York and Thomson-DeVeaux from Washington": a lone surname the text names no one else
 * by, that a byline author carries, is that author.
 */
export function bylineSurnames(doc: Doc, dis: Discourse, quotes: Quote[]): void {
  if (!doc.meta.authors.length) return;
  for (const q of quotes) {
    if (!q.source || WHITE_SPACE_RE.test(q.speaker.name) || (q.speaker.kind === 'person' && q.speaker.entity)) continue;
    const word = doc.text.slice(q.source.start, q.source.end).trim();
    if (word !== q.speaker.name) continue;
    // (someone in the story with that surname keeps it)
    if (dis.referents.some((r) => r.kind === 'person' && WHITE_SPACE_RE.test(r.name) && lastToken(r.name) === word.toLowerCase())) continue;
    const author = authorBySurname(doc, word);
    if (author) q.speaker = { name: author, kind: 'person' };
  }
}
