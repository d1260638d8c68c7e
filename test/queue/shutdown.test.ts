import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enqueue } from '../../src/queue/enqueue.js';
import { queueStatus } from '../../src/queue/status.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { PG_SKIP, schemaUrl } from '../store/postgres-helpers.js';
import { queueFixture, startWorkerProcess } from './helpers.js';

const { schema, dir, procs } = queueFixture('shutdown', 6);

test('queue: SIGTERM lets a worker finish its current job, take no other, and exit 0', { skip: PG_SKIP, timeout: 90_000 }, async () => {
  const url = schemaUrl(schema);
  const q = await enqueue(url, [dir], { settings: { batchArticles: 3 } });
  assert.equal(q.jobs, 2);
  const w = startWorkerProcess(url, [], { WHOSAID_QUEUE_POLL: '0.5', WHOSAID_TEST_ARTICLE_DELAY_MS: '400' });
  procs.push(w);
  await w.waitFor(/started: 3 articles/, 60_000);
  w.child.kill('SIGTERM');
  const end = await w.exited;
  assert.equal(end.code, 0, w.lines.join('\n'));
  assert.ok(w.lines.some((l) => /stopping \(SIGTERM\)/.test(l)));
  const st = await queueStatus(url);
  assert.deepEqual([st.done, st.queued, st.running, st.failed], [1, 1, 0, 0], 'the current job finished, the other still waits');
  const store = await openPostgresStore(url);
  try { assert.equal((await store.count()).articles, 3); } finally { await store.close(); }
});
