/**
 * Interviews: who answers when the writer asks. A quotation right after the
 * writer's own question is the answer of the one interviewed (writerAsked,
 * lastOtherSpeaker, used while quotes are read); a published Q&A's labels
 * ("Q:", "A:") are the writer's and the interviewee's (interviewLabels, once
 * the article is read).
 */
import type { Doc } from '../../doc/doc.js';
import type { Quote, Speaker } from '../../doc/types.js';
import { firstAtLeast } from '../../doc/span-index.js';
import { QA_LABEL_RE } from '../finders/labels.js';
import type { MentionInfo } from './mention.js';
import { Discourse, titlePerson, toSpeaker, type Referent } from './discourse.js';

/** Whether the writer's statement is a question put to someone: "I ask ...", "you" in it, or a question mark. */
export function writerAsked(doc: Doc, q: Quote): boolean {
  const cue = q.cue ? doc.matchText.slice(q.cue.start, q.cue.end).toLowerCase() : '';
  const content = doc.matchText.slice(q.content.start, Math.min(doc.matchText.length, q.content.end + 2));
  return /^(?:ask|asked|asks|wonder|wondered|put it to)\b/.test(cue) || /\byou(?:r|'ve|’ve|'re|’re)?\b/i.test(content) || content.includes('?');
}
/** The last quote anchored before `before` (quotes sorted by anchor) that `ok` accepts. */
export function lastOtherSpeaker(byAnchor: Quote[], before: number, ok: (q: Quote) => boolean, anchorOf: (q: Quote) => number): Quote | undefined {
  let k = byAnchor.length - 1;
  while (k >= 0 && anchorOf(byAnchor[k]!) >= before) k--;
  for (; k >= 0; k--) if (ok(byAnchor[k]!)) return byAnchor[k];
  return undefined;
}

/**
 * A published interview as questions and answers ("Q: ... ¶ A: ..."): the questions are the writer's (the
 * byline, else "the interviewer"), the answers the interviewee's: the person the title names, else the one the
 * introduction names most, else "the interviewee".
 */
export function interviewLabels(doc: Doc, dis: Discourse, quotes: Quote[], infos: Map<Quote, MentionInfo>, referentOf: Map<Quote, Referent>): void {
  const labelled = quotes.filter((q) => q.source && QA_LABEL_RE.test(doc.text.slice(q.source.start, q.source.end)) && doc.text[q.source.end] === ':'
    && (q.source.start === 0 || doc.text[q.source.start - 1] === '\n'));
  const answers = labelled.filter((q) => doc.text[q.source!.start] === 'A');
  if (!answers.length || answers.length === labelled.length) return;
  const firstAnswer = Math.min(...answers.map((q) => q.source!.start));
  // (the labels themselves, read as names before this, are no one: "Q" is no interviewee)
  const people = dis.referents.filter((r) => r.kind === 'person' && r.number !== 'plural' && r.mentions.length > 0 && !QA_LABEL_RE.test(r.name));
  let interviewee = titlePerson(doc, people);
  if (!interviewee) {
    let most = 0;
    for (const r of people) {
      const n = r.mentions.filter((m) => m.start < firstAnswer).length;
      if (n > most) { most = n; interviewee = r; }
    }
  }
  const answerer: Speaker = interviewee ? toSpeaker(interviewee) : { name: 'the interviewee', kind: 'anonymous' };
  const asker: Speaker = doc.meta.authors.length ? { name: doc.meta.authors[0]!, kind: 'person' } : { name: 'the interviewer', kind: 'anonymous' };
  for (const q of labelled) {
    const answer = doc.text[q.source!.start] === 'A';
    q.speaker = { ...(answer ? answerer : asker) };
    if (answer && interviewee) referentOf.set(q, interviewee); else referentOf.delete(q);
  }
  // an "I" in an answer, outside any quotation in it, is the interviewee ("A: I think ...")
  const starts = labelled.map((q) => q.source!.start).sort((a, b) => a - b);
  const isLabel = new Set(labelled);
  for (const q of quotes) {
    if (!q.source || isLabel.has(q) || infos.get(q)?.pronoun?.person !== 1 || infos.get(q)?.number !== 'singular') continue;
    const k = firstAtLeast(starts, q.source.start + 1) - 1;
    if (k < 0 || doc.text[starts[k]!] !== 'A' || dis.inQuotation(q.source)) continue;
    q.speaker = { ...answerer };
    if (interviewee) referentOf.set(q, interviewee);
  }
}

/** Fewest quotations, and least share of the people quoted, that make someone the one interviewed. */
const INTERVIEWEE_MIN_QUOTES = 3;
const INTERVIEWEE_MIN_SHARE = 0.5;
/** A first-person word: a quotation holding one speaks for a person, not a record or a body. */
const FIRST_PERSON_RE = /(?:^|[^\p{L}])(?:I|I['’](?:m|ve|d|ll)|me|my)(?![\p{L}])/u;
/**
 * An interview written as a feature (the writer asks: "I ask if ...", "But you have written a book, I say"):
 * a quotation standing alone that nothing else gave a speaker, or the writer, or that a record or a body took though
 * it speaks in the first person, is the answer of the one interviewed: the person most quoted, with at least half of the
 * people's quotations.
 */
export function interviewAnswers(doc: Doc, quotes: Quote[], writerQuotes: ReadonlySet<Quote>): void {
  if (![...writerQuotes].some((q) => writerAsked(doc, q))) return;
  const counts = new Map<string, number>();
  let people = 0;
  for (const q of quotes) {
    if (writerQuotes.has(q) || q.speaker.kind !== 'person') continue;
    counts.set(q.speaker.name, (counts.get(q.speaker.name) ?? 0) + 1);
    people++;
  }
  const writers = new Set([...writerQuotes].map((q) => q.speaker.name));
  let top = '', most = 0;
  for (const [name, n] of counts) if (n > most) { top = name; most = n; }
  if (most < INTERVIEWEE_MIN_QUOTES || most < people * INTERVIEWEE_MIN_SHARE) return;
  for (const q of quotes) {
    if (q.cue || q.source || q.kind !== 'direct') continue;
    // (nor is the writer quoted in their own interview: their questions are told, "I ask", "I say")
    const unknown = q.speaker.kind === 'unknown' || !q.speaker.name || writers.has(q.speaker.name);
    const notAPerson = (q.speaker.kind === 'document' || q.speaker.kind === 'organization') && FIRST_PERSON_RE.test(doc.text.slice(q.content.start, q.content.end));
    if (unknown || notAPerson) q.speaker = { name: top, kind: 'person' };
  }
}

