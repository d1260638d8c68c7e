/**
 * npm run bench -- server [--db PATH] [--rounds N] [--workers N]
 *
 * Page and API latency of `whosaid serve` on the PolNeAR corpus: ingests the
 * PolNeAR texts (train + dev) through the corpus ingest into a SQLite store
 * (kept in bench/out/, so a re-run skips the ingest: the ingest is
 * resumable), starts the server on loopback and times real HTTP requests to
 * every page kind: first request (cold: caches empty) and then N rounds
 * (p50/p95/max). Target: every page under 200 ms.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, REPO_ROOT } from '../eval/data.js';
import { ingest } from '../src/corpus/ingest.js';
import { startServer } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';

/** The brief's latency target for a page. */
const TARGET_MS = 200;
const DEFAULT_ROUNDS = 20;
/** Articles whose reader page is timed (spread over the corpus). */
const READER_SAMPLE = 40;
/** Most-quoted speakers whose page is timed. */
const SPEAKER_SAMPLE = 10;
const SEARCH_WORDS = ['president', 'campaign', 'immigration', 'said', 'percent'];

interface Metadata { publisher: string; date: string; title: string }

function readMetadata(): Map<string, Metadata> {
  const rows = readFileSync(dataPath('datasets', 'polnear', 'metadata.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  const out = new Map<string, Metadata>();
  for (const r of rows) {
    const c = r.split('\t');
    out.set(c[1]!, { publisher: c[4]!, date: c[5]!, title: c[7]! });
  }
  return out;
}

/** A JSONL of the PolNeAR texts: the outlet travels as the URL's host (JSONL inputs carry no outlet field). */
function writeJsonl(path: string): number {
  const meta = readMetadata();
  const lines: string[] = [];
  for (const split of ['train', 'dev', 'test']) {
    let dir: string;
    try { dir = dataPath('datasets', 'polnear', split, 'text'); } catch { continue; }
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      const name = f.slice(0, -4);
      const m = meta.get(name);
      const text = readFileSync(join(dir, f), 'utf8');
      lines.push(JSON.stringify({ id: name, text, url: `https://${m?.publisher ?? 'unknown'}/${name}`, ...(m && /^\d{4}-\d{2}-\d{2}$/.test(m.date) ? { date: m.date } : {}) }));
    }
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return lines.length;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export async function run(args: string[]): Promise<void> {
  const arg = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const rounds = Number(arg('--rounds') ?? DEFAULT_ROUNDS);
  const outDir = join(REPO_ROOT, 'bench', 'out');
  mkdirSync(outDir, { recursive: true });
  const dbPath = arg('--db') ?? join(outDir, 'server-polnear.db');
  const jsonl = join(outDir, 'polnear.jsonl');
  const inputs = writeJsonl(jsonl);

  const store = await openStore(dbPath);
  const t0 = performance.now();
  const stats = await ingest(store, [jsonl], { workers: Number(arg('--workers') ?? 1) });
  const c = await store.count();
  console.log(`corpus: ${inputs} PolNeAR texts; ingest stored ${stats.stored}, skipped ${stats.skipped} already stored, ${stats.errors} errors in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`store ${dbPath}: ${c.articles} articles, ${c.quotes} quotations`);

  const started = performance.now();
  const server = await startServer({ store, port: 0 });
  try {
    await server.ready;
    console.log(`server start: corpus aggregates cached ${(performance.now() - started).toFixed(0)} ms after start (before that the outlets page waits for them)`);
    const articles = await store.listArticles({ limit: 100_000 });
    const step = Math.max(1, Math.floor(articles.length / READER_SAMPLE));
    const readerIds = articles.filter((_, i) => i % step === 0).slice(0, READER_SAMPLE).map((a) => a.id);
    const counts = new Map<string, number>();
    for (const q of await store.quotes({ limit: 1_000_000 })) if (q.speaker.trim()) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    const speakers = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, SPEAKER_SAMPLE).map(([s]) => s);
    const enc = encodeURIComponent;
    const routes: Array<{ name: string; paths: string[] }> = [
      { name: 'outlets page', paths: ['/outlets'] },
      { name: 'article list', paths: ['/', '/?offset=500', '/?q=Trump'] },
      { name: 'reader', paths: readerIds.map((id) => `/articles/${enc(id)}`) },
      { name: 'speaker page', paths: speakers.map((s) => `/speakers/${enc(s)}`) },
      { name: 'search page', paths: SEARCH_WORDS.map((w) => `/search?q=${w}`).concat(['/search?q=tax&from=2016-01-01&to=2016-06-30']) },
      { name: 'GET /api/articles/:id', paths: readerIds.slice(0, 10).map((id) => `/api/articles/${enc(id)}`) },
      { name: 'GET /api/quotes', paths: speakers.slice(0, 5).map((s) => `/api/quotes?speaker=${enc(s)}`).concat(['/api/quotes?q=border']) },
      { name: 'GET /api/search', paths: SEARCH_WORDS.map((w) => `/api/search?q=${w}`) },
      { name: 'GET /api/speakers/:id', paths: speakers.slice(0, 5).map((s) => `/api/speakers/${enc(s)}`) },
    ];
    console.log(`\n${'route'.padEnd(24)} ${'paths'.padStart(5)} ${'cold max'.padStart(9)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)}  (ms, ${rounds} rounds)`);
    let worst = 0;
    for (const r of routes) {
      if (!r.paths.length) { console.log(`${r.name.padEnd(24)} (nothing to time: no quotations in the store)`); continue; }
      const time = async (p: string) => {
        const s = performance.now();
        const res = await fetch(server.url + p);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${p}: HTTP ${res.status}`);
        return performance.now() - s;
      };
      let cold = 0;
      for (const p of r.paths) cold = Math.max(cold, await time(p));
      const warm: number[] = [];
      for (let i = 0; i < rounds; i++) for (const p of r.paths) warm.push(await time(p));
      warm.sort((a, b) => a - b);
      const max = warm[warm.length - 1]!;
      worst = Math.max(worst, max, cold);
      console.log(`${r.name.padEnd(24)} ${String(r.paths.length).padStart(5)} ${cold.toFixed(1).padStart(9)} ${percentile(warm, 0.5).toFixed(1).padStart(7)} ${percentile(warm, 0.95).toFixed(1).padStart(7)} ${max.toFixed(1).padStart(7)}`);
    }
    console.log(`\nslowest request: ${worst.toFixed(1)} ms (target < ${TARGET_MS} ms): ${worst < TARGET_MS ? 'met' : 'NOT met'}`);
  } finally {
    await server.close();
    await store.close();
  }
}
