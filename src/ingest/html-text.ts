import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.js';

/**
 * DOM -> plain text with paragraph breaks: block elements are separated by a
 * blank line, a <br> by a newline (two or more in a row by a blank line, as old
 * pages use them between paragraphs), runs of white space inside a block fold to
 * one space. Script, style and template contents are dropped.
 */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
  'CAPTION', 'TBODY', 'THEAD', 'TFOOT', 'DETAILS', 'SUMMARY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'OBJECT']);
const CELL = new Set(['TD', 'TH']);

/** A word of two or more lower-case letters (or digits) ending a sentence with no space before a capitalized word: its last word in group 1. */
const GLUED_SENTENCE = /(?<![\p{L}\p{N}.])([\p{L}\p{N}]*[\p{Ll}\p{N}]{2})[.!?]["\u201d\u2019)]?(?=\p{Lu}(?:\p{Ll}|\s))/gu;

/** An outlet's dateline in parentheses glued to the first word ("(CNN)President Donald Trump", the outlet set in its own element). */
const GLUED_DATELINE = /^(\(\p{Lu}[\p{L} .&-]{0,30}\))(?=\p{Lu}\p{Ll})/u;

/** Stands for a <br> while a block's text is gathered (a character that never occurs in HTML text). */
const BR = '\u0000';

interface NodeLike { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<NodeLike>; getAttribute?(name: string): string | null }

/**
 * The classes of an embedded social post's blockquote (kept through Readability by html.ts). Its text is one
 * paragraph: the post's own blank lines (<br><br>) are line breaks, so the post is the paragraph just before
 * its "— Name (@handle) Date" signature.
 */
export const EMBEDDED_POST_CLASSES = ['twitter-tweet', 'instagram-media', 'tiktok-embed', 'bluesky-embed'];
const EMBEDDED_POST_CLASS = new RegExp(`(?:^|\\s)(?:${EMBEDDED_POST_CLASSES.join('|')})(?:\\s|$)`);

/** The class of an empty element a page draws a line break with (`<span class="id-r-component br">`). */
const BREAK_CLASS = /(?:^|\s)(?:br|line-?break)(?:\s|$)/i;

/**
 * A line cut where a sentence is glued to the next ("for several years.A series of incidents"): the page
 * drew that break with styling (an empty <span class="br">) or a feed dropped it (a JSON-LD articleBody);
 * the next sentence starts a paragraph. Not after a title ("Mr.Smith") nor inside a web address.
 */
export function splitGluedSentences(line: string): string[] {
  let out: string[] | null = null, from = 0;
  for (const m of line.matchAll(GLUED_SENTENCE)) {
    const end = m.index + m[0].length;
    if (TITLE_ABBREVIATIONS.has(m[1]!.toLowerCase()) || m[1] === 'www' || /^\S*\.\p{Ll}/u.test(line.slice(end))) continue;
    (out ??= []).push(line.slice(from, end));
    from = end;
  }
  if (!out) return [line];
  out.push(line.slice(from));
  return out;
}

export function domToText(root: NodeLike): string {
  const parts: string[] = [];
  let line = '';
  // the paragraphs of the embedded post being read (null outside one): they become one paragraph, its lines
  let post: string[] | null = null;
  const walk = (n: NodeLike) => {
    if (n.nodeType === 3) { line += (n.textContent ?? '').replace(/\u0000/g, ''); return; }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name) || SKIP.has(n.nodeName)) return;
    if (name === 'BR') { line += BR; return; }
    // (an empty element styled as a break, "<span class="br"></span>", between a subhead and its paragraph: such
    // pages draw paragraphs so, and the subhead has no stop to tell a glued sentence by)
    if (n.childNodes.length === 0 && BREAK_CLASS.test(n.getAttribute?.('class') ?? '')) { line += BR + BR; return; }
    const block = BLOCK.has(name);
    if (block) flushBlockKeepingBreaks();
    const opensPost = post === null && name === 'BLOCKQUOTE' && EMBEDDED_POST_CLASS.test(n.getAttribute?.('class') ?? '');
    if (opensPost) post = [];
    const kids = n.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (CELL.has(name)) line += ' ';
    if (opensPost) {
      // the post's blocks, then what follows them in the blockquote (its signature) as a paragraph of its own
      const body = post!.join('\n');
      post = null;
      if (body) parts.push(body);
    }
    if (block) flushBlockKeepingBreaks();
  };
  // a block's text: white space folded within each <br>-separated line; lines
  // joined by a newline, and an empty line (consecutive <br>s) starts a new paragraph
  // (inside an embedded post, every paragraph is a line of the post's one paragraph)
  const flushBlockKeepingBreaks = () => {
    let lines: string[] = [];
    const endParagraph = () => { if (lines.length) (post ?? parts).push(lines.join('\n')); lines = []; };
    for (const piece of line.split(BR)) {
      const t = piece.replace(/[ \t\r\n\f]+/g, ' ').trim().replace(GLUED_DATELINE, '$1 ');
      if (!t) { endParagraph(); continue; }
      const pieces = splitGluedSentences(t);
      for (let k = 0; k < pieces.length; k++) { if (k) endParagraph(); lines.push(pieces[k]!); }
    }
    endParagraph();
    line = '';
  };
  walk(root);
  flushBlockKeepingBreaks();
  return parts.join('\n\n');
}
