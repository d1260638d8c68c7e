import { html, type HtmlValue, type SafeHtml } from '../html.js';

export interface PageOptions {
  title: string;
  body: HtmlValue;
  /** Current search text, shown in the header box. */
  q?: string;
}

/** The frame of every page: skip link, navigation, header search, tooltip holder, assets. */
export function layout(opts: PageOptions): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · whosaid</title>
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<a class="brand" href="/">whosaid</a>
<nav aria-label="Main"><a href="/">Articles</a><a href="/search">Search</a><a href="/outlets">Outlets</a><a href="/paste">Paste</a></nav>
<form action="/search" method="get" role="search"><label class="skip" for="hq">Search quotes</label><input id="hq" name="q" type="search" placeholder="Search quotes" value="${opts.q ?? ''}"></form>
</header>
<main id="main">
${opts.body}
</main>
<div id="tip" role="tooltip" hidden></div>
</body>
</html>`;
}
