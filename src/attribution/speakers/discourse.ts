/**
 * The discourse model of speaker resolution: the referents an article has met
 * (people, bodies, outlets, unnamed sources, records), each with its mentions,
 * indexed by name, surname, entity and sentence, in reading order. index.ts
 * walks the article and fills it; the passes run once it is read
 * (after-reading.ts, interview.ts) look things up in it.
 */
import type { Doc } from '../../doc/doc.js';
import type { Span, Speaker, SpeakerKind } from '../../doc/types.js';
import type { Gender, GrammaticalNumber } from '../../lexicon/speaker-kinds.js';
import { isGivenName } from '../../lexicon/given-names.js';
import { SpanSet, firstAtLeast } from '../../doc/span-index.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { isReportingWord } from '../../lexicon/reporting.js';

/** How far before a mention the word that makes it a phrase's object is read, in characters (a word and "the"). */
const OBLIQUE_LOOKBACK_CHARS = 24;
/** Common nouns read after a name that modifies them ("Clinton communication director"). */
const MODIFIED_NOUNS_MAX = 3;
/** Prepositions that also open a clause whose subject follows ("after Jonathan lost the election, he"): no object. */
const CLAUSE_OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until']);

/** The word before a phrase's end, over a determiner ("with Epstein", "for the Clinton campaign"): what wordBefore reads. */
export const WORD_BEFORE_RE = /(\p{L}+)\s+(?:(?:the|a|an)\s+)?$/u;
/**
 * WORD_BEFORE_RE's word in text.slice(from, to), or null, read backwards from `to`: the regex tried every start in
 * the window, for every mention (0.5% of the pipeline). A letter run, white space, and before a determiner "the",
 * "a" or "an" the letter run and white space before it if any (the regex's leftmost match); a surrogate pair (a
 * letter past the BMP?) is left to the regex.
 */
export function wordBefore(text: string, from: number, to: number): string | null {
  const k = spacesBack(text, from, to);
  if (k === to) return null;
  const m = lettersBack(text, from, k);
  if (k < 0 || m < 0) return WORD_BEFORE_RE.exec(text.slice(from, to))?.[1] ?? null;
  if (m === k) return null;
  const w = text.slice(m, k);
  if (w === 'the' || w === 'a' || w === 'an') {
    const k0 = spacesBack(text, from, m), m0 = k0 < 0 ? -1 : lettersBack(text, from, k0);
    if (k0 < 0 || m0 < 0) return WORD_BEFORE_RE.exec(text.slice(from, to))?.[1] ?? null;
    if (k0 < m && m0 < k0) return text.slice(m0, k0);
  }
  return w;
}
/** The start of the white space (\s) ending at `to`, not before `from`; -1 at a surrogate. */
function spacesBack(text: string, from: number, to: number): number {
  let k = to;
  for (; k > from; k--) {
    const c = text.charCodeAt(k - 1);
    if (c < 128) { if (c === 32 || (c >= 9 && c <= 13)) continue; break; }
    if (c >= 0xd800 && c <= 0xdfff) return -1;
    if (!SPACE_RE.test(text[k - 1]!)) break;
  }
  return k;
}
/** The start of the letters (\p{L}) ending at `to`, not before `from`; -1 at a surrogate. */
function lettersBack(text: string, from: number, to: number): number {
  let k = to;
  for (; k > from; k--) {
    const c = text.charCodeAt(k - 1);
    if (c < 128) { if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue; break; }
    if (c >= 0xd800 && c <= 0xdfff) return -1;
    if (!LETTER_RE.test(text[k - 1]!)) break;
  }
  return k;
}
const SPACE_RE = /\s/u, LETTER_RE = /\p{L}/u;

/** Candidates further back than this many sentences are not considered for a pronoun. */
export const MAX_PRONOUN_DISTANCE = 12;

export interface Mention extends Span {
  /** Ordinal of the sentence among content sentences. */
  sent: number;
  para: number;
  inQuote: boolean;
  asSource: boolean;
  relay: boolean;
  subject: boolean;
  /**
   * The mention hangs inside another phrase: after a preposition or "than" ("chatting with Epstein", "more nervous
   * than Harlan"), or a possessive or a noun's modifier ("Kaufman's cameo", "Clinton communication director Jennifer
   * Palmieri"). Not the subject a later pronoun most often continues.
   */
  oblique: boolean;
}

export interface Referent {
  id: number;
  name: string;
  kind: SpeakerKind;
  entity?: string;
  gender: Gender;
  number: GrammaticalNumber;
  /** Head nouns and roles that a definite nominal can match ("official", "president"). */
  heads: Set<string>;
  mentions: Mention[];
  speakerCount: number;
  lastSpoke: number;
  /** A definite person description nothing earlier named ("The Republican nominee"): no name another description can take. */
  unnamedDescription: boolean;
}

export class Discourse {
  readonly referents: Referent[] = [];
  /** Entities typed as organizations that the text shows are people. */
  readonly personEntities = new Set<string>();
  private lastSpeakerId = -1;
  private speakOrder = 0;

  private readonly regionSet: SpanSet;
  constructor(readonly doc: Doc, regions: Span[], private readonly sentOrdinal: Map<number, number>) { this.regionSet = new SpanSet(regions); }

  /** Whether the span lies inside a quotation (a quoted region or a direct quote's content). */
  inQuotation(span: Span): boolean { return this.regionSet.contains(span); }

  mention(span: Span, opts: Partial<Pick<Mention, 'asSource' | 'relay'>> = {}): Mention {
    const si = this.doc.sentenceAt(span.start);
    const sent = si >= 0 ? this.doc.sentences[si]! : null;
    const oblique = this.obliqueAt(span);
    return {
      start: span.start, end: span.end,
      sent: si >= 0 ? this.sentOrdinal.get(si) ?? -1 : -1,
      para: sent?.paragraph ?? -1,
      inQuote: this.inQuotation(span),
      asSource: opts.asSource ?? false, relay: opts.relay ?? false,
      // a subject opens its sentence, maybe after a role phrase ("Russian President Vladimir Putin")
      // (but not a name that modifies the sentence's subject: "Clinton spokesman Brian Fallon")
      subject: !oblique && (sent ? opensSentence(this.doc.matchText, sent.start, span.start) : true),
      oblique,
    };
  }

  private tokenStarts: number[] | null = null;
  /** Whether a mention hangs inside another phrase (see Mention.oblique). */
  private obliqueAt(span: Span): boolean {
    const text = this.doc.matchText;
    // a possessive: "Kaufman's", "Reynolds'" (the mention may hold its "'s" or stop before it)
    if (/['’]s?$/.test(text.slice(span.end - 2, span.end)) || /^['’](?:s\b|(?=\s))/.test(text.slice(span.end, span.end + 3))) return true;
    // the word before, over a determiner: "with Epstein", "than Rose Harlan", "for the Clinton campaign"
    const before = wordBefore(text, Math.max(0, span.start - OBLIQUE_LOOKBACK_CHARS), span.start);
    if (before && PREPOSITIONS.has(before.toLowerCase()) && !CLAUSE_OPENING_PREPOSITIONS.has(before.toLowerCase())) return true;
    // a modifier of the nouns after it, in a phrase named by a determiner or a name after them ("the Trump campaign",
    // "Clinton communication director Jennifer Palmieri"; not "Tom Reyes charges that", a verb tagged as a noun)
    const tokens = this.doc.tokens;
    if (!tokens.length || !tokens[0]!.pos) return false;
    this.tokenStarts ??= tokens.map((t) => t.start);
    let k = firstAtLeast(this.tokenStarts, span.end), nouns = 0;
    for (; k < tokens.length && nouns < MODIFIED_NOUNS_MAX && /^NNS?$/.test(tokens[k]!.pos ?? '') && /^\p{Ll}/u.test(text[tokens[k]!.start]!); k++) nouns++;
    if (!nouns || text.slice(span.end, tokens[firstAtLeast(this.tokenStarts, span.end)]!.start).trim() !== '') return false;
    const first = tokens[firstAtLeast(this.tokenStarts, span.end)]!;
    return !isReportingWord(text.slice(first.start, first.end));
  }

  /*
   * Indexes over the referents, each list in referent order (ascending id),
   * so that a lookup reads the referents a scan over all of them would keep,
   * in the same order: a text with thousands of people was quadratic.
   */
  /** By lower-case name. */
  private readonly named = new Map<string, Referent[]>();
  /** People by the lower-case last word of their name. */
  private readonly surnamed = new Map<string, Referent[]>();
  /** People named in full by the lower-case first word of their name ("tessa" -> Tessa Bishop). */
  private readonly firstNamed = new Map<string, Referent[]>();
  /** The first referent of each entity. */
  private readonly entityRefs = new Map<string, Referent>();
  /** The referents with a mention in each content sentence (by ordinal; -1: outside the content sentences). */
  private readonly bySentence = new Map<number, Set<Referent>>();

  add(r: Omit<Referent, 'id' | 'mentions' | 'speakerCount' | 'lastSpoke' | 'unnamedDescription'> & { unnamedDescription?: boolean }, m: Mention): Referent {
    // every referent built with the same fields in the same order (one object shape for the loops over referents)
    const ref: Referent = {
      id: this.referents.length, name: r.name, kind: r.kind, entity: r.entity, gender: r.gender, number: r.number, heads: r.heads,
      mentions: [], speakerCount: 0, lastSpoke: -1, unnamedDescription: r.unnamedDescription ?? false,
    };
    this.referents.push(ref);
    this.indexName(ref);
    if (ref.entity !== undefined && !this.entityRefs.has(ref.entity)) this.entityRefs.set(ref.entity, ref);
    this.addMention(ref, m);
    return ref;
  }

  /** Adds a mention to a referent (every mention goes through here: the sentence index needs it). */
  addMention(r: Referent, m: Mention): void {
    r.mentions.push(m);
    let at = this.bySentence.get(m.sent);
    if (!at) this.bySentence.set(m.sent, (at = new Set()));
    at.add(r);
  }

  /** Takes back the referent's last mention (a resolution undone); the sentence index keeps the referent when another mention is in that sentence. */
  retractMention(r: Referent): void {
    const m = r.mentions.pop();
    if (!m || r.mentions.some((x) => x.sent === m.sent)) return;
    this.bySentence.get(m.sent)?.delete(r);
  }

  /** Gives a referent a new name, re-indexed. */
  rename(r: Referent, name: string): void {
    this.unindexName(r);
    r.name = name;
    this.indexName(r);
  }

  /** Ties a referent to an entity. */
  setEntity(r: Referent, id: string): void {
    r.entity = id;
    const first = this.entityRefs.get(id);
    if (!first || first.id > r.id) this.entityRefs.set(id, r);
  }

  private indexName(r: Referent): void {
    insertById(this.named, lowerName(r.name), r);
    if (r.kind === 'person') insertById(this.surnamed, lastToken(r.name), r);
    if (r.kind === 'person' && WHITE_SPACE_RE.test(r.name)) insertById(this.firstNamed, firstToken(r.name), r);
  }
  private unindexName(r: Referent): void {
    removeFrom(this.named, lowerName(r.name), r);
    if (r.kind === 'person') removeFrom(this.surnamed, lastToken(r.name), r);
    if (r.kind === 'person' && WHITE_SPACE_RE.test(r.name)) removeFrom(this.firstNamed, firstToken(r.name), r);
  }

  /** The referent of a kind whose name is this one, lower-cased alike (the first). */
  sameName(name: string, kind: SpeakerKind): Referent | undefined {
    return this.named.get(name.toLowerCase())?.find((r) => r.kind === kind);
  }

  /**
   * The referents a pronoun in content sentence `sent` may stand for, in
   * order: those mentioned before `pos`, no more than MAX_PRONOUN_DISTANCE
   * content sentences back (or outside the content sentences, where no
   * distance is known).
   */
  pronounCandidates(pos: number, sent: number): Referent[] {
    const mentionedBefore = (r: Referent) => r.mentions.some((x) => x.start < pos);
    if (sent < 0) return this.referents.filter(mentionedBefore);
    const near = new Set<Referent>(this.bySentence.get(-1));
    for (let s = Math.max(0, sent - MAX_PRONOUN_DISTANCE); s <= sent; s++) for (const r of this.bySentence.get(s) ?? []) near.add(r);
    return [...near].filter(mentionedBefore).sort((a, b) => a.id - b.id);
  }

  spoke(r: Referent): void { r.speakerCount++; r.lastSpoke = ++this.speakOrder; this.lastSpeakerId = r.id; }
  isLastSpeaker(r: Referent): boolean { return r.id === this.lastSpeakerId; }

  byEntity(id: string): Referent | undefined { return this.entityRefs.get(id); }

  /** The referent a name denotes: same name, or same surname for a person, latest first. */
  byName(name: string, kind: SpeakerKind, before: number, gender: Gender = 'unknown'): Referent | undefined {
    const low = name.toLowerCase();
    // one pass, no per-call arrays: this runs for every candidate mention against every referent
    let exact: Referent | undefined; let exactAt = -1;
    for (const r of this.named.get(low) ?? []) {
      if ((r.kind !== kind && kind !== 'unknown') || !mentionedBy(r, before)) continue;
      const at = lastMentionBefore(r, before + 1)?.start ?? -1;
      // the latest; the first in order on a tie
      if (!exact || at > exactAt) { exact = r; exactAt = at; }
    }
    if (exact || kind !== 'person') return exact;
    const parts = name.split(/\s+/);
    const last = parts[parts.length - 1]!.toLowerCase();
    let sameSurname: Referent | undefined; let sameAt = -1;
    for (const r of this.surnamed.get(last) ?? []) {
      if (!mentionedBy(r, before)) continue;
      // "Mrs. Clinton" is not "Bill Clinton": known genders must agree
      if (!(gender === 'unknown' || r.gender === 'unknown' || r.gender === gender)) continue;
      // (or the name is the end of the referent's: "De Blasio" of "Bill de Blasio", "Guajardo Villarreal" of "Ildefonso Guajardo Villarreal")
      if (!(parts.length === 1 || r.name.split(/\s+/).length === 1 || r.name.toLowerCase() === low || r.name.toLowerCase().endsWith(` ${low}`))) continue;
      const at = lastMentionBefore(r, before + 1)?.start ?? -1;
      if (!sameSurname || at > sameAt) { sameSurname = r; sameAt = at; }
    }
    if (sameSurname || parts.length !== 1) return sameSurname;
    // "Tessa explained": a given name alone is the one person named in full with it (a feature's way), when only one is
    // and no one is named by it as a surname
    const firsts = (this.firstNamed.get(low) ?? []).filter((r) => mentionedBy(r, before) && (gender === 'unknown' || r.gender === 'unknown' || r.gender === gender));
    return firsts.length === 1 ? firsts[0] : undefined;
  }
}

/** The lower-case first word of a name. */
function firstToken(name: string): string { return name.slice(0, name.search(WHITE_SPACE_RE)).toLowerCase(); }
/** Puts r into the list under `key`, the list kept in ascending id. */
function insertById(index: Map<string, Referent[]>, key: string, r: Referent): void {
  const list = index.get(key);
  if (!list) { index.set(key, [r]); return; }
  let i = list.length;
  while (i > 0 && list[i - 1]!.id > r.id) i--;
  list.splice(i, 0, r);
}
function removeFrom(index: Map<string, Referent[]>, key: string, r: Referent): void {
  const list = index.get(key);
  const i = list ? list.indexOf(r) : -1;
  if (i >= 0) list!.splice(i, 1);
}

export const WHITE_SPACE_RE = /\s/;
/** Number of parts of name.split(/\s+/), by name (referent and candidate names repeat). */
const WORD_COUNTS = new Map<string, number>();
export function wordCount(name: string): number {
  let n = WORD_COUNTS.get(name);
  if (n === undefined) {
    if (WORD_COUNTS.size >= NAME_CACHE_MAX) WORD_COUNTS.clear();
    WORD_COUNTS.set(name, (n = name.split(/\s+/).length));
  }
  return n;
}
/**
 * Whether text[from, to) is at most SUBJECT_MAX_WORDS words (runs of non-space)
 * with no comma, semicolon or colon: a mention after it opens its sentence.
 * Read from the sentence's start and given up at the first word too many, so
 * that a huge unsplit sentence is not read whole for each of its mentions.
 */
const SUBJECT_MAX_WORDS = 4;
export function opensSentence(text: string, from: number, to: number): boolean {
  let words = 0, inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) return false;
    const space = c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(text[i]!));
    if (space) inWord = false;
    else if (!inWord) { inWord = true; if (++words > SUBJECT_MAX_WORDS) return false; }
  }
  return true;
}
/** Lower-case names and their last words, by name: the same referent names are compared for every candidate mention. */
const LOWER_NAMES = new Map<string, string>(), LAST_TOKENS = new Map<string, string>();
export const NAME_CACHE_MAX = 20000;
export function lowerName(name: string): string {
  let low = LOWER_NAMES.get(name);
  if (low === undefined) {
    if (LOWER_NAMES.size >= NAME_CACHE_MAX) LOWER_NAMES.clear();
    LOWER_NAMES.set(name, (low = name.toLowerCase()));
  }
  return low;
}
export function lastToken(name: string): string {
  let last = LAST_TOKENS.get(name);
  if (last === undefined) {
    if (LAST_TOKENS.size >= NAME_CACHE_MAX) LAST_TOKENS.clear();
    LAST_TOKENS.set(name, (last = name.split(/\s+/).pop()!.toLowerCase()));
  }
  return last;
}
/** Whether the referent has a mention starting at or before `pos`. */
function mentionedBy(r: Referent, pos: number): boolean {
  for (const m of r.mentions) if (m.start <= pos) return true;
  return false;
}
export function lastMentionBefore(r: Referent, pos: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of r.mentions) if (m.start < pos && (!best || m.start > best.start)) best = m;
  return best;
}

export function toSpeaker(ref: Referent): Speaker {
  const speaker: Speaker = { name: ref.name, kind: ref.kind };
  if (ref.entity) speaker.entity = ref.entity;
  return speaker;
}

/** People named together, as a text names them: "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return names.length === 2 ? `${names[0]} and ${names[1]}` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Words that are all given names or initials ("Pat", "Charles E."). */
export function givenNamesOnly(words: string): boolean {
  return words.split(' ').every((w) => /^\p{Lu}\.$/u.test(w) || isGivenName(w));
}

/**
 * The one person of `people` named in full that the page's title names by surname ("Chris Christie's Exit ..."),
 * else undefined (none, or several).
 */
export function titlePerson(doc: Doc, people: readonly Referent[]): Referent | undefined {
  const words = new Set((doc.meta.title ?? '').toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}-]+/u));
  const named = people.filter((r) => WHITE_SPACE_RE.test(r.name) && words.has(lastToken(r.name)));
  return named.length === 1 ? named[0] : undefined;
}
