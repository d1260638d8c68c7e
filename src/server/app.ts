import { timingSafeEqual, createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { analyze as analyzeArticle, type AnalyzeInput } from '../analyze.js';
import { InputError } from '../ingest/errors.js';
import type { WhosaidRecord } from '../record/schema.js';
import type { Store } from '../store/types.js';
import { APP_CSS, APP_JS } from './assets.js';
import { CorpusViews } from './corpus.js';
import { html, type SafeHtml } from './html.js';
import { buildOpenApi } from './openapi.js';
import { renderArticleList } from './pages/articles.js';
import { layout } from './pages/layout.js';
import { renderOutlets } from './pages/outlets.js';
import { renderPasteForm } from './pages/paste.js';
import { renderReader } from './pages/reader.js';
import { renderSearch } from './pages/search.js';
import { renderSpeaker } from './pages/speaker.js';
import { AnalyzeBody, AnalyzeQuery, ArticlesQuery, DEFAULT_PAGE, IdParam, QuotesQuery, SearchQuery, SpeakerQuery } from './schemas.js';

/** Default request body limit: far above any news article, far below what would hurt the server. */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * Every page and response forbids inline script, plugins, framing and foreign
 * resources: a second wall behind escaping, should escaping ever miss.
 */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export interface AppOptions {
  store: Store;
  /**
   * Token for write endpoints (POST /api/analyze, POST /paste). When
   * `requireToken` is true and no token is set, write endpoints are refused.
   */
  token?: string;
  /** True when the server is bound beyond loopback: write endpoints then need the token. */
  requireToken?: boolean;
  maxBodyBytes?: number;
  /** The analysis function (the default pipeline unless a test swaps it). */
  analyze?: (input: AnalyzeInput, options: { date?: string; format?: 'auto' | 'text' | 'html' }) => WhosaidRecord;
}

/** An error answered as JSON under /api and as a page elsewhere. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly issues?: Array<{ path: string; message: string }>) { super(message); }
}

function zodIssues(err: z.ZodError): Array<{ path: string; message: string }> {
  return err.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issues = zodIssues(r.error);
    throw new ApiError(400, `invalid ${what}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`, issues);
  }
  return r.data;
}

function queryOf(c: Context): Record<string, string> {
  return c.req.query() as Record<string, string>;
}

function sameToken(given: string, expected: string): boolean {
  // hash first so the comparison takes the same time whatever the lengths
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function isApi(c: Context): boolean { return c.req.path.startsWith('/api/'); }

export function createApp(opts: AppOptions): Hono {
  return createServerApp(opts).app;
}

/** The app and its corpus views (the server warms the views' caches after it starts listening). */
export function createServerApp(opts: AppOptions): { app: Hono; views: CorpusViews } {
  const { store } = opts;
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const views = new CorpusViews(store);
  const runAnalyze = opts.analyze ?? ((input, o) => analyzeArticle(input, o));
  const app = new Hono();

  const page = (c: Context, title: string, body: SafeHtml | string, status = 200, q?: string) =>
    c.html(layout({ title, body: typeof body === 'string' ? html`${body}` : body, q }).value, status as 200);

  const errorResponse = (c: Context, status: number, message: string, issues?: Array<{ path: string; message: string }>) => {
    if (isApi(c)) return c.json({ error: { status, message, ...(issues ? { issues } : {}) } }, status as 400);
    return page(c, `Error ${status}`, html`<h1>Error ${status}</h1><p class="error" role="alert">${message}</p><p><a href="/">Back to the articles</a></p>`, status);
  };

  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });

  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err.status, err.message, err.issues);
    if (err instanceof InputError) return errorResponse(c, 400, err.message);
    if (err instanceof HTTPException) return errorResponse(c, err.status, err.message || 'request refused');
    process.stderr.write(`whosaid serve: ${c.req.method} ${c.req.path}: ${(err as Error).stack ?? err}\n`);
    return errorResponse(c, 500, 'internal error');
  });
  app.notFound((c) => errorResponse(c, 404, `not found: ${c.req.path}`));

  const limit = bodyLimit({
    maxSize: maxBody,
    onError: (c) => errorResponse(c, 413, `request body exceeds the limit of ${maxBody} bytes`),
  });

  /** Write endpoints: open on loopback; beyond it, only with the server's token. */
  const checkWrite = (c: Context, formToken?: string) => {
    if (!opts.requireToken) return;
    if (!opts.token) throw new ApiError(403, 'write endpoints are disabled: the server is bound beyond loopback without --token');
    const auth = c.req.header('authorization');
    const given = (auth?.toLowerCase().startsWith('bearer ') ? auth.slice(7).trim() : undefined) ?? c.req.header('x-whosaid-token') ?? formToken;
    if (!given) throw new ApiError(401, 'this endpoint needs the server token (Authorization: Bearer TOKEN)');
    if (!sameToken(given, opts.token)) throw new ApiError(401, 'wrong token');
  };

  // ---- assets ----
  app.get('/assets/app.css', (c) => c.body(APP_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));
  app.get('/assets/app.js', (c) => c.body(APP_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));
  app.get('/favicon.ico', (c) => c.body(null, 204));

  // ---- API ----
  app.get('/api/openapi.json', (c) => c.json(buildOpenApi()));

  app.post('/api/analyze', limit, async (c) => {
    checkWrite(c);
    const query = parse(AnalyzeQuery, queryOf(c), 'query');
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    let input: AnalyzeInput;
    let format = query.format;
    if (type === 'application/json') {
      let body: unknown;
      try { body = JSON.parse(await c.req.text()); } catch { throw new ApiError(400, 'body is not valid JSON'); }
      const b = parse(AnalyzeBody, body, 'body');
      input = { ...b, meta: b.meta as AnalyzeInput['meta'] };
    } else if (type === 'text/plain' || type === 'text/html') {
      const text = await c.req.text();
      if (!text.trim()) throw new ApiError(400, 'empty body');
      if (type === 'text/html') format = 'html';
      input = format === 'html' || (format === 'auto' && /^\s*</.test(text)) ? { html: text } : { text };
      if (format === 'text') input = { text };
    } else {
      throw new ApiError(415, 'send application/json {"text"|"html", ...}, text/plain or text/html');
    }
    const record = runAnalyze(input, { date: query.date, format });
    return c.json(record);
  });

  app.get('/api/articles', async (c) => {
    const q = parse(ArticlesQuery, queryOf(c), 'query');
    const [items, total] = await Promise.all([store.listArticles({ limit: q.limit, offset: q.offset, q: q.q }), store.count()]);
    return c.json({ total: total.articles, limit: q.limit, offset: q.offset, articles: items });
  });

  app.get('/api/articles/:id', async (c) => {
    const id = parse(IdParam, c.req.param('id'), 'article id');
    const record = await store.getRecord(id);
    if (!record) throw new ApiError(404, 'no article with this id');
    return c.json(record);
  });

  app.get('/api/quotes', async (c) => {
    const q = parse(QuotesQuery, queryOf(c), 'query');
    const quotes = await store.quotes(q);
    return c.json({ limit: q.limit, offset: q.offset, quotes });
  });

  app.get('/api/speakers/:id', async (c) => {
    const name = parse(IdParam, c.req.param('id'), 'speaker id');
    const q = parse(SpeakerQuery, queryOf(c), 'query');
    const { profile, quotes } = await views.speaker(name);
    if (profile.quotes === 0) throw new ApiError(404, 'no quotations by this speaker');
    return c.json({ speaker: profile, limit: q.limit, offset: q.offset, quotes: quotes.slice(q.offset, q.offset + q.limit) });
  });

  app.get('/api/search', async (c) => {
    const q = parse(SearchQuery, queryOf(c), 'query');
    const [quotes, articles] = await Promise.all([store.quotes(q), store.listArticles({ q: q.q, limit: q.limit, offset: q.offset })]);
    return c.json({ q: q.q, limit: q.limit, offset: q.offset, quotes, articles });
  });

  app.get('/api/outlets', async (c) => {
    const { profiles, partial } = await views.outletProfiles();
    return c.json({ partial, outlets: profiles });
  });

  app.all('/api/*', (c) => errorResponse(c, c.req.method === 'GET' ? 404 : 405, `no ${c.req.method} endpoint at ${c.req.path}`));

  // ---- pages ----
  app.get('/', async (c) => {
    const q = parse(ArticlesQuery, queryOf(c), 'query');
    const [items, total] = await Promise.all([store.listArticles({ limit: q.limit, offset: q.offset, q: q.q }), store.count()]);
    return page(c, 'Articles', renderArticleList(items, { q: q.q, offset: q.offset, limit: q.limit, total }));
  });

  app.get('/articles/:id', async (c) => {
    const id = parse(IdParam, c.req.param('id'), 'article id');
    const record = await store.getRecord(id);
    if (!record) throw new ApiError(404, 'no article with this id');
    return page(c, record.meta.title ?? id, renderReader(record, { articleId: id }));
  });

  app.get('/speakers/:id', async (c) => {
    const name = parse(IdParam, c.req.param('id'), 'speaker id');
    const q = parse(SpeakerQuery, queryOf(c), 'query');
    const { profile, quotes } = await views.speaker(name);
    return page(c, name, renderSpeaker(profile, quotes, q.offset), profile.quotes ? 200 : 404);
  });

  app.get('/search', async (c) => {
    // a form's empty fields ("anything" in a select) are no filter
    const raw = Object.fromEntries(Object.entries(queryOf(c)).filter(([, v]) => v !== ''));
    const r = QuotesQuery.safeParse(raw);
    const params = r.success ? r.data : { offset: 0, limit: DEFAULT_PAGE, q: raw.q, speaker: raw.speaker, entity: raw.entity, cueClass: raw.cueClass, from: raw.from, to: raw.to };
    const error = r.success ? null : zodIssues(r.error).map((i) => `${i.path}: ${i.message}`).join('; ');
    const any = !!(params.q || params.speaker || params.entity || params.cueClass || params.from || params.to);
    const results = r.success && any ? await store.quotes(r.data) : null;
    return page(c, params.q ? `Search: ${params.q}` : 'Search', renderSearch(params, results, error), error ? 400 : 200, params.q);
  });

  app.get('/outlets', async (c) => {
    const { profiles, partial } = await views.outletProfiles();
    return page(c, 'Outlets', renderOutlets(profiles, partial));
  });

  app.get('/paste', (c) => page(c, 'Paste', renderPasteForm({ tokenRequired: !!opts.requireToken, maxBytes: maxBody })));

  app.post('/paste', limit, async (c) => {
    const form = await c.req.parseBody();
    checkWrite(c, typeof form.token === 'string' ? form.token : undefined);
    const file = form.file;
    let text = typeof form.text === 'string' ? form.text : '';
    if (file && typeof file !== 'string' && file.size > 0) text = await file.text();
    const again = (error: string, status: number) => page(c, 'Paste', renderPasteForm({ tokenRequired: !!opts.requireToken, maxBytes: maxBody, error, text }), status);
    if (!text.trim()) return again('Paste some text or HTML, or choose a file.', 400);
    const date = typeof form.date === 'string' && form.date ? form.date : undefined;
    let record: WhosaidRecord;
    try {
      record = runAnalyze(/^\s*</.test(text) ? { html: text, date } : { text, date }, {});
    } catch (err) {
      if (err instanceof InputError) return again(err.message, 400);
      throw err;
    }
    return page(c, record.meta.title ?? 'Pasted article', html`<p class="hint">Not stored: this view is for this request only. <a href="/paste">Paste another</a>.</p>${renderReader(record, { articleId: null })}`);
  });

  return { app, views };
}
