import { z } from 'zod';

/**
 * The record contract: one JSON object per article. This is the interface
 * between every part of whosaid (and its users). Extend it; never break it
 * silently. All offsets are Unicode code points into `text`, end-exclusive.
 * docs/record.schema.json is generated from this file (npm run schema).
 */
export const RECORD_VERSION = '1.0';

const offset = z.number().int().nonnegative();
export const SpanSchema = z.object({ start: offset, end: offset });
export const TextSpanSchema = SpanSchema.extend({ text: z.string() });

export const SpeakerKindSchema = z.enum(['person', 'anonymous', 'organization', 'media', 'document', 'unknown']);
export const SpeakerSchema = z.object({
  name: z.string().describe('Resolved, canonical name or description of who is said to speak'),
  kind: SpeakerKindSchema,
  entity: z.string().optional().describe('Id of the entity in `entities`, when the speaker is one'),
});

export const QuoteSchema = z.object({
  id: z.string().optional(),
  kind: z.enum(['direct', 'indirect', 'mixed']),
  content: TextSpanSchema,
  cue: TextSpanSchema.nullable(),
  source: TextSpanSchema.nullable().describe('The source mention as written: "he", "the official", "a BBC report"'),
  speaker: SpeakerSchema,
  via: SpeakerSchema.nullable().optional().describe('A relay: "told CNN", "in an interview with"'),
  score: z.number().min(0).max(1).optional(),
  rule: z.string().optional().describe('Which finder or model produced it'),
});

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['person', 'organization', 'place', 'other']),
  mentions: z.array(TextSpanSchema),
  roles: z.array(z.string()).optional(),
  aliases: z.array(z.string()).optional(),
});

export const TimexSchema = TextSpanSchema.extend({
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string().describe('TIMEX3 value'),
  mod: z.string().optional(),
  anchor: z.string().optional(),
  rule: z.string().optional(),
});

export const TimelineEntrySchema = z.object({
  value: z.string(),
  time: TextSpanSchema,
  sentence: SpanSchema,
  event: TextSpanSchema.nullable().optional(),
  speaker: z.string().nullable().optional(),
});

export const FramingSchema = TextSpanSchema.extend({
  kind: z.string(),
  speaker: z.string().nullable().optional(),
  rule: z.string().optional(),
});

export const QuantitySchema = TextSpanSchema.extend({
  value: z.number(),
  unit: z.string().optional(),
  mod: z.string().optional(),
});

export const ClaimSchema = TextSpanSchema.extend({
  score: z.number(),
  speaker: z.string().nullable(),
  quantities: z.array(QuantitySchema),
});

export const MetaSchema = z.object({
  title: z.string().nullable(),
  authors: z.array(z.string()),
  published: z.string().nullable().describe('ISO date or date-time'),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  description: z.string().nullable().optional(),
  sources: z.record(z.string(), z.string()).optional().describe('Where each field was read from'),
});

export const RecordSchema = z.object({
  whosaid: z.string().describe('Record contract version'),
  id: z.string().nullable().describe('Echoed from input when given'),
  text: z.string().describe('For text input exactly the input; for HTML the extracted main text'),
  format: z.enum(['text', 'html']),
  referenceDate: z.string().nullable().describe('Date that relative times were resolved against'),
  meta: MetaSchema,
  boilerplate: z.array(TextSpanSchema.extend({ reason: z.string(), rule: z.string().optional() })),
  paragraphs: z.array(SpanSchema),
  sentences: z.array(SpanSchema),
  quotes: z.array(QuoteSchema),
  scareQuotes: z.array(TextSpanSchema),
  entities: z.array(EntitySchema),
  times: z.array(TimexSchema),
  timeline: z.array(TimelineEntrySchema),
  framing: z.array(FramingSchema),
  contestedLabels: z.array(z.unknown()),
  claims: z.array(ClaimSchema),
  sourcing: z.unknown().nullable(),
});

export type WhosaidRecord = z.infer<typeof RecordSchema>;
export type RecordQuote = z.infer<typeof QuoteSchema>;
export type RecordEntity = z.infer<typeof EntitySchema>;

/** JSON Schema of the record, as published in docs/record.schema.json. */
export function recordJsonSchema(): unknown {
  return { ...z.toJSONSchema(RecordSchema, { target: 'draft-2020-12' }), $id: 'https://whosaid.dev/record.schema.json', title: 'whosaid record' };
}
