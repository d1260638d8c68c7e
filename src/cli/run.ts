/** Entry point that runs the CLI from source (tests: `node --import tsx src/cli/run.ts ...`); bin/whosaid.js runs the built copy. */
import { main } from './main.js';

main(process.argv).catch((err: unknown) => {
  process.stderr.write(`whosaid: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
