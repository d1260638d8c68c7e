import type { Command } from 'commander';
import { InputError } from '../../ingest/errors.js';

// the server and the store are loaded when `serve` runs, so other commands never pay for them
const DEFAULT_DB = 'whosaid.db';
const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 8787;
const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

interface ServeFlags { db?: string; host?: string; port?: string; token?: string; maxBody?: string }

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the corpus: a web reader (articles, speakers, search, outlets, paste) and a JSON API (/api, described at /api/openapi.json)')
    .option('--db <path|url>', `store: SQLite file or postgres:// URL (default ${DEFAULT_DB})`)
    .option('--host <host>', `address to listen on (default ${DEFAULT_HOST}; a non-loopback address needs --token for write endpoints)`)
    .option('--port <n>', `port (default ${DEFAULT_PORT}; 0 picks a free one)`)
    .option('--token <token>', 'token required by write endpoints when listening beyond loopback (or set WHOSAID_TOKEN)')
    .option('--max-body <bytes>', `request body limit (default ${DEFAULT_MAX_BODY_BYTES})`)
    .action(async (flags: ServeFlags) => {
      const port = flags.port === undefined ? DEFAULT_PORT : Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--port must be 0-65535 (got "${flags.port}")`);
      const maxBody = flags.maxBody === undefined ? DEFAULT_MAX_BODY_BYTES : Number(flags.maxBody);
      if (!Number.isInteger(maxBody) || maxBody < 1) throw new InputError(`--max-body must be a positive number of bytes (got "${flags.maxBody}")`);
      const token = flags.token ?? process.env.WHOSAID_TOKEN ?? undefined;
      const { BindError, startServer } = await import('../../server/index.js');
      const { openStore } = await import('../../store/index.js');
      const store = await openStore(flags.db ?? DEFAULT_DB);
      let server;
      try {
        server = await startServer({ store, host: flags.host ?? DEFAULT_HOST, hostExplicit: flags.host !== undefined, port, token, maxBodyBytes: maxBody });
      } catch (err) {
        await store.close();
        if (err instanceof BindError) throw new InputError(err.message);
        if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new InputError(`port ${port} is in use (choose another with --port)`);
        throw err;
      }
      const c = await store.count();
      process.stderr.write(`whosaid: serving ${c.articles} articles (${c.quotes} quotations) from ${flags.db ?? DEFAULT_DB} at ${server.url}/\n`);
      if (server.warning) process.stderr.write(`whosaid: ${server.warning}\n`);
      const stop = () => { void server.close().then(() => store.close()).then(() => process.exit(0)); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
