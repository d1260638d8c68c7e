/** Shared helpers for the time parsers: numbers, tense, year inference. */
import { FUTURE_MARKERS_RE, NUMBER_WORDS } from '../lexicon/time.js';
import { addDays, type CalDate, dayDiff, day, isValidDay, weekday } from './calendar.js';
import type { TagContext } from './types.js';

/** Regex source for a count: digits, number words (also "twenty four"), or vague quantities. */
export const COUNT_RE = '\\d{1,3}(?:\\.\\d+|[ -]1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|a couple of|a couple|couple of|a few|several|few|many|some|a|an|hundreds of|dozens of|thousands of|recent';
/** The letters a COUNT_RE match starts with (digits aside): its first words, as prefixes. */
export const COUNT_FIRST_WORDS: readonly string[] = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'a', 'couple', 'several', 'few', 'many', 'some', 'hundreds', 'dozens', 'thousands', 'recent'];

/** The number a count denotes; null for vague counts ("several", "a few"). */
export function parseCount(s: string): number | null {
  const t = s.toLowerCase().trim();
  if (/^\d/.test(t)) return /1\/2$/.test(t) ? Number(t.slice(0, -4)) + 0.5 : Number(t);
  if (/^(?:a few|several|few|many|some|a couple|hundreds of|dozens of|thousands of|recent)$/.test(t)) return null;
  if (t === 'a couple of' || t === 'couple of') return 2;
  if (t === 'a dozen') return 12;
  let n = 0;
  for (const w of t.split(/[- ]/)) { const v = NUMBER_WORDS[w]; if (v === undefined) return null; n += v; }
  return n;
}

const SHORT_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gov', 'gen', 'sen', 'rep', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'jr', 'sr', 'lt', 'col', 'sgt', 'ft', 'mt']);

/** True when the period at `dot` ends an abbreviation ("a.m.", "U.S.", "Mr."), not a sentence. */
function isAbbreviationEnd(t: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(t[i - 1]!)) i--;
  const word = t.slice(i, dot);
  return word.includes('.') || /^[A-Z]$/.test(word) || SHORT_ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentence around a position: the given span, or found by punctuation. */
export function sentenceAround(ctx: TagContext, pos: number): { start: number; end: number } {
  if (ctx.sentences) {
    let lo = 0, hi = ctx.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = ctx.sentences[mid]!;
      if (pos < s.start) hi = mid - 1; else if (pos >= s.end) lo = mid + 1; else return s;
    }
  }
  const t = ctx.match;
  let start = pos;
  while (start > 0 && pos - start < 400) {
    const c = t[start - 1]!;
    if (c === '\n' || ((c === '.' || c === '?' || c === '!') && /\s/.test(t[start] ?? '') && !(c === '.' && isAbbreviationEnd(t, start - 1)))) break;
    start--;
  }
  let end = pos;
  while (end < t.length && end - pos < 400) {
    const c = t[end]!;
    if (c === '\n' || ((c === '.' || c === '?' || c === '!') && /\s|$/.test(t[end + 1] ?? '') && !(c === '.' && isAbbreviationEnd(t, end)))) break;
    end++;
  }
  return { start, end };
}

/** How many characters of context around a mention decide its tense. */
const TENSE_WINDOW = 40;
const PAST_NEAR_RE = /\b(?:said|says|told|announced|reported|was|were|had|did|last)\b/i;

const AUXILIARY_BEFORE_FUTURE_RE = /\b(?:was|were)\s+(?=(?:planning|scheduled|expected|set|supposed|going|due)\b)/gi;

/** True when the clause around [start, end) speaks of the future. */
export function isFuture(ctx: TagContext, start: number, end: number): boolean {
  const s = sentenceAround(ctx, start);
  const before = ctx.match.slice(Math.max(s.start, start - TENSE_WINDOW), start);
  const after = ctx.match.slice(end, Math.min(s.end, end + TENSE_WINDOW));
  // "said Monday it will": a reporting verb right before the date dates the saying
  if (/\b(?:said|says|told|announced|reported|added|was|were)\s*(?:on\s+)?$/i.test(before)) return false;
  // past perfect ("had been scheduled to expire Friday") looks back whatever the other words say
  if (/\b(?:had|previously)\b/i.test(before) || /\bhad\b/i.test(after.slice(0, 25))) return false;
  if (/\b(?:until|till|by)\s+(?:(?:at|on)\s+)?$/i.test(before) || /\b(?:until|till)\b.{0,20}$/i.test(before)) return true;
  // "issued July 1, which will ...": a past verb right before the date dates it
  const lastWord = /([a-z]+)\s+(?:(?:on|in)\s+)?$/i.exec(before)?.[1];
  if (lastWord && PAST_VERB_RE.test(lastWord) && !FUTURE_MARKERS_RE.test(before)) return false;
  // "In September, it announced plans to ...": the first verb after the date decides, not a later one
  const futureAfter = FUTURE_MARKERS_RE.exec(after)?.index ?? -1;
  // ("were planning to", "was expected to" look ahead, whatever their auxiliary's tense)
  const pastAfter = after.replace(AUXILIARY_BEFORE_FUTURE_RE, (a) => ' '.repeat(a.length)).search(PAST_VERB_RE);
  const afterIsFuture = futureAfter >= 0 && (pastAfter < 0 || futureAfter < pastAfter);
  if (FUTURE_MARKERS_RE.test(before) || afterIsFuture) {
    return !PAST_NEAR_RE.test(before.slice(-25)) || FUTURE_MARKERS_RE.test(before.slice(-25));
  }
  return false;
}

/** Past-tense verbs: regular "-ed" forms (not common "-ed" nouns) and frequent irregular ones. */
const PAST_VERB_RE = /\b(?:(?!(?:need|speed|feed|seed|bed|red|shed|united|hundred|indeed|breed)\b)[a-z]{2,}ed|was|were|had|did|took|brought|made|came|went|gave|began|met|won|lost|left|fell|rose|sent|saw|became|held|sold|bought|paid|got|led|found|broke|struck)\b/i;
/** PAST_VERB_RE, global: every past-tense verb of a stretch in turn. */
const PAST_VERBS_RE = new RegExp(PAST_VERB_RE.source, 'gi');
/** Reporting verbs date the report, not the event reported. */
const REPORTING_PAST_RE = /^(?:said|told|announced|reported|added|stated|noted|explained|disclosed|indicated|predicted|warned)$/i;

/** The clause's tense around [start, end): future markers win, then past verbs; null when neither shows. */
export function tenseAround(ctx: TagContext, start: number, end: number): 'past' | 'future' | null {
  if (isFuture(ctx, start, end)) return 'future';
  const s = sentenceAround(ctx, start);
  const before = ctx.match.slice(Math.max(s.start, start - TENSE_WINDOW), start);
  const after = ctx.match.slice(end, Math.min(s.end, end + TENSE_WINDOW));
  const hasPast = (s: string) => {
    PAST_VERBS_RE.lastIndex = 0;
    for (let m = PAST_VERBS_RE.exec(s); m; m = PAST_VERBS_RE.exec(s)) if (!REPORTING_PAST_RE.test(m[0])) return true;
    return false;
  };
  return hasPast(before) || hasPast(after) ? 'past' : null;
}

/** The weekday nearest the reference day in the tense's direction (on or before for the past). */
export function resolveWeekday(ref: CalDate, wd: number, future: boolean, relation?: string): CalDate {
  const cur = weekday(ref);
  if (relation === 'next') return addDays(ref, (wd - cur + 7) % 7 || 7);
  if (relation === 'last' || relation === 'past' || relation === 'this past') return addDays(ref, -(((cur - wd + 7) % 7) || 7));
  if (relation === 'this' || relation === 'coming' || relation === 'this coming') {
    return addDays(ref, future || relation !== 'this' ? (wd - cur + 7) % 7 : -((cur - wd + 7) % 7));
  }
  return future ? addDays(ref, (wd - cur + 7) % 7) : addDays(ref, -((cur - wd + 7) % 7));
}

/** A month and day without a year: the year that puts it nearest the reference day. */
export function nearestYearDay(ref: CalDate, m: number, d: number): CalDate | null {
  let best: CalDate | null = null;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    if (!isValidDay(y, m, d)) continue;
    const c = day(y, m, d);
    if (!best || Math.abs(dayDiff(ref, c)) < Math.abs(dayDiff(ref, best))) best = c;
  }
  return best;
}

/** A month without a year: the nearest such month to the reference day. */
export function nearestYearMonth(ref: CalDate, m: number): CalDate {
  const diff = m - ref.m!;
  const y = diff > 6 ? ref.y - 1 : diff < -6 ? ref.y + 1 : ref.y;
  return { gran: 'M', y, m };
}

/** Two-digit years: 40-99 are 19xx, 00-39 are 20xx. */
export function fullYear(s: string): number {
  const n = Number(s);
  if (s.length === 2) return n >= 40 ? 1900 + n : 2000 + n;
  return n;
}
