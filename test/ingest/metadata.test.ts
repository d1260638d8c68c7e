import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { cleanTitle, decodeEntities, extractMetadata, isLiveCoverageTitle, normalizeDate, splitAuthors } from '../../src/ingest/metadata.ts';

const metaOf = (head: string, body = '', url?: string) =>
  extractMetadata(parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document, url);
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

test('JSON-LD wins over OpenGraph, which wins over other meta tags and the page', () => {
  const head = ld({ '@type': 'NewsArticle', headline: 'Dam inspection finds cracks', datePublished: '2030-05-02T08:00:00Z', author: { '@type': 'Person', name: 'Ada Brook' } })
    + '<meta property="article:published_time" content="2030-05-01T10:00:00Z"><meta name="author" content="Web Desk">'
    + '<meta property="og:title" content="Dam inspection finds cracks"><title>Other title | Site</title>';
  const m = metaOf(head);
  assert.deepEqual(m.authors, ['Ada Brook']);
  assert.equal(m.sources?.authors, 'json-ld');
  assert.equal(m.published, '2030-05-02T08:00:00Z');
  assert.equal(m.sources?.published, 'json-ld');
  // without JSON-LD, OpenGraph's published time is used, never the modified time
  const m2 = metaOf('<meta property="article:modified_time" content="2030-06-01T00:00:00Z"><meta property="article:published_time" content="2030-05-01T10:00:00+0200"><meta name="date" content="2029-01-01">');
  assert.equal(m2.published, '2030-05-01T10:00:00+02:00');
  assert.equal(m2.sources?.published, 'opengraph');
  // without either, a <meta name=date>, then <time datetime>
  assert.equal(metaOf('<meta name="date" content="2029-01-01">', '<time datetime="2028-02-02">x</time>').published, '2029-01-01');
  assert.equal(metaOf('', '<article><time datetime="2028-02-02T07:30:00Z">Feb 2</time></article>').published, '2028-02-02T07:30:00Z');
});

test('title: the variant most of JSON-LD, og:title and <h1> agree on; JSON-LD on a tie', () => {
  const agree = metaOf(ld({ '@type': 'NewsArticle', headline: 'SEO headline about dams', datePublished: '2030-01-01' })
    + '<meta property="og:title" content="Cracks found in old dam">', '<h1>Cracks found in old dam</h1>');
  assert.equal(agree.title, 'Cracks found in old dam');
  const tie = metaOf(ld({ '@type': 'NewsArticle', headline: 'SEO headline about dams', datePublished: '2030-01-01' })
    + '<meta property="og:title" content="Cracks found in old dam">');
  assert.equal(tie.title, 'SEO headline about dams');
  // only <title>: entities decoded, site name cut
  const only = metaOf('<meta property="og:site_name" content="The Valley Post"><title>Mayor&#8217;s &amp;amp; council&#039;s plan &#8211; The Valley Post</title>');
  assert.equal(only.title, 'Mayor’s & council\'s plan');
});

test('title: a live-blog label gets no vote while another source offers a headline', () => {
  const live = 'Harbour storm LIVE: latest as waves breach the sea wall';
  const page = metaOf(ld({ '@type': 'LiveBlogPosting', headline: live, datePublished: '2030-01-01' })
    + '<meta property="og:title" content="Waves breach the harbour sea wall">', `<h1>${live}</h1>`);
  // two live labels agree, yet the one story headline wins
  assert.equal(page.title, 'Waves breach the harbour sea wall');
  assert.equal(page.sources?.title, 'opengraph');
  // a German ticker kicker is a live label too
  const ticker = metaOf(ld({ '@type': 'NewsArticle', headline: 'Sturm am Hafen: Wellen brechen durch die Mauer', datePublished: '2030-01-01' })
    + '<meta property="og:title" content="Hafen-Ticker: Wellen brechen durch die Mauer">', '<h1>Hafen-Ticker: Wellen brechen durch die Mauer</h1>');
  assert.equal(ticker.title, 'Sturm am Hafen: Wellen brechen durch die Mauer');
  // when every source is a live label, it is still the title
  const onlyLive = metaOf('<meta property="og:title" content="Harbour storm LIVE: latest">', '<h1>Harbour storm LIVE: latest</h1>');
  assert.equal(onlyLive.title, 'Harbour storm LIVE: latest');
  // the verb "live" and the adjective are not live labels
  assert.equal(isLiveCoverageTitle('How fishermen live with rising seas'), false);
  assert.equal(isLiveCoverageTitle('Live music returns to the harbour'), false);
  assert.equal(isLiveCoverageTitle('Harbour storm: live updates'), true);
  assert.equal(isLiveCoverageTitle('Tempête sur le port EN DIRECT'), true);
});

test('cleanTitle cuts a site name (outlet or host) at either end, keeps real subtitles', () => {
  assert.equal(cleanTitle('Storm hits coast | The Harbour Times', 'The Harbour Times'), 'Storm hits coast');
  assert.equal(cleanTitle('Harbour Times - Storm hits coast', 'Harbour Times'), 'Storm hits coast');
  assert.equal(cleanTitle('Storm hits coast - Examplenews', null, 'https://www.examplenews.com/a/b'), 'Storm hits coast');
  assert.equal(cleanTitle('Storm hits coast - live updates', 'The Harbour Times'), 'Storm hits coast - live updates');
  assert.equal(cleanTitle('Why storms form: a guide', 'The Harbour Times'), 'Why storms form: a guide');
  assert.equal(cleanTitle('Storm hits coast | Harbour | 28.04.2030', 'Harbour'), 'Storm hits coast');
  assert.equal(cleanTitle('Storm hits coast - Die Neue Harbourtimes', null, 'https://www.harbourtimes.it/a'), 'Storm hits coast');
  assert.equal(decodeEntities('&amp;#8216;x&amp;#8217; &lt;b&gt;'), '‘x’ <b>');
});

test('author strings are split into names', () => {
  assert.deepEqual(splitAuthors(['By Ada Brook, Ben Carr and Cleo Dunn']), ['Ada Brook', 'Ben Carr', 'Cleo Dunn']);
  assert.deepEqual(splitAuthors(['Ada Brook & Ben Carr']), ['Ada Brook', 'Ben Carr']);
  assert.deepEqual(splitAuthors(['Ada Brook/Ben Carr']), ['Ada Brook', 'Ben Carr']);
  assert.deepEqual(splitAuthors(['Ada Brook\n\t\tJune 19, 2030']), ['Ada Brook']);
  // other languages' "and"; a name containing the letters of a conjunction is not split
  assert.deepEqual(splitAuthors(['Ada Brook und Ben Carr']), ['Ada Brook', 'Ben Carr']);
  assert.deepEqual(splitAuthors(['Ada Brook og Ben Carr']), ['Ada Brook', 'Ben Carr']);
  assert.deepEqual(splitAuthors(['Andrea Endo']), ['Andrea Endo']);
  // catalogue style, one tag per person
  assert.deepEqual(splitAuthors(['Brook, Ada', 'Carr, Ben']), ['Ada Brook', 'Ben Carr']);
  assert.deepEqual(splitAuthors(['Brook, Ada'], { lastFirst: true }), ['Ada Brook']);
  const nature = metaOf('<meta name="dc.creator" content="Brook, Ada"><meta name="dc.creator" content="Carr, Ben">');
  assert.deepEqual(nature.authors, ['Ada Brook', 'Ben Carr']);
});

test('authors: @graph references resolved; usernames, URLs and the outlet itself passed over', () => {
  const graph = metaOf(ld({ '@context': 'https://schema.org', '@graph': [
    { '@type': 'Article', headline: 'Dam report', datePublished: '2030-01-01', author: { '@id': '#p1' } },
    { '@type': 'Person', '@id': '#p1', name: 'Ada Brook' },
  ] }));
  assert.deepEqual(graph.authors, ['Ada Brook']);
  const username = metaOf('<meta property="article:author" content="abrook"><meta property="article:author" content="https://facebook.example/abrook"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ada Brook">');
  assert.deepEqual(username.authors, ['Ada Brook']);
  const outlet = metaOf(ld({ '@type': 'NewsArticle', headline: 'x', datePublished: '2030-01-01', author: { name: 'Valley Post' } })
    + '<meta property="og:site_name" content="Valley Post"><meta name="parsely-author" content="Ben Carr">');
  assert.deepEqual(outlet.authors, ['Ben Carr']);
  // a username, a domain or a lower-case agency code is kept only when no person is named
  assert.deepEqual(metaOf('<meta name="author" content="dpa">').authors, ['dpa']);
  assert.deepEqual(metaOf('<meta name="author" content="valley.example.de"><meta name="parsely-author" content="Ben Carr">').authors, ['Ben Carr']);
  assert.deepEqual(metaOf('<meta name="author" content="Valley Post Online"><meta property="og:site_name" content="Valley Post"><meta name="parsely-author" content="Ben Carr">').authors, ['Ben Carr']);
  // e-mails and dates are never names
  assert.deepEqual(metaOf('<meta name="author" content="a.brook@valley.example">').authors, []);
  // an agency byline with nothing better is kept
  const agency = metaOf(ld({ '@type': 'NewsArticle', headline: 'x', datePublished: '2030-01-01', author: { name: 'Valley Post' } }) + '<meta property="og:site_name" content="Valley Post">');
  assert.deepEqual(agency.authors, ['Valley Post']);
});

test('outlet, canonical URL and language', () => {
  const m = metaOf('<meta property="og:site_name" content="Valley Post"><link rel="canonical" href="https://valley.example/a">', '', 'https://valley.example/a?utm=1');
  assert.equal(m.outlet, 'Valley Post');
  assert.equal(m.url, 'https://valley.example/a');
  assert.equal(m.language, 'en');
  assert.equal(metaOf('', '', 'https://valley.example/b').url, 'https://valley.example/b');
});

test('dates normalize to ISO 8601', () => {
  assert.equal(normalizeDate('2030-05-01 10:00:00'), '2030-05-01T10:00:00');
  assert.equal(normalizeDate('2030-05-01T10:00:00.123+0530'), '2030-05-01T10:00:00.123+05:30');
  assert.equal(normalizeDate('20300501'), '2030-05-01');
  assert.equal(normalizeDate('May 1, 2030'), '2030-05-01');
  assert.equal(normalizeDate('Wednesday, May 1, 2030'), '2030-05-01');
  assert.equal(normalizeDate('Wed, 01 May 2030 10:00:00 GMT'), '2030-05-01T10:00:00.000Z');
  assert.equal(normalizeDate('1893456000'), '2030-01-01T00:00:00.000Z');
  assert.equal(normalizeDate('not a date'), 'not a date');
});
