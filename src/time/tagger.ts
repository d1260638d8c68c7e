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
  if (ref) return tagAgainst(match, ref, opts);
  // No reference date: today's date would make the output depend on the day it runs. Tag against two
  // sentinel days that differ in every calendar field; what changes between them depends on the
  // reference, and those fields become X placeholders ("tomorrow" -> XXXX-XX-XX, "in March" -> XXXX-03).
  const first = tagAgainst(match, SENTINEL_REFS[0], opts);
  const second = new Map(tagAgainst(match, SENTINEL_REFS[1], opts).map((t) => [`${t.start}:${t.end}`, t]));
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

/** Tags the folded text against a known reference day. */
function tagAgainst(match: string, ref: CalDate, opts: TagOptions): TimeMention[] {
  const ctx: TagContext = { match, ref, sentences: opts.sentences };
  let cands: Candidate[] = [];
  const lower = match.toLowerCase();
  for (let k = 0; k < TIME_PARSERS.length; k++) {
    const p = TIME_PARSERS[k]!, triggers = TRIGGER_RES[k];
    if (triggers && !triggers.test(lower)) continue;
    p.pattern.lastIndex = 0;
    for (let m = p.pattern.exec(match); m; m = p.pattern.exec(match)) {
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
