/**
 * DOM -> plain text with paragraph breaks: block elements are separated by a
 * blank line, <br> by a newline, runs of white space inside a block fold to one
 * space. Script, style and template contents are dropped.
 */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
  'CAPTION', 'TBODY', 'THEAD', 'TFOOT', 'DETAILS', 'SUMMARY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'OBJECT']);
const CELL = new Set(['TD', 'TH']);

interface NodeLike { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<NodeLike> }

export function domToText(root: NodeLike): string {
  const parts: string[] = [];
  let line = '';
  const flushBlock = () => {
    const t = line.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (t) parts.push(t);
    line = '';
  };
  const walk = (n: NodeLike) => {
    if (n.nodeType === 3) { line += n.textContent ?? ''; return; }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name) || SKIP.has(n.nodeName)) return;
    if (name === 'BR') { line += '\n'; return; }
    const block = BLOCK.has(name);
    if (block) flushBlockKeepingBreaks();
    const kids = n.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (CELL.has(name)) line += ' ';
    if (block) flushBlockKeepingBreaks();
  };
  // <br> inside a block keeps a line break: split on it before folding space
  const flushBlockKeepingBreaks = () => {
    const pieces = line.split('\n');
    for (const p of pieces) { line = p; flushBlock(); }
    line = '';
  };
  walk(root);
  flushBlockKeepingBreaks();
  return parts.join('\n\n');
}
