import type { Doc } from '../../doc/doc.js';
import type { Span } from '../../doc/types.js';
import type { Attribution } from '../model/extract.js';
import { tidy } from './frames.js';

/**
 * Sign-offs: a dash and a name after what the named one said.
 *  - a quotation closed and signed on its line or on the next one:
 *    `"We will win this." - Jane Roe` / `"…"` then a paragraph `- Roe.`
 *    (reader comments, fact-check lists);
 *  - an embedded social post signed with the account (`Text - Jane Roe
 *    (@janeroe) May 3, 2016` on one line, or the signature as the paragraph
 *    after the post's: how an HTML page's embedded post reads, see
 *    ingest/html-text.ts): the post's words are the signer's. PolNeAR train/
 *    annotates only 3 of its 14 such posts, but a reader of the record wants
 *    who posted what; the cost there is a few relations in 22,000.
 * PolNeAR takes the dash as cue, the name as source and the quotation as
 * content. Rules: "signoff:quote", "signoff:post". (The matching text folds
 * every dash to '-'.) `postSigner` reads a post's signer for the speaker of an
 * "I" inside one.
 */

/** 1-6 name words after the dash ("Jane Roe", "Mary J. Roe", "Ana María de la Cruz"). */
const NAME = String.raw`\p{Lu}[\p{L}'.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'.-]*|de|la|del|van|von|da|y)){0,5}`;
/** Dash, name, then the end of the line or a comma/period (a description may follow a comma: "- Jane Roe, Ohio."). */
const SIGNED = new RegExp(String.raw`^[ \t]*-{1,2}[ \t]*(${NAME})(?=[ \t]*(?:[.,;]|$))`, 'du');
/** Words a signed quotation needs. */
const MIN_WORDS = 3;

/** The name without a sentence-final period ("Tom Kale." -> "Tom Kale"; "Mary J." keeps its initial's). */
function nameSpan(doc: Doc, start: number, end: number): Span {
  if (doc.matchText[end - 1] === '.' && !/(?:^|[\s.])\p{Lu}\.$/u.test(doc.matchText.slice(start, end))) end--;
  return { start, end };
}
const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The quotation ending at `close` (index of its closing mark): back to the opening mark in the same paragraph. */
function quotationBefore(doc: Doc, para: Span, close: number): Span | null {
  const t = doc.matchText;
  const open = t.lastIndexOf('"', close - 1);
  if (open < para.start) return null;
  // the quotation must open the paragraph or follow a sentence end, not be a quoted term inside a sentence
  const before = t.slice(para.start, open).trim();
  if (before && !/[.!?:"]$/.test(before)) return null;
  const s = { start: open, end: close + 1 };
  return words(t.slice(s.start, s.end)) >= MIN_WORDS ? s : null;
}

export function findSignoffAttributions(doc: Doc): Attribution[] {
  const out: Attribution[] = findPostAttributions(doc);
  const t = doc.matchText;
  const paras = doc.paragraphs;
  for (let pi = 0; pi < paras.length; pi++) {
    const para = paras[pi]!;
    if (doc.inBoilerplate(para)) continue;
    // quotation and sign-off on one line: `"…" - Name`; the line may hold several
    for (let i = t.indexOf('"', para.start); i >= 0 && i < para.end; i = t.indexOf('"', i + 1)) {
      const m = SIGNED.exec(t.slice(i + 1, para.end));
      if (!m || !/^[ \t]*-/.test(m[0])) continue;
      const q = quotationBefore(doc, para, i);
      if (!q) continue;
      const dash = i + 1 + m[0].indexOf('-');
      const dashEnd = dash + (t[dash + 1] === '-' ? 2 : 1);
      const ni = m.indices![1]!;
      out.push({ cue: { start: dash, end: dashEnd }, source: nameSpan(doc, i + 1 + ni[0], i + 1 + ni[1]), content: [q], rule: 'signoff:quote', direct: true });
    }
    // a paragraph of its own: `- Name.` after a paragraph that is one quotation
    const m = SIGNED.exec(t.slice(para.start, para.end));
    if (m && pi > 0) {
      const prev = tidy(doc.text, paras[pi - 1]!);
      const pt = t.slice(prev.start, prev.end);
      if (pt.startsWith('"') && /"[.]?$/.test(pt) && words(pt) >= MIN_WORDS) {
        const dash = para.start + m[0].indexOf('-');
        const ni = m.indices![1]!;
        const close = t.lastIndexOf('"', prev.end);
        out.push({ cue: { start: dash, end: dash + (t[dash + 1] === '-' ? 2 : 1) }, source: nameSpan(doc, para.start + ni[0], para.start + ni[1]), content: [{ start: prev.start, end: close + 1 }], rule: 'signoff:quote', direct: true });
      }
    }
  }
  return out;
}

/** An embedded post's signature: a dash, the name, the account in brackets ("- Jane Roe (@janeroe) May 3, 2024"). */
/** The rule of a post's signature: its source is the display name the post is signed with. */
export const POST_SIGNOFF_RULE = 'signoff:post';
/** The display name and account of a signature ("- Jane Roe (@janeroe)"); the name may hold "of"/"the" ("Ministry of Defence"). */
const SIGNATURE = String.raw`-{1,2}[ \t]*(\p{Lu}[\p{L}\p{N}'.&-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}'.&-]*|of|the|for|and|de|la)){0,5})[ \t]*\(@\w+\)`;
/** A signature opening the text it is tried on. */
const POST_SIGNATURE = new RegExp(String.raw`^\s*${SIGNATURE}`, 'u');
/** A signature anywhere: one closing the post's own line ("... pic.twitter.com/x- Apple Music (@AppleMusic) Sept. 27"). */
const POST_SIGNATURE_ANYWHERE = new RegExp(SIGNATURE, 'gdu');
/** Links that end a post's text (its attached picture or video, a short link): not its words. */
const TRAILING_POST_LINKS = /(?:\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+|t\.co\/\S+))+\s*$/u;
/** Lines a post may have (its blank lines are line breaks, see ingest/html-text.ts). */
const MAX_POST_LINES = 12;
/**
 * Where the post whose last line is paragraph `last` starts: the lines before
 * it joined by single line breaks belong to it when a blank line comes before
 * the first of them (or it opens a text whose paragraphs are set apart by
 * blank lines); otherwise (a text with one paragraph per line) the post is its
 * last line.
 */
function postStart(doc: Doc, last: number): number {
  const paras = doc.paragraphs, t = doc.text;
  let k = last;
  while (k > 0 && last - k < MAX_POST_LINES && !/\n[ \t]*\n/.test(t.slice(paras[k - 1]!.end, paras[k]!.start))) k--;
  const blankBefore = k === 0 ? /\n[ \t]*\n/.test(t) : /\n[ \t]*\n/.test(t.slice(paras[k - 1]!.end, paras[k]!.start));
  return blankBefore ? paras[k]!.start : paras[last]!.start;
}
/** Words a post needs ("Club statement" over a picture is one). */
const MIN_POST_WORDS = 2;

/**
 * Embedded posts and their signers: the post's text is the line before the
 * signature (up to the paragraph's start) or, when the signature opens its
 * paragraph, the paragraph before it. Cue: the dash; source: the name.
 */
export function findPostAttributions(doc: Doc): Attribution[] {
  const out: Attribution[] = [];
  const t = doc.matchText, paras = doc.paragraphs;
  for (let pi = 0; pi < paras.length; pi++) {
    const para = paras[pi]!;
    if (doc.inBoilerplate(para)) continue;
    const own = t.slice(para.start, para.end);
    for (const m of own.matchAll(POST_SIGNATURE_ANYWHERE)) {
      const dash = para.start + m.index!;
      // the post: this paragraph up to the dash, or the paragraph before when nothing precedes the dash
      // (a feed's markup around the post, "<tweet id=... author=...>", is not its text)
      const tag = own.slice(0, m.index).lastIndexOf('<tweet');
      const from = tag >= 0 && own.indexOf('>', tag) >= 0 && own.indexOf('>', tag) < m.index! ? para.start + own.indexOf('>', tag) + 1 : para.start;
      let body: Span | null = tidy(doc.text, { start: from, end: dash });
      if (body.end <= body.start) body = pi > 0 && !doc.inBoilerplate(paras[pi - 1]!) ? { start: postStart(doc, pi - 1), end: paras[pi - 1]!.end } : null;
      if (!body) continue;
      const links = TRAILING_POST_LINKS.exec(t.slice(body.start, body.end));
      const end = links ? body.start + links.index : body.end;
      if (words(t.slice(body.start, end)) < MIN_POST_WORDS) continue;
      const ni = m.indices![1]!;
      out.push({ cue: { start: dash, end: dash + (t[dash + 1] === '-' ? 2 : 1) }, source: { start: para.start + ni[0], end: para.start + ni[1] }, content: [{ start: body.start, end }], rule: POST_SIGNOFF_RULE, direct: true });
    }
  }
  return out;
}
/** Who signed the embedded post holding `pos`: the signature ends its paragraph or is the next one. */
export function postSigner(doc: Doc, pos: number): string | null {
  const pi = doc.paragraphAt(pos);
  if (pi < 0) return null;
  const para = doc.paragraphs[pi]!;
  const own = doc.matchText.slice(para.start, para.end);
  const dash = own.lastIndexOf(' -');
  const m = (dash > pos - para.start ? POST_SIGNATURE.exec(own.slice(dash)) : null)
    ?? (pi + 1 < doc.paragraphs.length ? POST_SIGNATURE.exec(doc.matchText.slice(doc.paragraphs[pi + 1]!.start, doc.paragraphs[pi + 1]!.end)) : null);
  return m ? m[1]! : null;
}
