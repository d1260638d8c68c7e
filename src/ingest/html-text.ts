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

/** Stands for a <br> while a block's text is gathered (a character that never occurs in HTML text). */
const BR = '\u0000';

interface NodeLike { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<NodeLike> }

export function domToText(root: NodeLike): string {
  const parts: string[] = [];
  let line = '';
  const walk = (n: NodeLike) => {
    if (n.nodeType === 3) { line += (n.textContent ?? '').replace(/\u0000/g, ''); return; }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name) || SKIP.has(n.nodeName)) return;
    if (name === 'BR') { line += BR; return; }
    const block = BLOCK.has(name);
    if (block) flushBlockKeepingBreaks();
    const kids = n.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (CELL.has(name)) line += ' ';
    if (block) flushBlockKeepingBreaks();
  };
  // a block's text: white space folded within each <br>-separated line; lines
  // joined by a newline, and an empty line (consecutive <br>s) starts a new paragraph
  const flushBlockKeepingBreaks = () => {
    let lines: string[] = [];
    const endParagraph = () => { if (lines.length) parts.push(lines.join('\n')); lines = []; };
    for (const piece of line.split(BR)) {
      const t = piece.replace(/[ \t\r\n\f]+/g, ' ').trim();
      if (t) lines.push(t); else endParagraph();
    }
    endParagraph();
    line = '';
  };
  walk(root);
  flushBlockKeepingBreaks();
  return parts.join('\n\n');
}
