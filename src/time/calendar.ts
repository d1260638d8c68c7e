/**
 * Calendar values and their TIMEX3 spelling. A CalDate is a point or period
 * at some granularity (century down to a day, optionally with a time of day);
 * shifting and formatting live here so every parser normalizes the same way.
 */
import type { Unit } from '../lexicon/time.js';

export type Granularity = 'C' | 'E' | 'Y' | 'H' | 'Q' | 'S' | 'M' | 'W' | 'D';

export interface CalDate {
  gran: Granularity;
  /** Year; for 'E' the decade's first year (1990), for 'C' the century's (1900). */
  y: number;
  m?: number;
  d?: number;
  /** Quarter (1-4), half (1-2), ISO week (1-53) or season code, by granularity. */
  q?: number;
  h?: number;
  w?: number;
  season?: string;
  /** Time of day: part-of-day code (MO, AF, EV, NI) or clock time HH:MM. */
  time?: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The TIMEX3 value of a date. */
export function formatDate(c: CalDate): string {
  switch (c.gran) {
    case 'C': return pad(Math.floor(c.y / 100), 2);
    case 'E': return pad(Math.floor(c.y / 10), 3);
    case 'Y': return pad(c.y, 4);
    case 'H': return `${pad(c.y, 4)}-H${c.h}`;
    case 'Q': return `${pad(c.y, 4)}-Q${c.q}`;
    case 'S': return `${pad(c.y, 4)}-${c.season}`;
    case 'M': return `${pad(c.y, 4)}-${pad(c.m!)}`;
    case 'W': return `${pad(c.y, 4)}-W${pad(c.w!)}`;
    case 'D': {
      const day = `${pad(c.y, 4)}-${pad(c.m!)}-${pad(c.d!)}`;
      return c.time ? `${day}T${c.time}` : day;
    }
  }
}

export function parseIsoDay(iso: string): CalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return { gran: 'D', y: +m[1]!, m: +m[2]!, d: +m[3]! };
}

export function day(y: number, m: number, d: number): CalDate { return { gran: 'D', y, m, d }; }

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in month m (1-12) of year y, by arithmetic (a Date per call was a measurable cost); Date.UTC's reading of years 0-99 as 1900-1999 is kept. */
export function daysInMonth(y: number, m: number): number {
  if (!Number.isInteger(y) || !Number.isInteger(m) || m < 1 || m > 12) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m !== 2) return MONTH_DAYS[m - 1]!;
  const yy = y >= 0 && y <= 99 ? 1900 + y : y;
  return (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0 ? 29 : 28;
}

export function isValidDay(y: number, m: number, d: number): boolean { return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m); }

function toUtc(c: CalDate): Date { return new Date(Date.UTC(c.y, (c.m ?? 1) - 1, c.d ?? 1)); }
function fromUtc(t: Date): CalDate { return day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()); }

export function addDays(c: CalDate, n: number): CalDate {
  const t = toUtc(c);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** ISO weekday (Monday = 1 ... Sunday = 7). */
export function weekday(c: CalDate): number { const w = toUtc(c).getUTCDay(); return w === 0 ? 7 : w; }

/** ISO week-numbering year and week of a day. */
export function isoWeek(c: CalDate): { y: number; w: number } {
  const t = toUtc(c);
  const wd = weekday(c);
  t.setUTCDate(t.getUTCDate() + 4 - wd); // the Thursday of this week decides the year
  const y = t.getUTCFullYear();
  const jan1 = Date.UTC(y, 0, 1);
  return { y, w: Math.floor((t.getTime() - jan1) / 86400000 / 7) + 1 };
}

/** A day as the week holding it. */
export function weekOf(c: CalDate): CalDate { const { y, w } = isoWeek(c); return { gran: 'W', y, w }; }

/** The Monday of an ISO week. */
function mondayOfWeek(y: number, w: number): CalDate {
  const jan4 = day(y, 1, 4);
  return addDays(jan4, (w - 1) * 7 - (weekday(jan4) - 1));
}

export function quarterOf(m: number): number { return Math.floor((m - 1) / 3) + 1; }

/** The same value at a coarser granularity (day -> month, month -> year, ...). */
export function coarsen(c: CalDate, gran: Granularity): CalDate {
  if (gran === c.gran) return c;
  const m = c.m ?? (c.q ? (c.q - 1) * 3 + 1 : c.h ? (c.h - 1) * 6 + 1 : 1);
  switch (gran) {
    case 'C': return { gran, y: Math.floor(c.y / 100) * 100 };
    case 'E': return { gran, y: Math.floor(c.y / 10) * 10 };
    case 'Y': return { gran, y: c.y };
    case 'H': return { gran, y: c.y, h: m <= 6 ? 1 : 2 };
    case 'Q': return { gran, y: c.y, q: quarterOf(m) };
    case 'M': return { gran, y: c.y, m };
    case 'S': return { gran, y: c.y, season: c.season ?? 'SU' };
    case 'W': return c.gran === 'D' ? weekOf(c) : { gran, y: c.y, w: 1 };
    case 'D': return { gran, y: c.y, m, d: c.d ?? 1 };
  }
}

const GRAN_ORDER: Granularity[] = ['D', 'W', 'M', 'S', 'Q', 'H', 'Y', 'E', 'C'];
export function finer(a: Granularity, b: Granularity): boolean { return GRAN_ORDER.indexOf(a) < GRAN_ORDER.indexOf(b); }

export function unitGranularity(u: Unit): Granularity {
  switch (u) {
    case 'second': case 'minute': case 'hour': case 'day': return 'D';
    case 'week': case 'weekend': return 'W';
    case 'month': return 'M';
    case 'quarter': return 'Q';
    case 'year': return 'Y';
    case 'decade': return 'E';
    case 'century': return 'C';
  }
}

/**
 * Shifts a date by n units. The result has the unit's granularity ("a month
 * later" than a day is a month), except that a year shift keeps a quarter,
 * month, half or season ("a year earlier" than 1989-Q3 is 1988-Q3).
 */
export function shift(c: CalDate, unit: Unit, n: number): CalDate {
  switch (unit) {
    case 'second': case 'minute': case 'hour':
      return c.gran === 'D' ? { ...c, time: undefined } : c;
    case 'day':
      return c.gran === 'D' ? addDays({ ...c, time: undefined }, n) : c;
    case 'week': case 'weekend': {
      if (c.gran === 'D') return weekOf(addDays(c, 7 * n));
      if (c.gran === 'W') { const mon = addDays(mondayOfWeek(c.y, c.w!), 7 * n); return weekOf(mon); }
      return c;
    }
    case 'month': {
      if (c.gran === 'D' || c.gran === 'M' || c.gran === 'W') {
        const base = c.gran === 'W' ? mondayOfWeek(c.y, c.w!) : c;
        const idx = base.y * 12 + (base.m! - 1) + n;
        return { gran: 'M', y: Math.floor(idx / 12), m: (idx % 12) + 1 };
      }
      return c;
    }
    case 'quarter': {
      const q = c.gran === 'Q' ? c : coarsen(c.gran === 'W' ? mondayOfWeek(c.y, c.w!) : c, 'Q');
      if (!['D', 'W', 'M', 'Q'].includes(c.gran)) return c;
      const idx = q.y * 4 + (q.q! - 1) + n;
      return { gran: 'Q', y: Math.floor(idx / 4), q: (idx % 4) + 1 };
    }
    case 'year':
      if (c.gran === 'Q' || c.gran === 'M' || c.gran === 'H' || c.gran === 'S') return { ...c, y: c.y + n };
      return { gran: 'Y', y: c.y + n };
    case 'decade':
      return c.gran === 'E' ? { gran: 'E', y: c.y + 10 * n } : { gran: 'Y', y: c.y + 10 * n };
    case 'century':
      return c.gran === 'C' ? { gran: 'C', y: c.y + 100 * n } : { gran: 'Y', y: c.y + 100 * n };
  }
}

/** Same unit as a calendar period holding the date ("this week" of a day -> its week). */
export function periodOf(c: CalDate, unit: Unit): CalDate {
  switch (unit) {
    case 'day': case 'hour': case 'minute': case 'second': return c.gran === 'D' ? { ...c, time: undefined } : c;
    case 'week': case 'weekend': return c.gran === 'D' ? weekOf(c) : c;
    case 'month': return finer(c.gran, 'M') || c.gran === 'M' ? coarsen(c.gran === 'W' ? mondayOfWeek(c.y, c.w!) : c, 'M') : c;
    case 'quarter': return ['D', 'W', 'M', 'Q'].includes(c.gran) ? coarsen(c.gran === 'W' ? mondayOfWeek(c.y, c.w!) : c, 'Q') : c;
    case 'year': return { gran: 'Y', y: c.y };
    case 'decade': return { gran: 'E', y: Math.floor(c.y / 10) * 10 };
    case 'century': return { gran: 'C', y: Math.floor(c.y / 100) * 100 };
  }
}

/** ISO 8601 duration letter(s) for n units. */
export function formatDuration(n: number | null, unit: Unit): string {
  // "2 1/2 years" is P2Y6M: a half unit is written in the next smaller unit
  if (n !== null && n % 1 === 0.5) {
    const whole = Math.floor(n);
    const half: Partial<Record<Unit, [string, string]>> = { year: ['Y', '6M'], month: ['M', '15D'], day: ['D', 'T12H'], hour: ['H', '30M'], minute: ['M', '30S'] };
    const h = half[unit];
    if (h) {
      const timeUnit = unit === 'hour' || unit === 'minute';
      return `P${timeUnit ? 'T' : ''}${whole ? `${whole}${h[0]}` : ''}${h[1]}`;
    }
  }
  const q = n === null ? 'X' : String(n);
  const dec = (k: number) => (n === null ? 'X' : String(+(n * k).toFixed(3)));
  switch (unit) {
    case 'second': return `PT${q}S`;
    case 'minute': return `PT${q}M`;
    case 'hour': return `PT${q}H`;
    case 'day': return `P${q}D`;
    case 'week': return `P${q}W`;
    case 'weekend': return `P${q}WE`;
    case 'month': return `P${q}M`;
    case 'quarter': return `P${q}Q`;
    case 'year': return `P${q}Y`;
    case 'decade': return n === null ? 'PXE' : `P${dec(10)}Y`;
    case 'century': return n === null ? 'PXC' : `P${dec(100)}Y`;
  }
}

/** Nth given weekday of a month (nth -1 = last). */
export function nthWeekday(y: number, m: number, wd: number, nth: number): CalDate {
  if (nth > 0) {
    const first = day(y, m, 1);
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (nth - 1));
  }
  const last = day(y, m, daysInMonth(y, m));
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): CalDate {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), dd = ((h + l - 7 * m + 114) % 31) + 1;
  return day(y, month, dd);
}

/** Day count between two days (b - a). */
export function dayDiff(a: CalDate, b: CalDate): number { return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86400000); }
