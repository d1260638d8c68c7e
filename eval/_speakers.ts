/**
 * Speaker accuracy on pronoun sources, for eval/polnear.ts (register
 * `speakerAccuracyHook` in its `speakerHooks`), or on its own:
 *   npx tsx eval/_speakers.ts [--split dev|train] [--limit N] [--gold-only] [--no-entities] [--hand] [--verbose]
 *
 * PolNeAR marks no coreference: a pronoun source ("he said") has no gold
 * antecedent. The measurable proxy used here:
 * - scored sources are gold sources that are exactly "he"/"she" (any case);
 * - the gold antecedent of one is the nearest preceding gold source, over all
 *   relations of the article, that is not a pronoun, reads as one person (a
 *   name or a singular person description, as src/attribution/speakers/mention.ts
 *   reads it) and agrees in gender when its gender shows (an
 *   honorific, a gendered role, a known given name); a source of unknown gender
 *   agrees with both. When the nearest person source shows the other gender,
 *   the nearest one of the right gender is taken;
 * - a pronoun with no such source in the same or the previous
 *   PROXY_MAX_PARAGRAPHS paragraphs has no proxy and is left out;
 * - the resolved speaker is right when its surname (last word) equals the
 *   antecedent's after the antecedent's titles and roles are stripped
 *   ("Mr. Obama" -> "Obama"), or it is a first part of it of two words or more
 *   ("Donna Sampson" for "Donna Sampson Rawlings"), or, for descriptions, when
 *   they are equal.
 * The proxy is noisy (a pronoun can refer to someone who never is a source),
 * so it is a floor-and-trend figure, not a coreference score.
 * Two figures: with gold source/cue/content spans (speaker resolution alone),
 * and with predicted attributions whose source span is exactly the gold pronoun.
 */
import { Doc } from '../src/doc/doc.js';
import type { Quote, Span } from '../src/doc/types.js';
import { boilerplateCleaner } from '../src/clean/index.js';
import { segmenter } from '../src/segment/index.js';
import { posTagger } from '../src/pos/index.js';
import { entityRecognizer } from '../src/entities/index.js';
import { readPolnear, type GoldDoc, type GoldRelation } from '../src/attribution/model/corpus.js';
import { findAttributions, type Attribution } from '../src/attribution/index.js';
import { HAND_WEIGHTS, analyzeMention, resolveSpeakers, type ResolveOptions } from '../src/attribution/speakers/index.js';
import { conjoinedPersons } from '../src/attribution/speakers/mention.js';
import { dataPath } from './data.js';
import { readSpeakerGold, speakerGoldFiles, speakerMatches, type SpeakerGold } from './speakers.js';

/** Antecedents further back than this many paragraphs are not trusted as the proxy. */
const PROXY_MAX_PARAGRAPHS = 3;
const SCORED_PRONOUNS = /^(?:he|she)$/i;
const ANY_PRONOUN = /^(?:he|she|him|his|her|it|its|they|them|their|we|us|our|i|me|my|you|your|who|whom|whose|which|that)$/i;

interface ProxyItem { source: Span; pronoun: string; antecedent: string }

const joinSpans = (fr: Span[]): Span => ({ start: fr[0]!.start, end: fr[fr.length - 1]!.end });
const trimText = (s: string) => s.replace(/^[\s,.;:"'“”‘’]+|[\s,.;:"'“”‘’]+$/g, '');

function paragraphIndex(text: string): (pos: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (pos) => { let lo = 0, hi = breaks.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (breaks[mid]! < pos) lo = mid + 1; else hi = mid; } return lo; };
}

/** The pronoun sources of an article with their proxy antecedents (see the header). */
export function pronounProxy(g: GoldDoc): ProxyItem[] {
  const para = paragraphIndex(g.text);
  const sources = g.relations.filter((r) => r.source).map((r) => joinSpans(r.source!)).sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const out: ProxyItem[] = [];
  const persons: Array<{ span: Span; text: string; gender: string }> = [];
  for (const s of sources) {
    const key = `${s.start}-${s.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = trimText(g.text.slice(s.start, s.end));
    if (SCORED_PRONOUNS.test(text)) {
      const gender = text.toLowerCase() === 'he' ? 'male' : 'female';
      const near = persons.filter((p) => para(s.start) - para(p.span.start) <= PROXY_MAX_PARAGRAPHS);
      const agreeing = near.filter((p) => p.gender === 'unknown' || p.gender === gender);
      const ante = agreeing[agreeing.length - 1];
      if (ante) out.push({ source: s, pronoun: text, antecedent: ante.text });
      continue;
    }
    if (ANY_PRONOUN.test(text)) continue;
    // several people ("Mr. Obama and Hillary Clinton") are no antecedent of "he" or "she"
    if (conjoinedPersons(text, 0)) continue;
    const info = analyzeMention(text);
    if ((info.kind === 'person' || info.kind === 'anonymous') && info.number !== 'plural') {
      persons.push({ span: s, text, gender: info.gender });
    }
  }
  return out;
}

/** True when a resolved speaker name is the proxy antecedent (see the header). */
export function sameSpeaker(resolved: string, antecedent: string): boolean {
  const a = analyzeMention(antecedent);
  const norm = (x: string) => x.toLowerCase().replace(/['’]s$/, '').trim();
  const last = (x: string) => norm(x).split(/\s+/).pop() ?? '';
  // a name matches on its surname; a recognizer may cut a name short ("Donna Sampson" for "Donna Sampson Rawlings")
  if (a.form === 'name') return last(resolved) === last(a.name) || (norm(resolved).split(/\s+/).length > 1 && norm(a.name).startsWith(norm(resolved)));
  return norm(resolved) === norm(a.name) || norm(resolved) === norm(antecedent) || last(resolved) === last(a.name);
}

/** A Quote with the gold spans of a relation (speaker still unknown). */
export function quoteFromGold(r: GoldRelation): Quote {
  return {
    kind: 'indirect', content: joinSpans(r.content ?? r.cue), cue: joinSpans(r.cue),
    source: r.source ? joinSpans(r.source) : null, speaker: { name: '', kind: 'unknown' },
  };
}
function quoteFromPrediction(a: Attribution): Quote {
  return {
    kind: a.direct ? 'direct' : 'indirect', content: a.content.length ? joinSpans(a.content) : (a.cue ?? { start: 0, end: 0 }), cue: a.cue, // an uncued quote always has content
    source: a.source, speaker: { name: '', kind: 'unknown' }, rule: a.rule,
  };
}

/**
 * `oracle`, `predicted`: the proxy (right, scored) with gold and predicted spans; `labelled`, `labelledPredicted`:
 * the same on the he/she/him/her/his sources of the hand-labelled speaker gold (eval/gold, dev texts).
 */
export interface SpeakerScore { oracle: [number, number]; predicted: [number, number]; labelled: [number, number]; labelledPredicted: [number, number]; errors: string[] }

const LABELLED_PRONOUNS = /^(?:he|she|him|her|his)$/i;
let labelledByDoc: Map<string, SpeakerGold[]> | null = null;
/** The hand-labelled pronoun sources of a dev text (none for train texts or without eval/gold). */
function labelledPronouns(name: string): SpeakerGold[] {
  if (!labelledByDoc) {
    labelledByDoc = new Map();
    for (const f of speakerGoldFiles()) for (const l of readSpeakerGold(f)) {
      if (LABELLED_PRONOUNS.test(l.source.trim())) labelledByDoc.set(l.doc, [...(labelledByDoc.get(l.doc) ?? []), l]);
    }
  }
  return labelledByDoc.get(name) ?? [];
}

const emptyScore = (): SpeakerScore => ({ oracle: [0, 0], predicted: [0, 0], labelled: [0, 0], labelledPredicted: [0, 0], errors: [] });
/** Adds one article's score; a text annotated several times (PolNeAR repeats some) counts its hand labels once. */
function addScore(total: SpeakerScore, s: SpeakerScore, name: string, labelledSeen: Set<string>): void {
  if (labelledSeen.has(name)) s.labelled = [0, 0], s.labelledPredicted = [0, 0];
  labelledSeen.add(name);
  for (const k of ['oracle', 'predicted', 'labelled', 'labelledPredicted'] as const) { total[k][0] += s[k][0]; total[k][1] += s[k][1]; }
}

/** Scores one article: gold spans and, when given, predicted quotes (else the engine is run). */
export function scoreDoc(doc: Doc, g: GoldDoc, predicted?: Quote[], withPredicted = true, opts: ResolveOptions = {}): SpeakerScore {
  const items = pronounProxy(g);
  const labels = labelledPronouns(g.name);
  const res = emptyScore();
  res.oracle[1] = res.predicted[1] = items.length;
  res.labelled[1] = res.labelledPredicted[1] = labels.length;
  if (!items.length && !labels.length) return res;
  const goldQuotes = g.relations.map(quoteFromGold);
  resolveSpeakers(doc, goldQuotes, opts);
  const bySource = new Map<string, Quote>();
  for (const q of goldQuotes) if (q.source) bySource.set(`${q.source.start}-${q.source.end}`, q);
  for (const it of items) {
    const q = bySource.get(`${it.source.start}-${it.source.end}`);
    if (q && sameSpeaker(q.speaker.name, it.antecedent)) res.oracle[0]++;
    else res.errors.push(`${it.pronoun} -> ${q?.speaker.name ?? '?'} (proxy: ${it.antecedent})  | ${g.text.slice(Math.max(0, it.source.start - 60), it.source.end + 20).replace(/\s+/g, ' ')}`);
  }
  for (const l of labels) { const q = bySource.get(`${l.start}-${l.end}`); if (q && speakerMatches(q.speaker, l)) res.labelled[0]++; }
  if (withPredicted) {
    const preds = predicted ?? findAttributions(doc).map(quoteFromPrediction);
    resolveSpeakers(doc, preds, opts);
    const predBySource = new Map<string, Quote>();
    for (const q of preds) if (q.source) predBySource.set(`${q.source.start}-${q.source.end}`, q);
    for (const it of items) {
      const q = predBySource.get(`${it.source.start}-${it.source.end}`);
      if (q && sameSpeaker(q.speaker.name, it.antecedent)) res.predicted[0]++;
    }
    for (const l of labels) { const q = predBySource.get(`${l.start}-${l.end}`); if (q && speakerMatches(q.speaker, l)) res.labelledPredicted[0]++; }
  }
  return res;
}

function formatScore(total: SpeakerScore, withPredicted: boolean): string {
  const f = ([a, b]: [number, number]) => `${(a / Math.max(1, b)).toFixed(4)} (${a}/${b})`;
  const proxy = `speaker accuracy on pronoun sources (he/she, proxy antecedent, see eval/_speakers.ts): gold spans ${f(total.oracle)}`
    + (withPredicted ? `; predicted spans ${f(total.predicted)}` : '');
  if (!total.labelled[1]) return proxy;
  return `${proxy}\nspeaker accuracy on pronoun sources (he/she/him/her/his, hand-labelled, eval/gold): gold spans ${f(total.labelled)}`
    + (withPredicted ? `; predicted spans ${f(total.labelledPredicted)}` : '');
}

/** For eval/polnear.ts: `speakerHooks.push(speakerAccuracyHook)`. Uses doc.quotes when the pipeline filled them. */
export function speakerAccuracyHook(docs: { doc: Doc; gold: unknown }[]): string | null {
  const total = emptyScore();
  const labelledSeen = new Set<string>();
  for (const { doc, gold } of docs) {
    const g = gold as GoldDoc;
    addScore(total, scoreDoc(doc, g, doc.quotes.length ? doc.quotes.map((q) => ({ ...q })) : undefined), g.name, labelledSeen);
  }
  return formatScore(total, true);
}

export async function run(args: string[]): Promise<void> {
  const arg = (n: string) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
  const split = arg('--split') ?? 'dev';
  const limit = Number(arg('--limit') ?? Infinity);
  const verbose = args.includes('--verbose');
  const withPredicted = !args.includes('--gold-only');
  // --no-entities: the resolver's own proper-name scan instead of the entity recognizer
  const withEntities = !args.includes('--no-entities');
  // --hand: the hand weights of the pronoun ranker instead of the trained ones
  const opts: ResolveOptions = args.includes('--hand') ? { weights: HAND_WEIGHTS } : {};
  const total = emptyScore();
  const labelledSeen = new Set<string>();
  const t0 = performance.now();
  for (const g of readPolnear(dataPath('datasets', 'polnear', split), limit)) {
    const doc = new Doc(g.text);
    boilerplateCleaner.run(doc); segmenter.run(doc); posTagger.run(doc);
    if (withEntities) entityRecognizer.run(doc);
    const s = scoreDoc(doc, g, undefined, withPredicted, opts);
    if (verbose) for (const e of s.errors) console.log(`  ${g.name.slice(0, 30)}: ${e}`);
    addScore(total, s, g.name, labelledSeen);
  }
  console.log(`PolNeAR ${split}${withEntities ? '' : ' (no entities)'}${opts.weights ? ' (hand weights)' : ''}: ${formatScore(total, withPredicted)}  [${(performance.now() - t0).toFixed(0)} ms]`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run(process.argv.slice(2));
