/**
 * npm run bench -- workers [--articles N] [--warmup W] [--batch B] [--rounds R] [--pg postgres://...]
 *
 * The queue path against a local PostgreSQL:
 *  1. throughput with 1 and with 2 `whosaid worker` processes (each analysing
 *     on its main thread) on the same queue, and their ratio;
 *  2. the per-article overhead of the queue relative to the SQLite path: the
 *     same articles ingested in-process (one thread, `ingest --workers 0`) into
 *     SQLite, and into PostgreSQL directly, against one queue worker (wall
 *     time and CPU time per article).
 * Rounds of 1 and 2 workers alternate (default 2), so a change in load falls
 * on both. Worker CPU time is read from /proc: a per-article cost that does not
 * depend on what else the machine runs. So is the PostgreSQL server's CPU time
 * ("server CPU": all its processes, from /proc, when the server runs on this
 * machine): with workers and database on the same 2 cores, every millisecond
 * the server spends per article is taken from analysis (the 2/1 ratio cannot
 * go much above 2 x worker CPU / (worker CPU + server CPU)).
 * Articles: N (default 800) generated from the PolNeAR texts in the data
 * folder (src/corpus/generate.ts), plus --warmup W (default 600) others per
 * worker process, analysed untimed first: a fresh process runs slower while V8
 * compiles its hot code, and it compiles on background threads, which a lone
 * worker can put on the idle core; a long-running worker is past that. PostgreSQL: --pg, else $WHOSAID_TEST_PG, else a throwaway server
 * started (and stopped) with scripts/pg-test-server.sh.
 * Throughput is timed from the first job queued to the last job completed (on
 * the database's clock, as pg-boss records completion), with the workers
 * already started (models loaded), so it measures steady work.
 * Each worker runs in its own session (as under a service manager): with
 * Linux autogroup scheduling a machine shared with other work gives CPU per
 * session, so two workers in one session would share one slice.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { enqueue } from '../src/queue/enqueue.js';
import { DEFAULT_BATCH_ARTICLES, INGEST_QUEUE } from '../src/queue/boss.js';
import { generateCorpus } from '../src/corpus/generate.js';
import { REPO_ROOT, dataPath } from '../eval/data.js';

const DEFAULT_ARTICLES = 800;
/** Untimed articles per worker process before timing (see above); the in-process runs get as many. */
const DEFAULT_WARMUP = 600;
/** Articles per job: the product's default (`ingest --queue`). */
const DEFAULT_BATCH = DEFAULT_BATCH_ARTICLES;
/** Alternating rounds of 1 and 2 workers. */
const DEFAULT_ROUNDS = 2;
/** Linux clock ticks per second (/proc/PID/stat times). */
const CLOCK_TICKS = 100;
/** Length of each busy-loop run that measures how much two processes can run in parallel here (ms). */
const CALIBRATION_MS = 3000;
/** How often the queue is polled for completion (ms): not a bound on the timing (taken from the job table), so rarely, to leave the server alone. */
const POLL_MS = 1000;

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * Generated articles as JSONL files in `dir`: `timed.jsonl` (n articles) and
 * `warm-K.jsonl` for K = 1, 2 worker processes (warm articles each), all distinct.
 */
async function benchArticles(dir: string, n: number, warm: number): Promise<{ timed: string; warm: (workers: number) => string }> {
  const gen = join(dir, 'generated');
  const files = await generateCorpus(['train', 'dev'].map((part) => dataPath('datasets', 'polnear', part, 'text')), gen, n + 2 * warm);
  const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean));
  const write = (name: string, part: string[]) => { writeFileSync(join(dir, name), part.join('\n') + '\n'); return join(dir, name); };
  const timed = write('timed.jsonl', lines.slice(0, n));
  const warmFiles = [1, 2].map((k) => write(`warm-${k}.jsonl`, lines.slice(n, n + k * warm)));
  return { timed, warm: (workers) => warmFiles[workers - 1]! };
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
  // detached: each worker in a session of its own, as a service manager starts them. Linux's autogroup
  // scheduling shares CPU between sessions, so workers left in the benchmark's session would split one share
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'worker', '--db', url], {
    cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, WHOSAID_QUEUE_POLL: '0.5' }, detached: true,
  });
  let buf = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (d: string) => { buf += d; if (/worker ready/.test(buf)) resolve(); });
    child.on('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready:\n${buf}`)));
  });
  return { child, ready };
}

/** CPU seconds a process has used (user + system), from /proc (Linux); null elsewhere. */
function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / CLOCK_TICKS;
  } catch { return null; }
}

/**
 * The PostgreSQL server's postmaster PID: the parent of this connection's
 * backend. Null when the server is not on this machine (or /proc is missing).
 */
async function postmasterOf(base: string): Promise<number | null> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    const pid = (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch { return null; } finally { await c.end(); }
}

/**
 * CPU seconds the whole server has used: the postmaster itself, the backends
 * and helpers it has reaped (its cutime + cstime) and those still running.
 * The difference of two readings is what the server spent in between,
 * whatever connections came and went.
 */
function serverCpuSeconds(postmaster: number | null): number | null {
  if (postmaster === null) return null;
  try {
    const pm = readFileSync(`/proc/${postmaster}/stat`, 'utf8');
    const f = pm.slice(pm.lastIndexOf(')') + 2).split(' ');
    let ticks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      let stat: string;
      try { stat = readFileSync(`/proc/${d}/stat`, 'utf8'); } catch { continue; }
      const g = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(g[1]) === postmaster) ticks += Number(g[11]) + Number(g[12]);
    }
    return ticks / CLOCK_TICKS;
  } catch { return null; }
}

/** Articles, wall seconds, worker CPU seconds, PostgreSQL server CPU seconds (null: not measurable), enqueue seconds. */
interface Run { articles: number; seconds: number; cpu: number | null; serverCpu: number | null; enqueueSeconds: number }

/** The files through the queue with `n` worker processes: wall time from the first job queued to the last completed, and the workers' CPU. */
async function queueRun(base: string, postmaster: number | null, files: string[], warmFiles: string[], n: number, batch: number, round: number): Promise<Run> {
  const schema = `bench_workers_${n}_${round}_${process.pid}`;
  const url = schemaUrl(base, schema);
  await dropSchemas(base, [schema, `${schema}_queue`]);
  // schema and queue created before the workers start (they would race to create them otherwise, harmlessly but slowly)
  await enqueue(url, [], { settings: { batchArticles: batch } }).catch(() => undefined);
  const workers = Array.from({ length: n }, () => startWorker(url));
  try {
    await Promise.all(workers.map((w) => w.ready));
    // one connection for the polling (a new one per poll would cost the server a process start each time)
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    const finished = async (jobs: number) => {
      for (;;) {
        const r = await c.query(`SELECT count(*)::int AS n FROM ${schema}_queue.job WHERE name = $1 AND state IN ('completed', 'failed')`, [INGEST_QUEUE]);
        if ((r.rows[0] as { n: number }).n >= jobs) return;
        await new Promise((res) => setTimeout(res, POLL_MS));
      }
    };
    let t0 = 0, enqueueSeconds = 0, seconds = 0, articles = 0, cpu0: Array<number | null> = [], server0: number | null = null, server1: number | null = null;
    try {
      // warm-up: other articles, one per job so every worker gets some, untimed (a long-running worker is always warm)
      const warm = await enqueue(url, warmFiles, { settings: { batchArticles: 1 } });
      await finished(warm.jobs);
      cpu0 = workers.map((w) => cpuSecondsOf(w.child.pid!));
      server0 = serverCpuSeconds(postmaster);
      // timed on the database's clock: from just before the first job is queued to when the last one completed
      // (not when this loop's next poll saw it)
      const clock = async (sql: string, values: unknown[] = []) => Number((await c.query(sql, values)).rows[0].t);
      const start = await clock('SELECT extract(epoch FROM clock_timestamp()) AS t');
      t0 = performance.now();
      const q = await enqueue(url, files, { settings: { batchArticles: batch } });
      enqueueSeconds = (performance.now() - t0) / 1000;
      articles = q.articles;
      await finished(warm.jobs + q.jobs);
      seconds = (await clock(`SELECT extract(epoch FROM max(completed_on)) AS t FROM ${schema}_queue.job WHERE name = $1 AND state IN ('completed', 'failed')`, [INGEST_QUEUE])) - start;
      server1 = serverCpuSeconds(postmaster);
    } finally { await c.end(); }
    const cpu1 = workers.map((w) => cpuSecondsOf(w.child.pid!));
    const cpu = cpu0.every((x) => x !== null) && cpu1.every((x) => x !== null) ? cpu1.reduce((a, x, i) => a! + x! - cpu0[i]!, 0)! : null;
    const serverCpu = server0 !== null && server1 !== null ? server1 - server0 : null;
    return { articles, seconds, cpu, serverCpu, enqueueSeconds };
  } finally {
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => new Promise((r) => { if (w.child.exitCode !== null) r(null); else w.child.on('exit', r); })));
    await dropSchemas(base, [schema, `${schema}_queue`]);
  }
}

/**
 * The files ingested in-process on one thread (analysis + writes) into a store,
 * by a child process in its own session (as the workers run), after the same
 * untimed warm-up: wall and CPU seconds.
 */
async function directRun(db: string, files: string[], warmFiles: string[], postmaster: number | null = null): Promise<Run> {
  const code = `(async () => {
    const { ingest } = await import('./src/corpus/ingest.ts');
    const { openStore } = await import('./src/store/index.ts');
    const warm = await openStore(':memory:');
    await ingest(warm, JSON.parse(process.env.BENCH_WARM), { workers: 0 });
    await warm.close();
    const store = await openStore(process.env.BENCH_DB);
    process.stdout.write('timing\\n');
    const c0 = process.cpuUsage(), t0 = performance.now();
    const st = await ingest(store, JSON.parse(process.env.BENCH_FILES), { workers: 0 });
    const c = process.cpuUsage(c0), seconds = (performance.now() - t0) / 1000;
    process.stdout.write('timed\\n');
    await store.close();
    process.stdout.write(JSON.stringify({ articles: st.stored, seconds, cpu: (c.user + c.system) / 1e6, enqueueSeconds: 0 }));
  })().catch((e) => { console.error(e); process.exit(1); });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', code], {
    cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true,
    env: { ...process.env, BENCH_DB: db, BENCH_FILES: JSON.stringify(files), BENCH_WARM: JSON.stringify(warmFiles) },
  });
  let out = '';
  // the server's CPU read when the child starts and ends its timed ingest (it says so on stdout)
  let server0: number | null = null, server1: number | null = null;
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    if (server0 === null && out.includes('timing\n')) server0 = serverCpuSeconds(postmaster);
    if (server1 === null && out.includes('timed\n')) server1 = serverCpuSeconds(postmaster);
  });
  const code2 = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code2 !== 0) throw new Error(`in-process ingest into ${db} failed (${code2})`);
  const r = JSON.parse(out.slice(out.lastIndexOf('\n') + 1)) as Run;
  return { ...r, serverCpu: server0 !== null && server1 !== null ? server1 - server0 : null };
}

/** Iterations of a busy loop in a fresh process (own session) over CALIBRATION_MS. */
function busyLoop(): Promise<number> {
  const child = spawn(process.execPath, ['-e', `let n = 0; const t = Date.now(); while (Date.now() - t < ${CALIBRATION_MS}) n++; process.stdout.write(String(n));`], { stdio: ['ignore', 'pipe', 'ignore'], detached: true });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => { out += d; });
  return new Promise((resolve) => child.on('exit', () => resolve(Number(out) || 0)));
}

/** What 2 CPU-bound processes get done against 1 on this machine now: the ceiling for the 2-worker ratio. */
async function machineParallelism(): Promise<number> {
  const one = await busyLoop();
  const two = await Promise.all([busyLoop(), busyLoop()]);
  return (two[0]! + two[1]!) / one;
}

const total = (runs: Run[]): Run => ({
  articles: runs.reduce((a, r) => a + r.articles, 0),
  seconds: runs.reduce((a, r) => a + r.seconds, 0),
  cpu: runs.every((r) => r.cpu !== null) ? runs.reduce((a, r) => a + r.cpu!, 0) : null,
  serverCpu: runs.every((r) => r.serverCpu !== null) ? runs.reduce((a, r) => a + r.serverCpu!, 0) : null,
  enqueueSeconds: runs.reduce((a, r) => a + r.enqueueSeconds, 0),
});
const perArticleMs = (r: Run) => (1000 * r.seconds) / r.articles;
const cpuPerArticleMs = (r: Run) => (r.cpu === null ? null : (1000 * r.cpu) / r.articles);
const describe = (r: Run) => `${(r.articles / r.seconds).toFixed(2)} articles/s, ${perArticleMs(r).toFixed(1)} ms/article` +
  `${r.cpu === null ? '' : `, CPU ${cpuPerArticleMs(r)!.toFixed(1)} ms/article`}` +
  `${r.serverCpu === null ? '' : `, server CPU ${((1000 * r.serverCpu) / r.articles).toFixed(1)} ms/article`}`;

export async function run(args: string[]): Promise<void> {
  const n = Number(arg(args, '--articles') ?? DEFAULT_ARTICLES);
  const batch = Number(arg(args, '--batch') ?? DEFAULT_BATCH);
  const rounds = Number(arg(args, '--rounds') ?? DEFAULT_ROUNDS);
  const warmup = Number(arg(args, '--warmup') ?? DEFAULT_WARMUP);
  let base = arg(args, '--pg') ?? process.env.WHOSAID_TEST_PG ?? '';
  const state = join(tmpdir(), `whosaid-bench-pg-${process.pid}.state`);
  const own = !base;
  if (own) base = execFileSync(join(REPO_ROOT, 'scripts', 'pg-test-server.sh'), ['start'], { env: { ...process.env, WHOSAID_PG_STATE: state }, encoding: 'utf8' }).trim();
  const work = mkdtempSync(join(tmpdir(), 'whosaid-bench-workers-'));
  try {
    const postmaster = await postmasterOf(base);
    const articles = await benchArticles(work, n, warmup);
    const files = [articles.timed];
    console.log(`workers: ${n} generated articles timed after ${warmup} per worker untimed, ${batch} per job, ${rounds} rounds; ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at start`);
    const sqlite = await directRun(join(work, 'direct.db'), files, [articles.warm(1)]);
    console.log(`SQLite, in-process (1 thread):     ${describe(sqlite)}`);
    const pgSchema = `bench_direct_${process.pid}`;
    await dropSchemas(base, [pgSchema]);
    const pgDirect = await directRun(schemaUrl(base, pgSchema), files, [articles.warm(1)], postmaster);
    await dropSchemas(base, [pgSchema]);
    console.log(`PostgreSQL, in-process (1 thread): ${describe(pgDirect)}`);
    // 1 and 2 workers alternate, so a change in the machine's load falls on both
    const ones: Run[] = [], twos: Run[] = [];
    const ceilings: number[] = [];
    for (let r = 0; r < rounds; r++) {
      ceilings.push(await machineParallelism());
      console.log(`round ${r + 1}: machine now: 2 busy-loop processes do ${ceilings[r]!.toFixed(2)}x the work of 1`);
      const one = await queueRun(base, postmaster, files, [articles.warm(1)], 1, batch, r);
      ones.push(one);
      console.log(`round ${r + 1}: queue, 1 worker process:   ${describe(one)} (enqueue ${one.enqueueSeconds.toFixed(2)} s; load ${loadavg()[0]!.toFixed(1)})`);
      const two = await queueRun(base, postmaster, files, [articles.warm(2)], 2, batch, r);
      twos.push(two);
      console.log(`round ${r + 1}: queue, 2 worker processes: ${describe(two)} (enqueue ${two.enqueueSeconds.toFixed(2)} s; load ${loadavg()[0]!.toFixed(1)})`);
    }
    const one = total(ones), two = total(twos);
    const ceiling = ceilings.reduce((a, x) => a + x, 0) / ceilings.length;
    console.log(`queue, 1 worker process, all rounds:   ${describe(one)}`);
    console.log(`queue, 2 worker processes, all rounds: ${describe(two)}`);
    console.log(`ratio 2/1 workers: ${(two.articles / two.seconds / (one.articles / one.seconds)).toFixed(2)}x (target >= 1.6x on 2 otherwise idle cores)`);
    console.log(`machine: 2 busy-loop processes did ${ceiling.toFixed(2)}x the work of 1 (mean over rounds: the ceiling for that ratio here)`);
    const wall = perArticleMs(one) - perArticleMs(sqlite);
    const sq = cpuPerArticleMs(sqlite), qc = cpuPerArticleMs(one);
    console.log(`queue overhead vs the SQLite path (1 worker vs 1 thread): wall ${wall >= 0 ? '+' : ''}${wall.toFixed(1)} ms/article` +
      (sq !== null && qc !== null ? `; CPU ${qc - sq >= 0 ? '+' : ''}${(qc - sq).toFixed(1)} ms/article (${((100 * (qc - sq)) / sq).toFixed(1)}%)` : ''));
    console.log(`load average at end: ${loadavg()[0]!.toFixed(1)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
    if (own) execFileSync(join(REPO_ROOT, 'scripts', 'pg-test-server.sh'), ['stop'], { env: { ...process.env, WHOSAID_PG_STATE: state }, stdio: 'ignore' });
  }
}
