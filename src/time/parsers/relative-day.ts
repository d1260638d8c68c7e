/** "today", "tonight", "tomorrow", "yesterday", "this morning", "last night", "the day before yesterday". */
import { PARTS_OF_DAY } from '../../lexicon/time.js';
import { addDays } from '../calendar.js';
import type { Candidate, TimeParser } from '../types.js';

const OFFSETS: Record<string, number> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1, this: 0, last: -1 };

/** Nouns after "today's" that make it the present age rather than the day. */
const GENERIC_TODAY_RE = /^'s\s+(?:world|youth|society|generation|children|kids|young|culture|standards|times|economy|families|teenagers)\b/i;

export const relativeDayParser: TimeParser = {
  name: 'relative-day',
  starts: { words: ['the day', 'the next', 'the following', 'the morning', 'the afternoon', 'the evening', 'the night', 'today', 'tonight', 'tomorrow', 'yesterday', 'this', 'last'] },
  pattern: /\b(?:the day (before yesterday|after tomorrow)|the (?:(next|following) )?(morning|afternoon|evening|night)(?! of\b)|(today|tonight|tomorrow|yesterday)(?:'s)?(?:\s+(morning|afternoon|evening|night))?|(this|last)\s+(morning|afternoon|evening|night))\b/gi,
  extract(m, ctx): Candidate | null {
    const [all, twoDays, nextPart, thePart, word, wordPart, rel, relPart] = m;
    const start = m.index;
    let end = m.index + all.length;
    if (twoDays) {
      const date = addDays(ctx.ref, twoDays.toLowerCase().startsWith('before') ? -2 : 2);
      return { start, end, type: 'DATE', rule: 'relative-day', date };
    }
    // "the people of tomorrow", "VOA Today": a generic or a title, not a day
    if (word && /\bof\s+$/i.test(ctx.match.slice(Math.max(0, start - 4), start))) return null;
    // "today's world", "today's youth": the present age in general, not the day
    if (word && GENERIC_TODAY_RE.test(ctx.match.slice(m.index + word.length, m.index + word.length + 24))) return null;
    if (word && /^[A-Z]/.test(word) && /[A-Z][A-Za-z]*\s+$/.test(ctx.match.slice(Math.max(0, start - 12), start)) && !/[.!?"]\s*$|^\s*$/.test(ctx.match.slice(Math.max(0, start - 3), start))) return null;
    if (thePart) {
      // "in the morning", "the next morning": a part of the day last mentioned
      const code = PARTS_OF_DAY[thePart.toLowerCase()]!;
      const shiftDays = nextPart ? 1 : 0;
      return {
        start, end, type: 'TIME', rule: 'relative-day-anaphoric',
        resolve: (anchor, c) => { const base = anchor.gran === 'D' ? anchor : c.ref; return { ...addDays(base, shiftDays), time: code }; },
      };
    }
    const key = (word ?? rel)!.toLowerCase();
    if (key === 'last' && relPart!.toLowerCase() !== 'night') {
      // "last evening" is yesterday's; "last morning" is rare and unclear
      if (relPart!.toLowerCase() !== 'evening') return null;
    }
    const date = addDays(ctx.ref, OFFSETS[key]!);
    if (all.toLowerCase().includes("'s") && !wordPart) end -= 2;
    const part = (wordPart ?? relPart)?.toLowerCase();
    const code = key === 'tonight' ? 'NI' : key === 'last' ? PARTS_OF_DAY[part!] : part ? PARTS_OF_DAY[part] : undefined;
    return { start, end, type: code ? 'TIME' : 'DATE', rule: 'relative-day', date: code ? { ...date, time: code } : date };
  },
};
