import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { INGEST_QUEUE, openBoss, queueSettings } from '../../src/queue/boss.js';
import { enqueue } from '../../src/queue/enqueue.js';
import { queueStatus } from '../../src/queue/status.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { PG_SKIP, schemaUrl } from '../store/postgres-helpers.js';
import { queueFixture, startWorkerProcess } from './helpers.js';

const ARTICLES = 36;
const BATCH = 3;
// a killed worker's job comes back after EXPIRE_S (checked every second), then once more it may fail: 1 retry
const settings = { batchArticles: BATCH, retryLimit: 1, retryDelay: 0, expireInSeconds: 8 };
const workerEnv = { WHOSAID_QUEUE_MAINTENANCE: '1', WHOSAID_QUEUE_POLL: '0.5', WHOSAID_TEST_ARTICLE_DELAY_MS: '400' };

const { schema, dir, procs } = queueFixture('workers', ARTICLES);

test('queue: two workers share the queue, one is SIGKILLed mid-job; every article is stored exactly once, the poison job is dead-lettered', { skip: PG_SKIP, timeout: 90_000 }, async () => {
  const url = schemaUrl(schema);
  writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x41, 0xff, 0xfe, 0x42]));
  const q = await enqueue(url, [dir], { settings });
  assert.deepEqual([q.jobs, q.articles, q.errors], [ARTICLES / BATCH, ARTICLES, 1], 'unreadable input recorded as an error at enqueue');
  const again = await enqueue(url, [dir], { settings });
  assert.equal(again.articles, ARTICLES, 'nothing stored yet, so everything is offered again');
  // ... but the jobs have the same ids, so the queue holds them once
  const boss = await openBoss(url, queueSettings(settings), { supervise: false });
  await boss.send(INGEST_QUEUE, { v: 1, articles: [] }, { retryLimit: 1, retryDelay: 0 });
  await boss.stop({ graceful: false });
  let st = await queueStatus(url);
  assert.equal(st.queued, ARTICLES / BATCH + 1);
  assert.equal(st.queuedArticles, ARTICLES);

  const a = startWorkerProcess(url, ['--exit-when-idle'], workerEnv);
  const b = startWorkerProcess(url, ['--exit-when-idle'], workerEnv);
  procs.push(a, b);
  await Promise.all([a.waitFor(/worker ready/, 60_000), b.waitFor(/worker ready/, 60_000)]);
  // kill whichever starts a job next, mid-job (each article takes at least the test delay)
  const victim = await Promise.race([a, b].map((w) => w.waitFor(/started: 3 articles/, 30_000, { newOnly: true }).then(() => w)));
  victim.child.kill('SIGKILL');
  const survivor = victim === a ? b : a;
  assert.equal((await victim.exited).signal, 'SIGKILL');
  const end = await survivor.exited;
  assert.equal(end.code, 0, survivor.lines.join('\n'));

  const store = await openPostgresStore(url);
  try {
    const rows = (await store.pool.query('SELECT count(*) AS n, count(DISTINCT content_hash) AS d FROM articles')).rows[0] as { n: number; d: number };
    assert.equal(rows.n, ARTICLES, 'every article stored');
    assert.equal(rows.d, ARTICLES, 'none twice');
    const c = await store.count();
    assert.equal(c.errors, 1);
    assert.ok(c.quotes >= ARTICLES, `${c.quotes} quotes`);
  } finally { await store.close(); }
  st = await queueStatus(url);
  assert.equal(st.queued, 0);
  assert.equal(st.running, 0);
  assert.equal(st.done, ARTICLES / BATCH, 'every batch done, the killed one after its retry');
  assert.equal(st.failed, 1, 'only the poison job failed');
  assert.equal(st.deadLettered, 1);
  assert.match(st.lastError ?? '', /invalid ingest job: articles/);
});
