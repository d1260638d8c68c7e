import { createHash } from 'node:crypto';
import type { AnalyzeInput } from '../analyze.js';

/**
 * Content hash of an input: what makes two inputs the same article for resume
 * and exactly-once storage. Covers the content and every field that changes the
 * record (id, url, date), not where the input was read from, so a copied file is
 * the same article.
 */
export function contentHash(input: AnalyzeInput): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([input.id ?? null, input.text ?? null, input.html ?? null, input.url ?? null, input.date ?? null]));
  return h.digest('hex');
}

/** The article id the store gives an article: stable for the same content. */
export function articleIdFor(hash: string): string {
  return `a${hash.slice(0, 16)}`;
}
