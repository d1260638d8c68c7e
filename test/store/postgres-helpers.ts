import pg from 'pg';

/**
 * PostgreSQL for integration tests: $WHOSAID_TEST_PG (CI starts a throwaway
 * server with scripts/pg-test-server.sh and sets it). Without it the tests skip
 * with this message.
 */
export const PG_URL = process.env.WHOSAID_TEST_PG ?? '';
export const PG_SKIP: string | false = PG_URL ? false : 'WHOSAID_TEST_PG is not set (scripts/pg-test-server.sh start prints a URL for it)';

/** A schema name no other test run uses. */
export function freshSchema(prefix: string): string {
  return `t_${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}

/** The store URL for a schema. */
export function schemaUrl(schema: string): string {
  const u = new URL(PG_URL);
  u.searchParams.set('schema', schema);
  return u.toString();
}

/** Drops test schemas (and everything in them). */
export async function dropSchemas(schemas: string[]): Promise<void> {
  if (!PG_URL || !schemas.length) return;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try { for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`); } finally { await c.end(); }
}
