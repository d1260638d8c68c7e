import { KIND_ORDER, SPEAKER_KINDS, SPEAKER_PALETTE, TEXT_COLOR } from './speakers.js';

/**
 * The one stylesheet and the one script, served from /assets/ so the Content
 * Security Policy can forbid every inline script and style.
 */
export const APP_CSS = `
:root { --text: ${TEXT_COLOR}; --muted: #555; --line: #ccc; --accent: #0b57d0; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: #fff; }
a { color: var(--accent); }
a:focus-visible, [tabindex]:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 10; }
header.site { display: flex; gap: 1.5rem; align-items: baseline; padding: .6rem 1.2rem; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
header.site .brand { font-weight: 700; font-size: 1.2rem; text-decoration: none; color: var(--text); }
header.site nav a { margin-right: 1rem; }
header.site form { margin-left: auto; }
main { padding: 1rem 1.2rem; max-width: 1400px; margin: 0 auto; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 2rem; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
.article { max-width: 46rem; }
.article p { white-space: pre-line; margin: 0 0 1em; }
.meta { color: var(--muted); font-size: .9rem; }
.notes { color: var(--muted); font-size: .85rem; margin: 0 0 1rem; padding-left: 1.2rem; }
h1 { line-height: 1.25; }
mark.q { color: var(--text); padding: 0 1px; border-bottom: 2px solid #333; border-radius: 2px; }
${SPEAKER_PALETTE.map((c, i) => `.c${i} { background: ${c}; }`).join('\n')}
${KIND_ORDER.map((k) => `mark.q.k-${k} { border-bottom-style: ${SPEAKER_KINDS[k]!.border}; ${SPEAKER_KINDS[k]!.border === 'double' ? 'border-bottom-width: 4px;' : ''} }`).join('\n')}
mark.q:focus { outline: 3px solid #000; outline-offset: 1px; }
.kb { display: inline-block; font-size: .7em; font-weight: 700; line-height: 1; padding: 1px 3px; margin-right: 2px; border: 1px solid #333; border-radius: 3px; background: #fff; color: #000; vertical-align: super; }
.cue { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
a.src { color: var(--text); font-weight: 600; text-decoration: underline dotted; padding: 0 1px; border-radius: 2px; }
.scare { background: #fff3bf; outline: 1px dashed #8a6d00; }
.scare::after { content: "\\2020"; font-size: .7em; vertical-align: super; color: #8a6d00; }
.fm { text-decoration: underline wavy #8a6d00; }
.bp { color: #777; }
details.boilerplate { color: #777; border-left: 3px solid #ddd; padding-left: .6rem; margin: 0 0 1em; }
details.boilerplate summary { cursor: pointer; font-size: .85rem; }
aside section { margin-bottom: 1.4rem; }
aside h2 { font-size: 1rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
aside h3 { font-size: .9rem; margin: .6rem 0 .2rem; color: var(--muted); }
aside ul { list-style: none; padding: 0; margin: 0; }
aside li { margin: .15rem 0; font-size: .92rem; }
.sw { display: inline-block; min-width: 1.4em; text-align: center; border-bottom: 2px solid #333; border-radius: 2px; margin-right: .3rem; font-size: .75rem; font-weight: 700; }
.num { color: var(--muted); font-variant-numeric: tabular-nums; }
table { border-collapse: collapse; } td, th { padding: .25rem .6rem; border-bottom: 1px solid #eee; text-align: left; vertical-align: top; }
th { font-size: .85rem; color: var(--muted); }
.quote-list li { margin-bottom: .8rem; list-style: none; }
.quote-list { padding: 0; }
blockquote { margin: .2rem 0; padding: .3rem .7rem; border-left: 4px solid #999; background: #f8f9fa; }
#tip { position: absolute; z-index: 20; max-width: 22rem; background: #fff; color: #000; border: 1px solid #333; border-radius: 4px; padding: .4rem .6rem; font-size: .85rem; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
#tip[hidden] { display: none; }
#tip dt { font-weight: 700; float: left; clear: left; margin-right: .4rem; } #tip dd { margin: 0; }
form.filters { display: flex; gap: .6rem; flex-wrap: wrap; align-items: end; margin-bottom: 1rem; }
form.filters label { display: flex; flex-direction: column; font-size: .85rem; }
textarea { width: 100%; min-height: 14rem; font: inherit; }
.error { background: #fff5f5; border: 1px solid #c92a2a; padding: .6rem; }
table.grid { font-size: .8rem; display: block; overflow-x: auto; max-width: 100%; } table.grid td, table.grid th { padding: .15rem .3rem; }
.chart { max-width: 100%; height: auto; }
.chart text { font: 11px system-ui, sans-serif; fill: #222; }
.pager a { margin-right: 1rem; }
.hint { font-size: .85rem; color: var(--muted); }
`;

/**
 * Progressive enhancement only: a tooltip for hovered or focused quotes (the
 * title attribute already gives it without JS) and j/k to move between quotes.
 */
export const APP_JS = `(() => {
  'use strict';
  document.documentElement.classList.add('js');
  const quotes = Array.from(document.querySelectorAll('mark.q[tabindex]'));
  const tip = document.getElementById('tip');
  function show(el) {
    if (!tip) return;
    const fields = [['Speaker', el.dataset.speaker], ['Kind', el.dataset.kindLabel], ['Cue', el.dataset.cue], ['Relay', el.dataset.via], ['Type', el.dataset.quoteKind]];
    tip.textContent = '';
    const dl = document.createElement('dl');
    for (const [k, v] of fields) {
      if (!v) continue;
      const dt = document.createElement('dt'); dt.textContent = k;
      const dd = document.createElement('dd'); dd.textContent = v;
      dl.append(dt, dd);
    }
    tip.append(dl);
    const r = el.getBoundingClientRect();
    tip.style.left = Math.max(4, window.scrollX + r.left) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
    tip.hidden = false;
  }
  function hide() { if (tip) tip.hidden = true; }
  for (const q of document.querySelectorAll('mark.q')) {
    const head = document.getElementById(q.dataset.quote) || q;
    q.addEventListener('mouseenter', () => show(head));
    q.addEventListener('mouseleave', hide);
    q.addEventListener('focus', () => show(head));
    q.addEventListener('blur', hide);
  }
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
    if (e.key === 'Escape') { hide(); return; }
    if (e.key !== 'j' && e.key !== 'k' || !quotes.length) return;
    const at = quotes.indexOf(document.activeElement);
    const next = e.key === 'j' ? (at < 0 ? 0 : Math.min(quotes.length - 1, at + 1)) : (at < 0 ? quotes.length - 1 : Math.max(0, at - 1));
    quotes[next].focus();
    e.preventDefault();
  });
})();
`;
