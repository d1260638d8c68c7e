import { readFileSync } from 'node:fs';

/** One CoNLL-2003 token line: word, gold POS, chunk, NER (IOB1). */
export interface ConllToken { word: string; pos: string; chunk: string; ner: string }
export type ConllSentence = ConllToken[];
/** A document (between -DOCSTART- lines): its sentences. */
export type ConllDoc = ConllSentence[];

/** Reads a CoNLL-2003 file into documents of sentences. */
export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = [];
  let sent: ConllSentence = [];
  const flushSent = () => { if (sent.length) { doc.push(sent); sent = []; } };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t) { flushSent(); continue; }
    const [word, pos, chunk, ner] = t.split(' ');
    if (word === '-DOCSTART-') { flushSent(); if (doc.length) docs.push(doc); doc = []; continue; }
    sent.push({ word: word!, pos: pos!, chunk: chunk!, ner: ner! });
  }
  flushSent();
  if (doc.length) docs.push(doc);
  return docs;
}

export interface TypedSpan { start: number; end: number; type: string }

/** Entity spans (token indices, end exclusive) of an IOB1 or IOB2 NER column. */
export function iobSpans(tags: readonly string[]): TypedSpan[] {
  const out: TypedSpan[] = [];
  let cur: TypedSpan | null = null;
  tags.forEach((tag, i) => {
    if (tag === 'O') { cur = null; return; }
    const [bio, type] = tag.split('-') as [string, string];
    if (cur && cur.type === type && bio === 'I') { cur.end = i + 1; return; }
    cur = { start: i, end: i + 1, type };
    out.push(cur);
  });
  return out;
}
