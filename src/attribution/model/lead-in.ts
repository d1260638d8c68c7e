import type { Doc } from '../../doc/doc.js';
import type { Span } from '../../doc/types.js';
import { trimPunct } from './spans.js';

/**
 * A quotation whose sentence opens with words of the same statement before
 * the opening mark (`The country "has made dramatic changes," she said.`):
 * PolNeAR's content takes the lead-in too. The quotation finder stops at the
 * mark; the model's content for the same cue often starts earlier in the
 * sentence. Whether the model's content (`model`) is the quotation's content
 * (`quote`) with such a lead-in: it starts earlier in the quotation's
 * sentence, no other quotation mark, no colon and none of the relation's cue
 * or source lies in the lead-in, and both end at the same word.
 */
export function modelLeadIn(doc: Doc, quote: readonly Span[], model: readonly Span[], cue: Span | null, source: Span | null): boolean {
  if (!quote.length || !model.length) return false;
  const ms = model[0]!.start, qs = quote[0]!.start;
  if (ms >= qs || doc.sentenceAt(ms) !== doc.sentenceAt(qs)) return false;
  const leadIn = doc.matchText.slice(ms, qs);
  // the quotation's own opening mark ends the lead-in; any other mark makes it another quotation
  if (leadIn.indexOf('"') !== leadIn.lastIndexOf('"') || !/"\s*$/.test(leadIn)) return false;
  // a colon before the quotation introduces it ("X scolded him: "..."): the lead-in is a frame, not content
  if (leadIn.includes(':')) return false;
  const inLeadIn = (s: Span | null) => s !== null && s.start < qs && ms < s.end;
  if (inLeadIn(cue) || inLeadIn(source)) return false;
  const qe = trimPunct(doc.text, quote[quote.length - 1]!), me = trimPunct(doc.text, model[model.length - 1]!);
  return qe !== null && me !== null && qe.end === me.end;
}
