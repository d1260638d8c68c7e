import { readFileSync, statSync } from 'node:fs';
import { InputError } from './errors.js';
import { decodeInput } from './decode.js';

/** Reads a file (or '-' for stdin) as text, with a clear error for each way it can fail. */
export function readInputFile(path: string): string {
  if (path === '-') return decodeInput(readFileSync(0), 'stdin');
  let st;
  try { st = statSync(path); } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('no such file', path);
    if (code === 'EACCES') throw new InputError('permission denied', path);
    throw new InputError(`cannot read (${code ?? String(err)})`, path);
  }
  if (st.isDirectory()) throw new InputError('is a directory (to analyse a folder of articles use `whosaid ingest DIR`)', path);
  if (!st.isFile()) throw new InputError('not a regular file', path);
  return decodeInput(readFileSync(path), path);
}
