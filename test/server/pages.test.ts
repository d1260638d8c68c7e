import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { escapeHtml, html, safeUrl } from '../../src/server/html.ts';
import { renderReader } from '../../src/server/pages/reader.ts';
import { renderQuoteList } from '../../src/server/pages/quotes.ts';
import { contrastRatio, SPEAKER_PALETTE, TEXT_COLOR } from '../../src/server/speakers.ts';
import { barChart } from '../../src/server/svg.ts';
import { corpus, emptyStore } from './fixture.ts';
import { composedRecord, XSS_PAYLOADS } from './records.ts';

/** The app over the real SQLite store (in memory) holding the composed and the XSS articles. */
async function app() {
  const { store, ids } = await corpus('sqlite');
  return Object.assign(createApp({ store }), { ids });
}

/** Quote highlights of a page: [speaker, color class, first fragment?]. */
function marks(page: string): Array<{ speaker: string; color: string; focusable: boolean }> {
  return [...page.matchAll(/<mark class="q (c\d+) [^"]*"[^>]*data-speaker="([^"]*)"[^>]*>/g)]
    .map((m) => ({ color: m[1]!, speaker: m[2]!, focusable: m[0].includes('tabindex="0"') }));
}

test('templates escape by default and links refuse javascript:', () => {
  assert.equal(html`<p>${'<b>"x"&\''}</p>`.value, '<p>&lt;b&gt;&quot;x&quot;&amp;&#39;</p>');
  assert.equal(html`<p>${html`<b>${'<i>'}</b>`}</p>`.value, '<p><b>&lt;i&gt;</b></p>');
  assert.equal(escapeHtml('`'), '&#96;');
  for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:x', 'java\nscript:x', 'data:text/html,x', 'vbscript:x', '//evil.example']) assert.equal(safeUrl(bad), null, bad);
  assert.equal(safeUrl('https://example.org/a?b=1'), 'https://example.org/a?b=1');
});

test('reader: each quote highlighted in its speaker\'s color, focusable once, with kind badge, cue and source link', async () => {
  const a = await app();
  const res = await a.request(`/articles/${a.ids.harbor}`);
  assert.equal(res.status, 200);
  const page = await res.text();
  const m = marks(page).filter((x) => x.focusable);
  assert.equal(m.length, 8);
  const colorsOf = (speaker: string) => new Set(m.filter((x) => x.speaker === speaker).map((x) => x.color));
  assert.equal(m.filter((x) => x.speaker === 'Jane Roe').length, 3);
  assert.equal(m.filter((x) => x.speaker === 'a senior city official').length, 4);
  assert.equal(colorsOf('Jane Roe').size, 1);
  assert.equal(colorsOf('a senior city official').size, 1);
  assert.notDeepEqual([...colorsOf('Jane Roe')], [...colorsOf('a senior city official')]);
  assert.match(page, /<span class="kb" aria-hidden="true">A<\/span>will not survive the winter\./);
  assert.match(page, /<a class="src c\d" href="\/speakers\/Jane%20Roe"[^>]*>Councilwoman Jane Roe<\/a> <span class="cue"[^>]*>said<\/span>/);
  assert.match(page, /data-via="Harbor Gazette \(media\)"/);
  // boilerplate collapsed and greyed; the side panel counts statements and shares of quoted words
  assert.match(page, /<details class="boilerplate"><summary>1 boilerplate line \(related-link\)<\/summary>/);
  assert.match(page, /<a href="\/speakers\/a%20senior%20city%20official">a senior city official<\/a> <span class="num">4 statements · [\d.]+% of quoted words/);
  assert.match(page, /<h3>anonymous<\/h3>/);
  assert.match(page, /<h3>organization<\/h3>/);
});

test('reader: offsets are code points (an emoji before the quotes does not shift them)', () => {
  const page = renderReader(composedRecord(), { articleId: 'x' }).value;
  assert.match(page, /<span class="kb" aria-hidden="true">P<\/span>a win for every commuter in the valley\.<\/mark>"/);
});

test('reader: overlapping annotations stay well formed, scare quotes and framing are marked, sourcing shown', () => {
  const r = composedRecord();
  const cps = (s: string) => { const i = r.text.indexOf(s); return { start: [...r.text.slice(0, i)].length, end: [...r.text.slice(0, i)].length + [...s].length, text: s }; };
  const rec = {
    ...r,
    scareQuotes: [cps('"a win for every commuter')],
    framing: [{ ...cps('speaking on condition of anonymity, said the budget'), kind: 'hedge', speaker: null }],
    sourcing: {
      sources: [{ name: 'Jane Roe', kind: 'person' as const, statements: 3, direct: 3, indirect: 0, words: 16, via: ['Harbor Gazette'] }],
      byKind: { person: 1, anonymous: 1 }, statements: 8, attributedWordShare: 0.31, ownVoiceSentenceShare: 0.25, outletsCited: ['Harbor Gazette'], relays: [],
    },
  };
  const page = renderReader(rec, { articleId: 'x' }).value;
  // every opened tag closes: count opens and closes of each element
  for (const tag of ['mark', 'span', 'a', 'p', 'details']) {
    const opens = page.match(new RegExp(`<${tag}[ >]`, 'g'))?.length ?? 0;
    const closes = page.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0;
    assert.equal(opens, closes, tag);
  }
  assert.match(page, /<span class="scare" title="scare quotes">/);
  assert.match(page, /class="fm fm-hedge"/);
  assert.match(page, /<h2 id="h-sourcing">Sourcing profile<\/h2>/);
  assert.match(page, /8 attributed statements from 1 source \(named person 1, anonymous 1\); 31% of the words are attributed, 25% of the sentences/);
  assert.match(page, /<td><a href="\/speakers\/Jane%20Roe">Jane Roe<\/a><\/td><td>P<\/td><td>3<\/td><td>3 \/ 0<\/td><td>16<\/td><td>Harbor Gazette<\/td>/);
  // an older record's profile of another shape is still shown
  const older = renderReader({ ...rec, sourcing: { quotedShare: 0.5 } as never }, { articleId: 'x' }).value;
  assert.match(older, /quoted share<\/th><td>50%/);
  // the quote crossing the scare quote is split, but only its first fragment is a focus stop
  assert.equal(marks(page).filter((x) => x.focusable).length, 8);
});

test('XSS: article text, metadata and speaker names are escaped on every page; no javascript: links', async () => {
  const a = await app();
  for (const path of [`/articles/${a.ids.evil}`, '/', '/search?q=final', `/speakers/${encodeURIComponent('Mayor ' + XSS_PAYLOADS.script)}`, '/outlets']) {
    const res = await a.request(path);
    const page = await res.text();
    assert.equal(res.status, 200, path);
    // every real tag of the page (text '<' is escaped, so these are the page's own)
    const tags = [...page.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)];
    for (const [tag, name, attrs] of tags) {
      assert.doesNotMatch(attrs!, /\son\w+\s*=/i, `${path}: event handler in ${tag}`);
      assert.doesNotMatch(attrs!, /(href|src|action)\s*=\s*["']?\s*javascript:/i, `${path}: javascript: URL in ${tag}`);
      assert.ok(!['img', 'iframe', 'object', 'embed', 'base', 'meta'].includes(name!.toLowerCase()) || /^<meta (charset|name="viewport")/.test(tag), `${path}: ${tag}`);
      if (name!.toLowerCase() === 'svg') assert.ok(tag.startsWith('<svg class="chart" role="img"'), `${path}: ${tag}`);
      if (name!.toLowerCase() === 'script') assert.equal(tag, '<script src="/assets/app.js" defer>', path);
    }
  }
  const reader = await (await a.request(`/articles/${a.ids.evil}`)).text();
  assert.match(reader, /&lt;script&gt;window.__xss=1&lt;\/script&gt;/);
});

test('speaker page: quotes across the corpus and an SVG chart over time', async () => {
  const res = await (await app()).request('/speakers/a%20senior%20city%20official');
  assert.equal(res.status, 200);
  const page = await res.text();
  assert.match(page, /<h1 class="speaker-name">a senior city official<\/h1>/);
  assert.equal(page.match(/<li class="quote-item"/g)?.length, 4);
  assert.match(page, /<svg class="chart" role="img"/);
  assert.match(page, /2024-03: 4/);
  const missing = await (await app()).request('/speakers/Nobody');
  assert.equal(missing.status, 404);
});

test('search page: form, results with filters, validation message', async () => {
  const a = await app();
  const page = await (await a.request('/search?q=bridge')).text();
  assert.match(page, /<input name="q" type="search" value="bridge">/);
  assert.equal(page.match(/<li class="quote-item"/g)?.length, 1);
  const filtered = await (await a.request('/search?speaker=Jane+Roe&to=2024-03-31')).text();
  assert.equal(filtered.match(/<li class="quote-item"/g)?.length, 3);
  const bad = await a.request('/search?q=x&from=soon');
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /role="alert">from: expected a date/);
});

test('search page: the cue class is a filter of the form, kept by the pager; "anything" is none', async () => {
  const a = await app();
  const form = await (await a.request('/search')).text();
  assert.match(form, /<select name="cueClass"><option value="">anything<\/option><option value="speech">words said or written<\/option>/);
  // the form sends an empty value for "anything": no filter, no error
  const anything = await a.request('/search?q=bridge&cueClass=');
  assert.equal(anything.status, 200);
  assert.equal((await anything.text()).match(/<li class="quote-item"/g)?.length, 1);
  const speech = await (await a.request('/search?speaker=Jane+Roe&cueClass=speech&limit=1')).text();
  assert.match(speech, /<option value="speech" selected>/);
  assert.equal(speech.match(/<li class="quote-item"/g)?.length, 1);
  assert.match(speech, /href="\/search\?speaker=Jane\+Roe&amp;cueClass=speech&amp;offset=1" rel="next"/);
  // belief: none of the fixture's quotations
  const belief = await (await a.request('/search?speaker=Jane+Roe&cueClass=belief')).text();
  assert.equal(belief.match(/<li class="quote-item"/g), null);
  const bad = await a.request('/search?cueClass=rumour');
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /role="alert">cueClass: cueClass must be one of speech, belief, evidence, other/);
});

test('outlets page: sourcing profile per outlet as SVG charts and a table', async () => {
  const page = await (await (await app()).request('/outlets')).text();
  assert.equal(page.match(/<svg class="chart"/g)?.length, 2);
  assert.match(page, /<tr id="outlet-harbor-gazette"><td>Harbor Gazette<\/td><td class="num">1<\/td><td class="num">8<\/td><td class="num">3.00<\/td><td class="num">33.3%<\/td><td class="num">50.0%<\/td><\/tr>/);
});

test('paste: analyses text or an uploaded file and shows the reader without storing', async () => {
  const store = await emptyStore();
  const a = createApp({ store });
  assert.match(await (await a.request('/paste')).text(), /<form action="\/paste" method="post" enctype="multipart\/form-data">/);
  const form = new FormData();
  form.set('text', '');
  form.set('file', new File(['Officials said the <b>road</b> would reopen.'], 'a.txt', { type: 'text/plain' }));
  const res = await a.request('/paste', { method: 'POST', body: form });
  assert.equal(res.status, 200);
  const page = await res.text();
  assert.match(page, /Not stored/);
  const article = page.slice(page.indexOf('<div class="article-body">'), page.indexOf('</article>')).replace(/<span class="kb"[^>]*>.<\/span>/g, '').replace(/<[^>]+>/g, '');
  assert.match(article, /Officials said the &lt;b&gt;road&lt;\/b&gt; would reopen\./);
  assert.equal((await store.count()).articles, 0);
  const empty = new FormData();
  empty.set('text', '  ');
  assert.equal((await a.request('/paste', { method: 'POST', body: empty })).status, 400);
  const big = createApp({ store, maxBodyBytes: 100 });
  const large = new FormData();
  large.set('text', 'x'.repeat(1000));
  const tooBig = await big.request('/paste', { method: 'POST', body: large });
  assert.equal(tooBig.status, 413);
  assert.match(await tooBig.text(), /exceeds the limit of 100 bytes/);
});

test('palette: every speaker color keeps text contrast of at least 7:1 (WCAG AAA)', () => {
  for (const c of SPEAKER_PALETTE) assert.ok(contrastRatio(c, TEXT_COLOR) >= 7, c);
  assert.equal(new Set(SPEAKER_PALETTE).size, SPEAKER_PALETTE.length);
});

test('SVG bar chart escapes labels and scales bars to the largest value', () => {
  const svg = barChart([{ label: '<x>', value: 2 }, { label: 'b', value: 4 }], { title: 'T <t>' }).value;
  assert.doesNotMatch(svg, /<x>|<t>/);
  const heights = [...svg.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
  assert.equal(heights.length, 2);
  assert.ok(Math.abs(heights[1]! - 2 * heights[0]!) < 0.2);
});

test('corpus views follow the store: a new article updates outlets and speaker pages', async () => {
  const { store } = await corpus('sqlite');
  const a = createApp({ store });
  assert.match(await (await a.request('/outlets')).text(), /<td>Harbor Gazette<\/td><td class="num">1<\/td>/);
  const again = composedRecord('harbor-2');
  await store.putMany([{ record: { ...again, text: `${again.text}\n`, meta: { ...again.meta, published: '2024-05-02' } }, contentHash: 'h3', pipelineVersion: 't' }]);
  assert.match(await (await a.request('/outlets')).text(), /<td>Harbor Gazette<\/td><td class="num">2<\/td><td class="num">16<\/td>/);
  const s = await (await a.request('/api/speakers/Jane%20Roe')).json() as { speaker: { quotes: number; byMonth: unknown[] } };
  assert.equal(s.speaker.quotes, 6);
  assert.deepEqual(s.speaker.byMonth, [{ month: '2024-03', quotes: 3 }, { month: '2024-04', quotes: 0 }, { month: '2024-05', quotes: 3 }]);
});

test('a speaker without a name is shown as unnamed and not linked', () => {
  const r = composedRecord();
  r.quotes[6]!.speaker = { name: '', kind: 'unknown' };
  const page = renderReader(r, { articleId: 'x' }).value;
  assert.doesNotMatch(page, /href="\/speakers\/"/);
  assert.match(page, /data-speaker="\(unnamed source\)"/);
  assert.match(page, /<span class="src c\d"[^>]*>The Harbor Transit Authority<\/span>/);
});

test('paste: an article in another language is read as such, and the page says which stages did not run', async () => {
  const a = createApp({ store: await emptyStore() });
  const form = new FormData();
  form.set('text', 'Der Bürgermeister sagte am Dienstag, die Brücke werde im Frühjahr wieder geöffnet. Anwohner klagen seit Monaten über lange Umwege, volle Busse und den Lärm der Baustelle, die nachts nicht ruht. „Wir haben keine Zeit mehr zu verlieren, denn der Winter kommt bald und das Wasser steigt“, hieß es aus dem Rathaus.');
  const page = await (await a.request('/paste', { method: 'POST', body: form })).text();
  assert.match(page, /in German · 1 quotation/);
  assert.match(page, /<ul class="notes" aria-label="Notes on this analysis"><li><strong>pos<\/strong>: skipped: built for English; the text reads as German \(de\)<\/li>/);
  assert.match(page, /<strong>attribution<\/strong>: quotations only/);
});

test('quote lists: a cue that reports no words said shows its class; speech and quotations stored before 1.2 show none', () => {
  const base = { articleId: 'a1', quoteId: 'q1', kind: 'indirect', content: 'the port will reopen', cue: 'expects', source: 'The board', speaker: 'Harbor Board', speakerKind: 'organization', via: null, start: 0, end: 20, url: null, published: '2024-05-01', outlet: null, title: 'Port news' };
  const page = String(renderQuoteList([{ ...base, cueClass: 'belief' }, { ...base, quoteId: 'q2', cue: 'said', cueClass: 'speech' }, { ...base, quoteId: 'q3', cueClass: null }], { showSpeaker: true }));
  assert.equal((page.match(/class="cue-class"/g) ?? []).length, 1);
  assert.match(page, /<span class="cue-class"[^>]*>belief<\/span>/);
});
