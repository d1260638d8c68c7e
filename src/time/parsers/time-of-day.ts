/** "3 p.m.", "10:35 a.m. EST", "noon", "midnight", "4 in the morning": a clock time waiting for its day. */
import type { TimexMod } from '../../doc/types.js';
import { PARTS_OF_DAY } from '../../lexicon/time.js';
import type { Candidate, TimeParser } from '../types.js';

/** "mid-afternoon" is the middle of the afternoon, "early morning" its start, "late evening" its end. */
const PART_MODS: Record<string, TimexMod> = { mid: 'MID', early: 'START', late: 'END' };

const ZONE = '(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|local time))?';

export const timeOfDayParser: TimeParser = {
  name: 'time-of-day',
  triggers: ['a.m', 'p.m', 'am', 'pm', 'in the morning', 'in the afternoon', 'in the evening', ':', 'noon', 'midnight', 'midday', 'mid', 'early', 'late'],
  starts: { words: ['noon', 'mid', 'early', 'late'], digit: true },
  pattern: new RegExp(`\\b(?:(\\d{1,2})(?:[:.](\\d\\d))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|in the (?:morning|afternoon|evening))${ZONE}|(\\d{1,2}):(\\d\\d)${ZONE}(?!\\d)|(noon|midnight|midday)\\b|(mid|early|late)[- ]?(morning|afternoon|evening)\\b)`, 'gi'),
  extract(m, ctx): Candidate | null {
    const [all, h1, min1, ampm, h2, min2, word, partMod, part] = m;
    const start = m.index, end = m.index + all.length;
    if (part) {
      // "by mid-afternoon", "mid-afternoon yesterday": a part of the day, with where in it
      const mod = PART_MODS[partMod!.toLowerCase()]!;
      return { start, end, type: 'TIME', rule: 'time-of-day', timeOfDay: PARTS_OF_DAY[part.toLowerCase()]!, mod };
    }
    let clock: string;
    if (word && /^[A-Z]/.test(word) && /[a-z,]\s*$/.test(ctx.match.slice(Math.max(0, start - 3), start))) return null; // "High Noon"
    if (word) clock = word.toLowerCase() === 'midnight' ? '24:00' : '12:00';
    else {
      let h = Number(h1 ?? h2);
      const min = Number(min1 ?? min2 ?? 0);
      if (h > 24 || min > 59) return null;
      const mer = (ampm ?? '').toLowerCase();
      if (h2 !== undefined && ctx.match[end] === ':') return null;
      if ((mer.startsWith('p') || /afternoon|evening/.test(mer)) && h < 12) h += 12;
      if ((mer.startsWith('a') || mer.includes('morning')) && h === 12) h = 0;
      clock = `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
    }
    return { start, end, type: 'TIME', rule: 'time-of-day', timeOfDay: clock };
  },
};
