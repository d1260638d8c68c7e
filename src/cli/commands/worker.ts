import type { Command } from 'commander';
import { InputError } from '../../ingest/errors.js';

interface WorkerFlags { db?: string; concurrency: string; exitWhenIdle?: boolean; quiet?: boolean }

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Process queued ingest jobs (from `whosaid ingest --queue`); run any number, on any machine that reaches the database')
    .option('--db <url>', 'the PostgreSQL database: postgres://... (default $WHOSAID_DB)')
    .option('--concurrency <n>', 'jobs at once, each on its own analysis thread', '1')
    .option('--exit-when-idle', 'exit once no job is queued or running')
    .option('--quiet', 'no progress lines on stderr')
    .action(async (flags: WorkerFlags) => {
      const db = flags.db ?? process.env.WHOSAID_DB;
      if (!db || !/^postgres(ql)?:\/\//i.test(db)) throw new InputError('worker needs a PostgreSQL database: --db postgres://... (or $WHOSAID_DB)');
      const concurrency = Number(flags.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1) throw new InputError(`--concurrency must be a whole number >= 1 (got "${flags.concurrency}")`);
      const log = flags.quiet ? undefined : (line: string) => process.stderr.write(`whosaid worker ${process.pid}: ${line}\n`);
      // loaded here, so other commands never load pg or pg-boss
      const { runWorker } = await import('../../queue/worker.js');
      const stats = await runWorker(db, { concurrency, exitWhenIdle: flags.exitWhenIdle, ...(log ? { log } : {}) });
      log?.(`${stats.jobs} jobs in ${stats.seconds.toFixed(1)} s: ${stats.stored} articles stored, ${stats.skipped} skipped, ${stats.errors} errors, ${stats.failedJobs} failed jobs`);
    });
}
