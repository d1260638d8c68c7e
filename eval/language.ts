/**
 * npm run eval -- language [--show]
 * Language identification (src/language):
 *  1. PolNeAR (the train and dev texts there are, all English news): the share read
 *     by the English stages (identified as English, or too short to tell). Any
 *     other answer would skip them on an English article, so the floor is 1.
 *  2. The fundus news pages (many languages): agreement of the identified
 *     language with the page's declared `<html lang>` (primary subtag; "no" is
 *     Norwegian Bokmål, "nb"), over the pages that declare one. Declarations
 *     can be wrong (Zulu pages declared "en"): --show lists every disagreement
 *     with the page's first words, to read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { extractArticle } from '../src/ingest/html.js';
import { englishStagesRun, identifyLanguage } from '../src/language/index.js';
import { readPolnear } from '../src/attribution/model/corpus.js';
import { dataPath } from './data.js';
import { checkFloors } from './_floors.js';

/** Declared codes that name the same language as the identifier's. */
const SAME: Record<string, string> = { no: 'nb' };

export function run(args: string[]): void {
  const show = args.includes('--show');
  const t0 = performance.now();
  let texts = 0, english = 0, read = 0;
  const others: Record<string, number> = {};
  const splits = readdirSync(dataPath('datasets', 'polnear')).filter((d) => ['train', 'dev'].includes(d)).sort();
  for (const split of splits) {
    for (const g of readPolnear(dataPath('datasets', 'polnear', split))) {
      texts++;
      const id = identifyLanguage(g.text);
      if (englishStagesRun(id.code)) read++;
      if (id.code === 'en') english++;
      else others[`${id.code ?? id.rule}`] = (others[`${id.code ?? id.rule}`] ?? 0) + 1;
    }
  }
  const readShare = read / texts;
  console.log(`PolNeAR (${splits.join(', ')}): ${texts} English texts, read by the English stages ${readShare.toFixed(4)} (${read}/${texts}); identified as English ${english}${Object.keys(others).length ? `, otherwise: ${JSON.stringify(others)}` : ''}`);

  const root = dataPath('datasets', 'fundus-news');
  const cases = JSON.parse(readFileSync(join(root, 'cases.json'), 'utf8')) as { html: string; url: string; lang_attr?: string; publisher: string }[];
  let declared = 0, agree = 0;
  const byLang: Record<string, [number, number]> = {};
  const confusions: Record<string, number> = {};
  for (const c of cases) {
    const decl = (c.lang_attr ?? '').split('-')[0]!.toLowerCase();
    if (!decl) continue;
    const { text } = extractArticle(gunzipSync(readFileSync(join(root, c.html))).toString('utf8'), c.url);
    const id = identifyLanguage(text);
    const want = SAME[decl] ?? decl;
    declared++;
    const b = (byLang[want] ??= [0, 0]);
    b[0]++;
    if (id.code === want) { agree++; b[1]++; continue; }
    const k = `${want} -> ${id.code ?? id.rule}`;
    confusions[k] = (confusions[k] ?? 0) + 1;
    if (show) console.log(`  ${k}\t${c.publisher}\t${JSON.stringify(text.slice(0, 90))}`);
  }
  const agreement = agree / declared;
  console.log(`fundus pages with a declared language: ${declared}, identified language agrees ${agreement.toFixed(4)} (${agree}/${declared})`);
  console.log(`  by declared language: ${Object.entries(byLang).sort((a, b) => b[1][0] - a[1][0]).map(([l, [n, k]]) => `${l} ${k}/${n}`).join(', ')}`);
  console.log(`  disagreements (declared -> identified): ${Object.entries(confusions).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  console.log(`time: ${Math.round(performance.now() - t0)} ms (includes reading and HTML extraction)`);
  checkFloors('language', { polnear_english: readShare, fundus_agreement: agreement });
}
