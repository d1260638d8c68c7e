import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { AnalyzeInput } from '../analyze.js';
import { firstInvalidUtf8 } from './decode.js';

/** One line of a JSONL input: the parsed input, or why the line is unusable. */
export type JsonlItem =
  | { line: number; input: AnalyzeInput; error?: undefined; id?: string | null }
  | { line: number; input?: undefined; error: string; id: string | null };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Splits a byte stream into lines without decoding, so a bad line can be named and skipped. */
export async function* byteLines(stream: Readable): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    let buf = rest.length ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let nl: number;
    while ((nl = buf.indexOf(0x0a)) >= 0) {
      yield buf.subarray(0, nl);
      buf = buf.subarray(nl + 1);
    }
    rest = buf;
  }
  if (rest.length) yield rest;
}

/** Parses one JSONL line into an analyze input (or an error naming the line). */
export function parseJsonlLine(bytes: Buffer, line: number): JsonlItem | null {
  let raw: string;
  try { raw = utf8.decode(bytes); } catch {
    return { line, id: null, error: `line ${line}: not valid UTF-8 (byte ${firstInvalidUtf8(bytes)} of the line)` };
  }
  if (raw.endsWith('\r')) raw = raw.slice(0, -1);
  if (!raw.trim()) return null; // blank lines are allowed between records
  let obj: unknown;
  try { obj = JSON.parse(raw); } catch (err) {
    return { line, id: null, error: `line ${line}: malformed JSON (${(err as Error).message})` };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { line, id: null, error: `line ${line}: expected a JSON object` };
  const o = obj as Record<string, unknown>;
  const id = o.id === undefined || o.id === null ? null : String(o.id);
  const text = typeof o.text === 'string' ? o.text : undefined;
  const html = typeof o.html === 'string' ? o.html : undefined;
  if (text === undefined && html === undefined) return { line, id, error: `line ${line}: object has neither a "text" nor an "html" string` };
  if ((text ?? html ?? '').trim() === '') return { line, id, error: `line ${line}: "${text !== undefined ? 'text' : 'html'}" is empty` };
  if (o.date !== undefined && typeof o.date !== 'string') return { line, id, error: `line ${line}: "date" must be a YYYY-MM-DD string` };
  const input: AnalyzeInput = { ...(id !== null ? { id } : {}), ...(text !== undefined ? { text } : { html }) };
  if (typeof o.url === 'string') input.url = o.url;
  if (typeof o.date === 'string') input.date = o.date;
  return { line, input, id };
}

/** Reads JSONL from a path ('-' for stdin), one item per non-blank line, streaming. */
export async function* readJsonl(path: string): AsyncGenerator<JsonlItem> {
  const stream = path === '-' ? process.stdin : createReadStream(path);
  let n = 0;
  for await (const bytes of byteLines(stream)) {
    n++;
    const item = parseJsonlLine(bytes, n);
    if (item) yield item;
  }
}
