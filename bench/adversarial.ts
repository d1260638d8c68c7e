/**
 * npm run bench -- adversarial [--size N]
 * Texts no newsroom writes but a crawl delivers: no sentence punctuation (one
 * huge sentence), thousands of quotations in one paragraph, nested quotation
 * marks, one-line paragraphs by the ten thousand, a new person in every
 * paragraph, scare-quoted labels by the thousand. Each is generated (no data
 * needed) at N and 2N units and run through the whole pipeline; the growth of
 * the time from N to 2N should stay near 2 (linear work). A growth near 4
 * means some step reads the whole text again for each cue, quote or mention:
 * the bench prints the slowest stage to look at.
 */
import { Doc } from '../src/doc/doc.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { toRecord } from '../src/record/build.js';

/** Growth from N to 2N units above which a case is flagged. */
const SUPERLINEAR = 3;

const CASES: Record<string, (n: number) => string> = {
  'no sentence punctuation': (n) => Array.from({ length: n }, (_, i) => ['the', 'mayor', 'said', 'that', 'Bridge', 'would', 'open'][i % 7]).join(' '),
  'reporting verbs chained': (n) => 'X said Y said Z said '.repeat(Math.ceil(n / 6)) + '.',
  '"according to" chained': (n) => 'according to A, '.repeat(Math.ceil(n / 3)) + 'the plan failed.',
  'quotations in one paragraph': (n) => '"a" '.repeat(n),
  'nested quotation marks': (n) => '"He said \'she said "they said" ok\' fine" '.repeat(Math.ceil(n / 9)),
  'one-quote paragraphs': (n) => '"We will win," she said.\n\n'.repeat(Math.ceil(n / 5)),
  'lower-case script after periods': (n) => 'مرحبا 👋 "שלום" he said. '.repeat(Math.ceil(n / 6)),
  'a new person every paragraph': (n) => Array.from({ length: Math.ceil(n / 12) }, (_, i) => `${personName(i)} said the plan failed. He added that it was late, she said.\n\n`).join(''),
  // each pair resolved person by person and named by surname later: the resolver's full-name and group passes
  'people named in pairs': (n) => Array.from({ length: Math.ceil(n / 14) }, (_, i) => `${personName(2 * i)} and ${personName(2 * i + 1)} met. Mr. ${personName(2 * i).split(' ')[1]} and Ms. ${personName(2 * i + 1).split(' ')[1]} said they agreed.\n\n`).join(''),
  'scare-quoted labels, no periods': (n) => 'the "separatists" and "rebels" of the "regime" fought the "invasion" '.repeat(Math.ceil(n / 11)),
};

const FIRST = ['Anna', 'Boris', 'Carl', 'Dana', 'Emil', 'Fatima', 'Georg', 'Hana', 'Ivan', 'Julia', 'Kofi', 'Lena', 'Marco', 'Nina', 'Omar', 'Petra'];
const LAST = ['Smith', 'Novak', 'Okafor', 'Larsen', 'Kim', 'Rossi', 'Weber', 'Silva', 'Haddad', 'Ivanova', 'Tanaka', 'Moreau', 'Kowalski', 'Nguyen', 'Costa', 'Berg'];
/** A distinct name for each i (a letter after the surname past the 256 pairs): thousands of people in one text. */
function personName(i: number): string {
  return `${FIRST[i % 16]} ${LAST[(i >> 4) % 16]}${i >= 256 ? String.fromCharCode(97 + ((i >> 8) % 26)) : ''}`;
}

function timed(text: string): { ms: number; slowest: string } {
  const p = defaultPipeline();
  const doc = new Doc(text, { referenceDate: '2020-01-01' });
  let slowest = '', worst = -1;
  const t0 = performance.now();
  for (const c of p.components) {
    const s = performance.now();
    c.run(doc);
    const ms = performance.now() - s;
    if (ms > worst) { worst = ms; slowest = c.name; }
  }
  toRecord(doc);
  return { ms: performance.now() - t0, slowest };
}

export function run(args: string[]): void {
  const size = args.includes('--size') ? Number(args[args.indexOf('--size') + 1]) : 12_000;
  if (!Number.isInteger(size) || size < 100) throw new Error(`--size must be a whole number of at least 100 (got ${args[args.indexOf('--size') + 1]})`);
  // one warm-up so that the first case does not pay for loading the models
  timed('The mayor said the bridge would reopen.');
  console.log(`generated texts at ${size} and ${2 * size} words (or marks); time of the whole pipeline`);
  console.log(`${'case'.padEnd(34)} ${'N ms'.padStart(8)} ${'2N ms'.padStart(8)}  growth  slowest stage at 2N`);
  let flagged = 0;
  for (const [name, make] of Object.entries(CASES)) {
    const a = timed(make(size)), b = timed(make(2 * size));
    const growth = b.ms / Math.max(1, a.ms);
    if (growth > SUPERLINEAR) flagged++;
    console.log(`${name.padEnd(34)} ${a.ms.toFixed(0).padStart(8)} ${b.ms.toFixed(0).padStart(8)}  ${growth.toFixed(2).padStart(6)}  ${b.slowest}${growth > SUPERLINEAR ? '  <- grows faster than the text' : ''}`);
  }
  console.log(flagged ? `${flagged} case(s) grow faster than the text (growth above ${SUPERLINEAR})` : `every case grows about as the text does (growth at most ${SUPERLINEAR})`);
}
