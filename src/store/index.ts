import type { CorpusStore } from './types.js';
import { SqliteStore } from './sqlite/store.js';

export type { CorpusStore, Store } from './types.js';
export { SqliteStore } from './sqlite/store.js';

/** Default database file, in the working folder. */
export const DEFAULT_DB = 'whosaid.db';

/**
 * Opens (and migrates) a store: 'postgres://...' or 'postgresql://...' ->
 * PostgreSQL (loaded only then, so SQLite users never load pg), anything else is
 * a SQLite file path.
 */
export async function openStore(spec: string = DEFAULT_DB, opts: { readonly?: boolean } = {}): Promise<CorpusStore> {
  let store: CorpusStore;
  if (/^postgres(ql)?:\/\//i.test(spec)) {
    // the PostgreSQL store lives in ./postgres (another module); its entry exports openPostgresStore
    const mod = (await import('./postgres/index.js' as string)) as { openPostgresStore: (url: string) => Promise<CorpusStore> };
    store = await mod.openPostgresStore(spec);
    return store;
  }
  store = new SqliteStore(spec, opts);
  await store.init();
  return store;
}
