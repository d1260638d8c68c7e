/**
 * Schema migrations, applied in order; PRAGMA user_version holds how many ran.
 * Never edit a shipped migration: append a new one.
 */
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id TEXT NOT NULL UNIQUE,
    ext_id TEXT,
    content_hash TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    source TEXT,
    url TEXT, title TEXT, outlet TEXT, published TEXT, language TEXT, format TEXT NOT NULL,
    text TEXT NOT NULL,
    record BLOB NOT NULL,
    quotes INTEGER NOT NULL,
    anonymous INTEGER NOT NULL,
    story TEXT,
    minhash BLOB,
    ingested_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX articles_hash ON articles(content_hash, pipeline_version);
  CREATE INDEX articles_ext ON articles(ext_id);
  CREATE INDEX articles_story ON articles(story);
  -- covering indexes for the sourcing shares (per outlet, per period)
  CREATE INDEX articles_outlet ON articles(outlet, published, quotes, anonymous, story);
  CREATE INDEX articles_published ON articles(published, quotes, anonymous, story);
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');

  CREATE TABLE speakers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, UNIQUE(name, kind));
  CREATE TABLE speaker_names (name TEXT NOT NULL, speaker INTEGER NOT NULL, PRIMARY KEY(name, speaker)) WITHOUT ROWID;

  CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    quote_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    content TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL,
    cue TEXT, source TEXT,
    speaker INTEGER NOT NULL,
    via INTEGER,
    published TEXT
  );
  CREATE INDEX quotes_article ON quotes(article);
  CREATE INDEX quotes_speaker ON quotes(speaker, published);
  CREATE INDEX quotes_via ON quotes(via) WHERE via IS NOT NULL;
  CREATE VIRTUAL TABLE quotes_fts USING fts5(content, content='quotes', content_rowid='id');

  CREATE TABLE entities (id INTEGER PRIMARY KEY, article INTEGER NOT NULL, entity_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL);
  CREATE INDEX entities_article ON entities(article);
  CREATE TABLE mentions (entity INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);
  CREATE INDEX mentions_entity ON mentions(entity);
  -- entity name key -> articles mentioning it, by date (timeline); undated: published = ''
  CREATE TABLE entity_index (name TEXT NOT NULL, published TEXT, article INTEGER NOT NULL, mentions INTEGER NOT NULL, PRIMARY KEY(name, published, article)) WITHOUT ROWID;
  CREATE INDEX entity_index_article ON entity_index(article);
  -- entity name key -> quotations whose content mentions it
  CREATE TABLE quote_entities (name TEXT NOT NULL, published TEXT, quote INTEGER NOT NULL, speaker INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY(name, published, quote)) WITHOUT ROWID;
  CREATE INDEX quote_entities_speaker ON quote_entities(name, speaker, article);
  CREATE INDEX quote_entities_article ON quote_entities(article);

  CREATE TABLE times (article INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL);
  CREATE INDEX times_article ON times(article);
  CREATE TABLE boilerplate (article INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, reason TEXT NOT NULL, rule TEXT);
  CREATE INDEX boilerplate_article ON boilerplate(article);

  CREATE TABLE errors (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    content_hash TEXT,
    pipeline_version TEXT,
    at TEXT NOT NULL,
    UNIQUE(source, reason)
  );
  CREATE INDEX errors_hash ON errors(content_hash, pipeline_version);

  -- MinHash LSH buckets: band key -> article
  CREATE TABLE lsh (key INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY(key, article)) WITHOUT ROWID;
  `,
  // 2: sourcing counts per outlet and month, kept up to date by the writer, so the
  // anonymous-sourcing shares answer from a few hundred rows at any corpus size
  `
  CREATE TABLE sourcing (
    outlet TEXT NOT NULL,
    month TEXT NOT NULL,
    articles INTEGER NOT NULL,
    stories INTEGER NOT NULL,
    quotes INTEGER NOT NULL,
    anonymous INTEGER NOT NULL,
    PRIMARY KEY(outlet, month)
  ) WITHOUT ROWID;
  INSERT INTO sourcing (outlet, month, articles, stories, quotes, anonymous)
    SELECT coalesce(outlet, ''), coalesce(substr(published, 1, 7), ''), count(*), count(DISTINCT story), sum(quotes), sum(anonymous)
    FROM articles GROUP BY 1, 2;
  `,
  // 3: counts of outlets (media speakers) and relays, kept by the writer: "outlets cited" reads a few
  // hundred rows instead of counting millions of quotes
  `
  CREATE INDEX speakers_kind ON speakers(kind);
  CREATE TABLE speaker_stats (
    speaker INTEGER PRIMARY KEY,
    as_speaker INTEGER NOT NULL,
    as_via INTEGER NOT NULL,
    articles INTEGER NOT NULL
  );
  INSERT INTO speaker_stats (speaker, as_speaker, as_via, articles)
    SELECT s.id,
      (SELECT count(*) FROM quotes WHERE speaker = s.id),
      (SELECT count(*) FROM quotes WHERE via = s.id),
      (SELECT count(DISTINCT article) FROM quotes WHERE speaker = s.id OR via = s.id)
    FROM speakers s WHERE s.kind = 'media' OR s.id IN (SELECT DISTINCT via FROM quotes WHERE via IS NOT NULL);
  `,
  // 4: what each quotation's cue reports (record 1.2 quotes[].cueClass: speech, belief, evidence, other); NULL for
  // quotations stored before it. Filtered in the general quotes path, as the article language is (no index).
  `
  ALTER TABLE quotes ADD COLUMN cue_class TEXT;
  `,
];
