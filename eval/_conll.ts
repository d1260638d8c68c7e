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
  return docs.length === 1 ? splitAtDatelines(docs[0]!) : docs;
}

const DATELINE_MAX_TOKENS = 8;
const isDateline = (s: ConllSentence) => s.length <= DATELINE_MAX_TOKENS && /^\d{4}-\d{2}-\d{2}$/.test(s[s.length - 1]!.word);

/**
 * Copies without -DOCSTART- lines lose document boundaries; a Reuters story
 * opens with a headline and then a dateline ("BRUSSELS 1996-08-22"), so a new
 * document starts at the sentence before each dateline.
 */
function splitAtDatelines(sentences: ConllSentence[]): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let cur: ConllDoc = [];
  sentences.forEach((s, i) => {
    const next = sentences[i + 1];
    if (next && isDateline(next) && cur.length) { docs.push(cur); cur = []; }
    cur.push(s);
  });
  if (cur.length) docs.push(cur);
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

/**
 * A CoNLL sentence as whosaid sees it: the tokens joined by spaces into text,
 * re-tokenized by the project tokenizer, with the gold entity spans mapped to
 * character offsets and to the new tokens.
 */
export interface AlignedSentence {
  text: string;
  /** Project tokens over `text`. */
  tokens: { start: number; end: number }[];
  words: string[];
  /** Gold entities as character spans. */
  gold: TypedSpan[];
  /** Gold entities as project-token spans (entities whose edges fall inside a token are dropped). */
  goldTokens: TypedSpan[];
}

export function alignSentence(s: ConllSentence, tokenize: (text: string) => { start: number; end: number }[]): AlignedSentence {
  const offsets: number[] = [];
  let text = '';
  for (const t of s) { if (text) text += ' '; offsets.push(text.length); text += t.word; }
  const gold = iobSpans(s.map((t) => t.ner)).map((sp) => ({ start: offsets[sp.start]!, end: offsets[sp.end - 1]! + s[sp.end - 1]!.word.length, type: sp.type }));
  const tokens = tokenize(text);
  const startAt = new Map(tokens.map((t, i) => [t.start, i]));
  const endAt = new Map(tokens.map((t, i) => [t.end, i]));
  const goldTokens: TypedSpan[] = [];
  for (const g of gold) {
    const a = startAt.get(g.start), b = endAt.get(g.end);
    if (a !== undefined && b !== undefined) goldTokens.push({ start: a, end: b + 1, type: g.type });
  }
  return { text, tokens, words: tokens.map((t) => text.slice(t.start, t.end)), gold, goldTokens };
}
