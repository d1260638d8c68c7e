import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openStore } from '../../src/store/index.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract('sqlite', () => openStore(join(dir, `s${n++}.db`)));

test('sqlite: WAL journal, migrations recorded, reopening migrates nothing twice', async () => {
  const path = join(dir, 'wal.db');
  const s = (await openStore(path)) as SqliteStore;
  assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(s.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  await s.close();
  const again = (await openStore(path)) as SqliteStore;
  assert.equal(again.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  const tables = again.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  for (const t of ['articles', 'quotes', 'speakers', 'entities', 'mentions', 'times', 'boilerplate', 'errors', 'articles_fts', 'quotes_fts']) assert.ok(tables.includes(t), t);
  await again.close();
});

test('sqlite: a database from a newer whosaid is refused', async () => {
  const path = join(dir, 'newer.db');
  const s = (await openStore(path)) as SqliteStore;
  s.db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
  await s.close();
  await assert.rejects(openStore(path), /newer than this whosaid/);
});
