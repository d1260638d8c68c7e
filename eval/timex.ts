/**
 * npm run eval -- timex [--dump FILE] [--timebank | --aquaint]
 * Scores the time tagger on TimeBank + AQUAINT (TBAQ-cleaned .tml), each
 * document's DCT as the reference date: relaxed / strict extent F1, value F1
 * (a gold TIMEX counts when an overlapping prediction has its exact value;
 * a prediction counts when it overlaps a gold TIMEX with its exact value),
 * type accuracy over relaxed matches. Values are compared after one
 * normalization, sameValue(): an ISO 8601 week number is two digits (W07), and
 * some gold values write it unpadded (2000-W7); both spell the same week, so
 * the week number is zero-padded on both sides before comparing. Nothing else
 * is equated: a decade "199" and "199X" (an unspecified year of the 1990s)
 * are different TIMEX3 values and stay different. --dump FILE writes every gold and
 * unmatched prediction with its verdict (OK, EXT, VAL, FN, FP) for error study.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRF } from '../src/score/prf.js';
import { tagTimes } from '../src/time/tagger.js';
import { dataPath } from './data.js';
import { checkFloors } from './_floors.js';

export interface GoldTimex { start: number; end: number; type: string; value: string; mod?: string; text: string }
export interface GoldDoc { id: string; text: string; dct: string; timexes: GoldTimex[] }

/** A value in canonical spelling: ISO week numbers zero-padded (2000-W7 -> 2000-W07). */
export function canonicalValue(v: string): string {
  return v.replace(/^(\d{4}|XXXX)-W(\d)(?!\d)/, '$1-W0$2');
}

/** True when two TIMEX3 values denote the same thing (see the note at the top). */
export function sameValue(a: string, b: string): boolean {
  return a === b || canonicalValue(a) === canonicalValue(b);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Reads one .tml: the TEXT section with its tags stripped, and the TIMEX3 spans within it. */
export function readTml(id: string, xml: string): GoldDoc {
  const dctMatch = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml);
  const dct = (dctMatch?.[1] ?? '').slice(0, 10);
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  const body = xml.slice(open + 6, close);
  let text = '';
  const timexes: GoldTimex[] = [];
  let cur: { start: number; attrs: string } | null = null;
  const tagRe = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(\w+);/g;
  let last = 0;
  for (let m = tagRe.exec(body); m; m = tagRe.exec(body)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[4]) { text += ENTITIES[m[4]] ?? m[0]; continue; }
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) cur = { start: text.length, attrs: m[3] ?? '' };
    else if (cur) {
      const attr = (k: string) => new RegExp(`\\b${k}="([^"]*)"`).exec(cur!.attrs)?.[1];
      const t: GoldTimex = { start: cur.start, end: text.length, type: attr('type') ?? '', value: attr('value') ?? '', text: text.slice(cur.start) };
      const mod = attr('mod');
      if (mod) t.mod = mod;
      timexes.push(t);
      cur = null;
    }
  }
  text += body.slice(last);
  return { id, text, dct, timexes };
}

export function loadTimebank(): GoldDoc[] {
  const root = dataPath('datasets', 'timebank');
  const docs: GoldDoc[] = [];
  for (const sub of ['TimeBank', 'AQUAINT']) {
    const dir = join(root, sub);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.tml')).sort()) {
      docs.push(readTml(`${sub}/${f.slice(0, -4)}`, readFileSync(join(dir, f), 'utf8')));
    }
  }
  return docs;
}

export async function run(args: string[]): Promise<void> {
  const dumpAt = args.indexOf('--dump');
  const dumpFile = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
  const subset = args.includes('--timebank') ? 'TimeBank/' : args.includes('--aquaint') ? 'AQUAINT/' : '';
  const docs = loadTimebank().filter((d) => d.id.startsWith(subset));
  const relaxed = new PRF(), strict = new PRF(), value = new PRF();
  let typeOk = 0, typeN = 0;
  const lines: string[] = [];
  let words = 0;
  const t0 = performance.now();
  for (const d of docs) {
    words += d.text.split(/\s+/).length;
    const pred = tagTimes(d.text, undefined, { referenceDate: d.dct });
    const used = new Set<number>();
    let rTp = 0, sTp = 0, vTp = 0, vPredOk = 0;
    for (const g of d.timexes) {
      const hits = pred.map((p, i) => ({ p, i })).filter(({ p }) => p.start < g.end && g.start < p.end);
      const exact = hits.find(({ p }) => p.start === g.start && p.end === g.end);
      if (hits.length) { rTp++; for (const h of hits) used.add(h.i); }
      if (exact) sTp++;
      const withValue = hits.find(({ p }) => sameValue(p.value, g.value));
      if (withValue) vTp++;
      const best = exact ?? hits[0];
      if (best) { typeN++; if (best.p.type === g.type) typeOk++; }
      const ok = withValue ? (exact ? 'OK ' : 'EXT') : best ? 'VAL' : 'FN ';
      lines.push(`${ok}\t${d.id}\t${g.text.replace(/\s+/g, ' ')}\t${g.type}\t${g.value}${g.mod ? ' ' + g.mod : ''}\t${best ? `${d.text.slice(best.p.start, best.p.end).replace(/\s+/g, ' ')}\t${best.p.type}\t${best.p.value}${best.p.mod ? ' ' + best.p.mod : ''}\t${best.p.rule}` : ''}\t|${d.text.slice(Math.max(0, g.start - 50), g.end + 30).replace(/\s+/g, ' ')}`);
    }
    // value precision: a prediction is right when it overlaps a gold with its exact value
    for (const p of pred) {
      const g = d.timexes.find((x) => p.start < x.end && x.start < p.end);
      if (g && sameValue(g.value, p.value)) vPredOk++;
    }
    const fpPreds = pred.filter((_, i) => !used.has(i));
    for (const p of fpPreds) lines.push(`FP \t${d.id}\t\t\t\t${d.text.slice(p.start, p.end).replace(/\s+/g, ' ')}\t${p.type}\t${p.value}\t${p.rule}\t|${d.text.slice(Math.max(0, p.start - 50), p.end + 30).replace(/\s+/g, ' ')}`);
    relaxed.add(rTp, pred.length - used.size, d.timexes.length - rTp);
    strict.add(sTp, pred.length - sTp, d.timexes.length - sTp);
    // value: recall over gold, precision over predictions (overlapping a gold with the same value)
    value.add(vTp, pred.length - vPredOk, d.timexes.length - vTp);
  }
  const ms = performance.now() - t0;
  const gold = docs.reduce((n, d) => n + d.timexes.length, 0);
  console.log(`timex on TimeBank+AQUAINT${subset ? ` (${subset})` : ''}: ${docs.length} docs, ${gold} gold TIMEX3`);
  console.log(`relaxed extent  ${relaxed}`);
  console.log(`strict extent   ${strict}`);
  console.log(`value           ${value}`);
  console.log(`type accuracy   ${(typeOk / Math.max(1, typeN)).toFixed(4)} (${typeOk}/${typeN})`);
  console.log(`speed           ${Math.round(words / (ms / 1000))} words/s (incl. scoring)`);
  if (dumpFile) writeFileSync(dumpFile, lines.join('\n') + '\n');
  if (!subset) checkFloors('timex', { relaxed_f1: relaxed.f1, strict_f1: strict.f1, value_f1: value.f1 });
}
