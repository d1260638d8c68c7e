import type { WhosaidRecord } from '../record/schema.js';

/**
 * The corpus store: one interface, two implementations (SQLite, embedded
 * default; PostgreSQL, for many machines). Every method is async so both fit.
 * Everything a record holds can be read back as the same record.
 */
export interface ArticleSummary {
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  quotes: number;
  storyId?: string | null;
}

export interface StoredQuote {
  articleId: string;
  quoteId: string;
  kind: string;
  content: string;
  cue: string | null;
  source: string | null;
  speaker: string;
  speakerKind: string;
  via: string | null;
  start: number;
  end: number;
  url: string | null;
  published: string | null;
  outlet: string | null;
  title: string | null;
}

export interface QuoteFilter {
  speaker?: string;
  /** Full-text query over quote content. */
  q?: string;
  entity?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface PutResult { articleId: string; skipped: boolean }

export interface ArticleError { source: string; reason: string }

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates or migrates the schema. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** Is an article with this content hash stored with this pipeline version? */
  has(contentHash: string, pipelineVersion: string): Promise<boolean>;
  /** Stores records in one transaction (idempotent by content hash + pipeline version). */
  putMany(items: Array<{ record: WhosaidRecord; contentHash: string; pipelineVersion: string; source?: string }>): Promise<PutResult[]>;
  /** Records an input that could not be analysed. */
  putError(err: ArticleError & { contentHash?: string }): Promise<void>;
  getRecord(articleId: string): Promise<WhosaidRecord | null>;
  listArticles(opts?: { limit?: number; offset?: number; q?: string }): Promise<ArticleSummary[]>;
  quotes(filter: QuoteFilter): Promise<StoredQuote[]>;
  count(): Promise<{ articles: number; quotes: number; errors: number }>;
}
