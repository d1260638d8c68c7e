import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { csvRow } from '../../export/csv.js';
import { InputError } from '../../ingest/errors.js';
import { DEFAULT_DB, openStore } from '../../store/index.js';
import { CUE_CLASSES, type CorpusStore, type QueryOpts, type QuoteFilter } from '../../store/types.js';

type Format = 'table' | 'json' | 'csv';
interface QueryFlags { db: string; format?: Format; limit?: string; from?: string; to?: string; by?: string; min?: string; language?: string; cueClass?: string }

/** Widest a table cell is drawn (longer text is cut with an ellipsis); quotations and diffs get more room. */
const TABLE_CELL_MAX = 60;
const TABLE_TEXT_MAX = 200;
const TEXT_COLUMNS = new Set(['content', 'diff']);

export type QueryKind = 'quotes' | 'speaker' | 'entity' | 'search' | 'speakers-about' | 'outlets' | 'anonymous' | 'timeline' | 'provenance' | 'articles' | 'errors' | 'stats';
export const QUERY_KINDS: Record<QueryKind, string> = {
  speaker: 'quotes by a speaker (aliases and surname match): query speaker NAME',
  entity: 'quotes mentioning an entity: query entity NAME',
  search: 'full-text search in quotes: query search WORDS ("a phrase" kept together)',
  'speakers-about': 'speakers quoted about an entity: query speakers-about NAME',
  outlets: 'outlets cited as sources (as speaker or relay): query outlets',
  anonymous: 'share of anonymous sourcing: query anonymous [--by outlet|month|year]',
  timeline: 'timeline of an entity (articles, mentions, quotes per day): query timeline NAME',
  provenance: 'earliest article holding a quotation, and its variants: query provenance "QUOTATION"',
  quotes: 'all quotes (with --from/--to)',
  articles: 'articles (full-text search in titles and texts when words are given)',
  errors: 'inputs that could not be analysed, with the reason',
  stats: 'counts of articles, stories, quotes and errors',
};

/** Runs one query kind; rows are plain objects (the table/CSV columns are their keys). */
export async function runQuery(store: CorpusStore, kind: QueryKind, arg: string, flags: { limit?: number; from?: string; to?: string; by?: string; min?: number; language?: string; cueClass?: string }): Promise<Array<Record<string, unknown>>> {
  const o: QueryOpts = { limit: flags.limit, from: flags.from, to: flags.to };
  if (flags.language !== undefined && !/^[a-z]{2,3}$/.test(flags.language)) throw new InputError(`--language must be a two- or three-letter code such as en or de (got "${flags.language}")`);
  if (flags.language !== undefined && !['speaker', 'entity', 'search', 'quotes'].includes(kind)) throw new InputError(`--language applies to the quotation queries (speaker, entity, search, quotes), not to ${kind}`);
  if (flags.cueClass !== undefined && !(CUE_CLASSES as readonly string[]).includes(flags.cueClass)) throw new InputError(`--cue-class must be one of ${CUE_CLASSES.join(', ')} (got "${flags.cueClass}")`);
  if (flags.cueClass !== undefined && !['speaker', 'entity', 'search', 'quotes'].includes(kind)) throw new InputError(`--cue-class applies to the quotation queries (speaker, entity, search, quotes), not to ${kind}`);
  // (the quotation queries' filters: the article's language, as identified from its text; what the quotation's cue reports)
  const ql = {
    ...(flags.language ? { language: flags.language } : {}),
    ...(flags.cueClass ? { cueClass: flags.cueClass as QuoteFilter['cueClass'] } : {}),
  };
  const need = () => { if (!arg) throw new InputError(`query ${kind} needs an argument (${QUERY_KINDS[kind]})`); return arg; };
  const quoteRow = (q: Awaited<ReturnType<CorpusStore['quotes']>>[number]) => ({ published: q.published, speaker: q.speaker, kind: q.speakerKind, content: q.content, cue: q.cue, outlet: q.outlet, article: q.articleId, quote: q.quoteId, url: q.url });
  switch (kind) {
    case 'speaker': return (await store.quotes({ speaker: need(), ...o, ...ql })).map(quoteRow);
    case 'entity': return (await store.quotes({ entity: need(), ...o, ...ql })).map(quoteRow);
    case 'search': return (await store.quotes({ q: need(), ...o, ...ql })).map(quoteRow);
    case 'quotes': return (await store.quotes({ ...o, ...ql })).map(quoteRow);
    case 'speakers-about': return (await store.speakersAbout(need(), o)) as unknown as Array<Record<string, unknown>>;
    case 'outlets': return (await store.outletsCited(o)) as unknown as Array<Record<string, unknown>>;
    case 'anonymous': {
      const by = (flags.by ?? 'outlet') as 'outlet' | 'month' | 'year';
      if (!['outlet', 'month', 'year'].includes(by)) throw new InputError(`--by must be outlet, month or year (got "${flags.by}")`);
      return (await store.anonymousShare(by, o)) as unknown as Array<Record<string, unknown>>;
    }
    case 'timeline': return (await store.entityTimeline(need(), o)) as unknown as Array<Record<string, unknown>>;
    case 'provenance': {
      const r = await store.provenance(need(), { limit: flags.limit, minSimilarity: flags.min });
      return r.variants.map((v, i) => ({ rank: i === 0 ? 'earliest' : String(i + 1), published: v.published, where: v.url ?? (v.source ? basename(v.source) : v.articleId), similarity: v.similarity, speaker: v.speaker, diff: i === 0 ? v.text : v.diff, outlet: v.outlet, article: v.articleId, story: v.storyId, text: v.text }));
    }
    case 'articles': return (await store.listArticles({ q: arg || undefined, limit: flags.limit })) as unknown as Array<Record<string, unknown>>;
    case 'errors': return (await store.errors({ limit: flags.limit })) as unknown as Array<Record<string, unknown>>;
    case 'stats': {
      const c = await store.count();
      return [{ ...c, stories: await store.stories() }];
    }
  }
}

export function formatRows(rows: Array<Record<string, unknown>>, format: Format): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  if (format === 'csv') return csvRow(cols) + rows.map((r) => csvRow(cols.map((c) => r[c]))).join('');
  if (!rows.length) return '(no results)\n';
  const cell = (v: unknown, max: number) => {
    const s = v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : String(v).replace(/\s+/g, ' ');
    return s.length > max ? s.slice(0, max - 1) + '…' : s;
  };
  const cells = rows.map((r) => cols.map((c) => cell(r[c], TEXT_COLUMNS.has(c) ? TABLE_TEXT_MAX : TABLE_CELL_MAX)));
  const width = cols.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(width[i]!)).join('  ').trimEnd();
  return [line(cols), line(width.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description(`Query a corpus database. Kinds:\n${Object.entries(QUERY_KINDS).map(([k, v]) => `  ${k.padEnd(15)} ${v}`).join('\n')}`)
    .argument('<kind>', `one of: ${Object.keys(QUERY_KINDS).join(', ')}`)
    .argument('[words...]', 'the name, words or quotation the kind asks for')
    .option('--db <path>', 'database: a SQLite file or a postgres:// URL', DEFAULT_DB)
    .option('--format <format>', 'table, json or csv (default: table on a terminal, else json)')
    .option('--limit <n>', 'most rows to return')
    .option('--from <date>', 'only from this date (YYYY-MM-DD)')
    .option('--to <date>', 'only up to this date (inclusive)')
    .option('--by <what>', 'anonymous: group by outlet, month or year', 'outlet')
    .option('--min <similarity>', 'provenance: lowest word similarity of a variant (0-1)')
    .option('--language <code>', "speaker, entity, search, quotes: only quotations from articles in this language (identified from the text: en, de, fr, ...)")
    .option('--cue-class <class>', `speaker, entity, search, quotes: only quotations whose cue reports this: ${CUE_CLASSES.join(', ')} (words said; what someone thinks, expects or wants; what a record or poll shows; other acts such as "signed"). Quotations stored before record 1.2 have none`)
    .action(async (kind: string, words: string[], flags: QueryFlags) => {
      if (!(kind in QUERY_KINDS)) throw new InputError(`unknown query kind "${kind}" (one of: ${Object.keys(QUERY_KINDS).join(', ')})`);
      const format = (flags.format ?? (process.stdout.isTTY ? 'table' : 'json')) as Format;
      if (!['table', 'json', 'csv'].includes(format)) throw new InputError(`--format must be table, json or csv (got "${flags.format}")`);
      const limit = flags.limit === undefined ? undefined : Number(flags.limit);
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new InputError(`--limit must be a positive integer (got "${flags.limit}")`);
      const min = flags.min === undefined ? undefined : Number(flags.min);
      if (min !== undefined && !(min >= 0 && min <= 1)) throw new InputError(`--min must be between 0 and 1 (got "${flags.min}")`);
      if (!/^postgres/i.test(flags.db) && !existsSync(flags.db)) throw new InputError(`no database at ${flags.db} (create one with \`whosaid ingest PATH --db ${flags.db}\`)`);
      const store = await openStore(flags.db);
      try {
        const rows = await runQuery(store, kind as QueryKind, words.join(' '), { limit, from: flags.from, to: flags.to, by: flags.by, min, language: flags.language, cueClass: flags.cueClass });
        process.stdout.write(formatRows(rows, format));
      } finally {
        await store.close();
      }
    });
}
