import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';
import { MemoryStore } from './memory-store.ts';
import { composedRecord, xssRecord } from './records.ts';

export type StoreKind = 'sqlite' | 'memory';
/** The server is tested over the real SQLite store and over the small in-memory one (both fulfil Store). */
export const STORE_KINDS: StoreKind[] = ['sqlite', 'memory'];

export async function emptyStore(kind: StoreKind = 'sqlite'): Promise<Store> {
  return kind === 'sqlite' ? openStore(':memory:') : new MemoryStore();
}

/** A store holding the composed article and the XSS article; ids as the store assigned them. */
export async function corpus(kind: StoreKind = 'sqlite'): Promise<{ store: Store; ids: { harbor: string; evil: string } }> {
  const store = await emptyStore(kind);
  const put = await store.putMany([
    { record: composedRecord('harbor-1'), contentHash: 'h1', pipelineVersion: 't' },
    { record: xssRecord('evil-1'), contentHash: 'h2', pipelineVersion: 't' },
  ]);
  return { store, ids: { harbor: put[0]!.articleId, evil: put[1]!.articleId } };
}
