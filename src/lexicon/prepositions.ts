/**
 * Prepositions, read by the speaker resolver: a name right after one ("chatting with Epstein", "a letter from
 * Smith") is the object of a phrase, not the subject a later "he" or "she" most often continues. "than" is here too:
 * "more nervous than Harlan" compares with someone who is no subject either.
 */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'about', 'above', 'across', 'after', 'against', 'along', 'alongside', 'amid', 'among', 'amongst', 'around', 'at', 'before',
  'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'by', 'despite', 'down', 'during', 'except', 'for',
  'from', 'in', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'opposite', 'outside', 'over', 'past', 'per',
  'regarding', 'since', 'than', 'through', 'throughout', 'to', 'toward', 'towards', 'under', 'underneath', 'unlike', 'until',
  'upon', 'versus', 'via', 'with', 'within', 'without',
]);
