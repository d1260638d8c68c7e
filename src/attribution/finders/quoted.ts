import type { Doc } from '../../doc/doc.js';
import type { Span } from '../../doc/types.js';

/**
 * Quoted stretches: top-level runs of text between quotation marks, in every
 * style (“ ” „ « » ‘ ’ and straight marks). Quotes nested inside a stretch stay
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

// (Japanese and Chinese corner brackets 「…」 and 『…』 too: text in those scripts has no spaces before a mark)
const OPENERS: Record<string, string> = { '\u201c': '\u201d', '\u201e': '\u201c\u201d', '\u00ab': '\u00bb', '\u2018': '\u2019', '\u201a': '\u2018\u2019', '\u300c': '\u300d', '\u300e': '\u300f' };
const DOUBLE_OPENERS = new Set(['\u201c', '\u201e', '\u00ab', '"', '\u300c', '\u300e']);
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
    for (let i = p.start; i < p.end; i++) {
      // only quotation marks (" ' « », U+2018..U+201E and the corner brackets U+300C..U+300F) open or close: the rest is passed over at once
      const code = text.charCodeAt(i);
      if (code !== 34 && code !== 39 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x201e) && (code < 0x300c || code > 0x300f)) continue;
      const c = text[i]!;
      const before = text[i - 1], after = text[i + 1];
      let opens = false, closes = false;
      const top = stack[stack.length - 1];
      if (c === '"' || c === "'") {
        // straight marks: close the matching open mark, else open at a word start
        if (top && top.mark === c && !isSpaceOrStart(before) && !(c === "'" && isWordChar(after))) closes = true;
        else if (isSpaceOrStart(before) && (c === '"' || isWordChar(after)) && !/\s/.test(after ?? ' ')) opens = true;
        else if (c === '"' && top) closes = true;
      } else if (OPENERS[c] !== undefined && !(c === '\u2018' && isWordChar(before))) {
        // „ also closes a ‚ … ‘ pair in German style; “ closes „
        if (top && (OPENERS[top.mark] ?? "").includes(c) && !isSpaceOrStart(before)) closes = true; else opens = true;
      } else if (top && OPENERS[top.mark]?.includes(c)) {
        // ’ is also the apostrophe: it closes only when no letter follows
        if (!(c === '\u2019' && isWordChar(after))) closes = true;
      } else if (c === '\u00bb' && top?.mark === '\u00ab') closes = true;
      if (opens) {
        if (stack.length === 0) {
          // a top-level stretch opens (double marks anywhere; single marks only at a word start)
          if (!DOUBLE_OPENERS.has(c) && !isSpaceOrStart(before)) continue;
          if (!cur) { cur = { open: i, end: i, fragments: [], closed: false }; }
          fragStart = i + 1;
        }
        stack.push({ mark: c, at: i });
      } else if (closes) {
        stack.pop();
        if (stack.length === 0 && cur) {
          cur.fragments.push({ start: fragStart, end: i });
          cur.end = i + 1; cur.closed = true;
          out.push(cur); cur = null;
        }
      }
    }
    if (cur) {
      cur.fragments.push({ start: fragStart, end: p.end });
      cur.end = p.end;
      const next = paras[pi + 1];
      const nextOpens = next && !doc.inBoilerplate(next) && DOUBLE_OPENERS.has(text[next.start]!);
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
