import { html, type SafeHtml } from '../html.js';

export function renderPasteForm(opts: { tokenRequired: boolean; maxBytes: number; error?: string; text?: string }): SafeHtml {
  return html`<h1>Paste an article</h1>
<p class="hint">Text or HTML, pasted or uploaded (up to ${Math.round(opts.maxBytes / 1024)} KB). The article is analysed and shown; it is not stored.</p>
${opts.error ? html`<p class="error" role="alert">${opts.error}</p>` : ''}
<form action="/paste" method="post" enctype="multipart/form-data">
<p><label for="paste-text">Article text or HTML</label><br><textarea id="paste-text" name="text">${opts.text ?? ''}</textarea></p>
<p><label for="paste-file">or a file</label> <input id="paste-file" name="file" type="file" accept=".txt,.html,.htm,text/plain,text/html"></p>
<p><label for="paste-date">Reference date (optional)</label> <input id="paste-date" name="date" type="date"></p>
${opts.tokenRequired ? html`<p><label for="paste-token">Access token</label> <input id="paste-token" name="token" type="password" autocomplete="off"></p>` : ''}
<p><button type="submit">Analyse</button></p>
</form>`;
}
