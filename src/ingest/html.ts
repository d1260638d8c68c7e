import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocMeta } from '../doc/doc.js';
import { domToText } from './html-text.js';
import { extractMetadata } from './metadata.js';

export interface ExtractedArticle {
  text: string;
  meta: DocMeta;
  /** How the main content was found. */
  method: 'readability' | 'body';
}

/**
 * An HTML page -> its main text and metadata. Main content comes from
 * Readability (run on linkedom, a light DOM); when Readability finds nothing,
 * the whole body's text is used. Metadata is read before Readability, which
 * changes the DOM.
 */
export function extractArticle(html: string, url?: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const meta = extractMetadata(document as unknown as Document, url);
  const docForReadability = parseHTML(html).document as unknown as Document;
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    article = new Readability(docForReadability, { charThreshold: 300, keepClasses: false }).parse();
  } catch { article = null; }
  if (article?.content) {
    const { document: frag } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const text = domToText(frag.body as never);
    if (text.trim()) {
      if (!meta.title && article.title) { meta.title = article.title.trim(); (meta.sources ??= {}).title = 'readability'; }
      if (meta.authors.length === 0 && article.byline) { meta.authors = [article.byline.replace(/^by\s+/i, '').trim()]; (meta.sources ??= {}).authors = 'readability'; }
      if (!meta.outlet && article.siteName) { meta.outlet = article.siteName; (meta.sources ??= {}).outlet = 'readability'; }
      if (!meta.published && article.publishedTime) { meta.published = article.publishedTime; (meta.sources ??= {}).published = 'readability'; }
      return { text, meta, method: 'readability' };
    }
  }
  return { text: domToText((document as unknown as Document).body as never ?? document), meta, method: 'body' };
}
