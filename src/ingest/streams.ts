import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/**
 * A file as a byte stream, gunzipped when `gzip` is set. A read error on the
 * file reaches the gunzip stream, so consumers see one error either way; Node's
 * gunzip reads multi-member files and fails loudly on truncation.
 */
export function openFileStream(path: string, gzip: boolean): Readable {
  const raw = createReadStream(path);
  if (!gzip) return raw;
  const gunzip = createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  return raw.pipe(gunzip);
}
