import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jobId, parseJob } from '../../src/queue/job.js';
import { queueSettings } from '../../src/queue/boss.js';
import { parsePostgresSpec } from '../../src/store/postgres/index.js';

test('queue: job data is validated, malformed jobs fail with a reason', () => {
  const ok = { v: 1, articles: [{ source: 'a.txt', hash: 'h1', input: { text: 'Words.' } }] };
  assert.deepEqual(parseJob(ok), ok);
  assert.throws(() => parseJob({ v: 1, articles: [] }), /invalid ingest job: articles/);
  assert.throws(() => parseJob({ v: 1, articles: [{ source: 'a', hash: 'h', input: {} }] }), /needs text or html/);
  assert.throws(() => parseJob(null), /invalid ingest job/);
});

test('queue: job ids are UUIDs fixed by the batch content', () => {
  const j = { v: 1 as const, articles: [{ source: 'a', hash: 'h1', input: { text: 'x' } }, { source: 'b', hash: 'h2', input: { text: 'y' } }] };
  const id = jobId(j);
  assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(jobId({ ...j, articles: [...j.articles] }), id);
  assert.notEqual(jobId({ ...j, articles: j.articles.slice(0, 1) }), id);
  assert.notEqual(jobId({ ...j, date: '2024-01-01' }), id);
});

test('queue: settings from the environment, checked', () => {
  const saved = process.env.WHOSAID_QUEUE_RETRIES;
  try {
    process.env.WHOSAID_QUEUE_RETRIES = '5';
    assert.equal(queueSettings().retryLimit, 5);
    assert.equal(queueSettings({ retryLimit: 1 }).retryLimit, 1);
    process.env.WHOSAID_QUEUE_RETRIES = 'many';
    assert.throws(() => queueSettings(), /WHOSAID_QUEUE_RETRIES must be a number/);
  } finally {
    if (saved === undefined) delete process.env.WHOSAID_QUEUE_RETRIES; else process.env.WHOSAID_QUEUE_RETRIES = saved;
  }
});

test('postgres spec: whosaid parameters split off the URL', () => {
  const p = parsePostgresSpec('postgres://u@h:5/db?schema=corpus_a&pool=7&sslmode=require');
  assert.equal(p.schema, 'corpus_a');
  assert.equal(p.poolSize, 7);
  assert.equal(p.url, 'postgres://u@h:5/db?sslmode=require');
});

test('cli: worker, status and ingest --queue need a PostgreSQL database', async () => {
  const { main } = await import('../../src/cli/main.js');
  const write = process.stderr.write.bind(process.stderr);
  const said: string[] = [];
  process.stderr.write = ((s: string) => { said.push(String(s)); return true; }) as typeof process.stderr.write;
  try {
    for (const argv of [['worker', '--db', 'corpus.db'], ['status', '--db', 'corpus.db'], ['ingest', 'nothing-here', '--db', 'corpus.db', '--queue']]) {
      process.exitCode = 0;
      await main(['node', 'whosaid', ...argv]);
      assert.equal(process.exitCode, 2, argv.join(' '));
    }
  } finally {
    process.stderr.write = write;
    process.exitCode = 0;
  }
  assert.equal(said.filter((s) => /PostgreSQL database/.test(s)).length, 3, said.join(''));
});
