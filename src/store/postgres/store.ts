import pg from 'pg';
import { prepareArticle, unpackRecord } from '../../corpus/prepare.js';
import { bandKeys, similarity, STORY_MIN_JACCARD } from '../../corpus/minhash.js';
import { normName } from '../../corpus/names.js';
import { rankProvenance, type ProvenanceCandidate } from '../../corpus/provenance.js';
import { foldTimeline, provenanceCandidate, provenanceQueries, storedArticle } from '../shaping.js';
import type { WhosaidRecord } from '../../record/schema.js';
import type {
  ArticleError, ArticleSummary, CorpusStore, OutletCited, PreparedArticle, ProvenanceResult, PutResult, QueryOpts,
  QuoteFilter, SourcingShare, SpeakerCount, StoredArticle, StoredQuote, TimelineRow,
} from '../types.js';
import { MIGRATIONS, TEXT_SEARCH_CONFIG } from './migrations.js';

/** Rows a query returns when the caller gives no limit (as SQLite). */
const DEFAULT_LIMIT = 100;
/** Candidates fetched per full-text query in provenance (as SQLite). */
const PROVENANCE_CANDIDATES = 300;
/** Connections per store: a worker writes on one and reads on the others; PostgreSQL's default max is 100 in all. */
export const DEFAULT_POOL_SIZE = 4;
/** Attempts of a write transaction that lost a deadlock or a unique race against another worker. */
const WRITE_ATTEMPTS = 6;
/** SQLSTATEs worth retrying: deadlock, serialization failure, unique violation (a concurrent insert won). */
const RETRYABLE = new Set(['40P01', '40001', '23505']);
/** A band bucket with more articles than this is boilerplate, not a story (as SQLite). */
const LSH_MAX_CANDIDATES = 50;

type Row = Record<string, unknown>;
type Err = ArticleError & { contentHash?: string; pipelineVersion?: string };

// bigint counts and sums as numbers (a corpus never reaches 2^53 rows)
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20 || oid === 1700) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

/** Positional parameters ($1, $2, ...) collected while a query is built. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string { this.values.push(v); return `$${this.values.length}`; }
}

function nextDay(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}\uffff`;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Date bounds as in the SQLite store: from inclusive, to inclusive of the whole day. */
function dateRange(col: string, opts: QueryOpts, p: Params): string {
  const parts: string[] = [];
  if (opts.from) parts.push(`AND ${col} >= ${p.add(opts.from)}`);
  if (opts.to) parts.push(`AND ${col} < ${p.add(nextDay(opts.to))}`);
  return parts.join(' ');
}

/**
 * tsquery from user words, as the SQLite store's FTS5 query: every word must
 * occur (AND); a "quoted phrase" must occur as a phrase.
 */
function tsQuery(q: string, p: Params): string {
  const parts: string[] = [];
  for (const m of q.matchAll(/"([^"]+)"|(\S+)/g)) {
    const s = (m[1] ?? m[2] ?? '').replace(/"/g, '').trim();
    if (s) parts.push(`phraseto_tsquery('${TEXT_SEARCH_CONFIG}', ${p.add(s)})`);
  }
  return parts.length ? `(${parts.join(' && ')})` : `''::tsquery`;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface PostgresStoreOptions {
  /** Schema holding the tables (default: whosaid). */
  schema?: string;
  poolSize?: number;
}

/**
 * The shared corpus store (PostgreSQL through pg): the same tables, answers and
 * idempotence as the SQLite store, for many writers on many machines. Writes
 * are upserts keyed by content hash + pipeline version, so a job processed twice
 * stores its articles once.
 */
export class PostgresStore implements CorpusStore {
  readonly kind = 'postgres' as const;
  readonly schema: string;
  pool!: pg.Pool;
  private readonly poolSize: number;

  constructor(readonly url: string, opts: PostgresStoreOptions = {}) {
    this.schema = opts.schema ?? 'whosaid';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(this.schema)) throw new Error(`invalid PostgreSQL schema name "${this.schema}" (lower-case letters, digits, _)`);
    this.poolSize = opts.poolSize ?? DEFAULT_POOL_SIZE;
  }

  async init(): Promise<void> {
    const boot = new pg.Client({ connectionString: this.url });
    await boot.connect();
    let searchPath: string;
    try {
      await boot.query('BEGIN');
      // one migrator per database at a time (workers starting together)
      await boot.query("SELECT pg_advisory_xact_lock(hashtext('whosaid-migrate'))");
      await boot.query(`CREATE SCHEMA IF NOT EXISTS ${ident(this.schema)}`);
      for (const ext of ['pg_trgm', 'unaccent']) {
        const have = await boot.query('SELECT 1 FROM pg_extension WHERE extname = $1', [ext]);
        if (!have.rowCount) await boot.query(`CREATE EXTENSION IF NOT EXISTS ${ext} SCHEMA public`);
      }
      const exts = await boot.query<{ extname: string; nspname: string }>(
        "SELECT e.extname, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname IN ('pg_trgm', 'unaccent')");
      const extSchema = (name: string) => exts.rows.find((r) => r.extname === name)!.nspname;
      const ctx = { unaccentSchema: ident(extSchema('unaccent')), trgmSchema: ident(extSchema('pg_trgm')) };
      searchPath = [...new Set([this.schema, extSchema('pg_trgm'), extSchema('unaccent')])].map(ident).join(', ');
      await boot.query(`SET LOCAL search_path = ${searchPath}`);
      await boot.query('CREATE TABLE IF NOT EXISTS whosaid_schema (version integer NOT NULL)');
      const v = await boot.query<{ version: number }>('SELECT version FROM whosaid_schema');
      let have = v.rows[0]?.version ?? 0;
      if (!v.rowCount) await boot.query('INSERT INTO whosaid_schema (version) VALUES (0)');
      if (have > MIGRATIONS.length) throw new Error(`${this.schema}: database schema v${have} is newer than this whosaid (v${MIGRATIONS.length})`);
      for (; have < MIGRATIONS.length; have++) await boot.query(MIGRATIONS[have]!(ctx));
      await boot.query('UPDATE whosaid_schema SET version = $1', [have]);
      await boot.query('COMMIT');
    } catch (err) {
      await boot.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      await boot.end();
    }
    this.pool = new pg.Pool({ connectionString: this.url, max: this.poolSize, options: `-c search_path=${searchPath.replace(/ /g, '')}`, types });
    // an idle connection dropped by the server must not crash the process
    this.pool.on('error', () => undefined);
  }

  async close(): Promise<void> {
    if (this.pool && !this.pool.ended) await this.pool.end();
  }

  private async rows<R = Row>(sql: string, values: unknown[] = []): Promise<R[]> {
    return (await this.pool.query(sql, values)).rows as R[];
  }

  async has(contentHash: string, pipelineVersion: string): Promise<boolean> {
    return (await this.rows('SELECT 1 FROM articles WHERE content_hash = $1 AND pipeline_version = $2', [contentHash, pipelineVersion])).length > 0;
  }

  /** Which of these hashes are stored (or failed) with this version: what a worker need not analyse again. */
  async doneAmong(hashes: string[], pipelineVersion: string): Promise<Set<string>> {
    const rows = await this.rows<{ h: string }>(`SELECT content_hash AS h FROM articles WHERE pipeline_version = $1 AND content_hash = ANY($2)
      UNION SELECT content_hash FROM errors WHERE pipeline_version = $1 AND content_hash = ANY($2)`, [pipelineVersion, hashes]);
    return new Set(rows.map((r) => r.h));
  }

  async doneHashes(pipelineVersion: string): Promise<Set<string>> {
    const rows = await this.rows<{ h: string }>(`SELECT content_hash AS h FROM articles WHERE pipeline_version = $1
      UNION SELECT content_hash FROM errors WHERE pipeline_version = $1 AND content_hash IS NOT NULL`, [pipelineVersion]);
    return new Set(rows.map((r) => r.h));
  }

  async putMany(items: Array<{ record: WhosaidRecord; contentHash: string; pipelineVersion: string; source?: string }>): Promise<PutResult[]> {
    return this.putPrepared(items.map((i) => prepareArticle(i.record, i.contentHash, i.pipelineVersion, i.source ?? null)));
  }

  async putPrepared(items: PreparedArticle[]): Promise<PutResult[]> {
    return this.putBatch(items, []);
  }

  async putError(err: Err): Promise<void> {
    await this.putBatch([], [err]);
  }

  /** Errors and articles in one transaction, retried when it loses a race with another worker. */
  async putBatch(items: PreparedArticle[], errors: Err[]): Promise<PutResult[]> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const out = await this.writeBatch(client, items, errors);
        await client.query('COMMIT');
        return out;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        const code = (err as { code?: string }).code;
        if (!code || !RETRYABLE.has(code) || attempt >= WRITE_ATTEMPTS) throw err;
        await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 50 * attempt));
      } finally {
        client.release();
      }
    }
  }

  private async writeBatch(c: pg.PoolClient, items: PreparedArticle[], errors: Err[]): Promise<PutResult[]> {
    const q = async (sql: string, values: unknown[] = []) => (await c.query(sql, values)).rows as Row[];
    for (const e of errors) {
      await q(`INSERT INTO errors (source, reason, content_hash, pipeline_version) VALUES ($1, $2, $3, $4)
        ON CONFLICT ((md5(source)), (md5(reason))) DO UPDATE SET content_hash = excluded.content_hash, pipeline_version = excluded.pipeline_version, at = now()`,
      [e.source, e.reason, e.contentHash ?? null, e.contentHash ? (e.pipelineVersion ?? null) : null]);
    }
    if (!items.length) return [];
    // rows other writers also touch are locked first, in one global order, so concurrent batches never deadlock on them
    const cells = [...new Set(items.map((a) => `${a.outlet ?? ''}\u0000${a.published?.slice(0, 7) ?? ''}`))].sort().map((k) => k.split('\u0000'));
    await q(`INSERT INTO sourcing (outlet, month, articles, stories, quotes, anonymous)
      SELECT o, m, 0, 0, 0, 0 FROM unnest($1::text[], $2::text[]) AS u(o, m) ORDER BY 1, 2
      ON CONFLICT (outlet, month) DO UPDATE SET articles = sourcing.articles`, [cells.map((x) => x[0]), cells.map((x) => x[1])]);
    const speakerKeys = new Set<string>();
    for (const a of items) for (const qu of a.quotes) {
      speakerKeys.add(`${qu.speaker.kind}\u0000${qu.speaker.name}`);
      if (qu.via) speakerKeys.add(`${qu.via.kind}\u0000${qu.via.name}`);
    }
    const speakerId = new Map<string, number>();
    if (speakerKeys.size) {
      const sp = [...speakerKeys].sort().map((k) => k.split('\u0000') as [string, string]);
      const kinds = sp.map((x) => x[0]), names = sp.map((x) => x[1]);
      await q(`INSERT INTO speakers (name, kind) SELECT n, k FROM unnest($1::text[], $2::text[]) AS u(n, k) ORDER BY k, n ON CONFLICT (name, kind) DO NOTHING`, [names, kinds]);
      for (const r of await q('SELECT s.id, s.name, s.kind FROM speakers s JOIN unnest($1::text[], $2::text[]) AS u(n, k) ON s.name = u.n AND s.kind = u.k', [names, kinds])) {
        speakerId.set(`${r.kind as string}\u0000${r.name as string}`, r.id as number);
      }
      const named = new Set<string>();
      for (const a of items) for (const qu of a.quotes) {
        const id = speakerId.get(`${qu.speaker.kind}\u0000${qu.speaker.name}`)!;
        for (const n of qu.speakerNames) named.add(`${n}\u0000${id}`);
      }
      const pairs = [...named].sort().map((k) => k.split('\u0000'));
      if (pairs.length) {
        await q(`INSERT INTO speaker_names (name, speaker) SELECT n, s FROM unnest($1::text[], $2::int[]) AS u(n, s) ORDER BY 1, 2 ON CONFLICT DO NOTHING`,
          [pairs.map((x) => x[0]), pairs.map((x) => Number(x[1]))]);
      }
    }
    const out: PutResult[] = [];
    for (const a of items) out.push(await this.insertOne(q, a, speakerId));
    return out;
  }

  private async insertOne(q: (sql: string, values?: unknown[]) => Promise<Row[]>, a: PreparedArticle, speakerId: Map<string, number>): Promise<PutResult> {
    const same = await q('SELECT id, pipeline_version = $2 AS same FROM articles WHERE content_hash = $1', [a.contentHash, a.pipelineVersion]);
    if (same.some((r) => r.same)) return { articleId: a.articleId, skipped: true };
    // the same content analysed by an older pipeline: replaced by this analysis
    for (const old of same) await this.deleteArticle(q, old.id as number);
    const keys = bandKeys(a.minhash);
    const story = (await this.findStory(q, a.minhash, keys)) ?? a.articleId;
    const anonymous = a.quotes.filter((x) => x.speaker.kind === 'anonymous').length;
    const minhash = Buffer.from(a.minhash.buffer, a.minhash.byteOffset, a.minhash.byteLength);
    const ins = await q(`INSERT INTO articles (article_id, ext_id, content_hash, pipeline_version, source, url, title, outlet, published, language, format, text, record, quotes, anonymous, story, minhash)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
      ON CONFLICT (content_hash, pipeline_version) DO NOTHING RETURNING id`,
    [a.articleId, a.extId, a.contentHash, a.pipelineVersion, a.source, a.url, a.title, a.outlet, a.published, a.language, a.format, a.text, Buffer.from(a.record), a.quotes.length, anonymous, story, minhash]);
    // another writer stored it between our check and our insert
    if (!ins.length) return { articleId: a.articleId, skipped: true };
    const id = ins[0]!.id as number;
    const outlet = a.outlet ?? '', month = a.published?.slice(0, 7) ?? '';
    const others = await q("SELECT 1 FROM articles WHERE story = $1 AND coalesce(outlet, '') = $2 AND coalesce(substr(published, 1, 7), '') = $3 AND id <> $4 LIMIT 1", [story, outlet, month, id]);
    await q(`UPDATE sourcing SET articles = articles + 1, stories = stories + $3, quotes = quotes + $4, anonymous = anonymous + $5 WHERE outlet = $1 AND month = $2`,
      [outlet, month, others.length ? 0 : 1, a.quotes.length, anonymous]);
    if (keys.length) await q('INSERT INTO lsh (key, article) SELECT DISTINCT k, $2::bigint FROM unnest($1::int[]) AS k ON CONFLICT DO NOTHING', [keys, id]);
    const published = a.published ?? '';
    if (a.quotes.length) {
      // ids drawn first, so each quotation's entity keys can name it
      const ids = (await q("SELECT nextval(pg_get_serial_sequence('quotes', 'id')) AS id FROM generate_series(1, $1)", [a.quotes.length])).map((r) => r.id as number);
      const col = <T>(f: (x: PreparedArticle['quotes'][number], i: number) => T) => a.quotes.map(f);
      await q(`INSERT INTO quotes (id, article, quote_id, kind, content, start, "end", cue, source, speaker, via, published)
        SELECT i, $2::bigint, qid, k, c, s, e, cue, src, sp, via, $12 FROM unnest($1::bigint[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[], $9::text[], $10::int[], $11::int[]) AS u(i, qid, k, c, s, e, cue, src, sp, via)`,
      [ids, id, col((x) => x.quoteId), col((x) => x.kind), col((x) => x.content), col((x) => x.start), col((x) => x.end), col((x) => x.cue), col((x) => x.source),
        col((x) => speakerId.get(`${x.speaker.kind}\u0000${x.speaker.name}`)!), col((x) => (x.via ? speakerId.get(`${x.via.kind}\u0000${x.via.name}`)! : null)), a.published]);
      const qeNames: string[] = [], qeQuotes: number[] = [], qeSpeakers: number[] = [];
      a.quotes.forEach((x, i) => {
        for (const n of new Set(x.entityNames)) { qeNames.push(n); qeQuotes.push(ids[i]!); qeSpeakers.push(speakerId.get(`${x.speaker.kind}\u0000${x.speaker.name}`)!); }
      });
      if (qeNames.length) {
        await q(`INSERT INTO quote_entities (name, published, quote, speaker, article) SELECT n, $2, qu, sp, $3::bigint FROM unnest($1::text[], $4::bigint[], $5::int[]) AS u(n, qu, sp) ON CONFLICT DO NOTHING`,
          [qeNames, published, id, qeQuotes, qeSpeakers]);
      }
    }
    if (a.entities.length) {
      const ids = (await q("SELECT nextval(pg_get_serial_sequence('entities', 'id')) AS id FROM generate_series(1, $1)", [a.entities.length])).map((r) => r.id as number);
      await q('INSERT INTO entities (id, article, entity_id, name, type, mentions) SELECT i, $2::bigint, eid, n, t, m FROM unnest($1::bigint[], $3::text[], $4::text[], $5::text[], $6::int[]) AS u(i, eid, n, t, m)',
        [ids, id, a.entities.map((e) => e.entityId), a.entities.map((e) => e.name), a.entities.map((e) => e.type), a.entities.map((e) => e.mentions.length)]);
      const mEnt: number[] = [], mStart: number[] = [], mEnd: number[] = [];
      const byName = new Map<string, number>();
      a.entities.forEach((e, i) => {
        for (const m of e.mentions) { mEnt.push(ids[i]!); mStart.push(m.start); mEnd.push(m.end); }
        // as SQLite's INSERT OR REPLACE: the last entity answering to a name sets its mention count
        for (const n of e.names) byName.set(n, e.mentions.length);
      });
      if (mEnt.length) await q('INSERT INTO mentions (entity, start, "end") SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[])', [mEnt, mStart, mEnd]);
      if (byName.size) {
        await q('INSERT INTO entity_index (name, published, article, mentions) SELECT n, $2, $3::bigint, m FROM unnest($1::text[], $4::int[]) AS u(n, m)',
          [[...byName.keys()], published, id, [...byName.values()]]);
      }
    }
    if (a.times.length) {
      await q('INSERT INTO times (article, start, "end", text, type, value) SELECT $1::bigint, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[])',
        [id, a.times.map((t) => t.start), a.times.map((t) => t.end), a.times.map((t) => t.text), a.times.map((t) => t.type), a.times.map((t) => t.value)]);
    }
    if (a.boilerplate.length) {
      await q('INSERT INTO boilerplate (article, start, "end", text, reason, rule) SELECT $1::bigint, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[])',
        [id, a.boilerplate.map((b) => b.start), a.boilerplate.map((b) => b.end), a.boilerplate.map((b) => b.text), a.boilerplate.map((b) => b.reason), a.boilerplate.map((b) => b.rule)]);
    }
    await q('DELETE FROM errors WHERE content_hash = $1', [a.contentHash]);
    return { articleId: a.articleId, skipped: false };
  }

  /** The story of the most similar stored article (MinHash over LSH candidates), as the SQLite store finds it. */
  private async findStory(q: (sql: string, values?: unknown[]) => Promise<Row[]>, sig: Uint32Array, keys: number[]): Promise<string | null> {
    if (!keys.length) return null;
    const hits = await q('SELECT key, article FROM lsh WHERE key = ANY($1) ORDER BY key, article', [keys]);
    const byKey = new Map<number, number[]>();
    for (const h of hits) { const k = h.key as number; let l = byKey.get(k); if (!l) byKey.set(k, (l = [])); l.push(h.article as number); }
    const order: number[] = [];
    const seen = new Set<number>();
    for (const k of keys) {
      for (const art of byKey.get(k) ?? []) if (!seen.has(art)) { seen.add(art); order.push(art); }
      if (seen.size > LSH_MAX_CANDIDATES) break;
    }
    if (!order.length) return null;
    const rows = await q('SELECT id, minhash, story FROM articles WHERE id = ANY($1)', [order]);
    const byId = new Map(rows.map((r) => [r.id as number, r]));
    let best: { sim: number; story: string } | null = null;
    for (const art of order) {
      const row = byId.get(art);
      if (!row) continue;
      const buf = row.minhash as Buffer;
      const other = new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
      const sim = similarity(sig, other);
      if (sim >= STORY_MIN_JACCARD && (!best || sim > best.sim)) best = { sim, story: row.story as string };
    }
    return best?.story ?? null;
  }

  private async deleteArticle(q: (sql: string, values?: unknown[]) => Promise<Row[]>, id: number): Promise<void> {
    const art = (await q('SELECT outlet, published, story, quotes, anonymous FROM articles WHERE id = $1', [id]))[0];
    if (!art) return;
    const outlet = (art.outlet as string | null) ?? '', month = (art.published as string | null)?.slice(0, 7) ?? '';
    const others = await q("SELECT 1 FROM articles WHERE story = $1 AND coalesce(outlet, '') = $2 AND coalesce(substr(published, 1, 7), '') = $3 AND id <> $4 LIMIT 1", [art.story, outlet, month, id]);
    await q(`INSERT INTO sourcing (outlet, month, articles, stories, quotes, anonymous) VALUES ($1, $2, -1, $3, $4, $5)
      ON CONFLICT (outlet, month) DO UPDATE SET articles = sourcing.articles + excluded.articles, stories = sourcing.stories + excluded.stories,
        quotes = sourcing.quotes + excluded.quotes, anonymous = sourcing.anonymous + excluded.anonymous`,
    [outlet, month, others.length ? 0 : -1, -(art.quotes as number), -(art.anonymous as number)]);
    await q('DELETE FROM mentions WHERE entity IN (SELECT id FROM entities WHERE article = $1)', [id]);
    for (const t of ['quotes', 'entities', 'entity_index', 'quote_entities', 'times', 'boilerplate', 'lsh']) await q(`DELETE FROM ${t} WHERE article = $1`, [id]);
    await q('DELETE FROM articles WHERE id = $1', [id]);
  }

  async errors(opts: { limit?: number } = {}): Promise<Array<ArticleError & { contentHash: string | null }>> {
    return this.rows('SELECT source, reason, content_hash AS "contentHash" FROM errors ORDER BY id LIMIT $1', [opts.limit ?? DEFAULT_LIMIT]);
  }

  async getRecord(articleId: string): Promise<WhosaidRecord | null> {
    const rows = await this.rows<{ text: string; record: Buffer }>(`SELECT text, record FROM (
        SELECT text, record, 0 AS o, id FROM articles WHERE article_id = $1 UNION ALL SELECT text, record, 1, id FROM articles WHERE ext_id = $1) t
      ORDER BY o, id LIMIT 1`, [articleId]);
    return rows[0] ? unpackRecord(rows[0].record, rows[0].text) : null;
  }

  async listArticles(opts: { limit?: number; offset?: number; q?: string } = {}): Promise<ArticleSummary[]> {
    const cols = 'a.article_id AS id, a.url, a.title, a.outlet, a.published, a.quotes, a.story AS "storyId"';
    const p = new Params();
    if (opts.q) {
      const tq = tsQuery(opts.q, p);
      return this.rows(`SELECT ${cols} FROM articles a WHERE a.fts @@ ${tq} ORDER BY ts_rank(a.fts, ${tq}) DESC, a.id LIMIT ${p.add(opts.limit ?? DEFAULT_LIMIT)} OFFSET ${p.add(opts.offset ?? 0)}`, p.values);
    }
    return this.rows(`SELECT ${cols} FROM articles a ORDER BY a.id LIMIT $1 OFFSET $2`, [opts.limit ?? DEFAULT_LIMIT, opts.offset ?? 0]);
  }

  async quotes(filter: QuoteFilter): Promise<StoredQuote[]> {
    const limit = filter.limit ?? DEFAULT_LIMIT, offset = filter.offset ?? 0;
    const cols = `a.article_id AS "articleId", q.quote_id AS "quoteId", q.kind, q.content, q.cue, q.source, s.name AS speaker, s.kind AS "speakerKind",
        v.name AS via, q.start, q."end", a.url, q.published, a.outlet, a.title`;
    const joins = 'JOIN articles a ON a.id = q.article JOIN speakers s ON s.id = q.speaker LEFT JOIN speakers v ON v.id = q.via';
    const p = new Params();
    const only = (k: keyof QuoteFilter) => (['speaker', 'entity', 'q'] as const).every((x) => x === k || !filter[x]);
    if (filter.entity && only('entity')) {
      const name = p.add(normName(filter.entity));
      const range = dateRange('qe.published', filter, p);
      return this.rows(`SELECT ${cols} FROM quote_entities qe JOIN quotes q ON q.id = qe.quote ${joins}
        WHERE qe.name = ${name} ${range} ORDER BY qe.published, qe.quote LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
    }
    const where: string[] = [];
    if (filter.speaker) where.push(`q.speaker IN (SELECT speaker FROM speaker_names WHERE name = ${p.add(normName(filter.speaker))})`);
    if (filter.entity) where.push(`q.id IN (SELECT quote FROM quote_entities WHERE name = ${p.add(normName(filter.entity))})`);
    if (filter.q) where.push(`q.fts @@ ${tsQuery(filter.q, p)}`);
    const range = dateRange('q.published', filter, p);
    // full-text only: ingest order (as SQLite's index order); otherwise by date, undated first (SQLite's NULL order)
    const order = filter.q && only('q') ? 'q.id' : 'q.published NULLS FIRST, q.id';
    return this.rows(`SELECT ${cols} FROM quotes q ${joins}
      WHERE true ${where.map((w) => `AND ${w}`).join(' ')} ${range}
      ORDER BY ${order} LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
  }

  async speakersAbout(entity: string, opts: QueryOpts = {}): Promise<SpeakerCount[]> {
    const p = new Params();
    const name = p.add(normName(entity));
    const range = dateRange('qe.published', opts, p);
    return this.rows(`SELECT s.name AS speaker, s.kind, count(*) AS quotes, count(DISTINCT qe.article) AS articles
      FROM quote_entities qe JOIN speakers s ON s.id = qe.speaker WHERE qe.name = ${name} ${range}
      GROUP BY s.id ORDER BY quotes DESC, speaker LIMIT ${p.add(opts.limit ?? DEFAULT_LIMIT)}`, p.values);
  }

  async outletsCited(opts: QueryOpts = {}): Promise<OutletCited[]> {
    const p = new Params();
    const range = dateRange('published', opts, p);
    const rows = await this.rows<OutletCited>(`SELECT * FROM (SELECT s.name AS outlet, s.kind,
        (SELECT count(*) FROM quotes WHERE speaker = s.id ${range}) AS "asSpeaker",
        (SELECT count(*) FROM quotes WHERE via = s.id ${range}) AS "asVia",
        (SELECT count(DISTINCT article) FROM quotes WHERE (speaker = s.id OR via = s.id) ${range}) AS articles
      FROM speakers s WHERE s.kind = 'media' OR s.id IN (SELECT via FROM quotes WHERE via IS NOT NULL)) t
      ORDER BY "asSpeaker" + "asVia" DESC, outlet LIMIT ${p.add(opts.limit ?? DEFAULT_LIMIT)}`, p.values);
    return rows.filter((r) => r.asSpeaker + r.asVia > 0);
  }

  async anonymousShare(by: 'outlet' | 'month' | 'year', opts: QueryOpts = {}): Promise<SourcingShare[]> {
    const key = by === 'outlet' ? "coalesce(nullif(outlet, ''), '(unknown)')" : by === 'month' ? "coalesce(nullif(month, ''), '(undated)')" : "coalesce(nullif(substr(month, 1, 4), ''), '(undated)')";
    const p = new Params();
    const range = dateRange('month', { from: opts.from?.slice(0, 7) }, p);
    const to = opts.to ? `AND month <= ${p.add(opts.to.slice(0, 7))}` : '';
    const rows = await this.rows<Omit<SourcingShare, 'share'>>(`SELECT ${key} AS key, sum(articles) AS articles, sum(stories) AS stories, sum(quotes) AS quotes, sum(anonymous) AS anonymous
      FROM sourcing WHERE articles > 0 ${range} ${to} GROUP BY 1 ORDER BY ${by === 'outlet' ? 'quotes DESC, key' : 'key'} LIMIT ${p.add(opts.limit ?? (by === 'outlet' ? DEFAULT_LIMIT : 100_000))}`, p.values);
    return rows.map((r) => ({ ...r, share: r.quotes ? Math.round((1000 * r.anonymous) / r.quotes) / 1000 : 0 }));
  }

  async entityTimeline(entity: string, opts: QueryOpts = {}): Promise<TimelineRow[]> {
    const p1 = new Params();
    const n1 = p1.add(normName(entity));
    const mentions = await this.rows<{ p: string; n: number; m: number }>(`SELECT published AS p, count(*) AS n, sum(mentions) AS m FROM entity_index WHERE name = ${n1} ${dateRange('published', opts, p1)} GROUP BY published`, p1.values);
    const p2 = new Params();
    const n2 = p2.add(normName(entity));
    const quotes = await this.rows<{ p: string; n: number }>(`SELECT published AS p, count(*) AS n FROM quote_entities WHERE name = ${n2} ${dateRange('published', opts, p2)} GROUP BY published`, p2.values);
    return foldTimeline(mentions, quotes, opts.limit);
  }

  async provenance(quotation: string, opts: { limit?: number; minSimilarity?: number } = {}): Promise<ProvenanceResult> {
    const queries = provenanceQueries(quotation);
    if (!queries.length) return { query: quotation, earliest: null, variants: [] };
    const artIds = new Set<number>();
    const quoteIds = new Set<number>();
    for (const t of queries) {
      for (const r of await this.rows(`SELECT id FROM quotes WHERE fts @@ to_tsquery('${TEXT_SEARCH_CONFIG}', $1) LIMIT $2`, [t.map((w) => `'${w}'`).join(' & '), PROVENANCE_CANDIDATES])) quoteIds.add(r.id as number);
      for (const r of await this.rows(`SELECT id FROM articles WHERE fts @@ to_tsquery('${TEXT_SEARCH_CONFIG}', $1) LIMIT $2`, [t.map((w) => `'${w}':B`).join(' & '), PROVENANCE_CANDIDATES])) artIds.add(r.id as number);
    }
    // trigram neighbours: quotations altered beyond one word still share most trigrams with the query
    for (const r of await this.rows('SELECT id FROM quotes WHERE $1 <% content LIMIT $2', [quotation, PROVENANCE_CANDIDATES])) quoteIds.add(r.id as number);
    const cands: ProvenanceCandidate[] = [];
    if (artIds.size) {
      for (const r of await this.rows('SELECT id, article_id, url, outlet, published, title, story, source, text FROM articles WHERE id = ANY($1) ORDER BY id', [[...artIds]])) cands.push(provenanceCandidate(r, false));
    }
    if (quoteIds.size) {
      for (const r of await this.rows(`SELECT a.id, a.article_id, a.url, a.outlet, a.published, a.title, a.story, a.source, q.quote_id, q.content, s.name AS speaker
        FROM quotes q JOIN articles a ON a.id = q.article JOIN speakers s ON s.id = q.speaker WHERE q.id = ANY($1) ORDER BY q.id`, [[...quoteIds]])) cands.push(provenanceCandidate(r, true));
    }
    return rankProvenance(quotation, cands, opts.minSimilarity, opts.limit);
  }

  async *articles(): AsyncIterable<StoredArticle> {
    let last = 0;
    for (;;) {
      const rows = await this.rows('SELECT id, article_id, url, title, outlet, published, quotes, story, source, text, record FROM articles WHERE id > $1 ORDER BY id LIMIT 200', [last]);
      if (!rows.length) return;
      for (const r of rows) {
        last = r.id as number;
        yield storedArticle(r);
      }
    }
  }

  async count(): Promise<{ articles: number; quotes: number; errors: number }> {
    const [r] = await this.rows<{ articles: number; quotes: number; errors: number }>(
      'SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM errors) AS errors');
    return r!;
  }

  async stories(): Promise<number> {
    return (await this.rows<{ n: number }>('SELECT count(DISTINCT story) AS n FROM articles'))[0]!.n;
  }

  /** Articles stored in the last `seconds` (the worker fleet's rate). */
  async storedSince(seconds: number): Promise<number> {
    return (await this.rows<{ n: number }>("SELECT count(*) AS n FROM articles WHERE ingested_at > now() - $1 * interval '1 second'", [seconds]))[0]!.n;
  }
}
