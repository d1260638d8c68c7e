/** Years spoken in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand", "the nineties". */
import type { Candidate, TimeParser } from '../types.js';

const TENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ONES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const DECADES: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

export const spelledYearParser: TimeParser = {
  name: 'spelled-year',
  triggers: ['nineteen', 'two thousand', 'ties'],
  starts: { words: ['the year', 'the twenties', 'the thirties', 'the forties', 'the fifties', 'the sixties', 'the seventies', 'the eighties', 'the nineties', 'nineteen', 'eighteen'] },
  pattern: /\b(?:(?:the\s+year\s+)?(nineteen|eighteen)[- ](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|(?:the\s+year\s+)(two thousand)(?:\s+and\s+(one|two|three|four|five|six|seven|eight|nine))?|the\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi,
  extract(m): Candidate | null {
    const [all, century, tens, ones, twoThousand, ones2000, decade] = m;
    const start = m.index, end = m.index + all.length;
    if (decade) return { start, end, type: 'DATE', rule: 'spelled-year', date: { gran: 'E', y: 1900 + DECADES[decade.toLowerCase()]! * 10 } };
    if (twoThousand) return { start, end, type: 'DATE', rule: 'spelled-year', date: { gran: 'Y', y: 2000 + (ones2000 ? ONES[ones2000.toLowerCase()]! : 0) } };
    const y = (century!.toLowerCase() === 'nineteen' ? 1900 : 1800) + TENS[tens!.toLowerCase()]! + (ones ? ONES[ones.toLowerCase()]! : 0);
    return { start, end, type: 'DATE', rule: 'spelled-year', date: { gran: 'Y', y } };
  },
};
