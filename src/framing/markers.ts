import type { Doc } from '../doc/doc.js';
import type { FramingMarker, Span } from '../doc/types.js';
import { SpanSet } from '../doc/span-index.js';
import { DISTANCING_WORDS, PRETEXT_PHRASES } from '../lexicon/framing.js';
import { HEDGE_PHRASES, MODAL_VERBS } from '../lexicon/hedges.js';
import { analysisSpans, formKeys, matchesIn, phraseRegex, speakerAt, spanWordKeys } from './match.js';

const DISTANCING_RE = phraseRegex(DISTANCING_WORDS);
const PRETEXT_RE = phraseRegex(PRETEXT_PHRASES);
const HEDGE_RE = phraseRegex(HEDGE_PHRASES);
// Case-sensitive: "May" the month must not read as the modal verb.
const MODAL_RE = phraseRegex(MODAL_VERBS, 'g');

/** Each finder with the word keys of its forms (match.ts): a sentence holding none of them is passed over. */
const FINDERS: ReadonlyArray<{ kind: FramingMarker['kind']; re: RegExp; rule: string; keys: readonly number[] | null }> = [
  { kind: 'distancing', re: DISTANCING_RE, rule: 'framing-lexicon:distancing', keys: formKeys(DISTANCING_WORDS) },
  { kind: 'pretext', re: PRETEXT_RE, rule: 'framing-lexicon:pretext', keys: formKeys(PRETEXT_PHRASES) },
  { kind: 'hedge', re: HEDGE_RE, rule: 'framing-lexicon:hedge', keys: formKeys(HEDGE_PHRASES) },
  { kind: 'modality', re: MODAL_RE, rule: 'framing-lexicon:modal', keys: formKeys(MODAL_VERBS) },
];

/** Longest quoted phrase (in words) read as a label in quotes rather than a quotation. */
const SCARE_MAX_WORDS = 4;
// Curly pairs nest unambiguously; straight pairs must open after a space or bracket and close before a non-letter.
const CURLY_QUOTED = /\u201c([^\u201c\u201d\n]{1,80})\u201d/g;
const STRAIGHT_QUOTED = /(?<=^|[\s(\[])"([^"\n]{1,80})"(?![A-Za-z])/g;

/**
 * Short quoted phrases that the attribution engine did not take as scare
 * quotes and did not attribute to a known speaker either (a label quoted
 * inside a longer statement, or a fragment it left to an unknown speaker):
 * in the record they frame a word just as a scare quote does.
 */
function shortQuotedPhrases(doc: Doc, span: Span, saidContents: SpanSet): Span[] {
  const out: Span[] = [];
  const text = doc.text.slice(span.start, span.end);
  for (const re of [CURLY_QUOTED, STRAIGHT_QUOTED]) {
    if (!text.includes(re === CURLY_QUOTED ? '\u201c' : '"')) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const inner = m[1]!.trim();
      if (!/^[\p{L}\p{N}]/u.test(inner) || inner.split(/\s+/).length > SCARE_MAX_WORDS) continue;
      // the span excludes the quote marks, as the attribution engine's scare quotes do
      const from = span.start + m.index + 1 + m[1]!.indexOf(inner);
      const q = { start: from, end: from + inner.length };
      const said = saidContents.within({ start: q.start - 1, end: q.end + 2 });
      if (!said) out.push(q);
    }
  }
  return out;
}

/**
 * Framing markers: scare quotes (as the attribution engine found them, plus
 * short quoted phrases no one is said to have said),
 * distancing words, pretext framings, hedges and modal verbs, each with the
 * speaker whose statement holds it (none in the article's own voice).
 * Boilerplate is skipped. Overlapping markers of the same kind keep the first
 * (longest) one; a hedge phrase that contains a modal keeps both.
 */
export function findFramingMarkers(doc: Doc): FramingMarker[] {
  const out: FramingMarker[] = [];
  // (each marker is a fresh object: its speaker is set on it, not spread into a copy)
  const add = (m: FramingMarker) => {
    const speaker = speakerAt(doc, m);
    if (speaker) m.speaker = speaker;
    out.push(m);
  };
  for (const s of doc.scareQuotes) {
    if (!doc.inBoilerplate(s)) add({ start: s.start, end: s.end, kind: 'scare-quote', rule: 'attribution:scare-quote' });
  }
  // (looked up in sorted sets: an article with thousands of quotations made these passes quadratic)
  const scare = new SpanSet(doc.scareQuotes);
  const saidContents = new SpanSet(doc.quotes.filter((x) => x.speaker.kind !== 'unknown').map((x) => x.content));
  for (const span of analysisSpans(doc)) {
    for (const q of shortQuotedPhrases(doc, span, saidContents)) {
      if (!scare.overlaps(q)) add({ start: q.start, end: q.end, kind: 'scare-quote', rule: 'framing:short-quoted-phrase' });
    }
    const present = spanWordKeys(doc, span);
    for (const f of FINDERS) {
      if (f.keys && !f.keys.some((k) => present.has(k))) continue;
      for (const m of matchesIn(doc, span, f.re)) add({ start: m.start, end: m.end, kind: f.kind, rule: f.rule });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
