/** "spring 2014", "the summer of 2014", "summer" (this year's): relative seasons are in relative-unit. */
import { SEASON_RE, SEASONS } from '../../lexicon/time.js';
import type { Candidate, TimeParser } from '../types.js';
import { spelledYearParser } from './spelled-year.js';

export const seasonParser: TimeParser = {
  name: 'season',
  triggers: ['spring', 'summer', 'fall', 'autumn', 'winter'],
  starts: { words: ['the spring', 'the summer', 'the fall', 'the autumn', 'the winter', 'spring', 'summer', 'fall', 'autumn', 'winter'] },
  pattern: new RegExp(`\\b(?:(the)\\s+)?(${SEASON_RE})(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d))?\\b(?!-)`, 'gi'),
  extract(m, ctx): Candidate | null {
    const [all, the, word, year] = m;
    const code = SEASONS[word!.toLowerCase()]!;
    // "Spring of Life": a capitalized season mid-sentence without a year is a name
    if (!year && !the && /^[A-Z]/.test(word!) && /[a-z,]\s*$/.test(ctx.match.slice(Math.max(0, m.index - 3), m.index))) return null;
    // "fall" is mostly a verb: alone it needs "the" or a year
    if (code === 'FA' && word!.toLowerCase() === 'fall' && !year && !the) return null;
    const afterEnd = m.index + all.length;
    if (!year && the && /^\s+of\s/i.test(ctx.match.slice(afterEnd, afterEnd + 5))) {
      // "the winter of nineteen ninety-four": a year in words
      const spelled = new RegExp(`\\s+of\\s+(?:${spelledYearParser.pattern.source})`, 'iy');
      spelled.lastIndex = afterEnd;
      const sm = spelled.exec(ctx.match);
      // the prefix is non-capturing, so the groups are the spelled-year parser's own
      const yearDate = sm ? spelledYearParser.extract(sm, ctx)?.date : undefined;
      if (sm && yearDate?.gran === 'Y') return { start: m.index, end: afterEnd + sm[0].length, type: 'DATE', rule: 'season+spelled-year', date: { gran: 'S', y: yearDate.y, season: code } };
    }
    if (!year && the && /^\s+(?:of|season)\b/i.test(ctx.match.slice(afterEnd, afterEnd + 8))) return null;
    const y = year ? Number(year) : ctx.ref.y;
    return { start: m.index, end: m.index + all.length, type: 'DATE', rule: 'season', date: { gran: 'S', y, season: code } };
  },
};
