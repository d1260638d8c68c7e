import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../eval/data.js';

/**
 * The seed article is data from ../shared (never copied into the project).
 * Seed tests run wherever ../shared (or $WHOSAID_DATA) is present, as in CI,
 * and are skipped with this reason where it is not.
 */
export const SEED_PATH = join(dataDir(), 'seed', 'donbas-recognition-2022-02-22.txt');
export const SEED_DATE = '2022-02-22';
export const seedText: string | null = existsSync(SEED_PATH) ? readFileSync(SEED_PATH, 'utf8') : null;
export const SEED_SKIP: string | false = seedText === null ? `seed article not found at ${SEED_PATH} (set WHOSAID_DATA)` : false;
