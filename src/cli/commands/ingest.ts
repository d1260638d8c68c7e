import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { checkDate } from '../../analyze.js';
import { ingest } from '../../corpus/ingest.js';
import { InputError } from '../../ingest/errors.js';
import { DEFAULT_DB, openStore } from '../../store/index.js';
import { Progress, formatDuration } from '../progress.js';
import { languageTally } from '../languages.js';

/** Errors printed one by one; after that only counted (the store keeps them all). */
const MAX_PRINTED_ERRORS = 20;

interface IngestFlags { db: string; queue?: boolean; workers?: string; date?: string; datesFromNames?: boolean; maxMb?: string; quiet?: boolean; statsJson?: boolean }

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Analyse files, folders (recursively), JSONL and WARC files into a corpus database; resumable')
    .argument('<paths...>', 'files or folders: text, HTML, .jsonl, .warc, .warc.gz (and .gz of any)')
    .option('--db <path>', 'database: a SQLite file or a postgres:// URL', DEFAULT_DB)
    .option('--workers <n>', `analysis threads (default: cores, here ${availableParallelism()}; 0: on the main thread)`)
    .option('--date <YYYY-MM-DD>', 'reference date for relative times in every input')
    .option('--dates-from-names', 'take a YYYY-MM-DD in a file name as its reference date')
    .option('--max-mb <n>', 'largest input accepted as one article, in MB', '10')
    .option('--quiet', 'no summary on stderr')
    .option('--stats-json', 'print the run\'s counts and timings as one JSON line on stdout')
    .option('--queue', 'with --db postgres://...: queue the inputs as jobs for `whosaid worker`s instead of analysing them here')
    .action(async (paths: string[], flags: IngestFlags) => {
      if (flags.date) checkDate(flags.date, '--date');
      // queue mode (src/queue): inputs go to PostgreSQL as jobs; workers analyse them
      if (flags.queue) return (await import('../../queue/cli.js')).ingestToQueue(paths, flags);
      const workers = flags.workers === undefined ? availableParallelism() : Number(flags.workers);
      if (!Number.isInteger(workers) || workers < 0) throw new InputError(`--workers must be a whole number, 0 to analyse on the main thread (got "${flags.workers}")`);
      const maxMb = Number(flags.maxMb);
      if (!(maxMb > 0)) throw new InputError(`--max-mb must be a positive number (got "${flags.maxMb}")`);
      const store = await openStore(flags.db);
      const progress = new Progress('ingest');
      let printed = 0, lastErrors = 0;
      try {
        const stats = await ingest(store, paths, {
          workers, date: flags.date, datesFromNames: flags.datesFromNames, maxBytes: Math.round(maxMb * 1024 * 1024),
          onTotal: (n) => progress.setTotal(n),
          onProgress: (s) => { progress.tick(1, s.errors - lastErrors); lastErrors = s.errors; },
          onError: (e) => {
            if (printed++ < MAX_PRINTED_ERRORS) process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}whosaid: ${e.source}: ${e.reason}\n`);
          },
        });
        progress.finish();
        const c = await store.count();
        const stories = await store.stories();
        if (!flags.quiet) {
          const rate = stats.seconds > 0 ? (stats.stored / stats.seconds).toFixed(1) : '-';
          process.stderr.write(
            `ingested ${stats.stored} articles in ${formatDuration(stats.seconds)} (${rate}/s, ${workers ? `${workers} worker${workers > 1 ? 's' : ''}` : 'main thread'}); ` +
            `skipped ${stats.skipped} already stored, ${stats.duplicates} duplicates; errors ${stats.errors}` +
            `${printed > MAX_PRINTED_ERRORS ? ` (${printed - MAX_PRINTED_ERRORS} not shown; \`whosaid query errors\` lists them)` : ''}\n` +
            otherLanguagesLine(stats.otherLanguages) +
            `store ${flags.db}: ${c.articles} articles, ${stories} stories, ${c.quotes} quotes, ${c.errors} errors\n`);
        }
        if (flags.statsJson) process.stdout.write(JSON.stringify(stats) + '\n');
        process.exitCode = stats.errors ? 1 : 0;
      } finally {
        await store.close();
      }
    });
}

/** "12 in other languages (de 10, fr 2): quotations only, no speakers" for the summary, or nothing. */
function otherLanguagesLine(byLanguage: Record<string, number>): string {
  const { n, list } = languageTally(byLanguage);
  return n ? `${n} in other languages than English (${list}): quotations only, with no speakers\n` : '';
}
