import type { Command } from 'commander';
import { InputError } from '../../ingest/errors.js';

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('Queue status: queued, running, done and failed jobs, and the rate')
    .option('--db <url>', 'the PostgreSQL database: postgres://... (default $WHOSAID_DB)')
    .option('--json', 'as JSON')
    .action(async (flags: { db?: string; json?: boolean }) => {
      const db = flags.db ?? process.env.WHOSAID_DB;
      if (!db || !/^postgres(ql)?:\/\//i.test(db)) throw new InputError('status needs a PostgreSQL database: --db postgres://... (or $WHOSAID_DB)');
      const { formatStatus, queueStatus } = await import('../../queue/status.js');
      const s = await queueStatus(db);
      process.stdout.write(flags.json ? `${JSON.stringify(s)}\n` : `${formatStatus(s)}\n`);
    });
}
