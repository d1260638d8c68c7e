/**
 * "last year", "this week", "next month", "earlier this month", "this past spring",
 * and the anaphoric "the following month", "that year", "the previous day", "the same week".
 */
import { SEASONS, UNITS, type Unit } from '../../lexicon/time.js';
import { type CalDate, formatDate, periodOf, shift, weekOf } from '../calendar.js';
import type { Candidate, TagContext, TimeParser } from '../types.js';

/** Relations counted from the reference date. */
const DEICTIC: Record<string, number> = {
  this: 0, current: 0, 'the current': 0, 'this past': -1, last: -1, past: -1, 'the past': -1, 'the last': -1,
  next: 1, 'the coming': 1, coming: 1, 'this coming': 1, 'the upcoming': 1,
};
/** Relations counted from the last explicit date (the anchor). */
const ANAPHORIC: Record<string, number> = {
  that: 0, 'that same': 0, 'the same': 0, 'the following': 1, 'the next': 1, 'the previous': -1, 'the prior': -1,
  'the preceding': -1, 'the succeeding': 1, 'a previous': -1,
};
const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

/** Season index of a day: year * 4 + order; December to February is the winter of the December's year. */
function seasonIndex(ref: CalDate): number {
  const m = ref.m ?? 6;
  if (m <= 2) return (ref.y - 1) * 4 + 3;
  return ref.y * 4 + (m <= 5 ? 0 : m <= 8 ? 1 : m <= 11 ? 2 : 3);
}

/** The season relative to a day: n = 0 this year's, -1 the last one before the current, +1 the next one after it. */
function seasonRelative(ref: CalDate, code: string, n: number): CalDate {
  const cur = seasonIndex(ref);
  const order = SEASON_ORDER.indexOf(code);
  let idx: number;
  if (n === 0) idx = cur % 4 === order ? cur : Math.floor(cur / 4) * 4 + order;
  else if (n < 0) { idx = cur - 1; while (idx % 4 !== order) idx--; }
  else { idx = cur + 1; while (idx % 4 !== order) idx++; }
  return { gran: 'S', y: Math.floor(idx / 4), season: code };
}

function weekendValue(c: CalDate): string { const w = c.gran === 'D' ? weekOf(c) : c; return `${formatDate(w)}-WE`; }

function relative(base: CalDate, unit: Unit | 'season', n: number, season?: string): CalDate | string {
  if (unit === 'season') return seasonRelative(base.gran === 'D' ? base : { ...base, gran: 'D', m: base.m ?? 6, d: 1 }, season!, n);
  if (unit === 'weekend') return weekendValue(n === 0 ? periodOf(base, 'week') : shift(base, 'week', n));
  return n === 0 ? periodOf(base, unit) : shift(periodOf(base, unit), unit, n);
}

export const relativeUnitParser: TimeParser = {
  name: 'relative-unit',
  starts: { words: ['earlier', 'early', 'late', 'this', 'the current', 'the coming', 'the upcoming', 'the past', 'the last', 'the following', 'the next', 'the previous', 'the prior', 'the preceding', 'the succeeding', 'the same', 'that', 'a previous', 'current', 'last', 'past', 'next', 'coming'] },
  pattern: /\b(?:(earlier|later|early|late)\s+)?(this past|this coming|the current|the coming|the upcoming|the past|the last|the following|the next|the previous|the prior|the preceding|the succeeding|that same|the same|a previous|this|current|last|past|next|coming|that)\s+(fiscal\s+|calendar\s+)?(day|week|weekend|month|quarter|year|decade|century|spring|summer|fall|autumn|winter)(?:'s)?\b(?![- ](?:old|long)\b)/gi,
  extract(m, ctx: TagContext): Candidate | null {
    const [all, side, relation, , unitWord] = m;
    // "This Week", "Next Year": capitalized throughout, a title
    if (/^[A-Z]/.test(relation!) && /^[A-Z]/.test(unitWord!)) return null;
    const rel = relation!.toLowerCase();
    const word = unitWord!.toLowerCase();
    const season = SEASONS[word];
    const unit: Unit | 'season' = season ? 'season' : UNITS[word]!;
    const start = m.index;
    const end = m.index + all.length - (all.endsWith("'s") ? 2 : 0);
    const sideMod = side ? (/^early|^earlier/i.test(side) ? 'START' : 'END') : undefined;
    const mod = sideMod as Candidate['mod'];
    // "the past decade", "the last century": spans of time, not calendar periods
    if ((unit === 'decade' || unit === 'century') && /past|last|next|coming/.test(rel)) {
      return { start, end, type: 'DURATION', rule: 'relative-unit', value: unit === 'decade' ? 'P10Y' : 'P100Y', mod };
    }
    if (rel in DEICTIC) {
      let n = DEICTIC[rel]!;
      // "this morning/this day" are handled elsewhere; "the last day" is not a relative day
      if (unit === 'day') return null;
      if (rel === 'this past' && unit !== 'season') n = -1;
      const r = relative(ctx.ref, unit, n, season);
      const date = typeof r === 'string' ? undefined : r;
      return { start, end, type: 'DATE', rule: 'relative-unit', date, value: typeof r === 'string' ? r : undefined, mod };
    }
    const n = ANAPHORIC[rel];
    if (n === undefined) return null;
    return {
      start, end, type: 'DATE', rule: 'relative-unit-anaphoric', mod,
      resolve: (anchor) => relative(anchor, unit, n, season),
    };
  },
};
