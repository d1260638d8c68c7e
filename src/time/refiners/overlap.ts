/** Overlapping candidates: the longest wins; on a tie, the earlier parser in the list. */
import type { Candidate, TimeRefiner } from '../types.js';

export const overlapRefiner: TimeRefiner = {
  name: 'overlap',
  refine(cands) {
    if (cands.length < 2) return [...cands];
    // candidates arrive in parser order; a stable sort keeps that order among equals
    const order = new Map(cands.map((c, i) => [c, i]));
    const byLength = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || order.get(a)! - order.get(b)!);
    // characters taken by kept candidates (a document has hundreds of candidates: no pairwise test),
    // and the kept empty ones, which overlap a candidate only when strictly inside it
    let from = Infinity, to = 0;
    for (const c of cands) { from = Math.min(from, c.start); to = Math.max(to, c.end); }
    const taken = new Uint8Array(Math.max(0, to - from));
    const kept: Candidate[] = [], keptEmpty: Candidate[] = [];
    const overlapsKept = (c: Candidate): boolean => {
      if (c.start === c.end) return kept.some((k) => c.start < k.end && k.start < c.end);
      for (let p = c.start; p < c.end; p++) if (taken[p - from]) return true;
      return keptEmpty.some((k) => c.start < k.start && k.start < c.end);
    };
    for (const c of byLength) {
      if (overlapsKept(c)) continue;
      kept.push(c);
      if (c.start === c.end) keptEmpty.push(c); else taken.fill(1, c.start - from, c.end - from);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
