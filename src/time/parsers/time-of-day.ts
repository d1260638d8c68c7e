/** "3 p.m.", "10:35 a.m. EST", "noon", "midnight", "4 in the morning": a clock time waiting for its day. */
import type { Candidate, TimeParser } from '../types.js';

const ZONE = '(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|local time))?';

export const timeOfDayParser: TimeParser = {
  name: 'time-of-day',
  triggers: ['a.m', 'p.m', 'am', 'pm', 'in the morning', 'in the afternoon', 'in the evening', ':', 'noon', 'midnight', 'midday'],
  pattern: new RegExp(`\\b(?:(\\d{1,2})(?:[:.](\\d\\d))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|in the (?:morning|afternoon|evening))${ZONE}|(\\d{1,2}):(\\d\\d)${ZONE}(?!\\d)|(noon|midnight|midday)\\b)`, 'gi'),
  extract(m, ctx): Candidate | null {
    const [all, h1, min1, ampm, h2, min2, word] = m;
    const start = m.index, end = m.index + all.length;
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
