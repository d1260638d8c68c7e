import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { quoteWords, type WhosaidRecord } from '../record/schema.js';
import type { PreparedArticle, PreparedEntity, PreparedQuote } from '../store/types.js';
import { articleIdFor } from './hash.js';
import { minhash } from './minhash.js';
import { nameKeys } from './names.js';

/** zlib level for stored records: 3 is about 4x smaller than JSON at a fraction of level 6's time. */
const RECORD_DEFLATE_LEVEL = 3;

/** Outlet of an article: its metadata, else the host of its URL (without www.). */
export function outletOf(record: WhosaidRecord): string | null {
  if (record.meta.outlet) return record.meta.outlet;
  if (!record.meta.url) return null;
  try { return new URL(record.meta.url).hostname.replace(/^www\./, '') || null; } catch { return null; }
}

/** Publication date: metadata, else the reference date the input gave. */
export function publishedOf(record: WhosaidRecord): string | null {
  return record.meta.published ?? record.referenceDate ?? null;
}

/** Record -> stored blob (text left out: it is stored once, in its own column). */
export function packRecord(record: WhosaidRecord): Uint8Array {
  return deflateRawSync(Buffer.from(JSON.stringify({ ...record, text: '' })), { level: RECORD_DEFLATE_LEVEL });
}

/** Stored blob + text -> the same record (same keys in the same order). */
export function unpackRecord(blob: Uint8Array, text: string): WhosaidRecord {
  const rec = JSON.parse(inflateRawSync(blob).toString('utf8')) as WhosaidRecord;
  rec.text = text;
  return rec;
}

/**
 * Everything the writer needs, computed where the analysis ran (a worker
 * thread), so that the writing thread only inserts.
 */
export function prepareArticle(record: WhosaidRecord, contentHash: string, pipelineVersion: string, source: string | null): PreparedArticle {
  const byId = new Map(record.entities.map((e) => [e.id, e]));
  const entities: PreparedEntity[] = record.entities.map((e) => ({
    entityId: e.id,
    name: e.name,
    type: e.type,
    names: nameKeys([e.name, ...(e.aliases ?? [])], e.type === 'person'),
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
  }));
  const quotes: PreparedQuote[] = record.quotes.map((q, i) => {
    const ent = q.speaker.entity ? byId.get(q.speaker.entity) : undefined;
    const speakerNames = nameKeys([q.speaker.name, ent?.name, ...(ent?.aliases ?? [])], q.speaker.kind === 'person');
    const inside = new Set<string>();
    // the names inside the quoted words (not in the frame of a split quotation)
    const pieces = q.parts?.length ? q.parts : [q.content];
    for (const e of entities) {
      if (e.mentions.some((m) => pieces.some((p) => m.start >= p.start && m.end <= p.end))) for (const n of e.names) inside.add(n);
    }
    return {
      quoteId: q.id ?? `q${i + 1}`,
      kind: q.kind,
      content: quoteWords(q),
      start: q.content.start,
      end: q.content.end,
      cue: q.cue?.text ?? null,
      // (records made before 1.2 have none)
      cueClass: q.cueClass ?? null,
      source: q.source?.text ?? null,
      speaker: { name: q.speaker.name, kind: q.speaker.kind },
      speakerNames,
      via: q.via ? { name: q.via.name, kind: q.via.kind } : null,
      entityNames: [...inside],
    };
  });
  return {
    articleId: articleIdFor(contentHash),
    contentHash,
    pipelineVersion,
    source,
    extId: record.id,
    url: record.meta.url,
    title: record.meta.title,
    outlet: outletOf(record),
    published: publishedOf(record),
    // the language the text was identified as (the page's declared one for records made before 1.1): it says
    // whether speakers were sought, which the sourcing counts need (see sourcedQuotes in store/shaping.ts)
    language: record.language ? record.language.code : record.meta.language,
    format: record.format,
    text: record.text,
    record: packRecord(record),
    quotes,
    entities,
    times: record.times.map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value })),
    boilerplate: record.boilerplate.map((b) => ({ start: b.start, end: b.end, text: b.text, reason: b.reason, rule: b.rule ?? null })),
    minhash: minhash(record.text),
  };
}
