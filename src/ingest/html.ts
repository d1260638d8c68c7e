import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocMeta } from '../doc/doc.js';
import { preCleanDom } from './html-clean.js';
import { densestContainer } from './html-density.js';
import { EMBEDDED_POST_CLASSES, domToText, splitGluedSentences } from './html-text.js';
import { decodeEntities, extractMetadata, isPlausibleName, normalizeDate, splitAuthors } from './metadata.js';

export interface ExtractedArticle {
  text: string;
  meta: DocMeta;
  /**
   * How the main content was found: Readability on the pre-cleaned page
   * ('readability'), Readability on the page as is ('readability-raw'), the
   * page's JSON-LD articleBody ('json-ld'), the densest paragraph container
   * ('density'), or the whole body ('body').
   */
  method: 'readability' | 'readability-raw' | 'json-ld' | 'density' | 'body';
}

/** Below this many characters an extraction is taken as a failure and the next method is tried. */
const MIN_ARTICLE_CHARS = 250;
/**
 * Readability's result is replaced by the JSON-LD articleBody when the latter is
 * this many times longer: Readability then found only a fragment (a teaser, one
 * section) of a story that the publisher states in full.
 */
const JSONLD_LONGER_FACTOR = 2;
/** Readability's own threshold for giving up on a candidate (characters). */
const READABILITY_CHAR_THRESHOLD = 300;

type Candidate = { text: string; method: ExtractedArticle['method'] };

/**
 * An HTML page -> its main text (paragraphs separated by blank lines) and
 * metadata. Main content: Readability on a pre-cleaned DOM (html-clean.ts),
 * checked against fallbacks when it finds little (Readability on the raw page,
 * JSON-LD articleBody, text density, the whole body). Metadata is read from
 * the untouched page first (cleaning and Readability change the DOM).
 */
export function extractArticle(html: string, url?: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const meta = extractMetadata(doc, url);
  const jsonLdBody = readJsonLdArticleBody(doc);

  // metadata and JSON-LD are read; the same DOM is now cleaned (saves a second parse)
  const cleaned = doc;
  preCleanDom(cleaned as never);
  const main = runReadability(cleaned);
  let chosen: Candidate | null = main.text.length >= MIN_ARTICLE_CHARS ? { text: main.text, method: 'readability' } : null;

  if (!chosen) {
    const raw = runReadability(parseHTML(html).document as unknown as Document);
    const fallbacks: Candidate[] = [
      { text: main.text, method: 'readability' },
      { text: raw.text, method: 'readability-raw' },
      { text: jsonLdBody, method: 'json-ld' },
      { text: densityText(parseHTML(html).document as unknown as Document), method: 'density' },
    ];
    chosen = fallbacks.find((c) => c.text.length >= MIN_ARTICLE_CHARS)
      ?? fallbacks.reduce<Candidate | null>((best, c) => (c.text.length > (best?.text.length ?? 0) ? c : best), null);
    if (!main.article && raw.article) main.article = raw.article;
  } else if (jsonLdBody.length > JSONLD_LONGER_FACTOR * chosen.text.length) {
    chosen = { text: jsonLdBody, method: 'json-ld' };
  }
  if (!chosen || !chosen.text.trim()) {
    chosen = { text: domToText((cleaned.body ?? cleaned) as never), method: 'body' };
  }

  // Readability's guesses fill only what the page's metadata left empty
  const art = main.article;
  if (art) {
    const sources = (meta.sources ??= {});
    if (!meta.title && art.title) { meta.title = art.title.trim(); sources.title = 'readability'; }
    if (meta.authors.length === 0 && art.byline) {
      const names = splitAuthors([art.byline]).filter(isPlausibleName);
      if (names.length) { meta.authors = names; sources.authors = 'readability'; }
    }
    if (!meta.outlet && art.siteName) { meta.outlet = decodeEntities(art.siteName).trim(); sources.outlet = 'readability'; }
    if (!meta.published && art.publishedTime) { meta.published = normalizeDate(art.publishedTime); sources.published = 'readability'; }
  }
  return { text: chosen.text, meta, method: chosen.method };
}

interface ReadabilityResult { text: string; article: ReturnType<Readability<string>['parse']> }

function runReadability(document: Document): ReadabilityResult {
  let article: ReadabilityResult['article'] = null;
  try {
    article = new Readability(document, { charThreshold: READABILITY_CHAR_THRESHOLD, keepClasses: false, classesToPreserve: EMBEDDED_POST_CLASSES }).parse();
  } catch { article = null; }
  if (!article?.content) return { text: '', article };
  const { document: frag } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  return { text: domToText(frag.body as never), article };
}

function densityText(document: Document): string {
  preCleanDom(document as never);
  const box = densestContainer((document.body ?? document) as never);
  return box ? domToText(box as never) : '';
}

/** The articleBody of the page's JSON-LD article, paragraphs kept, entities decoded. */
function readJsonLdArticleBody(document: Document): string {
  let best = '';
  const visit = (v: unknown) => {
    if (Array.isArray(v)) { v.forEach(visit); return; }
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.articleBody === 'string' && o.articleBody.length > best.length) best = o.articleBody;
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try { visit(JSON.parse(s.textContent ?? '')); } catch { /* malformed JSON-LD: skip */ }
  }
  if (!best) return '';
  // some publishers put HTML in articleBody
  const text = /<\/?(?:p|br|div)\b/i.test(best) ? domToText(parseHTML(`<!doctype html><html><body>${best}</body></html>`).document.body as never) : decodeEntities(best);
  return text.split(/\n\s*\n|\r?\n/).flatMap((p) => splitGluedSentences(p.replace(/[ \t\f\r]+/g, ' ').trim())).filter(Boolean).join('\n\n');
}
