import type { Doc } from '../../doc/doc.js';
import type { Span, SpeakerKind } from '../../doc/types.js';
import { NAME_PARTICLES, isGivenName } from '../../lexicon/given-names.js';
import type { Gender } from '../../lexicon/speaker-kinds.js';
import { mentionReading } from './mention.js';

/**
 * A light proper-name scan, used as pronoun candidates only when the entity
 * recognizer has produced no person: full names that start with a known given
 * name or follow a title or role ("President Joe Biden", "Mr. Obama"),
 * later surname-only mentions of those people, and outlets and governments
 * from the lexicons ("the White House", "Moscow").
 */
export interface NameMention { span: Span; name: string; kind: SpeakerKind; gender: Gender; roles: string[] }

/**
 * A run of capitalized words, as the regex
 *   /\p{Lu}[\p{L}\p{N}.'&-]* (?:\s+ (?:(?:de|van|von|der|la|...)\s+)* \p{Lu}[\p{L}\p{N}.'&-]*)* /gu
 * (the particles: NAME_PARTICLES, lexicon/given-names.ts)
 * would match it from `from` on (its leftmost match: the regex never needs to backtrack, so a scan
 * finds the same one), without running a regex over every lower-case stretch. Returns [start, end) or null.
 */
export function nextRun(text: string, from: number): [number, number] | null {
  let i = from;
  for (;;) {
    // (the regex jumps to the next ASCII capital or non-ASCII unit: the characters in between start no run)
    RUN_START_CANDIDATE.lastIndex = i;
    if (!RUN_START_CANDIDATE.test(text)) return null;
    i = RUN_START_CANDIDATE.lastIndex - 1;
    if (text.charCodeAt(i) < 128 || upperAt(text, i)) break;
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  const start = i;
  let end = nameCharsFrom(text, i + upperAt(text, i));
  for (;;) {
    let k = end;
    while (k < text.length && isSpaceAt(text, k)) k++;
    if (k === end) break;
    // lower-case particles before the next capitalized word, one or more ("de Gaulle", "von der Leyen")
    let q = k, after: number;
    while ((after = particleAt(text, q)) >= 0) { q = after; while (q < text.length && isSpaceAt(text, q)) q++; }
    if (q > k) {
      const up = upperAt(text, q);
      if (up) { end = nameCharsFrom(text, q + up); continue; }
    }
    const up = upperAt(text, k);
    if (!up) break;
    end = nameCharsFrom(text, k + up);
  }
  return [start, end];
}
const UPPER_AT = /\p{Lu}/uy, NAME_CHAR_AT = /[\p{L}\p{N}]/uy, SPACE_AT = /\s/y;
/** An ASCII capital or any non-ASCII UTF-16 unit (no `u` flag: a surrogate is one unit), where a run may start. */
const RUN_START_CANDIDATE = /[A-Z\u0080-\uffff]/g;
/** Length (1 or 2 code units) of the upper-case letter at i, or 0. */
function upperAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : 0;
  UPPER_AT.lastIndex = i;
  return UPPER_AT.test(text) ? UPPER_AT.lastIndex - i : 0;
}
/** End of the run of [\p{L}\p{N}.'&-] from i. */
function nameCharsFrom(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 38 || c === 45) { i++; continue; }
      return i;
    }
    NAME_CHAR_AT.lastIndex = i;
    if (!NAME_CHAR_AT.test(text)) return i;
    i = NAME_CHAR_AT.lastIndex;
  }
  return i;
}
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  SPACE_AT.lastIndex = i;
  return SPACE_AT.test(text);
}
/** After a name particle at k that white space follows ("de ", "van "), the index after the particle; else -1. */
function particleAt(text: string, k: number): number {
  let e = k;
  while (e < text.length && e - k < PARTICLE_MAX_LENGTH && isAsciiLowerAt(text, e)) e++;
  return e > k && e < text.length && isSpaceAt(text, e) && NAME_PARTICLES.has(text.slice(k, e)) ? e : -1;
}
/** The longest name particle ("della"). */
const PARTICLE_MAX_LENGTH = Math.max(...[...NAME_PARTICLES].map((p) => p.length));
function isAsciiLowerAt(text: string, i: number): boolean { const c = text.charCodeAt(i); return c >= 97 && c <= 122; }

/**
 * The name mentions of the article's text. With `covered` (1 per character of doc.text that the
 * caller already has a mention for), a run whose every character is covered is not read unless it
 * may name the surname of a lone capitalized word (what such a run adds besides mentions that the
 * caller drops anyway): most runs are names the recognizer found, and reading a new text is costly.
 */
function allCovered(covered: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!covered[k]) return false;
  return true;
}
function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 128) return false;
  return true;
}

export function findNameMentions(doc: Doc, covered?: Uint8Array): NameMention[] {
  const out: NameMention[] = [];
  const singles: Array<{ span: Span; word: string; first: boolean }> = [];
  const surnames = new Set<string>();
  const unread: Array<{ run: string; start: number; offset: number }> = [];
  const read = (run: string, start: number, offset: number): void => {
    // the shared reading (offsets from the run's start): most runs are read, few kept
    const info = mentionReading(run);
    const read = info.nameSpan;
    if (info.form === 'organization' || info.form === 'media') {
      if (read) out.push({ span: { start: read.start + start, end: read.end + start }, name: info.name, kind: info.kind, gender: 'neuter', roles: [] });
      return;
    }
    if (info.form !== 'name' || info.kind !== 'person' || !read) return;
    const nameSpan = { start: read.start + start, end: read.end + start };
    const tokens = info.name.split(/\s+/);
    const first = tokens[0]!.toLowerCase();
    // titled: a role or honorific went before the name (a nationality alone does not: "South Africa")
    const titled = nameSpan.start > start && info.roles.length > 0;
    if (tokens.length === 1 && !titled) {
      singles.push({ span: nameSpan, word: info.name, first: offset === 0 });
      return;
    }
    if (!titled && !isGivenName(first)) return;
    out.push({ span: nameSpan, name: info.name, kind: 'person', gender: info.gender, roles: [...info.roles] });
    surnames.add(tokens[tokens.length - 1]!.toLowerCase());
  };
  for (const s of doc.contentSentences()) {
    const text = doc.matchText.slice(s.start, s.end);
    for (let m = nextRun(text, 0); m; m = nextRun(text, m[1])) {
      const whole = text.slice(m[0], m[1]);
      let run = whole;
      // (most runs end in none of "s", "." or ",": nothing to strip, no regex to run)
      const last = run.charCodeAt(run.length - 1);
      if (last === 115 || last === 46 || last === 44) run = run.replace(/'s$/, '').replace(/[.,]+$/, (x) => (/\b\p{Lu}\.$/u.test(whole) ? x : ''));
      // a run may hold a possessive inside ("Russia's Vladimir Putin"): keep what follows it
      let offset = m[0];
      const poss = run.lastIndexOf("'s ");
      if (poss >= 0) { offset += poss + 3; run = run.slice(poss + 3); }
      if (!run) continue;
      const start = s.start + offset;
      // (every mention read from a covered run lies inside it: the caller drops them all)
      if (covered && allCovered(covered, start, start + run.length)) { unread.push({ run, start, offset }); continue; }
      read(run, start, offset);
    }
  }
  // a covered run still names a surname ("Gerry Connolly" for a lone "Connolly"): read the runs that may
  // (a person's surname is one of the run's words, so an ASCII run holds it in lower case; others are read)
  if (unread.length && singles.length) {
    const wanted = singles.map((w) => w.word.toLowerCase());
    for (const u of unread) {
      if (!isAscii(u.run)) { read(u.run, u.start, u.offset); continue; }
      const lower = u.run.toLowerCase();
      if (wanted.some((w) => lower.includes(w))) read(u.run, u.start, u.offset);
    }
  }
  for (const w of singles) {
    if (surnames.has(w.word.toLowerCase())) out.push({ span: w.span, name: w.word, kind: 'person', gender: 'unknown', roles: [] });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
