import { InputError } from './errors.js';

/** Bytes at the start of a file that we look at to call it binary. */
const SNIFF_BYTES = 8192;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes -> text, or a clear error: empty input, binary data (NUL bytes or a
 * known binary signature), bytes that are not UTF-8 (the byte offset is given).
 */
export function decodeInput(bytes: Uint8Array, where?: string): string {
  if (bytes.length === 0) throw new InputError('empty input (0 bytes)', where);
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head[0] === 0x1f && head[1] === 0x8b) throw new InputError('gzip-compressed data; decompress it first (or use `whosaid ingest`, which reads .gz)', where);
  if (head.includes(0)) throw new InputError('binary data (NUL bytes), not text or HTML', where);
  try {
    const text = utf8.decode(bytes);
    if (!text.trim()) throw new InputError('input holds only white space', where);
    return text;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`, where);
  }
}

/** Byte offset of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** Is this text an HTML document (rather than plain text)? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml') && head.includes('<html')) return true;
  const tags = text.slice(0, 20000).match(/<(?:p|div|body|head|article|span|br|a|meta|title|section|h[1-6])\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}
