import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { REPO_ROOT } from '../../eval/data.js';
import { articleText } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-resume-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Enough articles that the first run is still busy after its first committed batch. */
const FILES = 300, LINES = 150;
const CLI = [join(REPO_ROOT, 'src', 'cli', 'run.ts')];

function countArticles(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try { return d.prepare('SELECT count(*) FROM articles').pluck().get() as number; } finally { d.close(); }
  } catch { return 0; } // not created yet
}

test('ingest killed with SIGKILL mid-run, then re-run, stores every article exactly once', { timeout: 240_000 }, async () => {
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  for (let i = 0; i < FILES; i++) writeFileSync(join(inputs, `f${String(i).padStart(4, '0')}.txt`), articleText(i));
  writeFileSync(join(inputs, 'more.jsonl'), Array.from({ length: LINES }, (_, k) => JSON.stringify({ id: `line-${k}`, text: articleText(FILES + k) })).join('\n') + '\n');
  const db = join(dir, 'corpus.db');
  const args = ['--import', 'tsx', ...CLI, 'ingest', inputs, '--db', db, '--workers', '1'];

  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: 'ignore' });
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  let killedAt = -1;
  for (;;) {
    await new Promise((r) => setTimeout(r, 50));
    if (child.exitCode !== null) break;
    const n = countArticles(db);
    if (n > 0) { child.kill('SIGKILL'); killedAt = n; break; }
  }
  await exited;
  assert.ok(killedAt > 0, 'the first run was killed after committing a batch');
  const afterKill = countArticles(db);
  assert.ok(afterKill < FILES + LINES, `the first run was cut short (${afterKill} of ${FILES + LINES} stored)`);

  const second = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stderr, new RegExp(`skipped ${afterKill} already stored`));

  const d = new Database(db, { readonly: true });
  try {
    const total = d.prepare('SELECT count(*) FROM articles').pluck().get();
    const distinct = d.prepare('SELECT count(DISTINCT content_hash) FROM articles').pluck().get();
    const sources = d.prepare('SELECT count(DISTINCT source) FROM articles').pluck().get();
    assert.equal(total, FILES + LINES);
    assert.equal(distinct, FILES + LINES);
    assert.equal(sources, FILES + LINES, 'every input, by where it was read, is there once');
    assert.equal(d.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'residents'").pluck().get(), FILES + LINES, 'the full-text index matches the table');
  } finally { d.close(); }
});
