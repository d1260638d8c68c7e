/** Overlapping candidates: the longest wins; on a tie, the earlier parser in the list. */
import type { Candidate, TimeRefiner } from '../types.js';

export const overlapRefiner: TimeRefiner = {
  name: 'overlap',
  refine(cands) {
    // candidates arrive in parser order; a stable sort keeps that order among equals
    const order = new Map(cands.map((c, i) => [c, i]));
    const byLength = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || order.get(a)! - order.get(b)!);
    const kept: Candidate[] = [];
    for (const c of byLength) {
      if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
