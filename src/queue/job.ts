import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AnalyzeInput } from '../analyze.js';

/**
 * One job: a batch of articles carried in the job itself (decoded text or
 * HTML), so a worker on any machine needs only the database, not the files.
 */
export interface JobArticle { source: string; hash: string; input: AnalyzeInput }
export interface IngestJob { v: 1; date?: string; articles: JobArticle[] }
/** What a finished job reports (kept as the job's output; `whosaid status` sums it). */
export interface JobOutput { stored: number; skipped: number; errors: number }

const inputSchema = z.object({
  id: z.string().optional(),
  text: z.string().optional(),
  html: z.string().optional(),
  url: z.string().optional(),
  date: z.string().optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
}).refine((i) => i.text !== undefined || i.html !== undefined, 'an article needs text or html');

const jobSchema = z.object({
  v: z.literal(1),
  date: z.string().optional(),
  articles: z.array(z.object({ source: z.string(), hash: z.string(), input: inputSchema })).min(1),
});

/** Validates a job's data; a malformed job fails (and, after its retries, is dead-lettered with this error). */
export function parseJob(data: unknown): IngestJob {
  const r = jobSchema.safeParse(data);
  if (!r.success) throw new Error(`invalid ingest job: ${r.error.issues.map((i) => `${i.path.join('.') || 'data'}: ${i.message}`).join('; ')}`);
  return r.data as IngestJob;
}

/** Job id from its articles' hashes: enqueueing the same batch again while it waits adds no second job. */
export function jobId(job: IngestJob): string {
  const h = createHash('sha256');
  h.update(job.date ?? '');
  for (const a of job.articles) h.update(`\u0000${a.hash}`);
  const x = h.digest('hex');
  // shaped as a UUID (version 4 nibble and variant bits set), which pg-boss's id column requires
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-${((parseInt(x[16]!, 16) & 0x3) | 0x8).toString(16)}${x.slice(17, 20)}-${x.slice(20, 32)}`;
}
