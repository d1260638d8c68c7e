import type { Doc } from '../../doc/doc.js';
import type { Span } from '../../doc/types.js';
import { CUE_PARTICIPLES, CUE_VERB_FORMS, QUOTE_FRAME_VERBS, THAT_CUE_PARTICIPLES } from '../../lexicon/reporting.js';
import { isFiniteTag } from '../../pos/tags.js';

/**
 * Shared pieces of the rule finders: the cue-verb alternation, a loose
 * source noun phrase, and the checks that keep a source plausible (few words,
 * no finite verb when POS tags are there, no clause words).
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
export const CUE_RE_SRC = `(?:${[...CUE_VERB_FORMS].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
/** Where a cue verb ends: not inside a longer word or a compound ("think-tank", "says-who"). */
export const CUE_END = String.raw`(?![\p{L}\p{N}-])`;
/** Verbs of the manner of saying, for the frame right after a quotation (see QUOTE_FRAME_VERBS). */
export const QUOTE_FRAME_RE_SRC = `(?:${QUOTE_FRAME_VERBS.filter((v) => !CUE_VERB_FORMS.includes(v)).sort((a, b) => b.length - a.length).map(escape).join('|')})`;
export const PARTICIPLE_RE_SRC = `(?:${CUE_PARTICIPLES.map(escape).join('|')}|(?:${THAT_CUE_PARTICIPLES.map(escape).join('|')})(?=\\s+that\\s))`;
/** A word of a source mention, as it appears in the matching text (apostrophes folded). */
export const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}'.&-]*`;
/**
 * Auxiliaries and adverbs that may sit between a source and its verb ("he also said", "the official has
 * repeatedly warned"); the frames put them in the cue, as PolNeAR does ("has" before a cue verb is inside the
 * cue 791 times on train, outside 8). "is"/"was"/"are"/"were" are left out: with them the frames matched more
 * wrong clauses than right ones (train source fp +62).
 */
export const ADV = String.raw`(?:(?:also|further|later|then|previously|earlier|once|again|recently|repeatedly|reportedly|had|has|have|would|will|long|now|publicly|not|never|did|does|could|can|may|might|should)\s+){0,2}`;

/** Words that start a clause, not a source. */
const NOT_SOURCE_START = new Set(['and', 'but', 'or', 'which', 'that', 'as', 'so', 'because', 'if', 'when', 'while', 'although', 'though', 'where', 'what', 'it', 'there', 'this', 'these', 'those', 'to', 'in', 'on', 'at', 'for', 'of', 'with', 'by', 'from']);
const MAX_SOURCE_WORDS = 16;

/** True when the span reads like a source mention: a short noun phrase. */
export function plausibleSource(doc: Doc, s: Span, maxWords = MAX_SOURCE_WORDS): boolean {
  const t = doc.matchText.slice(s.start, s.end).trim();
  // (a quotation mark: straight, curly ones are folded to it, or two apostrophes)
  if (!t || /"|''/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > maxWords) return false;
  const first = words[0]!.toLowerCase();
  if (NOT_SOURCE_START.has(first) && !(first === 'it' && words.length === 1)) return false;
  if (!/\p{L}/u.test(t)) return false;
  // with POS tags: no finite verb inside a source
  const i0 = lowerBoundToken(doc, s.start);
  for (let i = i0; i < doc.tokens.length && doc.tokens[i]!.start < s.end; i++) {
    const p = doc.tokens[i]!.pos;
    // (a participle opening the mention before a noun is an adjective the tagger misread: "certified financial planner
    // Eric Roberge", "retired general ...")
    if (i === i0 && p === 'VBD' && /ed$/.test(doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.end)) && /^(?:JJ|NN)/.test(doc.tokens[i + 1]?.pos ?? '')) continue;
    if (isFiniteTag(p)) return false;
  }
  return true;
}

/** Index of the first token ending after `pos`. */
export function lowerBoundToken(doc: Doc, pos: number): number {
  let lo = 0, hi = doc.tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (doc.tokens[mid]!.end <= pos) lo = mid + 1; else hi = mid; }
  return lo;
}
/** Whether the tokens within [from, to) hold a finite verb or a modal. */
export function finiteIn(doc: Doc, from: number, to: number): boolean {
  for (let k = lowerBoundToken(doc, from); k < doc.tokens.length && doc.tokens[k]!.end <= to; k++) if (isFiniteTag(doc.tokens[k]!.pos)) return true;
  return false;
}

/** Whether a cue opens with a participle ("chanting", "saying"): its source is the main clause's subject, not a mention near it. */
export function opensWithParticiple(doc: Doc, cue: Span): boolean {
  return doc.tokens[lowerBoundToken(doc, cue.start)]?.pos === 'VBG';
}

/** The span of a regex group (needs the `d` flag), shifted by `base`. */
export function groupSpan(m: RegExpExecArray, g: number, base: number): Span | null {
  const ix = m.indices?.[g];
  return ix ? { start: base + ix[0], end: base + ix[1] } : null;
}

/** A source span without trailing commas, and without a final period unless it ends an abbreviation ("U.S.", "Jr."). */
export function tidySource(text: string, s: Span): Span {
  let { start, end } = tidy(text, s);
  while (end > start && /[,;:]/.test(text[end - 1]!)) end--;
  if (text[end - 1] === '.' && !/(?:\b\p{L}\.(?:\p{L}\.)*|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|Gov|Sen|Rep|Dr|Mr|Mrs|Ms)\.)$/u.test(text.slice(start, end))) end--;
  return tidy(text, { start, end });
}

/** Trims white space (and, when asked, trailing sentence punctuation) off a span. */
export function tidy(text: string, s: Span, punct = false): Span {
  let a = s.start, b = s.end;
  const edge = punct ? /[\s.,;:!?]/ : /\s/;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && edge.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

/** A sentence's opening subordinate clause ("Although relatives suggested he was murdered, "), up to and past the comma that closes it (no quotation in it). */
export const SUBORDINATE_LEAD = /^(?:Although|Though|Even though|While|Whereas|Even as|Because|Since|If|Unless)\s[^,"]{3,200},\s+/;
