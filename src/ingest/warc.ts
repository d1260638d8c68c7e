import { closeSync, openSync, readSync } from 'node:fs';
import { WARCParser } from 'warcio';
import type { AnalyzeInput } from '../analyze.js';
import { decodeInput } from './decode.js';
import { openFileStream } from './streams.js';

/** One page from a WARC file, or why a record could not be read. */
export type WarcItem =
  | { source: string; input: AnalyzeInput; error?: undefined }
  | { source: string; error: string; input?: undefined };

/** Largest page body read from a WARC (bigger ones are reported, not analysed). */
export const WARC_MAX_BODY_BYTES = 10 * 1024 * 1024;

const HTML_TYPE_RE = /\b(text\/html|application\/xhtml\+xml)\b/i;

function charsetOf(contentType: string | null | undefined): string | null {
  const m = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return m ? m[1]!.toLowerCase() : null;
}

/** Page bytes -> text: the declared charset when it is not UTF-8 (news crawls hold some latin-1), else strict UTF-8. */
function decodePage(body: Uint8Array, contentType: string | null | undefined, where: string): string {
  const cs = charsetOf(contentType);
  if (cs && cs !== 'utf-8' && cs !== 'utf8') {
    try { return new TextDecoder(cs).decode(body); } catch { /* unknown label: fall back to UTF-8 */ }
  }
  return decodeInput(body, where);
}

/** Bytes of the (decompressed) WARC from `start` on. Node's gunzip reads multi-member files and fails loudly on truncation. */
async function* decompressedFrom(path: string, gzip: boolean, start: number): AsyncGenerator<Uint8Array> {
  const stream = openFileStream(path, gzip);
  let pos = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    if (pos + b.length <= start) { pos += b.length; continue; }
    yield pos >= start ? b : b.subarray(start - pos);
    pos += b.length;
  }
}

const RECORD_START = Buffer.from('WARC/1.');

/** Offset of the first record header at or after `from` (a line starting "WARC/1."), or -1. */
async function findNextRecord(path: string, gzip: boolean, from: number): Promise<number> {
  let base = from, carry: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of decompressedFrom(path, gzip, from)) {
      const buf = Buffer.concat([carry, chunk as Buffer]);
      const start = base - carry.length;
      for (let i = buf.indexOf(RECORD_START); i >= 0; i = buf.indexOf(RECORD_START, i + 1)) {
        const at = start + i;
        if (at > from && (i === 0 ? true : buf[i - 1] === 0x0a)) return at;
      }
      carry = buf.subarray(Math.max(0, buf.length - RECORD_START.length));
      base = start + buf.length;
    }
  } catch { /* unreadable from here on */ }
  return -1;
}

function isDecompressionError(err: unknown): boolean {
  const e = err as NodeJS.ErrnoException;
  return Boolean(e && ((e.code ?? '').startsWith('Z_') || /unexpected end of file|incorrect header check|invalid (block|distance|stored)/i.test(e.message ?? '')));
}

function isGzipFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(2);
    return readSync(fd, b, 0, 2, 0) === 2 && b[0] === 0x1f && b[1] === 0x8b;
  } finally { closeSync(fd); }
}

/**
 * Reads HTML response records from a .warc or .warc.gz file. Records that are
 * not HTML responses (requests, metadata, images) are passed over. A broken
 * record (bad header, invalid length) is reported with its byte offset and
 * reading resumes at the next record header; truncated gzip data ends the file
 * with an error. Every good record is kept.
 */
export async function* readWarc(path: string): AsyncGenerator<WarcItem> {
  const gzip = isGzipFile(path);
  let start = 0, n = 0, records = 0, complete = 0;
  for (;;) {
    const parser = new WARCParser(decompressedFrom(path, gzip, start));
    let broken: { at: number; reason: string; fatal: boolean } | null = null;
    for (;;) {
      let record;
      try {
        record = await parser.parse();
      } catch (err) {
        broken = { at: start + parser.offset, reason: (err as Error).message, fatal: isDecompressionError(err) };
        break;
      }
      if (!record) break;
      records++;
      const at = start + parser.offset;
      const declared = record.warcHeaders.headers.get('Content-Length');
      if (!declared || !/^\s*\d+\s*$/.test(declared)) { broken = { at, reason: `invalid Content-Length "${declared ?? ''}"`, fatal: false }; break; }
      n++;
      const where = `${path}#${n}`;
      try {
        if (record.warcType !== 'response') { await record.skipFully(); complete++; continue; }
        const ctype = record.httpHeaders?.headers.get('content-type') ?? null;
        if (!ctype || !HTML_TYPE_RE.test(ctype)) { await record.skipFully(); complete++; continue; }
        const body = await record.readFully(true);
        complete++;
        const url = record.warcTargetURI ?? undefined;
        const source = url ? `${path}#${url}` : where;
        if (body.length > WARC_MAX_BODY_BYTES) { yield { source, error: `page too large (${body.length} bytes)` }; continue; }
        const html = decodePage(body, ctype, source);
        yield { source, input: { html, ...(url ? { url } : {}) } };
      } catch (err) {
        if (isDecompressionError(err)) { broken = { at, reason: (err as Error).message, fatal: true }; break; }
        yield { source: where, error: (err as Error).message.replace(`${where}: `, '') };
      }
    }
    if (!broken) break;
    if (broken.fatal) {
      yield { source: path, error: `truncated or corrupt gzip data after ${complete} complete records (${broken.reason}); the records before were read` };
      return;
    }
    yield { source: `${path}@${broken.at}`, error: `broken WARC record at byte ${broken.at} (${broken.reason}); skipped to the next record` };
    const next = await findNextRecord(path, gzip, broken.at);
    if (next < 0) return;
    start = next;
  }
  if (records === 0) yield { source: path, error: 'no WARC records found (not a WARC file?)' };
}
