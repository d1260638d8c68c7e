import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../src/ingest/html.ts';
import { domToText } from '../../src/ingest/html-text.ts';
import { analyze } from '../../src/analyze.ts';
import { parseHTML } from 'linkedom';

const here = dirname(fileURLToPath(import.meta.url));
const newsPage = readFileSync(join(here, '..', 'fixtures', 'html-news-page', 'page.html'), 'utf8');

test('main text keeps paragraph breaks and drops page furniture', () => {
  const { text, method } = extractArticle(newsPage, 'https://ledger.example/harbour/ferry-vote');
  assert.equal(method, 'readability');
  const paras = text.split('\n\n');
  assert.ok(paras[0]!.startsWith('The harbour council postponed its vote'), paras[0]);
  assert.ok(paras.some((p) => p.startsWith('“We owe residents a number they can trust,”')));
  assert.ok(paras[paras.length - 1]!.startsWith('A new date for the vote has not been set.'), paras[paras.length - 1]);
  for (const junk of ['News', 'Share on social', 'Photo: Pat Ovid', 'Island routes face winter cuts', 'Sign up for our morning briefing', 'All rights reserved', 'Copy link']) {
    assert.ok(!text.includes(junk), `furniture kept: ${junk}`);
  }
  // no paragraph is glued to the next one
  assert.ok(!/trust,” said[^\n]*The operator/.test(text));
});

test('embedded social posts are kept as article text (quoted statements): the post one paragraph, its signature the next', () => {
  const { text } = extractArticle(newsPage);
  assert.ok(text.includes('The ferry vote is off until April. Residents deserve the full costs first.\n\n\u2014 Ines Marlow (@imarlow_example)'), text);
});

test('domToText: an embedded post\'s paragraphs and blank lines are lines of one paragraph; its signature is a paragraph of its own', () => {
  // (Readability turns a post's <br><br> into paragraphs, inside a <div>: both shapes)
  for (const post of ['<p>Ferries run again on Monday.<br><br>Book early. <a href="https://t.co/x">pic.twitter.com/x</a></p>', '<div><p>Ferries run again on Monday.</p><p>Book early. <a href="https://t.co/x">pic.twitter.com/x</a></p></div>']) {
    const { document } = parseHTML(`<html><body><p>The ministry posted.</p><blockquote class="twitter-tweet">${post}&mdash; Ministry of Harbours (@harbour_min) <a href="#">May 2, 2024</a></blockquote><p>Old<br><br>style</p></body></html>`);
    assert.deepEqual(domToText(document.body as never).split('\n\n'), [
      'The ministry posted.', 'Ferries run again on Monday.\nBook early. pic.twitter.com/x', '\u2014 Ministry of Harbours (@harbour_min) May 2, 2024', 'Old', 'style',
    ]);
  }
});

test('an embedded post with blank lines stays one paragraph through Readability (its class is kept), and is attributed to its signer', () => {
  const body = ['The harbour ministry announced the return of the winter ferry timetable on Friday, after two weeks of storms.', 'Island residents had asked for a firm date since the pier was damaged, and the council had promised an answer.', 'The ministry also published the new fares on its website, where residents can book seats for the first week.'];
  const html = `<html><head><title>Ferries return</title></head><body><article><h1>Ferries return</h1>${body.map((p) => `<p>${p}</p>`).join('')}<blockquote class="twitter-tweet"><p lang="en">Ferries run again on Monday.<br><br>Book early. <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Ministry of Harbours (@harbour_min) <a href="#">May 2, 2024</a></blockquote><p>The council will meet next week to discuss the fares with residents of both islands.</p></article></body></html>`;
  const { text } = extractArticle(html);
  assert.ok(text.includes('Ferries run again on Monday.\nBook early. pic.twitter.com/x\n\n\u2014 Ministry of Harbours'), text);
  const posts = analyze({ html }).quotes.filter((q) => q.rule === 'signoff:post');
  assert.deepEqual(posts.map((q) => [q.source?.text, q.content.text]), [['Ministry of Harbours', 'Ferries run again on Monday.\nBook early.']]);
});

test('domToText: block elements become paragraphs, <br> a line break, inline runs fold', () => {
  const { document } = parseHTML('<html><body><div><p>One  <b>bold</b>\n word.</p><p>Two<br>lines.</p><ul><li>a</li><li>b</li></ul>Old<br><br>style<br> <br>page</div><script>x()</script></body></html>');
  assert.equal(domToText(document.body as never), 'One bold word.\n\nTwo\nlines.\n\na\n\nb\n\nOld\n\nstyle\n\npage');
});

test('domToText: a sentence glued to the next by a styled break ("years.A series") ends a paragraph; titles, addresses and decimals do not', () => {
  const { document } = parseHTML('<html><body><p>The ward has topped the list for years.<span class="br"></span>A series of cases followed.<span class="br"></span><span class="br"></span>The report is out.Police said so. Ask Mr.Smith at www.DearAbby.com for the 2.5 figure.</p></body></html>');
  assert.deepEqual(domToText(document.body as never).split('\n\n'), [
    'The ward has topped the list for years.', 'A series of cases followed.', 'The report is out.', 'Police said so. Ask Mr.Smith at www.DearAbby.com for the 2.5 figure.',
  ]);
});

test('domToText: an empty element styled as a break ends a paragraph even after a subhead with no stop', () => {
  const { document } = parseHTML('<html><body><p><span class="strong">Borewell Horror: A Newborn Left To Die, But Survives</span><span class="id-r-component br"></span>One of the most shocking cases emerged from the district.</p></body></html>');
  assert.deepEqual(domToText(document.body as never).split('\n\n'), ['Borewell Horror: A Newborn Left To Die, But Survives', 'One of the most shocking cases emerged from the district.']);
});

test('domToText: an outlet\'s dateline in its own element is set apart from the first word ("(CNN)President")', () => {
  const { document } = parseHTML('<html><body><p><cite class="el-editorial-source"> (CNN)</cite>President Dana Ruiz made a trip to the hospital.</p></body></html>');
  assert.equal(domToText(document.body as never), '(CNN) President Dana Ruiz made a trip to the hospital.');
});

test('a page Readability cannot read falls back to the JSON-LD articleBody', () => {
  const body = 'First paragraph of a story that is only in the structured data, long enough to be an article on its own. '.repeat(3).trim();
  const html = `<!doctype html><html><head><title>Short teaser page</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Teaser","articleBody":${JSON.stringify(`${body}\n\nSecond paragraph, also only in the structured data.`)}}</script>
</head><body><div><a href="/x">Home</a> <a href="/y">Read the full story in the app</a></div></body></html>`;
  const got = extractArticle(html);
  assert.equal(got.method, 'json-ld');
  assert.deepEqual(got.text.split('\n\n'), [body, 'Second paragraph, also only in the structured data.']);
  // (a feed that dropped its paragraph breaks: "story.Second paragraph")
  const glued = extractArticle(html.replace('\\n\\nSecond paragraph', 'Second paragraph'));
  assert.deepEqual(glued.text.split('\n\n'), [body, 'Second paragraph, also only in the structured data.']);
});

test('a page too small for any extractor still yields its text', () => {
  const html = '<!doctype html><html><body><table><tr><td>Lonely cell of text with a few words.</td></tr></table></body></html>';
  const got = extractArticle(html);
  assert.equal(got.text, 'Lonely cell of text with a few words.');
});

test('the record of an HTML input has the extracted main text and the page metadata', () => {
  const rec = analyze({ html: newsPage, url: 'https://ledger.example/harbour/ferry-vote' });
  const { text } = extractArticle(newsPage, 'https://ledger.example/harbour/ferry-vote');
  assert.equal(rec.text, text);
  assert.ok(!rec.text.includes('<'));
  assert.equal(rec.meta.title, 'Harbour council delays ferry vote');
  assert.deepEqual(rec.meta.authors, ['Mara Quill', 'Tobias Renn']);
  assert.equal(rec.meta.published, '2031-03-04T09:15:00+01:00');
  assert.equal(rec.meta.outlet, 'The Coastal Ledger');
  assert.equal(rec.meta.url, 'https://ledger.example/harbour/ferry-vote');
  assert.equal(rec.meta.language, 'en-GB');
});

test('densestContainer: the box of prose paragraphs wins over link lists and teasers', async () => {
  const { densestContainer } = await import('../../src/ingest/html-density.ts');
  const prose = 'A sentence of plain reporting that goes on for a while without any links in it at all. ';
  const { document } = parseHTML(`<html><body>
    <div id="menu"><p><a href="/1">${prose}</a></p><p><a href="/2">${prose}</a></p><p><a href="/3">${prose}</a></p></div>
    <div id="teaser"><p>${prose}</p></div>
    <div id="story"><p>${prose}</p><p>${prose}</p><div class="para"><p>${prose}</p></div></div>
  </body></html>`);
  const box = densestContainer(document.body as never) as unknown as { id: string } | null;
  assert.equal(box?.id, 'story');
});

test('a consent dialog (a vendor id, long legal prose in paragraphs) is never taken for the article', () => {
  const legal = Array.from({ length: 8 }, (_, i) => `<p>You have the right ${i + 1} to direct a business that sells your personal information to third parties not to sell it. This right applies to every visitor of this site and may be exercised at any time by writing to us.</p>`).join('');
  const story = [
    'The ferry council voted on Tuesday to keep the night crossing running through the winter, a decision that harbour workers had pressed for since the spring.',
    '“We listened to the people who use it every day,” said council chair Ines Varga after the vote.',
    'The crossing carried more than 40,000 passengers last year, most of them between midnight and five in the morning.',
  ].map((p) => `<p>${p}</p>`).join('');
  const html = `<html><head><title>Ferry vote</title></head><body><div id="onetrust-consent-sdk"><div id="onetrust-pc-sdk"><h2>Your privacy choices</h2>${legal}</div></div><article><h1>Ferry vote</h1>${story}</article></body></html>`;
  const { text } = extractArticle(html);
  assert.match(text, /ferry council voted/);
  assert.doesNotMatch(text, /personal information/);
});

test('a list whose every item is a link (related stories, whatever its class) is no article text; a list of facts stays', () => {
  const story = [
    'The ferry council voted on Tuesday to keep the night crossing running through the winter, a decision that harbour workers had pressed for since the spring.',
    '\u201cWe listened to the people who use it every day,\u201d said council chair Ines Varga after the vote.',
    'The crossing carried more than 40,000 passengers last year, most of them between midnight and five in the morning.',
  ].map((p) => `<p>${p}</p>`).join('');
  const related = ['Mayor urges more support for the island bus', 'Storm closes the north pier', 'Fish market reopens'].map((t) => `<li class="c-posts__item"><a href="/x"><div class="c-posts__details"><div class="c-posts__headline"><span>${t}</span></div></div></a></li>`).join('');
  const facts = ['Night crossings: 6 a week', 'Fare: 4 euros', 'Season: October to March'].map((t) => `<li>${t}</li>`).join('');
  // (the list stands between two paragraphs of the story, as on the page it comes from)
  const [first, ...rest] = story.split('</p>');
  const html = `<html><head><title>Ferry vote</title></head><body><article><h1>Ferry vote</h1>${first}</p><div><ul class="c-posts">${related}</ul></div>${rest.join('</p>')}<ul>${facts}</ul></article></body></html>`;
  const { text } = extractArticle(html);
  assert.match(text, /ferry council voted/);
  assert.match(text, /Fare: 4 euros/);
  assert.doesNotMatch(text, /Mayor urges more support/);
});

test('comments inside a paragraph (a React page\'s text separators) do not cut it into pieces', () => {
  const para = (i: number) => `<div class="story">The ferry council voted on Tuesday to keep the <!-- -->night crossing<!-- --> running through the winter, a decision <a href="/t/harbour">harbour</a> workers had pressed for since spring ${i}.<br/>The crossing carried <!-- -->more than 40,000 passengers<!-- --> last year, most of them late at night.</div>`;
  const html = `<html><head><title>Ferry vote</title></head><body><article>${[1, 2, 3, 4].map(para).join('')}</article></body></html>`;
  const { text } = extractArticle(html);
  assert.match(text, /keep the night crossing running/);
  assert.match(text, /carried more than 40,000 passengers last year/);
});

test('a pop-up card shown over a name (a profile with links to other stories) is no part of the sentence; the name is', () => {
  const card = (name: string, id: number) => `<span class="rollover-people"><a class="rollover-people-link" href="/people/${id}">${name}</a><span class="rollover-people-block" id="rollover-people-${id}"><span class="rollover-block"><a class="name" href="/people/${id}">${name} Jr.</a><a class="people-articles" href="/a/${id}">Harbor council doubles down on ferry cuts</a> <a class="more" href="/people/${id}">MORE</a></span></span></span>`;
  const para = (i: number) => `<p>Harbor Town Mayor ${card('Dana Whitfield', 100 + i)} (D) said on Tuesday that the night ferry would keep running through the winter, a decision dock workers had pressed for since the spring of year ${i}.</p>`;
  const html = `<html><head><title>Ferry vote</title></head><body><article>${[1, 2, 3, 4].map(para).join('')}</article></body></html>`;
  const { text } = extractArticle(html);
  assert.match(text, /Harbor Town Mayor Dana Whitfield \(D\) said on Tuesday/);
  assert.doesNotMatch(text, /MORE|doubles down|Whitfield Jr/);
});

test('a pull quote and a highlights box repeat the story out of place: removed', () => {
  const body = '<p>The harbour council postponed its vote on the ferry subsidy on Tuesday, saying the figures were not ready.</p>'.repeat(3);
  const html = `<html><body><article><div class="highlights"><ul><li>She added that an appeal could be made.</li></ul></div>${body}<table><tr><td class="pullquote">“If you don’t have a big booster, you’re not going to make it,” Stafford said.</td></tr></table><p>Doug Cooke, a former official, said the rocket was not being used for what it was designed to do, and he argued for a change of course.</p>${body}</article></body></html>`;
  const { text } = extractArticle(html);
  assert.ok(!text.includes('big booster'), text);
  assert.ok(!text.includes('an appeal could be made'), text);
  assert.ok(text.includes('Doug Cooke, a former official'), text);
});
