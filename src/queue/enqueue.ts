import { contentHash } from '../corpus/hash.js';
import { ArticleProcessor, reasonOf } from '../corpus/worker.js';
import { InputError } from '../ingest/errors.js';
import { walkSources } from '../ingest/sources.js';
import { PIPELINE_VERSION } from '../pipeline/default.js';
import { openPostgresStore } from '../store/postgres/index.js';
import type { ArticleError } from '../store/types.js';
import { INGEST_QUEUE, jobsChannel, openBoss, queueSettings, type QueueSettings } from './boss.js';
import { jobId, type IngestJob, type JobArticle } from './job.js';

/** Jobs sent to the database per insert statement. */
const JOBS_PER_INSERT = 20;

export interface EnqueueOptions {
  date?: string;
  datesFromNames?: boolean;
  maxBytes?: number;
  settings?: Partial<QueueSettings>;
  onError?: (e: ArticleError) => void;
}

export interface EnqueueStats { jobs: number; articles: number; skipped: number; duplicates: number; errors: number; seconds: number }

/**
 * `whosaid ingest ... --queue`: reads and decodes the inputs here (cheap), and
 * queues them in batches for `whosaid worker`s to analyse. Inputs already stored
 * with this pipeline version are skipped, as are repeats within the run;
 * unreadable inputs are recorded as errors in the store right away.
 */
export async function enqueue(spec: string, paths: string[], opts: EnqueueOptions = {}): Promise<EnqueueStats> {
  if (!/^postgres(ql)?:\/\//i.test(spec)) throw new InputError('--queue needs a PostgreSQL database: --db postgres://...');
  const started = Date.now();
  const settings = queueSettings(opts.settings);
  const store = await openPostgresStore(spec);
  const boss = await openBoss(spec, settings, { supervise: false });
  const stats: EnqueueStats = { jobs: 0, articles: 0, skipped: 0, duplicates: 0, errors: 0, seconds: 0 };
  try {
    const seen = await store.doneHashes(PIPELINE_VERSION);
    const done = new Set(seen);
    // the same reading and decoding as a local ingest (files, JSONL lines, WARC records)
    const reader = new ArticleProcessor({ type: 'init', pipelineVersion: PIPELINE_VERSION, done: [], datesFromNames: opts.datesFromNames, maxBytes: opts.maxBytes });
    const errors: Array<ArticleError & { contentHash?: string; pipelineVersion?: string }> = [];
    const pending: IngestJob[] = [];
    let batch: JobArticle[] = [];
    const channel = jobsChannel(spec);
    const flushJobs = async (all: boolean) => {
      // the first job goes out alone, so idle workers start while the rest is read
      while (pending.length >= (all || !stats.jobs ? 1 : JOBS_PER_INSERT)) {
        const jobs = pending.splice(0, JOBS_PER_INSERT);
        await boss.insert(jobs.map((data) => ({
          id: jobId(data), name: INGEST_QUEUE, data,
          retryLimit: settings.retryLimit, retryDelay: settings.retryDelay, retryBackoff: true, expireInSeconds: settings.expireInSeconds,
        })));
        stats.jobs += jobs.length;
        // wakes idle workers (see jobsChannel)
        await store.pool.query('SELECT pg_notify($1, $2)', [channel, String(jobs.length)]);
      }
      if (errors.length) { await store.putBatch([], errors.splice(0)); }
    };
    const endBatch = () => {
      if (!batch.length) return;
      pending.push({ v: 1, ...(opts.date ? { date: opts.date } : {}), articles: batch });
      batch = [];
    };
    const fail = (source: string, reason: string, hash?: string) => {
      stats.errors++;
      errors.push({ source, reason, ...(hash ? { contentHash: hash, pipelineVersion: PIPELINE_VERSION } : {}) });
      opts.onError?.({ source, reason });
    };
    for await (const item of walkSources(paths, { maxBytes: opts.maxBytes })) {
      if (item.kind === 'error') { fail(item.source, item.reason); continue; }
      let input;
      try { input = reader.toInput(item); } catch (err) {
        fail(item.source, err instanceof InputError ? reasonOf(err, item.source) : `unreadable: ${reasonOf(err, item.source)}`);
        continue;
      }
      const hash = contentHash(input);
      if (seen.has(hash)) { if (done.has(hash)) stats.skipped++; else stats.duplicates++; continue; }
      seen.add(hash);
      batch.push({ source: item.source, hash, input });
      stats.articles++;
      if (batch.length >= settings.batchArticles) { endBatch(); await flushJobs(false); }
    }
    endBatch();
    await flushJobs(true);
  } finally {
    await boss.stop({ graceful: false, close: true });
    await store.close();
  }
  stats.seconds = (Date.now() - started) / 1000;
  return stats;
}
