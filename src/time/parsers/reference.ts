/** "now", "right now", "currently", "recently", "the past", "the future", "soon": PRESENT_REF, PAST_REF, FUTURE_REF; "for a while": PXX. */
import { REFERENCE_WORDS } from '../../lexicon/time.js';
import type { Candidate, TimeParser } from '../types.js';


export const referenceParser: TimeParser = {
  name: 'reference',
  starts: { words: ['right', 'just', 'now', 'current', 'presently', 'at', 'the present', 'the near', 'the distant', 'the past', 'the future', 'the short', 'the coming', 'the next', 'the days', 'the weeks', 'the months', 'the years', 'nowadays', 'these', 'recent', 'lately', 'long', 'soon', 'future', 'coming', 'next', 'a'] },
  pattern: /\b(right now|just now|now|currently|current|presently|at present|the present|nowadays|these days|at the moment|recently|recent|lately|the (?:near |distant )?(?:past|future)|long ago|soon|future|the (?:near|short) term|(?:the )?(?:coming|next few) (?:days|hours|weeks|months|quarters|years)|the (?:days|weeks|months|years) ahead|(?<=\bfor )a while)\b/gi,
  extract(m, ctx): Candidate | null {
    const word = m[1]!.toLowerCase();
    const start = m.index, end = m.index + m[0].length;
    const after = ctx.match.slice(end, end + 12);
    // "now that" is a conjunction; "soon after" an anchor to an event; "current account" a noun
    if (word === 'soon' && /^\s+(?:after|before|as|thereafter)\b/i.test(after)) return null;
    if (word === 'current' && /^\s+(?:account|affairs|events|members?|president|leader|law|system|policy|rules?|prices|assets|liabilities|dollars|situation|crisis|level|form|version|state)\b/i.test(after)) return null;
    if (word === 'future' && !/^\s+(?:years?|months?|plans?|growth|sales|earnings|results|needs|generations?)\b/i.test(after)) return null;
    // "recent" as an adjective is PAST_REF ("the recent sale"), but not in a comparison ("more recent")
    if (word === 'recent' && /\b(?:more|most|less|least)\s+$/i.test(ctx.match.slice(Math.max(0, start - 6), start))) return null;
    // "for a while": a span of unknown length and unit
    if (word === 'a while') return { start, end, type: 'DURATION', rule: 'reference', value: 'PXX' };
    let value = REFERENCE_WORDS[word];
    // "the coming weeks", "the months ahead": a span of unknown length (PXW); "the near term": the future
    const span = /(?:coming|next few) (\w+)|the (\w+) ahead/.exec(word);
    if (!value && span) {
      const unit = (span[1] ?? span[2])!;
      const letter: Record<string, string> = { hours: 'PTXH', days: 'PXD', weeks: 'PXW', months: 'PXM', quarters: 'PXQ', years: 'PXY' };
      return { start, end, type: 'DURATION', rule: 'reference', value: letter[unit] ?? 'FUTURE_REF' };
    }
    if (!value) value = /future|term/.test(word) ? 'FUTURE_REF' : 'PAST_REF';
    return { start, end, type: 'DATE', rule: 'reference', value };
  },
};
