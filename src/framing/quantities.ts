import type { Quantity, Span } from '../doc/types.js';
import {
  CURRENCY_SIGNS, CURRENCY_WORDS, DURATION_UNITS, FRACTION_WORDS, IRREGULAR_PLURALS, NOT_UNIT_WORDS, NUMBER_LABEL_WORDS, NUMBER_WORDS, QUANTITY_MODIFIERS, SCALE_WORDS,
  type QuantityMod,
} from '../lexicon/quantities.js';

interface Tok extends Span { text: string; lower: string }

// Words, digit groups (with ordinal suffix), currency signs, '%', and hyphens as their own tokens ("two-thirds", "COVID-19").
const TOKEN_RE = /\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|[A-Za-z]+(?:'[A-Za-z]+)?|[$€£¥₹₽%-]/g;
/** Scale words only when spelled out (a lone "m" or "k" is too ambiguous in running text). */
const SPELLED_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'bn', 'tn', 'mn']);
/** Numbers written like a year are dates, unless something makes them a quantity ("2000 people", "$2000"). */
const YEAR_RANGE = [1800, 2100] as const;
/** Fraction words that are also ordinals ("a third time"): a fraction only before "of" or at the end. */
const ORDINAL_FRACTIONS = new Set(['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'quarter']);
const PERCENT_PHRASES: ReadonlyArray<[string[], string]> = [
  [['percentage', 'points'], 'percentage point'], [['percentage', 'point'], 'percentage point'], [['per', 'cent'], 'percent'], [['percent'], 'percent'], [['%'], 'percent'],
];

/**
 * What every quantity needs (readNumber reads none without it): a digit, or a number, scale or
 * fraction word as a whole token. A token is a maximal run of ASCII letters unless a digit token's
 * ordinal suffix ends right before it ("21st"), and then the text holds a digit anyway; so a text
 * this does not match has no quantity, and is passed over without being tokenized.
 */
const MAY_HOLD_NUMBER = new RegExp(`\\d|(?<![A-Za-z])(?:${[...NUMBER_WORDS.keys(), ...SPELLED_SCALES, ...FRACTION_WORDS.keys()].filter((w) => /^[a-z]+$/.test(w)).sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z])`, 'i');

function tokenize(text: string, offset: number): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

interface NumberRead { value: number; end: number; fraction: boolean; yearLike: boolean; bareOne: boolean }

/** Reads a number starting at token i: digits (with scale words), number words, or a fraction. */
function readNumber(toks: Tok[], i: number, text: string, offset: number): NumberRead | null {
  const t = toks[i];
  if (!t) return null;
  if (/^\d/.test(t.text)) {
    if (/(st|nd|rd|th)$/i.test(t.text)) return null; // ordinal
    const before = text[t.start - offset - 1];
    if (before && /[A-Za-z-]/.test(before)) return null; // "COVID-19", "F-14"
    const after = text[t.end - offset];
    if (after === ':' || after === '/') return null; // times and dates
    const rest = text.slice(t.end - offset, t.end - offset + 6);
    if (/^-\d/.test(rest) || /^\s?[ap]\.?m\b/i.test(rest)) return null; // scores and ranges ("5-4", "2019-20"), clock times ("3 p.m.")
    if (i > 0 && NUMBER_LABEL_WORDS.has(toks[i - 1]!.lower) && /^[A-Z]/.test(toks[i - 1]!.text)) return null; // "Article 5"
    let value = Number(t.text.replace(/,(?=\d{3}(?!\d))/g, ''));
    if (!Number.isFinite(value)) return null;
    const yearLike = /^\d{4}$/.test(t.text) && value >= YEAR_RANGE[0] && value <= YEAR_RANGE[1];
    let end = i + 1;
    while (toks[end] && SPELLED_SCALES.has(toks[end]!.lower)) value *= SCALE_WORDS.get(toks[end++]!.lower)!;
    // "1 out of 6", "1 in 6"
    const den = fractionDenominator(toks, end);
    if (den) return { value: value / den.value, end: den.end, fraction: true, yearLike: false, bareOne: false };
    return { value, end, fraction: false, yearLike: yearLike && end === i + 1, bareOne: false };
  }
  // spelled-out numbers: "fourteen thousand", "twenty-seven", "a million", "a third", "two-thirds"
  let j = i, total = 0, current = 0, seen = false, article = false;
  const next = toks[i + 1]?.lower;
  if ((t.lower === 'a' || t.lower === 'an') && next && (SPELLED_SCALES.has(next) || FRACTION_WORDS.has(next))) {
    current = 1; seen = true; article = true; j = i + 1;
  } else if ((t.lower === 'a' || t.lower === 'an') && next === 'dozen') {
    article = true; j = i + 1; // "a dozen": the loop reads "dozen" itself
  }
  for (; j < toks.length; j++) {
    const w = toks[j]!.lower;
    if (NUMBER_WORDS.has(w)) { current += NUMBER_WORDS.get(w)!; seen = true; continue; }
    if (seen && w === 'hundred') { current = (current || 1) * 100; continue; }
    if (seen && SPELLED_SCALES.has(w)) { total += (current || 1) * SCALE_WORDS.get(w)!; current = 0; continue; }
    if (seen && (w === '-' || w === 'and') && toks[j + 1] && NUMBER_WORDS.has(toks[j + 1]!.lower)) continue;
    if (seen && w === '-' && toks[j + 1] && FRACTION_WORDS.has(toks[j + 1]!.lower)) continue;
    break;
  }
  const numerator = total + current;
  const fw = toks[j]?.lower;
  if (fw && FRACTION_WORDS.has(fw) && (seen || fw === 'half' || fw === 'halves')) {
    const num = seen ? (article && current === 1 && total === 0 ? 1 : numerator) : 1;
    const singularOrdinal = ORDINAL_FRACTIONS.has(fw);
    const next = toks[j + 1]?.lower;
    if (singularOrdinal && next !== undefined && next !== 'of') return null; // "a third time"
    if (!seen && next !== 'of' && next !== 'the') return null; // a bare "half" needs "half of" / "half the"
    return { value: num / FRACTION_WORDS.get(fw)!, end: j + 1, fraction: true, yearLike: false, bareOne: false };
  }
  if (!seen || (article && j === i + 1)) return null;
  const den = fractionDenominator(toks, j);
  if (den) return { value: numerator / den.value, end: den.end, fraction: true, yearLike: false, bareOne: false };
  return { value: numerator, end: j, fraction: false, yearLike: false, bareOne: j === i + 1 && t.lower === 'one' };
}

/** "out of six" / "in 6" after a numerator: the denominator. */
function fractionDenominator(toks: Tok[], i: number): { value: number; end: number } | null {
  const w = toks[i]?.lower;
  const k = w === 'in' ? i + 1 : w === 'out' && toks[i + 1]?.lower === 'of' ? i + 2 : -1;
  if (k < 0 || !toks[k]) return null;
  const d = /^\d+$/.test(toks[k]!.text) ? Number(toks[k]!.text) : NUMBER_WORDS.get(toks[k]!.lower);
  return d && d > 1 ? { value: d, end: k + 1 } : null;
}

/** How many words after a count may precede its noun ("two separatist pro-Moscow regions"). */
const UNIT_LOOKAHEAD = 5;

/**
 * The noun a count counts: the first plural-looking word among the next few
 * words of the same phrase (no punctuation between), else the word right
 * after the number; none when that word is a function word.
 */
function countUnit(toks: Tok[], i: number, text: string, offset: number, value: number): { word: string; end: number } | null {
  const words: Array<{ tok: Tok; end: number }> = [];
  for (let k = i; k < toks.length && k < i + UNIT_LOOKAHEAD; k++) {
    const t = toks[k]!;
    const gap = text.slice(toks[k - 1]!.end - offset, t.start - offset);
    if (!/^\s*$/.test(gap)) break;
    if (t.text === '-') continue;
    if (!/^[A-Za-z]+$/.test(t.text) || NOT_UNIT_WORDS.has(t.lower) || NUMBER_WORDS.has(t.lower)) break;
    words.push({ tok: t, end: k + 1 });
  }
  if (!words.length) return null;
  if (value !== 1) {
    const plural = words.find((w) => IRREGULAR_PLURALS.has(w.tok.lower) || (/[a-z]s$/.test(w.tok.lower) && !/ss$/.test(w.tok.lower)));
    if (plural) return { word: plural.tok.lower, end: plural.end };
  }
  const first = words[0]!;
  return /^[a-z]/.test(first.tok.text) ? { word: first.tok.lower, end: first.end } : null;
}

let firstWords: Set<string> | null = null;
/** First words of the QUANTITY_MODIFIERS phrases. */
function modifierStarts(): Set<string> {
  return (firstWords ??= new Set([...QUANTITY_MODIFIERS.keys()].map((phrase) => phrase.split(' ')[0]!)));
}

function matchWords(toks: Tok[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => toks[i + k]?.lower === w);
}

function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const k of spans) if (start < k.end && k.start < end) return true;
  return false;
}

/**
 * Quantities in a stretch of text (offset: its position in the doc): counts
 * with their unit noun, fractions, percentages, money, durations (with their
 * ISO 8601 value), each with a bound or approximation modifier when one is
 * written before it ("more than", "about", "at least"). Year-like numbers,
 * ordinals, times and identifiers ("COVID-19") are not quantities; nor is
 * anything inside `skip` (date and time mentions).
 */
export function extractQuantities(text: string, offset = 0, skip: readonly Span[] = []): Quantity[] {
  if (!MAY_HOLD_NUMBER.test(text)) return [];
  const toks = tokenize(text, offset);
  const out: Quantity[] = [];
  let i = 0;
  while (i < toks.length) {
    let j = i, mod: QuantityMod | undefined;
    // longest modifier phrase first; only words that start one are tried (no phrase built per token)
    if (modifierStarts().has(toks[i]!.lower)) {
      for (let len = 3; len >= 1; len--) {
        if (i + len > toks.length) continue;
        let phrase = toks[i]!.lower;
        for (let k = 1; k < len; k++) phrase += ' ' + toks[i + k]!.lower;
        if (QUANTITY_MODIFIERS.has(phrase)) { mod = QUANTITY_MODIFIERS.get(phrase); j = i + len; break; }
      }
    }
    const currency = toks[j] ? CURRENCY_SIGNS.get(toks[j]!.text) : undefined;
    if (currency) j++;
    const num = readNumber(toks, j, text, offset);
    if (!num || overlapsAny(skip, toks[j]!.start, toks[num.end - 1]!.end)) { i++; continue; }
    let end = num.end;
    let q: Omit<Quantity, 'start' | 'end'> | null = null;
    const pct = PERCENT_PHRASES.find(([ws]) => matchWords(toks, end, ws));
    const unitWord = toks[end]?.lower;
    if (num.fraction) {
      q = { value: num.value, kind: 'fraction' };
    } else if (pct) {
      end += pct[0].length;
      q = { value: num.value, kind: 'percent', unit: pct[1] };
    } else if (currency || (unitWord && CURRENCY_WORDS.has(unitWord))) {
      if (!currency) end++;
      q = { value: num.value, kind: 'money', unit: currency ?? CURRENCY_WORDS.get(unitWord!)! };
    } else {
      // "eight years", "eight-year"
      const k = unitWord === '-' ? end + 1 : end;
      const du = toks[k] ? DURATION_UNITS.get(toks[k]!.lower) : undefined;
      if (du) {
        end = k + 1;
        const unit = toks[k]!.lower.replace(/s$/, '').replace(/ie$/, 'y');
        q = { value: num.value, kind: 'duration', unit, timex: `P${du.time ? 'T' : ''}${num.value}${du.designator}` };
      } else if (!num.bareOne) {
        const unit = countUnit(toks, end, text, offset, num.value);
        // "the 2016 elections" is a date; "2014 people" a count: year-like numbers count only people-like nouns right after them
        if (!num.yearLike || (unit && unit.end === end + 1 && IRREGULAR_PLURALS.has(unit.word))) {
          if (unit) end = unit.end;
          q = { value: num.value, kind: 'count', ...(unit ? { unit: unit.word } : {}) };
        }
      }
    }
    if (!q) { i = num.end; continue; }
    out.push({ start: toks[i]!.start, end: toks[end - 1]!.end, ...q, ...(mod ? { mod } : {}), rule: 'quantity-grammar' });
    i = end;
  }
  return out;
}
