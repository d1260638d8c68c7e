/**
 * Stand-off annotation types. Every offset here is a UTF-16 index into
 * `Doc.text` (JavaScript's own string index); the record converts them to code
 * points in one place (src/record/build.ts).
 */
export interface Span { start: number; end: number }

export interface TextSpan extends Span { text: string }

/** Which rule or model produced an annotation, so a user can ask "why?". */
export interface Provenance { rule?: string }

export interface Token extends Span {
  /** Part-of-speech tag (Penn Treebank), when a tagger has run. */
  pos?: string;
}

export interface Sentence extends Span {
  /** Index of the paragraph holding the sentence. */
  paragraph: number;
  /** Index range of the sentence's tokens in Doc.tokens: [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

export interface BoilerplateSpan extends Span { reason: BoilerplateReason; rule?: string }
export type BoilerplateReason =
  | 'related-link' | 'share-prompt' | 'subscribe-prompt' | 'advertisement'
  | 'photo-credit' | 'caption' | 'byline' | 'navigation' | 'copyright';

/** The language the article's text was identified as (src/language). */
export interface LanguageId {
  /** ISO 639-1 code (three letters when the language has none); null when the text is too short or undetermined. */
  code: string | null;
  /** How it was decided. */
  rule: 'english-function-words' | 'trigrams' | 'too-short' | 'undetermined';
}

/** Something a stage tells the user about how this article was analyzed (a stage skipped, and why). */
export interface AnalysisNote { stage: string; message: string }

export type EntityType = 'person' | 'organization' | 'place' | 'other';
export interface EntityMention extends Span { rule?: string }
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  mentions: EntityMention[];
  roles?: string[];
  aliases?: string[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type TimexMod = 'APPROX' | 'START' | 'MID' | 'END' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS' | 'BEFORE' | 'AFTER' | 'ON_OR_BEFORE' | 'ON_OR_AFTER';
export interface TimeMention extends Span {
  type: TimexType;
  value: string;
  mod?: TimexMod;
  /** For anchored expressions: the value they were resolved against. */
  anchor?: string;
  rule?: string;
}

export interface TimelineEntry {
  value: string;
  /** The time mention that dates the entry. */
  time: Span;
  sentence: Span;
  event?: TextSpanLike;
  speaker?: string;
}
export interface TextSpanLike extends Span { text?: string }

export type QuoteKind = 'direct' | 'indirect' | 'mixed';
export type SpeakerKind = 'person' | 'anonymous' | 'organization' | 'media' | 'document' | 'unknown';
export interface Speaker {
  name: string;
  kind: SpeakerKind;
  /** Id of the entity this speaker is, when it is a known entity. */
  entity?: string;
}
/** What kind of act the cue reports: words said or written, a belief, what a record shows, or another act. */
export const CUE_CLASSES = ['speech', 'belief', 'evidence', 'other'] as const;
export type CueClass = (typeof CUE_CLASSES)[number];

export interface Quote {
  kind: QuoteKind;
  /** What kind of act the cue reports (src/attribution/cue-class.ts). */
  cueClass?: CueClass;
  content: Span;
  cue: Span | null;
  source: Span | null;
  speaker: Speaker;
  via?: Speaker | null;
  /** Confidence in [0,1] when a model scored the quote. */
  score?: number;
  rule?: string;
  /** The content's pieces when it is split around the attribution (“…,” he said. “…”); `content` spans them all. */
  parts?: Span[];
}

export interface FramingMarker extends Span {
  kind: 'scare-quote' | 'distancing' | 'pretext' | 'hedge' | 'modality';
  speaker?: string;
  rule?: string;
}

export interface Quantity extends Span {
  value: number;
  unit?: string;
  mod?: TimexMod | 'APPROX' | 'MORE_THAN' | 'LESS_THAN';
  /** What is measured: a count, a fraction (value in [0,1]), a percentage, money, a duration, a ratio. */
  kind?: 'count' | 'fraction' | 'percent' | 'money' | 'duration';
  /** ISO 8601 duration for durations ("eight years" -> P8Y). */
  timex?: string;
  rule?: string;
}

export interface Claim extends Span {
  score: number;
  speaker: string | null;
  quantities: Quantity[];
  rule?: string;
}

/** One use of a contested label: where, by whom ("article" for the article's own voice), and how. */
export interface ContestedLabelUse extends Span {
  speaker: string;
  /** Used in a denial: "this is not a peacekeeping operation". */
  negated: boolean;
  /** Inside scare quotes: the user keeps the label at a distance. */
  scareQuoted: boolean;
  rule?: string;
}
export interface ContestedLabel {
  label: string;
  lean?: 'sympathetic' | 'critical' | 'neutral';
  /** Distinct users, in order of first use. */
  users: string[];
  uses: ContestedLabelUse[];
}
/** The labels an article uses for one contested thing (src/lexicon/contested.ts topics, or "contrast" for "X is not a Y"). */
export interface ContestedLabelGroup {
  topic: string;
  labels: ContestedLabel[];
  /** True when the article holds two or more labels, a denied label, or a scare-quoted one. */
  contested: boolean;
}

export interface SourceSummary {
  name: string;
  kind: SpeakerKind;
  entity?: string;
  /** Statements (quotes) attributed to the source. */
  statements: number;
  direct: number;
  indirect: number;
  /** Words inside the source's statements. */
  words: number;
  /** Relays the source spoke through ("told CNN"). */
  via: string[];
}
export interface SourcingProfile {
  sources: SourceSummary[];
  /** Distinct sources by kind. */
  byKind: Record<SpeakerKind, number>;
  statements: number;
  /** Share of the article's words inside attributed statements, in [0,1]. */
  attributedWordShare: number;
  /** Share of the article's sentences with no attributed statement, in [0,1]. */
  ownVoiceSentenceShare: number;
  /** Media outlets cited as sources. */
  outletsCited: string[];
  /** Relays (via): who passed statements on, with how many. */
  relays: Array<{ name: string; kind: SpeakerKind; statements: number }>;
}
