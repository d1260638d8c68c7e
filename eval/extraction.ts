/**
 * npm run eval -- extraction [--limit N] [--show-worst K] [--no-meta] [--no-body] [--all-langs]
 *
 * 1. Main-content extraction on the article-extraction benchmark (Scrapinghub/Zyte,
 *    181 pages): 4-gram word shingles, scored as the benchmark's own evaluate.py does
 *    (tokens = \w+ runs, case kept; shingles as multisets; per page tp/fp/fn
 *    normalized to sum 1; precision and recall averaged over pages; F1 = harmonic
 *    mean of the two averages). The mean of per-page F1 is printed too.
 *    Plain Readability (linkedom, textContent) is scored in the same run as baseline.
 * 2. Metadata on the fundus-news English cases (<html lang="en*">): title accuracy,
 *    date accuracy (same calendar day), all-authors-found rate; and, as a check on
 *    pages the extractor was not tuned on, body shingle F1 against fundus's bodies.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/ingest/html.js';
import { dataPath } from './data.js';
import { checkFloors } from './_floors.js';

const SHINGLE_N = 4;

/** Python's \w (str patterns): letters, digits/numerics, underscore. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export function benchmarkTokens(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Shingle multiset, as the benchmark builds it (a text shorter than n gives one short shingle). */
function shingles(text: string, n = SHINGLE_N): Map<string, number> {
  const toks = benchmarkTokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, toks.length - n + 1); i++) {
    const s = toks.slice(i, i + n);
    if (!s.length) continue;
    const k = s.join('\u0001');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export interface PageScore { tp: number; fp: number; fn: number }

/** One page: multiset shingle tp/fp/fn, normalized to sum 1 so every page weighs the same. */
export function shingleMatch(truth: string, pred: string): PageScore {
  const t = shingles(truth), p = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(k) ?? 0, b = p.get(k) ?? 0;
    tp += Math.min(a, b); fp += Math.max(0, b - a); fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: PageScore): number { return fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp); }
function recallOf({ tp, fp, fn }: PageScore): number { return fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn); }
function pageF1(s: PageScore): number { const p = precisionOf(s), r = recallOf(s); return p + r ? (2 * p * r) / (p + r) : 0; }
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** The benchmark's aggregate: macro precision and recall, F1 of those two. */
export function benchmarkMetrics(pages: PageScore[]): { precision: number; recall: number; f1: number; meanPageF1: number } {
  const precision = mean(pages.filter((s) => s.tp + s.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((s) => s.tp + s.fn > 0).map(recallOf));
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, meanPageF1: mean(pages.map(pageF1)) };
}

/** Readability exactly as the benchmark's readability_js runner uses it (textContent), on linkedom. */
export function plainReadability(html: string): string {
  const { document } = parseHTML(html);
  try {
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch { return ''; }
}

function readGz(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}

interface Args { limit: number; showWorst: number; meta: boolean; body: boolean; allLangs: boolean }
function parseArgs(args: string[]): Args {
  const out: Args = { limit: Infinity, showWorst: 0, meta: true, body: true, allLangs: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--limit') out.limit = Number(args[++i]);
    else if (a === '--show-worst') out.showWorst = Number(args[++i]);
    else if (a === '--no-meta') out.meta = false;
    else if (a === '--no-body') out.body = false;
    else if (a === '--all-langs') out.allLangs = true;
  }
  return out;
}

const pad = (s: string, n: number) => s.padEnd(n);
const f3 = (x: number) => x.toFixed(3);

function evalBody(a: Args): void {
  const dir = dataPath('datasets', 'article-extraction');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
  const ids = Object.keys(truth).sort().slice(0, a.limit);
  const ours: PageScore[] = [], base: PageScore[] = [];
  const methods = new Map<string, number>();
  const perPage: { id: string; f1: number; base: number; method: string }[] = [];
  let msOurs = 0, msBase = 0;
  for (const id of ids) {
    const html = readGz(join(dir, 'html', `${id}.html.gz`));
    const gold = truth[id]!.articleBody ?? '';
    let t0 = performance.now();
    const got = extractArticle(html, truth[id]!.url);
    msOurs += performance.now() - t0;
    t0 = performance.now();
    const baseText = plainReadability(html);
    msBase += performance.now() - t0;
    const so = shingleMatch(gold, got.text), sb = shingleMatch(gold, baseText);
    ours.push(so); base.push(sb);
    methods.set(got.method, (methods.get(got.method) ?? 0) + 1);
    perPage.push({ id, f1: pageF1(so), base: pageF1(sb), method: got.method });
  }
  const mo = benchmarkMetrics(ours), mb = benchmarkMetrics(base);
  console.log(`\nMain-content extraction: article-extraction benchmark, ${ids.length} pages (4-gram word shingles)`);
  console.log(`${pad('extractor', 34)}${pad('precision', 11)}${pad('recall', 9)}${pad('F1', 8)}${pad('mean page F1', 14)}ms/page`);
  console.log(`${pad('readability (plain, baseline)', 34)}${pad(f3(mb.precision), 11)}${pad(f3(mb.recall), 9)}${pad(f3(mb.f1), 8)}${pad(f3(mb.meanPageF1), 14)}${(msBase / ids.length).toFixed(1)}`);
  console.log(`${pad('whosaid extractArticle', 34)}${pad(f3(mo.precision), 11)}${pad(f3(mo.recall), 9)}${pad(f3(mo.f1), 8)}${pad(f3(mo.meanPageF1), 14)}${(msOurs / ids.length).toFixed(1)}`);
  console.log(`published: Readability.js 0.947, trafilatura 0.958; target >= 0.955`);
  console.log(`methods: ${[...methods].map(([m, n]) => `${m} ${n}`).join(', ')}`);
  if (a.limit === Infinity) checkFloors('extraction', { body_f1: mo.f1 });
  if (a.showWorst > 0) {
    console.log(`\nworst pages (page F1, baseline F1, method):`);
    for (const p of [...perPage].sort((x, y) => x.f1 - y.f1).slice(0, a.showWorst)) console.log(`  ${p.id.slice(0, 12)}  ${f3(p.f1)}  ${f3(p.base)}  ${p.method}`);
  }
}

interface FundusCase {
  html: string; url: string; lang_attr: string | null; publisher: string;
  expected: { title?: string; authors?: string[]; publishing_date?: string | null; body?: FundusBody | null };
}
interface FundusBody { summary?: string[]; sections?: { headline?: string[]; paragraphs?: string[] }[] }

/** fundus's expected body as text (summary, then each section's headline and paragraphs). */
function fundusBodyText(b: FundusBody): string {
  const parts = [...(b.summary ?? [])];
  for (const s of b.sections ?? []) parts.push(...(s.headline ?? []), ...(s.paragraphs ?? []));
  return parts.join('\n\n');
}

/** Titles compare after folding white space, quote and dash look-alikes, and case. */
function foldTitle(s: string): string {
  return s.normalize('NFKC').replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\p{Cf}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
function foldName(s: string): string { return foldTitle(s).replace(/[.]/g, ''); }

/** The calendar day of a date string in its own offset (ISO or fundus "YYYY-MM-DD HH:MM:SS+HH:MM"). */
function dayOf(s: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s.trim());
  return m ? m[1]! : null;
}
/** The instant of a date-time with an offset, else null. */
function instantOf(s: string): number | null {
  const t = s.trim().replace(' ', 'T');
  if (!/T\d{2}:\d{2}/.test(t) || !/(?:Z|[+-]\d{2}:?\d{2})$/.test(t)) return null;
  const ms = Date.parse(t.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(ms) ? null : ms;
}
/**
 * Same publication day: the days agree as written, or (both carrying offsets)
 * our instant falls on the expected day in the expected offset.
 */
export function sameDay(expected: string, got: string): boolean {
  const de = dayOf(expected), dg = dayOf(got);
  if (!de || !dg) return false;
  if (de === dg) return true;
  const ie = instantOf(expected), ig = instantOf(got);
  if (ie === null || ig === null) return false;
  const off = /([+-])(\d{2}):?(\d{2})$/.exec(expected.trim());
  const offMs = off ? (off[1] === '-' ? -1 : 1) * (Number(off[2]) * 60 + Number(off[3])) * 60000 : 0;
  return new Date(ig + offMs).toISOString().slice(0, 10) === de;
}

function evalMeta(a: Args): void {
  const dir = dataPath('datasets', 'fundus-news');
  const cases = (JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as FundusCase[])
    .filter((c) => a.allLangs || (c.lang_attr ?? '').toLowerCase().startsWith('en')).slice(0, a.limit);
  let titleOk = 0, titleN = 0, dateOk = 0, dateN = 0, instOk = 0, instN = 0, authOk = 0, authN = 0, authExact = 0;
  const misses: string[] = [];
  const bodyOurs: PageScore[] = [], bodyBase: PageScore[] = [];
  for (const c of cases) {
    const html = readGz(join(dir, c.html));
    const { meta, text } = extractArticle(html, c.url);
    const e = c.expected;
    const goldBody = e.body ? fundusBodyText(e.body) : '';
    if (goldBody) { bodyOurs.push(shingleMatch(goldBody, text)); bodyBase.push(shingleMatch(goldBody, plainReadability(html))); }
    if (e.title) {
      titleN++;
      if (meta.title && foldTitle(meta.title) === foldTitle(e.title)) titleOk++;
      else misses.push(`title  ${c.publisher}: want "${e.title}" got "${meta.title}" (${meta.sources?.title})`);
    }
    if (e.publishing_date) {
      dateN++;
      if (meta.published && sameDay(e.publishing_date, meta.published)) dateOk++;
      else misses.push(`date   ${c.publisher}: want ${e.publishing_date} got ${meta.published} (${meta.sources?.published})`);
      const ie = instantOf(e.publishing_date);
      if (ie !== null) { instN++; if (meta.published && instantOf(meta.published) === ie) instOk++; }
    }
    if (e.authors && e.authors.length) {
      authN++;
      const got = new Set(meta.authors.map(foldName));
      const want = e.authors.map(foldName);
      if (want.every((w) => got.has(w))) { authOk++; if (got.size === want.length) authExact++; }
      else misses.push(`author ${c.publisher}: want ${JSON.stringify(e.authors)} got ${JSON.stringify(meta.authors)} (${meta.sources?.authors})`);
    }
  }
  console.log(`\nMetadata: fundus-news ${a.allLangs ? 'cases, all languages' : 'English cases'} (${cases.length} pages)`);
  console.log(`${pad('field', 40)}${pad('correct', 10)}${pad('of', 6)}accuracy`);
  const row = (name: string, ok: number, n: number) => console.log(`${pad(name, 40)}${pad(String(ok), 10)}${pad(String(n), 6)}${f3(n ? ok / n : 0)}`);
  row('title', titleOk, titleN);
  row('date (same day)', dateOk, dateN);
  row('date-time (same instant, informative)', instOk, instN);
  row('all authors found', authOk, authN);
  row('authors exactly (informative)', authExact, authN);
  console.log(`targets: title >= 0.90, date >= 0.90, all authors >= 0.90`);
  if (a.limit === Infinity && !a.allLangs) checkFloors('extraction', { title: titleOk / titleN, date: dateOk / dateN, all_authors: authOk / authN });
  // a second, untuned check of the body extractor: fundus's expected article bodies
  const bo = benchmarkMetrics(bodyOurs), bb = benchmarkMetrics(bodyBase);
  console.log(`body text vs fundus expected body (${bodyOurs.length} pages, same shingle F1): readability ${f3(bb.f1)} (P ${f3(bb.precision)} R ${f3(bb.recall)}), whosaid ${f3(bo.f1)} (P ${f3(bo.precision)} R ${f3(bo.recall)})`);
  if (a.showWorst > 0) { console.log('\nmisses:'); for (const m of misses.slice(0, a.showWorst)) console.log(`  ${m}`); }
}

export function run(args: string[]): void {
  const a = parseArgs(args);
  if (a.body) evalBody(a);
  if (a.meta) evalMeta(a);
}
