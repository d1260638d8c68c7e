import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { CorpusStore } from '../store/types.js';
import { toBrat } from './brat.js';
import { QUOTE_CSV_COLUMNS, csvRow, quoteCsvRows } from './csv.js';
import { WEBANNO_CONTEXT, toWebAnnotations } from './webanno.js';

export type ExportFormat = 'jsonl' | 'csv' | 'brat' | 'webanno';
export const EXPORT_FORMATS: ExportFormat[] = ['jsonl', 'csv', 'brat', 'webanno'];

async function put(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await once(out, 'drain');
}

/** A file name safe on every system for an article id. */
function fileName(id: string): string { return id.replace(/[^\w.-]+/g, '_'); }

/**
 * Streams the store in a format: to `out` (a file; stdout when absent), or for
 * brat to a folder of .txt/.ann pairs. Returns how many articles were written.
 */
export async function exportStore(store: CorpusStore, format: ExportFormat, out?: string): Promise<number> {
  let n = 0;
  if (format === 'brat') {
    if (!out) throw new Error('brat export needs --out DIR (it writes a .txt and a .ann per article)');
    mkdirSync(out, { recursive: true });
    for await (const art of store.articles()) {
      const b = toBrat(art.record);
      writeFileSync(join(out, `${fileName(art.summary.id)}.txt`), b.txt);
      writeFileSync(join(out, `${fileName(art.summary.id)}.ann`), b.ann);
      n++;
    }
    return n;
  }
  const stream: Writable = out ? createWriteStream(out) : process.stdout;
  if (format === 'csv') await put(stream, csvRow([...QUOTE_CSV_COLUMNS]));
  if (format === 'webanno') await put(stream, `{"@context":${JSON.stringify(WEBANNO_CONTEXT)},"type":"AnnotationCollection","label":"whosaid quotations","first":{"type":"AnnotationPage","items":[`);
  let firstAnno = true;
  for await (const art of store.articles()) {
    if (format === 'jsonl') await put(stream, JSON.stringify(art.record) + '\n');
    else if (format === 'csv') await put(stream, quoteCsvRows(art));
    else {
      for (const a of toWebAnnotations(art.record, art.summary.id)) {
        await put(stream, (firstAnno ? '\n' : ',\n') + JSON.stringify(a));
        firstAnno = false;
      }
    }
    n++;
  }
  if (format === 'webanno') await put(stream, '\n]}}\n');
  if (out) { stream.end(); await once(stream, 'finish'); }
  return n;
}
