import type { Doc } from '../../doc/doc.js';
import type { Span } from '../../doc/types.js';
import type { Attribution } from '../model/extract.js';
import { tidy } from './frames.js';
import { TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { isGivenName } from '../../lexicon/given-names.js';
import { entityAt } from '../../entities/index.js';

/**
 * Speaker labels: a name and a colon in front of what the named one said.
 *  - interview transcripts, one turn per paragraph: `TAPPER: Do you think …`,
 *    `Q: …` / `A: …`, `Chris Morgan: …` (the paragraphs after a turn that
 *    carry no label of their own, up to the next labelled one, belong to it);
 *  - headline forms on the article's first line: `Senator Smith: Tax Plan Is
 *    ‘Dead on Arrival’`, `Poll: …`, `Smith to Voters: …` (the source stops at
 *    "to"/"on").
 * PolNeAR annotates these with the colon as cue, the label as source and the
 * rest of the paragraph (or headline) as content (train/: 196 colon cues in
 * 105 of 840 documents). Rules: "label:transcript", "label:headline".
 */

/** Words of a label that are not speakers: section heads, kickers and notes ("The Latest: …", "UPDATE: …", "Editor's note: …"). */
const NOT_SPEAKER = new Set([
  'the latest', 'update', 'updated', 'note', "editor's note", 'editors note', 'correction', 'clarification', 'byline', 'breaking', 'breaking news',
  'exclusive', 'watch', 'video', 'photo', 'photos', 'related', 'read more', 'read', 'see also', 'also read', 'live', 'analysis', 'opinion', 'wow', 'look',
  'revealed', 'boom', 'busted', 'bombshell', 'just leaked', 'just in', 'paid notice', 'name', 'age', 'city', 'job', 'occupation', 'hometown',
  'source', 'sources', 'credit', 'caption', 'transcript', 'partial transcript', 'full transcript', 'crosstalk', 'applause', 'laughter', 'end video clip',
  'begin video clip', 'video clip', 'fix is in', 'delegate update', 'still to come', 'pledged', 'superdelegates', 'total', 'the total', 'fact check', 'the bottom line',
  'bottom line', 'the pinocchio test', 'why it matters', 'what we know', 'what to watch', 'key quote', 'quote', 'quotable', 'tl;dr',
  // a review's or a listing's fact box ("Version tested: PC", "Ticket details: ...")
  'version tested', 'tested on', 'reviewed on', 'platform', 'platforms', 'developer', 'publisher', 'price', 'rating', 'verdict', 'pros',
  'cons', 'specs', 'details', 'ticket details', 'tickets', 'venue', 'where', 'when', 'date', 'time', 'release date', 'available',
  'availability', 'cost', 'contact', 'website', 'info', 'information', 'correction added', 'disclosure', 'disclaimer',
]);
/** A label word: capitalised (or all capitals), initials, abbreviations with a period, hyphenated names. */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'.-]*|\p{Lu}\.)`;
/** 1-4 name words: "TAPPER", "JAKE TAPPER", "Sen. Jane Roe", "Q". */
const TURN_LABEL = new RegExp(String.raw`^(\s*["']?\s*)(${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,3})[ \t]*(:)[ \t]+(?=\S)`, 'du');
/** Headline: name words (a few lower-case joiners allowed), an optional "to X"/"on X" addressee, the colon. */
const HEADLINE = new RegExp(
  String.raw`^(?:\p{Lu}+[ \t]+[-–—][ \t]+)?(${NAME_WORD}(?:[ \t]+(?:${NAME_WORD}|of|at|for|de|van|von|\d+)){0,5}?)((?:[ \t]+(?:to|To|on|On)[ \t]+[^:\n]{1,60}?)?)[ \t]*(:)[ \t]+(?=\S)`,
  'du',
);
/** Content words a turn or headline needs (`Smith: 1,769` is a table row, not speech). */
const MIN_CONTENT_WORDS = 3;
/** A turn ends like a sentence or a cut-off ("…", "—"); a subhead ("Smith: A closing surge") does not. */
const TURN_END = /[.!?"'\u2019\u201d)\]-]$/;
/** A continuation paragraph starts like speech, not like a stage note ("(CROSSTALK)", "(BEGIN VIDEO CLIP)"). */
const CONTINUES = /^["'\u201c\u2018]?\p{L}/u;
/** Share of capitalised words above which a "Label: …" line is a list of names ("Iowa: Ann Lee, Bo Park, …"). */
const NAME_LIST_SHARE = 0.6;
function nameList(s: string): boolean {
  const ws = s.match(/\p{L}[\p{L}'\u2019-]*/gu) ?? [];
  return ws.length >= 4 && ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length > NAME_LIST_SHARE;
}
/** An interview's question and answer labels ("Q:", "A:"). */
export const QA_LABEL_RE = /^[QA]$/;
/** A transcript has at least this many labelled paragraphs (a lone "Name: …" line is more often a heading). */
const MIN_TURNS = 2;
/** Longest headline source (words). */
const MAX_HEADLINE_SOURCE_WORDS = 6;
/** First words that make a headline prefix a phrase, not a speaker ("The One Thing Both Sides Want: …"). */
const HEADLINE_NOT_FIRST = new Set(['the', 'a', 'an', 'this', 'why', 'how', 'what', 'when', 'where', 'who', 'is', 'are', 'here', 'there', 'on', 'in', 'at', 'for', 'after', 'before', 'beyond', 'inside']);

/** Capitalised function words that make a headline prefix a phrase of its own ("Big Win For Smith: …", "Smith Steps In: …"). */
const HEADLINE_PHRASE_WORDS = new Set(['In', 'For', 'With', 'And', 'Is', 'Are', 'Was', 'Be', 'Has', 'Have', 'Will', 'Can', 'Just', 'Not', 'Daily', 'Email', 'Out', 'Up', 'Down', 'Back']);

const letterWords = (s: string) => (s.match(/\p{L}[\p{L}'’-]*/gu) ?? []).length;
/** Whether a label before a colon is a section head, kicker or note, not a speaker. */
/** A letter's salutation ("DEAR ABBY:", "Dear Readers:"): the one written to, not a speaker. */
const SALUTATION = /^dear\s/i;
export const isNotSpeaker = (label: string) => SALUTATION.test(label.trim()) || NOT_SPEAKER.has(label.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim());

const labelText = (doc: Doc, t: Turn) => doc.matchText.slice(t.label.start, t.label.end).toLowerCase();
/** A label that names someone: in capitals ("TAPPER"), one letter ("Q"), a title or given name first ("Sen. Roe", "Jake Tapper"), or a person or organization the recognizer found. */
function speakerLike(doc: Doc, label: Span): boolean {
  const text = doc.matchText.slice(label.start, label.end);
  if (!/\p{Ll}/u.test(text)) return true;
  const first = text.split(/\s+/)[0]!.replace(/\.$/, '').toLowerCase();
  if (TITLE_ABBREVIATIONS.has(first) || isGivenName(first)) return true;
  const e = entityAt(doc, label.start, label.end);
  return e !== null && (e.type === 'person' || e.type === 'organization');
}

interface Turn { para: Span; labelFrom: number; label: Span; colon: Span; contentStart: number; singleLetter: boolean }

function turnIn(doc: Doc, para: Span): Turn | null {
  const line = doc.matchText.slice(para.start, para.end);
  const m = TURN_LABEL.exec(line);
  if (!m) return null;
  const label = m[2]!;
  if (isNotSpeaker(label)) return null;
  const contentStart = para.start + m[0].length;
  const said = doc.matchText.slice(contentStart, para.end).trim();
  // (a "Q:" or "A:" is a turn whatever it holds: a fan's short answer, "A: Bob Marley, Bruno Mars and Drake")
  const qa = QA_LABEL_RE.test(label);
  if (!qa && (letterWords(said) < MIN_CONTENT_WORDS || !TURN_END.test(said) || nameList(said))) return null;
  if (qa && letterWords(said) < 1) return null;
  const li = m.indices![2]!, ci = m.indices![3]!;
  return {
    para, labelFrom: para.start + m.indices![1]![0], label: { start: para.start + li[0], end: para.start + li[1] },
    colon: { start: para.start + ci[0], end: para.start + ci[1] }, contentStart, singleLetter: label.length === 1,
  };
}

/** Transcript turns: labelled paragraphs, when the article has at least MIN_TURNS of them. */
function transcriptTurns(doc: Doc, first: number): Attribution[] {
  const paras = doc.paragraphs;
  const turns: (Turn | null)[] = paras.map((p, i) => (i < first || doc.inBoilerplate(p) ? null : turnIn(doc, p)));
  const found = turns.filter((t): t is Turn => t !== null);
  // "Q:"/"A:" only as a pair; other labels: a transcript needs several turns
  const letters = new Set(found.filter((t) => t.singleLetter).map((t) => doc.matchText.slice(t.label.start, t.label.end)));
  // a list of specifications or a forecast ("Weight: 340 grams", "Friday: Showers likely") labels each line once
  // with a common word: a transcript's labels are speakers, or come back
  const counts = new Map<string, number>();
  for (const t of found) { const k = labelText(doc, t); counts.set(k, (counts.get(k) ?? 0) + 1); }
  const speaks = new Map<Turn, boolean>(found.map((t) => [t, (counts.get(labelText(doc, t))! > 1 || speakerLike(doc, t.label))]));
  const ok = (t: Turn) => speaks.get(t)! && (t.singleLetter ? letters.has('Q') && letters.has('A') : true);
  const kept = found.filter(ok);
  if (kept.length < MIN_TURNS || !dialogue(doc, kept)) return [];
  const out: Attribution[] = [];
  for (let i = 0; i < paras.length; i++) {
    const t = turns[i];
    if (!t || !ok(t)) continue;
    // unlabelled paragraphs up to the next labelled one continue this turn (not after the last turn: the story goes on there)
    let end = i;
    let j = i + 1;
    while (j < paras.length && !turns[j] && !doc.inBoilerplate(paras[j]!) && CONTINUES.test(doc.matchText.slice(paras[j]!.start, paras[j]!.end).trim())) j++;
    if (j < paras.length && turns[j] && ok(turns[j]!) && j - i <= 3) end = j - 1;
    const content = tidy(doc.text, { start: t.contentStart, end: paras[end]!.end }, true);
    // a quoted transcript keeps its paragraph-final closing mark out of the turn
    const c = trimQuoteEdge(doc, content);
    out.push({ cue: t.colon, source: t.label, content: [c], rule: 'label:transcript' });
  }
  return out;
}

/**
 * Whether labelled paragraphs read as people talking, not as a list ("Ryan S. Hollman: Dealing in methamphetamine, ...
 * held in lieu of $326,000 bond." in a police blotter; "Thunder: Host the Lakers on Friday." in a game's notes): someone
 * speaks in the first or second person, or asks, somewhere in the turns; and a long run of labels each used once is a
 * list (a conversation comes back to its speakers).
 */
function dialogue(doc: Doc, turns: readonly Turn[]): boolean {
  if (turns.some((t) => t.singleLetter)) return true;
  const labels = new Set(turns.map((t) => labelText(doc, t)));
  if (turns.length >= LIST_MIN_TURNS && labels.size === turns.length) return false;
  return turns.some((t) => SPOKEN.test(doc.matchText.slice(t.contentStart, t.para.end)));
}
/** Words of someone talking: a question, "I", "we", "you" and theirs. */
const SPOKEN = /\?|\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b/;
/** This many turns, each with a label of its own, are a list, not a conversation. */
const LIST_MIN_TURNS = 4;

function trimQuoteEdge(doc: Doc, s: Span): Span {
  let { start, end } = s;
  if (doc.matchText[end - 1] === '"' && (doc.matchText.slice(start, end).match(/"/g) ?? []).length % 2 === 1) end--;
  return tidy(doc.text, { start, end }, true);
}

/** The article's first line as "Speaker: claim". */
function headline(doc: Doc): Attribution | null {
  const para = doc.paragraphs[0];
  if (!para || doc.inBoilerplate(para)) return null;
  const line = doc.matchText.slice(para.start, para.end);
  const m = HEADLINE.exec(line);
  if (!m) return null;
  const src = m[1]!;
  const words = src.split(/\s+/);
  if (src.length < 2 || words.length > MAX_HEADLINE_SOURCE_WORDS || HEADLINE_NOT_FIRST.has(words[0]!.toLowerCase())) return null;
  if (isNotSpeaker(src) || isNotSpeaker(words[0]!) || words.some((w) => HEADLINE_PHRASE_WORDS.has(w))) return null;
  const contentStart = para.start + m[0].length;
  if (letterWords(doc.matchText.slice(contentStart, para.end)) < MIN_CONTENT_WORDS) return null;
  // a verb in the prefix makes it a headline of its own ("Smith Endorses Jones: …")
  const si = m.indices![1]!;
  const source = { start: para.start + si[0], end: para.start + si[1] };
  for (const t of doc.tokens) {
    if (t.start >= source.end) break;
    if (t.start >= source.start && t.pos && /^VB[DZP]?$/.test(t.pos) && !/^\p{Lu}+$/u.test(doc.matchText.slice(t.start, t.end))) return null;
  }
  const ci = m.indices![3]!;
  return { cue: { start: para.start + ci[0], end: para.start + ci[1] }, source, content: [tidy(doc.text, { start: contentStart, end: para.end }, true)], rule: 'label:headline' };
}

export function findLabelAttributions(doc: Doc): Attribution[] {
  const out: Attribution[] = [];
  const h = headline(doc);
  if (h) out.push(h);
  out.push(...transcriptTurns(doc, h ? 1 : 0));
  return out;
}
