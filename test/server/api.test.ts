import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { bindPolicy, BindError, isLoopback, startServer } from '../../src/server/index.ts';
import { corpus, emptyStore, STORE_KINDS } from './fixture.ts';

async function json(res: Response): Promise<any> {
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  return res.json();
}

for (const kind of STORE_KINDS) {
  test(`${kind}: GET /api/articles lists, pages and validates`, async () => {
    const { store, ids } = await corpus(kind);
    const app = createApp({ store });
    const ok = await json(await app.request('/api/articles?limit=1'));
    assert.equal(ok.total, 2);
    assert.equal(ok.articles.length, 1);
    assert.equal(ok.articles[0].id, ids.harbor);
    const filtered = await json(await app.request('/api/articles?q=bridge'));
    assert.deepEqual(filtered.articles.map((a: any) => a.id), [ids.harbor]);
    for (const bad of ['limit=0', 'limit=abc', 'limit=100000', 'offset=-1']) {
      const res = await app.request(`/api/articles?${bad}`);
      assert.equal(res.status, 400, bad);
      const body = await json(res);
      assert.equal(body.error.status, 400);
      assert.ok(body.error.issues.length >= 1);
    }
  });

  test(`${kind}: GET /api/articles/:id returns the record; unknown ids and traversal attempts are 404 JSON`, async () => {
    const { store, ids } = await corpus(kind);
    const app = createApp({ store });
    const rec = await json(await app.request(`/api/articles/${ids.harbor}`));
    assert.equal(rec.id, 'harbor-1'); // the record's own id, as given
    assert.equal(rec.quotes.length, 8);
    for (const path of ['/api/articles/nope', '/api/articles/..%2F..%2Fetc%2Fpasswd', '/api/articles/%2E%2E', '/api/articles/..%5Cpackage.json']) {
      const res = await app.request(path);
      assert.equal(res.status, 404, path);
      const body = await json(res);
      assert.doesNotMatch(JSON.stringify(body), /root:|"name": ?"whosaid"/);
    }
    const ctl = await app.request('/api/articles/a%00b');
    assert.equal(ctl.status, 400);
    // the page route too: no file is ever read through an id
    const page = await app.request('/articles/..%2F..%2Fetc%2Fpasswd');
    assert.equal(page.status, 404);
    assert.doesNotMatch(await page.text(), /root:x:0/);
  });

  test(`${kind}: GET /api/quotes filters by speaker, words, entity and dates`, async () => {
    const { store, ids } = await corpus(kind);
    const app = createApp({ store });
    const bySpeaker = await json(await app.request('/api/quotes?speaker=Jane%20Roe'));
    assert.equal(bySpeaker.quotes.length, 3);
    const anon = await json(await app.request(`/api/quotes?speaker=${encodeURIComponent('a senior city official')}`));
    assert.equal(anon.quotes.length, 4);
    assert.ok(anon.quotes.every((q: any) => q.speakerKind === 'anonymous'));
    const words = await json(await app.request('/api/quotes?q=bridge'));
    assert.deepEqual(words.quotes.map((q: any) => q.content), ['The bridge will open in 2027.']);
    const about = await json(await app.request('/api/quotes?entity=Harbor%20Council'));
    assert.deepEqual(about.quotes.map((q: any) => q.content), ['the Harbor Council knew about the delays for months.']);
    const dated = await json(await app.request('/api/quotes?from=2024-04-01'));
    assert.deepEqual([...new Set(dated.quotes.map((q: any) => q.articleId))], [ids.evil]);
    const paged = await json(await app.request('/api/quotes?limit=2&offset=1'));
    assert.equal(paged.quotes.length, 2);
    assert.equal((await json(await app.request('/api/quotes?language=de'))).quotes.length, 0, 'no article here is identified as German');
    for (const bad of ['from=yesterday', 'to=2024-13', 'limit=-3', 'language=German']) {
      assert.equal((await app.request(`/api/quotes?${bad}`)).status, 400, bad);
    }
  });

  test(`${kind}: GET /api/quotes filters by cue class, and each quotation says its class`, async () => {
    const { store } = await corpus(kind);
    const app = createApp({ store });
    // every quotation carries its cue class; one stored without (as before record 1.2) has null
    const all = await json(await app.request('/api/quotes?limit=100'));
    const unclassed = all.quotes.filter((q: any) => q.cueClass === null).map((q: any) => q.content);
    assert.ok(unclassed.includes('the Harbor Council knew about the delays for months.'), JSON.stringify(unclassed));
    assert.ok(all.quotes.every((q: any) => 'cueClass' in q));
    const speech = await json(await app.request('/api/quotes?cueClass=speech&limit=100'));
    assert.equal(speech.quotes.length, 7);
    assert.ok(speech.quotes.every((q: any) => q.cueClass === 'speech'));
    assert.equal((await json(await app.request('/api/quotes?cueClass=belief'))).quotes.length, 0);
    // with another filter (the stores' single-filter paths must not drop it)
    const anonSpeech = await json(await app.request(`/api/quotes?cueClass=speech&speaker=${encodeURIComponent('a senior city official')}`));
    assert.deepEqual(anonSpeech.quotes.map((q: any) => q.content), ['will not survive the winter.', 'has not been paid since March', 'never read the report.']);
    assert.equal((await json(await app.request('/api/search?q=delays&cueClass=speech'))).quotes.length, 0);
    assert.equal((await json(await app.request('/api/quotes?entity=Harbor%20Council&cueClass=speech'))).quotes.length, 0);
    for (const bad of ['cueClass=bogus', 'cueClass=Speech', 'cueClass=']) {
      const res = await app.request(`/api/quotes?${bad}`);
      assert.equal(res.status, 400, bad);
      const body = await json(res);
      assert.match(body.error.issues.map((i: any) => `${i.path}: ${i.message}`).join('; '), /cueClass: cueClass must be one of speech, belief, evidence, other/, bad);
    }
  });

  test(`${kind}: GET /api/speakers/:id gives the profile and quotes; unknown speaker is 404`, async () => {
    const { store, ids } = await corpus(kind);
    const app = createApp({ store });
    const s = await json(await app.request('/api/speakers/Jane%20Roe'));
    assert.equal(s.speaker.name, 'Jane Roe');
    assert.equal(s.speaker.quotes, 3);
    assert.deepEqual(s.speaker.byMonth, [{ month: '2024-03', quotes: 3 }]);
    assert.equal(s.quotes.length, 3);
    const missing = await app.request('/api/speakers/Nobody%20Here');
    assert.equal(missing.status, 404);
    assert.equal((await json(missing)).error.status, 404);
  });

  test(`${kind}: GET /api/search needs q and finds quotes and articles`, async () => {
    const { store, ids } = await corpus(kind);
    const app = createApp({ store });
    const r = await json(await app.request('/api/search?q=delays'));
    assert.equal(r.quotes.length, 1);
    assert.equal(r.quotes[0].speaker, 'a senior city official');
    assert.deepEqual(r.articles.map((a: any) => a.id), [ids.harbor]);
    const missing = await app.request('/api/search');
    assert.equal(missing.status, 400);
    assert.match((await json(missing)).error.message, /q/);
  });
}

test('POST /api/analyze: JSON, plain text and HTML in, record out; bad bodies are clear errors', async () => {
  const app = createApp({ store: await emptyStore(), maxBodyBytes: 2000 });
  const text = 'The mayor said the plan was final.';
  const r1 = await json(await app.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 'x', text }) }));
  assert.equal(r1.whosaid, '1.2');
  assert.equal(r1.quotes[0].cueClass, 'speech');
  assert.equal(r1.text, text);
  assert.equal(r1.id, 'x');
  const r2 = await json(await app.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text }));
  assert.equal(r2.text, text);
  const r3 = await json(await app.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'text/html' }, body: `<html><body><article><p>${text}</p></article></body></html>` }));
  assert.equal(r3.format, 'html');
  assert.match(r3.text, /mayor said/);

  const cases: Array<[RequestInit, number, RegExp]> = [
    [{ headers: { 'content-type': 'application/json' }, body: '{not json' }, 400, /not valid JSON/],
    [{ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, html: '<p>x</p>' }) }, 400, /exactly one/],
    [{ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, date: '22-02-2022' }) }, 400, /date/],
    [{ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(5000) }) }, 413, /limit of 2000 bytes/],
    [{ headers: { 'content-type': 'application/octet-stream' }, body: 'abc' }, 415, /text\/plain/],
    [{ headers: { 'content-type': 'text/plain' }, body: '   ' }, 400, /empty/],
  ];
  for (const [init, status, msg] of cases) {
    const res = await app.request('/api/analyze', { method: 'POST', ...init });
    assert.equal(res.status, status, String(init.body).slice(0, 40));
    const body = await json(res);
    assert.equal(body.error.status, status);
    assert.match(body.error.message, msg);
  }
  const wrongMethod = await app.request('/api/analyze');
  assert.equal(wrongMethod.status, 404);
});

test('write endpoints need the token when the server is bound beyond loopback', async () => {
  const body = JSON.stringify({ text: 'The mayor said the plan was final.' });
  const post = (app: ReturnType<typeof createApp>, headers: Record<string, string> = {}) =>
    app.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const open = createApp({ store: await emptyStore() });
  assert.equal((await post(open)).status, 200);
  const guarded = createApp({ store: await emptyStore(), requireToken: true, token: 's3cret' });
  assert.equal((await post(guarded)).status, 401);
  assert.equal((await post(guarded, { authorization: 'Bearer wrong' })).status, 401);
  assert.equal((await post(guarded, { authorization: 'Bearer s3cret' })).status, 200);
  assert.equal((await post(guarded, { 'x-whosaid-token': 's3cret' })).status, 200);
  const form = new FormData();
  form.set('text', 'The mayor said the plan was final.');
  assert.equal((await guarded.request('/paste', { method: 'POST', body: form })).status, 401);
  form.set('token', 's3cret');
  assert.equal((await guarded.request('/paste', { method: 'POST', body: form })).status, 200);
  const noToken = createApp({ store: await emptyStore(), requireToken: true });
  const refused = await post(noToken, { authorization: 'Bearer anything' });
  assert.equal(refused.status, 403);
  assert.match((await json(refused)).error.message, /--token/);
  // reading stays open
  assert.equal((await guarded.request('/api/articles')).status, 200);
});

test('binding: loopback by default, other addresses only when given explicitly, then with the token', () => {
  for (const h of ['127.0.0.1', '127.8.0.1', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) assert.ok(isLoopback(h), h);
  for (const h of ['0.0.0.0', '192.168.1.4', '::', 'example.org']) assert.ok(!isLoopback(h), h);
  assert.deepEqual(bindPolicy({ host: '127.0.0.1', hostExplicit: false }), { host: '127.0.0.1', requireToken: false, warning: null });
  assert.throws(() => bindPolicy({ host: '0.0.0.0', hostExplicit: false }), BindError);
  const explicit = bindPolicy({ host: '0.0.0.0', hostExplicit: true, token: 't' });
  assert.equal(explicit.requireToken, true);
  assert.equal(explicit.warning, null);
  assert.match(bindPolicy({ host: '0.0.0.0', hostExplicit: true }).warning ?? '', /disabled/);
});

test('GET /api/openapi.json describes every endpoint', async () => {
  const app = createApp({ store: await emptyStore() });
  const doc = await json(await app.request('/api/openapi.json'));
  assert.equal(doc.openapi, '3.1.0');
  for (const p of ['/api/analyze', '/api/articles', '/api/articles/{id}', '/api/quotes', '/api/speakers/{id}', '/api/search']) assert.ok(doc.paths[p], p);
  const quoteParams = doc.paths['/api/quotes'].get.parameters.map((p: any) => p.name).sort();
  assert.deepEqual(quoteParams, ['cueClass', 'entity', 'from', 'language', 'limit', 'offset', 'q', 'speaker', 'to']);
  const cueClass = doc.paths['/api/quotes'].get.parameters.find((p: any) => p.name === 'cueClass');
  assert.deepEqual(cueClass.schema.enum, ['speech', 'belief', 'evidence', 'other']);
  assert.match(cueClass.description, /what the cue reports/);
  assert.ok(doc.paths['/api/search'].get.parameters.find((p: any) => p.name === 'q').required);
  assert.ok(doc.components.schemas.Record.properties.quotes);
  assert.ok(doc.paths['/api/analyze'].post.responses['413']);
});

test('unknown API paths are JSON 404s; every response carries the security headers', async () => {
  const app = createApp({ store: await emptyStore() });
  const res = await app.request('/api/nothing-here');
  assert.equal(res.status, 404);
  assert.equal((await json(res)).error.status, 404);
  const page = await app.request('/');
  assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
});

test('startServer listens on loopback and answers over HTTP', async () => {
  const { store } = await corpus();
  const server = await startServer({ store, port: 0 });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/api/articles`);
    assert.equal(res.status, 200);
    assert.equal((await res.json()).total, 2);
  } finally {
    await server.close();
  }
});

test('ids with slashes, spaces, # and ? round-trip when percent-encoded', async () => {
  const { MemoryStore } = await import('./memory-store.ts');
  const { composedRecord } = await import('./records.ts');
  const store = new MemoryStore();
  const id = 'dir/a b#?.txt';
  await store.putMany([{ record: composedRecord(id), contentHash: 'x', pipelineVersion: 't' }]);
  const app = createApp({ store });
  const res = await app.request(`/api/articles/${encodeURIComponent(id)}`);
  assert.equal(res.status, 200);
  assert.equal((await json(res)).id, id);
  assert.equal((await app.request(`/articles/${encodeURIComponent(id)}`)).status, 200);
});
