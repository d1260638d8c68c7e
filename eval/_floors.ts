/**
 * Score floors (eval/baseline.json): an eval calls checkFloors with what it
 * measured; a metric below its floor is printed and the eval exits 1, so a
 * change that loses accuracy is caught. Runs on a subset (flags that select
 * part of the data) skip the check, since floors are for the full sets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './data.js';

const FLOOR_TOLERANCE = 1e-9;

export function checkFloors(evalName: string, measured: Record<string, number>): boolean {
  const all = JSON.parse(readFileSync(join(REPO_ROOT, 'eval', 'baseline.json'), 'utf8')) as Record<string, Record<string, number>>;
  const floors = all[evalName] ?? {};
  const broken: string[] = [];
  for (const [metric, floor] of Object.entries(floors)) {
    const got = measured[metric];
    if (got === undefined) continue;
    if (got + FLOOR_TOLERANCE < floor) broken.push(`${metric} ${got.toFixed(4)} < floor ${floor}`);
  }
  if (broken.length) {
    console.log(`FLOORS BROKEN (eval/baseline.json): ${broken.join('; ')}`);
    process.exitCode = 1;
    return false;
  }
  console.log(`floors (eval/baseline.json): ${Object.keys(floors).filter((m) => m in measured).length} metrics at or above their floor`);
  return true;
}
