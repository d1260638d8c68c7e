import type { Doc } from '../../doc/doc.js';
import type { Span } from '../../doc/types.js';
import type { Attribution } from '../model/extract.js';
import { ADV, CUE_RE_SRC, WORD, groupSpan, plausibleSource, tidy, tidySource } from './frames.js';
import { findQuotedStretches, wordCount, type QuotedStretch } from './quoted.js';

/**
 * Direct quotations: quoted stretches with an attribution frame next to them.
 *  - after the closing mark: “…,” the official said / “…,” said Connolly /
 *    “…,” on a call with …, the White House said;
 *  - before the opening mark: He said: “…” / Connolly told reporters, “…”;
 *  - split quotes: “…,” he said. “…” (the second stretch joins the content);
 *  - long full-sentence stretches with no frame are kept as uncued quotes
 *    (the source is found by speaker resolution from the context);
 *  - short stretches with no frame are not quotes: they are returned as
 *    quoted terms (scare quotes, titles, nicknames).
 */

/** A stretch with no frame is a quotation only from this many words on (shorter ones are quoted terms). */
export const UNCUED_MIN_WORDS = 8;
/** Largest phrase allowed between the closing mark and the frame (“…,” on a call with X, the White House said). */
const MAX_INSERT = 90;

const SRC = String.raw`(${WORD}(?:\s+${WORD}){0,9}?)`;
const AFTER_SRC_CUE = new RegExp(String.raw`^[\s,]*(?:[^,."“”]{1,${MAX_INSERT}},\s+)?${SRC}\s+${ADV}(${CUE_RE_SRC})\b`, 'du');
const AFTER_CUE_SRC = new RegExp(String.raw`^[\s,]*(${CUE_RE_SRC})\s+${SRC}\s*(?=[.,;:!?]|$)`, 'du');
// a phrase between the cue and the quotation ("told reporters", "said in a statement") needs a colon or comma after it;
// without one the quotation is part of the reported clause (a mixed quote, left to the model)
const BEFORE_SRC_CUE = new RegExp(String.raw`${SRC}\s+${ADV}(${CUE_RE_SRC})\b(?:(?:\s+[^:,."]{1,60}?)?\s*[:,]|\s*)\s*$`, 'du');

/** “…, the border,” he said: the comma before the closing mark punctuates the frame, not the quotation. */
function dropTrailingComma(text: string, s: Span): Span {
  let end = s.end;
  while (end > s.start && /[\s,;]/.test(text[end - 1]!)) end--;
  return { start: s.start, end };
}

export interface DirectResult { quotes: Attribution[]; terms: Span[] }

interface Frame { cue: Span; source: Span | null; end: number }

function frameAfter(doc: Doc, q: QuotedStretch, limit: number): Frame | null {
  const tail = doc.matchText.slice(q.end, limit);
  for (const re of [AFTER_SRC_CUE, AFTER_CUE_SRC]) {
    const m = re.exec(tail);
    if (!m) continue;
    const srcGroup = re === AFTER_SRC_CUE ? 1 : 2, cueGroup = re === AFTER_SRC_CUE ? 2 : 1;
    const source = groupSpan(m, srcGroup, q.end), cue = groupSpan(m, cueGroup, q.end);
    if (!source || !cue || !plausibleSource(doc, source)) continue;
    return { cue, source, end: q.end + m[0].length };
  }
  return null;
}

function frameBefore(doc: Doc, q: QuotedStretch, from: number): Frame | null {
  const head = doc.matchText.slice(from, q.open);
  const m = BEFORE_SRC_CUE.exec(head);
  if (!m) return null;
  const source = groupSpan(m, 1, from), cue = groupSpan(m, 2, from);
  if (!source || !cue || !plausibleSource(doc, source)) return null;
  return { cue, source, end: q.open };
}

export function findDirectQuotes(doc: Doc): DirectResult {
  const text = doc.text;
  const stretches = findQuotedStretches(doc);
  const quotes: Attribution[] = [];
  const terms: Span[] = [];
  const used = new Set<number>();
  for (let k = 0; k < stretches.length; k++) {
    if (used.has(k)) continue;
    const q = stretches[k]!;
    const inner = q.fragments.map((f) => tidy(text, f)).filter((f) => f.end > f.start);
    if (!inner.length) continue;
    const lastPara = doc.paragraphs.find((p) => p.start <= q.end - 1 && q.end <= p.end) ?? { start: q.open, end: text.length };
    const firstPara = doc.paragraphs.find((p) => p.start <= q.open && q.open < p.end) ?? { start: 0, end: q.open };
    const sentence = doc.sentences[doc.sentenceAt(q.open)];
    const from = Math.max(firstPara.start, sentence && sentence.start <= q.open ? sentence.start : firstPara.start);
    const frame = frameAfter(doc, q, lastPara.end) ?? frameBefore(doc, q, from);
    if (frame) {
      const content = [...inner];
      // split quote: “…,” he said. “…” — the next stretch right after the frame continues the content
      const next = stretches[k + 1];
      if (next && frame.end <= next.open && next.open < lastPara.end && frame.end >= q.end) {
        const gap = doc.matchText.slice(frame.end, next.open);
        if (/^[^"\p{L}]*$/u.test(gap) || /^\s*[,.]?\s*$/.test(gap) || /^[^.!?"]{0,60}[.,:]\s*$/.test(gap)) {
          content.push(...next.fragments.map((f) => tidy(text, f)).filter((f) => f.end > f.start));
          used.add(k + 1);
        }
      }
      quotes.push({ cue: frame.cue, source: frame.source && tidySource(text, frame.source), content: content.map((c) => dropTrailingComma(text, c)), rule: 'direct:frame', direct: true });
      continue;
    }
    const words = inner.reduce((n, f) => n + wordCount(text, f), 0);
    if (words >= UNCUED_MIN_WORDS) quotes.push({ cue: null, source: null, content: inner, rule: 'direct:uncued', direct: true });
    else terms.push({ start: q.open, end: q.end });
  }
  return { quotes, terms };
}
