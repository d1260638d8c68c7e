import { readFileSync, statSync, type Stats } from 'node:fs';
import { InputError } from './errors.js';
import { decodeInput } from './decode.js';

/**
 * Checks that a path names a readable regular file, with a clear error for
 * each way it can fail. `folderHint` ends the message for a folder.
 */
export function statInputFile(path: string, folderHint = 'to analyse a folder of articles use `whosaid ingest DIR`'): Stats {
  let st;
  try { st = statSync(path); } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('no such file', path);
    if (code === 'EACCES') throw new InputError('permission denied', path);
    throw new InputError(`cannot read (${code ?? String(err)})`, path);
  }
  if (st.isDirectory()) throw new InputError(`is a directory (${folderHint})`, path);
  if (!st.isFile()) throw new InputError('not a regular file', path);
  return st;
}

/** Reads a file (or '-' for stdin) as text, with a clear error for each way it can fail. */
export function readInputFile(path: string): string {
  if (path === '-') return decodeInput(readFileSync(0), 'stdin');
  statInputFile(path);
  return decodeInput(readFileSync(path), path);
}
