import type { Doc } from '../doc/doc.js';
import type { Span, TimeMention, TimelineEntry } from '../doc/types.js';
import { AUXILIARIES, COMMON_VERBS, NOT_VERBS_ED, SUBORDINATORS } from '../lexicon/time-events.js';
import type { Component } from '../pipeline/component.js';

/** A calendar value (not PRESENT_REF, not a duration, not XXXX). */
const CALENDAR_VALUE = /^\d/;

/** Sort key: the first day a TIMEX3 value covers, as YYYY-MM-DD (plus the time part, so tonight sorts after today). */
const y4 = (s: string) => s.padEnd(4, '0');

export function timelineSortKey(value: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value))) return `${m[1]}-${m[2]}-${m[3]}~${m[4] ?? ''}`; // '~' sorts a day after the week starting on it
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${m[1]}-${m[2]}-00`;
  if ((m = /^(\d{4})-Q(\d)$/.exec(value))) return `${m[1]}-${String((+m[2]! - 1) * 3 + 1).padStart(2, '0')}-00q`;
  if ((m = /^(\d{4})-H(\d)$/.exec(value))) return `${m[1]}-${+m[2]! === 1 ? '01' : '07'}-00h`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${m[1]}-${{ SP: '03', SU: '06', FA: '09', WI: '12' }[m[2] as 'SP']}-00s`;
  if ((m = /^(\d{4})-W(\d{2})/.exec(value))) {
    const jan4 = Date.UTC(+m[1]!, 0, 4);
    const wd = new Date(jan4).getUTCDay() || 7;
    const monday = new Date(jan4 + ((+m[2]! - 1) * 7 - (wd - 1)) * 86400000);
    return `${monday.toISOString().slice(0, 10)}w`;
  }
  if ((m = /^(\d{1,4})/.exec(value))) return `${y4(m[1]!)}-00-00`;
  return value;
}

const FRONTED_PREPOSITIONS = /^(?:on|in|at|after|before|during|since|by|from|over|until|following|throughout|early|late|last|this|next)$/i;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who']);

interface Word extends Span { text: string; lower: string }

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function wordsIn(text: string, span: Span): Word[] {
  const out: Word[] = [];
  const re = WORD_RE;
  re.lastIndex = 0;
  const slice = text.slice(span.start, span.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    // trailing periods out (as /[.]+$/; most words have none: no regex run for them)
    let t = m[0];
    if (t.charCodeAt(t.length - 1) === 46) {
      let e = t.length - 1;
      while (e > 0 && t.charCodeAt(e - 1) === 46) e--;
      t = t.slice(0, e);
    }
    out.push({ start: span.start + m.index, end: span.start + m.index + t.length, text: t, lower: t.toLowerCase() });
  }
  return out;
}

function isVerb(w: Word, prev: Word | undefined): boolean {
  if (AUXILIARIES.has(w.lower) || COMMON_VERBS.has(w.lower)) return true;
  if (/^[a-z]+ed$/.test(w.text) && !NOT_VERBS_ED.has(w.lower) && w.text.length > 4) {
    // "the troubled region": after a determiner an -ed word is an adjective
    return !prev || !/^(?:the|a|an|its|their|his|her|this|that|these|those)$/i.test(prev.text);
  }
  return false;
}

/**
 * The event of a sentence as far as simple rules allow: in the clause that
 * holds the date (else the next clause), the first verb (with a following
 * participle or particle) and the words before it as the subject.
 */
export function findEvent(text: string, sentence: Span, time: Span): TimelineEntry['event'] | undefined {
  // clauses: split at commas and semicolons outside the time mention
  const clauses: Span[] = [];
  let from = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text[i];
    if ((c === ',' || c === ';') && !(i >= time.start && i < time.end)) { clauses.push({ start: from, end: i }); from = i + 1; }
  }
  clauses.push({ start: from, end: sentence.end });
  const home = clauses.findIndex((c) => time.start >= c.start && time.start < c.end);
  const order = home < 0 ? clauses : [...clauses.slice(home), ...clauses.slice(0, home)];
  for (const clause of order) {
    const words = wordsIn(text, clause).filter((w) => w.end <= time.start || w.start >= time.end);
    let subjStart = 0;
    if (words[0] && SUBORDINATORS.has(words[0].lower)) subjStart = 1;
    // "On September 27 they published", "Following Monday's debate Politifact did": a fronted phrase
    // holding the date is not the subject; it starts after the date (and the date's possessed noun)
    if (words[0] && FRONTED_PREPOSITIONS.test(words[0].text) && time.start >= clause.start && time.end <= clause.end) {
      let k = words.findIndex((w) => w.start >= time.end);
      if (k > 0) {
        if (/^['’]s\b/.test(text.slice(time.end, time.end + 2))) { while (k < words.length && /^[a-z]/.test(words[k]!.text) && !PRONOUNS.has(words[k]!.lower) && !DETERMINERS.has(words[k]!.lower)) k++; }
        subjStart = k;
      }
    }
    for (let i = subjStart; i < words.length; i++) {
      const w = words[i]!;
      if (!isVerb(w, words[i - 1])) continue;
      if (i === subjStart) break; // no subject before the verb: not a main clause we can read
      let last = i;
      // "was driven", "has been fighting", "broke away"
      while (last + 1 < words.length && (AUXILIARIES.has(words[last]!.lower) || /^(?:not|never|also|already)$/i.test(words[last + 1]!.text))
        && /^(?:[a-z]+(?:ed|en|ing|n)|not|never|also|already|been|be)$/.test(words[last + 1]!.text)) last++;
      if (last + 1 < words.length && /^(?:away|off|up|down|out|back)$/.test(words[last + 1]!.lower)) last++;
      // the subject as written, without the date, a dangling preposition before it, or a parenthetical between dashes
      const raw = (text.slice(words[subjStart]!.start, Math.min(w.start, time.start > words[subjStart]!.start ? time.start : w.start))
        + (time.end < w.start && time.start > words[subjStart]!.start ? ' ' + text.slice(time.end, w.start) : ''));
      const subject = raw.replace(/\s[–—-]\s[^–—]*?\s[–—-]\s/g, ' ').replace(/\b(?:on|in|at|by|during|since|until|for)\s*$/i, '').replace(/\s+/g, ' ').trim();
      const verb = words.slice(i, last + 1).map((x) => x.text).join(' ');
      return { start: words[subjStart]!.start, end: words[last]!.end, text: `${subject} ${verb}`.replace(/\s+/g, ' ').trim() };
    }
  }
  return undefined;
}

/** Guards against a speaker that is really a date ("Monday", "2014 and"), which attribution may hand over. */
function plausibleSpeaker(doc: Doc, name: string): boolean {
  if (!name || /^\d/.test(name)) return false;
  return !doc.times.some((t) => doc.text.slice(t.start, t.end) === name);
}

/** Timeline entries of a document: one per content sentence carrying a calendar date, sorted by date. */
export function buildTimeline(doc: Doc): TimelineEntry[] {
  const byDate: { key: string; pos: number; entry: TimelineEntry }[] = [];
  const dated = doc.times.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && CALENDAR_VALUE.test(t.value));
  const seen = new Set<number>();
  for (const t of dated) {
    const si = doc.sentenceAt(t.start);
    if (si < 0 || seen.has(si)) continue;
    const s = doc.sentences[si]!;
    if (doc.inBoilerplate(s)) continue;
    seen.add(si);
    const entry: TimelineEntry = { value: t.value, time: { start: t.start, end: t.end }, sentence: { start: s.start, end: s.end } };
    const event = findEvent(doc.text, s, t as TimeMention);
    if (event) entry.event = event;
    const quote = doc.quotes.find((q) => q.content.start < s.end && s.start < q.content.end && plausibleSpeaker(doc, q.speaker.name));
    if (quote) entry.speaker = quote.speaker.name;
    byDate.push({ key: timelineSortKey(t.value), pos: t.start, entry });
  }
  byDate.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.pos - b.pos));
  return byDate.map((x) => x.entry);
}

/** Timeline entries from dated sentences; runs after attribution so entries carry the speaker. */
export const timelineBuilder: Component = {
  name: 'timeline',
  requires: ['sentences', 'times', 'quotes'],
  assigns: ['timeline'],
  run(doc) { doc.timeline = buildTimeline(doc); },
};
