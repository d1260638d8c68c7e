import type { Doc } from '../doc/doc.js';
import type { CueClass, QuoteKind, Span } from '../doc/types.js';
import { AUTHORED_WORKS, CUE_CLASS_WORDS, NAMING_VERBS, usSpelling } from '../lexicon/reporting.js';
import { stemWord } from './model/stem.js';

/**
 * The kind of act a statement's cue reports (record field `quotes[].cueClass`):
 * speech, belief, evidence or other (see CUE_CLASS_WORDS). The cue's first
 * word with a known stem decides ("has repeatedly warned" -> warn -> speech);
 * auxiliaries and adverbs have none. A quotation (direct or mixed) is words
 * said whatever its verb ("he snapped"), unless the verb is one of belief; a
 * quotation with no cue, and a label's colon, are speech.
 */
const CLASS_OF_STEM = new Map<string, CueClass>();
// (speech last: a stem in two lists, "suggest", is taken as the first list's)
for (const cls of ['evidence', 'belief', 'speech'] as const) for (const w of CUE_CLASS_WORDS[cls]) CLASS_OF_STEM.set(stemWord(w), cls);
/** Irregular forms the suffix stripping does not tie to their verb. */
const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think', knew: 'know', known: 'know', found: 'find',
  saw: 'see', seen: 'see', felt: 'feel', spoke: 'speak', spoken: 'speak', sang: 'sing', swore: 'swear', sworn: 'swear',
  understood: 'understand', forgot: 'forget', forgotten: 'forget', shown: 'show', hit: 'hit', lashed: 'lash',
};

const NAMING = new Set(NAMING_VERBS.map(stemWord));
const WORKS = new Set(AUTHORED_WORKS);
const WRITE = stemWord('write');
/** A capitalized name or a quoted one right after a naming verb ("called the ID", "dubbed “Hanoi Hilton”"). */
const NAME_AFTER = /^\s+(?:as\s+)?(?:the\s+)?["\p{Lu}]/u;

export function cueClassOf(doc: Doc, cue: Span | null, kind: QuoteKind, content?: Span): CueClass {
  if (!cue) return 'speech';
  let found: CueClass | null = null, stem = '';
  for (const m of doc.matchText.slice(cue.start, cue.end).toLowerCase().matchAll(/[\p{L}-]+/gu)) {
    const w = m[0];
    // (British spellings by their US forms: "labelled" -> label, "criticised" -> criticize)
    stem = stemWord(IRREGULAR[w] ?? usSpelling(w));
    const cls = CLASS_OF_STEM.get(stem);
    if (cls) { found = cls; break; }
  }
  // a verb of saying that names something ("a station wagon called the ID") or authors a work ("wrote his first novel")
  if (found === 'speech' && kind === 'indirect' && content) {
    const said = doc.matchText.slice(content.start, content.end);
    if (NAMING.has(stem) && NAME_AFTER.test(doc.matchText.slice(cue.end, cue.end + 8)) && said.split(/\s+/).length <= 6) return 'other';
    // (the work among the object's first words: "his first novel", "handbooks for the game")
    if (stem === WRITE && !/^(?:that|"|how|what|why|whether)\b/i.test(said) && said.toLowerCase().split(/[^\p{L}]+/u).slice(0, 4).some((w) => WORKS.has(w))) return 'other';
  }
  if (!found && /^\s*:\s*$/.test(doc.matchText.slice(cue.start, cue.end))) return 'speech';
  if (kind !== 'indirect' && (!found || found === 'evidence')) return 'speech';
  return found ?? 'other';
}
