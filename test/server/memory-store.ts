import type { WhosaidRecord } from '../../src/record/schema.ts';
import type { ArticleError, ArticleSummary, PutResult, QuoteFilter, Store, StoredQuote } from '../../src/store/types.ts';

/**
 * A small in-memory Store for the server tests: it implements the Store
 * interface in full (idempotent puts, filters, paging) so the tests exercise
 * the server, not a stub.
 */
export class MemoryStore implements Store {
  readonly kind = 'sqlite' as const;
  private articles = new Map<string, { record: WhosaidRecord; hash: string; version: string }>();
  private errors: ArticleError[] = [];
  private nextId = 1;

  async init(): Promise<void> {}
  async close(): Promise<void> {}

  async has(contentHash: string, pipelineVersion: string): Promise<boolean> {
    for (const a of this.articles.values()) if (a.hash === contentHash && a.version === pipelineVersion) return true;
    return false;
  }

  async putMany(items: Array<{ record: WhosaidRecord; contentHash: string; pipelineVersion: string; source?: string }>): Promise<PutResult[]> {
    const out: PutResult[] = [];
    for (const it of items) {
      const existing = [...this.articles.entries()].find(([, a]) => a.hash === it.contentHash && a.version === it.pipelineVersion);
      if (existing) { out.push({ articleId: existing[0], skipped: true }); continue; }
      const id = it.record.id ?? `a${this.nextId++}`;
      this.articles.set(id, { record: structuredClone(it.record), hash: it.contentHash, version: it.pipelineVersion });
      out.push({ articleId: id, skipped: false });
    }
    return out;
  }

  async putError(err: ArticleError & { contentHash?: string }): Promise<void> { this.errors.push(err); }

  async getRecord(articleId: string): Promise<WhosaidRecord | null> {
    const a = this.articles.get(articleId);
    return a ? structuredClone(a.record) : null;
  }

  async listArticles(opts: { limit?: number; offset?: number; q?: string } = {}): Promise<ArticleSummary[]> {
    const q = opts.q?.toLowerCase();
    const rows = [...this.articles.entries()]
      .filter(([, a]) => !q || (a.record.meta.title ?? '').toLowerCase().includes(q) || a.record.text.toLowerCase().includes(q))
      .map(([id, a]) => ({ id, url: a.record.meta.url, title: a.record.meta.title, outlet: a.record.meta.outlet, published: a.record.meta.published, quotes: a.record.quotes.length }));
    const off = opts.offset ?? 0;
    return rows.slice(off, off + (opts.limit ?? 50));
  }

  async quotes(f: QuoteFilter): Promise<StoredQuote[]> {
    const words = f.q ? f.q.toLowerCase().split(/\s+/).filter(Boolean) : [];
    const out: StoredQuote[] = [];
    for (const [id, a] of this.articles) {
      const r = a.record;
      const day = r.meta.published?.slice(0, 10) ?? null;
      if (f.from && (!day || day < f.from)) continue;
      if (f.to && (!day || day > f.to)) continue;
      // the stored language, as the stores keep it (corpus/prepare.ts)
      if (f.language && (r.language ? r.language.code : r.meta.language) !== f.language) continue;
      for (const [i, q] of r.quotes.entries()) {
        if (f.speaker && q.speaker.name.toLowerCase() !== f.speaker.toLowerCase()) continue;
        if (f.cueClass && q.cueClass !== f.cueClass) continue;
        const content = q.content.text.toLowerCase();
        if (words.some((w) => !content.includes(w))) continue;
        if (f.entity) {
          const e = r.entities.find((x) => x.name.toLowerCase() === f.entity!.toLowerCase());
          if (!e || !e.mentions.some((m) => m.start >= q.content.start && m.end <= q.content.end)) continue;
        }
        out.push({
          articleId: id, quoteId: q.id ?? `q${i + 1}`, kind: q.kind, content: q.content.text, cue: q.cue?.text ?? null, cueClass: q.cueClass ?? null,
          source: q.source?.text ?? null, speaker: q.speaker.name, speakerKind: q.speaker.kind, via: q.via?.name ?? null,
          start: q.content.start, end: q.content.end, url: r.meta.url, published: r.meta.published, outlet: r.meta.outlet, title: r.meta.title,
        });
      }
    }
    const off = f.offset ?? 0;
    return out.slice(off, off + (f.limit ?? 50));
  }

  async count(): Promise<{ articles: number; quotes: number; errors: number }> {
    let quotes = 0;
    for (const a of this.articles.values()) quotes += a.record.quotes.length;
    return { articles: this.articles.size, quotes, errors: this.errors.length };
  }
}
