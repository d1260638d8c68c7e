import { foldForMatching } from './normalize.js';
import type {
  AnalysisNote, BoilerplateSpan, Claim, ContestedLabelGroup, Entity, FramingMarker, LanguageId, Quote, Sentence, SourcingProfile, Span, TimeMention, TimelineEntry, Token,
} from './types.js';

export interface DocMeta {
  title: string | null;
  authors: string[];
  /** ISO date or date-time. */
  published: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
  description?: string | null;
  /** Where each field came from (meta, opengraph, json-ld, readability, input). */
  sources?: Record<string, string>;
}

export function emptyMeta(): DocMeta {
  return { title: null, authors: [], published: null, outlet: null, url: null, language: null };
}

/**
 * The document: owns the text and every annotation over it. Annotations are
 * stand-off spans (UTF-16 indices into `text`); nothing ever rewrites `text`.
 * Pipeline components fill the named layers below.
 */
export class Doc {
  readonly text: string;
  /** `text` with look-alike characters folded (same length): for matching only. */
  readonly matchText: string;
  readonly id: string | undefined;
  meta: DocMeta;
  /** Reference date (YYYY-MM-DD) for relative times: --date, else the published date. */
  referenceDate: string | null;
  /** Which input format the text came from. */
  format: 'text' | 'html';

  boilerplate: BoilerplateSpan[] = [];
  /** The language of the article's text, once identified (src/language). */
  language: LanguageId | null = null;
  /** What the stages tell the user about this analysis (stages skipped, and why). */
  notes: AnalysisNote[] = [];
  paragraphs: Span[] = [];
  sentences: Sentence[] = [];
  tokens: Token[] = [];
  entities: Entity[] = [];
  times: TimeMention[] = [];
  timeline: TimelineEntry[] = [];
  quotes: Quote[] = [];
  scareQuotes: Span[] = [];
  framing: FramingMarker[] = [];
  claims: Claim[] = [];
  sourcing: SourcingProfile | null = null;
  contestedLabels: ContestedLabelGroup[] = [];
  /** Free-form extra layers, for components outside the core. */
  readonly extras = new Map<string, unknown>();

  constructor(text: string, opts: { id?: string; meta?: Partial<DocMeta>; referenceDate?: string | null; format?: 'text' | 'html' } = {}) {
    this.text = text;
    this.matchText = foldForMatching(text);
    this.id = opts.id;
    this.meta = { ...emptyMeta(), ...opts.meta };
    this.format = opts.format ?? 'text';
    this.referenceDate = opts.referenceDate ?? (this.meta.published ? this.meta.published.slice(0, 10) : null);
  }

  slice(span: Span): string { return this.text.slice(span.start, span.end); }

  /** True when the span overlaps a boilerplate span: such text is not the article. */
  inBoilerplate(span: Span): boolean {
    for (const b of this.boilerplate) if (span.start < b.end && b.start < span.end) return true;
    return false;
  }

  /**
   * Sentences that are article text (not boilerplate). The list is kept while the sentence and
   * boilerplate lists stay the same (the stages ask for it several times per document): read it,
   * never modify it.
   */
  contentSentences(): Sentence[] {
    const c = this.content;
    if (c !== null && c.sentences === this.sentences && c.boilerplate === this.boilerplate && c.sentenceCount === this.sentences.length && c.boilerplateCount === this.boilerplate.length) return c.list;
    const list = this.sentences.filter((s) => !this.inBoilerplate(s));
    this.content = { sentences: this.sentences, boilerplate: this.boilerplate, sentenceCount: this.sentences.length, boilerplateCount: this.boilerplate.length, list };
    return list;
  }
  private content: { sentences: Sentence[]; boilerplate: BoilerplateSpan[]; sentenceCount: number; boilerplateCount: number; list: Sentence[] } | null = null;

  /** Index of the paragraph holding the UTF-16 position (paragraphs are sorted and disjoint), or -1. */
  paragraphAt(pos: number): number { return spanIndexAt(this.paragraphs, pos); }
  /** Index of the sentence holding the UTF-16 position, or -1. */
  sentenceAt(pos: number): number { return spanIndexAt(this.sentences, pos); }

  /** Tokens of a sentence. */
  sentenceTokens(s: Sentence): Token[] { return this.tokens.slice(s.tokenStart, s.tokenEnd); }
}

/** Index of the span holding `pos` in sorted, disjoint spans (binary search), or -1. */
function spanIndexAt(spans: readonly Span[], pos: number): number {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1; else if (pos >= s.end) lo = mid + 1; else return mid;
  }
  return -1;
}
