import type { Doc } from '../doc/doc.js';
import type { Claim, Quote, Span } from '../doc/types.js';
import { analysisSpans, quoteContents, speakerName } from './match.js';
import { loadCheckworthyModel, type CheckworthyModel } from './model.js';
import { extractQuantities } from './quantities.js';

/** A sentence belongs to a statement when the statement's content covers at least this share of it. */
const SPEAKER_COVER_SHARE = 0.5;

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The quote covering most of the sentence (the first in doc.quotes of those covering most), when it covers at least SPEAKER_COVER_SHARE of it. */
export function statementOf(doc: Doc, sentence: Span): Quote | null {
  const quotes = doc.quotes;
  let best = -1, bestCover = 0;
  quoteContents(doc).some(sentence, (i) => {
    const cover = overlap(sentence, quotes[i]!.content);
    if (cover > bestCover || (cover === bestCover && cover > 0 && i < best)) { best = i; bestCover = cover; }
    return false;
  });
  return best >= 0 && bestCover >= SPEAKER_COVER_SHARE * (sentence.end - sentence.start) ? quotes[best]! : null;
}

function speakerOf(doc: Doc, sentence: Span): string | null {
  const q = statementOf(doc, sentence);
  return q ? speakerName(doc, q) : null;
}

/**
 * Check-worthy claims: content sentences the classifier scores at or above
 * its threshold, each with its speaker (the statement holding it, or null for
 * the article's own voice) and its quantities. Date and time mentions from
 * the time tagger are not quantities.
 */
export function findClaims(doc: Doc, model: CheckworthyModel = loadCheckworthyModel()): Claim[] {
  const dates = doc.times.filter((t) => t.type !== 'DURATION');
  const out: Claim[] = [];
  for (const s of analysisSpans(doc)) {
    const text = doc.matchText.slice(s.start, s.end);
    const score = model.score(text);
    if (score < model.threshold) continue;
    out.push({
      start: s.start, end: s.end, score: Math.round(score * 10000) / 10000,
      speaker: speakerOf(doc, s),
      quantities: extractQuantities(text, s.start, dates),
      rule: model.rule,
    });
  }
  return out;
}
