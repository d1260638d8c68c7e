import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, type AnalyzeInput } from '../analyze.js';
import { decodeInput, looksLikeHtml } from '../ingest/decode.js';
import { InputError } from '../ingest/errors.js';
import { parseJsonlLine } from '../ingest/jsonl.js';
import { dateInName, MAX_INPUT_BYTES, type SourceItem } from '../ingest/sources.js';
import { contentHash } from './hash.js';
import { prepareArticle } from './prepare.js';
import type { PreparedArticle } from '../store/types.js';

/**
 * An analysis worker: reads, hashes, analyses and prepares articles (all the
 * CPU work of an ingest), so that the main thread only walks inputs and writes.
 */
export interface WorkerInit { type: 'init'; pipelineVersion: string; done: string[]; date?: string; datesFromNames?: boolean; maxBytes?: number }
export interface WorkerTask { type: 'task'; seq: number; item: Exclude<SourceItem, { kind: 'error' }> }
export type WorkerResult =
  | { seq: number; status: 'ok'; article: PreparedArticle }
  | { seq: number; status: 'skipped'; contentHash: string }
  | { seq: number; status: 'error'; source: string; reason: string; contentHash?: string };

/** The message of an error without the "where: " prefix InputError adds (the source is stored beside it). */
export function reasonOf(err: unknown, source: string): string {
  const msg = err instanceof Error ? err.message : String(err);
  const where = err instanceof InputError ? err.where : undefined;
  for (const prefix of [where, source]) if (prefix && msg.startsWith(`${prefix}: `)) return msg.slice(prefix.length + 2);
  return msg;
}

export class ArticleProcessor {
  private readonly done: Set<string>;
  constructor(private readonly init: WorkerInit) { this.done = new Set(init.done); }

  /** Item -> analysis input (reading and decoding files here, off the main thread). */
  toInput(item: WorkerTask['item']): AnalyzeInput {
    if (item.kind === 'input') return item.input;
    if (item.kind === 'line') {
      const parsed = parseJsonlLine(Buffer.from(item.bytes.buffer, item.bytes.byteOffset, item.bytes.byteLength), item.line);
      if (!parsed) throw new InputError('blank line');
      if (parsed.error !== undefined) throw new InputError(parsed.error.replace(/^line \d+: /, ''));
      return parsed.input;
    }
    let bytes: Uint8Array = readFileSync(item.path);
    if (item.gzip) {
      try { bytes = gunzipSync(bytes, { maxOutputLength: (this.init.maxBytes ?? MAX_INPUT_BYTES) + 1 }); } catch (err) {
        const e = err as NodeJS.ErrnoException;
        if (e.code === 'ERR_BUFFER_TOO_LARGE' || /larger than/i.test(e.message)) throw new InputError('decompressed file too large for one article');
        throw new InputError(`truncated or corrupt gzip data (${e.message})`);
      }
      if (bytes.length > (this.init.maxBytes ?? MAX_INPUT_BYTES)) throw new InputError('decompressed file too large for one article');
    }
    const text = decodeInput(bytes);
    const input: AnalyzeInput = looksLikeHtml(text) ? { html: text } : { text };
    const date = this.init.datesFromNames ? dateInName(item.path) : undefined;
    if (date) input.date = date;
    return input;
  }

  process(task: WorkerTask): WorkerResult {
    const { seq, item } = task;
    let hash: string | undefined;
    try {
      const input = this.toInput(item);
      hash = contentHash(input);
      if (this.done.has(hash)) return { seq, status: 'skipped', contentHash: hash };
      const record = analyze(input, { date: this.init.date });
      return { seq, status: 'ok', article: prepareArticle(record, hash, this.init.pipelineVersion, item.source) };
    } catch (err) {
      const reason = err instanceof InputError ? reasonOf(err, item.source) : `analysis failed: ${reasonOf(err, item.source)}`;
      return { seq, status: 'error', source: item.source, reason, ...(hash ? { contentHash: hash } : {}) };
    }
  }
}

if (parentPort && (workerData as { whosaidIngestWorker?: boolean } | null)?.whosaidIngestWorker) {
  const port = parentPort;
  let proc: ArticleProcessor | null = null;
  port.on('message', (msg: WorkerInit | WorkerTask) => {
    if (msg.type === 'init') { proc = new ArticleProcessor(msg); return; }
    const res = proc!.process(msg);
    if (res.status === 'ok') {
      // own copies, so transferring them never detaches a pooled buffer
      res.article.record = new Uint8Array(res.article.record);
      port.postMessage(res, [res.article.record.buffer as ArrayBuffer, res.article.minhash.buffer as ArrayBuffer]);
    }
    else port.postMessage(res);
  });
}
