/**
 * npm run eval -- polnear [--split dev|train] [--limit N] [--model-only] [--no-speakers] [--verbose]
 * Attribution spans on PolNeAR (dev by default): for source, cue and content,
 * exact-span P/R/F1 (each span's fragments trimmed of surrounding white space
 * and punctuation, neighbours merged when only punctuation lies between) and
 * token-overlap P/R/F1 (word tokens inside the role's spans, per document),
 * plus the share of gold relations whose cue, source and content are all exact.
 */
import { Doc } from '../src/doc/doc.js';
import type { Span } from '../src/doc/types.js';
import { boilerplateCleaner } from '../src/clean/index.js';
import { segmenter } from '../src/segment/index.js';
import { posTagger } from '../src/pos/index.js';
import { readPolnear } from '../src/attribution/model/corpus.js';
import { canonicalFragments, fragmentsKey } from '../src/attribution/model/spans.js';
import { findAttributions } from '../src/attribution/index.js';
import { modelAttributions, type Attribution } from '../src/attribution/model/extract.js';
import { PRF, matchKeys } from '../src/score/prf.js';
import { dataPath } from './data.js';
import { speakerAccuracyHook } from './_speakers.js';
import { checkFloors } from './_floors.js';

type Role = 'source' | 'cue' | 'content';
const ROLES: Role[] = ['source', 'cue', 'content'];

/** Hook for the speakers engineer: speaker accuracy on pronoun sources (returns a printable line or null). */
export type SpeakerHook = (docs: { doc: Doc; gold: unknown }[]) => string | null;
export const speakerHooks: SpeakerHook[] = [];

function arg(args: string[], name: string): string | undefined { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; }

function wordTokens(text: string, frags: Span[]): Set<number> {
  const out = new Set<number>();
  for (const f of frags) {
    const re = /[\p{L}\p{N}]+/gu;
    re.lastIndex = f.start;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) && m.index < f.end) out.add(m.index);
  }
  return out;
}

export async function run(args: string[]): Promise<void> {
  const split = arg(args, '--split') ?? 'dev';
  const limit = Number(arg(args, '--limit') ?? Infinity);
  const modelOnly = args.includes('--model-only');
  const verbose = args.includes('--verbose');
  const gold = readPolnear(dataPath('datasets', 'polnear', split), limit);
  const exact = Object.fromEntries(ROLES.map((r) => [r, new PRF()])) as Record<Role, PRF>;
  const overlap = Object.fromEntries(ROLES.map((r) => [r, new PRF()])) as Record<Role, PRF>;
  let relAll = 0, relExact = 0;
  const t0 = performance.now();
  let chars = 0;
  const hookDocs: { doc: Doc; gold: unknown }[] = [];
  for (const g of gold) {
    const doc = new Doc(g.text);
    boilerplateCleaner.run(doc); segmenter.run(doc); posTagger.run(doc);
    const preds: Attribution[] = modelOnly ? modelAttributions(doc) : findAttributions(doc);
    chars += g.text.length;
    hookDocs.push({ doc, gold: g });
    const key = (fr: Span[] | null) => (fr ? fragmentsKey(canonicalFragments(g.text, fr)) : '');
    const goldKeys = g.relations.map((r) => ({ cue: key(r.cue), source: key(r.source), content: key(r.content) }));
    const predKeys = preds.map((p) => ({ cue: key(p.cue ? [p.cue] : null), source: key(p.source ? [p.source] : null), content: key(p.content) }));
    for (const role of ROLES) {
      const gset = new Set(goldKeys.map((k) => k[role]).filter(Boolean));
      const pset = new Set(predKeys.map((k) => k[role]).filter(Boolean));
      exact[role].add(...matchKeys(gset, pset));
      const gFr = g.relations.flatMap((r) => canonicalFragments(g.text, (role === 'cue' ? r.cue : role === 'source' ? r.source : r.content) ?? []));
      const pFr = preds.flatMap((p) => canonicalFragments(g.text, role === 'cue' ? (p.cue ? [p.cue] : []) : role === 'source' ? (p.source ? [p.source] : []) : p.content));
      const gt = wordTokens(g.text, gFr), pt = wordTokens(g.text, pFr);
      let tp = 0; for (const t of pt) if (gt.has(t)) tp++;
      overlap[role].add(tp, pt.size - tp, gt.size - tp);
      if (verbose && role === 'content') {
        for (const k of gset) if (!pset.has(k)) console.log(`  miss ${role}: ${k.split(',').map((x) => { const [a, b] = x.split('-').map(Number); return g.text.slice(a, b); }).join(' | ').slice(0, 160)}`);
      }
    }
    const pk = new Set(predKeys.map((k) => `${k.cue}#${k.source}#${k.content}`));
    for (const k of goldKeys) { relAll++; if (pk.has(`${k.cue}#${k.source}#${k.content}`)) relExact++; }
  }
  const ms = performance.now() - t0;
  console.log(`PolNeAR ${split}: ${gold.length} documents, ${relAll} gold relations (${modelOnly ? 'model only' : 'rules + model'})`);
  console.log('exact span (trimmed):');
  for (const r of ROLES) console.log(`  ${r.padEnd(8)} ${exact[r].toString()}`);
  console.log('token overlap:');
  for (const r of ROLES) console.log(`  ${r.padEnd(8)} ${overlap[r].toString()}`);
  console.log(`relations with cue, source and content all exact: ${(relExact / Math.max(1, relAll)).toFixed(4)} (${relExact}/${relAll})`);
  if (!args.includes('--no-speakers') && !speakerHooks.includes(speakerAccuracyHook)) speakerHooks.push(speakerAccuracyHook);
  for (const h of speakerHooks) { const line = h(hookDocs); if (line) console.log(line); }
  console.log(`time: ${ms.toFixed(0)} ms for ${(chars / 1e6).toFixed(2)} M chars (includes segmentation)`);
  if (split === 'dev' && !modelOnly) checkFloors('polnear', { source_f1: exact.source.f1, cue_f1: exact.cue.f1, content_f1: exact.content.f1 });
}
