import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { contentHash } from '../../src/corpus/hash.js';
import type { WhosaidRecord } from '../../src/record/schema.js';
import type { CorpusStore } from '../../src/store/types.js';
import { makeRecord, sampleCorpus } from './records.js';

/**
 * The behaviour every corpus store must have (SQLite here; the PostgreSQL store
 * runs the same suite). `makeStore` returns a fresh, initialised, empty store.
 */
export function storeContract(name: string, makeStore: () => Promise<CorpusStore>, opts: { skip?: string | false } = {}): void {
  const V = 'test-1';
  const hashOf = (r: WhosaidRecord) => contentHash({ id: r.id ?? undefined, text: r.text });
  const put = (s: CorpusStore, rs: WhosaidRecord[], version = V) => s.putMany(rs.map((record) => ({ record, contentHash: hashOf(record), pipelineVersion: version, source: `mem:${record.id}` })));
  const skip = opts.skip ?? false;

  let store: CorpusStore;
  const corpus = sampleCorpus();
  const wireBody = 'The regional council approved the new ferry timetable on Tuesday after months of debate between harbour operators and residents, who had asked for later evening crossings and cheaper tickets for students and pensioners travelling to the mainland hospital.';
  const wireA = makeRecord({ id: 'wire-a', url: 'https://daily.example/w1', published: '2021-06-01', text: `${wireBody} The timetable starts in July.` });
  const wireB = makeRecord({ id: 'wire-b', url: 'https://weekly.example/w2', published: '2021-06-02', text: `BRINDLE (Wire) - ${wireBody} It starts in July, officials said.` });
  const other = makeRecord({ id: 'other', url: 'https://weekly.example/o', published: '2021-06-03', text: 'A local bakery won the national bread prize with a sourdough loaf baked in a wood oven that is more than a century old, its owners said.' });

  before(async () => {
    if (skip) return;
    store = await makeStore();
    await put(store, [...corpus, wireA, wireB, other]);
  });
  after(async () => { if (!skip) await store.close(); });

  test(`${name}: a record reads back identical, astral characters and all`, { skip }, async () => {
    for (const r of corpus) {
      const [res] = await put(store, [r]);
      assert.equal(res!.skipped, true, 'second put of the same content is skipped');
      const back = await store.getRecord(res!.articleId);
      assert.deepEqual(back, r);
      assert.equal(JSON.stringify(back), JSON.stringify(r));
      assert.deepEqual(await store.getRecord(r.id!), r, 'found by its own id too');
    }
    assert.equal(await store.getRecord('nope'), null);
  });

  test(`${name}: has, counts, listing and article search`, { skip }, async () => {
    assert.equal(await store.has(hashOf(corpus[0]!), V), true);
    assert.equal(await store.has(hashOf(corpus[0]!), 'other-version'), false);
    const c = await store.count();
    assert.equal(c.articles, 6);
    assert.equal(c.quotes, 6);
    const list = await store.listArticles({ limit: 10 });
    assert.equal(list.length, 6);
    const bread = await store.listArticles({ q: 'sourdough' });
    assert.deepEqual(bread.map((a) => a.title ?? a.url), ['https://weekly.example/o']);
    assert.ok((await store.doneHashes(V)).has(hashOf(other)));
  });

  test(`${name}: quotes by speaker, aliases and surname included`, { skip }, async () => {
    for (const who of ['Lena Korsgaard', 'korsgaard', 'KORSGAARD']) {
      const qs = await store.quotes({ speaker: who });
      assert.equal(qs.length, 2, who);
      assert.deepEqual(qs.map((q) => q.published), ['2021-03-02', '2021-04-10'], 'ordered by date');
    }
    const q = (await store.quotes({ speaker: 'Korsgaard' }))[1]!;
    assert.equal(q.via, 'Brindle Gazette');
    assert.equal(q.outlet, 'weekly.example', 'outlet from the URL host when metadata has none');
    assert.equal((await store.quotes({ speaker: 'Nobody' })).length, 0);
    assert.equal((await store.quotes({ speaker: 'Korsgaard', from: '2021-04-01' })).length, 1);
  });

  test(`${name}: quotes mentioning an entity, full-text search, speakers about an entity`, { skip }, async () => {
    const about = await store.quotes({ entity: 'Brindle' });
    assert.deepEqual(about.map((q) => q.content).sort(), ['Brindle cannot pay for it', 'Brindle deserves better than promises']);
    const found = await store.quotes({ q: 'budget settled' });
    assert.deepEqual(found.map((q) => q.content), ['the budget is not settled']);
    assert.equal((await store.quotes({ q: '"harbour bridge"' })).length, 2);
    const speakers = await store.speakersAbout('brindle');
    assert.deepEqual(speakers.map((s) => s.speaker).sort(), ['Pieter Vos', 'a council aide']);
  });

  test(`${name}: outlets cited and anonymous sourcing shares`, { skip }, async () => {
    const outlets = await store.outletsCited();
    const byName = new Map(outlets.map((o) => [o.outlet, o]));
    assert.equal(byName.get('Reuters')?.asSpeaker, 1);
    assert.equal(byName.get('Brindle Gazette')?.asVia, 1);
    assert.equal(byName.get('Reuters')?.articles, 1);
    const dated = await store.outletsCited({ from: '2021-05-01' });
    assert.deepEqual(dated.map((o) => [o.outlet, o.asSpeaker, o.asVia]), [['Reuters', 1, 0]], 'a date range counts only quotes in it');
    const perOutlet = await store.anonymousShare('outlet');
    const daily = perOutlet.find((r) => r.key === 'daily.example')!;
    assert.equal(daily.quotes, 4);
    assert.equal(daily.anonymous, 1);
    assert.equal(daily.share, 0.25);
    const weekly = perOutlet.find((r) => r.key === 'weekly.example')!;
    assert.equal(weekly.share, 0.5);
    const perMonth = await store.anonymousShare('month');
    assert.deepEqual(perMonth.map((r) => [r.key, r.anonymous, r.quotes]), [['2021-03', 1, 2], ['2021-04', 1, 2], ['2021-05', 0, 2], ['2021-06', 0, 0]]);
  });

  test(`${name}: near-duplicate articles share a story`, { skip }, async () => {
    const arts = await store.listArticles({ limit: 10 });
    const story = (url: string) => arts.find((a) => a.url === url)!.storyId;
    assert.equal(story('https://daily.example/w1'), story('https://weekly.example/w2'));
    assert.notEqual(story('https://weekly.example/o'), story('https://daily.example/w1'));
    assert.notEqual(story('https://daily.example/a'), story('https://www.weekly.example/b'));
    assert.equal(await store.stories(), 5);
    const perOutlet = await store.anonymousShare('outlet');
    const total = perOutlet.reduce((n, r) => n + r.articles, 0);
    assert.equal(total, 6);
  });

  test(`${name}: timeline of an entity`, { skip }, async () => {
    const tl = await store.entityTimeline('Brindle');
    assert.deepEqual(tl.map((r) => [r.date, r.articles, r.quotes]), [['2021-03-02', 1, 0], ['2021-04-10', 1, 1], ['2021-05-20', 1, 1]]);
    assert.equal(tl[1]!.mentions, 3);
  });

  test(`${name}: quote provenance finds the earliest version and the altered copies`, { skip }, async () => {
    const r = await store.provenance('We will rebuild the harbour bridge before the winter storms arrive');
    assert.equal(r.earliest?.published, '2021-03-02');
    assert.equal(r.earliest?.quoteId, 'q1');
    assert.deepEqual(r.variants.map((v) => v.published), ['2021-03-02', '2021-04-10', '2021-05-20']);
    const b = r.variants[1]!;
    assert.match(b.diff, /\{\+old\+\}/);
    assert.match(b.diff, /\[-the-\]/);
    assert.deepEqual(b.changes, { added: 1, removed: 1 });
    const c = r.variants[2]!;
    assert.equal(c.quoteId, null, 'found in the article text, not among extracted quotes');
    assert.match(c.text, /^rebuild the harbour bridge/);
    assert.ok(c.similarity < 1 && c.similarity >= 0.6);
    const none = await store.provenance('Completely unrelated words about penguins skating');
    assert.equal(none.variants.length, 0);
  });

  test(`${name}: errors are stored with their reason`, { skip }, async () => {
    await store.putError({ source: 'bad.txt', reason: 'not valid UTF-8 (first bad byte at offset 3)', contentHash: 'h-bad' });
    await store.putError({ source: 'bad.txt', reason: 'not valid UTF-8 (first bad byte at offset 3)', contentHash: 'h-bad' });
    const errs = await store.errors();
    assert.equal(errs.length, 1, 'the same error is recorded once');
    assert.equal(errs[0]!.reason, 'not valid UTF-8 (first bad byte at offset 3)');
    assert.equal((await store.count()).errors, 1);
  });

  test(`${name}: every article streams out for export`, { skip }, async () => {
    const seen: string[] = [];
    for await (const a of store.articles()) seen.push(a.record.id!);
    assert.deepEqual(seen, ['art-a', 'art-b', 'art-c', 'wire-a', 'wire-b', 'other']);
  });

  test(`${name}: quotations of an article in another language do not count in the sourcing shares`, { skip }, async () => {
    const s = await makeStore();
    try {
      const en = corpus[0]!; // daily.example: two quotes, one anonymous
      const de = makeRecord({
        id: 'de', url: 'https://daily.example/de', published: '2021-03-05',
        text: 'Die Stadt will die Brücke bis zum Winter erneuern. „Wir haben keine Zeit mehr zu verlieren“, hieß es aus dem Rathaus.',
        quotes: [{ content: 'Wir haben keine Zeit mehr zu verlieren', speaker: '', kind: 'unknown' }],
      });
      de.meta.language = null;
      de.language = { code: 'de', rule: 'trigrams' };
      await put(s, [en, de], 'v1');
      const cell = async () => (await s.anonymousShare('outlet')).map((r) => [r.key, r.articles, r.quotes, r.anonymous, r.share]);
      assert.deepEqual(await cell(), [['daily.example', 2, 2, 1, 0.5]], 'the German article counts as an article, its quotation not');
      assert.equal((await s.count()).quotes, 3, 'the quotation itself is stored and searchable');
      // quotations by the language of their article (identified from its text; the declared one for older records)
      assert.deepEqual((await s.quotes({ language: 'de' })).map((q) => q.content), ['Wir haben keine Zeit mehr zu verlieren']);
      assert.equal((await s.quotes({ language: 'en' })).length, 2);
      assert.equal((await s.quotes({ q: 'Zeit verlieren', language: 'de' })).length, 1);
      assert.equal((await s.quotes({ q: 'Zeit verlieren', language: 'en' })).length, 0);
      assert.equal((await s.quotes({ speaker: 'Lena Korsgaard', language: 'de' })).length, 0);
      assert.equal((await s.quotes({ speaker: 'Lena Korsgaard', language: 'en' })).length, 1);
      // the German article analysed again (a new pipeline version) leaves the counts as they were
      await put(s, [de], 'v2');
      assert.deepEqual(await cell(), [['daily.example', 2, 2, 1, 0.5]]);
    } finally { await s.close(); }
  });

  test(`${name}: quotations by what their cue reports (cueClass), alone and with the other filters`, { skip }, async () => {
    const s = await makeStore();
    try {
      const a = makeRecord({
        id: 'cc-a', url: 'https://daily.example/cc-a', published: '2021-03-02',
        text: 'Mayor Lena Korsgaard said "the harbour bridge opens in May" and believes "Brindle will grow". A survey shows "most residents back the bridge".',
        quotes: [
          { content: 'the harbour bridge opens in May', speaker: 'Lena Korsgaard', cue: 'said', cueClass: 'speech' },
          { content: 'Brindle will grow', speaker: 'Lena Korsgaard', cue: 'believes', cueClass: 'belief' },
          { content: 'most residents back the bridge', speaker: 'a survey', kind: 'unknown', cue: 'shows', cueClass: 'evidence' },
        ],
        entities: [{ id: 'e1', name: 'Brindle', type: 'place', mentions: ['Brindle'] }],
      });
      const b = makeRecord({
        id: 'cc-b', url: 'https://weekly.example/cc-b', published: '2021-04-10',
        text: 'Korsgaard signed "the Brindle ferry pact" on Friday, and Pieter Vos said "Brindle deserves better".',
        quotes: [
          { content: 'the Brindle ferry pact', speaker: 'Lena Korsgaard', cue: 'signed', cueClass: 'other' },
          // no class: as a quotation of a record made before 1.2
          { content: 'Brindle deserves better', speaker: 'Pieter Vos', cue: 'said' },
        ],
        entities: [{ id: 'e1', name: 'Brindle', type: 'place', mentions: ['Brindle'] }],
      });
      await put(s, [a, b], 'v1');
      const contents = async (f: Parameters<CorpusStore['quotes']>[0]) => (await s.quotes(f)).map((q) => q.content);
      // each stored quotation reads back with its class, null when its record had none
      const all = await s.quotes({});
      assert.deepEqual(all.map((q) => [q.content, q.cueClass]), [
        ['the harbour bridge opens in May', 'speech'], ['Brindle will grow', 'belief'], ['most residents back the bridge', 'evidence'],
        ['the Brindle ferry pact', 'other'], ['Brindle deserves better', null],
      ]);
      assert.deepEqual(await contents({ cueClass: 'speech' }), ['the harbour bridge opens in May']);
      assert.deepEqual(await contents({ cueClass: 'belief' }), ['Brindle will grow']);
      assert.deepEqual(await contents({ cueClass: 'evidence' }), ['most residents back the bridge']);
      assert.deepEqual(await contents({ cueClass: 'other' }), ['the Brindle ferry pact']);
      // with each single filter (whose fast paths must hand the class to the general path)
      assert.deepEqual(await contents({ speaker: 'Korsgaard', cueClass: 'belief' }), ['Brindle will grow']);
      assert.deepEqual(await contents({ speaker: 'Pieter Vos', cueClass: 'speech' }), []);
      assert.deepEqual(await contents({ entity: 'Brindle', cueClass: 'other' }), ['the Brindle ferry pact']);
      assert.deepEqual(await contents({ q: 'Brindle', cueClass: 'belief' }), ['Brindle will grow']);
      assert.deepEqual(await contents({ q: 'Brindle', cueClass: 'speech' }), []);
      assert.deepEqual(await contents({ cueClass: 'speech', language: 'en' }), ['the harbour bridge opens in May']);
      assert.deepEqual(await contents({ cueClass: 'speech', language: 'de' }), []);
      assert.deepEqual(await contents({ cueClass: 'other', from: '2021-04-01' }), ['the Brindle ferry pact']);
      assert.deepEqual(await contents({ cueClass: 'other', to: '2021-03-31' }), []);
      assert.deepEqual(await contents({ cueClass: 'belief', limit: 1, offset: 1 }), []);
    } finally { await s.close(); }
  });

  test(`${name}: a new pipeline version replaces the old analysis`, { skip }, async () => {
    const s = await makeStore();
    try {
      const r = corpus[0]!;
      await put(s, [r], 'v1');
      const changed = { ...r, quotes: r.quotes.slice(0, 1), text: r.text };
      assert.equal((await s.outletsCited()).length, 0);
      const [res] = await put(s, [changed], 'v2');
      assert.equal(res!.skipped, false);
      assert.equal((await s.count()).articles, 1);
      assert.equal((await s.count()).quotes, 1);
      assert.deepEqual(await s.getRecord(res!.articleId), changed);
      assert.equal((await s.quotes({ q: 'budget' })).length, 0, 'old quotes left the full-text index');
      const share = await s.anonymousShare('outlet');
      assert.deepEqual(share.map((r) => [r.key, r.articles, r.stories, r.quotes, r.anonymous]), [['daily.example', 1, 1, 1, 0]], 'sourcing counts follow the replacement');
    } finally { await s.close(); }
  });
}
