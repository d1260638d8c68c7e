import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { parsePostgresSpec } from '../store/postgres/index.js';

/**
 * The job queue: pg-boss 10.x, jobs in PostgreSQL next to the corpus, so a
 * fleet of workers needs nothing but the database. (pg-boss 11 needs Node 22;
 * 10.x is the last line that runs on Node 20, which whosaid supports.)
 *
 * Settings come from the environment, so every machine of a fleet reads the
 * same ones; docs/scaling.md lists them.
 */

/** Queue of ingest batches, and where batches that failed every retry go (with their error). */
export const INGEST_QUEUE = 'whosaid-ingest';
export const DEAD_LETTER_QUEUE = 'whosaid-ingest-dead';

/** Articles per job: big enough that queue overhead is small, small enough that a lost job costs little. */
export const DEFAULT_BATCH_ARTICLES = 20;
/** Retries after the first failure, before a job is dead-lettered. */
export const DEFAULT_RETRY_LIMIT = 3;
/** First retry delay (s); doubles each retry (with jitter), so a database hiccup is waited out. */
export const DEFAULT_RETRY_DELAY_S = 10;
/** A job active this long is presumed lost (its worker died) and retried: far above a 20-article batch (seconds). */
export const DEFAULT_EXPIRE_S = 300;
/** How often expired jobs are looked for (one worker of the fleet does it per period). */
export const DEFAULT_MAINTENANCE_S = 30;
/** Idle polling period (s): pg-boss's floor is 0.5. */
export const DEFAULT_POLL_S = 1;
/** Connections per process for the queue (the store has its own pool). */
export const DEFAULT_QUEUE_POOL = 3;

export interface QueueSettings {
  batchArticles: number;
  retryLimit: number;
  retryDelay: number;
  expireInSeconds: number;
  maintenanceSeconds: number;
  pollSeconds: number;
}

function envNumber(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new Error(`${name} must be a number >= ${min} (got "${raw}")`);
  return n;
}

export function queueSettings(over: Partial<QueueSettings> = {}): QueueSettings {
  return {
    batchArticles: over.batchArticles ?? envNumber('WHOSAID_QUEUE_BATCH', DEFAULT_BATCH_ARTICLES, 1),
    retryLimit: over.retryLimit ?? envNumber('WHOSAID_QUEUE_RETRIES', DEFAULT_RETRY_LIMIT, 0),
    retryDelay: over.retryDelay ?? envNumber('WHOSAID_QUEUE_RETRY_DELAY', DEFAULT_RETRY_DELAY_S, 0),
    expireInSeconds: over.expireInSeconds ?? envNumber('WHOSAID_QUEUE_EXPIRE', DEFAULT_EXPIRE_S, 1),
    maintenanceSeconds: over.maintenanceSeconds ?? envNumber('WHOSAID_QUEUE_MAINTENANCE', DEFAULT_MAINTENANCE_S, 1),
    pollSeconds: over.pollSeconds ?? envNumber('WHOSAID_QUEUE_POLL', DEFAULT_POLL_S, 0.5),
  };
}

/** pg-boss's schema: beside the store's (whosaid -> whosaid_queue). */
export function queueSchema(spec: string): string {
  return `${parsePostgresSpec(spec).schema}_queue`;
}

/**
 * The LISTEN/NOTIFY channel on which `ingest --queue` announces new jobs, so
 * idle workers fetch at once instead of at their next poll (pg-boss 10 only
 * polls). Polling stays: a lost notification (or a pooler that drops LISTEN)
 * only delays a job by one polling period. Hashed: a channel name is at most
 * 63 bytes, and schema names may be that long themselves.
 */
export function jobsChannel(spec: string): string {
  return `whosaid_jobs_${createHash('sha256').update(queueSchema(spec)).digest('hex').slice(0, 16)}`;
}

/** Starts pg-boss on the database of a postgres:// spec (installing its schema on first use) with both queues created. */
export async function openBoss(spec: string, settings: QueueSettings, opts: { supervise?: boolean } = {}): Promise<PgBoss> {
  const { url } = parsePostgresSpec(spec);
  const boss = new PgBoss({
    connectionString: url,
    schema: queueSchema(spec),
    max: envNumber('WHOSAID_QUEUE_POOL', DEFAULT_QUEUE_POOL, 1),
    supervise: opts.supervise ?? true,
    schedule: false,
    maintenanceIntervalSeconds: settings.maintenanceSeconds,
    // completed and failed jobs stay visible to `whosaid status` for a day
    archiveCompletedAfterSeconds: 24 * 3600,
    archiveFailedAfterSeconds: 24 * 3600,
  });
  boss.on('error', (err) => { process.stderr.write(`whosaid: queue: ${err.message}\n`); });
  await boss.start();
  const queueOpts = { retryLimit: settings.retryLimit, retryDelay: settings.retryDelay, retryBackoff: true, expireInSeconds: settings.expireInSeconds };
  await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, ...queueOpts });
  await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, ...queueOpts, deadLetter: DEAD_LETTER_QUEUE });
  return boss;
}
