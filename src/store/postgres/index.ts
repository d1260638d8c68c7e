import { PostgresStore, type PostgresStoreOptions } from './store.js';

export { PostgresStore } from './store.js';

/**
 * Splits whosaid's own parameters off a postgres:// URL: `schema` (the schema
 * holding whosaid's tables; else $WHOSAID_PG_SCHEMA, else "whosaid") and `pool`
 * (connections per process). The rest goes to pg unchanged (sslmode, etc.).
 */
export function parsePostgresSpec(spec: string): { url: string; schema: string; poolSize?: number } {
  const u = new URL(spec);
  const schema = u.searchParams.get('schema') ?? process.env.WHOSAID_PG_SCHEMA ?? 'whosaid';
  const pool = u.searchParams.get('pool') ?? process.env.WHOSAID_PG_POOL;
  u.searchParams.delete('schema');
  u.searchParams.delete('pool');
  return { url: u.toString(), schema, ...(pool ? { poolSize: Number(pool) } : {}) };
}

/** Opens (and migrates) the PostgreSQL store named by a postgres:// URL. */
export async function openPostgresStore(spec: string, opts: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const parsed = parsePostgresSpec(spec);
  const store = new PostgresStore(parsed.url, { schema: parsed.schema, ...(parsed.poolSize ? { poolSize: parsed.poolSize } : {}), ...opts });
  await store.init();
  return store;
}
