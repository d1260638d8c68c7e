import type { Span } from './types.js';

/** Whether two spans share a character. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Short spans (cues) with the relation that holds each, sorted by start:
 * which of them overlap a given span is a binary search and a short scan
 * back (no further than the longest span held), not a pass over every
 * relation of the article. An article with thousands of relations (a long
 * transcript, a text the sentence splitter could not cut) made the merging
 * of the finders' relations quadratic.
 */
export class SpanOwners<T> {
  private readonly starts: number[] = [];
  private readonly spans: Span[] = [];
  private readonly owners: T[] = [];
  private longest = 0;

  add(span: Span, owner: T): void {
    const at = this.upperBound(span.start);
    this.starts.splice(at, 0, span.start);
    this.spans.splice(at, 0, span);
    this.owners.splice(at, 0, owner);
    if (span.end - span.start > this.longest) this.longest = span.end - span.start;
  }

  /** Whether `test` holds for one of the owners whose span overlaps `span` (each such owner is tried, nearest start first, until one does). */
  some(span: Span, test: (owner: T, held: Span) => boolean): boolean {
    for (let i = this.upperBound(span.end - 1) - 1; i >= 0 && this.starts[i]! + this.longest > span.start; i--) {
      const s = this.spans[i]!;
      if (s.start < span.end && span.start < s.end && test(this.owners[i]!, s)) return true;
    }
    return false;
  }

  /** Index of the first entry starting after `pos`. */
  private upperBound(pos: number): number { return firstAtLeast(this.starts, pos + 1); }
}

/**
 * A fixed set of spans (of any length) sorted by start, with the running
 * maximum of their ends: whether one of them contains, or overlaps, a given
 * span is a binary search. For the per-mention and per-relation checks
 * against all the quotations of an article, which made long articles
 * quadratic.
 */
export class SpanSet {
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly maxEnd: number[];
  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.ends = sorted.map((s) => s.end);
    this.maxEnd = [];
    let m = -Infinity;
    for (const s of sorted) { m = Math.max(m, s.end); this.maxEnd.push(m); }
  }
  /** Whether a span of the set holds all of `span` (start <= span.start, end >= span.end). */
  contains(span: Span): boolean {
    const k = this.lastStartAtMost(span.start);
    return k >= 0 && this.maxEnd[k]! >= span.end;
  }
  /** Whether a span of the set shares a character with `span`. */
  overlaps(span: Span): boolean {
    const k = this.lastStartAtMost(span.end - 1);
    return k >= 0 && this.maxEnd[k]! > span.start;
  }
  /** Whether a span of the set lies inside `window` (start >= window.start, end <= window.end); reads the spans starting in the window. */
  within(window: Span): boolean {
    for (let k = this.lastStartAtMost(window.start - 1) + 1; k < this.starts.length && this.starts[k]! <= window.end; k++) if (this.ends[k]! <= window.end) return true;
    return false;
  }
  private lastStartAtMost(pos: number): number { return firstAtLeast(this.starts, pos + 1) - 1; }
}

/**
 * A fixed set of spans, each held by an owner, sorted by start with the
 * running largest end and, beside it, the largest end of any other owner:
 * whether a span of an owner other than a given one contains a span is a
 * binary search (the nested-cue refiner asks it for every relation).
 */
export class OwnedSpanSet<T> {
  private readonly starts: number[] = [];
  private readonly end1: number[] = [];
  private readonly owner1: T[] = [];
  private readonly end2: number[] = [];
  private readonly owner2: (T | undefined)[] = [];
  constructor(entries: ReadonlyArray<readonly [Span, T]>) {
    const sorted = [...entries].sort((x, y) => x[0].start - y[0].start);
    let e1 = -Infinity, o1: T | undefined, e2 = -Infinity, o2: T | undefined;
    for (const [span, owner] of sorted) {
      if (o1 !== undefined && owner === o1) e1 = Math.max(e1, span.end);
      else if (span.end > e1) { e2 = e1; o2 = o1; e1 = span.end; o1 = owner; }
      else if (span.end > e2) { e2 = span.end; o2 = owner; }
      this.starts.push(span.start); this.end1.push(e1); this.owner1.push(o1!); this.end2.push(e2); this.owner2.push(o2);
    }
  }
  /** Whether a span of an owner other than `self` holds all of `span`. */
  containsExcept(span: Span, self: T): boolean {
    return this.ownerExcept(span, self) !== undefined;
  }
  /** An owner other than `self` with a span that holds all of `span` (the one reaching furthest), if any. */
  ownerExcept(span: Span, self: T): T | undefined {
    const k = firstAtLeast(this.starts, span.start + 1) - 1;
    if (k < 0) return undefined;
    if (this.owner1[k] !== self) return this.end1[k]! >= span.end ? this.owner1[k] : undefined;
    return this.end2[k]! >= span.end ? this.owner2[k] : undefined;
  }
}

/** Index of the first number of the ascending list that is at least `x` (the list's length when none is). */
export function firstAtLeast(sorted: readonly number[], x: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]! < x) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * A value built from one of a doc's lists (its quotes, scare quotes,
 * entities), kept per doc while that list is the same array with the same
 * length: made on first use, made again when a stage replaces or extends the
 * list. For the indexes that per-item lookups read.
 */
export class ListDerived<D extends object, T, V> {
  private readonly cache = new WeakMap<D, { list: readonly T[]; size: number; value: V }>();
  constructor(private readonly build: (list: readonly T[]) => V) {}
  get(doc: D, list: readonly T[]): V {
    let c = this.cache.get(doc);
    if (!c || c.list !== list || c.size !== list.length) this.cache.set(doc, (c = { list, size: list.length, value: this.build(list) }));
    return c.value;
  }
}
