/**
 * Who "I" is outside any quotation: the writer of the piece. Columns and
 * op-eds speak in the first person ("I grew up in a survivalist household")
 * and name their writer in the byline (the document's metadata) or in a
 * closing line about them ("Charlotte Meehan is playwright-in-residence at
 * Wheaton College ..."). With neither, the writer is still someone: an
 * anonymous "the author", not an unknown "I".
 */
import type { Doc } from '../../doc/doc.js';
import type { Speaker } from '../../doc/types.js';
import { isGivenName } from '../../lexicon/given-names.js';

/** The closing paragraphs searched for a line about the writer. */
const BIO_LAST_PARAGRAPHS = 3;
/** A line about the writer is short: at most this many characters. */
const BIO_MAX_CHARS = 500;
/**
 * "Jane Roe is ...", "— Jane Q. Roe has written ...": a given name, one to three more capitalized words or
 * initials, then a verb of being or of a trade. (Not "Jane Roe, a spokeswoman, said": news, not a bio.)
 */
const BIO_RE = /^[\s*_—–-]*(\p{Lu}[\p{L}'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'-]+)){1,3})\s+(?:is|was|has|served|teaches|writes|works|directs|leads)\b/u;

/** The writer named in a closing line about them, or null. */
export function authorFromBio(doc: Doc): string | null {
  const paras = doc.paragraphs;
  for (let k = paras.length - 1; k >= Math.max(0, paras.length - BIO_LAST_PARAGRAPHS); k--) {
    const p = paras[k]!;
    if (p.end - p.start > BIO_MAX_CHARS) continue;
    const text = doc.text.slice(p.start, p.end);
    const m = BIO_RE.exec(text);
    if (m && isGivenName(m[1]!.split(/\s+/)[0]!) && !/\bsaid\b/.test(text)) return m[1]!;
  }
  return null;
}

/**
 * A letters page: each letter signed on a paragraph of its own, the writer's name alone ("Michael Pravica."), a place
 * on the next line if any ("Henderson, Nev."). Its "I" is the letter's signer, not the page's writer. A name alone
 * twice at least makes the page (one such line may be anything: a photo credit, a dedication).
 */
const SIGNATURE_RE = /^[\s—–-]*(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3})\.?\s*$/u;
const LETTERS_MIN_SIGNATURES = 2;
/** A signature's paragraph is short. */
const SIGNATURE_MAX_CHARS = 60;
const signaturesOf = new WeakMap<Doc, Array<{ start: number; name: string }>>();
function signatures(doc: Doc): Array<{ start: number; name: string }> {
  let found = signaturesOf.get(doc);
  if (!found) {
    found = [];
    for (const p of doc.paragraphs) {
      if (p.end - p.start > SIGNATURE_MAX_CHARS) continue;
      const m = SIGNATURE_RE.exec(doc.text.slice(p.start, p.end));
      if (m && isGivenName(m[1]!.split(/\s+/)[0]!)) found.push({ start: p.start, name: m[1]! });
    }
    if (found.length < LETTERS_MIN_SIGNATURES) found = [];
    signaturesOf.set(doc, found);
  }
  return found;
}
/** On a letters page, who signed the letter holding `pos` (the first signature after it); else null. */
export function letterSigner(doc: Doc, pos: number): string | null {
  return signatures(doc).find((s) => s.start > pos)?.name ?? null;
}

/** Paragraphs opening "Q:" or "A:" that make a text an interview: its "I" is the one who answers, not the writer. */
const INTERVIEW_MIN_LABELS = 2;
const INTERVIEW_LABEL_RE = /^[ \t]*[QA][:.][ \t]/gm;

/**
 * The writer of the document, for a first-person source outside any quotation: its byline's first author, a
 * closing line about them, or an anonymous author; null for an interview (Q: / A:), where "I" answers.
 */
export function documentAuthor(doc: Doc): Speaker | null {
  let labels = 0;
  for (const _ of doc.matchText.matchAll(INTERVIEW_LABEL_RE)) if (++labels >= INTERVIEW_MIN_LABELS) return null;
  const named = doc.meta.authors[0] ?? authorFromBio(doc);
  return named ? { name: named, kind: 'person' } : { name: 'the author', kind: 'anonymous' };
}

/** A name in capitals as a byline gives it ("STEVE PEOPLES") in the case news writes it ("Steve Peoples"). */
function bylineCase(name: string): string {
  return /\p{Ll}/u.test(name) ? name : name.toLowerCase().replace(/(^|[\s'-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
/**
 * The byline's author a lone surname names ("Peoples reported from New York" under "By STEVE PEOPLES"): the
 * wire's closing line about who reported where. Null when no author, or two, have that surname.
 */
export function authorBySurname(doc: Doc, surname: string): string | null {
  const low = surname.toLowerCase();
  const found = doc.meta.authors.filter((a) => a.trim().split(/\s+/).pop()!.toLowerCase() === low);
  return found.length === 1 ? bylineCase(found[0]!.trim()) : null;
}
