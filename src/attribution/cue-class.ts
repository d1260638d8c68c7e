import type { Doc } from '../doc/doc.js';
import type { CueClass, QuoteKind, Span } from '../doc/types.js';
import { CUE_CLASS_WORDS } from '../lexicon/reporting.js';
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

export function cueClassOf(doc: Doc, cue: Span | null, kind: QuoteKind): CueClass {
  if (!cue) return 'speech';
  let found: CueClass | null = null;
  for (const m of doc.matchText.slice(cue.start, cue.end).toLowerCase().matchAll(/[\p{L}-]+/gu)) {
    const w = m[0];
    const cls = CLASS_OF_STEM.get(stemWord(IRREGULAR[w] ?? w));
    if (cls) { found = cls; break; }
  }
  if (!found && /^\s*:\s*$/.test(doc.matchText.slice(cue.start, cue.end))) return 'speech';
  if (kind !== 'indirect' && (!found || found === 'evidence')) return 'speech';
  return found ?? 'other';
}
