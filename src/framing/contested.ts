import type { Doc } from '../doc/doc.js';
import type { ContestedLabel, ContestedLabelGroup, ContestedLabelUse, Span } from '../doc/types.js';
import { SpanOwners } from '../doc/span-index.js';
import { CONTESTED_TOPICS, WEAK_LABELS, type ContestedLabelEntry } from '../lexicon/contested.js';
import { ARTICLE_VOICE, analysisSpans, formKeys, inScareQuotes, matchesIn, phraseRegex, speakerAt, spanWordKeys } from './match.js';

/** How far back (UTF-16 units) a negation may sit before the label: "is not a genuine peacekeeping operation". */
const NEGATION_WINDOW = 40;
/** A negation ending right before the label, allowing articles and up to one modifier word. */
const NEGATION_BEFORE = /(?:\bnot|n't|\bnever|\bno)(?:\s+(?:a|an|the|any|some|real|true|genuine|simply|just|really|actually|merely))*(?:\s+[A-Za-z-]+)?\s+$/i;
/** "X is not a Y": the denied label Y (one to three words up to punctuation or a conjunction). */
const CONTRAST_RE = /\b(?:is|are|was|were)\s+not\s+(?:an?\s+|the\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)(?=\s*[,.;:!?"]|\s+(?:but|and|or|by|of|in|for)\b|\s*$)/g;

/** "an invasion, not a rescue": the label denied after a comma (one or two words, then punctuation). */
const NOT_AFTER_COMMA_RE = /,\s+not\s+(?:an?\s+|the\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)(?=\s*[,.;:!?"])/g;
const CONTRASTS = [[CONTRAST_RE, 'contrast:is-not-a'], [NOT_AFTER_COMMA_RE, 'contrast:comma-not']] as const;

interface LabelMatcher { topic: string; entry: ContestedLabelEntry; re: RegExp; keys: readonly number[] | null }

const MATCHERS: LabelMatcher[] = CONTESTED_TOPICS.flatMap((t) => t.labels.map((entry) => ({ topic: t.topic, entry, re: phraseRegex(entry.forms), keys: formKeys(entry.forms) })));
/** Matchers always tried (no key), and the matchers of each key: index lists into MATCHERS, ascending. */
const UNKEYED: readonly number[] = MATCHERS.flatMap((m, i) => (m.keys === null ? [i] : []));
const MATCHERS_BY_KEY = new Map<number, number[]>();
MATCHERS.forEach((m, i) => { for (const k of m.keys ?? []) { let l = MATCHERS_BY_KEY.get(k); if (!l) MATCHERS_BY_KEY.set(k, (l = [])); l.push(i); } });
/** The matchers that can match in a span with these word keys, in MATCHERS order. */
function candidateMatchers(present: ReadonlySet<number>): LabelMatcher[] {
  const picked = new Set<number>(UNKEYED);
  for (const k of present) { const l = MATCHERS_BY_KEY.get(k); if (l) for (const i of l) picked.add(i); }
  return [...picked].sort((a, b) => a - b).map((i) => MATCHERS[i]!);
}
/** Lexicon forms (lower case), to tell a contrast label that the lexicon already covers. */
const LEXICON_FORMS: readonly string[] = CONTESTED_TOPICS.flatMap((t) => t.labels.flatMap((l) => l.forms));

function isNegated(doc: Doc, span: Span, sentence: Span): boolean {
  const from = Math.max(sentence.start, span.start - NEGATION_WINDOW);
  return NEGATION_BEFORE.test(doc.matchText.slice(from, span.start));
}

function use(doc: Doc, span: Span, sentence: Span, rule: string, negated?: boolean): ContestedLabelUse {
  return {
    start: span.start, end: span.end, speaker: speakerAt(doc, span) ?? ARTICLE_VOICE,
    negated: negated ?? isNegated(doc, span, sentence), scareQuoted: inScareQuotes(doc, span), rule,
  };
}

/**
 * Contested labels: every use of a label from the contested-label lexicon,
 * grouped by topic, with who uses it (speaker or "article"), whether it is
 * denied ("not a peacekeeping operation") or scare-quoted; plus denied labels
 * outside the lexicon from "X is not a Y" sentences (topic "contrast").
 * A topic is reported when it holds a label that is not weak on its own, or
 * when its labels are actually contested.
 */
export function findContestedLabels(doc: Doc): ContestedLabelGroup[] {
  const groups = new Map<string, Map<string, ContestedLabel>>();
  const addUse = (topic: string, label: string, lean: ContestedLabel['lean'], u: ContestedLabelUse) => {
    let g = groups.get(topic);
    if (!g) groups.set(topic, (g = new Map()));
    let l = g.get(label);
    if (!l) g.set(label, (l = { label, ...(lean ? { lean } : {}), users: [], uses: [] }));
    l.uses.push(u);
    if (!l.users.includes(u.speaker)) l.users.push(u.speaker);
  };
  for (const sentence of analysisSpans(doc)) {
    // the longest form wins where forms of two topics overlap: "rebel regions" is a region label, not also an armed-group one
    const present = spanWordKeys(doc, sentence);
    const hits = candidateMatchers(present)
      .flatMap((m) => matchesIn(doc, sentence, m.re).map((hit) => ({ m, hit })))
      .sort((a, b) => (b.hit.end - b.hit.start) - (a.hit.end - a.hit.start) || a.hit.start - b.hit.start);
    const kept = new SpanOwners<true>();
    for (const { m, hit } of hits) {
      if (kept.some(hit, () => true)) continue;
      kept.add(hit, true);
      addUse(m.topic, m.entry.label, m.entry.lean, use(doc, hit, sentence, 'contested-lexicon'));
    }
    const text = doc.matchText.slice(sentence.start, sentence.end);
    // both contrast patterns hold a lower-case "not" (most sentences have none)
    if (!text.includes('not')) continue;
    for (const [re, rule] of CONTRASTS) {
      re.lastIndex = 0;
      for (let c = re.exec(text); c; c = re.exec(text)) {
        const phrase = c[1]!.toLowerCase();
        if (LEXICON_FORMS.some((f) => phrase.includes(f))) continue; // the lexicon match already has it, negated
        const start = sentence.start + c.index + c[0].lastIndexOf(c[1]!);
        addUse('contrast', phrase, undefined, use(doc, { start, end: start + c[1]!.length }, sentence, rule, true));
      }
    }
  }
  const out: ContestedLabelGroup[] = [];
  for (const [topic, labels] of groups) {
    const list = [...labels.values()].sort((a, b) => a.uses[0]!.start - b.uses[0]!.start);
    for (const l of list) l.uses.sort((a, b) => a.start - b.start);
    const contested = list.length >= 2 || list.some((l) => l.uses.some((u) => u.negated || u.scareQuoted));
    if (!contested && list.every((l) => WEAK_LABELS.has(l.label))) continue;
    out.push({ topic, labels: list, contested });
  }
  return out.sort((a, b) => a.labels[0]!.uses[0]!.start - b.labels[0]!.uses[0]!.start);
}
