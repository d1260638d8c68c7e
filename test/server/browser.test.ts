import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/analyze.ts';
import type { WhosaidRecord } from '../../src/record/schema.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';
import { SEED_DATE, SEED_SKIP, seedText } from '../helpers/seed.ts';
import { CHROMIUM_SKIP, launchBrowser, type Browser } from './browser.ts';
import { composedRecord, XSS_PAYLOADS, xssRecord } from './records.ts';

/** Screenshots go to the ignored screenshots/ folder; `npm run screenshots` refreshes docs/screenshots/. */
const SHOTS = join(process.cwd(), 'screenshots');

let dir: string;
let store: Store;
let server: RunningServer;
let browser: Browser;
const ids: Record<string, string> = {};

before(async () => {
  if (CHROMIUM_SKIP) return;
  dir = mkdtempSync(join(tmpdir(), 'whosaid-browser-'));
  store = await openStore(join(dir, 'whosaid.db'));
  const seedRecord: WhosaidRecord[] = seedText ? [analyze({ text: seedText, meta: { title: 'Seed article', outlet: 'Seed', published: SEED_DATE } }, { date: SEED_DATE })] : [];
  const put = await store.putMany([composedRecord('harbor-1'), xssRecord('evil-1'), ...seedRecord].map((record, i) => ({ record, contentHash: `h${i}`, pipelineVersion: 'test' })));
  [ids.harbor, ids.evil, ids.seed] = put.map((p) => p.articleId);
  server = await startServer({ store, port: 0 });
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  if (CHROMIUM_SKIP) return;
  await browser?.close();
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface MarkInfo { id: string; speaker: string; kind: string; background: string; border: string; badge: string }

/** The focusable quote highlights of the page, with their computed colors. */
function quoteMarks(page: Page): Promise<MarkInfo[]> {
  return page.$$eval('mark.q[tabindex="0"]', (els) => els.map((el) => {
    const s = getComputedStyle(el);
    return {
      id: el.id, speaker: (el as HTMLElement).dataset.speaker ?? '', kind: (el as HTMLElement).dataset.kind ?? '',
      background: s.backgroundColor, border: s.borderBottomStyle, badge: el.querySelector('.kb')?.textContent ?? '',
    };
  }));
}

function colorsBySpeaker(marks: MarkInfo[], pick: (m: MarkInfo) => boolean): Set<string> {
  return new Set(marks.filter(pick).map((m) => m.background));
}

test('reader: one color per speaker, a non-color cue per kind, tooltip on focus, Tab and j/k move across quotes', { skip: CHROMIUM_SKIP }, async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/articles/${ids.harbor}`);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('js')), true, 'the page script ran');
  const marks = await quoteMarks(page);
  assert.equal(marks.length, 8);
  const roe = colorsBySpeaker(marks, (m) => m.speaker === 'Jane Roe');
  const anon = colorsBySpeaker(marks, (m) => m.speaker === 'a senior city official');
  assert.equal(marks.filter((m) => m.speaker === 'Jane Roe').length, 3);
  assert.equal(marks.filter((m) => m.speaker === 'a senior city official').length, 4);
  assert.equal(roe.size, 1, 'Jane Roe: one color');
  assert.equal(anon.size, 1, 'the official: one color');
  assert.notEqual([...roe][0], [...anon][0]);
  assert.ok(marks.every((m) => m.background !== 'rgba(0, 0, 0, 0)'));
  // non-color cue: badge letter and underline style differ by kind
  const byKind = new Map(marks.map((m) => [m.kind, m]));
  assert.equal(byKind.get('person')!.badge, 'P');
  assert.equal(byKind.get('anonymous')!.badge, 'A');
  assert.notEqual(byKind.get('person')!.border, byKind.get('anonymous')!.border);
  // boilerplate collapsed
  assert.equal(await page.$eval('details.boilerplate', (d) => (d as HTMLDetailsElement).open), false);

  // Tab walks the quotes in reading order (source links sit between them)
  const visited: string[] = [];
  for (let i = 0; i < 60 && visited.length < marks.length; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => (document.activeElement?.matches('mark.q') ? document.activeElement.id : null));
    if (id) visited.push(id);
  }
  assert.deepEqual(visited, marks.map((m) => m.id));
  // focus shows the speaker, kind, cue and relay
  await page.focus('#quote-q3');
  const tip = await page.$eval('#tip', (el) => ({ hidden: (el as HTMLElement).hidden, text: el.textContent }));
  assert.equal(tip.hidden, false);
  assert.match(tip.text ?? '', /SpeakerJane Roe/);
  assert.match(tip.text ?? '', /Kindnamed person/);
  assert.match(tip.text ?? '', /Cuetold/);
  assert.match(tip.text ?? '', /RelayHarbor Gazette/);
  // j and k
  await page.keyboard.press('j');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'quote-q4');
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'quote-q2');
  await page.screenshot({ path: join(SHOTS, 'reader-composed.png'), fullPage: true });
  await page.close();
});

test('speaker page from the source link, then a search from the header', { skip: CHROMIUM_SKIP }, async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/articles/${ids.harbor}`);
  await page.click('a.src[href="/speakers/Jane%20Roe"] >> nth=0');
  await page.waitForURL(/\/speakers\/Jane%20Roe$/);
  assert.equal(await page.textContent('h1'), 'Jane Roe');
  assert.equal(await page.locator('li.quote-item').count(), 3);
  assert.equal(await page.locator('svg.chart rect').count(), 1);
  await page.screenshot({ path: join(SHOTS, 'speaker.png'), fullPage: true });

  await page.fill('#hq', 'delays');
  await page.press('#hq', 'Enter');
  await page.waitForURL(/\/search\?q=delays$/);
  const results = await page.$$eval('li.quote-item', (els) => els.map((e) => (e as HTMLElement).dataset.speaker));
  assert.deepEqual(results, ['a senior city official']);
  // follow the result back to the quote in its article
  await page.click('li.quote-item .meta a');
  await page.waitForURL(/\/articles\/.+#quote-q8$/);
  await page.screenshot({ path: join(SHOTS, 'search.png') });
  await page.goto(`${server.url}/outlets`);
  assert.equal(await page.locator('svg.chart').count(), 2);
  await page.close();
});

test('XSS: scripts, event handlers and javascript: links in an article never run', { skip: CHROMIUM_SKIP }, async () => {
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  const speaker = encodeURIComponent(`Mayor ${XSS_PAYLOADS.script}`);
  for (const path of [`/articles/${ids.evil}`, '/', '/search?q=final', `/speakers/${speaker}`, '/outlets']) {
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), undefined, path);
    // the payload text is on the page, as text
    if (path.startsWith('/articles')) assert.match(await page.textContent('.article-body') ?? '', /<img src=x onerror=window.__xss=2>/);
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(hrefs.every((h) => !/^\s*javascript:/i.test(h)), `${path}: ${hrefs.filter((h) => /javascript/i.test(h))}`);
    assert.equal(await page.locator('img, iframe, object, embed').count(), 0, path);
  }
  // hover and focus the quote too (handlers would fire then)
  await page.goto(`${server.url}/articles/${ids.evil}`);
  await page.hover('mark.q');
  await page.focus('mark.q');
  // and pasted HTML goes through the same reader
  await page.goto(`${server.url}/paste`);
  await page.fill('#paste-text', `<html><head><title>${XSS_PAYLOADS.script}</title></head><body><article><p>The mayor said ${XSS_PAYLOADS.img} it was done. <a href="${XSS_PAYLOADS.js}">more</a></p></article></body></html>`);
  await page.click('button[type="submit"]');
  await page.waitForLoadState('load');
  assert.match(await page.textContent('h1') ?? '', /Pasted|script/);
  assert.equal(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), undefined);
  assert.deepEqual(dialogs, []);
  await page.close();
});

test('reading works without JavaScript', { skip: CHROMIUM_SKIP }, async () => {
  const page = await browser.context.newPage();
  // scripts off for this page only (a second browser would cost seconds)
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  await page.goto(`${server.url}/articles/${ids.harbor}`);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('js')), false, 'the page script did not run');
  assert.equal(await page.locator('mark.q[tabindex="0"]').count(), 8);
  assert.match(await page.getAttribute('#quote-q1', 'title') ?? '', /Speaker: Jane Roe/);
  assert.ok(await page.locator('aside h2#h-sources').isVisible());
  await page.close();
});

test('seed article in the reader: Connolly\'s three statements in one color, the anonymous official\'s four in another', { skip: SEED_SKIP || CHROMIUM_SKIP }, async (t) => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/articles/${ids.seed}`);
  await page.screenshot({ path: join(SHOTS, 'reader.png'), fullPage: true });
  const marks = await quoteMarks(page);
  const record = await store.getRecord(ids.seed!);
  assert.equal(marks.length, record!.quotes.length, 'every quote of the record is highlighted');
  if (marks.length === 0) {
    // honest: nothing to check until the attribution engine finds the quotes
    t.skip('the pipeline finds no quotations in the seed yet (attribution engine not landed)');
    await page.close();
    return;
  }
  const connolly = marks.filter((m) => /Connolly/i.test(m.speaker));
  const anonymous = marks.filter((m) => m.kind === 'anonymous');
  assert.equal(connolly.length, 3, `Connolly statements: ${connolly.length}`);
  assert.equal(anonymous.length, 4, `anonymous statements: ${anonymous.length}`);
  assert.equal(new Set(connolly.map((m) => m.background)).size, 1);
  assert.equal(new Set(anonymous.map((m) => m.speaker)).size, 1, 'one anonymous official');
  assert.equal(new Set(anonymous.map((m) => m.background)).size, 1);
  assert.notEqual(connolly[0]!.background, anonymous[0]!.background);
  await page.close();
});
