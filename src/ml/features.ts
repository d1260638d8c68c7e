/**
 * Small feature helpers shared by the taggers. Features are plain strings
 * "name=value"; a model is a map from these strings to weights.
 */

/** Character class for shapes: upper-case letter X, lower-case or uncased letter x, digit d, anything else itself. */
function charClass(ch: string): string {
  if (ch >= 'a' && ch <= 'z') return 'x';
  if (ch >= 'A' && ch <= 'Z') return 'X';
  if (ch >= '0' && ch <= '9') return 'd';
  if (/\p{Lu}/u.test(ch)) return 'X';
  if (/\p{L}/u.test(ch)) return 'x';
  return ch;
}

/** charClass of each ASCII code, as a code ('x', 'X', 'd', or the character itself). */
const ASCII_CLASS = Array.from({ length: 128 }, (_, c) => charClass(String.fromCharCode(c)).charCodeAt(0));
/** One-character strings by ASCII code. */
const ASCII_CHAR = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** Word shape: letters -> X/x, digits -> d, runs longer than two collapsed ("Putin" -> "Xxx", "U.S." -> "X.X.", "1990s" -> "dd x"). */
export function wordShape(word: string): string {
  // (ASCII words, most of them, by code: no character string or regex per character)
  let out = '', last = -1, run = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word.charCodeAt(i);
    if (ch >= 128) return wordShapeOfCodePoints(word);
    const c = ASCII_CLASS[ch]!;
    if (c === last) { run++; if (run > 2) continue; } else { run = 1; last = c; }
    out += ASCII_CHAR[c]!;
  }
  return out;
}
function wordShapeOfCodePoints(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const c = charClass(ch);
    if (c === last) { run++; if (run > 2) continue; } else { run = 1; last = c; }
    out += c;
  }
  return out;
}

/** Short shape: each run of one class written once ("Putin" -> "Xx", "McCain" -> "XxXx"). */
export function shortShape(word: string): string {
  let out = '', last = -1;
  for (let i = 0; i < word.length; i++) {
    const ch = word.charCodeAt(i);
    if (ch >= 128) return shortShapeOfCodePoints(word);
    const c = ASCII_CLASS[ch]!;
    if (c !== last) { out += ASCII_CHAR[c]!; last = c; }
  }
  return out;
}
function shortShapeOfCodePoints(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = charClass(ch);
    if (c !== last) { out += c; last = c; }
  }
  return out;
}

/** Lower case with digits folded to 0, so "1996" and "2001" share features. */
export function normalizeWord(word: string): string {
  return /\d/.test(word) ? word.toLowerCase().replace(/\d/g, '0') : word.toLowerCase();
}

export const isCapitalized = (w: string): boolean => /^\p{Lu}/u.test(w);
export const isAllCaps = (w: string): boolean => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
