/**
 * npm run bench -- workers [--articles N] [--batch B] [--pg postgres://...]
 *
 * The queue path against a local PostgreSQL:
 *  1. throughput with 1 and with 2 `whosaid worker` processes (each analysing
 *     on its main thread) on the same queue, and their ratio;
 *  2. the per-article overhead of the queue relative to the SQLite path: the
 *     same articles ingested in-process (one thread) into SQLite, and into
 *     PostgreSQL directly, against one queue worker.
 * Articles: an even sample of N PolNeAR texts (default 200) from the data
 * folder. PostgreSQL: --pg, else $WHOSAID_TEST_PG, else a throwaway server
 * started (and stopped) with scripts/pg-test-server.sh.
 * Throughput is timed from the first job queued to the last job completed, with
 * the workers already started (models loaded), so it measures steady work.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ingest } from '../src/corpus/ingest.js';
import { enqueue } from '../src/queue/enqueue.js';
import { queueStatus } from '../src/queue/status.js';
import { openStore } from '../src/store/index.js';
import { REPO_ROOT, dataPath } from '../eval/data.js';

const DEFAULT_ARTICLES = 200;
const DEFAULT_BATCH = 10;
/** How often the queue is polled for completion while timing (ms). */
const POLL_MS = 100;

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function polnearFiles(n: number): string[] {
  const files = ['train', 'dev'].flatMap((part) => {
    const dir = dataPath('datasets', 'polnear', part, 'text');
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
  }).sort();
  if (n >= files.length) return files;
  const step = files.length / n;
  return Array.from({ length: n }, (_, i) => files[Math.floor(i * step)]!);
}

function schemaUrl(base: string, schema: string): string {
  const u = new URL(base);
  u.searchParams.set('schema', schema);
  return u.toString();
}

async function dropSchemas(base: string, schemas: string[]): Promise<void> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try { for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`); } finally { await c.end(); }
}

function startWorker(url: string): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'worker', '--db', url], {
    cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, WHOSAID_QUEUE_POLL: '0.5' },
  });
  let buf = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (d: string) => { buf += d; if (/worker ready/.test(buf)) resolve(); });
    child.on('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready:\n${buf}`)));
  });
  return { child, ready };
}

/** Articles per second through the queue with `n` worker processes. */
async function queueRun(base: string, files: string[], n: number, batch: number): Promise<{ seconds: number; perSecond: number; enqueueSeconds: number }> {
  const schema = `bench_workers_${n}_${process.pid}`;
  const url = schemaUrl(base, schema);
  await dropSchemas(base, [schema, `${schema}_queue`]);
  // schema and queue created before the workers start (they would race to create them otherwise, harmlessly but slowly)
  await enqueue(url, [], { settings: { batchArticles: batch } }).catch(() => undefined);
  const workers = Array.from({ length: n }, () => startWorker(url));
  try {
    await Promise.all(workers.map((w) => w.ready));
    const t0 = performance.now();
    const q = await enqueue(url, files, { settings: { batchArticles: batch } });
    const enqueueSeconds = (performance.now() - t0) / 1000;
    for (;;) {
      const s = await queueStatus(url);
      if (s.done + s.failed >= q.jobs) break;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    const seconds = (performance.now() - t0) / 1000;
    return { seconds, perSecond: q.articles / seconds, enqueueSeconds };
  } finally {
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => new Promise((r) => { if (w.child.exitCode !== null) r(null); else w.child.on('exit', r); })));
    await dropSchemas(base, [schema, `${schema}_queue`]);
  }
}

/** Seconds to ingest the files in-process on one thread (analysis + writes) into a store. */
async function directRun(db: string, files: string[]): Promise<number> {
  const store = await openStore(db);
  try {
    // warm the models first, as the queue workers are
    await ingest(store, [files[0]!], { workers: 0, pipelineVersion: 'warm-up' });
    const t0 = performance.now();
    await ingest(store, files, { workers: 0 });
    return (performance.now() - t0) / 1000;
  } finally { await store.close(); }
}

export async function run(args: string[]): Promise<void> {
  const n = Number(arg(args, '--articles') ?? DEFAULT_ARTICLES);
  const batch = Number(arg(args, '--batch') ?? DEFAULT_BATCH);
  const files = polnearFiles(n);
  let base = arg(args, '--pg') ?? process.env.WHOSAID_TEST_PG ?? '';
  const state = join(tmpdir(), `whosaid-bench-pg-${process.pid}.state`);
  const own = !base;
  if (own) base = execFileSync(join(REPO_ROOT, 'scripts', 'pg-test-server.sh'), ['start'], { env: { ...process.env, WHOSAID_PG_STATE: state }, encoding: 'utf8' }).trim();
  const work = mkdtempSync(join(tmpdir(), 'whosaid-bench-workers-'));
  try {
    console.log(`workers: ${files.length} PolNeAR articles, ${batch} per job; ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at start`);
    const sqlite = await directRun(join(work, 'direct.db'), files);
    console.log(`SQLite, in-process (1 thread):   ${(files.length / sqlite).toFixed(2)} articles/s, ${((1000 * sqlite) / files.length).toFixed(1)} ms/article`);
    const pgSchema = `bench_direct_${process.pid}`;
    await dropSchemas(base, [pgSchema]);
    const pgDirect = await directRun(schemaUrl(base, pgSchema), files);
    await dropSchemas(base, [pgSchema]);
    console.log(`PostgreSQL, in-process (1 thread): ${(files.length / pgDirect).toFixed(2)} articles/s, ${((1000 * pgDirect) / files.length).toFixed(1)} ms/article`);
    const one = await queueRun(base, files, 1, batch);
    console.log(`queue, 1 worker process:  ${one.perSecond.toFixed(2)} articles/s (${one.seconds.toFixed(1)} s; enqueue ${one.enqueueSeconds.toFixed(2)} s)`);
    const two = await queueRun(base, files, 2, batch);
    console.log(`queue, 2 worker processes: ${two.perSecond.toFixed(2)} articles/s (${two.seconds.toFixed(1)} s; enqueue ${two.enqueueSeconds.toFixed(2)} s)`);
    console.log(`ratio 2/1 workers: ${(two.perSecond / one.perSecond).toFixed(2)}x (target >= 1.6x on 2 idle cores)`);
    const overhead = (1000 * one.seconds) / files.length - (1000 * sqlite) / files.length;
    console.log(`queue overhead vs the SQLite path: ${overhead >= 0 ? '+' : ''}${overhead.toFixed(1)} ms/article (${((100 * overhead) / ((1000 * sqlite) / files.length)).toFixed(1)}%); ` +
      `of which the PostgreSQL store: ${((1000 * (pgDirect - sqlite)) / files.length).toFixed(1)} ms/article`);
    console.log(`load average at end: ${loadavg()[0]!.toFixed(1)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
    if (own) execFileSync(join(REPO_ROOT, 'scripts', 'pg-test-server.sh'), ['stop'], { env: { ...process.env, WHOSAID_PG_STATE: state }, stdio: 'ignore' });
  }
}
