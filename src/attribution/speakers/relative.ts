/**
 * The antecedent of a relative pronoun: "wealthy Chinese citizens, who said",
 * "Democrats and Republicans, who", "Mitch McConnell (R-Ky.), who". A
 * relative pronoun denotes the noun phrase it attaches to, which in news prose
 * is the one right before it (after a comma or a parenthetical). The phrase is
 * read from the part-of-speech tags: nouns, adjectives, determiners, numbers
 * and possessives, joined over "and"/"or" between nouns.
 */
import type { Doc } from '../../doc/doc.js';
import type { Span, Token } from '../../doc/types.js';
import { tokenTexts } from '../../segment/index.js';

/** Tags of words inside a noun phrase (Penn Treebank). */
const NP_TAGS: ReadonlySet<string> = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'JJ', 'JJR', 'JJS', 'CD', 'DT', 'PDT', 'PRP$', 'POS']);
/** Tags a phrase may end with: its head is a noun or a number ("29 others" is tagged so too). */
const HEAD_TAGS: ReadonlySet<string> = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'CD']);
/** A parenthetical skipped between a name and its relative clause ("(R-Ky.)") is at most this many tokens. */
const MAX_PARENTHETICAL_TOKENS = 8;

const tagOf = (t: Token | undefined) => t?.pos ?? '';
const isNounTag = (tag: string) => tag.startsWith('NN');

/** The phrase a relative pronoun attaches to; `afterPreposition`: the phrase is a preposition's object ("in Philadelphia"). */
export interface Antecedent extends Span { afterPreposition: boolean }

/** The noun phrase a relative pronoun at `at` attaches to, or null when none is read there (no tags, a verb before it). */
export function relativeAntecedent(doc: Doc, at: number): Antecedent | null {
  const si = doc.sentenceAt(at);
  if (si < 0) return null;
  const sent = doc.sentences[si]!;
  const toks = doc.tokens;
  let k = -1;
  for (let i = sent.tokenStart; i < sent.tokenEnd; i++) if (toks[i]!.start === at) { k = i; break; }
  if (k < 0) return null;
  const texts = tokenTexts(doc);
  const word = (i: number) => texts[i]!;
  let j = k - 1;
  if (j >= sent.tokenStart && word(j) === ',') j--;
  // "Mitch McConnell (R-Ky.), who": the parenthetical is skipped
  if (j >= sent.tokenStart && word(j) === ')') {
    let open = j - 1;
    while (open >= sent.tokenStart && j - open <= MAX_PARENTHETICAL_TOKENS && word(open) !== '(') open--;
    if (open < sent.tokenStart || word(open) !== '(') return null;
    j = open - 1;
  }
  if (j < sent.tokenStart || !HEAD_TAGS.has(tagOf(toks[j]))) return null;
  const end = toks[j]!.end;
  let start = toks[j]!.start;
  for (;;) {
    while (j >= sent.tokenStart && NP_TAGS.has(tagOf(toks[j]))) { start = toks[j]!.start; j--; }
    // "Democrats and Republicans": over a conjunction between nouns (not over "of": "the help of states that",
    // "members of the Saudi government, which" attach to the nearer noun)
    if (j > sent.tokenStart && tagOf(toks[j]) === 'CC' && isNounTag(tagOf(toks[j - 1]))) {
      j--;
      continue;
    }
    break;
  }
  const before = tagOf(toks[j]);
  return { start, end, afterPreposition: j >= sent.tokenStart && (before === 'IN' || before === 'TO') };
}

/**
 * The phrase a preposition's object hangs from, with it: "Critics of the plan"
 * for "the plan" in "Critics of the plan, who argue". "Who" is said of people:
 * when the nearer phrase names none, the clause is the outer phrase's. Null
 * when no noun phrase precedes the preposition.
 */
export function outerPhrase(doc: Doc, np: Antecedent): Span | null {
  if (!np.afterPreposition) return null;
  const si = doc.sentenceAt(np.start);
  const sent = doc.sentences[si]!;
  const toks = doc.tokens;
  let j = sent.tokenStart;
  while (j < sent.tokenEnd && toks[j]!.start < np.start) j++;
  // the preposition, then the noun phrase it follows
  j -= 2;
  if (j < sent.tokenStart || !HEAD_TAGS.has(tagOf(toks[j]))) return null;
  let start = toks[j]!.start;
  while (j >= sent.tokenStart && NP_TAGS.has(tagOf(toks[j]))) { start = toks[j]!.start; j--; }
  return { start, end: np.end };
}
