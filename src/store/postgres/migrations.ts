/**
 * PostgreSQL schema migrations, applied in order under an advisory lock (so
 * many workers starting at once migrate once); the `whosaid_schema` table holds
 * how many ran. Never edit a shipped migration: append a new one.
 *
 * Mirrors the SQLite schema (src/store/sqlite/migrations.ts) table for table.
 * Differences: full-text search is a stored tsvector column with a GIN index
 * (FTS5 there), quotations also get a pg_trgm index (near-variants of a quote),
 * and text columns that are compared or sorted use the "C" collation, so
 * ordering is byte order exactly as in SQLite, whatever the database locale.
 */

/** Where the extensions' objects live (found at start; usually public). */
export interface MigrationContext { unaccentSchema: string; trgmSchema: string }

/** Text search configuration of every tsvector: no stemming, no stop words, case and accents folded (as FTS5's unicode61). */
export const TEXT_SEARCH_CONFIG = 'whosaid_text';

/** Characters of article text indexed for search: a tsvector is capped at 1 MB, far above any news article. */
export const FTS_MAX_CHARS = 1_000_000;

const T = 'text COLLATE "C"';

export const MIGRATIONS: Array<(ctx: MigrationContext) => string> = [
  (ctx) => `
  CREATE TEXT SEARCH CONFIGURATION ${TEXT_SEARCH_CONFIG} (COPY = pg_catalog.simple);
  ALTER TEXT SEARCH CONFIGURATION ${TEXT_SEARCH_CONFIG}
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
    WITH ${ctx.unaccentSchema}.unaccent, pg_catalog.simple;

  CREATE TABLE articles (
    id bigserial PRIMARY KEY,
    article_id ${T} NOT NULL UNIQUE,
    ext_id ${T},
    content_hash ${T} NOT NULL,
    pipeline_version ${T} NOT NULL,
    source text,
    url ${T}, title ${T}, outlet ${T}, published ${T}, language text, format text NOT NULL,
    text text NOT NULL,
    record bytea NOT NULL,
    quotes integer NOT NULL,
    anonymous integer NOT NULL,
    story ${T},
    minhash bytea,
    ingested_at timestamptz NOT NULL DEFAULT now(),
    -- title weighted A, text B: a query restricted to :B searches the text only (provenance)
    fts tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('${TEXT_SEARCH_CONFIG}', coalesce(title, '')), 'A') ||
      setweight(to_tsvector('${TEXT_SEARCH_CONFIG}', left(text, ${FTS_MAX_CHARS})), 'B')) STORED
  );
  CREATE UNIQUE INDEX articles_hash ON articles(content_hash, pipeline_version);
  CREATE INDEX articles_ext ON articles(ext_id);
  CREATE INDEX articles_story ON articles(story);
  CREATE INDEX articles_cell ON articles(story, outlet, (substr(published, 1, 7)));
  CREATE INDEX articles_ingested ON articles(ingested_at);
  CREATE INDEX articles_fts ON articles USING gin(fts);

  CREATE TABLE speakers (id serial PRIMARY KEY, name ${T} NOT NULL, kind ${T} NOT NULL, UNIQUE(name, kind));
  CREATE TABLE speaker_names (name ${T} NOT NULL, speaker integer NOT NULL, PRIMARY KEY(name, speaker));

  CREATE TABLE quotes (
    id bigserial PRIMARY KEY,
    article bigint NOT NULL,
    quote_id ${T} NOT NULL,
    kind ${T} NOT NULL,
    content text NOT NULL,
    start integer NOT NULL, "end" integer NOT NULL,
    cue text, source text,
    speaker integer NOT NULL,
    via integer,
    published ${T},
    fts tsvector GENERATED ALWAYS AS (to_tsvector('${TEXT_SEARCH_CONFIG}', content)) STORED
  );
  CREATE INDEX quotes_article ON quotes(article);
  CREATE INDEX quotes_speaker ON quotes(speaker, published, id);
  CREATE INDEX quotes_via ON quotes(via) WHERE via IS NOT NULL;
  CREATE INDEX quotes_fts ON quotes USING gin(fts);
  -- trigrams: altered copies of a quotation (a changed word, a cut) still share most of them
  CREATE INDEX quotes_trgm ON quotes USING gin(content ${ctx.trgmSchema}.gin_trgm_ops);

  CREATE TABLE entities (id bigserial PRIMARY KEY, article bigint NOT NULL, entity_id ${T} NOT NULL, name ${T} NOT NULL, type ${T} NOT NULL, mentions integer NOT NULL);
  CREATE INDEX entities_article ON entities(article);
  CREATE TABLE mentions (entity bigint NOT NULL, start integer NOT NULL, "end" integer NOT NULL);
  CREATE INDEX mentions_entity ON mentions(entity);
  -- entity name key -> articles mentioning it, by date (timeline); undated: published = ''
  CREATE TABLE entity_index (name ${T} NOT NULL, published ${T} NOT NULL, article bigint NOT NULL, mentions integer NOT NULL, PRIMARY KEY(name, published, article));
  CREATE INDEX entity_index_article ON entity_index(article);
  -- entity name key -> quotations whose content mentions it
  CREATE TABLE quote_entities (name ${T} NOT NULL, published ${T} NOT NULL, quote bigint NOT NULL, speaker integer NOT NULL, article bigint NOT NULL, PRIMARY KEY(name, published, quote));
  CREATE INDEX quote_entities_speaker ON quote_entities(name, speaker, article);
  CREATE INDEX quote_entities_article ON quote_entities(article);

  CREATE TABLE times (article bigint NOT NULL, start integer NOT NULL, "end" integer NOT NULL, text text NOT NULL, type text NOT NULL, value text NOT NULL);
  CREATE INDEX times_article ON times(article);
  CREATE TABLE boilerplate (article bigint NOT NULL, start integer NOT NULL, "end" integer NOT NULL, text text NOT NULL, reason text NOT NULL, rule text);
  CREATE INDEX boilerplate_article ON boilerplate(article);

  CREATE TABLE errors (
    id bigserial PRIMARY KEY,
    source text NOT NULL,
    reason text NOT NULL,
    content_hash ${T},
    pipeline_version ${T},
    at timestamptz NOT NULL DEFAULT now()
  );
  -- one row per (source, reason); hashed because a B-tree entry is limited to ~2.7 kB
  CREATE UNIQUE INDEX errors_source_reason ON errors((md5(source)), (md5(reason)));
  CREATE INDEX errors_hash ON errors(content_hash, pipeline_version);

  -- MinHash LSH buckets: band key -> article
  CREATE TABLE lsh (key integer NOT NULL, article bigint NOT NULL, PRIMARY KEY(key, article));

  -- sourcing counts per outlet and month, kept up to date by the writer
  CREATE TABLE sourcing (
    outlet ${T} NOT NULL,
    month ${T} NOT NULL,
    articles integer NOT NULL,
    stories integer NOT NULL,
    quotes integer NOT NULL,
    anonymous integer NOT NULL,
    PRIMARY KEY(outlet, month)
  );
  `,
  // 2: what each quotation's cue reports (record 1.2 quotes[].cueClass: speech, belief, evidence, other); NULL for
  // quotations stored before it. Filtered in the general quotes path, as the article language is (no index).
  () => `
  ALTER TABLE quotes ADD COLUMN cue_class text;
  `,
];
