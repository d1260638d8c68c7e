/**
 * What the attribution training scripts share: PolNeAR gold spans as token
 * indexes, the gold role labels of a relation's window, and the seeded shuffle.
 */
import type { Span } from '../src/doc/types.js';
import type { GoldRelation } from '../src/attribution/model/corpus.js';
import type { TokenView } from '../src/attribution/model/features.js';
import { roleWindow, type TokRange } from '../src/attribution/model/tagger.js';
import { trimPunct } from '../src/attribution/model/spans.js';

/** Tokens [start, end) covering the trimmed fragments of a span. */
export function tokensOf(v: TokenView, text: string, frags: readonly Span[]): number[] {
  const out: number[] = [];
  for (const f of frags) {
    // a cue of punctuation only (the colon of "PENCE: ...") keeps its raw span
    const t = trimPunct(text, f) ?? f;
    for (let i = 0; i < v.n; i++) if (v.start[i]! < t.end && t.start < v.end[i]!) out.push(i);
  }
  return out;
}

/**
 * A relation's cue tokens, its role window (as the tagger decodes it) and the
 * gold role label of each window token (O, BS, IS, BC, IC; the source wins a
 * clash with the content; a run restarts right after the cue); null when the
 * cue covers no token.
 */
export function goldRoles(v: TokenView, text: string, r: GoldRelation): { cueTokens: number[]; cue: TokRange; win: TokRange; labels: string[] } | null {
  const cueTokens = tokensOf(v, text, r.cue).sort((a, b) => a - b);
  if (!cueTokens.length) return null;
  const cue = { start: cueTokens[0]!, end: cueTokens[cueTokens.length - 1]! + 1 };
  const win = roleWindow(v, cue);
  const lab = new Array<string>(win.end - win.start).fill('O');
  const mark = (idx: number[], kind: 'S' | 'C') => {
    for (const t of idx) {
      if (t < win.start || t >= win.end || (t >= cue.start && t < cue.end)) continue;
      if (kind === 'C' && lab[t - win.start] !== 'O') continue; // source wins a clash
      lab[t - win.start] = `I${kind}`;
    }
  };
  if (r.source) mark(tokensOf(v, text, r.source), 'S');
  if (r.content) mark(tokensOf(v, text, r.content), 'C');
  for (let x = 0; x < lab.length; x++) {
    const l = lab[x]!;
    if (l !== 'O' && (x === 0 || lab[x - 1]!.slice(1) !== l.slice(1) || win.start + x === cue.end)) lab[x] = `B${l.slice(1)}`;
  }
  return { cueTokens, cue, win, labels: lab };
}

/** A seeded linear congruential generator in [0, 1). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}
/** Fisher-Yates in place. */
export function shuffle<T>(xs: T[], r: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [xs[i], xs[j]] = [xs[j]!, xs[i]!]; }
  return xs;
}
