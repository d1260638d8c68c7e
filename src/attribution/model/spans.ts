import type { Span } from '../../doc/types.js';

const EDGE = /[\s\p{P}]/u;

/** The span without surrounding white space and punctuation (how PolNeAR spans are compared); null when nothing is left. */
export function trimPunct(text: string, s: Span): Span | null {
  let a = s.start, b = s.end;
  while (a < b && EDGE.test(text[a]!)) a++;
  while (b > a && EDGE.test(text[b - 1]!)) b--;
  return a < b ? { start: a, end: b } : null;
}

/**
 * Canonical fragments of a (possibly discontinuous) span: each fragment
 * trimmed, and neighbours merged when only white space and punctuation lie
 * between them.
 */
export function canonicalFragments(text: string, frags: readonly Span[]): Span[] {
  const trimmed = frags.map((f) => trimPunct(text, f)).filter((f): f is Span => f !== null).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const f of trimmed) {
    const last = out[out.length - 1];
    if (last && (f.start <= last.end || /^[\s\p{P}]*$/u.test(text.slice(last.end, f.start)))) last.end = Math.max(last.end, f.end);
    else out.push({ ...f });
  }
  return out;
}

export function fragmentsKey(frags: readonly Span[]): string { return frags.map((f) => `${f.start}-${f.end}`).join(','); }
