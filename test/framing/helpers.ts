import { Doc } from '../../src/doc/doc.ts';
import type { Quote, QuoteKind, Span, SpeakerKind } from '../../src/doc/types.ts';
import { boilerplateCleaner } from '../../src/clean/index.ts';
import { segmenter } from '../../src/segment/index.ts';
import { Pipeline } from '../../src/pipeline/component.ts';

const base = new Pipeline([boilerplateCleaner, segmenter]);

/** A cleaned and segmented Doc, with no quotes yet (tests add their own). */
export function segmentedDoc(text: string): Doc {
  return base.run(new Doc(text));
}

/** The span of the n-th (0-based) occurrence of `needle` in the doc text. */
export function spanOf(doc: Doc, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in the test text`);
  }
  return { start: at, end: at + needle.length };
}

/** A hand-built quote. */
export function quote(content: Span, name: string, kind: SpeakerKind, opts: { qkind?: QuoteKind; via?: { name: string; kind: SpeakerKind }; entity?: string } = {}): Quote {
  return {
    kind: opts.qkind ?? 'indirect', content, cue: null, source: null,
    speaker: { name, kind, ...(opts.entity ? { entity: opts.entity } : {}) },
    ...(opts.via ? { via: opts.via } : {}), rule: 'test',
  };
}
