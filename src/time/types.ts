import type { Span, TimexMod, TimexType } from '../doc/types.js';
import type { CalDate } from './calendar.js';

/** What a parser sees: the folded text, its lower-cased copy and the reference day. */
export interface TagContext {
  /** Matching text (curly quotes, NBSP and dashes folded), same length as the original. */
  match: string;
  ref: CalDate;
  /** Sentence spans when known (otherwise found on demand by punctuation). */
  sentences?: Span[];
  /** The last quarter mentioned so far (set by the anchor refiner): financial stories keep one in focus. */
  focusQuarter?: CalDate;
}

/** A time expression found by a parser, before refiners anchor and filter it. */
export interface Candidate extends Span {
  type: TimexType;
  rule: string;
  /** A fixed value (PRESENT_REF, P8Y, ...), when the expression needs no date. */
  value?: string;
  /** The date it denotes when it does not depend on other mentions. */
  date?: CalDate;
  /** For anaphoric expressions: the date given the last explicit date (anchor). */
  resolve?: (anchor: CalDate, ctx: TagContext) => CalDate | string;
  /** Clock time or part of day still waiting for a day ("3 p.m.", "at night"). */
  timeOfDay?: string;
  mod?: TimexMod;
  /** False for comparisons ("a year earlier", "year-ago") whose date does not become the new anchor. */
  movesAnchor?: boolean;
  /** Set when the value was resolved against an anchor: the anchor's value. */
  anchor?: string;
}

/** One pattern family: a global, case-insensitive regex and what a match means. */
export interface TimeParser {
  name: string;
  pattern: RegExp;
  /** Lower-case strings one of which every match contains: a text with none skips the parser (speed). */
  triggers?: readonly string[];
  /**
   * Where a match can begin (speed: the pattern is then tried only there, sticky). `words`: the
   * lower-case letters a match's first word starts with (prefixes: "mid" also covers "midnight"),
   * or two words ("the weekend": the whole word "the", white space, a word starting "weekend"; "the #":
   * "the" before a digit); `digit`: a match may begin with a digit; `extra`: further start positions,
   * sorted, for matches that begin elsewhere. Must cover every match, or matches are lost; without it
   * the whole text is scanned.
   */
  starts?: { words: readonly string[]; digit?: boolean; extra?: (match: string) => number[] };
  extract(m: RegExpExecArray, ctx: TagContext): Candidate | null;
}

/** A post-pass over all candidates in text order. */
export interface TimeRefiner {
  name: string;
  refine(cands: Candidate[], ctx: TagContext): Candidate[];
}
