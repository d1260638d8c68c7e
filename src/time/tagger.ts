/**
 * The time tagger, chrono-style: an ordered list of parsers (one pattern
 * family each) proposes candidates, refiners resolve overlaps, merge pieces,
 * take modifiers in, anchor anaphoric expressions and normalize to TIMEX3.
 */
import type { Span, TimeMention } from '../doc/types.js';
import { foldForMatching } from '../doc/normalize.js';
import { type CalDate, formatDate, parseIsoDay } from './calendar.js';
import { durationParser } from './parsers/duration.js';
import { holidayParser } from './parsers/holiday.js';
import { monthDateParser } from './parsers/month-date.js';
import { monthDayConjunctParser } from './parsers/month-day-conjunct.js';
import { numericDateParser } from './parsers/numeric-date.js';
import { offsetParser } from './parsers/offset.js';
import { quarterParser } from './parsers/quarter.js';
import { referenceParser } from './parsers/reference.js';
import { relativeDayParser } from './parsers/relative-day.js';
import { relativeUnitParser } from './parsers/relative-unit.js';
import { seasonParser } from './parsers/season.js';
import { setParser } from './parsers/set.js';
import { timeOfDayParser } from './parsers/time-of-day.js';
import { weekdayParser } from './parsers/weekday.js';
import { weekendParser } from './parsers/weekend.js';
import { theYearParser } from './parsers/the-year.js';
import { spelledYearParser } from './parsers/spelled-year.js';
import { yearAgoPeriodParser } from './parsers/year-ago-period.js';
import { centuryYearEndParser } from './parsers/century-year-end.js';
import { yearParser } from './parsers/year.js';
import { anchorRefiner } from './refiners/anchor.js';
import { mergeRefiner } from './refiners/merge.js';
import { modifierRefiner } from './refiners/modifiers.js';
import { overlapRefiner } from './refiners/overlap.js';
import type { Candidate, TagContext, TimeParser, TimeRefiner } from './types.js';
import { isAsciiAlnum, isAsciiDigit, isAsciiLetter } from '../doc/chars.js';

/** Parsers in priority order: on equal extents the earlier one wins. */
export const TIME_PARSERS: readonly TimeParser[] = [
  numericDateParser, monthDateParser, holidayParser, quarterParser, offsetParser, relativeUnitParser, relativeDayParser,
  weekdayParser, weekendParser, timeOfDayParser, seasonParser, setParser, durationParser, referenceParser, yearParser,
  theYearParser, spelledYearParser, yearAgoPeriodParser, centuryYearEndParser, monthDayConjunctParser,
];
export const TIME_REFINERS: readonly TimeRefiner[] = [overlapRefiner, mergeRefiner, modifierRefiner, anchorRefiner];

export interface TagOptions {
  /** Reference date (YYYY-MM-DD) for relative expressions; when absent, what depends on it is spelled with X placeholders. */
  referenceDate?: string | null;
  /** Sentence spans, when the caller has them (used for tense). */
  sentences?: Span[];
  /** Spans to ignore (boilerplate): nothing there is tagged or anchors anything. */
  exclude?: Span[];
}

/** Finds and normalizes the time expressions of a text. Offsets are UTF-16 indices. */
export function tagTimes(text: string, matchText?: string, opts: TagOptions = {}): TimeMention[] {
  const match = matchText ?? foldForMatching(text);
  const ref = parseIsoDay(opts.referenceDate ?? '');
  const starts = startPositions(match);
  if (ref) return tagAgainst(match, ref, opts, starts);
  // No reference date: today's date would make the output depend on the day it runs. Tag against two
  // sentinel days that differ in every calendar field; what changes between them depends on the
  // reference, and those fields become X placeholders ("tomorrow" -> XXXX-XX-XX, "in March" -> XXXX-03).
  const first = tagAgainst(match, SENTINEL_REFS[0], opts, starts);
  const second = new Map(tagAgainst(match, SENTINEL_REFS[1], opts, starts).map((t) => [`${t.start}:${t.end}`, t]));
  for (const t of first) {
    const other = second.get(`${t.start}:${t.end}`);
    t.value = unknownWhereDifferent(t.value, other?.value);
    if (t.anchor) t.anchor = unknownWhereDifferent(t.anchor, other?.anchor);
  }
  return first;
}

/**
 * Two reference days differing in century, decade, year, half, quarter, season, month, ISO week,
 * day and weekday (1994-06-16 is a Thursday in 1994-W24, 2011-11-28 a Monday in 2011-W48).
 */
const SENTINEL_REFS: readonly [CalDate, CalDate] = [parseIsoDay('1994-06-16')!, parseIsoDay('2011-11-28')!];

/** `value` with every digit group that differs from `other` (or every one, without `other`) replaced by X's. */
function unknownWhereDifferent(value: string, other: string | undefined): string {
  if (value === other || /^P|_REF$/.test(value)) return value;
  const otherGroups = other?.match(/\d+/g) ?? [];
  const sameShape = other !== undefined && other.replace(/\d+/g, '#') === value.replace(/\d+/g, '#');
  let i = 0;
  return value.replace(/\d+/g, (g) => (sameShape && otherGroups[i++] === g ? g : 'X'.repeat(g.length)));
}

/** Per parser, one regex finding any of its triggers (a single scan of the text instead of one per trigger), or null. */
const TRIGGER_RES: readonly (RegExp | null)[] = TIME_PARSERS.map((p) => (p.triggers ? new RegExp(p.triggers.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')) : null));

/** Per parser with `starts`: its pattern made sticky, tried only at the listed start positions. */
const STICKY_RES: readonly (RegExp | null)[] = TIME_PARSERS.map((p) => (p.starts ? new RegExp(p.pattern.source, p.pattern.flags.replace('g', '') + 'y') : null));
/** Bit k set: parser k may start a match at a digit. */
const DIGIT_MASK = TIME_PARSERS.reduce((mask, p, k) => (p.starts?.digit ? mask | (1 << k) : mask), 0);
/**
 * The parsers' first words as a trie: 26 letters, then white space (SPACE) and a digit (DIGIT) for
 * two-word entries ("the weekend", "the #"); -1 for no child. A node's mask has bit k set when an
 * entry of parser k ends there. Walking a word (and, after white space, the next one) down it and
 * OR-ing the masks on the way gives the parsers whose entries it starts with, without allocating.
 */
const TRIE_WIDTH = 28, SPACE = 26, DIGIT = 27;
const { trieNext: TRIE_NEXT, trieMask: TRIE_MASK } = buildFirstWordTrie();

function buildFirstWordTrie(): { trieNext: Int32Array; trieMask: Int32Array } {
  const next: number[] = new Array(TRIE_WIDTH).fill(-1), mask: number[] = [0];
  if (TIME_PARSERS.length > 31) throw new Error('time parsers: one bit each in an int mask, at most 31');
  TIME_PARSERS.forEach((p, k) => {
    for (const entry of p.starts?.words ?? []) {
      if (!/^[a-z]+(?: (?:[a-z]+|#))?$/.test(entry)) throw new Error(`time parser ${p.name}: start "${entry}" is not "word", "word word" or "word #"`);
      let node = 0;
      for (const ch of entry) {
        const slot = node * TRIE_WIDTH + (ch === ' ' ? SPACE : ch === '#' ? DIGIT : ch.charCodeAt(0) - 97);
        if (next[slot] === -1) { next[slot] = mask.length; mask.push(0); next.push(...new Array(TRIE_WIDTH).fill(-1)); }
        node = next[slot]!;
      }
      mask[node]! |= 1 << k;
    }
  });
  return { trieNext: Int32Array.from(next), trieMask: Int32Array.from(mask) };
}

/** As /\s/ (which the patterns use between words) at i: ASCII by code, the rest by the regex. */
const SPACE_RE = /\s/;
function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_RE.test(s[i]!);
}

/** Where the last walk ended: its trie node (-1 when it fell off) and text position (module state: no object per word). */
let walkNode = 0, walkEnd = 0;
/** The masks of the entries that the letters from `from` start with, walking from trie node `node`. */
function walkLetters(match: string, from: number, node: number): number {
  let mask = 0, e = from;
  for (; e < match.length; e++) {
    // c | 32 lower-cases an ASCII letter; the walk stops at the first non-letter or unknown prefix
    const l = match.charCodeAt(e) | 32;
    if (l < 97 || l > 122) break;
    node = TRIE_NEXT[node * TRIE_WIDTH + l - 97]!;
    if (node < 0) break;
    mask |= TRIE_MASK[node]!;
  }
  walkNode = node; walkEnd = e;
  return mask;
}

const isWordChar = (c: number) => isAsciiAlnum(c) || c === 95;

/** Where the parsers' matches may start: word starts in text order, each with the mask of parsers that may start there. */
export interface StartIndex {
  count: number;
  positions: Int32Array;
  masks: Int32Array;
}

/**
 * The start index of a text. Every pattern begins with \b before a letter or digit (case-insensitive
 * matching folds no non-ASCII letter into ASCII), so a match starts where a word starts: there the
 * letter run, lower-cased, begins with one of the parser's first words, or a digit is allowed.
 */
export function startPositions(match: string): StartIndex {
  const n = match.length;
  const positions = new Int32Array((n >> 1) + 1), masks = new Int32Array((n >> 1) + 1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = match.charCodeAt(i);
    if (!isWordChar(c)) continue;
    let j = i + 1;
    while (j < n && isWordChar(match.charCodeAt(j))) j++;
    let mask = 0;
    if (isAsciiDigit(c)) mask = DIGIT_MASK;
    else if (isAsciiLetter(c)) {
      mask = walkLetters(match, i, 0);
      // a two-word entry: the whole word walked, white space, then the next word (or a digit)
      const space = walkNode >= 0 && walkEnd === j && j < n ? TRIE_NEXT[walkNode * TRIE_WIDTH + SPACE]! : -1;
      if (space >= 0 && isSpaceAt(match, j)) {
        let q = j + 1;
        while (q < n && isSpaceAt(match, q)) q++;
        if (q < n) {
          if (isAsciiDigit(match.charCodeAt(q))) {
            const digit = TRIE_NEXT[space * TRIE_WIDTH + DIGIT]!;
            if (digit >= 0) mask |= TRIE_MASK[digit]!;
          } else mask |= walkLetters(match, q, space);
        }
      }
    }
    if (mask) { positions[count] = i; masks[count++] = mask; }
    i = j - 1;
  }
  return { count, positions, masks };
}

/** All start positions of parser k, sorted: its word starts and its `extra` ones. */
export function startsOf(k: number, match: string, idx: StartIndex): number[] {
  const out: number[] = [];
  const bit = 1 << k;
  for (let w = 0; w < idx.count; w++) if (idx.masks[w]! & bit) out.push(idx.positions[w]!);
  const extra = TIME_PARSERS[k]!.starts?.extra?.(match);
  if (!extra?.length) return out;
  // both sorted: merge them, once each
  const merged: number[] = [];
  let a = 0, b = 0;
  while (a < out.length || b < extra.length) {
    const next = b >= extra.length || (a < out.length && out[a]! <= extra[b]!) ? out[a++]! : extra[b++]!;
    if (merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

/** Every match of parser k, in text order, as a global scan would find them. */
function matchesOf(k: number, match: string, lower: () => string, idx: StartIndex): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const sticky = STICKY_RES[k];
  if (!sticky) {
    // (the start index makes the trigger pre-check, a scan of its own, redundant where it applies)
    const triggers = TRIGGER_RES[k];
    if (triggers && !triggers.test(lower())) return out;
    const p = TIME_PARSERS[k]!;
    p.pattern.lastIndex = 0;
    for (let m = p.pattern.exec(match); m; m = p.pattern.exec(match)) out.push(m);
    return out;
  }
  // a global scan resumes after each match: the same here, trying only the possible starts
  let from = 0;
  if (TIME_PARSERS[k]!.starts?.extra) {
    for (const pos of startsOf(k, match, idx)) {
      if (pos < from) continue;
      sticky.lastIndex = pos;
      const m = sticky.exec(match);
      if (m) { out.push(m); from = pos + m[0].length; }
    }
    return out;
  }
  const bit = 1 << k, { count, positions, masks } = idx;
  for (let w = 0; w < count; w++) {
    const pos = positions[w]!;
    if (!(masks[w]! & bit) || pos < from) continue;
    sticky.lastIndex = pos;
    const m = sticky.exec(match);
    if (m) { out.push(m); from = pos + m[0].length; }
  }
  return out;
}

/** Tags the folded text against a known reference day. */
function tagAgainst(match: string, ref: CalDate, opts: TagOptions, starts: StartIndex): TimeMention[] {
  const ctx: TagContext = { match, ref, sentences: opts.sentences };
  let cands: Candidate[] = [];
  let lowerText: string | undefined;
  const lower = () => (lowerText ??= match.toLowerCase());
  for (let k = 0; k < TIME_PARSERS.length; k++) {
    const p = TIME_PARSERS[k]!;
    for (const m of matchesOf(k, match, lower, starts)) {
      const c = p.extract(m, ctx);
      if (c) cands.push(c);
    }
  }
  if (opts.exclude?.length) {
    const ex = opts.exclude;
    cands = cands.filter((c) => !ex.some((e) => c.start < e.end && e.start < c.end));
  }
  for (const r of TIME_REFINERS) cands = r.refine(cands, ctx);
  const out: TimeMention[] = [];
  for (const c of cands) {
    const value = c.value ?? (c.date ? formatDate(c.date) : null);
    if (value === null) continue;
    const type = c.type === 'DATE' && c.date?.time ? 'TIME' : c.type;
    const t: TimeMention = { start: c.start, end: c.end, type, value, rule: c.rule };
    if (c.mod) t.mod = c.mod;
    if (c.anchor) t.anchor = c.anchor;
    out.push(t);
  }
  return out;
}
