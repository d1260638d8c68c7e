import { createWriteStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { basename, join } from 'node:path';
import { seededRandom } from '../ml/rng.js';

/**
 * Synthesizes a large corpus from a folder of real article texts, for
 * benchmarks: JSONL files of {id, text, url, date}. Deterministic for a seed.
 * Each synthetic article is one of:
 *  - a remix: paragraphs of two or three source articles (so texts hold real
 *    quotations, names and dates, in new combinations);
 *  - a wire copy of an earlier synthetic article: a dateline added, a paragraph
 *    dropped (near-duplicates, which must be grouped into one story);
 *  - the source article lightly edited (a paragraph dropped).
 * The output is never committed; benchmarks write it to a temporary folder.
 */

/** Share of wire copies and light edits among generated articles; the rest are remixes. */
const WIRE_COPY_SHARE = 0.15;
const LIGHT_EDIT_SHARE = 0.1;
/** Lines per JSONL file (several files, as a crawl delivers them). */
const LINES_PER_FILE = 5000;
/** Most paragraphs of a remix: keeps lengths near real articles. */
const REMIX_MAX_PARAGRAPHS = 14;

export interface SourceText { name: string; outlet: string; date: string | null; paragraphs: string[] }


/** Reads the source texts: outlet and date from names like "outlet_YYYY-MM-DD_slug.txt" when present. */
export function readSources(dirs: string[]): SourceText[] {
  const out: SourceText[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      const m = basename(f).match(/^([a-z0-9-]+)_(\d{4}-\d{2}-\d{2})_/i);
      const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
      if (paragraphs.length) out.push({ name: f, outlet: m ? m[1]! : 'unknown', date: m ? m[2]! : null, paragraphs });
    }
  }
  return out;
}

function shiftDate(date: string | null, days: number): string {
  const d = new Date(`${date ?? '2016-01-01'}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface GeneratedItem { id: string; text: string; url: string; date: string }

/** The n synthetic articles, one at a time. */
export function* synthesize(sources: SourceText[], n: number, seed = 1): Generator<GeneratedItem> {
  if (!sources.length) throw new Error('no source texts');
  const rnd = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  /** Recent generated articles that wire copies are made from (bounded: memory stays flat). */
  const recent: GeneratedItem[] = [];
  for (let k = 0; k < n; k++) {
    const r = rnd();
    let text: string, outlet: string, date: string;
    if (r < WIRE_COPY_SHARE && recent.length) {
      const orig = pick(recent);
      const paras = orig.text.split('\n\n');
      if (paras.length > 3) paras.splice(1 + Math.floor(rnd() * (paras.length - 2)), 1);
      outlet = pick(sources).outlet;
      text = `WASHINGTON (${outlet}) - ${paras.join('\n\n')}`;
      date = shiftDate(orig.date, Math.floor(rnd() * 3));
    } else if (r < WIRE_COPY_SHARE + LIGHT_EDIT_SHARE) {
      const s = pick(sources);
      const paras = [...s.paragraphs];
      if (paras.length > 3) paras.splice(1 + Math.floor(rnd() * (paras.length - 2)), 1);
      text = paras.join('\n\n');
      outlet = s.outlet;
      date = shiftDate(s.date, Math.floor(rnd() * 60));
    } else {
      const parts = [pick(sources), pick(sources), ...(rnd() < 0.5 ? [pick(sources)] : [])];
      const paras: string[] = [];
      for (const s of parts) {
        const start = Math.floor(rnd() * Math.max(1, s.paragraphs.length - 3));
        paras.push(...s.paragraphs.slice(start, start + 2 + Math.floor(rnd() * 4)));
      }
      text = paras.slice(0, REMIX_MAX_PARAGRAPHS).join('\n\n');
      outlet = parts[0]!.outlet;
      date = shiftDate(parts[0]!.date, Math.floor(rnd() * 365) - 180);
    }
    const item = { id: `gen-${k}`, text, url: `https://${outlet}.example/gen/${k}`, date };
    if (recent.length < 2000) recent.push(item); else recent[Math.floor(rnd() * recent.length)] = item;
    yield item;
  }
}

/** Writes n synthetic articles as JSONL files in outDir; returns the file paths. */
export async function generateCorpus(sourceDirs: string[], outDir: string, n: number, seed = 1): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const sources = readSources(sourceDirs);
  const files: string[] = [];
  let out: ReturnType<typeof createWriteStream> | null = null;
  let i = 0;
  for (const item of synthesize(sources, n, seed)) {
    if (i % LINES_PER_FILE === 0) {
      if (out) { out.end(); await once(out, 'finish'); }
      const path = join(outDir, `generated-${String(files.length).padStart(4, '0')}.jsonl`);
      files.push(path);
      out = createWriteStream(path);
    }
    if (!out!.write(JSON.stringify(item) + '\n')) await once(out!, 'drain');
    i++;
  }
  if (out) { out.end(); await once(out, 'finish'); }
  return files;
}
