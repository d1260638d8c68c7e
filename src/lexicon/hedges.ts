/**
 * Hedges and modality: words that mark a statement as uncertain, expected or
 * second-hand rather than asserted. Lower case, whole-word phrases.
 * MODAL_VERBS are matched case-sensitively in lower case so the month "May"
 * is not taken for the verb.
 */

/** Epistemic modal verbs (possibility), not deontic ones like "must" or "should". */
export const MODAL_VERBS: readonly string[] = ['could', 'may', 'might', "couldn't", 'may not', 'might not'];

/** Hedging adverbs and phrases: expectation, likelihood, hearsay, appearance. */
export const HEDGE_PHRASES: readonly string[] = [
  // "expected to" / "believed to" alone, so that "is also expected to" matches too
  'expected to', 'believed to', 'is thought to', 'are thought to', 'was thought to',
  'is said to', 'are said to', 'was said to', 'is reported to', 'are reported to', 'was reported to', 'is understood to',
  'appears to', 'appear to', 'appeared to', 'seems to', 'seem to', 'seemed to',
  'reportedly', 'apparently', 'possibly', 'probably', 'presumably', 'perhaps', 'likely', 'unlikely', 'potentially',
  'it is possible that', 'it is unclear whether', 'it is not clear whether', 'according to some',
];
