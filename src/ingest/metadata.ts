import { emptyMeta, type DocMeta } from '../doc/doc.js';

/**
 * Page metadata, most trustworthy source first: JSON-LD (schema.org
 * NewsArticle and kin), OpenGraph / article:* properties, other <meta> tags,
 * then the document itself (<title>, <html lang>, <link rel=canonical>).
 * Readability's guesses are applied afterwards, only for fields still empty.
 */
export function extractMetadata(document: Document, url?: string): DocMeta {
  const meta = emptyMeta();
  const sources: Record<string, string> = {};
  const set = <K extends keyof DocMeta>(key: K, value: DocMeta[K] | undefined | null, from: string) => {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0) || value === '') return;
    const cur = meta[key];
    if (cur !== null && !(Array.isArray(cur) && cur.length === 0)) return;
    meta[key] = value as DocMeta[K];
    sources[key as string] = from;
  };
  const metaContent = (...keys: string[]): string | null => {
    for (const k of keys) {
      const el = document.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return null;
  };

  // 1. JSON-LD
  const ld = readJsonLd(document);
  const article = ld.find((o) => /(?:News|Reportage|Analysis|Opinion|Blog)?(?:Article|Posting|Report)$|^NewsArticle$|WebPage/.test(typeNames(o).join(' ')) && (o.headline || o.datePublished)) ?? ld.find((o) => o.headline || o.datePublished);
  if (article) {
    set('title', clean(str(article.headline) ?? str(article.name)), 'json-ld');
    set('authors', peopleNames(article.author ?? article.creator), 'json-ld');
    set('published', str(article.datePublished) ?? str(article.dateCreated), 'json-ld');
    const pub = article.publisher as Record<string, unknown> | undefined;
    set('outlet', clean(pub && typeof pub === 'object' ? str(pub.name) : str(pub)), 'json-ld');
    set('url', str(article.url) ?? str((article.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']), 'json-ld');
    set('language', str(article.inLanguage), 'json-ld');
    set('description', clean(str(article.description)), 'json-ld');
  }
  // 2. OpenGraph and article:*
  set('title', clean(metaContent('og:title')), 'opengraph');
  set('authors', splitAuthors(metaContentAll(document, 'article:author').filter((a) => !/^https?:/.test(a))), 'opengraph');
  set('published', metaContent('article:published_time', 'og:article:published_time'), 'opengraph');
  set('outlet', clean(metaContent('og:site_name')), 'opengraph');
  set('url', metaContent('og:url'), 'opengraph');
  set('language', metaContent('og:locale')?.replace('_', '-') ?? null, 'opengraph');
  set('description', clean(metaContent('og:description')), 'opengraph');
  // 3. other meta tags
  set('title', clean(metaContent('twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'DC.title', 'headline')), 'meta');
  set('authors', splitAuthors(metaContentAll(document, 'author', 'parsely-author', 'sailthru.author', 'dc.creator', 'DC.creator', 'byl', 'byline')), 'meta');
  set('published', metaContent('parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'DC.date', 'dc.date.issued', 'DC.date.issued', 'datePublished', 'article.published', 'og:published_time', 'cXenseParse:recs:publishtime'), 'meta');
  set('outlet', clean(metaContent('application-name', 'twitter:site')?.replace(/^@/, '') ?? null), 'meta');
  set('description', clean(metaContent('description', 'twitter:description')), 'meta');
  // 4. the document itself
  set('title', clean(document.querySelector('title')?.textContent ?? null), 'html');
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  set('published', time ?? null, 'html');
  set('url', document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, 'html');
  set('url', url ?? null, 'input');
  set('language', document.documentElement?.getAttribute('lang') ?? metaContent('content-language', 'language'), 'html');

  if (meta.published) meta.published = normalizeDate(meta.published);
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

type Json = Record<string, unknown>;

function readJsonLd(document: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) { v.forEach(visit); return; }
    if (v && typeof v === 'object') {
      const o = v as Json;
      out.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try { visit(JSON.parse(s.textContent ?? '')); } catch { /* malformed JSON-LD is common; skip it */ }
  }
  return out;
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

function peopleNames(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  const names: string[] = [];
  for (const a of list) {
    if (typeof a === 'string') names.push(...splitAuthors([a]));
    else if (a && typeof a === 'object' && typeof (a as Json).name === 'string') names.push(((a as Json).name as string).trim());
  }
  return names.filter(Boolean);
}

export function splitAuthors(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    for (const part of v.replace(/^by\s+/i, '').split(/\s*(?:,|;|\band\b|&|\|)\s*/)) {
      const p = part.trim();
      if (p && !out.includes(p)) out.push(p);
    }
  }
  return out;
}

function clean(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t || null;
}

/** Leaves ISO dates as they are; turns other parseable dates into ISO. */
export function normalizeDate(s: string): string {
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) return t.replace(' ', 'T');
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? t : d.toISOString();
}
