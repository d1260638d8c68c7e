import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (eval/, bench/ and train/ scripts run from source). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Where the data sets live: $WHOSAID_DATA, else ../shared beside the checkout.
 * The test suite never needs it; eval, bench and train scripts do.
 */
export function dataDir(): string {
  return resolve(process.env.WHOSAID_DATA ?? join(REPO_ROOT, '..', 'shared'));
}

/** Path of a data set file or folder, with a clear error when it is missing. */
export function dataPath(...parts: string[]): string {
  const p = join(dataDir(), ...parts);
  if (!existsSync(p)) {
    throw new Error(`data not found: ${p}\n(set WHOSAID_DATA to the folder holding seed/ and datasets/, default ../shared)`);
  }
  return p;
}
