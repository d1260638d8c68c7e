import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { prepareArticle, unpackRecord } from '../../corpus/prepare.js';
import { bandKeys, similarity, STORY_MIN_JACCARD } from '../../corpus/minhash.js';
import { normName } from '../../corpus/names.js';
import { rankProvenance, type ProvenanceCandidate } from '../../corpus/provenance.js';
import { foldTimeline, provenanceCandidate, provenanceQueries, sourcedQuotes, storedArticle } from '../shaping.js';
import type { WhosaidRecord } from '../../record/schema.js';
import type {
  ArticleError, ArticleSummary, CorpusStore, OutletCited, PreparedArticle, ProvenanceResult, PutResult, QueryOpts,
  QuoteFilter, SourcingShare, SpeakerCount, StoredArticle, StoredQuote, TimelineRow,
} from '../types.js';
import { MIGRATIONS } from './migrations.js';

/** Rows a query returns when the caller gives no limit. */
const DEFAULT_LIMIT = 100;
/** Candidates fetched per full-text query in provenance (each query is an AND, so this is rarely reached). */
const PROVENANCE_CANDIDATES = 300;
/** Page cache: 32 MB keeps the hot indexes in memory without weighing on a 1 GB budget (the analysis threads need most of it). */
const CACHE_KIB = 32 * 1024;

type Row = Record<string, unknown>;

/** FTS5 query from user words: each word quoted (AND); a "quoted phrase" stays a phrase. */
export function ftsQuery(q: string): string {
  const parts: string[] = [];
  const re = /"([^"]+)"|(\S+)/g;
  for (const m of q.matchAll(re)) {
    const s = (m[1] ?? m[2] ?? '').replace(/"/g, '').trim();
    if (s) parts.push(`"${s}"`);
  }
  return parts.join(' ');
}

function ftsTerm(w: string): string { return `"${w.replace(/"/g, '')}"`; }

const nowIso = () => new Date().toISOString();

/**
 * The embedded corpus store (SQLite through better-sqlite3): WAL journal, so
 * readers never block the writer and a killed writer loses at most the
 * transaction in flight.
 */
export class SqliteStore implements CorpusStore {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;
  private readonly speakerIds = new Map<string, number>();
  private readonly namedSpeakers = new Set<string>();
  private st!: ReturnType<SqliteStore['statements']>;

  constructor(readonly path: string, opts: { readonly?: boolean } = {}) {
    if (path !== ':memory:' && !opts.readonly) mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path, { readonly: Boolean(opts.readonly), fileMustExist: Boolean(opts.readonly) });
    this.db.pragma('busy_timeout = 10000');
    if (!opts.readonly) {
      this.db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode: a commit survives a process crash (kill -9); only an OS crash may lose the last one
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.pragma(`cache_size = -${CACHE_KIB}`);
  }

  async init(): Promise<void> {
    this.migrate();
    this.st = this.statements();
  }

  /** Runs the migrations this database has not seen yet. */
  migrate(): void {
    const have = this.db.pragma('user_version', { simple: true }) as number;
    if (have > MIGRATIONS.length) throw new Error(`${this.path}: database schema v${have} is newer than this whosaid (v${MIGRATIONS.length})`);
    for (let v = have; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      }).immediate();
    }
  }

  private statements() {
    const p = (sql: string) => this.db.prepare(sql);
    return {
      has: p('SELECT 1 FROM articles WHERE content_hash = ? AND pipeline_version = ?'),
      stale: p('SELECT id FROM articles WHERE content_hash = ? AND pipeline_version <> ?'),
      insertArticle: p(`INSERT INTO articles (article_id, ext_id, content_hash, pipeline_version, source, url, title, outlet, published, language, format, text, record, quotes, anonymous, story, minhash, ingested_at)
        VALUES (@articleId, @extId, @contentHash, @pipelineVersion, @source, @url, @title, @outlet, @published, @language, @format, @text, @record, @quotes, @anonymous, @story, @minhash, @at)`),
      insertArticleFts: p('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
      speakerId: p('SELECT id FROM speakers WHERE name = ? AND kind = ?'),
      insertSpeaker: p('INSERT INTO speakers (name, kind) VALUES (?, ?)'),
      insertSpeakerName: p('INSERT OR IGNORE INTO speaker_names (name, speaker) VALUES (?, ?)'),
      insertQuote: p('INSERT INTO quotes (article, quote_id, kind, content, start, end, cue, cue_class, source, speaker, via, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      insertQuoteFts: p('INSERT INTO quotes_fts (rowid, content) VALUES (?, ?)'),
      insertEntity: p('INSERT INTO entities (article, entity_id, name, type, mentions) VALUES (?, ?, ?, ?, ?)'),
      insertMention: p('INSERT INTO mentions (entity, start, end) VALUES (?, ?, ?)'),
      insertEntityIndex: p('INSERT OR REPLACE INTO entity_index (name, published, article, mentions) VALUES (?, ?, ?, ?)'),
      insertQuoteEntity: p('INSERT OR IGNORE INTO quote_entities (name, published, quote, speaker, article) VALUES (?, ?, ?, ?, ?)'),
      insertTime: p('INSERT INTO times (article, start, end, text, type, value) VALUES (?, ?, ?, ?, ?, ?)'),
      insertBoilerplate: p('INSERT INTO boilerplate (article, start, end, text, reason, rule) VALUES (?, ?, ?, ?, ?, ?)'),
      lshFind: p('SELECT article FROM lsh WHERE key = ?').pluck(),
      lshInsert: p('INSERT OR IGNORE INTO lsh (key, article) VALUES (?, ?)'),
      minhashOf: p('SELECT minhash, story FROM articles WHERE id = ?'),
      insertError: p(`INSERT INTO errors (source, reason, content_hash, pipeline_version, at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(source, reason) DO UPDATE SET content_hash = excluded.content_hash, pipeline_version = excluded.pipeline_version, at = excluded.at`),
      clearErrors: p('DELETE FROM errors WHERE content_hash = ?'),
      storyInCell: p("SELECT 1 FROM articles WHERE story = ? AND coalesce(outlet, '') = ? AND coalesce(substr(published, 1, 7), '') = ? AND id <> ? LIMIT 1"),
      addSourcing: p(`INSERT INTO sourcing (outlet, month, articles, stories, quotes, anonymous) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT(outlet, month) DO UPDATE SET articles = articles + excluded.articles, stories = stories + excluded.stories,
          quotes = quotes + excluded.quotes, anonymous = anonymous + excluded.anonymous`),
      addSpeakerStats: p(`INSERT INTO speaker_stats (speaker, as_speaker, as_via, articles) VALUES (?, ?, ?, ?)
        ON CONFLICT(speaker) DO UPDATE SET as_speaker = as_speaker + excluded.as_speaker, as_via = as_via + excluded.as_via, articles = articles + excluded.articles`),
      record: p('SELECT text, record FROM articles WHERE article_id = ? UNION ALL SELECT text, record FROM articles WHERE ext_id = ? LIMIT 1'),
    };
  }

  async close(): Promise<void> {
    if (this.db.open) {
      if (!this.db.readonly) { try { this.db.pragma('optimize'); } catch { /* best effort */ } }
      this.db.close();
    }
  }

  async has(contentHash: string, pipelineVersion: string): Promise<boolean> {
    return this.st.has.get(contentHash, pipelineVersion) !== undefined;
  }

  async doneHashes(pipelineVersion: string): Promise<Set<string>> {
    const rows = this.db.prepare(`SELECT content_hash FROM articles WHERE pipeline_version = ?
      UNION SELECT content_hash FROM errors WHERE pipeline_version = ? AND content_hash IS NOT NULL`).pluck().all(pipelineVersion, pipelineVersion) as string[];
    return new Set(rows);
  }

  async putMany(items: Array<{ record: WhosaidRecord; contentHash: string; pipelineVersion: string; source?: string }>): Promise<PutResult[]> {
    return this.putPrepared(items.map((i) => prepareArticle(i.record, i.contentHash, i.pipelineVersion, i.source ?? null)));
  }

  async putPrepared(items: PreparedArticle[]): Promise<PutResult[]> {
    return this.db.transaction(() => items.map((a) => this.insertOne(a))).immediate();
  }

  private speaker(name: string, kind: string): number {
    const key = `${kind}\u0000${name}`;
    let id = this.speakerIds.get(key);
    if (id === undefined) {
      id = (this.st.speakerId.get(name, kind) as { id: number } | undefined)?.id;
      if (id === undefined) id = Number(this.st.insertSpeaker.run(name, kind).lastInsertRowid);
      if (this.speakerIds.size > 200_000) this.speakerIds.clear(); // bound the cache on huge corpora
      this.speakerIds.set(key, id);
    }
    return id;
  }

  private nameSpeaker(name: string, id: number): void {
    const key = `${id}\u0000${name}`;
    if (this.namedSpeakers.has(key)) return;
    this.st.insertSpeakerName.run(name, id);
    if (this.namedSpeakers.size > 500_000) this.namedSpeakers.clear();
    this.namedSpeakers.add(key);
  }

  private insertOne(a: PreparedArticle): PutResult {
    const st = this.st;
    if (st.has.get(a.contentHash, a.pipelineVersion)) return { articleId: a.articleId, skipped: true };
    // the same content analysed by an older pipeline: replaced by this analysis
    for (const old of st.stale.all(a.contentHash, a.pipelineVersion) as Array<{ id: number }>) this.deleteArticle(old.id);
    const minhash = Buffer.from(a.minhash.buffer, a.minhash.byteOffset, a.minhash.byteLength);
    const keys = bandKeys(a.minhash);
    const story = this.findStory(a.minhash, keys) ?? a.articleId;
    const anonymous = a.quotes.filter((q) => q.speaker.kind === 'anonymous').length;
    const id = Number(st.insertArticle.run({
      articleId: a.articleId, extId: a.extId, contentHash: a.contentHash, pipelineVersion: a.pipelineVersion, source: a.source,
      url: a.url, title: a.title, outlet: a.outlet, published: a.published, language: a.language, format: a.format,
      text: a.text, record: Buffer.from(a.record), quotes: a.quotes.length, anonymous, story, minhash, at: nowIso(),
    }).lastInsertRowid);
    st.insertArticleFts.run(id, a.title ?? '', a.text);
    const cell = [a.outlet ?? '', a.published?.slice(0, 7) ?? ''] as const;
    const newStory = st.storyInCell.get(story, cell[0], cell[1], id) === undefined ? 1 : 0;
    st.addSourcing.run(cell[0], cell[1], 1, newStory, sourcedQuotes(a.language, a.quotes.length), anonymous);
    for (const k of keys) st.lshInsert.run(k, id);
    /** Outlets and relays of this article: quotes as speaker, as relay. */
    const cited = new Map<number, [number, number]>();
    for (const q of a.quotes) {
      const sp = this.speaker(q.speaker.name, q.speaker.kind);
      for (const n of q.speakerNames) this.nameSpeaker(n, sp);
      const via = q.via ? this.speaker(q.via.name, q.via.kind) : null;
      if (q.speaker.kind === 'media') { const c = cited.get(sp) ?? [0, 0]; c[0]++; cited.set(sp, c); }
      if (via !== null) { const c = cited.get(via) ?? [0, 0]; c[1]++; cited.set(via, c); }
      const qid = Number(st.insertQuote.run(id, q.quoteId, q.kind, q.content, q.start, q.end, q.cue, q.cueClass, q.source, sp, via, a.published).lastInsertRowid);
      st.insertQuoteFts.run(qid, q.content);
      for (const n of q.entityNames) st.insertQuoteEntity.run(n, a.published ?? '', qid, sp, id);
    }
    for (const [sp, [asSpeaker, asVia]] of cited) st.addSpeakerStats.run(sp, asSpeaker, asVia, 1);
    for (const e of a.entities) {
      const eid = Number(st.insertEntity.run(id, e.entityId, e.name, e.type, e.mentions.length).lastInsertRowid);
      for (const m of e.mentions) st.insertMention.run(eid, m.start, m.end);
      for (const n of e.names) st.insertEntityIndex.run(n, a.published ?? '', id, e.mentions.length);
    }
    for (const t of a.times) st.insertTime.run(id, t.start, t.end, t.text, t.type, t.value);
    for (const b of a.boilerplate) st.insertBoilerplate.run(id, b.start, b.end, b.text, b.reason, b.rule);
    st.clearErrors.run(a.contentHash);
    return { articleId: a.articleId, skipped: false };
  }

  /** Story of the most similar earlier article that shares an LSH bucket, if similar enough. */
  private findStory(sig: Uint32Array, keys: number[]): string | null {
    const seen = new Set<number>();
    let best: { sim: number; story: string } | null = null;
    for (const k of keys) {
      for (const art of this.st.lshFind.all(k) as number[]) {
        if (seen.has(art)) continue;
        seen.add(art);
        const row = this.st.minhashOf.get(art) as { minhash: Buffer; story: string } | undefined;
        if (!row) continue;
        const other = new Uint32Array(row.minhash.buffer.slice(row.minhash.byteOffset, row.minhash.byteOffset + row.minhash.byteLength));
        const sim = similarity(sig, other);
        if (sim >= STORY_MIN_JACCARD && (!best || sim > best.sim)) best = { sim, story: row.story };
      }
      if (seen.size > 50) break; // a bucket that full is boilerplate, not a story
    }
    return best?.story ?? null;
  }

  private deleteArticle(id: number): void {
    const quoteIds = this.db.prepare('SELECT id, content FROM quotes WHERE article = ?').all(id) as Array<{ id: number; content: string }>;
    const stats = this.db.prepare(`SELECT sp AS speaker, sum(s) AS asSpeaker, sum(v) AS asVia FROM (
        SELECT q.speaker AS sp, 1 AS s, 0 AS v FROM quotes q JOIN speakers k ON k.id = q.speaker WHERE q.article = ? AND k.kind = 'media'
        UNION ALL SELECT via, 0, 1 FROM quotes WHERE article = ? AND via IS NOT NULL) GROUP BY sp`).all(id, id) as Array<{ speaker: number; asSpeaker: number; asVia: number }>;
    for (const r of stats) this.st.addSpeakerStats.run(r.speaker, -r.asSpeaker, -r.asVia, -1);
    const del = this.db.prepare("INSERT INTO quotes_fts (quotes_fts, rowid, content) VALUES ('delete', ?, ?)");
    for (const q of quoteIds) del.run(q.id, q.content);
    const art = this.db.prepare('SELECT title, text, outlet, published, language, story, quotes, anonymous FROM articles WHERE id = ?').get(id) as
      { title: string | null; text: string; outlet: string | null; published: string | null; language: string | null; story: string; quotes: number; anonymous: number };
    const cell = [art.outlet ?? '', art.published?.slice(0, 7) ?? ''] as const;
    const lastOfStory = this.st.storyInCell.get(art.story, cell[0], cell[1], id) === undefined ? 1 : 0;
    this.st.addSourcing.run(cell[0], cell[1], -1, -lastOfStory, -sourcedQuotes(art.language, art.quotes), -art.anonymous);
    this.db.prepare("INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)").run(id, art.title ?? '', art.text);
    this.db.prepare('DELETE FROM mentions WHERE entity IN (SELECT id FROM entities WHERE article = ?)').run(id);
    for (const t of ['quotes', 'entities', 'entity_index', 'quote_entities', 'times', 'boilerplate']) this.db.prepare(`DELETE FROM ${t} WHERE article = ?`).run(id);
    this.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
  }

  async putError(err: ArticleError & { contentHash?: string; pipelineVersion?: string }): Promise<void> {
    this.st.insertError.run(err.source, err.reason, err.contentHash ?? null, err.contentHash ? (err.pipelineVersion ?? null) : null, nowIso());
  }

  /** Errors and articles in one transaction (what the ingest writer commits per batch). */
  async putBatch(items: PreparedArticle[], errors: Array<ArticleError & { contentHash?: string; pipelineVersion?: string }>): Promise<PutResult[]> {
    return this.db.transaction(() => {
      for (const e of errors) this.st.insertError.run(e.source, e.reason, e.contentHash ?? null, e.contentHash ? (e.pipelineVersion ?? null) : null, nowIso());
      return items.map((a) => this.insertOne(a));
    }).immediate();
  }

  async errors(opts: { limit?: number } = {}): Promise<Array<ArticleError & { contentHash: string | null }>> {
    return this.db.prepare('SELECT source, reason, content_hash AS contentHash FROM errors ORDER BY id LIMIT ?').all(opts.limit ?? DEFAULT_LIMIT) as Array<ArticleError & { contentHash: string | null }>;
  }

  async getRecord(articleId: string): Promise<WhosaidRecord | null> {
    const row = this.st.record.get(articleId, articleId) as { text: string; record: Buffer } | undefined;
    return row ? unpackRecord(row.record, row.text) : null;
  }

  async listArticles(opts: { limit?: number; offset?: number; q?: string } = {}): Promise<ArticleSummary[]> {
    const cols = 'a.article_id AS id, a.url, a.title, a.outlet, a.published, a.quotes, a.story AS storyId';
    const lim = [opts.limit ?? DEFAULT_LIMIT, opts.offset ?? 0];
    if (opts.q) {
      return this.db.prepare(`SELECT ${cols} FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT ? OFFSET ?`)
        .all(ftsQuery(opts.q), ...lim) as ArticleSummary[];
    }
    return this.db.prepare(`SELECT ${cols} FROM articles a ORDER BY a.id LIMIT ? OFFSET ?`).all(...lim) as ArticleSummary[];
  }

  async quotes(filter: QuoteFilter): Promise<StoredQuote[]> {
    const limit = filter.limit ?? DEFAULT_LIMIT, offset = filter.offset ?? 0;
    const cols = `a.article_id AS articleId, q.quote_id AS quoteId, q.kind, q.content, q.cue, q.cue_class AS cueClass, q.source, s.name AS speaker, s.kind AS speakerKind,
        v.name AS via, q.start, q.end, a.url, q.published, a.outlet, a.title`;
    const joins = 'JOIN articles a ON a.id = q.article JOIN speakers s ON s.id = q.speaker LEFT JOIN speakers v ON v.id = q.via';
    const [range, rargs] = dateRange('q.published', filter);
    // (a language or cue class filter takes the general path below)
    const only = (k: keyof QuoteFilter) => (['speaker', 'entity', 'q', 'language', 'cueClass'] as const).every((x) => x === k || !filter[x]);
    // single-filter cases walk an index in date order and stop at the limit, whatever the corpus size
    if (filter.speaker && only('speaker')) {
      const ids = this.db.prepare('SELECT speaker FROM speaker_names WHERE name = ?').pluck().all(normName(filter.speaker)) as number[];
      const per = this.db.prepare(`SELECT ${cols}, q.id AS _id FROM quotes q INDEXED BY quotes_speaker ${joins} WHERE q.speaker = ? ${range} ORDER BY q.published, q.id LIMIT ?`);
      const rows = ids.flatMap((id) => per.all(id, ...rargs, offset + limit) as Array<StoredQuote & { _id: number }>);
      rows.sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '') || x._id - y._id);
      return rows.slice(offset, offset + limit).map(({ _id, ...r }) => r as StoredQuote);
    }
    if (filter.entity && only('entity')) {
      const [erange, eargs] = dateRange('qe.published', filter);
      return this.db.prepare(`SELECT ${cols} FROM quote_entities qe JOIN quotes q ON q.id = qe.quote ${joins}
        WHERE qe.name = ? ${erange} ORDER BY qe.published, qe.quote LIMIT ? OFFSET ?`).all(normName(filter.entity), ...eargs, limit, offset) as StoredQuote[];
    }
    if (filter.q && only('q')) {
      // full-text matches in ingest order (the index's own order): no sort over every match
      return this.db.prepare(`SELECT ${cols} FROM quotes_fts f JOIN quotes q ON q.id = f.rowid ${joins}
        WHERE quotes_fts MATCH ? ${range} ORDER BY f.rowid LIMIT ? OFFSET ?`).all(ftsQuery(filter.q), ...rargs, limit, offset) as StoredQuote[];
    }
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.speaker) { where.push('q.speaker IN (SELECT speaker FROM speaker_names WHERE name = ?)'); args.push(normName(filter.speaker)); }
    if (filter.entity) { where.push('q.id IN (SELECT quote FROM quote_entities WHERE name = ?)'); args.push(normName(filter.entity)); }
    if (filter.q) { where.push('q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)'); args.push(ftsQuery(filter.q)); }
    if (filter.language) { where.push('a.language = ?'); args.push(filter.language); }
    if (filter.cueClass) { where.push('q.cue_class = ?'); args.push(filter.cueClass); }
    const sql = `SELECT ${cols} FROM quotes q ${joins}
      WHERE 1 ${where.map((w) => `AND ${w}`).join(' ')} ${range}
      ORDER BY q.published, q.id LIMIT ? OFFSET ?`;
    return this.db.prepare(sql).all(...args, ...rargs, limit, offset) as StoredQuote[];
  }

  async speakersAbout(entity: string, opts: QueryOpts = {}): Promise<SpeakerCount[]> {
    const [range, rargs] = dateRange('qe.published', opts);
    return this.db.prepare(`SELECT s.name AS speaker, s.kind, count(*) AS quotes, count(DISTINCT qe.article) AS articles
      FROM quote_entities qe JOIN speakers s ON s.id = qe.speaker WHERE qe.name = ? ${range}
      GROUP BY qe.speaker ORDER BY quotes DESC, speaker LIMIT ?`).all(normName(entity), ...rargs, opts.limit ?? DEFAULT_LIMIT) as SpeakerCount[];
  }

  async outletsCited(opts: QueryOpts = {}): Promise<OutletCited[]> {
    const limit = opts.limit ?? DEFAULT_LIMIT;
    if (!opts.from && !opts.to) {
      // the writer's running counts
      return this.db.prepare(`SELECT s.name AS outlet, s.kind, st.as_speaker AS asSpeaker, st.as_via AS asVia, st.articles
        FROM speaker_stats st JOIN speakers s ON s.id = st.speaker WHERE st.as_speaker + st.as_via > 0
        ORDER BY st.as_speaker + st.as_via DESC, outlet LIMIT ?`).all(limit) as OutletCited[];
    }
    const [range, rargs] = dateRange('published', opts);
    return this.db.prepare(`SELECT s.name AS outlet, s.kind,
        (SELECT count(*) FROM quotes WHERE speaker = s.id ${range}) AS asSpeaker,
        (SELECT count(*) FROM quotes WHERE via = s.id ${range}) AS asVia,
        (SELECT count(DISTINCT article) FROM quotes WHERE (speaker = s.id OR via = s.id) ${range}) AS articles
      FROM speakers s WHERE s.id IN (SELECT speaker FROM speaker_stats)
      ORDER BY asSpeaker + asVia DESC, outlet LIMIT ?`)
      .all(...rargs, ...rargs, ...rargs, limit)
      .filter((r) => (r as OutletCited).asSpeaker + (r as OutletCited).asVia > 0) as OutletCited[];
  }

  async anonymousShare(by: 'outlet' | 'month' | 'year', opts: QueryOpts = {}): Promise<SourcingShare[]> {
    // from the per-outlet-and-month counts; a date range is applied by month
    const key = by === 'outlet' ? "coalesce(nullif(outlet, ''), '(unknown)')" : by === 'month' ? "coalesce(nullif(month, ''), '(undated)')" : "coalesce(nullif(substr(month, 1, 4), ''), '(undated)')";
    const [range, rargs] = dateRange('month', { from: opts.from?.slice(0, 7), to: undefined });
    const to = opts.to ? 'AND month <= ?' : '';
    const rows = this.db.prepare(`SELECT ${key} AS key, sum(articles) AS articles, sum(stories) AS stories, sum(quotes) AS quotes, sum(anonymous) AS anonymous
      FROM sourcing WHERE articles > 0 ${range} ${to} GROUP BY key ORDER BY ${by === 'outlet' ? 'quotes DESC, key' : 'key'} LIMIT ?`)
      .all(...rargs, ...(opts.to ? [opts.to.slice(0, 7)] : []), opts.limit ?? (by === 'outlet' ? DEFAULT_LIMIT : 100_000)) as Array<Omit<SourcingShare, 'share'>>;
    return rows.map((r) => ({ ...r, share: r.quotes ? Math.round((1000 * r.anonymous) / r.quotes) / 1000 : 0 }));
  }

  async entityTimeline(entity: string, opts: QueryOpts = {}): Promise<TimelineRow[]> {
    const name = normName(entity);
    const [range, rargs] = dateRange('published', opts);
    // grouped by the stored value, which follows the index order (no sort), then folded into days
    const mentions = this.db.prepare(`SELECT published AS p, count(*) AS n, sum(mentions) AS m FROM entity_index WHERE name = ? ${range} GROUP BY published`).all(name, ...rargs) as Array<{ p: string; n: number; m: number }>;
    const quotes = this.db.prepare(`SELECT published AS p, count(*) AS n FROM quote_entities WHERE name = ? ${range} GROUP BY published`).all(name, ...rargs) as Array<{ p: string; n: number }>;
    return foldTimeline(mentions, quotes, opts.limit);
  }

  async provenance(quotation: string, opts: { limit?: number; minSimilarity?: number } = {}): Promise<ProvenanceResult> {
    const queries = provenanceQueries(quotation);
    if (!queries.length) return { query: quotation, earliest: null, variants: [] };
    const artIds = new Set<number>();
    const quoteIds = new Set<number>();
    const artQ = this.db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?').pluck();
    const quoteQ = this.db.prepare('SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?').pluck();
    for (const t of queries) {
      const m = t.map(ftsTerm).join(' AND ');
      for (const id of quoteQ.all(m, PROVENANCE_CANDIDATES) as number[]) quoteIds.add(id);
      for (const id of artQ.all(`text : (${m})`, PROVENANCE_CANDIDATES) as number[]) artIds.add(id);
    }
    const cands: ProvenanceCandidate[] = [];
    const artRow = this.db.prepare('SELECT id, article_id, url, outlet, published, title, story, source, text FROM articles WHERE id = ?');
    for (const id of artIds) cands.push(provenanceCandidate(artRow.get(id) as Row, false));
    const quoteRow = this.db.prepare(`SELECT a.id, a.article_id, a.url, a.outlet, a.published, a.title, a.story, a.source, q.quote_id, q.content, s.name AS speaker
      FROM quotes q JOIN articles a ON a.id = q.article JOIN speakers s ON s.id = q.speaker WHERE q.id = ?`);
    for (const id of quoteIds) cands.push(provenanceCandidate(quoteRow.get(id) as Row, true));
    return rankProvenance(quotation, cands, opts.minSimilarity, opts.limit);
  }

  async *articles(): AsyncIterable<StoredArticle> {
    // pages by rowid, so no statement stays open across the consumer's awaits
    const page = this.db.prepare('SELECT id, article_id, url, title, outlet, published, quotes, story, source, text, record FROM articles WHERE id > ? ORDER BY id LIMIT 200');
    let last = 0;
    for (;;) {
      const rows = page.all(last) as Row[];
      if (!rows.length) return;
      for (const r of rows) {
        last = r.id as number;
        yield storedArticle(r);
      }
    }
  }

  async count(): Promise<{ articles: number; quotes: number; errors: number }> {
    const one = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    return { articles: one('SELECT count(*) FROM articles'), quotes: one('SELECT count(*) FROM quotes'), errors: one('SELECT count(*) FROM errors') };
  }

  async stories(): Promise<number> {
    return this.db.prepare('SELECT count(DISTINCT story) FROM articles').pluck().get() as number;
  }
}

function nextDay(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}\uffff`;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function dateRange(col: string, opts: QueryOpts): [string, unknown[]] {
  const parts: string[] = [];
  const args: unknown[] = [];
  if (opts.from) { parts.push(`AND ${col} >= ?`); args.push(opts.from); }
  if (opts.to) { parts.push(`AND ${col} < ?`); args.push(nextDay(opts.to)); }
  return [parts.join(' '), args];
}
