import type { StoredQuote } from '../../store/types.js';
import { html, type SafeHtml } from '../html.js';
import { kindInfo } from '../speakers.js';
import { speakerLink } from './reader.js';

/** A list of stored quotations with speaker, kind, cue and the article they come from; a cue that reports no words said shows its class (belief, evidence, other). */
export function renderQuoteList(quotes: StoredQuote[], opts: { showSpeaker: boolean }): SafeHtml {
  return html`<ul class="quote-list">${quotes.map((q) => {
    const info = kindInfo(q.speakerKind);
    return html`<li class="quote-item" data-speaker="${q.speaker}">
${opts.showSpeaker ? html`<span class="sw" title="${info.label}">${info.letter}</span>${speakerLink(q.speaker)} ` : ''}<span class="num">${info.label}${q.cue ? ` · ${q.cue}` : ''}${q.via ? ` · via ${q.via}` : ''} · ${q.kind}${q.cueClass && q.cueClass !== 'speech' ? html` · <span class="cue-class" title="what the cue reports: not words said">${q.cueClass}</span>` : ''}</span>
<blockquote>${q.content}</blockquote>
<span class="meta"><a href="/articles/${encodeURIComponent(q.articleId)}#quote-${q.quoteId.replace(/[^A-Za-z0-9_-]/g, '_')}">${q.title ?? q.articleId}</a>${q.outlet ? ` · ${q.outlet}` : ''}${q.published ? ` · ${q.published.slice(0, 10)}` : ''}</span>
</li>`;
  })}</ul>`;
}
