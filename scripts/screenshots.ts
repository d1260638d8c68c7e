/**
 * npm run screenshots: refreshes docs/screenshots/ (named by the README) with
 * the reader on the seed article (from ../shared or $WHOSAID_DATA, analysed
 * by the current pipeline) and, for the other pages, on articles composed for
 * the tests. Needs chromium (/usr/bin/chromium or $WHOSAID_CHROMIUM).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../eval/data.js';
import { analyze } from '../src/analyze.js';
import { startServer } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';
import { SEED_DATE, SEED_SKIP, seedText } from '../test/helpers/seed.js';
import { CHROMIUM_SKIP, launchBrowser } from '../test/server/browser.js';
import { composedRecord } from '../test/server/records.js';

const OUT = join(REPO_ROOT, 'docs', 'screenshots');
/** The README shows the top of the page: the article with its highlights and the sources panel. */
const VIEWPORT = { width: 1280, height: 1000 };

async function main(): Promise<void> {
  if (CHROMIUM_SKIP) throw new Error(CHROMIUM_SKIP);
  if (SEED_SKIP || !seedText) throw new Error(SEED_SKIP || 'no seed');
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-shots-'));
  const store = await openStore(join(dir, 'whosaid.db'));
  const seed = analyze({ text: seedText, meta: { title: 'Seed article: Donbas recognition (2022-02-22)', published: SEED_DATE } }, { date: SEED_DATE });
  const [seedId, exampleId] = (await store.putMany([seed, composedRecord('example')].map((record, i) => ({ record, contentHash: `s${i}`, pipelineVersion: 'screenshots' })))).map((p) => p.articleId);
  const server = await startServer({ store, port: 0 });
  const browser = await launchBrowser(VIEWPORT);
  try {
    const page = await browser.context.newPage();
    const shoot = async (path: string, file: string, fullPage = true) => {
      await page.goto(server.url + path);
      await page.waitForLoadState('load');
      await page.screenshot({ path: join(OUT, file), fullPage });
      console.log(`docs/screenshots/${file}  <- ${path}`);
    };
    await shoot(`/articles/${seedId}`, 'reader.png', false);
    await page.goto(`${server.url}/articles/${exampleId}`);
    await page.focus('#quote-q3'); // shows the tooltip
    await page.screenshot({ path: join(OUT, 'reader-example.png') });
    console.log('docs/screenshots/reader-example.png  <- composed example, quote 3 focused');
    await shoot(`/speakers/${encodeURIComponent('a senior city official')}`, 'speaker.png');
    await shoot('/search?q=bridge', 'search.png');
    console.log(`seed: ${seed.quotes.length} quotations found by the current pipeline`);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
