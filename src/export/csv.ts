import { quoteWords, type WhosaidRecord } from '../record/schema.js';
import type { StoredArticle } from '../store/types.js';

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: unknown[]): string { return values.map(csvField).join(',') + '\r\n'; }

/** Columns of the quotation export, one row per quotation. */
export const QUOTE_CSV_COLUMNS = ['article_id', 'url', 'published', 'outlet', 'title', 'quote_id', 'speaker', 'speaker_kind', 'via', 'source', 'cue', 'content', 'kind', 'start', 'end'] as const;

export function quoteCsvRows(art: StoredArticle): string {
  const r: WhosaidRecord = art.record;
  let out = '';
  for (const q of r.quotes) {
    out += csvRow([art.summary.id, art.summary.url, art.summary.published, art.summary.outlet, art.summary.title, q.id ?? '', q.speaker.name, q.speaker.kind,
      q.via?.name ?? '', q.source?.text ?? '', q.cue?.text ?? '', quoteWords(q), q.kind, q.content.start, q.content.end]);
  }
  return out;
}
