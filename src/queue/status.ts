import pg from 'pg';
import { parsePostgresSpec } from '../store/postgres/index.js';
import { DEAD_LETTER_QUEUE, INGEST_QUEUE, queueSchema } from './boss.js';

/** Window over which `whosaid status` measures the rate (s). */
export const RATE_WINDOW_S = 60;

export interface QueueStatus {
  /** Jobs waiting (new or waiting for a retry), and the articles in them. */
  queued: number;
  queuedArticles: number;
  running: number;
  done: number;
  /** Jobs that failed every attempt (each also copied to the dead-letter queue, error kept). */
  failed: number;
  deadLettered: number;
  /** Articles stored per second over the last RATE_WINDOW_S seconds, and jobs finished in that window. */
  rate: number;
  recentJobs: number;
  /** The error of the latest failed job. */
  lastError: string | null;
}

/**
 * Queue counts straight from pg-boss's tables (live and archived jobs), so it
 * needs no running worker and starts nothing.
 */
export async function queueStatus(spec: string): Promise<QueueStatus> {
  const { url } = parsePostgresSpec(spec);
  const schema = queueSchema(spec);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const exists = await c.query('SELECT to_regclass($1) AS t', [`${schema}.job`]);
    const empty: QueueStatus = { queued: 0, queuedArticles: 0, running: 0, done: 0, failed: 0, deadLettered: 0, rate: 0, recentJobs: 0, lastError: null };
    if (!exists.rows[0].t) return empty;
    const all = `(SELECT name, state, data, output, completed_on FROM ${schema}.job UNION ALL SELECT name, state, data, output, completed_on FROM ${schema}.archive)`;
    const r = await c.query(`SELECT
        count(*) FILTER (WHERE name = $1 AND state IN ('created', 'retry'))::int AS queued,
        coalesce(sum(jsonb_array_length(data->'articles')) FILTER (WHERE name = $1 AND state IN ('created', 'retry') AND jsonb_typeof(data->'articles') = 'array'), 0)::int AS "queuedArticles",
        count(*) FILTER (WHERE name = $1 AND state = 'active')::int AS running,
        count(*) FILTER (WHERE name = $1 AND state = 'completed')::int AS done,
        count(*) FILTER (WHERE name = $1 AND state = 'failed')::int AS failed,
        count(*) FILTER (WHERE name = $2)::int AS "deadLettered",
        count(*) FILTER (WHERE name = $1 AND state = 'completed' AND completed_on > now() - $3 * interval '1 second')::int AS "recentJobs",
        coalesce(sum((output->>'stored')::int) FILTER (WHERE name = $1 AND state = 'completed' AND completed_on > now() - $3 * interval '1 second'), 0)::int AS "recentStored"
      FROM ${all} j`, [INGEST_QUEUE, DEAD_LETTER_QUEUE, RATE_WINDOW_S]);
    const row = r.rows[0] as QueueStatus & { recentStored: number };
    const last = await c.query(`SELECT output->>'message' AS message FROM ${all} j WHERE name = $1 AND state = 'failed' ORDER BY completed_on DESC LIMIT 1`, [INGEST_QUEUE]);
    const { recentStored, ...rest } = row;
    return { ...rest, rate: recentStored / RATE_WINDOW_S, lastError: (last.rows[0]?.message as string | undefined) ?? null };
  } finally {
    await c.end();
  }
}

/** The status as `whosaid status` prints it. */
export function formatStatus(s: QueueStatus): string {
  return [
    `queued   ${s.queued} jobs (${s.queuedArticles} articles)`,
    `running  ${s.running}`,
    `done     ${s.done}`,
    `failed   ${s.failed} (dead-lettered ${s.deadLettered})`,
    `rate     ${s.rate.toFixed(2)} articles/s over the last ${RATE_WINDOW_S} s (${s.recentJobs} jobs)`,
    ...(s.lastError ? [`last failure: ${s.lastError}`] : []),
  ].join('\n');
}
