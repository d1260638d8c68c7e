/**
 * npm run bench -- ingest [options]
 *
 * Ingest throughput, memory and database size, and query latency:
 *  1. PolNeAR texts (train + dev, 1,008 articles; --polnear N takes an even
 *     sample of N) ingested with 1 and with 2 workers: articles/s, peak RSS.
 *  2. Scaling: a generated corpus of --scaling N articles (default 6,000)
 *     ingested with 1 and with 2 workers. The 2/1 ratio is taken on the steady
 *     rate, after each worker's first --warmup W articles (default 1,000): a
 *     fresh worker runs slower while V8 compiles its hot code, and it does that
 *     compiling on background threads, which a lone worker can put on the idle
 *     core, so short runs flatter 1 worker. A 100,000-article ingest is all
 *     steady state. The whole-run ratio is printed too.
 *  3. A generated corpus of --articles N (default 100,000) synthesized from the
 *     PolNeAR texts (src/corpus/generate.ts) in a temporary folder, ingested
 *     with --workers W (default 2): articles/s, peak RSS, database size.
 *     --replicate builds that store instead from the PolNeAR analyses, copied
 *     with new ids, outlets and dates (measures the writer and the queries at
 *     scale without paying the analysis N times).
 *  4. Latency of every query kind on the big store (median and worst of 5).
 * Options: --articles N, --polnear N, --scaling N, --warmup W, --workers W, --skip-polnear, --skip-scaling, --skip-big,
 * --replicate, --keep DIR (keep the databases there), --queries-only DB (step 3 on an existing store).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../src/corpus/generate.js';
import { contentHash } from '../src/corpus/hash.js';
import { CHECKPOINT_EVERY, type IngestStats } from '../src/corpus/ingest.js';
import { packRecord, prepareArticle } from '../src/corpus/prepare.js';
import { runQuery, type QueryKind } from '../src/cli/commands/query.js';
import { PIPELINE_VERSION } from '../src/pipeline/default.js';
import { openStore } from '../src/store/index.js';
import type { SqliteStore } from '../src/store/sqlite/store.js';
import type { CorpusStore, PreparedArticle } from '../src/store/types.js';
import type { WhosaidRecord } from '../src/record/schema.js';
import { REPO_ROOT, dataPath } from '../eval/data.js';

/** RSS sampling period: fine enough to catch batch peaks. */
const RSS_SAMPLE_MS = 100;
const QUERY_REPEATS = 5;
/** Articles of the scaling corpus, and articles per worker left out of the steady rate (see step 2 above). */
const SCALING_ARTICLES = 6000;
const WARMUP_PER_WORKER = 1000;

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

class RssMeter {
  peak = 0;
  private timer: NodeJS.Timeout | null = null;
  start(): this { this.peak = process.memoryUsage().rss; this.timer = setInterval(() => { this.peak = Math.max(this.peak, process.memoryUsage().rss); }, RSS_SAMPLE_MS); return this; }
  stop(): number { if (this.timer) clearInterval(this.timer); this.peak = Math.max(this.peak, process.memoryUsage().rss); return this.peak; }
}

const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;

function dbSize(path: string): number {
  let n = 0;
  for (const suffix of ['', '-wal', '-shm']) { try { n += statSync(path + suffix).size; } catch { /* absent */ } }
  return n;
}

/** Peak resident set of a process and all its threads (Linux: VmHWM), in bytes; 0 when unknown. */
function peakRss(pid: number): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
    return m ? Number(m[1]) * 1024 : 0;
  } catch { return 0; }
}

interface IngestRun { stored: number; seconds: number; steady: number; errors: number; writeSeconds: number; rss: number; checkpoints: number[] }

/** Items per second between item `from` and the end of the run, read off the run's checkpoints (null when the run is too short). */
function rateAfter(stats: { done: number; seconds: number; checkpoints: number[] }, from: number, every: number): number | null {
  const k = Math.ceil(from / every) - 1;
  if (k < 0 || k >= stats.checkpoints.length) return null;
  const at = stats.checkpoints[k]!;
  return stats.seconds > at ? (stats.done - (k + 1) * every) / (stats.seconds - at) : null;
}

/**
 * Runs `whosaid ingest` in a child process (so each run's peak RSS is its own:
 * VmHWM covers the main thread and the workers) and reads its JSON summary.
 */
async function timedIngest(label: string, db: string, paths: string[], workers: number, extra: { datesFromNames?: boolean; warmup?: number } = {}): Promise<IngestRun> {
  const args = ['--import', 'tsx', join(REPO_ROOT, 'src', 'cli', 'run.ts'), 'ingest', ...paths, '--db', db, '--workers', String(workers), '--stats-json', ...(extra.datesFromNames ? ['--dates-from-names'] : [])];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '', err = '', rss = 0;
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  const timer = setInterval(() => { rss = Math.max(rss, peakRss(child.pid!)); }, RSS_SAMPLE_MS);
  const code = await new Promise<number | null>((res) => child.on('exit', (c) => res(c)));
  clearInterval(timer);
  if (code !== 0 && code !== 1) throw new Error(`ingest failed (${code}): ${err.slice(-2000)}`);
  const stats = JSON.parse(out.trim().split('\n').pop()!) as IngestStats;
  const warm = stats.firstResultSeconds ?? 0;
  const rate = stats.stored / stats.seconds;
  const afterFirst = stats.stored > 1 ? (stats.stored - 1) / Math.max(1e-3, stats.seconds - warm) : rate;
  const warmup = extra.warmup ? extra.warmup * workers : 0;
  const afterWarmup = warmup ? rateAfter(stats, warmup, CHECKPOINT_EVERY) : null;
  const steady = afterWarmup ?? afterFirst;
  const steadyText = afterWarmup !== null ? `${afterWarmup.toFixed(2)}/s after the first ${warmup}` : `${afterFirst.toFixed(2)}/s after the first result at ${warm.toFixed(1)} s`;
  console.log(`${label}: ${stats.stored} articles in ${stats.seconds.toFixed(1)} s = ${rate.toFixed(2)} articles/s with ${workers} worker(s) (${steadyText}); errors ${stats.errors}; writer busy ${stats.writeSeconds.toFixed(1)} s (${(1000 * stats.writeSeconds / Math.max(1, stats.stored)).toFixed(2)} ms/article); peak RSS ${rss ? mb(rss) : 'unknown'}; database ${mb(dbSize(db))}`);
  return { stored: stats.stored, seconds: stats.seconds, steady, errors: stats.errors, writeSeconds: stats.writeSeconds, rss, checkpoints: stats.checkpoints };
}

/** An even sample of n PolNeAR files (every outlet represented). */
function polnearFiles(n: number | null): string[] {
  const files = ['train', 'dev'].flatMap((part) => {
    const dir = dataPath('datasets', 'polnear', part, 'text');
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
  }).sort();
  if (!n || n >= files.length) return files;
  const step = files.length / n;
  return Array.from({ length: n }, (_, i) => files[Math.floor(i * step)]!);
}

/** Fills a store with n copies of analysed records (new id, outlet, date each): the writer and the queries at scale. */
async function replicate(from: CorpusStore, to: SqliteStore, n: number): Promise<number> {
  const bases: Array<{ prepared: PreparedArticle; record: WhosaidRecord }> = [];
  for await (const a of from.articles()) bases.push({ prepared: prepareArticle(a.record, 'x', PIPELINE_VERSION, a.source), record: a.record });
  const outlets = ['daily.example', 'herald.example', 'post.example', 'wire.example', 'courier.example', 'times.example', 'gazette.example'];
  const t0 = Date.now();
  let batch: PreparedArticle[] = [];
  for (let k = 0; k < n; k++) {
    const { prepared: base, record: rec } = bases[k % bases.length]!;
    const day = new Date(Date.UTC(2015, 0, 1) + (k % 730) * 86400000).toISOString().slice(0, 10);
    const outlet = outlets[k % outlets.length]!;
    const url = `https://${outlet}/r/${k}`;
    const copy = { ...rec, id: `rep-${k}`, meta: { ...rec.meta, url, published: day, outlet } };
    const hash = contentHash({ id: copy.id, text: copy.text, url });
    batch.push({ ...base, articleId: `a${hash.slice(0, 16)}`, contentHash: hash, extId: copy.id, url, outlet, published: day, record: packRecord(copy), source: `replica:${k}` });
    if (batch.length >= 500) { await to.putPrepared(batch); batch = []; }
  }
  if (batch.length) await to.putPrepared(batch);
  return (Date.now() - t0) / 1000;
}

/** Query arguments taken from the store itself: its most quoted speaker, most mentioned entity, a quotation. */
function queryArgs(store: SqliteStore): Record<string, string> {
  const db = store.db;
  const speaker = db.prepare("SELECT s.name FROM quotes q JOIN speakers s ON s.id = q.speaker WHERE s.kind = 'person' GROUP BY q.speaker ORDER BY count(*) DESC LIMIT 1").pluck().get() as string | undefined;
  const entity = db.prepare('SELECT name FROM entity_index GROUP BY name ORDER BY count(*) DESC LIMIT 1').pluck().get() as string | undefined;
  const quote = db.prepare("SELECT content FROM quotes WHERE kind = 'direct' AND length(content) BETWEEN 60 AND 160 ORDER BY id LIMIT 1 OFFSET 50").pluck().get() as string | undefined;
  // the quotation copied most often: the most candidates for provenance to align (its worst case)
  const copied = db.prepare('SELECT content FROM quotes WHERE length(content) BETWEEN 60 AND 160 GROUP BY content ORDER BY count(*) DESC LIMIT 1').pluck().get() as string | undefined;
  const word = (quote ?? 'president').split(/\W+/).filter((w) => w.length > 6)[0] ?? 'president';
  return { speaker: speaker ?? 'Trump', entity: entity ?? 'trump', quote: quote ?? 'the president said', copied: copied ?? quote ?? 'the president said', word };
}

async function queryLatency(db: string): Promise<void> {
  const store = (await openStore(db)) as SqliteStore;
  const a = queryArgs(store);
  console.log(`query arguments: speaker "${a.speaker}", entity "${a.entity}", search "${a.word}", provenance "${a.quote.slice(0, 60)}..." and the most copied quotation "${a.copied!.slice(0, 60)}..."`);
  const kinds: Array<[QueryKind, string, Record<string, unknown>]> = [
    ['speaker', a.speaker!, {}], ['entity', a.entity!, {}], ['search', a.word!, {}], ['speakers-about', a.entity!, {}],
    ['outlets', '', {}], ['anonymous', '', { by: 'outlet' }], ['anonymous', '', { by: 'month' }], ['timeline', a.entity!, {}], ['provenance', a.quote!, {}], ['provenance', a.copied!, { copied: true }],
  ];
  for (const [kind, q, extra] of kinds) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < QUERY_REPEATS; i++) {
      const t = process.hrtime.bigint();
      const { copied: _copied, ...queryOpts } = extra;
      rows = (await runQuery(store, kind, q, { limit: 100, ...queryOpts })).length;
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((x, y) => x - y);
    const label = kind === 'anonymous' ? `anonymous --by ${extra.by}` : extra.copied ? 'provenance (copied)' : kind;
    console.log(`  ${label.padEnd(20)} median ${times[Math.floor(times.length / 2)]!.toFixed(1).padStart(7)} ms  worst ${times[times.length - 1]!.toFixed(1).padStart(7)} ms  (${rows} rows)`);
  }
  const c = await store.count();
  console.log(`  store: ${c.articles} articles, ${await store.stories()} stories, ${c.quotes} quotes`);
  await store.close();
}

export async function run(args: string[]): Promise<void> {
  const articles = Number(arg(args, '--articles') ?? 100_000);
  const polnearN = arg(args, '--polnear') ? Number(arg(args, '--polnear')) : null;
  const workers = Number(arg(args, '--workers') ?? 2);
  const keep = arg(args, '--keep');
  const work = keep ?? mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
  console.log(`bench ingest: pipeline ${PIPELINE_VERSION}, node ${process.version}, work folder ${work}`);
  const queriesOnly = arg(args, '--queries-only');
  if (queriesOnly) {
    // latency on an existing store (opening it runs any new migrations first)
    const t = Date.now();
    await (await openStore(queriesOnly)).close();
    console.log(`opened (and migrated) ${queriesOnly} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    console.log(`query latency (median and worst of ${QUERY_REPEATS}):`);
    await queryLatency(queriesOnly);
    return;
  }
  try {
    const pn = polnearFiles(polnearN);
    let r1: IngestRun | null = null;
    if (!args.includes('--skip-polnear')) {
      r1 = await timedIngest(`PolNeAR (${pn.length} texts)`, join(work, 'polnear-1.db'), pn, 1, { datesFromNames: true });
      const r2 = await timedIngest(`PolNeAR (${pn.length} texts)`, join(work, 'polnear-2.db'), pn, 2, { datesFromNames: true });
      console.log(`2 workers / 1 worker throughput: ${((r2.stored / r2.seconds) / (r1.stored / r1.seconds)).toFixed(2)}x overall, ${(r2.steady / r1.steady).toFixed(2)}x after start-up; machine load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
    }
    if (!args.includes('--skip-scaling')) {
      const n = Number(arg(args, '--scaling') ?? SCALING_ARTICLES);
      const warmup = Number(arg(args, '--warmup') ?? WARMUP_PER_WORKER);
      const dir = join(work, 'scaling');
      await generateCorpus(['train', 'dev'].map((p) => dataPath('datasets', 'polnear', p, 'text')), dir, n);
      const s1 = await timedIngest(`generated corpus (${n})`, join(work, 'scaling-1.db'), [dir], 1, { warmup });
      const s2 = await timedIngest(`generated corpus (${n})`, join(work, 'scaling-2.db'), [dir], 2, { warmup });
      console.log(`2 workers / 1 worker throughput: ${(s2.steady / s1.steady).toFixed(2)}x steady (after ${warmup} articles per worker), ${((s2.stored / s2.seconds) / (s1.stored / s1.seconds)).toFixed(2)}x whole run; machine load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
    }
    if (args.includes('--skip-big')) return;
    const bigDb = join(work, `big-${articles}.db`);
    if (args.includes('--replicate')) {
      const from = await openStore(join(work, 'polnear-2.db'));
      const to = (await openStore(bigDb)) as SqliteStore;
      const meter = new RssMeter().start();
      const secs = await replicate(from, to, articles);
      const rss = meter.stop();
      await from.close(); await to.close();
      console.log(`replicated store: ${articles} articles written in ${secs.toFixed(1)} s = ${(articles / secs).toFixed(0)} articles/s (writer only); peak RSS ${mb(rss)}; database ${mb(dbSize(bigDb))}`);
    } else {
      const genDir = join(work, 'generated');
      const t = Date.now();
      const files = await generateCorpus(['train', 'dev'].map((p) => dataPath('datasets', 'polnear', p, 'text')), genDir, articles);
      console.log(`generated ${articles} articles in ${files.length} JSONL files in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      await timedIngest(`generated corpus (${articles})`, bigDb, [genDir], workers, { warmup: WARMUP_PER_WORKER });
    }
    console.log(`query latency on the ${articles}-article store (median and worst of ${QUERY_REPEATS}):`);
    await queryLatency(bigDb);
    console.log(`process peak RSS (maxRSS, all threads): ${mb(process.resourceUsage().maxRSS * 1024)}`);
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}
