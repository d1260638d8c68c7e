/**
 * Words the timeline's event finder uses to spot a clause's main verb
 * without a parser: auxiliaries, frequent irregular past forms, and present
 * forms common in news. Regular past forms are recognized by their "-ed".
 */
export const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could',
  'may', 'might', 'must', 'do', 'does', 'did', "won't", "didn't", "hasn't", "haven't", "wasn't", "weren't", "isn't", "aren't",
]);

export const COMMON_VERBS = new Set([
  'said', 'told', 'broke', 'held', 'began', 'went', 'made', 'took', 'came', 'gave', 'met', 'won', 'lost', 'left', 'fell', 'rose',
  'sent', 'saw', 'became', 'ran', 'threw', 'led', 'found', 'thought', 'got', 'put', 'set', 'struck', 'hit', 'cut', 'spent', 'sold',
  'built', 'brought', 'paid', 'kept', 'stood', 'fought', 'spoke', 'wrote', 'chose', 'drove', 'flew', 'grew', 'knew', 'meant',
  'says', 'expects', 'plans', 'wants', 'warns', 'claims', 'denies', 'accuses', 'seeks', 'faces', 'holds', 'calls', 'announces',
  'begins', 'starts', 'ends', 'meets', 'visits', 'signs', 'launches', 'recognizes', 'recognises', 'rejects', 'agrees',
]);

/** Words that open a subordinate clause: the subject starts after them. */
export const SUBORDINATORS = new Set(['when', 'after', 'before', 'while', 'as', 'if', 'since', 'until', 'once', 'because', 'although', 'though']);

/** Words that cannot be a verb even when they end in "-ed" (nouns and adjectives frequent in news). */
export const NOT_VERBS_ED = new Set(['red', 'bed', 'need', 'seed', 'speed', 'feed', 'united', 'hundred', 'indeed', 'shed', 'breed', 'creed', 'weed']);
