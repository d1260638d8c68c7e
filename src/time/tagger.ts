/**
 * The time tagger, chrono-style: an ordered list of parsers (one pattern
 * family each) proposes candidates, refiners resolve overlaps, merge pieces,
 * take modifiers in, anchor anaphoric expressions and normalize to TIMEX3.
 */
import type { Span, TimeMention } from '../doc/types.js';
import { foldForMatching } from '../doc/normalize.js';
import { formatDate, parseIsoDay } from './calendar.js';
import { durationParser } from './parsers/duration.js';
import { holidayParser } from './parsers/holiday.js';
import { monthDateParser } from './parsers/month-date.js';
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
  theYearParser, spelledYearParser, yearAgoPeriodParser, centuryYearEndParser,
];
export const TIME_REFINERS: readonly TimeRefiner[] = [overlapRefiner, mergeRefiner, modifierRefiner, anchorRefiner];

export interface TagOptions {
  /** Reference date (YYYY-MM-DD) for relative expressions; today when absent. */
  referenceDate?: string | null;
  /** Sentence spans, when the caller has them (used for tense). */
  sentences?: Span[];
  /** Spans to ignore (boilerplate): nothing there is tagged or anchors anything. */
  exclude?: Span[];
}

/** Finds and normalizes the time expressions of a text. Offsets are UTF-16 indices. */
export function tagTimes(text: string, matchText?: string, opts: TagOptions = {}): TimeMention[] {
  const match = matchText ?? foldForMatching(text);
  const ref = parseIsoDay(opts.referenceDate ?? '') ?? parseIsoDay(new Date().toISOString())!;
  const ctx: TagContext = { match, ref, sentences: opts.sentences };
  let cands: Candidate[] = [];
  const lower = match.toLowerCase();
  for (const p of TIME_PARSERS) {
    if (p.triggers && !p.triggers.some((t) => lower.includes(t))) continue;
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
