import { createReadStream, readdirSync, statSync, type Stats } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { AnalyzeInput } from '../analyze.js';
import { byteLines } from './jsonl.js';
import { readWarc } from './warc.js';
import { openFileStream } from './streams.js';

/**
 * Input paths -> items to analyse. Files, folders (recursively, in name order),
 * JSONL (.jsonl, .ndjson, optionally .gz) and WARC (.warc, .warc.gz). Reading a
 * file's content is left to whoever analyses it (a worker thread) so that the
 * walking thread stays cheap; JSONL lines and WARC records are split here.
 * Nothing throws: every problem is an `error` item naming its source.
 */
export type SourceItem =
  | { kind: 'file'; source: string; path: string; gzip: boolean }
  | { kind: 'line'; source: string; bytes: Uint8Array; line: number }
  | { kind: 'input'; source: string; input: AnalyzeInput }
  | { kind: 'error'; source: string; reason: string };

/** Largest article input (bytes): a news article is far smaller; a bigger file is a dump or a mistake. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export type FileKind = 'jsonl' | 'warc' | 'doc';

export function fileKind(path: string): { kind: FileKind; gzip: boolean } {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const inner = gzip ? lower.slice(0, -3) : lower;
  const ext = extname(inner);
  if (ext === '.jsonl' || ext === '.ndjson') return { kind: 'jsonl', gzip };
  if (ext === '.warc') return { kind: 'warc', gzip };
  return { kind: 'doc', gzip };
}

export interface WalkOptions { maxBytes?: number }

/** Expands the given paths to files (or errors), recursively, skipping hidden entries. */
export function* listFiles(paths: string[]): Generator<{ path: string; stat: Stats } | { error: string; source: string }> {
  for (const p of paths) yield* listPath(p, true);
}

function* listPath(p: string, top: boolean): Generator<{ path: string; stat: Stats } | { error: string; source: string }> {
  let st: Stats;
  try { st = statSync(p); } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield { source: p, error: code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})` };
    return;
  }
  if (st.isDirectory()) {
    let names: string[];
    try { names = readdirSync(p).filter((n) => !n.startsWith('.')).sort(); } catch (err) {
      yield { source: p, error: `cannot list directory (${(err as NodeJS.ErrnoException).code})` };
      return;
    }
    if (names.length === 0 && top) { yield { source: p, error: 'empty directory: no files to ingest' }; return; }
    for (const n of names) yield* listPath(join(p, n), false);
    return;
  }
  if (!st.isFile()) { if (top) yield { source: p, error: 'not a regular file' }; return; }
  yield { path: p, stat: st };
}

/** Streams the lines of a (possibly gzipped) file; a stream error becomes a thrown error after the good lines. */
function openLines(path: string, gzip: boolean): AsyncGenerator<Buffer> {
  return byteLines(openFileStream(path, gzip));
}

function gzipReason(err: Error): string {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  if (code.startsWith('Z_') || /unexpected end of file|incorrect header check|invalid/i.test(err.message)) return `truncated or corrupt gzip data (${err.message})`;
  return err.message;
}

/** Every item of the given paths, streaming. */
export async function* walkSources(paths: string[], opts: WalkOptions = {}): AsyncGenerator<SourceItem> {
  const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
  for (const f of listFiles(paths)) {
    if ('error' in f) { yield { kind: 'error', source: f.source, reason: f.error }; continue; }
    const { path, stat } = f;
    const { kind, gzip } = fileKind(path);
    if (stat.size === 0) { yield { kind: 'error', source: path, reason: 'empty file (0 bytes)' }; continue; }
    if (kind === 'jsonl') {
      let line = 0;
      try {
        for await (const bytes of openLines(path, gzip)) {
          line++;
          if (bytes.length > maxBytes) { yield { kind: 'error', source: `${path}:${line}`, reason: `line too large (${bytes.length} bytes, limit ${maxBytes})` }; continue; }
          if (bytes.length === 0) continue;
          yield { kind: 'line', source: `${path}:${line}`, bytes: new Uint8Array(bytes), line };
        }
      } catch (err) {
        yield { kind: 'error', source: path, reason: `${gzip ? gzipReason(err as Error) : (err as Error).message}; stopped after line ${line}, the lines before were read` };
      }
    } else if (kind === 'warc') {
      for await (const w of readWarc(path)) {
        yield w.error !== undefined ? { kind: 'error', source: w.source, reason: w.error } : { kind: 'input', source: w.source, input: w.input };
      }
    } else {
      if (stat.size > maxBytes) {
        yield { kind: 'error', source: path, reason: `file too large for one article (${(stat.size / 1048576).toFixed(1)} MB, limit ${(maxBytes / 1048576).toFixed(0)} MB)` };
        continue;
      }
      yield { kind: 'file', source: path, path, gzip };
    }
  }
}

/**
 * How many items the paths hold, counted cheaply (files, lines of plain JSONL),
 * or null when some cannot be counted without reading them (gzip, WARC).
 */
export async function countItems(paths: string[]): Promise<number | null> {
  let n = 0;
  for (const f of listFiles(paths)) {
    if ('error' in f) { n++; continue; }
    const { kind, gzip } = fileKind(f.path);
    if (kind === 'doc') { n++; continue; }
    if (kind === 'warc' || gzip) return null;
    let lines = 0, last = 0x0a;
    for await (const chunk of createReadStream(f.path)) {
      const b = chunk as Buffer;
      for (let i = b.indexOf(0x0a); i >= 0; i = b.indexOf(0x0a, i + 1)) lines++;
      if (b.length) last = b[b.length - 1]!;
    }
    n += lines + (last !== 0x0a ? 1 : 0);
  }
  return n;
}

/** A date (YYYY-MM-DD) written in a file name, as archives name articles: "outlet_2016-03-11_title.txt". */
export function dateInName(path: string): string | undefined {
  const m = basename(path).match(/(?:^|[^\d])((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/);
  if (!m) return undefined;
  const d = `${m[1]}-${m[2]}-${m[3]}`;
  return !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d) ? d : undefined;
}
