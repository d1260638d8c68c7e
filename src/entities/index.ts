import type { Doc } from '../doc/doc.js';
import type { Entity } from '../doc/types.js';
import type { Component } from '../pipeline/component.js';
import { buildEntities } from './cluster.js';
import { findMentions } from './mentions.js';

export { loadNerTagger, NER_MODEL_FILE } from './recognizer.js';
export { NerTagger, NerDocMemory, labelSpans, NER_LABELS } from './ner.js';

/**
 * Named entities: the NER model (trained by whosaid on CoNLL-2003) finds the
 * mentions in the article text; document-level rules make them consistent,
 * cluster aliases under one canonical name, join stated acronyms and keep
 * people's roles (see mentions.ts, cluster.ts, roles.ts).
 */
export const entityRecognizer: Component = {
  name: 'entities',
  requires: ['sentences', 'tokens', 'boilerplate', 'pos'],
  assigns: ['entities'],
  // lexicons and models built on English news (see src/language)
  languages: ['en'],
  run(doc) { doc.entities = buildEntities(doc, findMentions(doc)); },
};

/**
 * The entity with a mention at a span (UTF-16 offsets): first one whose
 * mention covers the span, else the one with the longest mention inside the
 * span ("Russian President Vladimir Putin" -> Vladimir Putin). Null if none.
 */
export function entityAt(doc: Doc, start: number, end: number): Entity | null {
  let inside: Entity | null = null;
  let insideLen = 0;
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      if (m.start <= start && end <= m.end) return e;
      if (start <= m.start && m.end <= end && m.end - m.start > insideLen) { inside = e; insideLen = m.end - m.start; }
    }
  }
  return inside;
}
