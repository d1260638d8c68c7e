import type { Span } from '../doc/types.js';

/**
 * Paragraphs: blocks of text between line breaks. A single newline separates
 * paragraphs too (scraped news puts one paragraph per line), unless the text is
 * hard-wrapped (most lines of similar width that do not end a sentence), in
 * which case only blank lines do.
 */
const HARD_WRAP_MIN_LINES = 8;
const HARD_WRAP_UNTERMINATED_SHARE = 0.6;

export function findParagraphs(text: string): Span[] {
  const lines: Span[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m[0].length > 0) {
    const endNl = m[0].endsWith('\n') ? 1 : 0;
    lines.push({ start: m.index, end: m.index + m[0].length - endNl });
    if (re.lastIndex >= text.length) break;
  }
  const nonEmpty = lines.filter((l) => text.slice(l.start, l.end).trim() !== '');
  const unterminated = nonEmpty.filter((l) => !/[.!?:"'\u201d\u2019)\]]\s*$/.test(text.slice(l.start, l.end))).length;
  const hardWrapped = nonEmpty.length >= HARD_WRAP_MIN_LINES && unterminated / nonEmpty.length >= HARD_WRAP_UNTERMINATED_SHARE
    && nonEmpty.some((l, i) => i > 0 && text.slice(lines[lines.indexOf(l) - 1]!.start, lines[lines.indexOf(l) - 1]!.end).trim() !== '');

  const out: Span[] = [];
  let cur: Span | null = null;
  for (const l of lines) {
    const s = text.slice(l.start, l.end);
    if (s.trim() === '') { if (cur) { out.push(cur); cur = null; } continue; }
    if (cur && hardWrapped) { cur.end = l.end; continue; }
    if (cur) out.push(cur);
    cur = { start: l.start, end: l.end };
  }
  if (cur) out.push(cur);
  // trim white space at both ends of each paragraph
  return out.map((p) => trimSpan(text, p)).filter((p) => p.end > p.start);
}

export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
