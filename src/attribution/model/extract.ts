import type { Doc } from '../../doc/doc.js';
import type { Span } from '../../doc/types.js';
import { tokenView, type TokenView } from './features.js';
import { loadModel, tagCues, tagRoles, type AttributionModel, type TokRange } from './tagger.js';
import { loadContentRanker, rankContent } from './content.js';
import type { HashedPerceptron } from './hashed.js';
import { loadSourceRanker, rankSource } from './source.js';
import { loadCueEndRanker, rankCueEnd } from './cue-end.js';

/** An attribution relation as character spans (content may be discontinuous). */
export interface Attribution {
  /** Null for a quotation with no cue in the text (a long uncued direct quote). */
  cue: Span | null;
  source: Span | null;
  content: Span[];
  /** Which finder or model produced it. */
  rule: string;
  /** Set by the direct-quote finders. */
  direct?: boolean;
  /** A statement inside another one's content ("X said C, state media reported"): the relation that reports it (see findAttributions' `embedded`). */
  reportedIn?: Attribution;
}

/** A sentence with no reporting word (hand list + PolNeAR-learned stems), quotation mark or colon is not tagged: on PolNeAR dev this halves the time and loses nothing (F1 +0.002). */
function mayHoldCue(v: TokenView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (v.cueTrigger[i]) return true;
  return false;
}

const toSpan = (v: TokenView, r: TokRange): Span => ({ start: v.start[r.start]!, end: v.end[r.end - 1]! });

/** Attributions found by the learned tagger in the article's (non-boilerplate) sentences. */
export function modelAttributions(doc: Doc, model: AttributionModel | null = loadModel(), v: TokenView = tokenView(doc), contentRanker: HashedPerceptron | null = loadContentRanker(),
  sourceRanker: HashedPerceptron | null = loadSourceRanker(),
  cueEndRanker: HashedPerceptron | null = loadCueEndRanker()): Attribution[] {
  if (!model) return [];
  const out: Attribution[] = [];
  for (const s of doc.sentences) {
    if (s.tokenEnd <= s.tokenStart || doc.inBoilerplate(s)) continue;
    if (!mayHoldCue(v, s.tokenStart, s.tokenEnd)) continue;
    for (const tagged of tagCues(model.cue, v, s.tokenStart, s.tokenEnd)) {
      // the cue's end re-chosen by the cue-end ranker (src/attribution/model/cue-end.ts)
      const cue = cueEndRanker ? rankCueEnd(cueEndRanker, v, tagged) : tagged;
      const t = tagRoles(model.role, v, cue);
      // the content's boundaries re-chosen by the content ranker (src/attribution/model/content.ts), around the tagger's source as it was trained
      const ranked = contentRanker ? rankContent(contentRanker, v, cue, t.source, t.content) : null;
      // the source's boundaries re-chosen by the source ranker (src/attribution/model/source.ts)
      if (sourceRanker && t.source) t.source = rankSource(sourceRanker, v, cue, t.source);
      const content = (ranked ?? t.content).map((r) => toSpan(v, r)).filter((c) => !doc.inBoilerplate(c));
      out.push({ cue: toSpan(v, cue), source: t.source ? toSpan(v, t.source) : null, content, rule: 'model:perceptron' });
    }
  }
  return out;
}
