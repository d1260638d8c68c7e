/**
 * npm run eval -- checkworthy [--threshold X]
 *
 * Scores the shipped check-worthy classifier (models/checkworthy.json.gz) on
 * the CheckThat! 2024 task 1 English dev split: P/R/F1 of the Yes class, next
 * to the always-yes baseline. The threshold is the one stored in the model
 * (picked on a train holdout), unless --threshold overrides it.
 */
import { dataPath } from './data.ts';
import { CHECKWORTHY_DIR, DEV_FILE, readCheckworthyTsv } from '../train/checkworthy.ts';
import { loadCheckworthyModel } from '../src/framing/model.ts';
import { PRF } from '../src/score/prf.ts';
import { checkFloors } from './_floors.js';

export function run(args: string[]): void {
  const dev = readCheckworthyTsv(dataPath(...CHECKWORTHY_DIR, DEV_FILE));
  const model = loadCheckworthyModel();
  const ti = args.indexOf('--threshold');
  const threshold = ti >= 0 ? Number(args[ti + 1]) : model.threshold;
  const prf = new PRF(), always = new PRF();
  for (const s of dev) {
    const gold = s.label === 'Yes';
    const yes = model.score(s.text) >= threshold;
    prf.add(+(yes && gold), +(yes && !gold), +(!yes && gold));
    always.add(+gold, +!gold, 0);
  }
  console.log(`checkworthy dev: ${dev.length} sentences, ${dev.filter((s) => s.label === 'Yes').length} Yes; threshold ${threshold}`);
  console.log(`classifier  ${prf.toString()}`);
  console.log(`always-yes  ${always.toString()}`);
  if (ti < 0) checkFloors('checkworthy', { f1: prf.f1 });
}
