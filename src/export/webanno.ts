import { OffsetConverter } from '../doc/offsets.js';
import type { WhosaidRecord } from '../record/schema.js';

/**
 * W3C Web Annotation (JSON-LD): one annotation per quotation, targeting the
 * article with a TextQuoteSelector (exact, prefix, suffix) and a
 * TextPositionSelector, whose offsets the model counts in code points as the
 * record does. A quotation split around its attribution has one target per
 * piece.
 */
export const WEBANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Characters of context kept before and after the exact text in a TextQuoteSelector. */
const CONTEXT_CHARS = 32;

export interface WebAnnotationTarget { source: string; selector: Array<Record<string, unknown>> }
export interface WebAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: string;
  body: Array<Record<string, unknown>>;
  /** One target; one per piece for a quotation split around its attribution (the model allows several). */
  target: WebAnnotationTarget | WebAnnotationTarget[];
}

export function articleIri(articleId: string, url: string | null): string {
  return url ?? `urn:whosaid:article:${articleId}`;
}

/** Code point slice of a text. */
function cpSlice(conv: OffsetConverter, text: string, start: number, end: number): string {
  return text.slice(conv.toUtf16(Math.max(0, start)), conv.toUtf16(Math.min(conv.length, end)));
}

export function toWebAnnotations(record: WhosaidRecord, articleId: string): WebAnnotation[] {
  const conv = new OffsetConverter(record.text);
  const source = articleIri(articleId, record.meta.url);
  const targetOf = (p: { start: number; end: number; text: string }): WebAnnotationTarget => ({
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: p.text, prefix: cpSlice(conv, record.text, p.start - CONTEXT_CHARS, p.start), suffix: cpSlice(conv, record.text, p.end, p.end + CONTEXT_CHARS) },
      { type: 'TextPositionSelector', start: p.start, end: p.end },
    ],
  });
  return record.quotes.map((q, i) => {
    const body: Array<Record<string, unknown>> = [
      { type: 'TextualBody', purpose: 'tagging', value: `quotation:${q.kind}` },
      { type: 'TextualBody', purpose: 'describing', value: `${q.speaker.name} (${q.speaker.kind})` },
    ];
    if (q.cue) body.push({ type: 'TextualBody', purpose: 'classifying', value: `cue: ${q.cue.text}` });
    if (q.via) body.push({ type: 'TextualBody', purpose: 'describing', value: `via: ${q.via.name}` });
    return {
      id: `urn:whosaid:${articleId}:${q.id ?? `q${i + 1}`}`,
      type: 'Annotation',
      motivation: 'describing',
      body,
      // the quoted words: the pieces of a split quotation, not the attribution between them
      target: q.parts?.length ? q.parts.map(targetOf) : targetOf(q.content),
    };
  });
}
