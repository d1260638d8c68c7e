import { Doc, type DocMeta } from './doc/doc.js';
import { InputError } from './ingest/errors.js';
import { looksLikeHtml } from './ingest/decode.js';
import { extractArticle } from './ingest/html.js';
import type { Pipeline } from './pipeline/component.js';
import { defaultPipeline } from './pipeline/default.js';
import { toRecord } from './record/build.js';
import type { WhosaidRecord } from './record/schema.js';

export interface AnalyzeInput {
  id?: string;
  /** Plain text of the article (kept exactly). */
  text?: string;
  /** An HTML page (its main text is extracted). */
  html?: string;
  url?: string;
  /** Reference date for relative times (YYYY-MM-DD); overrides the published date. */
  date?: string;
  meta?: Partial<DocMeta>;
}

export interface AnalyzeOptions {
  /** Reference date (YYYY-MM-DD), as `--date`. Input's own `date` wins over it. */
  date?: string;
  /** How to read a string input: detected by default. */
  format?: 'auto' | 'text' | 'html';
  pipeline?: Pipeline;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDate(date: string, where?: string): string {
  if (!DATE_RE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw new InputError(`invalid date "${date}" (expected YYYY-MM-DD)`, where);
  }
  return date;
}

/** Builds the Doc for an input and runs the pipeline over it. */
export function analyzeDoc(input: string | AnalyzeInput, options: AnalyzeOptions = {}): Doc {
  const inp: AnalyzeInput = typeof input === 'string'
    ? ((options.format === 'html' || (options.format !== 'text' && looksLikeHtml(input))) ? { html: input } : { text: input })
    : input;
  const date = inp.date ?? options.date;
  if (date !== undefined) checkDate(date);
  let doc: Doc;
  if (typeof inp.html === 'string') {
    const { text, meta } = extractArticle(inp.html, inp.url);
    doc = new Doc(text, { id: inp.id, meta: { ...meta, ...inp.meta }, referenceDate: date ?? null, format: 'html' });
  } else if (typeof inp.text === 'string') {
    doc = new Doc(inp.text, { id: inp.id, meta: { url: inp.url ?? null, ...inp.meta }, referenceDate: date ?? null, format: 'text' });
  } else {
    throw new InputError('input has neither "text" nor "html"');
  }
  if (!doc.referenceDate && doc.meta.published) doc.referenceDate = doc.meta.published.slice(0, 10);
  return (options.pipeline ?? defaultPipeline()).run(doc);
}

/** Article in, sourced record out. */
export function analyze(input: string | AnalyzeInput, options: AnalyzeOptions = {}): WhosaidRecord {
  return toRecord(analyzeDoc(input, options));
}
