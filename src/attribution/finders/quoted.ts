import type { Doc } from '../../doc/doc.js';
import type { Span } from '../../doc/types.js';
import { DOUBLED_APOSTROPHE, closesMark, followsText, isOpeningMark, isQuotationMarkCode, isSingleMark, markAt, opensElision } from '../../lexicon/quotation-marks.js';

/**
 * Quoted stretches: top-level runs of text between quotation marks, in every
 * style (“…” „…“ «…» ‘…’ 「…」 and more: src/lexicon/quotation-marks.ts says
 * which marks pair; and straight marks). Quotes nested inside a stretch stay
 * inside it. A stretch left open at the end of a paragraph continues when the
 * next paragraph opens with a quotation mark (the multi-paragraph convention);
 * each paragraph then gives one fragment.
 */
export interface QuotedStretch {
  /** Index of the opening mark. */
  open: number;
  /** Index just after the closing mark (or the end of the last paragraph when never closed). */
  end: number;
  /** The quoted text, one fragment per paragraph, without the marks. */
  fragments: Span[];
  closed: boolean;
}

/** Double marks (and straight ones) open a quotation anywhere; single ones only at a word start. */
const opensAnywhere = (c: string) => c === '"' || (isOpeningMark(c) && !isSingleMark(c));
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013-]/u.test(c) || c === '"' || c === '\u201c' || c === '\u2018';

interface Open { mark: string; at: number }

/** Quoted stretches of the article (boilerplate paragraphs skipped). */
export function findQuotedStretches(doc: Doc): QuotedStretch[] {
  const text = doc.text;
  const out: QuotedStretch[] = [];
  let cur: QuotedStretch | null = null;
  let stack: Open[] = [];
  const paras = doc.paragraphs;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    if (doc.inBoilerplate(p)) { cur = null; stack = []; continue; }
    let fragStart = p.start;
    // a straight mark opening a paragraph that holds no other straight mark but curly ones marks a block quotation
    // (an excerpt set off as a whole: "The first time she had seen him ... she said, “...”"), not a quotation of its own
    // (read only for a paragraph opening with a straight mark: the scan runs over every paragraph)
    const paraText = text[p.start] === '"' ? text.slice(p.start, p.end) : '';
    // (one that only ” closes is a quotation in mixed styles: "Open the door!” an officer shouts)
    const blockMark = paraText !== '' && !paraText.includes('"', 1) && paraText.includes('\u201c');
    for (let i = blockMark ? p.start + 1 : p.start; i < p.end; i++) {
      // only quotation marks open or close: the rest is passed over at once
      const code = text.charCodeAt(i);
      if (code !== 34 && code !== 39 && !isQuotationMarkCode(code)) continue;
      const c = markAt(text, i), w = c.length, doubled = c === DOUBLED_APOSTROPHE;
      const before = text[i - 1], after = text[i + w];
      let opens = false, closes = false, pairedCloser = false;
      const top = stack[stack.length - 1];
      if (doubled) {
        if (top && top.mark === c && !isSpaceOrStart(before)) closes = true;
        else if (isSpaceOrStart(before) && !/\s/.test(after ?? ' ')) opens = true;
        else if (top) closes = true;
        i++;
      } else if (c === '"' || c === "'") {
        // straight marks: close the matching open mark, else open at a word start
        if (top && top.mark === c && !isSpaceOrStart(before) && !(c === "'" && isWordChar(after))) closes = true;
        else if (isSpaceOrStart(before) && (c === '"' || (isWordChar(after) && !opensElision(text, i))) && !/\s/.test(after ?? ' ')) opens = true;
        else if (c === '"' && top) closes = true;
      } else if (isOpeningMark(c) && !(isSingleMark(c) && isWordChar(before))) {
        // “ and ‘ close a German „ and ‚ after text (a closing ‘ included: „… ‚nein‘“); elsewhere they open
        if (top && closesMark(top.mark, c) && followsText(before)) closes = true; else opens = true;
      } else if (top && closesMark(top.mark, c)) {
        // ’ and ‘ are also the apostrophe: they close only when no letter follows
        if (!(isSingleMark(c) && isWordChar(after))) closes = true;
      } else if (top && top.mark === '\u201c' && c === '\u2019' && after === '\u2019' && !isWordChar(text[i + 2])) {
        // “…’’: two closing single marks typed for the closing double one
        closes = true; pairedCloser = true;
      }
      if (opens) {
        if (stack.length === 0) {
          // a top-level stretch opens (double marks anywhere; single marks only at a word start)
          if (!opensAnywhere(c) && !isSpaceOrStart(before)) continue;
          if (!cur) { cur = { open: i + 1 - w, end: i + 1 - w, fragments: [], closed: false }; }
          fragStart = i + 1;
        }
        stack.push({ mark: c, at: i + 1 - w });
      } else if (closes) {
        stack.pop();
        if (stack.length === 0 && cur) {
          cur.fragments.push({ start: fragStart, end: i + 1 - w });
          cur.end = pairedCloser ? i + 2 : i + 1; cur.closed = true;
          out.push(cur); cur = null;
        }
        if (pairedCloser) i++;
      }
    }
    if (cur) {
      cur.fragments.push({ start: fragStart, end: p.end });
      cur.end = p.end;
      const next = paras[pi + 1];
      // (with the mark the stretch opened with: a "‘" left open, as in the name "‘Matšosane", is not continued by a “ quotation)
      const opening = markAt(text, cur.open), nextMark = next ? markAt(text, next.start) : '';
      const nextOpens = next && !doc.inBoilerplate(next) && (opensAnywhere(text[next.start]!) || nextMark === DOUBLED_APOSTROPHE)
        && (isSingleMark(opening) === isSingleMark(nextMark) || opening === '"' || nextMark === '"');
      if (!nextOpens) { out.push(cur); cur = null; stack = []; }
      else stack = []; // the next paragraph's opening mark re-opens the same stretch
    }
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Words in a span (letters or digits runs). Chinese and Japanese are written
 * without spaces: there every two characters of a run count as a word
 * (Chinese words average under two characters).
 */
export function wordCount(text: string, s: Span): number {
  let n = 0;
  for (const run of text.slice(s.start, s.end).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []) {
    const cjk = run.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu);
    n += cjk ? Math.ceil(cjk.length / 2) + (run.length > cjk.length ? 1 : 0) : 1;
  }
  return n;
}
