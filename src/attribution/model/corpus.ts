import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OffsetConverter } from '../../doc/offsets.js';
import type { Span } from '../../doc/types.js';

/**
 * PolNeAR reader (brat standoff). Used by the training and evaluation scripts
 * only: the shipped engine never needs the corpus.
 *
 * An `.ann` file holds text-bound spans (`T1\tCue 386 392\treads:`, fragments
 * separated by ';' when discontinuous) and events
 * (`E1\tAttribution:T4 Source:T3 Content:T2 Cue:T1`) tying them together.
 * Offsets are code points; they are converted to UTF-16 here.
 */
export interface GoldRelation {
  cue: Span[];
  source: Span[] | null;
  content: Span[] | null;
}
export interface GoldDoc { name: string; text: string; relations: GoldRelation[] }

export function parseBrat(text: string, ann: string): GoldRelation[] {
  const conv = new OffsetConverter(text);
  const spans = new Map<string, Span[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    const id = cols[0]!;
    if (id.startsWith('T')) {
      const head = cols[1]!;
      const sp = head.indexOf(' ');
      if (sp < 0) continue;
      const frags: Span[] = [];
      for (const part of head.slice(sp + 1).split(';')) {
        const [a, b] = part.trim().split(/\s+/).map(Number);
        if (Number.isFinite(a) && Number.isFinite(b)) frags.push({ start: conv.toUtf16(a!), end: conv.toUtf16(b!) });
      }
      if (frags.length) spans.set(id, frags.sort((x, y) => x.start - y.start));
    } else if (id.startsWith('E')) {
      events.push(cols[1]!);
    }
  }
  const out: GoldRelation[] = [];
  for (const ev of events) {
    let cue: Span[] | null = null, source: Span[] | null = null, content: Span[] | null = null;
    for (const arg of ev.trim().split(/\s+/)) {
      const [role, ref] = arg.split(':');
      const s = ref ? spans.get(ref) : undefined;
      if (!role || !s) continue;
      if (role === 'Cue') cue = cue ? [...cue, ...s] : s;
      else if (role === 'Source') source = source ? [...source, ...s] : s;
      else if (role.startsWith('Content')) content = content ? [...content, ...s] : s;
    }
    if (cue) {
      const sort = (x: Span[] | null) => (x ? x.sort((p, q) => p.start - q.start) : null);
      out.push({ cue: sort(cue)!, source: sort(source), content: sort(content) });
    }
  }
  return out;
}

/** Reads `<dir>/text/*.txt` with `<dir>/attributions/<name>_<annotator>.ann`. */
export function readPolnear(dir: string, limit = Infinity): GoldDoc[] {
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const out: GoldDoc[] = [];
  for (const f of anns) {
    if (out.length >= limit) break;
    const name = f.replace(/_[0-9a-f]+\.ann$/, '');
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    out.push({ name, text, relations: parseBrat(text, readFileSync(join(dir, 'attributions', f), 'utf8')) });
  }
  return out;
}
