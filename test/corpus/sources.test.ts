import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { countItems, dateInName, fileKind, walkSources } from '../../src/ingest/sources.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-sources-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('file kinds by extension, gzip included', () => {
  assert.deepEqual(fileKind('a/b.jsonl.gz'), { kind: 'jsonl', gzip: true });
  assert.deepEqual(fileKind('crawl.WARC.gz'), { kind: 'warc', gzip: true });
  assert.deepEqual(fileKind('x.ndjson'), { kind: 'jsonl', gzip: false });
  assert.deepEqual(fileKind('page.html'), { kind: 'doc', gzip: false });
});

test('a date in a file name', () => {
  assert.equal(dateInName('/x/nyt_2016-03-11_some-title.txt'), '2016-03-11');
  assert.equal(dateInName('report-2016-02-30.txt'), undefined, 'not a real day');
  assert.equal(dateInName('page12345.txt'), undefined);
});

test('walking: folders in name order, hidden entries skipped, JSONL split into lines; counting matches', async () => {
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'b', 'z.txt'), 'text');
  writeFileSync(join(dir, 'a.txt'), 'text');
  writeFileSync(join(dir, '.hidden.txt'), 'text');
  writeFileSync(join(dir, 'c.jsonl'), '{"text":"one"}\n{"text":"two"}\n{"text":"three"}');
  const items = [];
  for await (const it of walkSources([dir])) items.push(it);
  assert.deepEqual(items.map((i) => `${i.kind}:${i.source.slice(dir.length + 1)}`), ['file:a.txt', 'file:b/z.txt', 'line:c.jsonl:1', 'line:c.jsonl:2', 'line:c.jsonl:3']);
  assert.equal(await countItems([dir]), 5);
});
