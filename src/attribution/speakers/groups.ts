/**
 * Groups of people the text names by a plural noun without making them a
 * source ("Hundreds of protesters gathered ...", "The agency interviewed more
 * than 20 former crew members"): candidates for a later "they", which would
 * otherwise only find the bodies and places the entities hold.
 */
import type { Doc } from '../../doc/doc.js';
import type { Span, Token } from '../../doc/types.js';
import { PERSON_NOUNS } from '../../lexicon/speaker-kinds.js';
import { NUMBER_WORDS, SCALE_WORDS } from '../../lexicon/quantities.js';
import { agentNoun, isPluralDemonym } from './mention.js';

export interface GroupPhrase { span: Span; name: string; head: string }

/** Tags of the words a plural noun phrase is built of before its head. */
const PHRASE_TAG_RE = /^(?:DT|PDT|JJ|JJR|JJS|CD|NN|NNS|NNP|NNPS|POS|PRP\$)$/;
/** Words of a noun phrase's start that the tagger may read otherwise ("more than 20 workers", "all the workers"). */
const COMPARATIVES = new Set(['more', 'fewer', 'less']);

/** Whether a lower-case plural names people: a person noun, a people's plural, a doer's noun ("protesters", "Syrians", "welders"). */
export function pluralOfPeople(word: string): boolean {
  if (!/[^s]s$/.test(word)) return word === 'people' || word === 'men' || word === 'women' || word === 'children' || word === 'police';
  return (PERSON_NOUNS.has(word) && PERSON_NOUNS.has(word.slice(0, -1))) || isPluralDemonym(word) || agentNoun(word.slice(0, -1))
    || (PERSON_NOUNS.has(word) && !PERSON_NOUNS.has(word.slice(0, -1)) && word !== 'figures');
}

/** Whether a word counts what follows "of" ("hundreds of", "tens of thousands of", "dozens of", "20 of"). */
function quantityWord(word: string, tag: string | undefined): boolean {
  return tag === 'CD' || NUMBER_WORDS.has(word) || SCALE_WORDS.has(word.replace(/s$/, '')) || word === 'tens' || word === 'scores';
}

/** The length of "people" and "police", the heads that are not tagged as plurals. */
const HEAD_WORD_LENGTH = 6;

/** The plural noun phrases naming people in the content sentences, each ending at its head. */
export function groupPhrases(doc: Doc): GroupPhrase[] {
  const out: GroupPhrase[] = [];
  const text = doc.matchText;
  const word = (t: Token) => text.slice(t.start, t.end).toLowerCase();
  for (const s of doc.sentences) {
    if (doc.inBoilerplate(s)) continue;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = doc.tokens[k]!;
      // the head: a plural of people, no noun after it ("protesters", not "protester groups")
      // (the word is made only for a plural noun or a token of six characters, "people" or "police": this loop
      // sees every token of the article, and slicing and lower-casing each was 7% of the pipeline's allocations)
      const plural = t.pos === 'NNS' || t.pos === 'NNPS';
      if (!plural && t.end - t.start !== HEAD_WORD_LENGTH) continue;
      const head = word(t);
      if (!plural && head !== 'people' && head !== 'police') continue;
      if (!pluralOfPeople(head)) continue;
      const next = k + 1 < s.tokenEnd ? doc.tokens[k + 1]! : null;
      if (next && /^NN/.test(next.pos ?? '') && /^\p{Ll}/u.test(text[next.start]!)) continue;
      let from = k;
      for (let j = k - 1; j >= s.tokenStart; j--) {
        // "both Democrats and Republicans", "crew members, editors and contestants": one group, the conjuncts joined
        if (/^(?:and|or|,)$/.test(word(doc.tokens[j]!)) && j > s.tokenStart && j === from - 1) {
          const prev = doc.tokens[j - 1]!;
          if (/^NNP?S$/.test(prev.pos ?? '') && pluralOfPeople(word(prev))) {
            // (the conjunct before was a group of its own: now a part of this one)
            while (out.length && out[out.length - 1]!.span.start >= s.start && out[out.length - 1]!.span.end <= prev.end) out.pop();
            from = j - 1; j--; continue;
          }
        }
        const p = doc.tokens[j]!, w = word(p);
        if (PHRASE_TAG_RE.test(p.pos ?? '')) { from = j; continue; }
        // "hundreds of protesters", "tens of thousands of voters"
        if (w === 'of' && j > s.tokenStart && quantityWord(word(doc.tokens[j - 1]!), doc.tokens[j - 1]!.pos)) { from = j; continue; }
        // "more than 20 former crew members"
        if (w === 'than' && j > s.tokenStart && COMPARATIVES.has(word(doc.tokens[j - 1]!))) { from = j - 1; j--; continue; }
        break;
      }
      const span = { start: doc.tokens[from]!.start, end: t.end };
      out.push({ span, name: doc.text.slice(span.start, span.end), head });
    }
  }
  return out;
}
