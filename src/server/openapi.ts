import { z } from 'zod';
import { RecordSchema, RECORD_VERSION } from '../record/schema.js';
import { AnalyzeBody, AnalyzeQuery, ArticlesQuery, ErrorBody, QuotesQuery, SearchQuery, SpeakerQuery } from './schemas.js';

/**
 * The OpenAPI 3.1 description of the JSON API, generated from the same zod
 * schemas that validate requests (so the two cannot drift apart).
 */
const toSchema = (s: z.ZodType) => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

function queryParams(schema: z.ZodObject) {
  const json = toSchema(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name, in: 'query', required: (json.required ?? []).includes(name) && s.default === undefined,
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
    schema: s,
  }));
}

const idParam = (what: string) => ({ name: 'id', in: 'path', required: true, description: `${what} (percent-encoded)`, schema: { type: 'string', minLength: 1, maxLength: 1000 } });

const json = (ref: string, description: string) => ({ description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } });
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), json('Error', ERROR_TEXT[c] ?? 'error')]));
const ERROR_TEXT: Record<number, string> = {
  400: 'invalid request (the message and `issues` say what)', 401: 'missing or wrong token', 403: 'write endpoints disabled',
  404: 'not found', 413: 'body larger than the limit', 415: 'unsupported content type',
};

const anyObject = { type: 'object', additionalProperties: true };

let cached: unknown = null;

export function buildOpenApi(): unknown {
  return (cached ??= {
    openapi: '3.1.0',
    info: { title: 'whosaid API', version: RECORD_VERSION, description: 'Who said what, according to whom, when, about whom: analyse articles and query a corpus of records.' },
    paths: {
      '/api/analyze': {
        post: {
          summary: 'Analyse one article (not stored); needs the server token when bound beyond loopback',
          parameters: queryParams(AnalyzeQuery),
          security: [{}, { bearer: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: toSchema(AnalyzeBody) },
              'text/plain': { schema: { type: 'string' } },
              'text/html': { schema: { type: 'string' } },
            },
          },
          responses: { 200: json('Record', 'the record'), ...errors(400, 401, 403, 413, 415) },
        },
      },
      '/api/articles': { get: { summary: 'List stored articles', parameters: queryParams(ArticlesQuery), responses: { 200: { description: 'a page of article summaries', content: { 'application/json': { schema: anyObject } } }, ...errors(400) } } },
      '/api/articles/{id}': { get: { summary: 'The record of a stored article', parameters: [idParam('article id')], responses: { 200: json('Record', 'the record'), ...errors(400, 404) } } },
      '/api/quotes': { get: { summary: 'Quotations across the corpus, filtered', parameters: queryParams(QuotesQuery), responses: { 200: { description: 'a page of quotations', content: { 'application/json': { schema: anyObject } } }, ...errors(400) } } },
      '/api/speakers/{id}': { get: { summary: "A speaker's profile and quotations (id: the speaker's name)", parameters: [idParam('speaker name'), ...queryParams(SpeakerQuery)], responses: { 200: { description: 'profile and a page of quotations', content: { 'application/json': { schema: anyObject } } }, ...errors(400, 404) } } },
      '/api/search': { get: { summary: 'Full-text search over quotations (and article titles/text)', parameters: queryParams(SearchQuery), responses: { 200: { description: 'matching quotations and articles', content: { 'application/json': { schema: anyObject } } }, ...errors(400) } } },
      '/api/outlets': { get: { summary: 'Sourcing profile per outlet', responses: { 200: { description: 'profiles', content: { 'application/json': { schema: anyObject } } } } } },
    },
    components: {
      schemas: { Record: toSchema(RecordSchema), Error: toSchema(ErrorBody) },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  });
}
