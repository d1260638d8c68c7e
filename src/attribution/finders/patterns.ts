import type { Doc } from '../../doc/doc.js';
import type { Span } from '../../doc/types.js';
import { ATTITUDE_ADJECTIVES, CLAIM_NOUNS, CUE_PARTICIPLES, CUE_VERB_FORMS, INVERTED_CUE_VERBS, THAT_CUE_PARTICIPLES, THAT_CUE_VERBS } from '../../lexicon/reporting.js';
import { tokenTexts } from '../../segment/index.js';
import type { Attribution } from '../model/extract.js';
import { PERSON_NOUNS, ROLE_WORDS } from '../../lexicon/speaker-kinds.js';
import { SENTENCE_LINK } from '../../lexicon/adverbs.js';
import { WHEN_SAID_RE } from '../../lexicon/time.js';
import { ADV, CUE_END, CUE_RE_SRC, PARTICIPLE_RE_SRC, SUBORDINATE_LEAD, WORD, finiteIn, groupSpan, lowerBoundToken, plausibleSource, tidy, tidySource } from './frames.js';
import { isFiniteTag } from '../../pos/tags.js';

/**
 * Indirect (reported) attributions in the usual news frames, one regular
 * expression per frame, run sentence by sentence over the matching text:
 *   according to X, C            C, according to X
 *   C, X said / C, X told Y      C, said X / C, explained a report by X
 *   X said (that) C / X told Y (that) C / X expects C
 *   X's claim that C
 *   ..., further adding that C   (the source is the one of the attribution before it)
 * Content follows PolNeAR: it keeps a leading "that" and drops the final period.
 */
/** A party, and its state or district, after a politician's name: "(R)", "(D-Texas)", "(R-N.C.)", "(D-Newport News)". */
const PARTY = String.raw`(?:\s+\([RDI](?:-\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\))?`;
const SRC = String.raw`(${WORD}(?:\s+${WORD}){0,11}?${PARTY})`;
/** "told CNN", "told CNN's Wolf Blitzer", "told reporters": the addressee after "told". */
const ADDRESSEE = String.raw`(?:\s+(?:(?:\p{Lu}[\p{L}\p{N}'.&-]*|of|the)(?:\s+(?:\p{Lu}[\p{L}\p{N}'.&-]*|of))*|me|him|her|them|us|reporters|journalists|lawmakers|supporters|the\s+\w+))`;
const END = String.raw`\s*[.!?]?["')\]]*\s*$`;

const ACCORDING_HEAD = /^(According\s+to)\s+([^,]{2,100}),\s+(.+?)\s*$/du;
/** "In the words of one senator, “...”", "..., in the words of the patient: “...”": the words quoted are the person's. */
/**
 * "As The Atlantic recently noted, trust in government is collapsing": the frame opens the sentence with "As", its
 * source and verb (and a time or a place after it), then a comma; the statement is the rest of the sentence. PolNeAR
 * train/ annotates all 19 such sentences so (the verb with its adverb as cue).
 */
const AS_HEAD = new RegExp(String.raw`^(?:["“]\s*)?As\s+([^,"]{2,80}?)\s+(${ADV}(?:${CUE_RE_SRC}|put\s+it))${CUE_END}(?:\s+(?:it\s+)?(?:to\s+\p{Ll}+|(?:last|this|earlier|on|in|at|during)\s+[^,"]{1,40}))?\s*,\s+(.+?)\s*$`, 'du');
const IN_THE_WORDS_OF = /(?:^|[\s,;])([Ii]n\s+the\s+words\s+of)\s+([^,:"]{2,80}?)\s*[,:]\s+("[^"]+"?)\s*$/du;
// (the source stops at a dash between spaces, every dash being "-" in the matched text: "..., according to the Post's
// Fact Checker -- there is every reason ..." goes on past it)
const ACCORDING_TAIL = new RegExp(String.raw`^(.*\S)\s*,\s+(according\s+to)\s+((?:(?!\s-{1,2}\s)[^,]){2,100}?)${END}`, 'du');
/** When a closing frame was said: "C, the minister said today", "..., X told reporters on Monday". */
const WHEN = String.raw`(?:\s+${WHEN_SAID_RE})?`;
/** Where it was said, after the verb: "in a statement", "in an email to staff" (left out of the cue, as the frames' WHEN is). */
const SAID_IN = String.raw`(?:\s+in\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|email|interview|release|post|tweet|briefing|letter)(?:\s+to\s+[^,.;:"]{1,40}?)?)?`;
/** Where it was posted or broadcast: "on Telegram", "on X", "on social media", "on CNN's State of the Union" (a capitalized name of up to four words, after the time if any). */
const SAID_ON = String.raw`(?:\s+on\s+(?:social\s+media|television|TV|radio|(?:the\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*){0,3}))?`;
/** A participle clause after a closing frame: "C, he said, swiping at ..." (what he did in saying it, not what he said). */
const PARTICIPLE_TAIL = String.raw`(?:,\s+\p{Ll}+ing\s[^"“”]{1,200}?)?`;
/** The end of a closing frame, or a semicolon after it before a clause of the writer's ("..., Medrano said; the protest was ..."). */
const FRAME_CLAUSE_END = String.raw`(?:\s*;\s+[^"]*$|${END})`;
/**
 * Verbs of what a record shows, which close a sentence as a frame after a comma ("C, a new analysis shows", "C, the
 * study found"); not in CUE_RE_SRC, where "Police found the car" would be a statement.
 */
const RECORD_CUE_VERBS = ['shows', 'showed', 'show', 'found', 'finds', 'find'];
const RECORD_CUE_RE_SRC = `(?:${RECORD_CUE_VERBS.join('|')})`;
const TAIL_SRC_CUE = new RegExp(String.raw`^(.*\S)\s*,\s+${SRC}\s+(${ADV}${CUE_RE_SRC})(${ADDRESSEE})?${WHEN}${SAID_IN}${WHEN}${SAID_ON}${WHEN}${PARTICIPLE_TAIL}${FRAME_CLAUSE_END}`, 'du');
/** "C, a new analysis shows": a record's verb closing the sentence (tried where no other frame is found: "X also said C, the footage showed" is X's). */
const TAIL_RECORD_CUE = new RegExp(String.raw`^(.*\S)\s*,\s+${SRC}\s+(${ADV}${RECORD_CUE_RE_SRC})${END}`, 'du');
/** "C, Israel's military spokesperson, Daniel Hagari, said": a title set off before the name; both are the source (the title must hold a role word, see titledSource). */
const TAIL_TITLE_NAME_CUE = new RegExp(String.raw`^(.*\S)\s*,\s+([^,"“”]{3,80}?,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+),?\s+(${ADV}${CUE_RE_SRC})(${ADDRESSEE})?${WHEN}${END}`, 'du');
/**
 * "C, said X": only the verbs that precede their source (INVERTED_CUE_VERBS; PolNeAR train source tp +14, fp
 * -13 against any cue verb). An appositive after the name ("C, said Ann Lee, a sociologist at Y") belongs to the
 * source, as in PolNeAR (294 sources of 309 there keep it).
 */
/** A role with no article, then where it is held: "portfolio manager at Y", "director of Z". */
const ROLE_AT = String.raw`(?:\p{Ll}[\p{L}-]*\s+){1,4}(?:at|of|for|with|in)\s+`;
/** A body's name and a role after it, with no article: "Harbor Police Department spokesman". */
const BODY_ROLE = String.raw`(?:\p{Lu}[\p{L}\p{N}.'’&-]*\s+){1,6}\p{Ll}[\p{L}-]+`;
const TAIL_CUE_SRC = new RegExp(String.raw`^(.*\S)\s*,\s+(${INVERTED_CUE_VERBS.join('|')})\s+(${WORD}(?:\s+${WORD}){0,11}?${PARTY}(?:,\s+(?:(?:(?:a|an|the|who|whose)\s+|${ROLE_AT})[^"“”]{1,200}?|${BODY_ROLE}))?)${END}`, 'du');
/** A phrase opening a sentence before its subject, set off by a comma ("After the vote, ", "In a statement on Monday, "). */
const OPENING_PHRASE = /^(?:After|Before|In|On|During|At|With|Following|Despite|Amid|Under|Since|Later|Earlier|Separately|Meanwhile|Asked|Speaking|Writing|Responding|Addressing)\b[^,"]{0,100},\s+/;
/** Characters at most between an interposed frame's verb and the comma closing it ("as X noted on the radio,"). */
const MAX_INTERPOSED_TAIL = 40;
/** "C, as X": the start of a statement, then the source of an interposed "as X explained" (an adverb before the verb left to the source's end). */
const AS_SOURCE = /^([^,]{1,120}),\s+as\s+((?:(?:the|a|an|his|her|their|its|one)\s+[\p{L}][^,]{0,80}?)|\p{Lu}[^,]{0,80}?)(?:\s+(?:very|so|most|more))?$/du;
/** A name (capitalized words) and a relative clause set off after it, and nothing else. */
const NAME_WITH_RELATIVE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4},\s+(?:who|whose|which)\s[^,]*$/u;
/** Words that open a reported clause's subject after an addressee with no "that" ("told reporters the plan was dead"). */
const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const CLAUSE_SUBJECT_OPENER = String.raw`(?:the|a|an|this|these|those|his|her|their|its|our|my|he|she|it|they|we|i|there|no|some|many|most|all|both|every|one|two|three)\b`;
/**
 * A day between the verb and its clause ("said on Monday it would cut jobs", "told MPs last week the bill was dead"):
 * no part of the statement when a subject or "that" follows (not "said Monday marked a turning point"). Held-out
 * train content +3 tp / -3 fp, dev unchanged.
 */
const WHEN_BEFORE_CLAUSE = String.raw`(?:\s+(?:on\s+)?(?:today|yesterday|(?:${WEEKDAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?|last\s+(?:week|month|year|night)|this\s+(?:week|month|morning|afternoon|evening))(?=\s+that\b|\s+${CLAUSE_SUBJECT_OPENER}))?`;
/**
 * "say" takes no addressee without "to": "Police said the driver, a 45-year-old man from Dayton, was taken to a hospital"
 * reports that the driver was taken, it does not say it to the driver (the content was cut at the appositive).
 * Held-out train content +1 tp / -1 fp, dev unchanged.
 */
const NO_ADDRESSEE_AFTER = String.raw`(?<!\b(?:say|says|said|saying))`;
const HEAD_SRC_CUE = new RegExp(String.raw`^([^"]{1,160}?)\s+(${ADV}${CUE_RE_SRC})${CUE_END}(${NO_ADDRESSEE_AFTER}${ADDRESSEE}(?=\s+that\b|\s*[,:]|\s+(?:${WHEN_SAID_RE}\s+)?${CLAUSE_SUBJECT_OPENER}))?${WHEN_BEFORE_CLAUSE}\s*[,:]?\s+((?:that\s+)?(?!'')[^"].*?)\s*$`, 'du');
/** "... Misri said and added that C": a second cue verb joined by "and", its "that" clause (the source is the first verb's, filled by refine:shared-subject). */
const AND_CUE_THAT = new RegExp(String.raw`\s(?:and|but)\s+(${ADV}${CUE_RE_SRC})${CUE_END}\s+(that\s+[^"]+?)\s*$`, 'du');
/** "C, says Buser, C": an inverted frame set inside the statement, which goes on in lower case after it. */
const INTERPOSED_INVERTED = new RegExp(String.raw`^([^"]{3,200}?),\s+(${INVERTED_CUE_VERBS.join('|')})\s+(${WORD}(?:\s+${WORD}){0,5}),\s+(\p{Ll}[^"]*?)\s*$`, 'du');
/** "X projects (in May) that C": a verb of THAT_CUE_VERBS reports its clause only with "that" after it (a time may come between). */
/** "Protesters were frustrated that C", "they remain confident that C": a copula and an adjective of attitude before a "that" clause. */
const ATTITUDE_THAT = new RegExp(String.raw`^([^"]{1,160}?)\s+((?:has\s+been|have\s+been|had\s+been|is|are|was|were|['’]re|remain|remains|remained|seem|seems|seemed|became|become)\s+(?:(?:\p{L}+ly|very|so|not|also|still|more|less|increasingly)\s+)*(?:${ATTITUDE_ADJECTIVES.join('|')}))\s+(that\s+(?!'')[^"].*?)\s*$`, 'du');
const HEAD_SRC_THAT_CUE = new RegExp(String.raw`^([^"]{1,160}?)\s+(${ADV}(?:${THAT_CUE_VERBS.join('|')}))${CUE_END}(?:\s+(?:in|on|last|this|earlier|late|early)\s+[^,"]{1,30}?)?\s+(that\s+(?!'')[^"].*?)\s*$`, 'du');
const POSSESSIVE_CLAIM = new RegExp(String.raw`(\S)(?:'s|s')\s+(${CLAIM_NOUNS.join('|')})\s+(that\s+[^,;]+?)(?=\s*[,;]|${END})`, 'du');
/** A content ending in a quotation mark is a direct quotation's, left to the quotation finder. */
// a poll or survey opening the sentence as the source ("In a CBS News poll released Monday, 50 percent chose ..."):
// PolNeAR's cue is "in", its source the poll's noun phrase. (The same after the clause, "Clinton led in a CNN
// poll", is annotated too, but "in the polls" far more often is not: on PolNeAR train the tail form added 15
// right cues for 88 wrong ones.)
const POLL_NP = String.raw`(?:the|a|an|this|that|their|its|our|his|her|most|many|several|some|recent|new|latest|national|statewide|\p{Lu}[\p{L}\p{N}/'’.&-]*)\b[^,.;:"“”]{0,80}?\b(?:polls?|surveys?|Poll|Survey)\b[^,.;:"“”]{0,60}?`;
const POLL_HEAD = new RegExp(String.raw`^(In)\s+(${POLL_NP}),\s+(.+?)\s*$`, 'du');
const QUOTE_END = /(?:"|'')\s*$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our']);

/** The owner before "'s claim": capitalized words back to the first lower-case one, or one noun with its determiner. */
function possessor(doc: Doc, end: number): Span | null {
  const before = doc.matchText.slice(Math.max(0, end - 120), end);
  const words = [...before.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.&-]*/gu)];
  if (!words.length || words[words.length - 1]!.index! + words[words.length - 1]![0].length !== before.length) return null;
  const offset = end - before.length;
  let k = words.length - 1;
  const last = words[k]![0];
  if (/^\p{Lu}/u.test(last)) {
    while (k > 0 && /^\p{Lu}/u.test(words[k - 1]![0]) && /^\s+$/.test(before.slice(words[k - 1]!.index! + words[k - 1]![0].length, words[k]!.index!))) k--;
  }
  if (k > 0 && DETERMINERS.has(words[k - 1]![0].toLowerCase())) k--;
  return { start: offset + words[k]!.index!, end };
}
const PARTICIPLE = new RegExp(String.raw`,\s+((?:(?:further|also|then)\s+)?${PARTICIPLE_RE_SRC})\s+((?:that\s+)?.+?)${END}`, 'du');

/**
 * First words of the cue verbs and of the participles. Every frame regex below that holds a cue (or a
 * participle) needs it after white space and before white space or punctuation, where the tokenizer
 * makes exactly that word a token: a sentence with no such token cannot match, and most sentences are
 * passed over by a few Set lookups instead of the large backtracking regexes.
 */
const withPeriod = (ws: string[]) => new Set([...ws, ...ws.map((w) => w + '.')]); // (an abbreviation's token keeps its period)
export const CUE_FIRST_WORDS = withPeriod(CUE_VERB_FORMS.map((c) => c.split(' ')[0]!));
const RECORD_CUE_WORDS = withPeriod(RECORD_CUE_VERBS);
const PARTICIPLE_WORDS = withPeriod([...CUE_PARTICIPLES, ...THAT_CUE_PARTICIPLES].map((c) => c.split(' ')[0]!));
/** Bit 1: the tokens hold a cue verb's first word; bit 2: a participle. */
function cueWords(texts: readonly string[], from: number, to: number): number {
  let out = 0;
  for (let i = from; i < to; i++) {
    const w = texts[i]!;
    if (CUE_FIRST_WORDS.has(w) || RECORD_CUE_WORDS.has(w)) out |= 1;
    if (PARTICIPLE_WORDS.has(w)) out |= 2;
  }
  return out;
}

/**
 * "The complaint, filed in court on Friday, says ...", "One hopeful, Carly Fiorina, says ...": before an inverted
 * frame's verb, a noun phrase (no verb before its first comma) with an insertion set off by commas and no finite verb
 * is the verb's subject, not a statement (PolNeAR dev source and content +1 tp / -1 fp each, held-out train source
 * +6 / -5, content +4 / -3).
 */
function subjectWithInsertion(doc: Doc, s: Span): boolean {
  const comma = doc.matchText.indexOf(',', s.start);
  if (comma < 0 || comma >= s.end) return false;
  const t = doc.matchText;
  for (let k = lowerBoundToken(doc, s.start); k < doc.tokens.length && doc.tokens[k]!.end <= s.end; k++) {
    const p = doc.tokens[k]!.pos;
    // (a relative clause set off by commas has its own verb: "The bill, which passed the House, said nothing")
    if (t.slice(doc.tokens[k]!.start, doc.tokens[k]!.end) === ',' && /^\s*(?:which|who)\b/i.test(t.slice(doc.tokens[k]!.end, doc.tokens[k]!.end + 8))) return true;
    if (!p || isFiniteTag(p) || (doc.tokens[k]!.end <= comma && p.startsWith('VB'))) return false;
  }
  return true;
}

/** A head ending in the pronoun of a relative clause set off by commas: "A resident, who". */
const RELATIVE_HEAD = /,\s*(?:who|which)$/i;
/**
 * "A resident, who feared reprisals, said the gang ran the street": the verb found is the relative clause's, and its
 * content ends at the comma that closes the clause when the sentence's own verb comes right after it (which keeps
 * that verb's statement out of this one's content).
 */
function relativeClauseContent(doc: Doc, content: Span): Span {
  const t = doc.matchText;
  for (let close = t.indexOf(',', content.start); close >= 0 && close < content.end; close = t.indexOf(',', close + 1)) {
    let k = lowerBoundToken(doc, close + 1);
    while (k < doc.tokens.length && /^RB/.test(doc.tokens[k]!.pos ?? '')) k++;
    if (k < doc.tokens.length && isFiniteTag(doc.tokens[k]!.pos)) return tidy(doc.text, { start: content.start, end: close });
  }
  return content;
}

/** Content words needed for a reported statement. */
const MIN_CONTENT_WORDS = 3;

/** With POS tags, a verb cue must be tagged as a verb ("states", "worries" are often nouns). */
function isVerb(doc: Doc, cue: Span): boolean {
  const t = doc.tokens[lowerBoundToken(doc, cue.end - 1)]; // the verb ends the cue ("further adding")
  return !t?.pos || t.pos.startsWith('VB');
}

function words(doc: Doc, s: Span): number { return (doc.matchText.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu) ?? []).length; }

export function findPatternAttributions(doc: Doc): Attribution[] {
  const out: Attribution[] = [];
  const text = doc.text;
  const texts = tokenTexts(doc);
  for (const s of doc.contentSentences()) {
    const base = s.start;
    const str = doc.matchText.slice(s.start, s.end);
    // (no tokens to read: every regex runs)
    const cues = texts.length ? cueWords(texts, s.tokenStart, s.tokenEnd) : 3;
    const found: Attribution[] = [];
    let m: RegExpExecArray | null;
    if ((m = ACCORDING_HEAD.exec(str))) addRelation(doc, found, 'pattern:according-head', groupSpan(m, 1, base), groupSpan(m, 2, base), groupSpan(m, 3, base), true, false);
    // (the frame's shape shows the verb: "put it" ends in a pronoun)
    if (str.startsWith('As ') && (m = AS_HEAD.exec(str))) addRelation(doc, found, 'pattern:as-head', groupSpan(m, 2, base), groupSpan(m, 1, base), groupSpan(m, 3, base), true, false);
    if (str.includes('words of') && (m = IN_THE_WORDS_OF.exec(str))) addRelation(doc, found, 'pattern:in-the-words-of', groupSpan(m, 1, base), groupSpan(m, 2, base), groupSpan(m, 3, base), true, false);
    if (str.includes('according') && (m = ACCORDING_TAIL.exec(str))) addRelation(doc, found, 'pattern:according-tail', groupSpan(m, 2, base), groupSpan(m, 3, base), withoutSentenceLinks(doc, withoutDateline(doc, groupSpan(m, 1, base)!)), false, false);
    if (str.startsWith('In ') && (m = POLL_HEAD.exec(str))) addRelation(doc, found, 'pattern:poll', groupSpan(m, 1, base), groupSpan(m, 2, base), groupSpan(m, 3, base), false, false);
    if ((cues & 1) && (m = TAIL_SRC_CUE.exec(str)) && !QUOTE_END.test(m[1]!)) addRelation(doc, found, 'pattern:content-source-cue', groupSpan(m, 3, base), groupSpan(m, 2, base), withoutDateline(doc, groupSpan(m, 1, base)!));
    if ((cues & 1) && str.includes(',') && (m = TAIL_TITLE_NAME_CUE.exec(str)) && !QUOTE_END.test(m[1]!) && titledSource(m[2]!)) addRelation(doc, found, 'pattern:content-source-cue', groupSpan(m, 3, base), groupSpan(m, 2, base), withoutDateline(doc, groupSpan(m, 1, base)!));
    // (not "Montell Figgins, who represents Thomas, said his client ...": a name and its relative clause are the source
    // of the verb after them, not a statement before it)
    if ((cues & 1) && (m = TAIL_CUE_SRC.exec(str)) && !QUOTE_END.test(m[1]!) && !NAME_WITH_RELATIVE.test(m[1]!)) {
      // (the name before an appositive is what must read as a source: "Kim Vender, who researches ..." holds a verb)
      const source = groupSpan(m, 3, base)!, comma = m[3]!.indexOf(',');
      // (the frame itself shows the verb: "..., say officials." whatever the tagger read "say" as)
      const before = groupSpan(m, 1, base)!;
      // "The complaint, filed on Friday, says the lender ...": the frame reads the other way round
      if (subjectWithInsertion(doc, before)) addRelation(doc, found, 'pattern:source-cue-content', groupSpan(m, 2, base), withoutDateline(doc, before), source, false, false);
      else if (plausibleSource(doc, comma < 0 ? source : { start: source.start, end: source.start + comma })) addRelation(doc, found, 'pattern:content-cue-source', groupSpan(m, 2, base), source, withoutDateline(doc, before), false, !/^(?:say|says)$/i.test(m[2]!));
    }
    if ((cues & 1) && str.includes(',') && (m = INTERPOSED_INVERTED.exec(str)) && !/,/.test(m[3]!)) {
      const before = groupSpan(m, 1, base)!, after = groupSpan(m, 4, base)!, src = groupSpan(m, 3, base)!;
      if (/^\p{Lu}/u.test(m[3]!) || /^(?:he|she|they|we|i)$/i.test(m[3]!)) {
        addRelation(doc, found, 'pattern:interposed-inverted', groupSpan(m, 2, base), src, before);
        const added = found[found.length - 1];
        if (added && added.rule === 'pattern:interposed-inverted') added.content.push(tidy(text, after, true));
      }
    }
    if ((cues & 1) && !found.length && (m = HEAD_SRC_CUE.exec(str))) {
      const content = groupSpan(m, 4, base);
      // the content must not itself end in a frame already found ("C, X said")
      const interposed = AS_SOURCE.exec(m[1]!);
      if (interposed && content) {
        // "HP, as Gizmodo recently explained, is a rare condition": the source is after "as"; the statement is
        // what comes before and after the interposed frame
        const head = groupSpan(m, 1, base)!;
        const g = interposed.indices![2]!;
        const src = { start: head.start + g[0], end: head.start + g[1] };
        const before = { start: head.start, end: head.start + interposed[1]!.length };
        // (the rest of the statement starts after the comma closing the frame: "as X noted on the radio, will ...")
        const cue = groupSpan(m, 2, base)!, close = text.indexOf(',', cue.end);
        const rest = close >= 0 && close < content.end ? { start: close + 1, end: content.end } : content;
        // (the frame closes with a comma soon after its verb: "as I believed that ..." is a clause of reason, no frame)
        const closes = close >= 0 && close - cue.end <= MAX_INTERPOSED_TAIL && !/\bthat\b/i.test(text.slice(cue.end, close));
        if (closes && !found.some((f) => f.cue && f.cue.start >= before.start) && plausibleSource(doc, src)) {
          addRelation(doc, found, 'pattern:interposed-as', cue, src, rest);
          const added = found[found.length - 1];
          // ("Yet, as X observed, ...": an opening conjunction or adverb alone is no part of the statement)
          if (added && added.source && added.source.start === tidySource(text, src).start && words(doc, before) > 1) added.content.unshift(tidy(text, before, true));
        }
      } else if (content && !found.some((f) => f.cue && f.cue.start >= content.start)) {
        // ("After the vote, Dana Holt told reporters ...": an opening phrase set off by a comma is no part of the source)
        const head = groupSpan(m, 1, base)!, opening = OPENING_PHRASE.exec(m[1]!);
        // (only where the whole would have been taken: elsewhere the model reads the sentence)
        const source = opening && opening[0].length < m[1]!.length && plausibleSource(doc, head) ? { start: head.start + opening[0].length, end: head.end } : head;
        addRelation(doc, found, 'pattern:source-cue-content', groupSpan(m, 2, base), source, RELATIVE_HEAD.test(m[1]!) ? relativeClauseContent(doc, content) : content);
      }
    }
    // (not a possessive's noun: "the governor's claim that ...", see POSSESSIVE_CLAIM)
    if (str.includes(' that ') && !found.length && (m = HEAD_SRC_THAT_CUE.exec(str)) && !AS_SOURCE.test(m[1]!) && !/(?:'s|s')$/.test(m[1]!)) {
      // (an opening phrase or conjunction is no part of the source: "After the vote, ...", "But a judge ruled that")
      const head = groupSpan(m, 1, base)!, opening = OPENING_PHRASE.exec(m[1]!) ?? /^(?:But|And|Yet|So|Still|Now|Meanwhile),?\s+/.exec(m[1]!);
      const source = opening && opening[0].length < m[1]!.length ? { start: head.start + opening[0].length, end: head.end } : head;
      addRelation(doc, found, 'pattern:source-cue-that', groupSpan(m, 2, base), source, groupSpan(m, 3, base));
    }
    if (str.includes(' that ') && !found.length && (m = ATTITUDE_THAT.exec(str)) && !AS_SOURCE.test(m[1]!)) {
      const head = groupSpan(m, 1, base)!, opening = OPENING_PHRASE.exec(m[1]!) ?? /^(?:But|And|Yet|So|Still|Now|Meanwhile),?\s+/.exec(m[1]!);
      const source = opening && opening[0].length < m[1]!.length ? { start: head.start + opening[0].length, end: head.end } : head;
      // (the cue ends with its adjective: no verb to check)
      addRelation(doc, found, 'pattern:attitude-that', groupSpan(m, 2, base), source, groupSpan(m, 3, base), true, false);
    }
    if ((cues & 1) && !found.length && (m = TAIL_RECORD_CUE.exec(str)) && !QUOTE_END.test(m[1]!)) addRelation(doc, found, 'pattern:content-source-cue', groupSpan(m, 3, base), groupSpan(m, 2, base), withoutDateline(doc, groupSpan(m, 1, base)!));
    // "Although relatives suggested he was murdered, Hawk Sawyer told lawmakers no evidence supports ...": the main
    // clause after an opening subordinate clause frames a statement of its own
    const lead = (cues & 1) ? SUBORDINATE_LEAD.exec(str) : null;
    if (lead && (m = HEAD_SRC_CUE.exec(str.slice(lead[0].length)))) {
      const at = base + lead[0].length, content = groupSpan(m, 4, at), source = groupSpan(m, 1, at);
      if (content && source && !found.some((f) => f.cue && f.cue.start >= source.start)) addRelation(doc, found, 'pattern:source-cue-content', groupSpan(m, 2, at), source, content);
    }
    if (str.includes("'") && (m = POSSESSIVE_CLAIM.exec(str))) {
      // PolNeAR keeps the possessive ending in the source ("Trump's")
      const owner = possessor(doc, groupSpan(m, 1, base)!.end);
      const cue = groupSpan(m, 2, base)!;
      if (owner) addRelation(doc, found, 'pattern:possessive-claim', cue, tidy(text, { start: owner.start, end: cue.start }), groupSpan(m, 3, base), true, false);
    }
    if (str.includes(' that ') && (m = AND_CUE_THAT.exec(str))) {
      const cue = groupSpan(m, 1, base)!;
      if (!found.some((f) => f.content.some((c) => c.start <= cue.start && cue.end <= c.end))) addRelation(doc, found, 'pattern:and-cue-that', cue, null, groupSpan(m, 2, base));
    }
    PARTICIPLE.lastIndex = 0;
    if ((cues & 2) && (m = PARTICIPLE.exec(str))) {
      const cue = groupSpan(m, 1, base)!, content = groupSpan(m, 2, base)!;
      const inserted = insertedParticiple(doc, { start: base, end: base + m.index }, content);
      // the source is the one of the attribution before it in the sentence (filled when merging), or the subject the
      // participle's clause is set into
      if (inserted) addRelation(doc, found, 'pattern:inserted-participle', cue, inserted.subject, inserted.content);
      else addRelation(doc, found, 'pattern:participle', cue, null, content);
    }
    out.push(...found);
  }
  return out;
}

/**
 * A story's dateline before its first sentence: a place in capitals (and a date), or a place and the outlet in
 * brackets, then a dash ("JERUSALEM - ", "LOS ANGELES, Feb. 2 (UPI) - ", "New York (AFP) - "; the matching text's
 * dashes are all "-").
 */
const DATELINE = /^(?:\p{Lu}[\p{Lu}\s.,'’\/-]*\p{Lu}\.?(?:,\s+[\p{L}.]+(?:\s+\d{1,2})?)?\s*(?:\([\p{L}\s.&]{2,20}\)\s*)?|[\p{L}\s.,'’]{2,40}?\s*\([\p{L}\s.&]{2,20}\)\s*)-{1,2}\s+/u;
/** A statement opening the story leaves the dateline out (held-out train content +3 tp / -3 fp). */
function withoutDateline(doc: Doc, content: Span): Span {
  const m = DATELINE.exec(doc.matchText.slice(content.start, content.end));
  return m ? { start: content.start + m[0].length, end: content.end } : content;
}

/**
 * "The mayor, insisting that the road was safe, reopened it": a participle's clause set off by commas between a
 * subject and its verb. The statement ends at the comma before the main clause's finite verb, and the subject (with
 * no finite verb of its own) is the source. Null when the participle follows a main clause ("X said, adding that").
 */
function insertedParticiple(doc: Doc, head: Span, content: Span): { subject: Span; content: Span } | null {
  const toks = doc.tokens, t = doc.matchText;
  // (no verb of the head's own: "The campaign responded Friday, saying ..." is a frame and a participle after it)
  if (finiteIn(doc, head.start, head.end) || cueWordIn(doc, head)) return null;
  // ("Nate Cohn, writing in The New York Times, noticed ...": a byline, see refine:source-edges)
  if (/^writing\b/i.test(t.slice(content.start - 12, content.start).trim().split(/\s+/).pop() ?? '')) return null;
  for (let k = lowerBoundToken(doc, content.start); k + 1 < toks.length && toks[k]!.end <= content.end; k++) {
    if (t.slice(toks[k]!.start, toks[k]!.end) !== ',') continue;
    let v = k + 1;
    while (v < toks.length && /^RB/.test(toks[v]!.pos ?? '')) v++;
    if (v < toks.length && toks[v]!.start < content.end && isFiniteTag(toks[v]!.pos)) {
      const subject = tidySource(doc.text, head);
      return plausibleSource(doc, subject) ? { subject, content: { start: content.start, end: toks[k]!.start } } : null;
    }
  }
  return null;
}
/** Whether a cue verb's word stands in the span (tagged or not: "responded" read as a participle). */
function cueWordIn(doc: Doc, s: Span): boolean {
  for (let k = lowerBoundToken(doc, s.start); k < doc.tokens.length && doc.tokens[k]!.end <= s.end; k++) {
    if (CUE_FIRST_WORDS.has(doc.matchText.slice(doc.tokens[k]!.start, doc.tokens[k]!.end).toLowerCase())) return true;
  }
  return false;
}

/** Links to the sentence before that open a statement (SENTENCE_LINK) and are no part of it. */
const MAX_SENTENCE_LINKS = 2;
/**
 * "Still, almost two in three voters view him favorably, according to a poll": the statement "according to" reports
 * starts after the sentence's opening conjunction or discourse adverb (PolNeAR dev content +3 tp / -3 fp, held-out
 * train +12 / -12; the same for "C, X said" loses, there PolNeAR keeps them).
 */
function withoutSentenceLinks(doc: Doc, content: Span): Span {
  let start = content.start;
  for (let k = 0; k < MAX_SENTENCE_LINKS; k++) {
    const m = SENTENCE_LINK.exec(doc.matchText.slice(start, content.end));
    if (!m) break;
    start += m[0].length;
  }
  return { start, end: content.end };
}

/**
 * The title before the comma holds a role word ("chief military spokesperson", "Ambassador to the Netherlands") or a
 * person noun ("his daughter, Jane Roe", "a neighbor, Ann Lee": obituaries and local news), not a clause of the statement.
 */
function titledSource(source: string): boolean {
  const title = source.slice(0, source.lastIndexOf(','));
  return (title.toLowerCase().match(/[\p{L}-]+/gu) ?? []).some((w) => ROLE_WORDS.has(w) || PERSON_NOUNS.has(w));
}

/** Adds a frame's relation to the sentence's `found` when it passes the checks (content words, source, verb cue, no cue overlap). */
function addRelation(doc: Doc, found: Attribution[], rule: string, cue: Span | null, source: Span | null, content: Span | null, checkSource = true, verbCue = true): void {
  if (!cue || !content) return;
  const text = doc.text;
  const c = tidy(text, content, true);
  if (words(doc, c) < MIN_CONTENT_WORDS) return;
  if (source && checkSource && !plausibleSource(doc, source)) return;
  if (verbCue && !isVerb(doc, cue)) return;
  if (found.some((f) => f.cue && f.cue.start < cue.end && cue.start < f.cue.end)) return;
  found.push({ cue, source: source ? tidySource(text, source) : null, content: [c], rule });
}
