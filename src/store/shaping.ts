import { unpackRecord } from '../corpus/prepare.js';
import { searchTerms, type ProvenanceCandidate } from '../corpus/provenance.js';
import type { StoredArticle, TimelineRow } from './types.js';
import { englishStagesRun } from '../language/index.js';

/**
 * The quotations of an article that count in the sourcing shares: all of
 * them when its speakers were sought, none for a text in another language
 * (its quotations are kept with no speaker, so they are neither anonymous
 * nor named, and would only dilute the anonymous share). `language` is the
 * stored article's (PreparedArticle.language).
 */
export function sourcedQuotes(language: string | null, quotes: number): number {
  return englishStagesRun(language) ? quotes : 0;
}

/**
 * Result shaping that both stores share: the SQL differs between SQLite and
 * PostgreSQL, what is done with the rows does not.
 */

/** A row as both drivers return it: column name -> value. */
type Row = Record<string, unknown>;

/**
 * Word sets to search for a quotation's variants: all its search words, then
 * each set with one word left out, so that one changed or cut word still finds
 * the passage. Empty when the quotation has no search word.
 */
export function provenanceQueries(quotation: string): string[][] {
  const terms = searchTerms(quotation);
  if (!terms.length) return [];
  return terms.length > 2 ? [terms, ...terms.map((_, i) => terms.filter((__, j) => j !== i))] : [terms];
}

/**
 * A provenance candidate from a row of articles (with `text`) or of quotes
 * joined to their article (with `quote_id`, `content`, `speaker`); `id` is the
 * article's row id, its insertion order.
 */
export function provenanceCandidate(r: Row, isQuote: boolean): ProvenanceCandidate {
  return {
    articleId: r.article_id as string, url: r.url as string | null, outlet: r.outlet as string | null, published: r.published as string | null,
    title: r.title as string | null, storyId: r.story as string | null, source: (r.source as string | null | undefined) ?? null, seq: r.id as number,
    quoteId: isQuote ? (r.quote_id as string) : null, speaker: isQuote ? (r.speaker as string) : null,
    text: (isQuote ? r.content : r.text) as string, isQuote,
  };
}

/**
 * An entity's timeline from two grouped counts: articles and mentions per
 * stored `published` value, and quotations about it per value; folded into
 * days (a time of day is dropped, no date is "(undated)") and sorted.
 */
export function foldTimeline(mentions: Iterable<{ p: string | null; n: number; m: number }>, quotes: Iterable<{ p: string | null; n: number }>, limit?: number): TimelineRow[] {
  const days = new Map<string, TimelineRow>();
  const row = (p: string | null) => {
    const d = p ? p.slice(0, 10) : '(undated)';
    let r = days.get(d);
    if (!r) days.set(d, (r = { date: d, articles: 0, mentions: 0, quotes: 0 }));
    return r;
  };
  for (const r of mentions) { const t = row(r.p); t.articles += r.n; t.mentions += r.m; }
  for (const r of quotes) row(r.p).quotes += r.n;
  const out = [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
  return limit ? out.slice(0, limit) : out;
}

/** An article for export from a row of articles with id, article_id, url, title, outlet, published, quotes, story, source, text, record. */
export function storedArticle(r: Row): StoredArticle {
  return {
    summary: { id: r.article_id as string, url: r.url as string | null, title: r.title as string | null, outlet: r.outlet as string | null, published: r.published as string | null, quotes: r.quotes as number, storyId: r.story as string | null },
    source: r.source as string | null,
    record: unpackRecord(r.record as Buffer, r.text as string),
  };
}
