import type { OutletProfile } from '../corpus.js';
import { html, type SafeHtml } from '../html.js';
import { hbarChart } from '../svg.js';

/** Outlets drawn in the charts (the table lists all). */
const CHART_OUTLETS = 25;

export function outletAnchor(outlet: string): string {
  return `outlet-${outlet.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

export function renderOutlets(profiles: OutletProfile[], partial: boolean): SafeHtml {
  const top = profiles.slice(0, CHART_OUTLETS);
  return html`<h1>Outlets: sourcing profile</h1>
${partial ? html`<p class="error">The corpus is larger than the aggregate limit: figures are partial.</p>` : ''}
${profiles.length === 0 ? html`<p>No articles yet.</p>` : html`
<figure><figcaption>Share of anonymous sources (distinct sources per article)</figcaption>${hbarChart(top.map((p) => ({ label: p.outlet, value: p.anonymousShare })), { title: 'Share of anonymous sources per outlet', percent: true, color: '#e8590c' })}</figure>
<figure><figcaption>Sources per article</figcaption>${hbarChart(top.map((p) => ({ label: p.outlet, value: p.sourcesPerArticle })), { title: 'Distinct sources per article per outlet' })}</figure>
<table><thead><tr><th>Outlet</th><th>Articles</th><th>Quotations</th><th>Sources / article</th><th>Anonymous sources</th><th>Anonymous quotations</th></tr></thead><tbody>
${profiles.map((p) => html`<tr id="${outletAnchor(p.outlet)}"><td>${p.outlet}</td><td class="num">${p.articles}</td><td class="num">${p.quotes}</td><td class="num">${p.sourcesPerArticle.toFixed(2)}</td><td class="num">${(p.anonymousShare * 100).toFixed(1)}%</td><td class="num">${(p.anonymousQuoteShare * 100).toFixed(1)}%</td></tr>`)}
</tbody></table>`}`;
}
