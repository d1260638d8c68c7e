/**
 * Phrases that mark a source as anonymous on purpose ("who spoke on condition
 * of anonymity", "familiar with the matter"), and the determiners that make a
 * person noun indefinite ("a senior official", "two people", "some aides").
 * Lower case, matched as phrases against the folded mention text.
 */
export const ANONYMITY_MARKERS: readonly string[] = [
  'on condition of anonymity', 'on the condition of anonymity', 'condition of anonymity', 'requested anonymity', 'requesting anonymity',
  'asked not to be named', 'asked not to be identified', 'declined to be named', 'declined to be identified', 'not authorized to speak',
  'not authorised to speak', 'not authorized to discuss', 'not authorized to comment', 'spoke anonymously', 'speaking anonymously',
  'familiar with', 'briefed on', 'with knowledge of', 'with direct knowledge', 'close to the', 'who requested anonymity',
  'granted anonymity', 'insisted on anonymity', 'unnamed', 'anonymous', 'unidentified',
];

/** Determiners and quantifiers that open an indefinite (so unnamed) person mention. */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'some', 'several', 'many', 'few',
  'other', 'another', 'multiple', 'various', 'numerous', 'most', 'more', 'dozens', 'hundreds', 'thousands', 'both', 'all',
]);

/** Determiners that make a nominal definite ("the official", "that aide"): it refers back to someone already mentioned. */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);
