import type { ArticleSummary, Store, StoredQuote } from '../store/types.js';

/**
 * Corpus-wide views the pages and API need beyond the Store interface
 * (per-outlet sourcing profile, a speaker's quotes over time), computed from
 * `Store.quotes` and `Store.listArticles` and cached until the store's counts
 * change, so repeated page views cost nothing.
 */

/** Upper bound of rows read for one aggregate (beyond it the figures are marked partial). */
export const AGGREGATE_ROW_LIMIT = 2_000_000;
/** Rows read per store call while aggregating. */
const PAGE_ROWS = 50_000;
export const UNKNOWN_OUTLET = '(unknown outlet)';

export interface OutletProfile {
  outlet: string;
  articles: number;
  quotes: number;
  /** Distinct sources per article (a source counted once per article). */
  sourcesPerArticle: number;
  /** Share of those per-article sources that are anonymous. */
  anonymousShare: number;
  /** Share of quotations attributed to anonymous sources. */
  anonymousQuoteShare: number;
  byKind: Record<string, number>;
}

export interface SpeakerProfile {
  name: string;
  quotes: number;
  articles: number;
  kinds: Record<string, number>;
  first: string | null;
  last: string | null;
  /** Quotes per month (YYYY-MM), ascending; undated quotes are counted apart. */
  byMonth: Array<{ month: string; quotes: number }>;
  undated: number;
}

async function readAll<T>(page: (limit: number, offset: number) => Promise<T[]>): Promise<{ rows: T[]; partial: boolean }> {
  const rows: T[] = [];
  for (let offset = 0; offset < AGGREGATE_ROW_LIMIT; offset += PAGE_ROWS) {
    const got = await page(PAGE_ROWS, offset);
    rows.push(...got);
    if (got.length < PAGE_ROWS) return { rows, partial: false };
  }
  return { rows, partial: true };
}

export function outletProfiles(articles: ArticleSummary[], quotes: StoredQuote[]): OutletProfile[] {
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet ?? UNKNOWN_OUTLET]));
  const acc = new Map<string, { articles: number; quotes: number; sources: number; anonSources: number; anonQuotes: number; byKind: Record<string, number> }>();
  const get = (o: string) => {
    let a = acc.get(o);
    if (!a) acc.set(o, (a = { articles: 0, quotes: 0, sources: 0, anonSources: 0, anonQuotes: 0, byKind: {} }));
    return a;
  };
  for (const a of articles) get(a.outlet ?? UNKNOWN_OUTLET).articles++;
  const seen = new Set<string>();
  for (const q of quotes) {
    const o = outletOf.get(q.articleId) ?? q.outlet ?? UNKNOWN_OUTLET;
    const a = get(o);
    a.quotes++;
    if (q.speakerKind === 'anonymous') a.anonQuotes++;
    const key = `${q.articleId}\u0000${q.speaker}`;
    if (!seen.has(key)) {
      seen.add(key);
      a.sources++;
      a.byKind[q.speakerKind] = (a.byKind[q.speakerKind] ?? 0) + 1;
      if (q.speakerKind === 'anonymous') a.anonSources++;
    }
  }
  return [...acc.entries()].map(([outlet, a]) => ({
    outlet, articles: a.articles, quotes: a.quotes,
    sourcesPerArticle: a.articles ? a.sources / a.articles : 0,
    anonymousShare: a.sources ? a.anonSources / a.sources : 0,
    anonymousQuoteShare: a.quotes ? a.anonQuotes / a.quotes : 0,
    byKind: a.byKind,
  })).sort((x, y) => y.articles - x.articles || x.outlet.localeCompare(y.outlet));
}

export function speakerProfile(name: string, quotes: StoredQuote[]): SpeakerProfile {
  const kinds: Record<string, number> = {};
  const months = new Map<string, number>();
  const articles = new Set<string>();
  let undated = 0;
  let first: string | null = null, last: string | null = null;
  for (const q of quotes) {
    kinds[q.speakerKind] = (kinds[q.speakerKind] ?? 0) + 1;
    articles.add(q.articleId);
    const d = q.published && /^\d{4}-\d{2}/.test(q.published) ? q.published.slice(0, 10) : null;
    if (!d) { undated++; continue; }
    if (!first || d < first) first = d;
    if (!last || d > last) last = d;
    months.set(d.slice(0, 7), (months.get(d.slice(0, 7)) ?? 0) + 1);
  }
  return { name, quotes: quotes.length, articles: articles.size, kinds, first, last, byMonth: fillMonths(months), undated };
}

/** Every month between the first and last, so gaps show as empty bars. */
function fillMonths(months: Map<string, number>): Array<{ month: string; quotes: number }> {
  const keys = [...months.keys()].sort();
  if (!keys.length) return [];
  const out: Array<{ month: string; quotes: number }> = [];
  let [y, m] = keys[0]!.split('-').map(Number) as [number, number];
  const end = keys[keys.length - 1]!;
  for (let guard = 0; guard < 1200; guard++) {
    const k = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: k, quotes: months.get(k) ?? 0 });
    if (k >= end) break;
    m++; if (m > 12) { m = 1; y++; }
  }
  return out;
}

/** Caches aggregates over a store until its counts change (an ingest adds articles). */
export class CorpusViews {
  private stamp = '';
  private outlets: Promise<{ profiles: OutletProfile[]; partial: boolean }> | null = null;
  private speakers = new Map<string, Promise<{ profile: SpeakerProfile; quotes: StoredQuote[] }>>();
  /** Speakers cached at most (a page view of a rare speaker should not grow memory without bound). */
  private static readonly SPEAKER_CACHE = 200;

  constructor(private readonly store: Store) {}

  private async fresh(): Promise<void> {
    const c = await this.store.count();
    const stamp = `${c.articles}/${c.quotes}`;
    if (stamp !== this.stamp) { this.stamp = stamp; this.outlets = null; this.speakers.clear(); }
  }

  async outletProfiles(): Promise<{ profiles: OutletProfile[]; partial: boolean }> {
    await this.fresh();
    this.outlets ??= (async () => {
      const arts = await readAll((limit, offset) => this.store.listArticles({ limit, offset }));
      const qs = await readAll((limit, offset) => this.store.quotes({ limit, offset }));
      return { profiles: outletProfiles(arts.rows, qs.rows), partial: arts.partial || qs.partial };
    })();
    return this.outlets.catch((err) => { this.outlets = null; throw err; });
  }

  async speaker(name: string): Promise<{ profile: SpeakerProfile; quotes: StoredQuote[] }> {
    await this.fresh();
    let p = this.speakers.get(name);
    if (!p) {
      if (this.speakers.size >= CorpusViews.SPEAKER_CACHE) this.speakers.delete(this.speakers.keys().next().value!);
      p = (async () => {
        const { rows } = await readAll((limit, offset) => this.store.quotes({ speaker: name, limit, offset }));
        // the store decides how a name matches (aliases included); all its rows are this speaker's
        const quotes = rows;
        quotes.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.articleId.localeCompare(b.articleId) || a.start - b.start);
        return { profile: speakerProfile(name, quotes), quotes };
      })();
      this.speakers.set(name, p);
      p.catch(() => this.speakers.delete(name));
    }
    return p;
  }
}
