/**
 * Adverbs by where they stand around a mention of someone. One list each, read
 * by the entity recognizer (a name's edges), the refiners (a source's edges)
 * and the speaker resolver (a mention's head).
 */

/**
 * Adverbs of time and discourse that open a clause before its subject ("Meanwhile Trump said", "Eventually ART
 * hopes"): never a word of the name or the mention after them. Not the words that belong to a noun phrase ("Only",
 * "Nearly", "Even").
 */
export const CLAUSE_OPENING_ADVERBS: ReadonlySet<string> = new Set([
  'meanwhile', 'however', 'still', 'also', 'yet', 'instead', 'then', 'now', 'later', 'earlier', 'besides', 'indeed', 'moreover',
  'furthermore', 'nonetheless', 'nevertheless', 'thus', 'today', 'yesterday', 'tonight', 'eventually', 'ultimately', 'finally',
  'separately', 'previously', 'recently', 'initially', 'originally', 'subsequently', 'currently', 'perhaps', 'maybe',
]);

/**
 * Adverbs standing between a subject and its verb, or set off by commas after it ("the source further said",
 * "Israeli courts, however, have ruled"): the clause's, not the mention's.
 */
export const AFTER_SUBJECT_ADVERBS: ReadonlySet<string> = new Set([
  'however', 'though', 'meanwhile', 'too', 'also', 'instead', 'therefore', 'nevertheless', 'moreover', 'meantime', 'nonetheless',
  'further', 'later', 'earlier', 'previously', 'again', 'then', 'still', 'now',
]);

/**
 * Conjunctions opening a sentence that a statement's content leaves out, as PolNeAR does ("But to keep the peace,
 * the mayor said, both sides must talk"; "But the bridge is “safe enough,” he said"): the word, then a space or a comma.
 */
export const LEADING_CONJUNCTION = /^\s*(?:and|but|so|yet|or)\b,?\s+/i;

/**
 * Adverbs that stand between a subject (or an auxiliary) and a verb of saying and that PolNeAR keeps in the cue
 * ("also said", "has repeatedly called", "never mentioned"), with any adverb ending in "-ly". Not "then" (train gold
 * keeps it 24 times, leaves it out 25) nor "here", "so".
 */
export const CUE_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'even', 'just', 'once', 'still', 'now', 'never', 'long', 'eventually', 'finally', 'already', 'repeatedly', 'not',
  "n't", 'n’t', 'again', 'later', 'first', 'recently', 'further', 'since', 'soon', 'often', 'always', 'only', 'previously',
]);

/** Words in "-ly" that are no adverbs, though a tagger may read them so ("A Clinton ally suggested"). */
export const LY_NOT_ADVERBS: ReadonlySet<string> = new Set(['ally', 'rally', 'family', 'bully', 'belly', 'jelly', 'folly', 'tally', 'lily', 'holly', 'jolly', 'july']);

/** Discourse adverbs and phrases that link a sentence to the one before when set off by a comma at its start. */
const LINK_ADVERBS = ['still', 'meanwhile', 'nevertheless', 'nonetheless', 'however', 'instead', 'indeed', 'moreover', 'furthermore', 'besides', String.raw`even\s+so`, String.raw`in\s+fact`, String.raw`in\s+all`, String.raw`as\s+it\s+(?:currently\s+)?stands`, String.raw`despite\s[^,"]{1,80}`];
/**
 * What opens a sentence as a link to the one before it, not as a word of its statement: a conjunction ("But", "And";
 * capitalized, so not "So far"), or a discourse adverb or phrase set off by a comma ("Still,", "In fact,", "But even
 * so,", "Despite the attacks,"). A time or a place set off so ("In 2014,", "On Monday,") is no such link.
 */
export const SENTENCE_LINK = new RegExp(String.raw`^(?:(?:And|But|Yet|Or)\b,?|(?:${LINK_ADVERBS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')}),)\s+`);
