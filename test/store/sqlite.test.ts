import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openStore } from '../../src/store/index.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { storeContract } from './contract.js';
import { makeRecord } from './records.js';
import { contentHash } from '../../src/corpus/hash.js';

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

test('sqlite: a database from before the cue class column gains it; its quotations have none, new ones do', async () => {
  const path = join(dir, 'pre-cue-class.db');
  const rec = (id: string, quote: string) => makeRecord({ id, text: `The mayor said "${quote}" on Monday.`, quotes: [{ content: quote, speaker: 'the mayor', cue: 'said', cueClass: 'speech' }] });
  const putOne = (s: Awaited<ReturnType<typeof openStore>>, r: ReturnType<typeof rec>) => s.putMany([{ record: r, contentHash: contentHash({ id: r.id!, text: r.text }), pipelineVersion: 'v' }]);
  const s = await openStore(path);
  await putOne(s, rec('old', 'the ferry runs again'));
  await s.close();
  // as a database written before the column: the migrations before it, its quotations without a class
  const raw = new Database(path);
  try {
    raw.exec('ALTER TABLE quotes DROP COLUMN cue_class');
    raw.pragma(`user_version = ${MIGRATIONS.length - 1}`);
  } finally { raw.close(); }
  const up = (await openStore(path)) as SqliteStore;
  try {
    assert.equal(up.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
    assert.deepEqual((await up.quotes({})).map((q) => [q.content, q.cueClass]), [['the ferry runs again', null]]);
    assert.equal((await up.quotes({ cueClass: 'speech' })).length, 0);
    await putOne(up, rec('new', 'the bridge opens in May'));
    assert.deepEqual((await up.quotes({ cueClass: 'speech' })).map((q) => q.content), ['the bridge opens in May']);
  } finally { await up.close(); }
});
