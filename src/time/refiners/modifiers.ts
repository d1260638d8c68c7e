/**
 * Words before an expression that qualify it, taken into its extent as TIMEX3
 * does: "around eight years" (APPROX), "more than 14 years" (MORE_THAN),
 * "early 2014" (START), "mid-2014" (MID), "the end of 1994" (END).
 */
import type { TimexMod } from '../../doc/types.js';
import type { Candidate, TimeRefiner } from '../types.js';

const QUANTITY_MODS: [RegExp, TimexMod][] = [
  [/\b(?:at least|no less than|no fewer than)\s+$/i, 'EQUAL_OR_MORE'],
  [/\b(?:up to|no more than|at most)\s+$/i, 'EQUAL_OR_LESS'],
  [/\b(?:about|around|approximately|roughly|some|nearly|an estimated|close to)\s+$/i, 'APPROX'],
  [/\b(?:almost|less than|fewer than|under|just under|not quite)\s+$/i, 'LESS_THAN'],
  [/\b(?:more than|longer than|just over|over|upwards of)\s+$/i, 'MORE_THAN'],
];
const DATE_MODS: [RegExp, TimexMod][] = [
  [/\b(?:(?:the\s+)?early|the (?:beginning|start|dawn) of|the early part of|the first part of)\s*-?\s*$/i, 'START'],
  [/\b(?:(?:the\s+)?late|the end of|the close of|the latter part of|the last part of|the tail end of)\s*-?\s*$/i, 'END'],
  [/\b(?:(?:the\s+)?mid|the middle of)\s*-?\s*$/i, 'MID'],
];
const TIME_MODS: [RegExp, TimexMod][] = [[/\b(?:about|around|approximately|roughly)\s+$/i, 'APPROX'], ...DATE_MODS];
/** How far back a modifier may start. */
const LOOKBACK = 28;

export const modifierRefiner: TimeRefiner = {
  name: 'modifiers',
  refine(cands, ctx) {
    let prevEnd = 0;
    for (const c of cands) {
      if (c.mod || c.type === 'SET') { prevEnd = c.end; continue; }
      const from = Math.max(prevEnd, c.start - LOOKBACK);
      const before = ctx.match.slice(from, c.start);
      const table = c.type === 'DURATION' || c.rule.startsWith('offset') ? QUANTITY_MODS : c.type === 'TIME' ? TIME_MODS : DATE_MODS;
      // "over the next two years": the count is preceded by "the", so "over" is a preposition
      if (table === QUANTITY_MODS && /^the\b/i.test(ctx.match.slice(c.start, c.start + 4)) && /\bover\s+$/i.test(before)) { prevEnd = c.end; continue; }
      for (const [re, mod] of table) {
        const m = re.exec(before);
        if (!m) continue;
        // the modifier word starts the extent (not the space matched by \b before it)
        c.start = from + m.index;
        c.mod = mod;
        break;
      }
      prevEnd = c.end;
    }
    return cands;
  },
};
