import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/postgres/migrations.js';
import type { PostgresStore } from '../../src/store/postgres/store.js';
import { storeContract } from './contract.js';
import { dropSchemas, freshSchema, PG_SKIP, PG_URL, schemaUrl } from './postgres-helpers.js';

const schemas: string[] = [];
const fresh = (prefix: string) => { const s = freshSchema(prefix); schemas.push(s); return s; };
after(() => dropSchemas(schemas));

// the same behaviour suite as SQLite, each store in a schema of its own
storeContract('postgres', () => openStore(schemaUrl(fresh('contract'))), { skip: PG_SKIP });

test('postgres: migrations recorded once, full-text and trigram indexes in place, reopening migrates nothing', { skip: PG_SKIP }, async () => {
  const url = schemaUrl(fresh('mig'));
  const [a, b] = await Promise.all([openStore(url), openStore(url)]) as PostgresStore[];
  const rows = async (sql: string) => (await a!.pool.query(sql)).rows as Array<Record<string, unknown>>;
  assert.deepEqual(await rows('SELECT version FROM whosaid_schema'), [{ version: MIGRATIONS.length }], 'two stores opening at once migrate once');
  const idx = (await rows(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = '${a!.schema}'`)).map((r) => `${r.indexname as string} ${r.indexdef as string}`);
  assert.ok(idx.some((d) => /^articles_fts .*USING gin \(fts\)/.test(d)), 'GIN index on the articles tsvector');
  assert.ok(idx.some((d) => /^quotes_fts .*USING gin \(fts\)/.test(d)), 'GIN index on the quotes tsvector');
  assert.ok(idx.some((d) => /^quotes_trgm .*gin_trgm_ops/.test(d)), 'trigram index on quotes');
  await Promise.all([a!.close(), b!.close()]);
});

test('postgres: a database from a newer whosaid is refused', { skip: PG_SKIP }, async () => {
  const schema = fresh('newer');
  const s = await openStore(schemaUrl(schema));
  await s.close();
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`UPDATE "${schema}".whosaid_schema SET version = ${MIGRATIONS.length + 1}`);
  await c.end();
  await assert.rejects(openStore(schemaUrl(schema)), /newer than this whosaid/);
});

test('postgres: a database from before the cue class column gains it; its quotations have none, new ones do', { skip: PG_SKIP }, async () => {
  const { makeRecord } = await import('./records.js');
  const { contentHash } = await import('../../src/corpus/hash.js');
  const schema = fresh('cueclass');
  const rec = (id: string, quote: string) => makeRecord({ id, text: `The mayor said "${quote}" on Monday.`, quotes: [{ content: quote, speaker: 'the mayor', cue: 'said', cueClass: 'speech' }] });
  const putOne = (s: Awaited<ReturnType<typeof openStore>>, r: ReturnType<typeof rec>) => s.putMany([{ record: r, contentHash: contentHash({ id: r.id!, text: r.text }), pipelineVersion: 'v' }]);
  const s = await openStore(schemaUrl(schema));
  await putOne(s, rec('old', 'the ferry runs again'));
  await s.close();
  // as a database written before the column: the migrations before it, its quotations without a class
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(`ALTER TABLE "${schema}".quotes DROP COLUMN cue_class`);
    await c.query(`UPDATE "${schema}".whosaid_schema SET version = ${MIGRATIONS.length - 1}`);
  } finally { await c.end(); }
  const up = (await openStore(schemaUrl(schema))) as PostgresStore;
  try {
    assert.deepEqual((await up.pool.query('SELECT version FROM whosaid_schema')).rows, [{ version: MIGRATIONS.length }]);
    assert.deepEqual((await up.quotes({})).map((q) => [q.content, q.cueClass]), [['the ferry runs again', null]]);
    assert.equal((await up.quotes({ cueClass: 'speech' })).length, 0);
    await putOne(up, rec('new', 'the bridge opens in May'));
    assert.deepEqual((await up.quotes({ cueClass: 'speech' })).map((q) => q.content), ['the bridge opens in May']);
  } finally { await up.close(); }
});

test('postgres: accents and case fold in search, as in SQLite', { skip: PG_SKIP }, async () => {
  const { makeRecord } = await import('./records.js');
  const { contentHash } = await import('../../src/corpus/hash.js');
  const s = await openStore(schemaUrl(fresh('accent')));
  try {
    const r = makeRecord({ id: 'acc', text: 'The mayor of Brindle said: "The café stays open all winter." Nobody objected.', quotes: [{ content: 'The café stays open all winter.', speaker: 'Ana Müller' }] });
    await s.putMany([{ record: r, contentHash: contentHash({ id: 'acc', text: r.text }), pipelineVersion: 'v' }]);
    assert.equal((await s.quotes({ q: 'CAFE' })).length, 1);
    assert.equal((await s.quotes({ speaker: 'Ana Müller' })).length, 1);
    assert.equal((await s.listArticles({ q: 'Café winter' })).length, 1);
  } finally { await s.close(); }
});

test('postgres: concurrent writers of overlapping batches store each article once', { skip: PG_SKIP }, async () => {
  const { sampleCorpus } = await import('./records.js');
  const { contentHash } = await import('../../src/corpus/hash.js');
  const url = schemaUrl(fresh('conc'));
  const [a, b] = await Promise.all([openStore(url), openStore(url)]);
  try {
    const items = sampleCorpus().map((record) => ({ record, contentHash: contentHash({ id: record.id ?? undefined, text: record.text }), pipelineVersion: 'v' }));
    const [ra, rb] = await Promise.all([a!.putMany(items), b!.putMany([...items].reverse())]);
    const stored = [...ra, ...rb].filter((r) => !r.skipped).length;
    assert.equal(stored, items.length, 'each article written by exactly one writer');
    const c = await a!.count();
    assert.equal(c.articles, items.length);
    const dup = await (a as PostgresStore).pool.query('SELECT name, kind FROM speakers GROUP BY name, kind HAVING count(*) > 1');
    assert.equal(dup.rowCount, 0);
    assert.equal((await a!.quotes({ speaker: 'Korsgaard' })).length, 2);
  } finally { await Promise.all([a!.close(), b!.close()]); }
});

test('postgres: a batch is stored as if its articles were written one by one (stories, sourcing, order)', { skip: PG_SKIP }, async () => {
  const { makeRecord, sampleCorpus } = await import('./records.js');
  const { contentHash } = await import('../../src/corpus/hash.js');
  // two wire copies of one story in the same outlet and month (the second must join the first's story and not
  // count as a new story there), a third copy elsewhere, an unrelated article, and a repeat inside the batch
  const body = 'The harbour board voted on Thursday to close the old ferry pier for repairs through the summer, after divers found cracked pilings and rusted bolts beneath the waiting hall used by commuters and school groups.';
  const copies = [
    makeRecord({ id: 'cp-1', url: 'https://daily.example/p1', published: '2021-07-01', text: `${body} Repairs start in June. An engineer said "the pier is unsafe" in private.`, quotes: [{ content: 'the pier is unsafe', speaker: 'an engineer', kind: 'anonymous' }] }),
    makeRecord({ id: 'cp-2', url: 'https://daily.example/p2', published: '2021-07-03', text: `BRINDLE (Wire) - ${body} Repairs start in June, the board said.` }),
    makeRecord({ id: 'cp-3', url: 'https://weekly.example/p3', published: '2021-07-04', text: `${body} Repairs begin in June.` }),
  ];
  const records = [...sampleCorpus(), ...copies];
  const items = [...records, records[3]!].map((record) => ({ record, contentHash: contentHash({ id: record.id ?? undefined, text: record.text }), pipelineVersion: 'v' }));
  const [batch, single] = await Promise.all([openStore(schemaUrl(fresh('batch'))), openStore(schemaUrl(fresh('single')))]);
  try {
    const res = await batch!.putMany(items);
    assert.deepEqual(res.map((r) => r.skipped), [false, false, false, false, false, false, true], 'the repeat in the batch is skipped');
    for (const it of items) await single!.putMany([it]);
    const view = async (s: typeof batch) => ({
      articles: (await s!.listArticles({ limit: 20 })).map((a) => [a.id, a.storyId]),
      outlets: await s!.anonymousShare('outlet'),
      months: await s!.anonymousShare('month'),
      stories: await s!.stories(),
      count: await s!.count(),
      quotes: (await s!.quotes({ limit: 20 })).map((q) => [q.articleId, q.quoteId, q.speaker]),
    });
    const b = await view(batch), s = await view(single);
    assert.deepEqual(b, s);
    const story = new Map(b.articles.map(([id, st]) => [id, st]));
    assert.equal(story.get(b.articles[4]![0]!), story.get(b.articles[3]![0]!), 'the wire copy joins the story written before it in the same batch');
    const daily = b.outlets.find((r) => r.key === 'daily.example')!;
    assert.deepEqual([daily.articles, daily.stories], [4, 3], 'a story counts once per outlet and month');
  } finally { await Promise.all([batch!.close(), single!.close()]); }
});
