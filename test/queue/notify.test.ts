import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enqueue } from '../../src/queue/enqueue.js';
import { PG_SKIP, schemaUrl } from '../store/postgres-helpers.js';
import { queueFixture, startWorkerProcess } from './helpers.js';

const { schema, dir, procs } = queueFixture('notify', 2);

test('queue: an idle worker takes newly queued jobs at once (notified), not at its next poll', { skip: PG_SKIP, timeout: 120_000 }, async () => {
  const url = schemaUrl(schema);
  // a polling period far longer than the wait below: only the notification can wake the worker in time
  const w = startWorkerProcess(url, [], { WHOSAID_QUEUE_POLL: '300' });
  procs.push(w);
  await w.waitFor(/worker ready/, 90_000);
  // the worker's first poll (at start, queue empty) has passed: it now sleeps
  await new Promise((r) => setTimeout(r, 1000));
  const t0 = Date.now();
  const q = await enqueue(url, [dir], { settings: { batchArticles: 2 } });
  assert.equal(q.jobs, 1);
  await w.waitFor(/done in .*2 stored/, 20_000);
  assert.ok(Date.now() - t0 < 20_000);
  w.child.kill('SIGTERM');
  assert.equal((await w.exited).code, 0, w.lines.join('\n'));
});
