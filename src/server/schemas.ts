import { z } from 'zod';
import { CUE_CLASSES } from '../store/types.js';

/**
 * Request validation: query parameters, path ids and request bodies of the
 * API, one zod schema each (the OpenAPI description is generated from them).
 */

/** Rows an API call may ask for at once. */
export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 50;
const MAX_QUERY_CHARS = 500;

// eslint-disable-next-line no-control-regex
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;

const text = (what: string) => z.string().trim().max(MAX_QUERY_CHARS).regex(NO_CONTROL, `${what} must not hold control characters`);
const optionalText = (what: string) => text(what).optional().transform((v) => (v ? v : undefined));
const dateLike = z.string().trim().regex(/^$|^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date YYYY[-MM[-DD]]')
  .optional().transform((v) => (v ? v : undefined));

const paging = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE).describe(`rows to return (1-${MAX_PAGE})`),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0).describe('rows to skip'),
};

/** Article id or speaker name in a path: any text without control characters (ids never reach the file system). */
export const IdParam = z.string().min(1).max(1000).regex(NO_CONTROL, 'id must not hold control characters');

export const ArticlesQuery = z.object({
  q: optionalText('q').describe('words in the title or text'),
  ...paging,
});

export const QuotesQuery = z.object({
  speaker: optionalText('speaker').describe('speaker name (aliases resolved by the store)'),
  q: optionalText('q').describe('full-text query over quotation content'),
  entity: optionalText('entity').describe('an entity the quotation is about'),
  language: z.string().regex(/^[a-z]{2,3}$/, 'language must be a two- or three-letter code such as en or de').optional()
    .describe("the article's language, as identified from its text (ISO 639-1: en, de, fr, ...)"),
  cueClass: z.enum(CUE_CLASSES, { error: `cueClass must be one of ${CUE_CLASSES.join(', ')}` }).optional()
    .describe('what the cue reports: words said or written (speech), what someone thinks, expects or wants (belief), what a record or poll shows (evidence), another act such as "signed" (other); quotations stored before record 1.2 have none'),
  from: dateLike.describe('published on or after (YYYY-MM-DD)'),
  to: dateLike.describe('published on or before (YYYY-MM-DD)'),
  ...paging,
});

export const SearchQuery = QuotesQuery.extend({
  q: text('q').min(1, 'q is required').describe('full-text query over quotation content and article titles'),
});

export const SpeakerQuery = z.object({ ...paging });

export const AnalyzeBody = z.object({
  id: z.string().max(1000).optional(),
  text: z.string().optional().describe('plain text of the article (kept exactly)'),
  html: z.string().optional().describe('an HTML page; its main text is extracted'),
  url: z.string().max(4000).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').optional().describe('reference date for relative times'),
  meta: z.object({
    title: z.string().nullable().optional(),
    authors: z.array(z.string()).optional(),
    published: z.string().nullable().optional(),
    outlet: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    language: z.string().nullable().optional(),
  }).optional(),
}).refine((b) => (typeof b.text === 'string') !== (typeof b.html === 'string'), { message: 'give exactly one of "text" or "html"' });

export const AnalyzeQuery = z.object({
  format: z.enum(['auto', 'text', 'html']).default('auto').describe('how to read a text/plain body'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').optional(),
});

export const ErrorBody = z.object({
  error: z.object({
    status: z.number().int(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
