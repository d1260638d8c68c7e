import type { WhosaidRecord } from '../record/schema.js';
import type { CueClass } from '../doc/types.js';

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
  /** What the cue reports (record field quotes[].cueClass, since 1.2): speech, belief, evidence or other; null for quotations stored before it. */
  cueClass: string | null;
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

/** Classes of a quotation's cue (record field quotes[].cueClass, since 1.2): the values QuoteFilter.cueClass takes. */
export { CUE_CLASSES } from '../doc/types.js';

export interface QuoteFilter {
  speaker?: string;
  /** Full-text query over quote content. */
  q?: string;
  entity?: string;
  /** The language of the quotation's article, as stored (identified from its text: ISO 639-1, e.g. "en", "de"). */
  language?: string;
  /**
   * What the quotation's cue reports (record field quotes[].cueClass, since 1.2): words said or written (speech),
   * what someone thinks, expects or wants (belief), what a record or poll shows (evidence), another act (other).
   * Quotations stored before 1.2 have no class and match no value.
   */
  cueClass?: CueClass;
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

// ---- Added for the corpus (issue 6): the analysed-article form the writer
// stores, and the corpus queries. Both implementations fulfil all of it. ----

/** One quotation as the writer stores it (names normalised by normName). */
export interface PreparedQuote {
  quoteId: string;
  kind: string;
  /** The quoted words (a split quotation's pieces joined by QUOTE_PARTS_JOINER, without the frame between them). */
  content: string;
  /** Code points in the article text, from the first quoted word to the last. */
  start: number;
  end: number;
  cue: string | null;
  /** What the cue reports (record field quotes[].cueClass): null for records made before 1.2. */
  cueClass: string | null;
  source: string | null;
  speaker: { name: string; kind: string };
  /** Normalised names the speaker answers to: canonical name, aliases, surname. */
  speakerNames: string[];
  via: { name: string; kind: string } | null;
  /** Normalised names of the entities mentioned inside the quoted content. */
  entityNames: string[];
}

export interface PreparedEntity {
  entityId: string;
  name: string;
  type: string;
  /** Normalised names (name, aliases, surname for persons). */
  names: string[];
  mentions: Array<{ start: number; end: number; text: string }>;
}

/**
 * An analysed article, ready to write: built off the writer's thread (worker
 * threads) so that storing it is only inserts. `record` is the record's JSON with
 * `text` emptied (the text is stored once, in its own column), deflated.
 */
export interface PreparedArticle {
  articleId: string;
  contentHash: string;
  pipelineVersion: string;
  source: string | null;
  extId: string | null;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  format: string;
  text: string;
  record: Uint8Array;
  quotes: PreparedQuote[];
  entities: PreparedEntity[];
  times: Array<{ start: number; end: number; text: string; type: string; value: string }>;
  boilerplate: Array<{ start: number; end: number; text: string; reason: string; rule: string | null }>;
  /** MinHash signature of the text's word shingles (near-duplicate grouping). */
  minhash: Uint32Array;
}

export interface SpeakerCount { speaker: string; kind: string; quotes: number; articles: number }
export interface OutletCited { outlet: string; kind: string; asSpeaker: number; asVia: number; articles: number }
export interface SourcingShare {
  /** The outlet, or the period (YYYY-MM or YYYY). */
  key: string;
  articles: number;
  stories: number;
  quotes: number;
  anonymous: number;
  share: number;
}
export interface TimelineRow { date: string; articles: number; mentions: number; quotes: number }

export interface ProvenanceHit {
  articleId: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  storyId: string | null;
  /** Where the article was read from (file, line, WARC record), when known. */
  source?: string | null;
  /** The quote id when the text is an extracted quotation, null when found in article text. */
  quoteId: string | null;
  speaker: string | null;
  /** The matching passage as written in that article. */
  text: string;
  /** Word-level similarity to the query quotation (0..1). */
  similarity: number;
  /** Differences from the earliest version: [-cut-] {+added+}. */
  diff: string;
  /** Word edits against the earliest version. */
  changes: { added: number; removed: number };
}
export interface ProvenanceResult { query: string; earliest: ProvenanceHit | null; variants: ProvenanceHit[] }

export interface QueryOpts { limit?: number; from?: string; to?: string }

/** Everything a store holds for one article, for exports. */
export interface StoredArticle { summary: ArticleSummary; source: string | null; record: WhosaidRecord }

/** The corpus queries and bulk operations both stores implement. */
export interface CorpusStore extends Store {
  /** Writes analysed articles in one transaction; skips ones already stored with the same hash and version. */
  putPrepared(items: PreparedArticle[]): Promise<PutResult[]>;
  /** Content hashes already stored (or failed) with this pipeline version: the resume set. */
  doneHashes(pipelineVersion: string): Promise<Set<string>>;
  errors(opts?: { limit?: number }): Promise<Array<ArticleError & { contentHash: string | null }>>;
  speakersAbout(entity: string, opts?: QueryOpts): Promise<SpeakerCount[]>;
  outletsCited(opts?: QueryOpts): Promise<OutletCited[]>;
  anonymousShare(by: 'outlet' | 'month' | 'year', opts?: QueryOpts): Promise<SourcingShare[]>;
  entityTimeline(entity: string, opts?: QueryOpts): Promise<TimelineRow[]>;
  provenance(quotation: string, opts?: { limit?: number; minSimilarity?: number }): Promise<ProvenanceResult>;
  /** Every stored article in ingest order (streamed). */
  articles(): AsyncIterable<StoredArticle>;
  /** Number of near-duplicate groups (stories). */
  stories(): Promise<number>;
}
