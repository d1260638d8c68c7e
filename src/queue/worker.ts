import type { Worker as Thread } from 'node:worker_threads';
import type PgBoss from 'pg-boss';
import pg from 'pg';
import { analyze } from '../analyze.js';
import { startWorker } from '../corpus/ingest.js';
import { ArticleProcessor, type WorkerInit, type WorkerResult, type WorkerTask } from '../corpus/worker.js';
import { PIPELINE_VERSION } from '../pipeline/default.js';
import { openPostgresStore, parsePostgresSpec } from '../store/postgres/index.js';
import type { PostgresStore } from '../store/postgres/store.js';
import type { ArticleError, PreparedArticle } from '../store/types.js';
import { INGEST_QUEUE, jobsChannel, openBoss, queueSchema, queueSettings, type QueueSettings } from './boss.js';
import { parseJob, type JobOutput } from './job.js';

/** How long a stopping worker waits for its current jobs before releasing them (ms): a batch takes seconds. */
export const DEFAULT_STOP_TIMEOUT_MS = 60_000;
/** Consecutive idle checks (queue empty, nothing running anywhere) before --exit-when-idle exits. */
const IDLE_CHECKS = 2;

export interface WorkerOptions {
  /** Jobs processed at once, each on its own analysis thread (1: on the main thread). */
  concurrency?: number;
  /** Exit once no job is queued or running (batch runs, tests, benchmarks). */
  exitWhenIdle?: boolean;
  settings?: Partial<QueueSettings>;
  stopTimeoutMs?: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
  /** Resolves when the worker is ready (models loaded, polling). */
  onReady?: () => void;
}

export interface WorkerStats { jobs: number; stored: number; skipped: number; errors: number; failedJobs: number; seconds: number }

/** Analyses one task: on this thread or on a worker thread. */
interface Analyzer { begin(init: WorkerInit): void; process(task: WorkerTask): Promise<WorkerResult>; close(): Promise<void> }

class InThreadAnalyzer implements Analyzer {
  private proc: ArticleProcessor | null = null;
  begin(init: WorkerInit): void { this.proc = new ArticleProcessor(init); }
  async process(task: WorkerTask): Promise<WorkerResult> { return this.proc!.process(task); }
  async close(): Promise<void> { /* nothing held */ }
}

class ThreadAnalyzer implements Analyzer {
  private thread: Thread | null = null;
  private init: WorkerInit | null = null;
  private readonly waiting = new Map<number, { resolve: (r: WorkerResult) => void; reject: (e: Error) => void }>();

  /** The analysis thread, started again after a crash (the job that crashed it fails and is retried). */
  private live(): Thread {
    if (this.thread) return this.thread;
    const t = startWorker();
    t.on('message', (r: WorkerResult) => { this.waiting.get(r.seq)?.resolve(r); this.waiting.delete(r.seq); });
    const lost = (err: Error) => {
      if (this.thread === t) this.thread = null;
      for (const w of this.waiting.values()) w.reject(err);
      this.waiting.clear();
    };
    t.on('error', lost);
    t.on('exit', (code) => lost(new Error(`analysis thread exited (${code})`)));
    if (this.init) t.postMessage(this.init);
    this.thread = t;
    return t;
  }
  begin(init: WorkerInit): void { this.init = init; this.live().postMessage(init); }
  process(task: WorkerTask): Promise<WorkerResult> {
    return new Promise((resolve, reject) => { this.waiting.set(task.seq, { resolve, reject }); this.live().postMessage(task); });
  }
  async close(): Promise<void> { const t = this.thread; this.thread = null; if (t) await t.terminate(); }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A connection listening on the queue's job channel (see jobsChannel); null if
 * it cannot listen (polling still finds every job). Its loss is not an error.
 */
async function listenForJobs(spec: string, onJobs: () => void): Promise<pg.Client | null> {
  const client = new pg.Client({ connectionString: parsePostgresSpec(spec).url });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query(`LISTEN "${jobsChannel(spec)}"`);
  } catch {
    await client.end().catch(() => undefined);
    return null;
  }
  client.on('notification', onJobs);
  return client;
}

/**
 * `whosaid worker`: takes ingest jobs from the queue, analyses their articles
 * and writes them to the store in one transaction per job. At-least-once: a job
 * whose worker died is retried after it expires, and the store's upsert by
 * content hash + pipeline version makes a second run store nothing twice.
 * SIGTERM/SIGINT stop fetching, finish the current jobs (or, past the stop
 * timeout, hand them back to the queue) and exit.
 */
export async function runWorker(spec: string, opts: WorkerOptions = {}): Promise<WorkerStats> {
  const started = Date.now();
  const concurrency = Math.max(1, opts.concurrency ?? 1);
  const settings = queueSettings(opts.settings);
  const log = opts.log ?? (() => undefined);
  // test hook: a pause after each article, so tests can stop or kill a worker mid-job
  const articleDelay = Number(process.env.WHOSAID_TEST_ARTICLE_DELAY_MS ?? 0);
  const stats: WorkerStats = { jobs: 0, stored: 0, skipped: 0, errors: 0, failedJobs: 0, seconds: 0 };

  // Commits without waiting for the WAL flush (synchronous_commit = off): a crash of the database may lose the
  // last fraction of a second of commits, which is safe here. What a crash loses is a tail of the WAL, and a job
  // is marked complete (by pg-boss, on its own connection) after its articles are committed, so later in the WAL:
  // if the completion survives, so do the articles. A job whose articles are lost is therefore not complete, and
  // the queue delivers it again (at least once); the writes are upserts by content hash and pipeline version,
  // so redoing them stores each article once.
  const store: PostgresStore = await openPostgresStore(spec, { poolSize: concurrency + 2, asyncCommit: true });
  let boss: PgBoss | null = null;
  let listener: pg.Client | null = null;
  const analyzers: Analyzer[] = [];
  let seq = 0;
  try {
    boss = await openBoss(spec, settings);
    for (let i = 0; i < concurrency; i++) analyzers.push(concurrency === 1 ? new InThreadAnalyzer() : new ThreadAnalyzer());
    // load the models before taking a job, so the first job's clock starts with work
    if (concurrency === 1) analyze({ text: 'The minister said on Monday that the plan "will work".' });
    else {
      await Promise.all(analyzers.map(async (a) => {
        a.begin({ type: 'init', pipelineVersion: PIPELINE_VERSION, done: [] });
        await a.process({ type: 'task', seq: seq++, item: { kind: 'input', source: 'warm-up', input: { text: 'The minister said on Monday that the plan "will work".' } } });
      }));
    }

    const workIds: string[] = [];
    const handle = (analyzer: Analyzer, slot: number) => async (jobs: Array<PgBoss.Job<unknown>>): Promise<JobOutput> => {
      const job = jobs[0]!;
      // pg-boss would wait out its polling interval before the next fetch even after a job; the queue may hold more
      const next = () => { if (workIds[slot]) boss!.notifyWorker(workIds[slot]); };
      const t0 = Date.now();
      try {
        const data = parseJob(job.data);
        log(`job ${job.id} started: ${data.articles.length} articles`);
        const done = await store.doneAmong(data.articles.map((a) => a.hash), PIPELINE_VERSION);
        analyzer.begin({ type: 'init', pipelineVersion: PIPELINE_VERSION, done: [], ...(data.date ? { date: data.date } : {}) });
        const articles: PreparedArticle[] = [];
        const errors: Array<ArticleError & { contentHash?: string; pipelineVersion?: string }> = [];
        const out: JobOutput = { stored: 0, skipped: 0, errors: 0 };
        for (const a of data.articles) {
          if (done.has(a.hash)) { out.skipped++; continue; }
          const r = await analyzer.process({ type: 'task', seq: seq++, item: { kind: 'input', source: a.source, input: a.input } });
          if (r.status === 'ok') articles.push(r.article);
          else if (r.status === 'error') errors.push({ source: r.source, reason: r.reason, ...(r.contentHash ? { contentHash: r.contentHash, pipelineVersion: PIPELINE_VERSION } : {}) });
          else out.skipped++;
          if (articleDelay > 0) await sleep(articleDelay);
        }
        const res = await store.putBatch(articles, errors);
        for (const r of res) { if (r.skipped) out.skipped++; else out.stored++; }
        out.errors = errors.length;
        stats.jobs++; stats.stored += out.stored; stats.skipped += out.skipped; stats.errors += out.errors;
        next();
        log(`job ${job.id} done in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${out.stored} stored, ${out.skipped} skipped, ${out.errors} errors`);
        return out;
      } catch (err) {
        stats.failedJobs++;
        log(`job ${job.id} failed: ${err instanceof Error ? err.message : String(err)}`);
        throw err;
      }
    };
    // new jobs announced by `ingest --queue` wake the idle slots at once (a busy slot fetches when its job is done);
    // listening before the slots start, so that nothing awaited lies between their first job and the SIGTERM handler
    listener = await listenForJobs(spec, () => { for (const id of workIds) boss!.notifyWorker(id); });
    for (const [i, a] of analyzers.entries()) workIds[i] = await boss.work(INGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: settings.pollSeconds }, handle(a, i));
    log(`worker ready: ${concurrency} at a time on ${INGEST_QUEUE}`);
    opts.onReady?.();

    await new Promise<void>((resolve) => {
      let stopping = false;
      const stop = (why: string) => {
        if (stopping) return;
        stopping = true;
        log(`worker stopping (${why})`);
        clearInterval(idleTimer);
        process.off('SIGTERM', onTerm); process.off('SIGINT', onInt);
        // graceful: no new jobs; running ones finish, or past the timeout go back to the queue (retried)
        boss!.stop({ graceful: true, wait: true, close: true, timeout: opts.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS }).then(() => resolve(), () => resolve());
      };
      const onTerm = () => stop('SIGTERM');
      const onInt = () => stop('SIGINT');
      process.on('SIGTERM', onTerm);
      process.on('SIGINT', onInt);
      let idle = 0;
      const idleTimer = setInterval(() => {
        if (!opts.exitWhenIdle || stopping) return;
        void store.pool.query(`SELECT count(*) FILTER (WHERE state < 'active') AS queued, count(*) FILTER (WHERE state = 'active') AS running FROM ${queueSchema(spec)}.job WHERE name = $1`, [INGEST_QUEUE])
          .then((r) => {
            const row = r.rows[0] as { queued: number; running: number };
            idle = row.queued === 0 && row.running === 0 ? idle + 1 : 0;
            if (idle >= IDLE_CHECKS) stop('queue empty');
          }, () => undefined);
      }, settings.pollSeconds * 1000);
    });
  } finally {
    if (listener) await listener.end().catch(() => undefined);
    if (boss) await boss.stop({ graceful: false, close: true }).catch(() => undefined);
    await Promise.all(analyzers.map((a) => a.close()));
    await store.close();
  }
  stats.seconds = (Date.now() - started) / 1000;
  return stats;
}
