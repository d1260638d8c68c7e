import { InputError } from '../ingest/errors.js';
import { enqueue } from './enqueue.js';

/** Errors printed one by one by `ingest --queue`; after that only counted. */
const MAX_PRINTED_ERRORS = 20;

/** `whosaid ingest PATHS --db postgres://... --queue`: queue the inputs for workers instead of analysing them here. */
export async function ingestToQueue(paths: string[], flags: { db: string; date?: string; datesFromNames?: boolean; maxMb?: string; quiet?: boolean }): Promise<void> {
  const maxMb = Number(flags.maxMb ?? 10);
  if (!(maxMb > 0)) throw new InputError(`--max-mb must be a positive number (got "${flags.maxMb}")`);
  let printed = 0;
  const stats = await enqueue(flags.db, paths, {
    date: flags.date, datesFromNames: flags.datesFromNames, maxBytes: Math.round(maxMb * 1024 * 1024),
    onError: (e) => { if (printed++ < MAX_PRINTED_ERRORS) process.stderr.write(`whosaid: ${e.source}: ${e.reason}\n`); },
  });
  if (!flags.quiet) {
    process.stderr.write(`queued ${stats.articles} articles in ${stats.jobs} jobs (${stats.seconds.toFixed(1)} s); skipped ${stats.skipped} already stored, ${stats.duplicates} duplicates; errors ${stats.errors}\n` +
      'run `whosaid worker --db ...` on any number of machines to process them; `whosaid status --db ...` shows progress\n');
  }
  process.exitCode = stats.errors ? 1 : 0;
}
