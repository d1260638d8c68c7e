import { OffsetConverter } from '../../doc/offsets.js';
import { languageName } from '../../lexicon/languages.js';
import { SourcingSchema, quoteWords, type WhosaidRecord } from '../../record/schema.js';
import { html, join, qs, raw, safeUrl, type HtmlValue, type SafeHtml } from '../html.js';
import { outletAnchor } from './outlets.js';
import { displayName, KIND_ORDER, kindInfo, SPEAKER_PALETTE, speakerPath } from '../speakers.js';

/**
 * The reader: the article with every quotation highlighted in its speaker's
 * color, cues underlined, source mentions linked to the speaker page,
 * boilerplate greyed and collapsed, scare quotes and framing marked; and a side
 * panel with the sources, entities, timeline, framing and sourcing profile.
 * Works without JavaScript (the script only adds a tooltip and j/k keys).
 */

/** How many timeline entries and entities the side panel lists before "and N more". */
const PANEL_LIMIT = 40;
const TIMELINE_SENTENCE_CHARS = 160;

export interface SpeakerSummary {
  name: string;
  kind: string;
  color: number;
  statements: number;
  words: number;
}

/** Speakers of an article in order of first appearance, with their color and counts. */
export function articleSpeakers(record: WhosaidRecord): SpeakerSummary[] {
  const byName = new Map<string, SpeakerSummary>();
  const ordered = [...record.quotes].sort((a, b) => a.content.start - b.content.start);
  for (const q of ordered) {
    let s = byName.get(q.speaker.name);
    if (!s) {
      s = { name: q.speaker.name, kind: q.speaker.kind, color: byName.size % SPEAKER_PALETTE.length, statements: 0, words: 0 };
      byName.set(q.speaker.name, s);
    }
    s.statements++;
    s.words += countWords(quoteWords(q));
  }
  return [...byName.values()];
}

export function countWords(s: string): number {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** A span layer drawn over the text; lower rank nests outside higher rank. */
interface Layer {
  start: number;
  end: number;
  rank: number;
  order: number;
  open: (first: boolean) => string;
  close: string;
}

const RANK = { quote: 0, source: 1, cue: 2, framing: 3, scare: 4, boilerplate: 5 } as const;

function buildLayers(record: WhosaidRecord, conv: OffsetConverter, speakers: Map<string, SpeakerSummary>, quoteIds: string[]): Layer[] {
  const layers: Layer[] = [];
  const u = (cp: number) => conv.toUtf16(cp);
  let order = 0;
  const shared = new Map<string, string[]>();
  record.quotes.forEach((q, i) => {
    const sp = speakers.get(q.speaker.name)!;
    const info = kindInfo(q.speaker.kind);
    const id = quoteIds[i]!;
    const via = q.via ? `${q.via.name} (${kindInfo(q.via.kind).label})` : '';
    const cue = q.cue?.text ?? '';
    const title = [`Speaker: ${displayName(q.speaker.name)}`, `Kind: ${info.label}`, cue && `Cue: ${cue}`, via && `Relay: ${via}`].filter(Boolean).join('\n');
    const attrs = (first: boolean) => html`<mark class="q c${sp.color} k-${q.speaker.kind}" data-quote="${id}" data-speaker="${displayName(q.speaker.name)}" data-kind="${q.speaker.kind}" data-kind-label="${info.label}" data-quote-kind="${q.kind}" data-cue="${cue}" data-via="${via}" data-color="${sp.color}" title="${title}"${first ? raw(` id="${id}" tabindex="0" aria-describedby="${id}-d"`) : ''}>${first ? html`<span class="kb" aria-hidden="true">${info.letter}</span>` : ''}`.value;
    // a quotation split around its attribution is marked piece by piece (the frame between is not the quote's words)
    (q.parts?.length ? q.parts : [q.content]).forEach((piece, k) => {
      layers.push({ start: u(piece.start), end: u(piece.end), rank: RANK.quote, order: order++, open: k === 0 ? attrs : () => attrs(false), close: '</mark>' });
    });
    // a source or cue shared by several quotes ("X said A and B") is drawn once, naming all its quotes
    const path = speakerPath(q.speaker.name);
    if (q.source) {
      const key = `s:${q.source.start}:${q.source.end}`;
      const prev = shared.get(key);
      if (prev) prev.push(id);
      else {
        const ids = [id];
        shared.set(key, ids);
        layers.push({
          start: u(q.source.start), end: u(q.source.end), rank: RANK.source, order: order++,
          open: () => (path
            ? html`<a class="src c${sp.color}" href="${path}" data-for="${ids.join(' ')}" title="${`${q.speaker.name} (${info.label})`}">`
            : html`<span class="src c${sp.color}" data-for="${ids.join(' ')}" title="${`${displayName(q.speaker.name)} (${info.label})`}">`).value,
          close: path ? '</a>' : '</span>',
        });
      }
    }
    if (q.cue) {
      const key = `c:${q.cue.start}:${q.cue.end}`;
      const prev = shared.get(key);
      if (prev) prev.push(id);
      else {
        const ids = [id];
        shared.set(key, ids);
        layers.push({ start: u(q.cue.start), end: u(q.cue.end), rank: RANK.cue, order: order++, open: () => html`<span class="cue" data-for="${ids.join(' ')}">`.value, close: '</span>' });
      }
    }
  });
  for (const f of record.framing) {
    if (f.kind === 'scare-quote') continue; // drawn from scareQuotes below
    layers.push({ start: u(f.start), end: u(f.end), rank: RANK.framing, order: order++, open: () => html`<span class="fm fm-${f.kind}" title="${`framing: ${f.kind}${f.speaker ? ` (${f.speaker})` : ''}`}">`.value, close: '</span>' });
  }
  for (const s of record.scareQuotes) {
    layers.push({ start: u(s.start), end: u(s.end), rank: RANK.scare, order: order++, open: () => html`<span class="scare" title="scare quotes">`.value, close: '</span>' });
  }
  for (const b of record.boilerplate) {
    layers.push({ start: u(b.start), end: u(b.end), rank: RANK.boilerplate, order: order++, open: () => html`<span class="bp" title="${`boilerplate: ${b.reason}`}">`.value, close: '</span>' });
  }
  return layers.filter((l) => l.end > l.start);
}

/**
 * Renders text[from, to) with the layers that overlap it. Overlapping layers
 * that do not nest are closed and reopened at the crossing (the reopened
 * fragment is not the quote's focus target), so the markup is always well formed.
 */
function renderRange(text: string, from: number, to: number, layers: Layer[], opened: Set<Layer>): string {
  const live = layers.filter((l) => l.start < to && l.end > from);
  const cuts = new Set<number>([from, to]);
  for (const l of live) { cuts.add(Math.max(from, l.start)); cuts.add(Math.min(to, l.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  let stack: Layer[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!, b = points[i + 1]!;
    let hasLink = false;
    const want = live.filter((l) => l.start <= a && l.end >= b)
      .sort((x, y) => x.rank - y.rank || x.start - y.start || x.order - y.order)
      // links must not nest: of overlapping source mentions only the outer one is a link here
      .filter((l) => l.rank !== RANK.source || (hasLink ? false : (hasLink = true)));
    let keep = 0;
    while (keep < stack.length && keep < want.length && stack[keep] === want[keep]) keep++;
    for (let k = stack.length - 1; k >= keep; k--) out += stack[k]!.close;
    for (let k = keep; k < want.length; k++) {
      const l = want[k]!;
      out += l.open(!opened.has(l));
      opened.add(l);
    }
    stack = want;
    out += escapeText(text.slice(a, b));
  }
  for (let k = stack.length - 1; k >= 0; k--) out += stack[k]!.close;
  return out;
}

function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Paragraph spans in UTF-16; lines of the text when the record has none. */
function paragraphSpans(record: WhosaidRecord, conv: OffsetConverter): Array<{ start: number; end: number }> {
  if (record.paragraphs.length) return record.paragraphs.map((p) => ({ start: conv.toUtf16(p.start), end: conv.toUtf16(p.end) }));
  const out: Array<{ start: number; end: number }> = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(record.text); m; m = re.exec(record.text)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function coveredBy(span: { start: number; end: number }, covers: Array<{ start: number; end: number }>, text: string): boolean {
  // a paragraph is boilerplate when every non-space character lies in a boilerplate span
  for (let i = span.start; i < span.end; i++) {
    if (/\s/.test(text[i]!)) continue;
    if (!covers.some((c) => c.start <= i && i < c.end)) return false;
  }
  return true;
}

/** The article body as HTML: paragraphs, with runs of boilerplate paragraphs collapsed. */
export function renderArticleBody(record: WhosaidRecord): { body: SafeHtml; speakers: SpeakerSummary[]; quoteIds: string[] } {
  const conv = new OffsetConverter(record.text);
  const speakers = articleSpeakers(record);
  const byName = new Map(speakers.map((s) => [s.name, s]));
  const quoteIds = record.quotes.map((q, i) => `quote-${(q.id ?? `q${i + 1}`).replace(/[^A-Za-z0-9_-]/g, '_')}`);
  const layers = buildLayers(record, conv, byName, quoteIds);
  const bpSpans = record.boilerplate.map((b) => ({ start: conv.toUtf16(b.start), end: conv.toUtf16(b.end) }));
  const opened = new Set<Layer>();
  const parts: string[] = [];
  let pendingBp: Array<{ html: string; reasons: Set<string> }> = [];
  const flushBp = () => {
    if (!pendingBp.length) return;
    const reasons = [...new Set(pendingBp.flatMap((p) => [...p.reasons]))].join(', ');
    parts.push(html`<details class="boilerplate"><summary>${pendingBp.length} boilerplate line${pendingBp.length > 1 ? 's' : ''} (${reasons})</summary>${raw(pendingBp.map((p) => `<p>${p.html}</p>`).join(''))}</details>`.value);
    pendingBp = [];
  };
  for (const p of paragraphSpans(record, conv)) {
    const inner = renderRange(record.text, p.start, p.end, layers, opened);
    if (bpSpans.length && coveredBy(p, bpSpans, record.text)) {
      const reasons = new Set(record.boilerplate.filter((b, i) => bpSpans[i]!.start < p.end && p.start < bpSpans[i]!.end).map((b) => b.reason));
      pendingBp.push({ html: inner, reasons });
    } else {
      flushBp();
      parts.push(`<p>${inner}</p>`);
    }
  }
  flushBp();
  return { body: raw(parts.join('\n')), speakers, quoteIds };
}

function pct(x: number): string { return `${Math.round(x * 1000) / 10}%`; }

/** The speaker's name, linked to the speaker page when it has one. */
export function speakerLink(name: string): SafeHtml {
  const path = speakerPath(name);
  return path ? html`<a href="${path}">${name}</a>` : html`<span>${displayName(name)}</span>`;
}

function speakerBadge(s: { kind: string; color: number }): SafeHtml {
  const info = kindInfo(s.kind);
  return html`<span class="sw c${s.color}" title="${info.label}">${info.letter}</span>`;
}

/** The side panel sections. */
export function renderPanel(record: WhosaidRecord, speakers: SpeakerSummary[], quoteIds: string[]): SafeHtml {
  const totalWords = speakers.reduce((n, s) => n + s.words, 0);
  const byKind = KIND_ORDER.map((k) => ({ kind: k, list: speakers.filter((s) => s.kind === k) }))
    .concat(speakers.some((s) => !KIND_ORDER.includes(s.kind)) ? [{ kind: 'other', list: speakers.filter((s) => !KIND_ORDER.includes(s.kind)) }] : [])
    .filter((g) => g.list.length);
  const sources = html`<section aria-labelledby="h-sources"><h2 id="h-sources">Sources <span class="num">(${speakers.length})</span></h2>
${speakers.length === 0 ? html`<p class="hint">No quotations found in this article.</p>` : ''}
${byKind.map((g) => html`<h3>${kindInfo(g.kind).label}</h3><ul class="sources">${g.list.map((s) => html`<li data-speaker="${s.name}">${speakerBadge(s)}${speakerLink(s.name)} <span class="num">${s.statements} statement${s.statements === 1 ? '' : 's'} · ${pct(totalWords ? s.words / totalWords : 0)} of quoted words</span></li>`)}</ul>`)}
${speakers.length ? html`<p class="hint">Quotes are focusable: Tab or j/k to move, hover or focus for details.</p>` : ''}
</section>`;

  const quoteDetails = record.quotes.length ? html`<section aria-labelledby="h-statements"><h2 id="h-statements">Statements</h2><ol class="statements">${record.quotes.map((q, i) => {
    const sp = speakers.find((s) => s.name === q.speaker.name)!;
    return html`<li id="${quoteIds[i]}-d"><a href="#${quoteIds[i]}">${speakerBadge(sp)}${displayName(q.speaker.name)}</a> <span class="num">(${kindInfo(q.speaker.kind).label}, ${q.kind}${q.cue ? `, cue "${q.cue.text}"` : ''}${q.via ? `, via ${q.via.name}` : ''})</span></li>`;
  })}</ol></section>` : '';

  const entities = [...record.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  const entitySection = html`<section aria-labelledby="h-entities"><h2 id="h-entities">Entities <span class="num">(${entities.length})</span></h2>
<ul>${entities.slice(0, PANEL_LIMIT).map((e) => html`<li><a href="/search${qs({ entity: e.name })}">${e.name}</a> <span class="num">${e.type} · ${e.mentions.length}×${e.roles?.length ? ` · ${e.roles.join(', ')}` : ''}</span></li>`)}</ul>
${entities.length > PANEL_LIMIT ? html`<p class="hint">and ${entities.length - PANEL_LIMIT} more</p>` : ''}</section>`;

  const conv = new OffsetConverter(record.text);
  const timeline = [...record.timeline].sort((a, b) => a.value.localeCompare(b.value));
  const timelineSection = html`<section aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline <span class="num">(${timeline.length})</span></h2>
<ul>${timeline.slice(0, PANEL_LIMIT).map((t) => {
    const sentence = record.text.slice(conv.toUtf16(t.sentence.start), conv.toUtf16(t.sentence.end));
    return html`<li><strong>${t.value}</strong> <span class="num">${t.time.text}</span><br>${clip(sentence, TIMELINE_SENTENCE_CHARS)}${t.speaker ? html` <span class="num">(${t.speaker})</span>` : ''}</li>`;
  })}</ul></section>`;

  const framingSection = record.framing.length ? html`<section aria-labelledby="h-framing"><h2 id="h-framing">Framing <span class="num">(${record.framing.length})</span></h2>
<ul>${record.framing.map((f) => html`<li><span class="num">${f.kind}</span> “${f.text}”${f.speaker ? html` <span class="num">(${f.speaker})</span>` : ''}</li>`)}</ul></section>` : '';

  const sourcingSection = record.sourcing !== null && record.sourcing !== undefined
    ? html`<section aria-labelledby="h-sourcing"><h2 id="h-sourcing">Sourcing profile</h2>${renderSourcing(record.sourcing)}</section>` : '';

  return html`${sources}${quoteDetails}${framingSection}${sourcingSection}${entitySection}${timelineSection}`;
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** The sourcing profile as the framing engine publishes it; any other shape (an older record) is shown generically. */
function renderSourcing(sourcing: unknown): HtmlValue {
  const parsed = SourcingSchema.safeParse(sourcing);
  if (!parsed.success) return renderValue(sourcing, 0);
  const p = parsed.data;
  const kinds = KIND_ORDER.filter((k) => (p.byKind[k] ?? 0) > 0).map((k) => `${kindInfo(k).label} ${p.byKind[k]}`).join(', ');
  return html`<p class="sourcing-summary">${p.statements} attributed statement${p.statements === 1 ? '' : 's'} from ${p.sources.length} source${p.sources.length === 1 ? '' : 's'}${kinds ? ` (${kinds})` : ''}; ${pct(p.attributedWordShare)} of the words are attributed, ${pct(p.ownVoiceSentenceShare)} of the sentences are in the article's own voice.</p>
${p.sources.length ? html`<table class="kv grid"><thead><tr><th scope="col">source</th><th scope="col">kind</th><th scope="col">statements</th><th scope="col">direct / indirect</th><th scope="col">words</th><th scope="col">via</th></tr></thead><tbody>${p.sources.map((x) => html`<tr><td>${speakerLink(x.name)}</td><td>${kindInfo(x.kind).letter}</td><td>${x.statements}</td><td>${x.direct} / ${x.indirect}</td><td>${x.words}</td><td>${x.via.join(', ')}</td></tr>`)}</tbody></table>` : ''}
${p.outletsCited.length ? html`<p>Outlets cited: ${p.outletsCited.join(', ')}</p>` : ''}
${p.relays.length ? html`<p>Relays: ${p.relays.map((r) => `${r.name} (${r.statements})`).join(', ')}</p>` : ''}`;
}

/** Keys whose numbers are shares in [0,1], shown as percentages. */
const SHARE_KEY = /share|ratio|fraction|proportion/i;

/** A value that fits one table cell: a primitive or a list of primitives. */
function isPlainCell(y: unknown): boolean {
  return y === null || typeof y !== 'object' || (Array.isArray(y) && y.every((z) => z === null || typeof z !== 'object'));
}

/** Generic view of a JSON value (the sourcing profile's shape belongs to the framing engine). */
function renderValue(v: unknown, depth: number, key = ''): HtmlValue {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return SHARE_KEY.test(key) && v >= 0 && v <= 1 ? pct(v) : Number.isInteger(v) ? String(v) : v.toFixed(2);
  if (typeof v !== 'object') return String(v);
  if (depth > 3) return JSON.stringify(v);
  if (Array.isArray(v)) {
    if (!v.length) return '—';
    if (v.every((x) => typeof x !== 'object' || x === null)) return v.map((x) => String(x)).join(', ');
    // a list of flat objects (e.g. the sources) reads best as one table
    const flat = v.every((x) => x && typeof x === 'object' && !Array.isArray(x) && Object.values(x).every(isPlainCell));
    if (flat) {
      const cols = [...new Set(v.flatMap((x) => Object.keys(x as object)))];
      return html`<table class="kv grid"><thead><tr>${cols.map((c) => html`<th scope="col">${humanize(c)}</th>`)}</tr></thead><tbody>${v.map((x) => html`<tr>${cols.map((c) => html`<td>${renderValue((x as Record<string, unknown>)[c], depth + 1, c)}</td>`)}</tr>`)}</tbody></table>`;
    }
    return html`<ul>${v.map((x) => html`<li>${renderValue(x, depth + 1)}</li>`)}</ul>`;
  }
  const entries = Object.entries(v as Record<string, unknown>);
  return html`<table class="kv">${entries.map(([k, x]) => html`<tr><th scope="row">${humanize(k)}</th><td>${renderValue(x, depth + 1, k)}</td></tr>`)}</table>`;
}

function humanize(k: string): string {
  return k.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
}

export interface ReaderOptions {
  /** Article id in the store (null for a pasted article, which is not stored). */
  articleId: string | null;
}

/** The reader's main content (title, metadata, article, panel). */
export function renderReader(record: WhosaidRecord, opts: ReaderOptions): SafeHtml {
  const { body, speakers, quoteIds } = renderArticleBody(record);
  const m = record.meta;
  const url = safeUrl(m.url);
  const title = m.title ?? (opts.articleId ? `Article ${opts.articleId}` : 'Pasted article');
  const metaLine = join([
    m.outlet ? html`<a href="/outlets#${outletAnchor(m.outlet)}">${m.outlet}</a>` : null,
    m.published ? html`<time datetime="${m.published}">${m.published.slice(0, 10)}</time>` : null,
    m.authors.length ? html`by ${m.authors.join(', ')}` : null,
    url ? html`<a href="${url}" rel="noopener noreferrer nofollow" target="_blank">original</a>` : null,
    opts.articleId ? html`<a href="/api/articles/${encodeURIComponent(opts.articleId)}">record (JSON)</a>` : null,
    record.language?.code && record.language.code !== 'en' ? html`in ${languageName(record.language.code)}` : null,
    html`${record.quotes.length} quotation${record.quotes.length === 1 ? '' : 's'}`,
  ].filter((x) => x !== null), ' · ');
  return html`<div class="layout">
<article class="article" aria-labelledby="article-title">
<h1 id="article-title">${title}</h1>
<p class="meta">${metaLine}</p>
${record.notes?.length ? html`<ul class="notes" aria-label="Notes on this analysis">${record.notes.map((n) => html`<li><strong>${n.stage}</strong>: ${n.message}</li>`)}</ul>` : ''}
<div class="article-body">
${body}
</div>
</article>
<aside class="panel" aria-label="Sources and analysis">
${renderPanel(record, speakers, quoteIds)}
</aside>
</div>`;
}
