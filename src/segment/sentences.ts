import type { Sentence, Span, Token } from '../doc/types.js';
import { NUMBER_ABBREVIATIONS, OTHER_ABBREVIATIONS, SENTENCE_STARTERS, STATE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.js';

/**
 * Sentence boundaries, decided token by token inside each paragraph (a
 * sentence never crosses a paragraph):
 *  1. a candidate ends at ".", "!", "?", "..." or an abbreviation with a period;
 *  2. closing quotation marks and brackets right after it belong to the sentence
 *     ("... the border.” Then" ends after ”);
 *  3. it is a boundary only if the next token can start a sentence (capital,
 *     digit, opening quote or bracket); after a title ("Mr.", "Sen.") never; after
 *     another abbreviation ("U.S.", "Inc.") only before a typical sentence starter.
 */
const CLOSERS = new Set(['"', "'", ')', ']', '}']);
const OPENERS = new Set(['"', "'", '(', '[', '-']);

function canStart(tok: string): boolean {
  const c = tok[0]!;
  return /[\p{Lu}\d]/u.test(c) || OPENERS.has(c);
}

/** A US state's short form with periods ("N.Y.", "S.C.", "D.C."), not the country's ("U.S.") or another body's ("U.N."). */
const DOTTED_STATE = /^(?:[NS]\.[CDHJMY]|D\.C|R\.I|W\.Va)\.$/;
/**
 * '... at a rally in Binghamton, N.Y. "Secretary Clinton ...': a place's abbreviation ending a sentence before a
 * quotation that opens with a capital. (After "U.S." a quotation goes on the sentence: 'the U.S. "does not"'.)
 */
function quoteOpensAfterPlace(matchText: string, tokens: Token[], tok: string, j: number, last: number): boolean {
  if (!(STATE_ABBREVIATIONS.has(tok.slice(0, -1).toLowerCase()) || DOTTED_STATE.test(tok))) return false;
  let k = j;
  // (a quotation mark, or the two apostrophes some papers write for one)
  while (k < last && tokens[k]!.end - tokens[k]!.start === 1 && (matchText[tokens[k]!.start] === '"' || matchText[tokens[k]!.start] === "'")) k++;
  return k > j && k < last && /^\p{Lu}/u.test(matchText[tokens[k]!.start]!);
}

/** Whether the token at `j` (before `last`) is a number, or a number sign before one ("No. #5"). */
function nextIsNumber(matchText: string, tokens: Token[], j: number, last: number): boolean {
  return j < last && /^[\d#]/.test(matchText[tokens[j]!.start]!);
}

export function splitSentences(matchText: string, paragraphs: Span[], tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let ti = 0;
  paragraphs.forEach((p, pi) => {
    while (ti < tokens.length && tokens[ti]!.start < p.start) ti++;
    let first = ti;
    let i = ti;
    let last = i;
    while (last < tokens.length && tokens[last]!.end <= p.end) last++;
    for (; i < last; i++) {
      // only a token ending in ".", "!" or "?" can end a sentence: most are passed over without a string
      const lastChar = matchText.charCodeAt(tokens[i]!.end - 1);
      if (lastChar !== 46 && lastChar !== 33 && lastChar !== 63) continue;
      const tok = matchText.slice(tokens[i]!.start, tokens[i]!.end);
      let isEnd = false;
      let abbrev: 'title' | 'other' | 'number' | null = null;
      if (/^[.!?]+$|^\.{2,}$/.test(tok)) {
        isEnd = true;
        // a period with a number glued after it is a decimal point (".45-caliber"); one glued on both sides is inside
        // a name ("PanARMENIAN.Net"), unless a lower-case word ends there and a capitalized one starts ("years.A")
        const glued = i + 1 < last && tokens[i + 1]!.start === tokens[i]!.end;
        const next = glued ? matchText.slice(tokens[i + 1]!.start, tokens[i + 1]!.end) : '';
        if (tok === '.' && /^[\p{L}\p{N}]/u.test(next)) {
          const before = i > first && tokens[i - 1]!.end === tokens[i]!.start ? matchText.slice(tokens[i - 1]!.start, tokens[i - 1]!.end) : null;
          if (/^\d/.test(next) || (before !== null && !(/\p{Ll}{2}$/u.test(before) && /^\p{Lu}/u.test(next)))) continue;
        }
      }
      else if (tok.length > 1 && tok.endsWith('.')) {
        const low = tok.slice(0, -1).toLowerCase();
        if (TITLE_ABBREVIATIONS.has(low) || (tok.length === 2 && /\p{Lu}/u.test(tok[0]!))) abbrev = 'title'; // "Sen.", an initial "W."
        // ("he said no. Nobody ...": the word in lower case and no number after it is a word ending its sentence)
        else if (NUMBER_ABBREVIATIONS.has(low)) abbrev = tok[0] === low[0] && !nextIsNumber(matchText, tokens, i + 1, last) ? null : 'number';
        else abbrev = 'other';
        isEnd = true;
      }
      if (!isEnd) continue;
      let j = i + 1;
      while (j < last && CLOSERS.has(matchText[tokens[j]!.start]!) && tokens[j]!.start === tokens[j - 1]!.end) j++;
      if (j >= last) break; // paragraph end closes the sentence anyway
      const next = matchText.slice(tokens[j]!.start, tokens[j]!.end);
      if (!canStart(next)) continue;
      if (abbrev === 'title') continue;
      if (abbrev === 'number' && /^\d/.test(next)) continue;
      if (abbrev && !SENTENCE_STARTERS.has(next.toLowerCase()) && !(abbrev === 'other' && quoteOpensAfterPlace(matchText, tokens, tok, j, last))) continue;
      out.push({ start: tokens[first]!.start, end: tokens[j - 1]!.end, paragraph: pi, tokenStart: first, tokenEnd: j });
      first = j;
      i = j - 1;
    }
    if (first < last) out.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, paragraph: pi, tokenStart: first, tokenEnd: last });
    ti = last;
  });
  return out;
}
