import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { countItems, walkSources, type SourceItem } from '../ingest/sources.js';
import { PIPELINE_VERSION } from '../pipeline/default.js';
import type { ArticleError, CorpusStore, PreparedArticle } from '../store/types.js';
import type { WorkerInit, WorkerResult, WorkerTask } from './worker.js';
import { englishStagesRun } from '../language/index.js';

/**
 * Articles per write transaction, and how long a partial batch may wait before
 * it is committed anyway. Large transactions are cheaper per article: each
 * commit writes every index page it touched, and on a large store the inserts
 * touch pages all over its indexes (on a 100,000-article store, 1,000 articles
 * a transaction wrote in 3.2 ms each, 200 in 4.9 ms). The first batch of a run
 * is small, so that the first results are in the store within seconds; a kill
 * loses at most one batch of work (it is analysed again on resume).
 */
export const BATCH_ARTICLES = 1000;
export const BATCH_MAX_MS = 10_000;
export const FIRST_BATCH_ARTICLES = 200;
export const FIRST_BATCH_MAX_MS = 2000;
/**
 * Articles after which a worker is replaced by a fresh one (once its queue is
 * empty): a safety valve for whatever a worker's heap might accumulate over a
 * very long run. Kept high because a fresh worker pays the model loading and
 * runs slower for its first thousand or so articles while V8 compiles its hot
 * code; a worker's memory is flat over a long run anyway (its word caches are
 * bounded: 11,000 generated articles on one thread stayed at 370-410 MB RSS).
 */
export const WORKER_RECYCLE_ARTICLES = 50_000;
/** Tasks queued per worker: keeps each busy while the main thread writes a batch. */
export const QUEUE_PER_WORKER = 8;
/** Items between two entries of `IngestStats.checkpoints`. */
export const CHECKPOINT_EVERY = 100;

export interface IngestOptions {
  /** Analysis threads; 0 analyses on this thread (small jobs: no thread start-up). */
  workers?: number;
  /** Reference date for every input (as `analyze --date`). */
  date?: string;
  /** Take a YYYY-MM-DD in a file's name as its reference date. */
  datesFromNames?: boolean;
  maxBytes?: number;
  pipelineVersion?: string;
  /** Articles after which a worker is replaced (default WORKER_RECYCLE_ARTICLES). */
  recycleAfter?: number;
  /** Called after every result (for a progress bar). */
  onProgress?: (p: IngestStats) => void;
  /** Called for every error (source, reason). */
  onError?: (e: ArticleError) => void;
  /** Called once the number of items is known (null: unknown). */
  onTotal?: (total: number | null) => void;
}

export interface IngestStats {
  /** Items seen (stored + skipped + duplicates + errors). */
  done: number;
  stored: number;
  /** Already in the store with this pipeline version (resume). */
  skipped: number;
  /** Same content as another item of this run. */
  duplicates: number;
  errors: number;
  seconds: number;
  /** When the first analysis came back (worker start-up and model loading happen before). */
  firstResultSeconds: number | null;
  /** Time the main thread spent writing batches (what analysis threads do not do). */
  writeSeconds: number;
  /**
   * Seconds from the start at which every CHECKPOINT_EVERY-th item completed
   * (entry k: (k + 1) * CHECKPOINT_EVERY items), so that a benchmark can take
   * the rate over any stretch of the run, e.g. after the workers' warm-up.
   */
  checkpoints: number[];
  /** Stored articles in another language than English, by language (quotations only: see src/language). */
  otherLanguages: Record<string, number>;
}

/**
 * Old-generation heap cap per analysis worker (MB). The models take about 200 MB;
 * without a cap V8 lets each worker's heap grow far beyond what it uses before
 * collecting, which is what would push a long ingest over a 1 GB budget.
 * WHOSAID_WORKER_HEAP_MB overrides it.
 */
export const WORKER_OLD_SPACE_MB = Number(process.env.WHOSAID_WORKER_HEAP_MB ?? 0) || 512;

/** Marks our analysis workers (the worker module answers only in those). */
export const WORKER_MARK = { whosaidIngestWorker: true };

/** Starts one analysis worker (from source under tsx, or the built .js). */
export function startWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // running from source: the worker must load the TypeScript loader first
    const target = new URL('./worker.ts', here).href;
    const tsx = import.meta.resolve('tsx/esm/api'); // resolved here: the worker's own base is the working folder
    return new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(target)}); });`, { eval: true, workerData: WORKER_MARK, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB } });
  }
  return new Worker(new URL('./worker.js', here), { workerData: WORKER_MARK, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB } });
}

/**
 * Ingests paths into a store: a walker on this thread, analysis on worker
 * threads, writes on this thread in batched transactions. Resumable: items whose
 * content hash is stored with this pipeline version are skipped by the workers
 * before analysis.
 */
export async function ingest(store: CorpusStore & { putBatch?: (a: PreparedArticle[], e: Array<ArticleError & { contentHash?: string; pipelineVersion?: string }>) => Promise<unknown> }, paths: string[], opts: IngestOptions = {}): Promise<IngestStats> {
  const version = opts.pipelineVersion ?? PIPELINE_VERSION;
  const inThread = opts.workers === 0;
  const nWorkers = inThread ? 1 : Math.max(1, opts.workers ?? availableParallelism());
  const started = Date.now();
  const stats: IngestStats = { done: 0, stored: 0, skipped: 0, duplicates: 0, errors: 0, seconds: 0, firstResultSeconds: null, writeSeconds: 0, checkpoints: [], otherLanguages: {} };
  void countItems(paths).then((n) => opts.onTotal?.(n), () => opts.onTotal?.(null));

  const done = await store.doneHashes(version);
  const init: WorkerInit = { type: 'init', pipelineVersion: version, done: [...done], date: opts.date, datesFromNames: opts.datesFromNames, maxBytes: opts.maxBytes };
  /** Hashes stored or queued for storing in this run: a second copy is a duplicate. */
  const seen = done;

  let batch: PreparedArticle[] = [];
  let batchErrors: Array<ArticleError & { contentHash?: string; pipelineVersion?: string }> = [];
  let batchStarted = Date.now();
  /** Whether a batch has been written: after the first, batches are large (see BATCH_ARTICLES). */
  let committed = false;
  let writeFailure: unknown = null;

  const flush = async () => {
    if (!batch.length && !batchErrors.length) return;
    const arts = batch, errs = batchErrors;
    batch = []; batchErrors = []; batchStarted = Date.now(); committed = true;
    const t = performance.now();
    if (store.putBatch) await store.putBatch(arts, errs);
    else {
      for (const e of errs) await store.putError(e);
      await store.putPrepared(arts);
    }
    stats.writeSeconds += (performance.now() - t) / 1000;
  };

  const addError = (e: ArticleError & { contentHash?: string }) => {
    stats.errors++;
    if (e.contentHash) seen.add(e.contentHash);
    batchErrors.push({ ...e, pipelineVersion: version });
    opts.onError?.(e);
  };

  const load = new Array<number>(nWorkers).fill(0);
  let inflight = 0;
  let wake: (() => void) | null = null;
  let workerFailure: Error | null = null;

  const handled = new Array<number>(nWorkers).fill(0);
  const retiring = new Array<boolean>(nWorkers).fill(false);
  const onResult = (w: number) => (res: WorkerResult) => {
    load[w]!--; inflight--;
    if (!inThread && ++handled[w]! >= (opts.recycleAfter ?? WORKER_RECYCLE_ARTICLES)) retiring[w] = true;
    if (retiring[w] && load[w] === 0) {
      const old = workers[w]!;
      workers[w] = spawn(w);
      handled[w] = 0; retiring[w] = false;
      void old.terminate();
    }
    stats.done++;
    stats.firstResultSeconds ??= (Date.now() - started) / 1000;
    if (res.status === 'ok') {
      if (seen.has(res.article.contentHash)) stats.duplicates++;
      else {
        seen.add(res.article.contentHash); batch.push(res.article); stats.stored++;
        const lang = res.article.language;
        if (!englishStagesRun(lang)) stats.otherLanguages[lang!] = (stats.otherLanguages[lang!] ?? 0) + 1;
      }
    } else if (res.status === 'skipped') {
      stats.skipped++;
    } else {
      if (res.contentHash && seen.has(res.contentHash)) stats.duplicates++;
      else addError({ source: res.source, reason: res.reason, ...(res.contentHash ? { contentHash: res.contentHash } : {}) });
    }
    const [maxArticles, maxMs] = committed ? [BATCH_ARTICLES, BATCH_MAX_MS] : [FIRST_BATCH_ARTICLES, FIRST_BATCH_MAX_MS];
    if (batch.length >= maxArticles || Date.now() - batchStarted > maxMs) {
      flush().catch((err) => { writeFailure = err; });
    }
    stats.seconds = (Date.now() - started) / 1000;
    if (stats.done % CHECKPOINT_EVERY === 0) stats.checkpoints.push(stats.seconds);
    opts.onProgress?.(stats);
    const wk = wake; wake = null; wk?.();
  };
  // with workers: 0 a processor on this thread stands in for the one worker (same messages, answered synchronously)
  const local = inThread ? new (await import('./worker.js')).ArticleProcessor(init) : null;
  const spawn = (i: number) => {
    const wk = startWorker();
    wk.on('message', onResult(i));
    wk.on('error', (err) => { workerFailure = err; const k = wake; wake = null; k?.(); });
    wk.postMessage(init);
    return wk;
  };
  const workers: Array<{ postMessage(m: WorkerTask, transfer?: ArrayBuffer[]): void; terminate(): Promise<unknown> }> = inThread
    ? [{ postMessage: (m) => onResult(0)(local!.process(m)), terminate: async () => 0 }]
    : Array.from({ length: nWorkers }, (_, i) => spawn(i));

  const waitForRoom = async (max: number) => {
    while (inflight > max && !workerFailure && !writeFailure) await new Promise<void>((r) => { wake = r; });
  };

  try {
    let seq = 0;
    for await (const item of walkSources(paths, { maxBytes: opts.maxBytes })) {
      if (workerFailure) throw workerFailure;
      if (writeFailure) throw writeFailure;
      if (item.kind === 'error') {
        addError({ source: item.source, reason: item.reason });
        stats.done++;
        opts.onProgress?.(stats);
        continue;
      }
      await waitForRoom(nWorkers * QUEUE_PER_WORKER - 1);
      // a retiring worker gets no more tasks; when all are retiring, wait for a replacement
      while (retiring.every(Boolean) && !workerFailure) await new Promise<void>((r) => { wake = r; });
      let w = -1;
      for (let i = 0; i < nWorkers; i++) if (!retiring[i] && (w < 0 || load[i]! < load[w]!)) w = i;
      load[w]!++; inflight++;
      const task: WorkerTask = { type: 'task', seq: seq++, item: item as Exclude<SourceItem, { kind: 'error' }> };
      if (item.kind === 'line') workers[w]!.postMessage(task, [item.bytes.buffer as ArrayBuffer]);
      else workers[w]!.postMessage(task);
    }
    await waitForRoom(0);
    if (workerFailure) throw workerFailure;
    if (writeFailure) throw writeFailure;
    await flush();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  stats.seconds = (Date.now() - started) / 1000;
  return stats;
}
