import { z } from 'zod';
import { CUE_CLASSES } from '../doc/types.js';

/**
 * The record contract: one JSON object per article. This is the interface
 * between every part of whosaid (and its users). Extend it; never break it
 * silently. All offsets are Unicode code points into `text`, end-exclusive.
 * docs/record.schema.json is generated from this file (npm run schema).
 */
export const RECORD_VERSION = '1.2';

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
  cueClass: z.enum(CUE_CLASSES).optional().describe('What the cue reports: words said or written (speech), what someone thinks, expects or wants (belief), what a record or poll shows (evidence), or another act (other: "signed", "offered"); since 1.2'),
  content: TextSpanSchema.describe('From the first quoted word to the last: when the quotation is split around its attribution, this holds the frame too (see parts)'),
  parts: z.array(TextSpanSchema).optional().describe('The quoted words piece by piece, when the content is split around the attribution (“…,” he said. “…”); absent for one piece'),
  cue: TextSpanSchema.nullable(),
  source: TextSpanSchema.nullable().describe('The source mention as written: "he", "the official", "a BBC report"'),
  speaker: SpeakerSchema,
  via: SpeakerSchema.nullable().optional().describe('A relay: "told CNN", "in an interview with"; for a statement found inside another one\'s content ("X said C, Reuters reported"), the one reporting it'),
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
  kind: z.enum(['count', 'fraction', 'percent', 'money', 'duration']).optional().describe('What is measured; fractions are in [0,1]'),
  timex: z.string().optional().describe('ISO 8601 duration, for durations'),
  rule: z.string().optional(),
});

export const ContestedLabelGroupSchema = z.object({
  topic: z.string().describe('Contested-label topic from the lexicon, or "contrast" for "X is not a Y"'),
  labels: z.array(z.object({
    label: z.string(),
    lean: z.enum(['sympathetic', 'critical', 'neutral']).optional(),
    users: z.array(z.string()).describe('Who uses the label: speaker names, "article" for the article\'s own voice'),
    uses: z.array(TextSpanSchema.extend({
      speaker: z.string(),
      negated: z.boolean(),
      scareQuoted: z.boolean(),
      rule: z.string().optional(),
    })),
  })),
  contested: z.boolean().describe('Two or more labels, a denied label or a scare-quoted one'),
});

export const SourcingSchema = z.object({
  sources: z.array(z.object({
    name: z.string(),
    kind: SpeakerKindSchema,
    entity: z.string().optional(),
    statements: z.number().int(),
    direct: z.number().int(),
    indirect: z.number().int(),
    words: z.number().int(),
    via: z.array(z.string()),
  })),
  byKind: z.record(z.string(), z.number().int()).describe('Distinct sources by speaker kind'),
  statements: z.number().int(),
  attributedWordShare: z.number().min(0).max(1).describe("Share of the article's words inside attributed statements"),
  ownVoiceSentenceShare: z.number().min(0).max(1).describe("Share of the article's sentences holding no attributed statement"),
  outletsCited: z.array(z.string()),
  relays: z.array(z.object({ name: z.string(), kind: SpeakerKindSchema, statements: z.number().int() })),
});

export const ClaimSchema = TextSpanSchema.extend({
  score: z.number(),
  speaker: z.string().nullable(),
  quantities: z.array(QuantitySchema),
  rule: z.string().optional().describe('The model that scored the sentence'),
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
  language: z.object({
    code: z.string().nullable().describe('ISO 639-1 code (three letters when the language has none); null when the text is too short or undetermined'),
    rule: z.enum(['english-function-words', 'trigrams', 'too-short', 'undetermined']),
  }).nullable().optional().describe("The language the article's text was identified as (since 1.1); the stages built for English run only on English or unidentified text"),
  notes: z.array(z.object({ stage: z.string(), message: z.string() })).optional()
    .describe('What the analysis tells the user about itself: stages skipped, and why (since 1.1)'),
  boilerplate: z.array(TextSpanSchema.extend({ reason: z.string(), rule: z.string().optional() })),
  paragraphs: z.array(SpanSchema),
  sentences: z.array(SpanSchema),
  quotes: z.array(QuoteSchema),
  scareQuotes: z.array(TextSpanSchema),
  entities: z.array(EntitySchema),
  times: z.array(TimexSchema),
  timeline: z.array(TimelineEntrySchema),
  framing: z.array(FramingSchema),
  contestedLabels: z.array(ContestedLabelGroupSchema),
  claims: z.array(ClaimSchema),
  sourcing: SourcingSchema.nullable(),
});

export type WhosaidRecord = z.infer<typeof RecordSchema>;
export type RecordQuote = z.infer<typeof QuoteSchema>;

/** Between the pieces of a split quotation when its words are given as one string. */
export const QUOTE_PARTS_JOINER = ' … ';
/** A quote's own words: its pieces joined by QUOTE_PARTS_JOINER when split, else the content's text (the frame between pieces left out). */
export function quoteWords(q: Pick<RecordQuote, 'content' | 'parts'>): string {
  return q.parts?.length ? q.parts.map((p) => p.text).join(QUOTE_PARTS_JOINER) : q.content.text;
}
export type RecordEntity = z.infer<typeof EntitySchema>;

/** JSON Schema of the record, as published in docs/record.schema.json. */
export function recordJsonSchema(): unknown {
  return { ...z.toJSONSchema(RecordSchema, { target: 'draft-2020-12' }), $id: 'https://whosaid.dev/record.schema.json', title: 'whosaid record' };
}
