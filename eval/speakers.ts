/**
 * npm run eval -- speakers [--verbose] [--gold-only] [--file NAME]
 * Speaker resolution against a hand-made gold set: who each PolNeAR dev source
 * mention denotes ("he" -> Leslie Wimes, "a new report by Politico" ->
 * Politico/media, "Some" -> anonymous). PolNeAR marks sources but not whom they
 * denote, so the gold (eval/gold/speakers-*.jsonl) was written for this
 * project: every distinct gold source span of 83 dev texts, each read in its
 * article and labelled with a name and a kind under the guidelines in
 * eval/gold/README.md. Figures are printed for all and for each file. The gold holds offsets and labels only; the texts are
 * read from the data directory.
 *
 * Scored per source mention:
 * - kind: the resolved kind equals the gold kind;
 * - speaker: the kind is right and, for a person, organization or outlet, the
 *   name is the gold name or one of its alternatives (compared without case,
 *   a leading "the", a possessive or punctuation). An anonymous source or a
 *   document is right on its kind alone: a description has no single right
 *   wording.
 * Two settings, as in eval/_speakers.ts: the gold source spans given to the
 * resolver (resolution alone), and the full pipeline, where a gold source
 * counts only when a predicted relation has exactly that source span.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDoc } from '../src/analyze.js';
import type { Quote, SpeakerKind } from '../src/doc/types.js';
import { readPolnear, type GoldDoc } from '../src/attribution/model/corpus.js';
import { resolveSpeakers } from '../src/attribution/speakers/index.js';
import { canonicalFragments } from '../src/attribution/model/spans.js';
import { dataPath, REPO_ROOT } from './data.js';
import { quoteFromGold } from './_speakers.js';
import { checkFloors } from './_floors.js';

export const SPEAKER_GOLD_DIR = join(REPO_ROOT, 'eval', 'gold');
/** The gold files: every eval/gold/speakers-*.jsonl (one per batch of texts labelled together). */
export const speakerGoldFiles = () => readdirSync(SPEAKER_GOLD_DIR).filter((f) => /^speakers-.*\.jsonl$/.test(f)).sort().map((f) => join(SPEAKER_GOLD_DIR, f));
const KINDS: SpeakerKind[] = ['person', 'organization', 'media', 'document', 'anonymous', 'unknown'];
/** Kinds whose name is scored: they denote one named referent. */
const NAMED_KINDS = new Set<SpeakerKind>(['person', 'organization', 'media']);

export interface SpeakerGold { doc: string; start: number; end: number; source: string; speaker: string; kind: SpeakerKind; alt?: string[]; file?: string }

/** Reads the gold lines; a malformed line is an error naming its line. */
export function readSpeakerGold(file: string): SpeakerGold[] {
  const out: SpeakerGold[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let g: SpeakerGold;
    try { g = JSON.parse(line) as SpeakerGold; } catch (e) { throw new Error(`${file}:${i + 1}: not JSON (${(e as Error).message})`); }
    if (typeof g.doc !== 'string' || !Number.isInteger(g.start) || !Number.isInteger(g.end) || typeof g.speaker !== 'string' || !KINDS.includes(g.kind)) {
      throw new Error(`${file}:${i + 1}: needs doc, start, end, source, speaker and a kind among ${KINDS.join('/')}`);
    }
    out.push({ ...g, file });
  });
  return out;
}

/** A name as compared: lower case, without a leading "the", a possessive or punctuation. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/['’]s\b/g, '').replace(/[.,'’"“”]/g, '').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

/** True when a resolved speaker is the gold one (see the header). */
export function speakerMatches(pred: { name: string; kind: SpeakerKind }, gold: SpeakerGold): boolean {
  if (pred.kind !== gold.kind) return false;
  if (!NAMED_KINDS.has(gold.kind)) return true;
  const key = nameKey(pred.name);
  return [gold.speaker, ...(gold.alt ?? [])].some((n) => nameKey(n) === key);
}

class Tally {
  right = 0; kindRight = 0; total = 0;
  add(kindOk: boolean, ok: boolean): void { this.total++; if (kindOk) this.kindRight++; if (ok) this.right++; }
  toString(): string {
    const f = (a: number) => `${(a / Math.max(1, this.total)).toFixed(4)} (${a}/${this.total})`;
    return `speaker ${f(this.right)}  kind ${f(this.kindRight)}`;
  }
}

export async function run(args: string[]): Promise<void> {
  const verbose = args.includes('--verbose');
  const withPredicted = !args.includes('--gold-only');
  // --file NAME: one gold file (its name or a part of it); floors are for all files
  const only = args.indexOf('--file') >= 0 ? args[args.indexOf('--file') + 1] : undefined;
  const files = speakerGoldFiles().filter((f) => !only || f.includes(only));
  if (!files.length) throw new Error(`no eval/gold/speakers-*.jsonl file${only ? ` matching "${only}"` : ''}`);
  const gold = files.flatMap((f) => readSpeakerGold(f));
  const byDoc = new Map<string, SpeakerGold[]>();
  for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  const texts = new Map<string, GoldDoc>();
  for (const g of readPolnear(dataPath('datasets', 'polnear', 'dev'))) if (byDoc.has(g.name) && !texts.has(g.name)) texts.set(g.name, g);
  const oracle = new Tally(), predicted = new Tally();
  const oracleByFile = new Map<string, Tally>(files.map((f) => [f, new Tally()]));
  const predictedByFile = new Map<string, Tally>(files.map((f) => [f, new Tally()]));
  const oracleByKind = new Map<SpeakerKind, Tally>(KINDS.map((k) => [k, new Tally()]));
  const confusion = new Map<string, number>();
  let found = 0;
  const t0 = performance.now();
  for (const [name, items] of byDoc) {
    const g = texts.get(name);
    if (!g) throw new Error(`${items[0]!.file}: no PolNeAR dev text named "${name}"`);
    for (const it of items) {
      if (g.text.slice(it.start, it.end) !== it.source) throw new Error(`${it.file}: ${name} ${it.start}-${it.end} reads "${g.text.slice(it.start, it.end)}", not "${it.source}"`);
    }
    const doc = analyzeDoc({ text: g.text });
    // resolution alone: the gold relations' spans
    const goldQuotes = g.relations.map(quoteFromGold);
    resolveSpeakers(doc, goldQuotes);
    const key = (start: number, end: number) => `${start}-${end}`;
    const bySource = new Map<string, Quote>();
    for (const q of goldQuotes) if (q.source) bySource.set(key(q.source.start, q.source.end), q);
    // the full pipeline: a predicted source counts when its trimmed span is the gold one's
    const predBySource = new Map<string, Quote>();
    for (const q of doc.quotes) {
      if (!q.source) continue;
      const fr = canonicalFragments(g.text, [q.source]);
      if (fr.length) predBySource.set(key(fr[0]!.start, fr[fr.length - 1]!.end), q);
    }
    for (const it of items) {
      const q = bySource.get(key(it.start, it.end));
      const s = q?.speaker ?? { name: '', kind: 'unknown' as SpeakerKind };
      const ok = speakerMatches(s, it);
      oracle.add(s.kind === it.kind, ok);
      oracleByFile.get(it.file!)!.add(s.kind === it.kind, ok);
      oracleByKind.get(it.kind)!.add(s.kind === it.kind, ok);
      const c = `${it.kind} -> ${s.kind}`;
      confusion.set(c, (confusion.get(c) ?? 0) + 1);
      if (verbose && !ok) console.log(`  ${name.slice(0, 28)} ${it.start}: "${it.source.slice(0, 50)}" -> ${s.name} (${s.kind}); gold ${it.speaker} (${it.kind})`);
      if (withPredicted) {
        const fr = canonicalFragments(g.text, [{ start: it.start, end: it.end }]);
        const p = fr.length ? predBySource.get(key(fr[0]!.start, fr[fr.length - 1]!.end)) : undefined;
        if (p) found++;
        predicted.add(!!p && p.speaker.kind === it.kind, !!p && speakerMatches(p.speaker, it));
        predictedByFile.get(it.file!)!.add(!!p && p.speaker.kind === it.kind, !!p && speakerMatches(p.speaker, it));
      }
    }
  }
  const rel = (f: string) => f.slice(REPO_ROOT.length + 1);
  console.log(`speaker gold (${files.map(rel).join(', ')}): ${gold.length} source mentions in ${byDoc.size} PolNeAR dev texts`);
  console.log(`gold source spans:  ${oracle.toString()}`);
  if (files.length > 1) for (const f of files) console.log(`  ${rel(f).padEnd(42)} ${oracleByFile.get(f)!.toString()}`);
  for (const k of KINDS) { const t = oracleByKind.get(k)!; if (t.total) console.log(`  ${k.padEnd(12)} ${t.toString()}`); }
  const errs = [...confusion].filter(([c]) => { const [a, b] = c.split(' -> '); return a !== b; }).sort((a, b) => b[1] - a[1]);
  console.log(`  kind errors (gold -> resolved): ${errs.map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
  if (withPredicted) {
    console.log(`full pipeline:      ${predicted.toString()}  (gold source found exactly: ${found}/${gold.length})`);
    if (files.length > 1) for (const f of files) console.log(`  ${rel(f).padEnd(42)} ${predictedByFile.get(f)!.toString()}`);
  }
  console.log(`time: ${(performance.now() - t0).toFixed(0)} ms`);
  if (only) return;
  checkFloors('speakers', {
    gold_spans_speaker: oracle.right / Math.max(1, oracle.total),
    ...(withPredicted ? { pipeline_speaker: predicted.right / Math.max(1, predicted.total) } : {}),
  });
}
