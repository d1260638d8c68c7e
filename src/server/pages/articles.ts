import type { ArticleSummary } from '../../store/types.js';
import { html, qs, type SafeHtml } from '../html.js';

export function renderArticleList(items: ArticleSummary[], opts: { q?: string; offset: number; limit: number; total: { articles: number; quotes: number } }): SafeHtml {
  const { offset, limit } = opts;
  return html`<h1>Articles</h1>
<p class="meta">${opts.total.articles} articles · ${opts.total.quotes} quotations in the corpus</p>
<form class="filters" action="/" method="get"><label>Title or text<input name="q" type="search" value="${opts.q ?? ''}"></label><button type="submit">Filter</button></form>
${items.length === 0 ? html`<p>No articles${opts.q ? ' match' : ' yet: ingest some with <code>whosaid ingest FOLDER</code>'}.</p>` : ''}
${items.length ? html`<table><thead><tr><th>Title</th><th>Outlet</th><th>Published</th><th>Quotes</th></tr></thead><tbody>
${items.map((a) => html`<tr><td><a href="/articles/${encodeURIComponent(a.id)}">${a.title ?? a.id}</a></td><td>${a.outlet ?? ''}</td><td>${a.published?.slice(0, 10) ?? ''}</td><td class="num">${a.quotes}</td></tr>`)}
</tbody></table>` : ''}
<p class="pager">${offset > 0 ? html`<a href="/${qs({ q: opts.q, offset: Math.max(0, offset - limit) })}" rel="prev">← previous</a>` : ''}${items.length === limit ? html`<a href="/${qs({ q: opts.q, offset: offset + limit })}" rel="next">next →</a>` : ''}</p>`;
}
