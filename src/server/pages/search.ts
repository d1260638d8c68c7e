import type { StoredQuote } from '../../store/types.js';
import { html, qs, type SafeHtml } from '../html.js';
import { renderQuoteList } from './quotes.js';
import { CUE_CLASSES, type CueClass } from '../../doc/types.js';

export interface SearchParams { q?: string; speaker?: string; entity?: string; cueClass?: CueClass | string; from?: string; to?: string; offset: number; limit: number }

/** What each cue class means to a reader of the form. */
const CUE_CLASS_LABELS: Record<CueClass, string> = { speech: 'words said or written', belief: 'thinks, expects, wants', evidence: 'a record or poll shows', other: 'another act ("signed")' };

export function renderSearch(p: SearchParams, results: StoredQuote[] | null, error: string | null): SafeHtml {
  const any = !!(p.q || p.speaker || p.entity || p.cueClass || p.from || p.to);
  const keep = { q: p.q, speaker: p.speaker, entity: p.entity, cueClass: p.cueClass, from: p.from, to: p.to };
  return html`<h1>Search quotations</h1>
<form class="filters" action="/search" method="get" aria-label="Search filters">
<label>Words<input name="q" type="search" value="${p.q ?? ''}"></label>
<label>Speaker<input name="speaker" value="${p.speaker ?? ''}"></label>
<label>About entity<input name="entity" value="${p.entity ?? ''}"></label>
<label>The cue reports<select name="cueClass"><option value="">anything</option>${CUE_CLASSES.map((c) => html`<option value="${c}"${p.cueClass === c ? html` selected` : ''}>${CUE_CLASS_LABELS[c]}</option>`)}</select></label>
<label>From<input name="from" type="date" value="${p.from ?? ''}"></label>
<label>To<input name="to" type="date" value="${p.to ?? ''}"></label>
<button type="submit">Search</button>
</form>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
${results && any ? html`<p class="meta" role="status">${results.length === p.limit ? `${p.offset + 1}–${p.offset + results.length}` : `${p.offset + results.length}`} result${results.length === 1 ? '' : 's'}${results.length === p.limit ? ' (more below)' : ''}</p>` : ''}
${results ? renderQuoteList(results, { showSpeaker: true }) : ''}
<p class="pager">${p.offset > 0 ? html`<a href="/search${qs({ ...keep, offset: Math.max(0, p.offset - p.limit) })}" rel="prev">← previous</a>` : ''}${results && results.length === p.limit ? html`<a href="/search${qs({ ...keep, offset: p.offset + p.limit })}" rel="next">next →</a>` : ''}</p>`;
}
