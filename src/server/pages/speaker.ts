import type { StoredQuote } from '../../store/types.js';
import type { SpeakerProfile } from '../corpus.js';
import { html, qs, type SafeHtml } from '../html.js';
import { kindInfo } from '../speakers.js';
import { barChart } from '../svg.js';
import { renderQuoteList } from './quotes.js';

/** Quotes shown on one speaker page (the API pages through the rest). */
export const SPEAKER_PAGE_QUOTES = 100;

export function renderSpeaker(p: SpeakerProfile, quotes: StoredQuote[], offset: number): SafeHtml {
  const kinds = Object.entries(p.kinds).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${kindInfo(k).label} ${n}`).join(', ');
  const shown = quotes.slice(offset, offset + SPEAKER_PAGE_QUOTES);
  return html`<h1 class="speaker-name">${p.name}</h1>
<p class="meta">${p.quotes} quotation${p.quotes === 1 ? '' : 's'} in ${p.articles} article${p.articles === 1 ? '' : 's'}${kinds ? ` · ${kinds}` : ''}${p.first ? ` · ${p.first} to ${p.last}` : ''}</p>
${p.quotes === 0 ? html`<p>No quotations by this speaker in the corpus.</p>` : ''}
${p.byMonth.length ? html`<figure><figcaption>Quotations per month${p.undated ? ` (${p.undated} undated not shown)` : ''}</figcaption>${barChart(p.byMonth.map((m) => ({ label: m.month, value: m.quotes })), { title: `Quotations by ${p.name} per month` })}</figure>` : ''}
${renderQuoteList(shown, { showSpeaker: false })}
<p class="pager">${offset > 0 ? html`<a href="${qs({ offset: Math.max(0, offset - SPEAKER_PAGE_QUOTES) })}" rel="prev">← newer</a>` : ''}${offset + SPEAKER_PAGE_QUOTES < quotes.length ? html`<a href="${qs({ offset: offset + SPEAKER_PAGE_QUOTES })}" rel="next">older →</a>` : ''}</p>`;
}
