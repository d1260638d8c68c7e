import { emptyMeta, type DocMeta } from '../doc/doc.js';

/**
 * Page metadata, most trustworthy source first. For each field the first source
 * that gives a usable value wins:
 *  - title: the variant most of JSON-LD headline, og:title and the page's <h1>
 *    agree on (JSON-LD first on ties; live-blog labels such as "X LIVE: ..." vote
 *    only when nothing else is offered), then twitter:title / other meta, <title>.
 *    Every candidate is cleaned of HTML entities (often double-encoded) and of a
 *    trailing " - Site name".
 *  - authors: JSON-LD author (with @graph @id references resolved), <meta name=author>,
 *    article:author, other meta, byline markup. Usernames, URLs and the outlet's
 *    own name are passed over while a person's name is available.
 *  - published: JSON-LD datePublished, article:published_time, other meta, <time>;
 *    normalized to ISO 8601. Modified dates are never used.
 * Readability's guesses are applied afterwards (src/ingest/html.ts), only for
 * fields still empty.
 */
export function extractMetadata(document: Document, url?: string): DocMeta {
  const meta = emptyMeta();
  const sources: Record<string, string> = {};
  const metaContent = (...keys: string[]): string | null => {
    for (const k of keys) {
      const el = document.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return null;
  };
  const ld = readJsonLd(document);
  const article = pickArticle(ld.nodes);

  // outlet first: it is needed to strip site names from titles and to pass over outlet-as-author
  const outletCands: [string | null, string][] = [
    [clean(metaContent('og:site_name', 'og:site:name')), 'opengraph'],
    [clean(article ? nameOf(ld.resolve(article.publisher)) : null), 'json-ld'],
    [clean(metaContent('application-name', 'publisher', 'twitter:site')?.replace(/^@/, '') ?? null), 'meta'],
  ];
  for (const [v, from] of outletCands) if (v && !meta.outlet) { meta.outlet = v; sources.outlet = from; }

  // title: the headline most of OpenGraph, JSON-LD and the page's <h1> agree on
  // (sites give each a different variant: SEO, social, displayed); JSON-LD, then
  // OpenGraph, break ties; the other sources are fallbacks
  const h1 = firstHeading(document);
  const pageUrl = url ?? metaContent('og:url');
  let voters: [string | null, string][] = [
    [cleanTitle(article ? str(article.headline) ?? str(article.name) : null, meta.outlet, pageUrl), 'json-ld'],
    [cleanTitle(metaContent('og:title'), meta.outlet, pageUrl), 'opengraph'],
    [cleanTitle(h1, meta.outlet, pageUrl), 'html-h1'],
  ];
  // a live-coverage variant ("Topic LIVE: latest...") is the running page's label, not
  // the story's headline: it gets no vote while another source offers a headline
  if (voters.some(([t]) => t && !isLiveCoverageTitle(t))) voters = voters.filter(([t]) => !t || !isLiveCoverageTitle(t));
  const votes = new Map<string, number>();
  for (const [t] of voters) if (t) votes.set(foldTitle(t), (votes.get(foldTitle(t)) ?? 0) + 1);
  let bestVotes = 0;
  for (const [t, from] of voters) {
    const n = t ? votes.get(foldTitle(t))! : 0;
    if (t && n > bestVotes) { bestVotes = n; meta.title = t; sources.title = from; }
  }
  if (!meta.title) {
    const rest: [string | null, string][] = [
      [metaContent('twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'DC.title', 'headline'), 'meta'],
      [document.querySelector('title')?.textContent ?? null, 'html'],
    ];
    for (const [raw, from] of rest) {
      const t = cleanTitle(raw, meta.outlet, pageUrl);
      if (t) { meta.title = t; sources.title = from; break; }
    }
  }

  // authors
  const authorCands: [string[], string][] = [
    [article ? peopleNames(ld.resolve(article.author) ?? ld.resolve(article.creator), ld.resolve) : [], 'json-ld'],
    [splitAuthors(metaContentAll(document, 'author')), 'meta'],
    [splitAuthors(metaContentAll(document, 'article:author')), 'opengraph'],
    [splitAuthors(metaContentAll(document, 'parsely-author', 'sailthru.author', 'byl', 'byline')), 'meta'],
    // catalogue-style tags write "Last, First", one tag per person
    [splitAuthors(metaContentAll(document, 'dc.creator', 'DC.creator', 'citation_author', 'dcterms.creator'), { lastFirst: true }), 'meta'],
    [splitAuthors(writtenByLabel(document)), 'meta'],
    [splitAuthors(bylineMarkup(document)), 'html'],
  ];
  let fallbackAuthors: [string[], string] | null = null;
  for (const [names, from] of authorCands) {
    const bylines = names.filter((n) => isPlausibleName(n));
    const people = bylines.filter((n) => isPersonLike(n, meta.outlet, url));
    if (people.length) { meta.authors = people; sources.authors = from; break; }
    if (bylines.length && !fallbackAuthors) fallbackAuthors = [bylines, from];
  }
  // the outlet, a domain or an agency code as author only when nothing names a person
  if (!meta.authors.length && fallbackAuthors) { meta.authors = fallbackAuthors[0]; sources.authors = fallbackAuthors[1]; }

  // published
  const timeEl = document.querySelector('article time[datetime], time[pubdate], time[itemprop="datePublished"], time[datetime]');
  const dateCands: [string | null, string][] = [
    [article ? str(article.datePublished) ?? str(article.dateCreated) : null, 'json-ld'],
    [metaContent('article:published_time', 'article:published:time', 'og:article:published_time', 'og:published_time'), 'opengraph'],
    [metaContent('parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date', 'DC.date',
      'dc.date.issued', 'DC.date.issued', 'dcterms.created', 'citation_publication_date', 'datePublished', 'article.published',
      'cXenseParse:recs:publishtime', 'article_date_original'), 'meta'],
    [timeEl?.getAttribute('datetime') ?? null, 'html'],
  ];
  for (const [raw, from] of dateCands) {
    const d = raw ? normalizeDate(raw) : null;
    if (d && /^\d{4}-\d{2}-\d{2}/.test(d)) { meta.published = d; sources.published = from; break; }
  }

  // url and language
  const urlCands: [string | null, string][] = [
    [document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, 'html'],
    [metaContent('og:url'), 'opengraph'],
    [article ? str(article.url) ?? str((article.mainEntityOfPage as Json | undefined)?.['@id']) : null, 'json-ld'],
    [url ?? null, 'input'],
  ];
  for (const [v, from] of urlCands) if (v && /^https?:\/\//i.test(v.trim())) { meta.url = v.trim(); sources.url = from; break; }
  if (!meta.url && url) { meta.url = url; sources.url = 'input'; }
  const langCands: [string | null, string][] = [
    [document.documentElement?.getAttribute('lang') ?? null, 'html'],
    [article ? str(article.inLanguage) : null, 'json-ld'],
    [metaContent('og:locale')?.replace('_', '-') ?? null, 'opengraph'],
    [metaContent('content-language', 'language', 'dc.language'), 'meta'],
  ];
  for (const [v, from] of langCands) if (v && v.trim()) { meta.language = v.trim(); sources.language = from; break; }

  const desc = clean(decodeEntities(metaContent('og:description') ?? (article ? str(article.description) : null) ?? metaContent('description', 'twitter:description') ?? ''));
  if (desc) meta.description = desc;
  meta.sources = sources;
  return meta;
}

function metaContentAll(document: Document, ...keys: string[]): string[] {
  const out: string[] = [];
  for (const k of keys) {
    for (const el of document.querySelectorAll(`meta[property="${k}"], meta[name="${k}"]`)) {
      const v = el.getAttribute('content')?.trim();
      if (v) out.push(v);
    }
    if (out.length) break;
  }
  return out;
}

/** WordPress/Yoast's twitter:label1 "Written by" + twitter:data1 NAME. */
function writtenByLabel(document: Document): string[] {
  for (let i = 1; i <= 3; i++) {
    const label = document.querySelector(`meta[name="twitter:label${i}"]`)?.getAttribute('content') ?? '';
    if (/written by|author/i.test(label)) {
      const v = document.querySelector(`meta[name="twitter:data${i}"]`)?.getAttribute('content')?.trim();
      if (v) return [v];
    }
  }
  return [];
}

/** Names in byline markup: [itemprop=author] names, rel=author links. */
function bylineMarkup(document: Document): string[] {
  const out: string[] = [];
  for (const el of document.querySelectorAll('[itemprop="author"] [itemprop="name"], [itemprop="author"][content], a[rel="author"]')) {
    const v = (el.getAttribute('content') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (v && v.length < 60 && !out.includes(v)) out.push(v);
  }
  return out;
}

/** The page's headline element: the first <h1> that is not a site logo or a "log in" link. */
function firstHeading(document: Document): string | null {
  for (const h of document.querySelectorAll('article h1, main h1, h1')) {
    const t = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
    // a headline has a few words; one- or two-word h1s are logos and buttons
    if (t.split(' ').length >= 3) return t;
  }
  return null;
}

type Json = Record<string, unknown>;

interface JsonLd { nodes: Json[]; resolve: (v: unknown) => unknown }

function readJsonLd(document: Document): JsonLd {
  const nodes: Json[] = [];
  const byId = new Map<string, Json>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) { v.forEach(visit); return; }
    if (v && typeof v === 'object') {
      const o = v as Json;
      nodes.push(o);
      if (typeof o['@id'] === 'string' && Object.keys(o).length > 1 && !byId.has(o['@id'])) byId.set(o['@id'], o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = (s.textContent ?? '').trim();
    try { visit(JSON.parse(raw)); } catch {
      // malformed JSON-LD is common: raw control characters inside strings are the usual fault
      try { visit(JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' '))); } catch { /* give up on this block */ }
    }
  }
  // a bare {"@id": ...} points at a node described elsewhere in the page's graph
  const resolve = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(resolve);
    if (v && typeof v === 'object') {
      const o = v as Json;
      if (typeof o['@id'] === 'string' && !o.name && byId.has(o['@id'])) return byId.get(o['@id']);
    }
    return v;
  };
  return { nodes, resolve };
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Posting|Report|NewsArticle|LiveBlogPosting|Review)$/;

function pickArticle(nodes: Json[]): Json | undefined {
  return nodes.find((o) => typeNames(o).some((t) => ARTICLE_TYPE.test(t)) && (o.headline || o.datePublished))
    ?? nodes.find((o) => typeNames(o).some((t) => /WebPage$/.test(t)) && (o.headline || o.datePublished) && o.author)
    ?? nodes.find((o) => o.headline && o.datePublished);
}

function typeNames(o: Json): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.map(String) : t ? [String(t)] : [];
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0].trim() || null;
  return null;
}

function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) return nameOf(v[0]);
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') return str((v as Json).name);
  return null;
}

function peopleNames(v: unknown, resolve: (v: unknown) => unknown): string[] {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  const names: string[] = [];
  for (const item of list) {
    const a = resolve(item);
    if (typeof a === 'string') names.push(...splitAuthors([a]));
    else if (a && typeof a === 'object') {
      const n = str((a as Json).name) ?? [str((a as Json).givenName), str((a as Json).familyName)].filter(Boolean).join(' ');
      if (n) names.push(...splitAuthors([n]));
    }
  }
  return [...new Set(names)];
}

/**
 * Words joining two names in a byline ("A and B", German "und", Scandinavian
 * "og"/"och", Dutch "en", Romance "y"/"et"/"e"). Only whole words between names split.
 */
const BYLINE_CONJUNCTIONS = ['and', 'und', 'og', 'och', 'en', 'y', 'et', 'e'];
const BYLINE_SPLIT = new RegExp(`\\s*(?:,|;|&|\\||/|\\s+-\\s+|\\s(?:${BYLINE_CONJUNCTIONS.join('|')})\\s)\\s*`, 'i');

/** "Last, First" (one comma, one or two words each side): how catalogue-style meta tags write names. */
const LAST_FIRST = /^([\p{Lu}][\p{L}'’-]+(?: [\p{L}'’-]+)?), ([\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*)?)$/u;

/**
 * Author strings -> names: strips "By", splits lists ("A, B and C", "A & B",
 * "A / B", "A | B"), drops trailing dates and roles, and turns "Last, First" back
 * into "First Last" when every value of the source is written that way (several
 * values, or a catalogue-style tag: `lastFirst`).
 */
export function splitAuthors(values: string[], opts: { lastFirst?: boolean } = {}): string[] {
  const cleaned = values.map((v) => decodeEntities(v).replace(/\s*\n[\s\S]*$/, '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  if ((cleaned.length > 1 || opts.lastFirst) && cleaned.length > 0 && cleaned.every((v) => LAST_FIRST.test(v))) {
    return [...new Set(cleaned.map((v) => v.replace(LAST_FIRST, '$2 $1')))];
  }
  const out: string[] = [];
  for (const v of cleaned) {
    const body = v.replace(/^(?:written\s+)?by:?\s+/i, '');
    for (const part of body.split(BYLINE_SPLIT)) {
      const p = part.replace(/^by\s+/i, '').replace(/\s*\(.*?\)\s*/g, ' ').trim();
      if (p && !out.includes(p)) out.push(p);
    }
  }
  return out;
}

/** Role words, dates, numbers and contact details that follow a name in a byline list are not names. */
const NOT_A_NAME = /^(?:staff|editor|reporter|correspondent|contributor|updated|published|posted|photo|photos|images?|video|more|admin|administrator|guest|team)$|^\d+$|\d{1,2}:\d{2}|\b(?:1[89]|20)\d{2}\b|@|^https?:|www\./i;

/** Could this string be a byline (a person, an agency, a desk, a site) rather than a URL, e-mail or date? */
export function isPlausibleName(s: string): boolean {
  if (!s || s.length > 80 || NOT_A_NAME.test(s)) return false;
  return /\p{L}/u.test(s);
}

/**
 * Does the byline name a person? Not a username ("aligharib"), a lower-case agency
 * code ("dpa"), a domain ("site.de") or the outlet itself. Such bylines are kept
 * only when no source names a person.
 */
function isPersonLike(s: string, outlet: string | null, url?: string): boolean {
  if (/^[\p{Ll}\d._-]+$/u.test(s)) return false;
  if (/\.(?:com|de|org|net|co|uk|fr|it|es|nl|at|ch|be|is|no|se|dk)$/i.test(s)) return false;
  return !sameOrg(s, outlet, url);
}

/**
 * Marks of a live blog's running title: an upper-case "LIVE", "Live:" / "Live updates:",
 * a "...ticker:" kicker (German "Liveticker:", "Nahost-Ticker:"), Romance "EN DIRECT",
 * "EN VIVO", "EN DIRECTO", "IN DIRETTA". Case-sensitive so the verb "live" never counts.
 */
const LIVE_COVERAGE_MARK = /\bLIVE\b|\bLive(?:\s+(?:updates?|blog))?\s*:|\b[Ll]ive\s+(?:updates|blog)\b|[Tt]icker\s*:|\bEN (?:DIRECTO?|VIVO)\b|\bIN DIRETTA\b/u;

/** Is the title a live-coverage label (see LIVE_COVERAGE_MARK) rather than a story headline? */
export function isLiveCoverageTitle(title: string): boolean {
  return LIVE_COVERAGE_MARK.test(title);
}

/** Titles agree when they differ only in case, white space, quote or dash style. */
function foldTitle(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019\u201b']/g, "'").replace(/[\u201c\u201d\u201f"]/g, '"').replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
}

const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Is the name the outlet itself: its site name (or a name containing it, as
 * "Outlet News" for "Outlet"), or its host name ("stern" for stern.de)?
 */
function sameOrg(name: string, outlet: string | null, url?: string): boolean {
  const n = fold(name);
  if (!n) return false;
  const o = outlet ? fold(outlet.replace(/\.(?:com|de|org|net|co\.uk|[a-z]{2})$/i, '')) : '';
  if (o && o.length >= 3 && (o === n || n.includes(o) || o.includes(n))) return true;
  const host = hostOf(url);
  const label = host ? fold(host.replace(/\.(?:com|co|org|net|news|[a-z]{2})(?:\.[a-z]{2})?$/, '').split('.').pop() ?? '') : '';
  return label.length >= 3 && (label === n || n.startsWith(label));
}

function hostOf(url?: string | null): string | null {
  if (!url) return null;
  try { return new URL(url).hostname.replace(/^www\./, '').toLowerCase(); } catch { return null; }
}

/** Separators between a headline and the site name in <title>-like strings. */
const SITE_SEPARATOR = /\s+(?:[|\-–—·•*:»]|::)\s+/;

/**
 * A title candidate -> the headline: entities decoded (twice: double-encoding is
 * common), white space folded, and a leading or trailing site name cut off when it
 * is the outlet's name or the host name ("... - Lesotho Times", "... | The Nation").
 */
export function cleanTitle(raw: string | null | undefined, outlet: string | null, url?: string | null): string | null {
  if (!raw) return null;
  let t = decodeEntities(raw).replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const host = hostOf(url);
  const isSite = (seg: string) => {
    const s = fold(seg);
    if (!s) return false;
    if (s.length >= 2 && outlet && (fold(outlet) === s || fold(outlet).includes(s) || s.includes(fold(outlet)))) return true;
    if (host && s.length >= 3 && fold(host.replace(/\.[a-z]+$/, '')).includes(s.replace(/^the/, ''))) return true;
    // "Die Neue Südtiroler Tageszeitung" on tageszeitung.it: the segment holds the host's name
    const label = host ? fold(host.replace(/\.(?:com|co|org|net|news|[a-z]{2})(?:\.[a-z]{2})?$/, '').split('.').pop() ?? '') : '';
    if (label.length >= 5 && s.includes(label) && seg.split(/\s+/).length <= 5) return true;
    // a date stamp after the headline ("... | DW | 28.04.2023")
    return /^[\d\s./-]+$/.test(seg) && /\d{4}/.test(seg);
  };
  // peel site-name segments off either end, and "by Author" tails
  for (let i = 0; i < 3; i++) {
    const parts = t.split(SITE_SEPARATOR);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1]!, first = parts[0]!;
    if (isSite(last) || /^by\s+\p{Lu}/u.test(last)) t = t.slice(0, t.lastIndexOf(last)).replace(new RegExp(`${SITE_SEPARATOR.source}$`), '').trim();
    else if (isSite(first) && parts.length >= 2) t = t.slice(first.length).replace(new RegExp(`^${SITE_SEPARATOR.source}`), '').trim();
    else break;
  }
  return t || null;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '\u2026', mdash: '\u2014', ndash: '\u2013',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae',
  eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', oacute: '\u00f3', iacute: '\u00ed', uacute: '\u00fa', ntilde: '\u00f1', uuml: '\u00fc', ouml: '\u00f6', auml: '\u00e4',
};

/** HTML character references -> characters (applied until stable, at most twice: double-encoding is common in meta). */
export function decodeEntities(s: string): string {
  let out = s;
  for (let i = 0; i < 2 && /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(out); i++) {
    out = out.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      return NAMED_ENTITIES[e.toLowerCase()] ?? m;
    });
  }
  return out;
}

function clean(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = decodeEntities(s).replace(/\s+/g, ' ').trim();
  return t || null;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };

/**
 * A date string -> ISO 8601. ISO-like strings keep their own offset (written
 * with a colon); "YYYY-MM-DD HH:MM" gets a "T"; compact "YYYYMMDD" and RFC-2822
 * or "Month D, YYYY" forms are parsed. Anything unparseable is returned as given.
 */
export function normalizeDate(s: string): string {
  const t = s.trim();
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?$/i.exec(t);
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, zone] = iso;
    if (!h) return `${y}-${mo}-${d}`;
    const z = !zone ? '' : /^(?:Z|UTC|GMT)$/i.test(zone) ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${frac ?? ''}${z}`;
  }
  // epoch seconds or milliseconds
  if (/^\d{10}(?:\d{3})?$/.test(t)) return new Date(Number(t) * (t.length === 10 ? 1000 : 1)).toISOString();
  // "Month D, YYYY" without a time: keep it a date (no time zone shift)
  const mdy = /^(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(t);
  const month = mdy ? MONTHS[mdy[1]!.slice(0, 4).toLowerCase()] ?? MONTHS[mdy[1]!.slice(0, 3).toLowerCase()] : undefined;
  if (mdy && month) return `${mdy[3]}-${String(month).padStart(2, '0')}-${mdy[2]!.padStart(2, '0')}`;
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? t : d.toISOString();
}
