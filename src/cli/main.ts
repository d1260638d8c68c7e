import { Command, CommanderError } from 'commander';
import { InputError } from '../ingest/errors.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerServe } from './commands/serve.js';
import { registerIngest } from './commands/ingest.js';
import { registerQuery } from './commands/query.js';
import { registerExport } from './commands/export.js';
import { registerWorker } from './commands/worker.js';
import { registerStatus } from './commands/status.js';

/** Exit codes: 0 ok, 1 some inputs failed (the rest were processed), 2 usage or fatal error. */
export const EXIT_PARTIAL = 1;
export const EXIT_FATAL = 2;

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('whosaid')
    .description('News articles in, sourced record out: who said what, according to whom, when, about whom.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerAnalyze(program);
  registerServe(program);
  registerIngest(program);
  registerQuery(program);
  registerExport(program);
  registerWorker(program);
  registerStatus(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : EXIT_FATAL;
      return;
    }
    if (err instanceof InputError) {
      process.stderr.write(`whosaid: ${err.message}\n`);
      process.exitCode = EXIT_FATAL;
      return;
    }
    throw err;
  }
}
