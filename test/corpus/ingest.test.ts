import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { ingest, type IngestStats } from '../../src/corpus/ingest.js';
import { openStore } from '../../src/store/index.js';
import type { CorpusStore } from '../../src/store/types.js';
import { articleText, html, truncatedGzip, warcRecord, warcRequest } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const inputs = join(dir, 'in');
let store: CorpusStore;
let first: IngestStats;
const errors: Array<{ source: string; reason: string }> = [];

/** Good articles the inputs hold; everything else is a malformed case that must be reported. */
const GOOD = 4 /* txt */ + 1 /* html */ + 1 /* txt.gz */ + 3 /* jsonl */ + 2 /* jsonl.gz before the cut */ + 3 /* warc */ + 1 /* warc.gz */;

before(async () => {
  mkdirSync(join(inputs, 'nested', 'deeper'), { recursive: true });
  mkdirSync(join(inputs, 'empty')); // an empty folder inside the tree is passed over quietly
  mkdirSync(join(dir, 'empty-top'));
  for (let i = 0; i < 3; i++) writeFileSync(join(inputs, `a${i}.txt`), articleText(i));
  writeFileSync(join(inputs, 'nested', 'deeper', 'a3.txt'), articleText(3));
  writeFileSync(join(inputs, 'nested', 'page.html'), html('Tram line review', articleText(4)));
  writeFileSync(join(inputs, 'nested', 'a5.txt.gz'), gzipSync(articleText(5)));
  writeFileSync(join(inputs, 'copy-of-a0.txt'), articleText(0)); // same content: stored once
  // malformed
  writeFileSync(join(inputs, 'cut.txt.gz'), truncatedGzip(articleText(6)));
  const bad = Buffer.from(articleText(7)); bad[20] = 0xff;
  writeFileSync(join(inputs, 'latin.txt'), bad);
  writeFileSync(join(inputs, 'zero.txt'), '');
  const lines = [8, 9, 10].map((i) => JSON.stringify({ id: `j${i}`, text: articleText(i), date: '2021-02-0' + (i - 7) }));
  writeFileSync(join(inputs, 'batch.jsonl'), [lines[0], '{"id": "broken", "text": ', lines[1], '', lines[2]].join('\n') + '\n');
  const gzLine = (i: number) => JSON.stringify({ id: `g${i}`, text: articleText(i) }) + '\n';
  // two whole gzip members, then a third cut short: the first two lines are readable
  writeFileSync(join(inputs, 'cut.jsonl.gz'), Buffer.concat([gzipSync(gzLine(11) + gzLine(12)), truncatedGzip(gzLine(13))]));
  // WARC: a request (passed over), two pages, a broken record, a page after it
  writeFileSync(join(inputs, 'crawl.warc'), Buffer.concat([
    warcRequest('https://news.example/r'),
    warcRecord('https://news.example/14', html('Fourteen', articleText(14))),
    warcRecord('https://news.example/15', html('Fifteen', articleText(15))),
    Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12z\r\n\r\nnot a record\r\n\r\n'),
    warcRecord('https://news.example/16', html('Sixteen', articleText(16))),
  ]));
  const gzWarc = Buffer.concat([gzipSync(warcRecord('https://news.example/17', html('Seventeen', articleText(17)))), gzipSync(warcRecord('https://news.example/18', html('Eighteen', articleText(18))))]);
  writeFileSync(join(inputs, 'crawl2.warc.gz'), gzWarc.subarray(0, gzWarc.length - 200));
  // 50 MB of text in one file
  const big = Buffer.alloc(50 * 1024 * 1024, 'The council met again. ');
  writeFileSync(join(inputs, 'huge.txt'), big);

  store = await openStore(join(dir, 'c.db'));
  // recycleAfter: workers are replaced mid-run (as on long runs), which must lose nothing
  first = await ingest(store, [inputs, join(dir, 'empty-top'), join(dir, 'no-such-dir')], { workers: 2, recycleAfter: 6, pipelineVersion: 'test', onError: (e) => errors.push(e) });
});
after(async () => { await store?.close(); });

const reasonFor = (re: RegExp) => errors.filter((e) => re.test(e.source)).map((e) => e.reason).join(' | ');

test('ingest stores every good article of files, folders, gzip, JSONL and WARC exactly once', async () => {
  const c = await store.count();
  assert.equal(first.stored, GOOD);
  assert.equal(c.articles, GOOD);
  assert.equal(first.duplicates, 1, 'the copy of a0.txt');
  const ids = new Set<string>();
  for await (const a of store.articles()) ids.add(a.record.text.slice(0, 60) + a.record.id);
  assert.equal(ids.size, GOOD);
  const jsonl = await store.getRecord('j9');
  assert.equal(jsonl?.referenceDate, '2021-02-02');
  const page = (await store.listArticles({ q: 'Sixteen' }))[0];
  assert.equal(page?.url, 'https://news.example/16', 'the WARC page after the broken record is kept');
});

test('each malformed input gives a clear error and the summary counts them', async () => {
  assert.match(reasonFor(/cut\.txt\.gz$/), /truncated or corrupt gzip/);
  assert.match(reasonFor(/latin\.txt$/), /not valid UTF-8 \(first bad byte at offset 20\)/);
  assert.match(reasonFor(/zero\.txt$/), /empty file/);
  assert.match(reasonFor(/batch\.jsonl:2$/), /malformed JSON/);
  assert.match(reasonFor(/cut\.jsonl\.gz$/), /truncated or corrupt gzip.*stopped after line 2/);
  assert.match(reasonFor(/crawl\.warc@\d+$/), /broken WARC record at byte \d+ \(invalid Content-Length "12z"\)/);
  assert.match(reasonFor(/crawl2\.warc\.gz$/), /truncated or corrupt gzip data after 1 complete records/);
  assert.match(reasonFor(/huge\.txt$/), /too large for one article \(50\.0 MB/);
  assert.match(reasonFor(/empty-top$/), /empty directory/);
  assert.match(reasonFor(/no-such-dir$/), /no such file or directory/);
  assert.equal(first.errors, 10);
  assert.equal(errors.length, 10);
  assert.equal((await store.count()).errors, 10);
});

test('a second run skips what is stored and stores nothing twice', async () => {
  const again = await ingest(store, [inputs], { workers: 0, pipelineVersion: 'test' });
  assert.equal(again.stored, 0);
  assert.equal(again.skipped, GOOD + 1, 'the copy of a0.txt is skipped too');
  assert.equal((await store.count()).articles, GOOD);
});

test('a new pipeline version re-analyses and replaces', async () => {
  const s = await openStore(join(dir, 'v.db'));
  try {
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    for (let i = 0; i < 3; i++) writeFileSync(join(sub, `s${i}.txt`), articleText(100 + i));
    await ingest(s, [sub], { workers: 0, pipelineVersion: 'v1' });
    const r = await ingest(s, [sub], { workers: 0, pipelineVersion: 'v2' });
    assert.equal(r.stored, 3);
    assert.equal((await s.count()).articles, 3);
  } finally { await s.close(); }
});
