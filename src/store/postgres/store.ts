import pg from 'pg';
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
/** A statement on the writer's connection (named: parsed and planned once), and one planned each time. */
type Query = ((sql: string, values?: unknown[]) => Promise<Row[]>) & { lookup: (sql: string, values?: unknown[]) => Promise<Row[]> };
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

/**
 * Names for the writer's statements: a named statement is parsed and planned
 * once per connection and then only executed, which is most of the server's
 * cost for the small per-article statements.
 */
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) statementNames.set(sql, (name = `whosaid_w${statementNames.size + 1}`));
  return name;
}

/** An article's LSH candidates, as the SQLite store orders them: bucket by bucket (each in id order), until more than LSH_MAX_CANDIDATES. */
function lshCandidates(keys: number[], byKey: Map<number, number[]>): number[] {
  const order: number[] = [];
  const seen = new Set<number>();
  for (const k of keys) {
    for (const art of byKey.get(k) ?? []) if (!seen.has(art)) { seen.add(art); order.push(art); }
    if (seen.size > LSH_MAX_CANDIDATES) break;
  }
  return order;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface PostgresStoreOptions {
  /** Schema holding the tables (default: whosaid). */
  schema?: string;
  poolSize?: number;
  /**
   * Commit without waiting for the WAL flush (`synchronous_commit = off`), for
   * writers whose work is redone if lost: a queue worker (see src/queue/worker.ts).
   */
  asyncCommit?: boolean;
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
  private readonly asyncCommit: boolean;

  constructor(readonly url: string, opts: PostgresStoreOptions = {}) {
    this.schema = opts.schema ?? 'whosaid';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(this.schema)) throw new Error(`invalid PostgreSQL schema name "${this.schema}" (lower-case letters, digits, _)`);
    this.poolSize = opts.poolSize ?? DEFAULT_POOL_SIZE;
    this.asyncCommit = opts.asyncCommit ?? false;
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
    const settings = `-c search_path=${searchPath.replace(/ /g, '')}${this.asyncCommit ? ' -c synchronous_commit=off' : ''}`;
    this.pool = new pg.Pool({ connectionString: this.url, max: this.poolSize, options: settings, types });
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
    const q: Query = async (sql, values = []) => (await c.query({ name: statementName(sql), text: sql, values })).rows as Row[];
    // lookups in tables that grow are planned for their arguments each time: a named statement's generic plan,
    // made while the tables are small, could scan a whole table
    q.lookup = async (sql, values = []) => (await c.query(sql, values)).rows as Row[];
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
      for (const r of await q.lookup('SELECT s.id, s.name, s.kind FROM speakers s JOIN unnest($1::text[], $2::text[]) AS u(n, k) ON s.name = u.n AND s.kind = u.k', [names, kinds])) {
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
    // a content hash twice in one batch (rare): written in runs without repeats, one after another, as one by one
    const out: PutResult[] = [];
    for (let i = 0; i < items.length;) {
      const seen = new Set<string>();
      let j = i;
      while (j < items.length && !seen.has(items[j]!.contentHash)) seen.add(items[j++]!.contentHash);
      out.push(...await this.insertArticles(q, items.slice(i, j), speakerId));
      i = j;
    }
    return out;
  }

  /**
   * Writes a batch of articles (distinct content hashes) with one statement per
   * table, not per article: the server's cost of a statement (protocol,
   * executor start-up) and the client's round trip are paid once per batch.
   * Stories and sourcing counts come out as if the articles had been written
   * one after another, in order (each sees the ones before it).
   */
  private async insertArticles(q: Query, items: PreparedArticle[], speakerId: Map<string, number>): Promise<PutResult[]> {
    const out: PutResult[] = items.map((a) => ({ articleId: a.articleId, skipped: true }));
    const stored = await q.lookup('SELECT id, content_hash AS h, pipeline_version AS v FROM articles WHERE content_hash = ANY($1) ORDER BY id', [items.map((a) => a.contentHash)]);
    const todo: number[] = [];
    for (const [i, a] of items.entries()) {
      const rows = stored.filter((r) => r.h === a.contentHash);
      if (rows.some((r) => r.v === a.pipelineVersion)) continue;
      // the same content analysed by an older pipeline: replaced by this analysis
      for (const old of rows) await this.deleteArticle(q, old.id as number);
      todo.push(i);
    }
    if (!todo.length) return out;
    const arts = todo.map((i) => items[i]!);
    const nQuotes = arts.reduce((n, a) => n + a.quotes.length, 0), nEntities = arts.reduce((n, a) => n + a.entities.length, 0);
    // ids drawn first (in item order), so the rows of other tables can name them
    const [seq] = await q(`SELECT ARRAY(SELECT nextval(pg_get_serial_sequence('articles', 'id')) FROM generate_series(1, $1)) AS a,
      ARRAY(SELECT nextval(pg_get_serial_sequence('quotes', 'id')) FROM generate_series(1, $2)) AS q,
      ARRAY(SELECT nextval(pg_get_serial_sequence('entities', 'id')) FROM generate_series(1, $3)) AS e`, [arts.length, nQuotes, nEntities]);
    const ids = (seq!.a as string[]).map(Number), quoteIds = (seq!.q as string[]).map(Number), entityIds = (seq!.e as string[]).map(Number);

    // stories: MinHash over LSH candidates, stored ones and those of this batch written before
    const keysOf = arts.map((a) => bandKeys(a.minhash));
    const byKey = new Map<number, number[]>();
    for (const h of await q('SELECT key, article FROM lsh WHERE key = ANY($1) ORDER BY key, article', [[...new Set(keysOf.flat())]])) {
      const k = h.key as number;
      let l = byKey.get(k);
      if (!l) byKey.set(k, (l = []));
      l.push(h.article as number);
    }
    const batchIndex = new Map(ids.map((id, i) => [id, i]));
    const candidates = arts.map((_, i) => {
      const order = lshCandidates(keysOf[i]!, byKey);
      for (const k of new Set(keysOf[i])) {
        let l = byKey.get(k);
        if (!l) byKey.set(k, (l = []));
        l.push(ids[i]!);
        // in id order, as the database returns them (a concurrent writer may hold lower ids)
        if (l.length > 1 && l[l.length - 2]! > ids[i]!) l.sort((x, y) => x - y);
      }
      return order;
    });
    const wanted = [...new Set(candidates.flat().filter((id) => !batchIndex.has(id)))];
    const storedCand = new Map<number, { minhash: Uint32Array; story: string }>();
    if (wanted.length) {
      for (const r of await q.lookup('SELECT id, minhash, story FROM articles WHERE id = ANY($1)', [wanted])) {
        const buf = r.minhash as Buffer;
        storedCand.set(r.id as number, { minhash: new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)), story: r.story as string });
      }
    }
    const stories: string[] = [];
    arts.forEach((a, i) => {
      let best: { sim: number; story: string } | null = null;
      for (const id of candidates[i]!) {
        const j = batchIndex.get(id);
        const other = j !== undefined ? { minhash: arts[j]!.minhash, story: stories[j]! } : storedCand.get(id);
        if (!other) continue;
        const sim = similarity(a.minhash, other.minhash);
        if (sim >= STORY_MIN_JACCARD && (!best || sim > best.sim)) best = { sim, story: other.story };
      }
      stories.push(best?.story ?? a.articleId);
    });

    // sourcing counts: a story counts once per outlet and month
    const cellOf = (a: PreparedArticle, i: number) => [stories[i]!, a.outlet ?? '', a.published?.slice(0, 7) ?? ''] as const;
    const cellKeys = [...new Set(arts.map((a, i) => cellOf(a, i).join('\u0000')))].map((k) => k.split('\u0000'));
    const storedCells = new Set((await q.lookup(`SELECT s, o, m FROM unnest($1::text[], $2::text[], $3::text[]) AS u(s, o, m) WHERE EXISTS
        (SELECT 1 FROM articles WHERE story = u.s AND coalesce(outlet, '') = u.o AND coalesce(substr(published, 1, 7), '') = u.m)`,
    [cellKeys.map((c) => c[0]), cellKeys.map((c) => c[1]), cellKeys.map((c) => c[2])])).map((r) => `${r.s as string}\u0000${r.o as string}\u0000${r.m as string}`));
    const counts = new Map<string, { articles: number; stories: number; quotes: number; anonymous: number }>();
    const anonymous = arts.map((a) => a.quotes.filter((x) => x.speaker.kind === 'anonymous').length);
    arts.forEach((a, i) => {
      const [, outlet, month] = cellOf(a, i);
      const cell = cellOf(a, i).join('\u0000');
      const key = `${outlet}\u0000${month}`;
      let c = counts.get(key);
      if (!c) counts.set(key, (c = { articles: 0, stories: 0, quotes: 0, anonymous: 0 }));
      c.articles++; c.quotes += sourcedQuotes(a.language, a.quotes.length); c.anonymous += anonymous[i]!;
      if (!storedCells.has(cell)) { c.stories++; storedCells.add(cell); }
    });

    // rows in content-hash order: concurrent batches take their unique-index locks in one order (no deadlock);
    // an article another writer stored meanwhile fails the batch with a unique violation, retried (and then skipped)
    const col = <T>(f: (a: PreparedArticle, i: number) => T) => arts.map(f);
    await q(`INSERT INTO articles (id, article_id, ext_id, content_hash, pipeline_version, source, url, title, outlet, published, language, format, text, record, quotes, anonymous, story, minhash)
      SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[],
        $14::bytea[], $15::int[], $16::int[], $17::text[], $18::bytea[]) ORDER BY 4`,
    [ids, col((a) => a.articleId), col((a) => a.extId), col((a) => a.contentHash), col((a) => a.pipelineVersion), col((a) => a.source), col((a) => a.url), col((a) => a.title),
      col((a) => a.outlet), col((a) => a.published), col((a) => a.language), col((a) => a.format), col((a) => a.text), col((a) => Buffer.from(a.record)),
      col((a) => a.quotes.length), anonymous, stories, col((a) => Buffer.from(a.minhash.buffer, a.minhash.byteOffset, a.minhash.byteLength))]);
    const cellRows = [...counts.entries()].map(([k, c]) => ({ k: k.split('\u0000'), c }));
    await q.lookup(`UPDATE sourcing SET articles = sourcing.articles + u.a, stories = sourcing.stories + u.st, quotes = sourcing.quotes + u.q, anonymous = sourcing.anonymous + u.an
      FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[]) AS u(o, m, a, st, q, an) WHERE sourcing.outlet = u.o AND sourcing.month = u.m`,
    [cellRows.map((r) => r.k[0]), cellRows.map((r) => r.k[1]), cellRows.map((r) => r.c.articles), cellRows.map((r) => r.c.stories), cellRows.map((r) => r.c.quotes), cellRows.map((r) => r.c.anonymous)]);
    const lshKeys: number[] = [], lshArticles: number[] = [];
    keysOf.forEach((keys, i) => { for (const k of new Set(keys)) { lshKeys.push(k); lshArticles.push(ids[i]!); } });
    // no ON CONFLICT here or below: the rows name new articles and quotations, so they cannot exist yet
    if (lshKeys.length) await q('INSERT INTO lsh (key, article) SELECT * FROM unnest($1::int[], $2::bigint[])', [lshKeys, lshArticles]);

    const speaker = (x: { kind: string; name: string }) => speakerId.get(`${x.kind}\u0000${x.name}`)!;
    if (nQuotes) {
      const qa: number[] = [], qPub: Array<string | null> = [], qs: PreparedArticle['quotes'] = [];
      const qeNames: string[] = [], qePub: string[] = [], qeQuotes: number[] = [], qeSpeakers: number[] = [], qeArticles: number[] = [];
      arts.forEach((a, i) => {
        for (const x of a.quotes) {
          const qid = quoteIds[qs.length]!;
          qa.push(ids[i]!); qPub.push(a.published); qs.push(x);
          for (const n of new Set(x.entityNames)) { qeNames.push(n); qePub.push(a.published ?? ''); qeQuotes.push(qid); qeSpeakers.push(speaker(x.speaker)); qeArticles.push(ids[i]!); }
        }
      });
      await q(`INSERT INTO quotes (id, article, quote_id, kind, content, start, "end", cue, source, speaker, via, published, cue_class)
        SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[], $9::text[], $10::int[], $11::int[], $12::text[], $13::text[])`,
      [quoteIds, qa, qs.map((x) => x.quoteId), qs.map((x) => x.kind), qs.map((x) => x.content), qs.map((x) => x.start), qs.map((x) => x.end), qs.map((x) => x.cue), qs.map((x) => x.source),
        qs.map((x) => speaker(x.speaker)), qs.map((x) => (x.via ? speaker(x.via) : null)), qPub, qs.map((x) => x.cueClass)]);
      if (qeNames.length) {
        await q('INSERT INTO quote_entities (name, published, quote, speaker, article) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::int[], $5::bigint[])',
          [qeNames, qePub, qeQuotes, qeSpeakers, qeArticles]);
      }
    }
    if (nEntities) {
      const es: PreparedArticle['entities'] = [], ea: number[] = [];
      const mEnt: number[] = [], mStart: number[] = [], mEnd: number[] = [];
      const eiNames: string[] = [], eiPub: string[] = [], eiArticles: number[] = [], eiMentions: number[] = [];
      arts.forEach((a, i) => {
        const byName = new Map<string, number>();
        for (const e of a.entities) {
          const eid = entityIds[es.length]!;
          es.push(e); ea.push(ids[i]!);
          for (const m of e.mentions) { mEnt.push(eid); mStart.push(m.start); mEnd.push(m.end); }
          // as SQLite's INSERT OR REPLACE: the last entity answering to a name sets its mention count
          for (const n of e.names) byName.set(n, e.mentions.length);
        }
        for (const [n, m] of byName) { eiNames.push(n); eiPub.push(a.published ?? ''); eiArticles.push(ids[i]!); eiMentions.push(m); }
      });
      await q('INSERT INTO entities (id, article, entity_id, name, type, mentions) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::int[])',
        [entityIds, ea, es.map((e) => e.entityId), es.map((e) => e.name), es.map((e) => e.type), es.map((e) => e.mentions.length)]);
      if (mEnt.length) await q('INSERT INTO mentions (entity, start, "end") SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[])', [mEnt, mStart, mEnd]);
      if (eiNames.length) {
        await q('INSERT INTO entity_index (name, published, article, mentions) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::int[])', [eiNames, eiPub, eiArticles, eiMentions]);
      }
    }
    const times = arts.flatMap((a, i) => a.times.map((t) => ({ id: ids[i]!, t })));
    if (times.length) {
      await q('INSERT INTO times (article, start, "end", text, type, value) SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[])',
        [times.map((x) => x.id), times.map((x) => x.t.start), times.map((x) => x.t.end), times.map((x) => x.t.text), times.map((x) => x.t.type), times.map((x) => x.t.value)]);
    }
    const boiler = arts.flatMap((a, i) => a.boilerplate.map((b) => ({ id: ids[i]!, b })));
    if (boiler.length) {
      await q('INSERT INTO boilerplate (article, start, "end", text, reason, rule) SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[])',
        [boiler.map((x) => x.id), boiler.map((x) => x.b.start), boiler.map((x) => x.b.end), boiler.map((x) => x.b.text), boiler.map((x) => x.b.reason), boiler.map((x) => x.b.rule)]);
    }
    await q.lookup('DELETE FROM errors WHERE content_hash = ANY($1)', [arts.map((a) => a.contentHash)]);
    for (const i of todo) out[i] = { articleId: items[i]!.articleId, skipped: false };
    return out;
  }

  private async deleteArticle(q: Query, id: number): Promise<void> {
    const art = (await q('SELECT outlet, published, language, story, quotes, anonymous FROM articles WHERE id = $1', [id]))[0];
    if (!art) return;
    const outlet = (art.outlet as string | null) ?? '', month = (art.published as string | null)?.slice(0, 7) ?? '';
    const others = await q("SELECT 1 FROM articles WHERE story = $1 AND coalesce(outlet, '') = $2 AND coalesce(substr(published, 1, 7), '') = $3 AND id <> $4 LIMIT 1", [art.story, outlet, month, id]);
    await q(`INSERT INTO sourcing (outlet, month, articles, stories, quotes, anonymous) VALUES ($1, $2, -1, $3, $4, $5)
      ON CONFLICT (outlet, month) DO UPDATE SET articles = sourcing.articles + excluded.articles, stories = sourcing.stories + excluded.stories,
        quotes = sourcing.quotes + excluded.quotes, anonymous = sourcing.anonymous + excluded.anonymous`,
    [outlet, month, others.length ? 0 : -1, -sourcedQuotes(art.language as string | null, art.quotes as number), -(art.anonymous as number)]);
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
    const cols = `a.article_id AS "articleId", q.quote_id AS "quoteId", q.kind, q.content, q.cue, q.cue_class AS "cueClass", q.source, s.name AS speaker, s.kind AS "speakerKind",
        v.name AS via, q.start, q."end", a.url, q.published, a.outlet, a.title`;
    const joins = 'JOIN articles a ON a.id = q.article JOIN speakers s ON s.id = q.speaker LEFT JOIN speakers v ON v.id = q.via';
    const p = new Params();
    // (a language or cue class filter takes the general path below)
    const only = (k: keyof QuoteFilter) => (['speaker', 'entity', 'q', 'language', 'cueClass'] as const).every((x) => x === k || !filter[x]);
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
    if (filter.language) where.push(`a.language = ${p.add(filter.language)}`);
    if (filter.cueClass) where.push(`q.cue_class = ${p.add(filter.cueClass)}`);
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
