import type { GoldDoc } from '../src/attribution/model/corpus.js';
import { canonicalFragments, fragmentsKey } from '../src/attribution/model/spans.js';
import { PRF, matchKeys } from '../src/score/prf.js';

type Role = 'source' | 'cue' | 'content';
const ROLES: Role[] = ['source', 'cue', 'content'];

/**
 * How far PolNeAR's annotators agree with one another under the eval's own
 * exact-span metric: some texts were annotated by several annotators (one
 * file each); every ordered pair of their annotations is scored as if one
 * were the gold and the other a prediction. A ceiling to read the model's
 * figures against, not a target.
 */
export function annotatorAgreement(docs: readonly GoldDoc[]): { texts: number; annotations: number; exact: Record<Role, PRF> } {
  const byText = new Map<string, GoldDoc[]>();
  for (const d of docs) { const same = byText.get(d.text); if (same) same.push(d); else byText.set(d.text, [d]); }
  const exact = Object.fromEntries(ROLES.map((r) => [r, new PRF()])) as Record<Role, PRF>;
  let texts = 0, annotations = 0;
  for (const group of byText.values()) {
    if (group.length < 2) continue;
    texts++; annotations += group.length;
    const keys = group.map((d) => Object.fromEntries(ROLES.map((role) => [role, d.relations.map((r) => (r[role] ? fragmentsKey(canonicalFragments(d.text, r[role]!)) : '')).filter(Boolean)])) as Record<Role, string[]>);
    for (let a = 0; a < group.length; a++) {
      for (let b = 0; b < group.length; b++) {
        if (a === b) continue;
        for (const role of ROLES) exact[role].add(...matchKeys(new Set(keys[a]![role]), new Set(keys[b]![role])));
      }
    }
  }
  return { texts, annotations, exact };
}
