import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { formatRows, runQuery } from '../../src/cli/commands/query.js';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';
import { articleText } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-corpus-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'c.db');
let ingestRun: ReturnType<typeof runCli>;

before(() => {
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'news.jsonl'), [0, 1, 2, 3].map((i) => JSON.stringify({ id: `n${i}`, text: articleText(i), url: `https://paper${i % 2}.example/${i}`, date: `2021-0${i + 1}-15` })).join('\n') + '\n');
  writeFileSync(join(inputs, 'bad.txt'), Buffer.from([0x41, 0xc3, 0x28, 0x0a]));
  ingestRun = runCli(['ingest', inputs, '--db', db, '--workers', '0']);
});

test('whosaid ingest stores, reports errors and exits 1 when some inputs failed', () => {
  assert.equal(ingestRun.status, 1, ingestRun.stderr);
  assert.match(ingestRun.stderr, /bad\.txt: not valid UTF-8/);
  assert.match(ingestRun.stderr, /ingested 4 articles .*errors 1/);
  assert.match(ingestRun.stderr, /store .*c\.db: 4 articles, \d+ stories, \d+ quotes, 1 errors/);
});

test('whosaid query: formats and kinds', async () => {
  const csv = runCli(['query', 'anonymous', '--by', 'month', '--db', db, '--format', 'csv']);
  assert.equal(csv.status, 0, csv.stderr);
  assert.equal(csv.stdout.split('\r\n')[0], 'key,articles,stories,quotes,anonymous,share');
  assert.match(csv.stdout, /^2021-01,1,1,/m);
  // the other kinds and formats through the same functions the command calls (a CLI start-up each is slow)
  const store = await openStore(db);
  try {
    const stats = await runQuery(store, 'stats', '', {});
    assert.equal(JSON.parse(formatRows(stats, 'json'))[0].articles, 4);
    const table = formatRows(await runQuery(store, 'errors', '', {}), 'table');
    assert.match(table, /^source\s+reason\s+contentHash/m);
    assert.match(table, /bad\.txt\s+not valid UTF-8/);
    const search = await runQuery(store, 'search', 'residents', {});
    assert.ok(search.length > 0);
    for (const row of search) assert.match(String(row.content), /residents/i);
    const prov = await runQuery(store, 'provenance', 'We owe the residents of Lindhaven a clear answer', {});
    assert.ok(prov.length >= 1);
    assert.equal(prov[0]!.rank, 'earliest');
    await assert.rejects(runQuery(store, 'speaker', '', {}), /needs an argument/);
  } finally { await store.close(); }
});

test('whosaid query --cue-class: the quotation queries keep the quotations whose cue reports that class', async () => {
  const key = (article: unknown, quote: unknown) => `${String(article)}/${String(quote)}`;
  const keys = (rows: Array<Record<string, unknown>>) => rows.map((r) => key(r.article, r.quote));
  const store = await openStore(db);
  let speech: string[], speaker: string;
  try {
    // the class of each stored quotation, as the pipeline set it at ingest
    const stored = await store.quotes({ limit: 1000 });
    const ofClass = (c: string) => stored.filter((q) => q.cueClass === c).map((q) => key(q.articleId, q.quoteId));
    speech = ofClass('speech');
    assert.ok(speech.length > 0, 'the ingested articles have quotations cued by "said" or "told"');
    for (const c of ['speech', 'belief', 'evidence', 'other'] as const) {
      assert.deepEqual(keys(await runQuery(store, 'quotes', '', { cueClass: c, limit: 1000 })), ofClass(c), c);
    }
    speaker = stored.find((q) => q.cueClass === 'speech')!.speaker;
    assert.deepEqual(keys(await runQuery(store, 'speaker', speaker, { cueClass: 'speech', limit: 1000 })),
      keys(await runQuery(store, 'speaker', speaker, { limit: 1000 })).filter((k) => speech.includes(k)));
    assert.deepEqual(keys(await runQuery(store, 'search', 'residents', { cueClass: 'speech', limit: 1000 })),
      keys(await runQuery(store, 'search', 'residents', { limit: 1000 })).filter((k) => speech.includes(k)));
    await assert.rejects(runQuery(store, 'quotes', '', { cueClass: 'Speech' }), /--cue-class must be one of speech, belief, evidence, other \(got "Speech"\)/);
    await assert.rejects(runQuery(store, 'timeline', 'Lindhaven', { cueClass: 'speech' }), /--cue-class applies to the quotation queries/);
  } finally { await store.close(); }
  // the flag through the command itself
  const r = runCli(['query', 'speaker', speaker, '--cue-class', 'speech', '--db', db, '--format', 'json', '--limit', '1000']);
  assert.equal(r.status, 0, r.stderr);
  const rows = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
  assert.ok(rows.length > 0);
  for (const k of keys(rows)) assert.ok(speech.includes(k), k);
  const bad = runCli(['query', 'quotes', '--cue-class', 'bogus', '--db', db]);
  assert.equal(bad.status, 2, bad.stderr);
  assert.match(bad.stderr, /--cue-class must be one of speech, belief, evidence, other \(got "bogus"\)/);
});

test('whosaid query and export give clear usage errors', () => {
  const unknown = runCli(['query', 'colours', '--db', join(dir, 'none.db')]);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown query kind "colours"/);
});

test('whosaid export writes brat files', () => {
  const out = join(dir, 'brat');
  const brat = runCli(['export', '--format', 'brat', '--db', db, '--out', out]);
  assert.equal(brat.status, 0, brat.stderr);
  assert.equal(readdirSync(out).length, 8);
  assert.match(brat.stderr, /exported 4 articles/);
});

test('whosaid ingest: the summary counts the articles in other languages (quotations only)', () => {
  const inputs = join(dir, 'lang');
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'de.txt'), 'Der Bürgermeister sagte am Dienstag, die Brücke werde im Frühjahr wieder geöffnet. Anwohner klagen seit Monaten über lange Umwege, volle Busse und den Lärm der Baustelle, die nachts nicht ruht. „Wir haben keine Zeit mehr zu verlieren“, hieß es aus dem Rathaus.');
  writeFileSync(join(inputs, 'en.txt'), articleText(0));
  const langDb = join(dir, 'lang.db');
  const r = runCli(['ingest', inputs, '--db', langDb, '--workers', '0']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /ingested 2 articles/);
  assert.match(r.stderr, /^1 in other languages than English \(de 1\): quotations only, with no speakers$/m);
  const de = runCli(['query', 'quotes', '--language', 'de', '--db', langDb, '--format', 'json']);
  assert.equal(de.status, 0, de.stderr);
  assert.deepEqual(JSON.parse(de.stdout).map((q: { content: string }) => q.content), ['Wir haben keine Zeit mehr zu verlieren']);
  assert.match(runCli(['query', 'quotes', '--language', 'German', '--db', langDb]).stderr, /--language must be a two- or three-letter code/);
  assert.match(runCli(['query', 'outlets', '--language', 'de', '--db', langDb]).stderr, /--language applies to the quotation queries/);
});
