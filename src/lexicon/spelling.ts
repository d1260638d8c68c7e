import { stemWord } from '../attribution/model/stem.js';

/**
 * British and Commonwealth spellings (BBC, Guardian, Irish, Indian, Australian,
 * South African news): "criticised", "signalled", "apologised", "favoured",
 * "organisation", "defence". The lexicons and the learned taggers are in US
 * spelling (PolNeAR is US news), so this is the one place that ties the two:
 *   americanSpelling   a British form to its US form, for the taggers' word
 *                      features (features.ts) and lexicon look-ups
 *   withBritishForms   a US word list with the British forms added, for the
 *                      hand lexicons and the regexes built from them
 * A rule's US form is taken only when it is a known word (KNOWN_US_WORDS or a
 * reporting stem), so "promise", "raise", "advise", "revise", "surprise",
 * "exercise", "compromise" or "rise" never become "promize" or "rize"; the
 * doubled l of "compelled", "recalled", "installed" is US spelling too, and is
 * undoubled only for the bases listed in L_UNDOUBLED.
 */

/** Words spelt apart, not by a suffix rule (British -> US). */
const BRITISH_WORDS: Readonly<Record<string, string>> = {
  defence: 'defense', offence: 'offense', offences: 'offenses', licence: 'license', licences: 'licenses', pretence: 'pretense',
  centre: 'center', centres: 'centers', centred: 'centered', theatre: 'theater', theatres: 'theaters',
  programme: 'program', programmes: 'programs', judgement: 'judgment', judgements: 'judgments',
  acknowledgement: 'acknowledgment', acknowledgements: 'acknowledgments', enquiry: 'inquiry', enquiries: 'inquiries',
  sceptic: 'skeptic', sceptics: 'skeptics', sceptical: 'skeptical', scepticism: 'skepticism',
  learnt: 'learned', spelt: 'spelled', dreamt: 'dreamed', whilst: 'while', amongst: 'among',
};
const US_WORDS_OF = invert(BRITISH_WORDS);

/**
 * Bases whose final l is doubled before -ed, -ing, -er in British spelling only
 * ("signalled", "labelled", "cancelled", "counselling", "traveller").
 */
const L_UNDOUBLED: readonly string[] = [
  'signal', 'label', 'cancel', 'counsel', 'travel', 'model', 'level', 'fuel', 'marvel', 'channel', 'quarrel', 'total', 'dial',
  'equal', 'rival', 'tunnel', 'unravel', 'pencil', 'shovel', 'libel', 'duel', 'funnel', 'grovel', 'jewel', 'cudgel', 'snorkel',
];
const L_BASES = new Set(L_UNDOUBLED);

/**
 * US forms that the -ize, -yze and -or rules may give beyond the reporting
 * words (which isKnownStem adds): frequent in news, and read by the taggers in
 * US spelling.
 */
const KNOWN_US_WORDS: readonly string[] = [
  'organize', 'recognize', 'realize', 'summarize', 'criticize', 'apologize', 'characterize', 'emphasize', 'authorize',
  'prioritize', 'legalize', 'mobilize', 'finalize', 'stabilize', 'minimize', 'maximize', 'normalize', 'penalize', 'privatize',
  'scrutinize', 'sympathize', 'utilize', 'subsidize', 'modernize', 'jeopardize', 'hospitalize', 'neutralize', 'specialize',
  'symbolize', 'popularize', 'publicize', 'destabilize', 'legitimize', 'marginalize', 'nationalize', 'politicize', 'polarize',
  'trivialize', 'antagonize', 'terrorize', 'theorize', 'galvanize', 'ostracize', 'demonize', 'stigmatize', 'hypothesize',
  'sanitize', 'incentivize', 'capitalize', 'categorize', 'vandalize', 'weaponize', 'memorialize', 'satirize', 'agonize',
  'downsize', 'itemize', 'idolize', 'lionize', 'patronize', 'scandalize', 'sensationalize', 'dramatize', 'fantasize',
  'familiarize', 'formalize', 'harmonize', 'immunize', 'optimize', 'revolutionize', 'standardize', 'synchronize', 'visualize',
  'energize', 'colonize', 'unionize', 'centralize', 'decentralize', 'industrialize', 'globalize', 'radicalize', 'criminalize',
  'decriminalize', 'monetize', 'digitize', 'customize', 'analyze', 'paralyze', 'catalyze',
  'labor', 'laborer', 'honor', 'honorable', 'favor', 'favorable', 'favorably', 'favorite', 'behavior', 'color', 'rumor',
  'neighbor', 'neighborhood', 'humor', 'endeavor', 'harbor', 'vigor', 'clamor', 'candor', 'fervor', 'valor', 'savor',
  'splendor', 'armor', 'parlor', 'odor', 'rancor', 'tumor', 'vapor', 'flavor', 'glamor',
];
/** Stems of KNOWN_US_WORDS, their inflections and nominals (-ization). */
const KNOWN_STEMS = new Set<string>();
for (const w of KNOWN_US_WORDS) {
  KNOWN_STEMS.add(stemWord(w));
  if (w.endsWith('ze')) KNOWN_STEMS.add(stemWord(w.slice(0, -1) + 'ation'));
}

/** -ise / -yse endings and their US forms ("analyses" is also the noun's plural, left alone). */
const ISE_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['isation', 'ization'], ['isations', 'izations'], ['ise', 'ize'], ['ises', 'izes'], ['ised', 'ized'], ['ising', 'izing'],
  ['iser', 'izer'], ['isers', 'izers'], ['yse', 'yze'], ['ysed', 'yzed'], ['ysing', 'yzing'],
];
const OUR_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['our', 'or'], ['ours', 'ors'], ['oured', 'ored'], ['ouring', 'oring'], ['ourable', 'orable'], ['ourably', 'orably'],
  ['ourite', 'orite'], ['ourites', 'orites'], ['ourer', 'orer'], ['ourers', 'orers'], ['ourhood', 'orhood'], ['ourhoods', 'orhoods'],
];
const LL_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['lled', 'led'], ['lling', 'ling'], ['ller', 'ler'], ['llers', 'lers'], ['llor', 'lor'], ['llors', 'lors'],
];

/**
 * The US spelling of a lower-case British form, or null when there is none
 * (or it is not a known word). `isKnownStem` adds the stems the caller knows
 * (the reporting lexicon's: see reporting.ts americanWord).
 */
export function americanSpelling(lower: string, isKnownStem: (stem: string) => boolean = () => false): string | null {
  const fixed = BRITISH_WORDS[lower];
  if (fixed !== undefined) return fixed;
  const last = lower.charCodeAt(lower.length - 1);
  // (a cheap first test: every ending below ends in e, d, g, n, r or s)
  if ((last !== 101 && last !== 100 && last !== 103 && last !== 110 && last !== 114 && last !== 115) || lower.length < 6) return null;
  const known = (w: string): boolean => { const s = stemWord(w); return KNOWN_STEMS.has(s) || isKnownStem(s); };
  for (const [gb, us] of ISE_ENDINGS) {
    if (!lower.endsWith(gb)) continue;
    const w = lower.slice(0, -gb.length) + us;
    // (every -isation has its -ization: no "promisation")
    return gb.startsWith('isation') || known(w) ? w : null;
  }
  for (const [gb, us] of OUR_ENDINGS) {
    if (!lower.endsWith(gb) || lower.length - gb.length < 3) continue;
    const w = lower.slice(0, -gb.length) + us;
    return known(w) ? w : null;
  }
  for (const [gb, us] of LL_ENDINGS) {
    if (!lower.endsWith(gb)) continue;
    const base = lower.slice(0, -gb.length + 1);
    return L_BASES.has(base) || L_BASES.has(base.replace(/^(?:un|re|mis|de)/, '')) ? base + us.slice(1) : null;
  }
  return null;
}

/** US word -> its British forms, for the word lists. */
function britishFormsOf(us: string): string[] {
  const out: string[] = [];
  const fixed = US_WORDS_OF.get(us);
  if (fixed) out.push(...fixed);
  // -ize: a consonant before it and three letters before that ("criticize", "realize"; not "seize", "size", "prize")
  const ize = /^(\p{L}{3,}[^aeiou\W])(iz|yz)(e|es|ed|ing|er|ers|ation|ations)$/u.exec(us);
  if (ize) out.push(ize[1] + (ize[2] === 'iz' ? 'is' : 'ys') + ize[3]);
  const or = /^(\p{L}{3,})or(s|ed|ing|able|ably|ite|ites|er|ers|hood|hoods)?$/u.exec(us);
  if (or && KNOWN_STEMS.has(stemWord(us))) out.push(or[1] + 'our' + (or[2] ?? ''));
  const led = /^(\p{L}+l)(ed|ing|er|ers|or|ors)$/u.exec(us);
  if (led && L_BASES.has(led[1]!)) out.push(led[1] + 'l' + led[2]);
  return out;
}

/**
 * The list with the British forms of its words added after them (multi-word
 * entries too: "not authorized to speak" -> "not authorised to speak"); built
 * once when a lexicon loads.
 */
export function withBritishForms(words: readonly string[]): string[] {
  const out: string[] = [], seen = new Set<string>();
  const add = (w: string): void => { if (!seen.has(w)) { seen.add(w); out.push(w); } };
  for (const w of words) {
    add(w);
    if (!w.includes(' ')) { for (const b of britishFormsOf(w)) add(b); continue; }
    const parts = w.split(' ');
    parts.forEach((p, i) => { for (const b of britishFormsOf(p)) add([...parts.slice(0, i), b, ...parts.slice(i + 1)].join(' ')); });
  }
  return out;
}

function invert(m: Readonly<Record<string, string>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [gb, us] of Object.entries(m)) out.set(us, [...(out.get(us) ?? []), gb]);
  return out;
}
