import { stemWord } from '../attribution/model/stem.js';
import { LEARNED_CUE_STEMS } from './reporting-learned.js';
import { americanSpelling, withBritishForms } from './spelling.js';

/**
 * Reporting verbs and nouns: the words that introduce what someone said,
 * wrote, believes or expects. Two parts: the hand list below (for the rule
 * finders and as a floor) and the stems learned from PolNeAR training cues
 * (src/lexicon/reporting-learned.ts, written by `npm run train -- attribution`).
 */
export const REPORTING_VERBS: readonly string[] = withBritishForms([
  'say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'add', 'added', 'adds', 'explain', 'explained', 'explains',
  'argue', 'argued', 'argues', 'claim', 'claimed', 'claims', 'deny', 'denied', 'denies', 'warn', 'warned', 'warns',
  'insist', 'insisted', 'insists', 'acknowledge', 'acknowledged', 'acknowledges', 'note', 'noted', 'notes',
  'write', 'wrote', 'writes', 'written', 'tweet', 'tweeted', 'tweets', 'state', 'stated', 'states', 'announce', 'announced', 'announces',
  'report', 'reported', 'reports', 'assert', 'asserted', 'asserts', 'contend', 'contended', 'allege', 'alleged', 'alleges',
  'suggest', 'suggested', 'suggests', 'believe', 'believed', 'believes', 'expect', 'expected', 'expects',
  'think', 'thinks', 'thought', 'predict', 'predicted', 'predicts', 'confirm', 'confirmed', 'confirms', 'declare', 'declared',
  'reply', 'replied', 'respond', 'responded', 'ask', 'asked', 'asks', 'answer', 'answered', 'recall', 'recalled',
  'admit', 'admitted', 'admits', 'concede', 'conceded', 'maintain', 'maintained', 'maintains', 'stress', 'stressed',
  'emphasize', 'emphasized', 'point', 'pointed', 'observe', 'observed', 'continue', 'continued', 'comment', 'commented',
  'estimate', 'estimated', 'accuse', 'accused', 'accuses', 'charge', 'charged', 'promise', 'promised', 'vow', 'vowed',
  'urge', 'urged', 'call', 'called', 'describe', 'described', 'insinuate', 'indicate', 'indicated', 'reveal', 'revealed',
  'testify', 'testified', 'quip', 'quipped', 'joke', 'joked', 'mock', 'mocked', 'fear', 'feared', 'hope', 'hoped',
  'worry', 'worried', 'doubt', 'doubted', 'agree', 'agreed', 'disagree', 'disagreed', 'caution', 'cautioned', 'hint', 'hinted',
  'post', 'posted', 'blog', 'blogged', 'retort', 'retorted', 'counter', 'countered', 'conclude', 'concluded', 'find', 'found',
  'show', 'showed', 'shows', 'according',
]);
export const REPORTING_NOUNS: readonly string[] = withBritishForms([
  'statement', 'report', 'claim', 'assertion', 'allegation', 'remark', 'remarks', 'comment', 'comments', 'announcement',
  'interview', 'tweet', 'post', 'letter', 'memo', 'testimony', 'speech', 'warning', 'belief', 'view', 'argument',
  'explanation', 'promise', 'pledge', 'denial', 'admission', 'accusation', 'charge', 'suggestion', 'prediction', 'estimate',
  'assessment', 'analysis', 'study', 'survey', 'poll', 'filing', 'release', 'briefing', 'op-ed', 'editorial', 'column',
]);

let stems: Set<string> = buildStems(LEARNED_CUE_STEMS);

function buildStems(learned: readonly string[]): Set<string> {
  const s = new Set<string>();
  for (const w of [...REPORTING_VERBS, ...REPORTING_NOUNS]) s.add(stemWord(w));
  for (const w of learned) s.add(w);
  return s;
}

/** True when a (stemWord) stem is a reporting verb or noun. */
export function isReportingStem(stem: string): boolean { return stems.has(stem); }

/** True when a word (any case/inflection, British spelling too: "criticised", "signalled") is a reporting verb or noun. */
export function isReportingWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (stems.has(stemWord(lower))) return true;
  const us = americanSpelling(lower, isReportingStem);
  return us !== null && stems.has(stemWord(us));
}

/**
 * The word as the lexicons and the taggers (trained on US news) know it: a British spelling's US form when it
 * is a known word ("criticised" -> "criticized", "signalled" -> "signaled"; "promised" stays), else the word.
 */
export function usSpelling(lower: string): string { return americanSpelling(lower, isReportingStem) ?? lower; }

let version = 0;
/** Changes whenever the stems change (caches of isReportingStem answers check it). */
export function lexiconVersion(): number { return version; }

/** Training uses the stems it just learned before the generated file is reloaded. */
export function setLearnedCueStems(learned: readonly string[]): void { stems = buildStems(learned); version++; }

/**
 * Finite forms of the reporting verbs that the rule finders accept as cues in
 * the news frames ("X said", "said X", "X told Y"); beliefs and expectations
 * included ("The United States expects ...").
 */
export const CUE_VERB_FORMS: readonly string[] = withBritishForms([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'argued', 'argues', 'claimed', 'claims',
  'denied', 'denies', 'warned', 'warns', 'insisted', 'insists', 'acknowledged', 'acknowledges', 'noted', 'notes', 'wrote', 'writes',
  'written', 'tweeted', 'tweets', 'stated', 'states', 'announced', 'announces', 'reported', 'reports', 'asserted', 'asserts', 'alleged', 'alleges',
  'suggested', 'suggests', 'believes', 'believed', 'believe', 'expects', 'expected', 'expect', 'thinks', 'thought', 'think',
  'predicted', 'predicts', 'confirmed', 'confirms', 'declared', 'declares', 'replied', 'responded', 'admitted', 'admits', 'conceded',
  'maintained', 'maintains', 'stressed', 'emphasized', 'observed', 'continued', 'estimated', 'estimates', 'promised', 'vowed',
  'revealed', 'testified', 'fears', 'feared', 'hopes', 'hoped', 'concluded', 'recalled', 'countered', 'cautioned', 'contended',
  'contends', 'worries', 'worried', 'doubts', 'agreed', 'agrees', 'complained', 'complains', 'quipped', 'joked', 'mocked',
  'posted', 'recounted', 'remarked', 'pointed out', 'charged', 'retorted', 'conceded', 'surmised', 'speculated',
]);
/**
 * Cue verbs that come before their source in "C, said X": speech verbs with
 * no object. Any other verb after "C," has an object or an addressee there
 * ("…,” Jim Cantrell, CEO of Phantom Space, told Rest of World"; "…, wrote an
 * assessment"), not its source. In PolNeAR train the inverted gold cues are
 * forms of "say" (70), "reported" and "wrote" (1 each), besides "according to".
 */
export const INVERTED_CUE_VERBS: readonly string[] = withBritishForms([
  'said', 'says', 'say', 'added', 'adds', 'asked', 'asks', 'reported', 'reports', 'explained', 'explains', 'wrote', 'writes',
  'recalled', 'recalls', 'noted', 'notes', 'replied', 'replies', 'continued', 'continues',
]);
/**
 * Verbs that frame a quotation only right after it, in the manner of saying
 * ("“...,” he snaps.", "“...,” she laughed."): elsewhere they describe a deed
 * ("he laughed at the idea"), so the direct-quote finder takes them only when
 * the frame ends with them. Also the present-tense forms of the cue verbs the
 * frames lack ("quips", "retorts").
 */
export const QUOTE_FRAME_VERBS: readonly string[] = withBritishForms([
  'snapped', 'snaps', 'quips', 'jokes', 'retorts', 'sighed', 'sighs', 'laughed', 'laughs', 'scoffed', 'scoffs', 'chuckled', 'chuckles',
  'smiled', 'smiles', 'mused', 'muses', 'gushed', 'gushes', 'fumed', 'fumes', 'shouted', 'shouts', 'yelled', 'yells', 'exclaimed',
  'exclaims', 'whispered', 'whispers', 'muttered', 'mutters', 'murmured', 'murmurs', 'cried', 'cries', 'interjected', 'interjects',
  'wondered', 'wonders', 'asked', 'asks', 'answered', 'answers', 'replies', 'responds', 'recalls', 'continues', 'concludes', 'remarks',
  'recounts', 'offered', 'offers', 'shrugged', 'groaned', 'groans', 'boasted', 'boasts', 'bragged', 'brags', 'pleaded', 'pleads',
  'demanded', 'demands', 'lamented', 'laments', 'marveled', 'marvelled', 'marvels', 'protested', 'protests', 'objected', 'objects',
  'concedes', 'counters', 'cautions', 'vows', 'promises', 'complains', 'grumbled', 'grumbles', 'teased', 'teases', 'added', 'adds',
  'confessed', 'confesses', 'reflects', 'reflected', 'shares', 'shared', 'summarizes', 'summarized', 'summarises', 'summarised',
  'recounted', 'reminisces', 'reminisced', 'enthuses', 'enthused', 'comments', 'commented', 'highlights', 'highlighted', 'emphasizes',
  'emphasises', 'stresses', 'observes', 'insists', 'warns', 'admits', 'acknowledges',
]);
/** Participles that continue an attribution: "..., the official said, further adding that ...". */
export const CUE_PARTICIPLES: readonly string[] = withBritishForms([
  'adding', 'saying', 'noting', 'arguing', 'explaining', 'warning', 'insisting', 'claiming', 'stressing', 'telling',
  'writing', 'asserting', 'suggesting', 'acknowledging', 'declaring', 'stating', 'emphasizing', 'calling',
]);
/**
 * Participles that continue an attribution only with "that" after them: "..., ruling that the law was void",
 * "..., predicting that prices would fall" (without it they are other verbs: "ruling out a deal", "finding work").
 */
export const THAT_CUE_PARTICIPLES: readonly string[] = withBritishForms([
  'ruling', 'predicting', 'alleging', 'concluding', 'contending', 'conceding', 'maintaining', 'announcing', 'confirming',
  'complaining', 'reasoning', 'recalling', 'observing', 'reporting', 'signaling', 'indicating', 'estimating', 'charging',
]);
/** Participles that frame the quotation right after them: "…, while chanting, “…”", "…, saying: “…”" (see finders/direct.ts). */
export const QUOTE_PARTICIPLES: readonly string[] = withBritishForms([
  'chanting', 'shouting', 'saying', 'yelling', 'singing', 'screaming', 'crying', 'asking', 'adding', 'noting', 'writing', 'tweeting',
  'declaring', 'insisting', 'warning', 'repeating', 'pleading', 'demanding',
]);
/** Nouns that carry a claim after a possessive: "X's claim that C". */
export const CLAIM_NOUNS: readonly string[] = withBritishForms([
  'claim', 'claims', 'assertion', 'argument', 'allegation', 'allegations', 'belief', 'insistence', 'contention', 'view',
  'warning', 'suggestion', 'promise', 'pledge', 'statement', 'announcement', 'admission', 'denial', 'charge', 'accusation',
  'prediction', 'assessment', 'conclusion', 'hope', 'fear', 'expectation', 'assurance', 'vow', 'threat',
]);

/**
 * What kind of act a statement's cue reports (record field `quotes[].cueClass`), by the stem of its head word:
 *   speech    words said, written or posted, and speech acts (criticized, urged, promised, denied, asked)
 *   belief    what someone thinks, expects, hopes, fears or wants
 *   evidence  what a record, a poll or a search shows or finds
 * Anything else is "other" ("signed", "offered", "allowed"): PolNeAR annotates such verbs as cues in
 * context (train: "signed" is in a cue 26 times of 80), which users may not count as statements. So is a verb of
 * saying that names or authors something (NAMING_VERBS with a name after them, "wrote" with a work:
 * "a station wagon called the ID", "he wrote his first novel").
 */
export const NAMING_VERBS: readonly string[] = withBritishForms(['call', 'dub', 'name', 'nickname', 'title', 'label', 'brand', 'term']);
export const AUTHORED_WORKS: readonly string[] = [
  'novel', 'novels', 'book', 'books', 'handbook', 'handbooks', 'will', 'song', 'songs', 'script', 'screenplay', 'poem', 'poems',
  'code', 'software', 'music', 'lyrics', 'play', 'plays', 'opera', 'symphony', 'biography', 'memoir', 'thesis', 'dissertation',
];
export const CUE_CLASS_WORDS: Readonly<Record<'speech' | 'belief' | 'evidence', readonly string[]>> = {
  speech: [
    'say', 'tell', 'add', 'explain', 'argue', 'claim', 'deny', 'warn', 'insist', 'acknowledge', 'note', 'write', 'tweet', 'state',
    'announce', 'report', 'assert', 'contend', 'allege', 'suggest', 'predict', 'confirm', 'declare', 'reply', 'respond', 'ask',
    'answer', 'recall', 'admit', 'concede', 'maintain', 'stress', 'emphasize', 'emphasise', 'point', 'observe', 'continue', 'comment',
    'accuse', 'charge', 'promise', 'vow', 'urge', 'call', 'describe', 'insinuate', 'testify', 'quip', 'joke', 'mock', 'caution',
    'hint', 'post', 'blog', 'retort', 'counter', 'conclude', 'according', 'criticize', 'criticise', 'blame', 'praise', 'condemn',
    'denounce', 'slam', 'blast', 'attack', 'dismiss', 'reject', 'pledge', 'demand', 'threaten', 'propose', 'recommend', 'advise',
    'repeat', 'reiterate', 'inform', 'notify', 'complain', 'protest', 'object', 'question', 'challenge', 'dispute', 'refute',
    'defend', 'thank', 'apologize', 'apologise', 'congratulate', 'welcome', 'endorse', 'applaud', 'lament', 'decry', 'scold',
    'chide', 'rebuke', 'lash', 'hit', 'fire', 'shout', 'yell', 'scream', 'chant', 'sing', 'whisper', 'mutter', 'snap', 'exclaim',
    'speak', 'talk', 'discuss', 'mention', 'cite', 'quote', 'label', 'brand', 'dub', 'term', 'characterize', 'characterise',
    'predict', 'forecast', 'disclose', 'reveal', 'release', 'publish', 'email', 'text', 'message', 'write', 'interview', 'remark',
    'statement', 'remarks', 'comments', 'claim', 'assertion', 'allegation', 'announcement', 'testimony', 'speech', 'warning',
    'explanation', 'promise', 'pledge', 'denial', 'admission', 'accusation', 'briefing', 'letter', 'memo', 'op-ed', 'editorial',
    'column', 'tweet', 'post', 'plead', 'swear', 'assure', 'agree', 'disagree', 'concur', 'insist', 'boast', 'brag', 'muse',
    'wonder', 'acknowledgment', 'vote', 'rule', 'order', 'sue', 'file', 'petition', 'appeal', 'request', 'invite', 'encourage',
    'speculate', 'recount', 'express', 'refer', 'relate', 'narrate', 'beg', 'profess', 'convey', 'voice', 'echo', 'signal',
  ],
  belief: [
    'believe', 'think', 'expect', 'hope', 'fear', 'worry', 'want', 'wish', 'feel', 'know', 'doubt', 'suspect', 'assume',
    'consider', 'regard', 'view', 'see', 'understand', 'plan', 'intend', 'aim', 'prefer', 'favor', 'favour', 'oppose', 'support',
    'like', 'love', 'hate', 'trust', 'distrust', 'imagine', 'guess', 'reckon', 'suppose', 'figure', 'realize', 'realise', 'learn',
    'remember', 'forget', 'seem', 'appear', 'recognize', 'recognise', 'calculate', 'belief', 'view', 'opinion', 'concern', 'hopes', 'fears', 'expectation', 'confident',
    'convinced', 'sure', 'certain', 'skeptical', 'sceptical', 'optimistic', 'pessimistic', 'afraid', 'aware', 'likely',
  ],
  evidence: [
    'show', 'find', 'indicate', 'estimate', 'measure', 'count', 'record', 'document', 'demonstrate', 'prove',
    'poll', 'survey', 'study', 'analysis', 'data', 'figures', 'research', 'in',
  ],
};

/**
 * Passive cues of telling, belief and blame ("were told", "is widely seen as", "was accused of"), and of choosing and
 * making known ("was declared the winner", "was endorsed", "has been announced"): their subject is who heard, who is
 * spoken of or what is made known, not who spoke (refine:passive-telling gives their relations no source, and a
 * sourceless one takes no speaker from the sentence's other statements). PolNeAR train gold gives the second group's
 * subject as source 5 times in 138. Not the states of mind ("was frustrated", "is convinced"): their subject holds them.
 */
export const PASSIVE_TELLING = /^(?:was|were|is|are|['’]s|['’]re|been|being|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+(?:(?:\w+ly|once|also|never|often|again|even|still|later|then)\s+)?(?:told|informed|asked|assured|warned|advised|notified|reminded|seen|viewed|regarded|considered|expected|believed|thought|perceived|known|said|reported|alleged|rumou?red|charged|accused|critici[sz]ed|blamed|praised|credited|urged|pressed|ordered|encouraged|questioned|called|described|declared|announced|mentioned|identified|confirmed|released|shown|projected|dismissed|endorsed|rebuffed|recognized|attributed|written|celebrated|appointed|revered|favored|intended|revealed|entitled|suspected|named|elected|nominated|chosen)(?:\s+(?:as|to|with|of|for|on|about|off))?$/i;

/**
 * Raising verbs read as cues ("Ben Carson appears to be slipping", "the mood seemed upbeat"): what appears is no one's
 * statement, and PolNeAR train gold gives them no source 169 times in 174 (refine:passive-telling drops the
 * source, unless a verb of saying or thinking follows: "seemed to think").
 */
/**
 * Adverbs of hearsay read as cues ("Cuccinelli reportedly reacted by ..."): the writer passes on what someone unnamed
 * reported, and the sentence's subject is not who said it (PolNeAR train gold: "reportedly" has no source 14 times of
 * 14).
 */
export const HEARSAY_ADVERB_CUE = /^(?:reportedly|allegedly|purportedly|supposedly)$/i;
export const RAISING_CUE = /^(?:\w+ly\s+)?(?:appears?|appeared|seems?|seemed)(?:\s+(?:to|as|like))?$/i;

/**
 * A question put to someone, opening the sentence ("Asked on Monday whether ...", "When pressed about ..."): who
 * asked goes unnamed (PolNeAR: 39 of 45 such train relations have no source), and the one asked, the subject of
 * the sentence's main clause, did not say it.
 */
export const QUESTION_PUT_CUE = /^(?:when\s+|after\s+being\s+)?(?:asked|pressed|questioned|quizzed)\b/i;

/**
 * Verbs that report a clause only with "that" after them ("The Congressional Budget Office projects that ...", "a
 * judge ruled that ...", "Critics argue that ..."): base and plural forms of the cue verbs, and verbs of finding,
 * ruling and forecasting. Without "that" they name other deeds ("they report to the board", "the court ruled on").
 */
export const THAT_CUE_VERBS: readonly string[] = withBritishForms([
  'project', 'projects', 'projected', 'forecast', 'forecasts', 'rule', 'rules', 'ruled', 'find', 'finds', 'found', 'show', 'shows',
  'showed', 'indicate', 'indicates', 'indicated', 'conclude', 'determined', 'determine', 'state', 'argue', 'warn', 'claim', 'insist',
  'note', 'deny', 'add', 'explain', 'report', 'suggest', 'predict', 'estimate', 'admit', 'acknowledge', 'confirm', 'reveal', 'contend',
  'maintain', 'fear', 'hope', 'agree', 'complain', 'allege', 'assert', 'announce', 'stress', 'stresses', 'emphasize', 'emphasizes',
  'calculate', 'calculates', 'calculated', 'reckon', 'reckons', 'reckoned', 'assume', 'assumes', 'assumed', 'realize', 'realized',
  'recognize', 'recognizes', 'recognized', 'learned', 'discovered', 'discover', 'discovers', 'decided', 'decide', 'decides',
  'made it clear', 'made clear', 'makes it clear', 'makes clear', 'know', 'knows', 'knew', "didn't know", "don't know", "doesn't know",
  'understand', 'understands', 'feel', 'feels', 'felt',
]);

/**
 * Verbs of aspect and attempt that take the reporting verb as an infinitive ("continued to call for", "tried to
 * explain", "began to question"): PolNeAR's cue runs on over "to" and that verb (train/: 35 cues "continue ... to
 * VERB" and none ending at "continued" before "to"; "try" 44 and 3), unlike "wants to", "plans to" or "seems to",
 * whose cue ends before "to".
 */
export const ASPECT_CUE_VERB = /\b(?:continu(?:e|es|ed|ing)|tr(?:y|ies|ied|ying)|beg(?:in|ins|an|un|inning)|start(?:s|ed|ing)?|fail(?:s|ed|ing)?)$/i;

/**
 * Verbs of intention whose cue ends before "to" ("plans to call on" -> "plans"; the content is "to call on ..."):
 * PolNeAR train/ has 56 cues "plan" before "to" and 3 running on, "agree" 26/0, "vow" 38/0, "promise" 49/1,
 * "pledge" 32/1, "hope" 24/1, "expect" 89/3. ("want", "refuse" and "decline" are left to the model: their cues
 * run on often enough.)
 */
export const INTENTION_CUE_VERB = /\b(?:plan|agree|vow|promis|pledg|hope|expect|threaten|intend)\w*$/i;

/**
 * Adjectives of attitude that report a "that" clause after a copula ("Protesters were frustrated that ...", "they
 * are confident that ..."): PolNeAR's cue is the copula and the adjective (train/: 28 of 28 annotated cues hold the
 * copula; 28 of the 49 such phrases are annotated).
 */
export const ATTITUDE_ADJECTIVES: readonly string[] = withBritishForms([
  'frustrated', 'worried', 'concerned', 'confident', 'convinced', 'hopeful', 'adamant', 'optimistic', 'pessimistic', 'skeptical',
  'sceptical', 'certain', 'sure', 'afraid', 'fearful', 'angry', 'upset', 'furious', 'disappointed', 'pleased', 'happy', 'glad',
  'proud', 'relieved', 'aware', 'unaware', 'insistent', 'unhappy', 'doubtful', 'satisfied', 'surprised', 'shocked', 'outraged',
  'alarmed', 'determined',
]);

/** Auxiliaries before a verb of saying, which PolNeAR keeps in the cue ("has said", "would argue"; train gold: 2,970 kept, 80 left out). */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'did', 'does', 'do', 'could', 'should', 'may', 'might', 'can',
  'must', 'been', 'be', "'s", '’s', "'ve", '’ve', "'d", '’d', "'re", '’re', "'ll", '’ll',
]);

/**
 * Verbs of opinion right after a writer's "I" joined to a reported statement ("Critics say it will hurt small
 * businesses, and I think they are right"): the remark is the writer's own, not the source's.
 */
export const WRITER_OPINION_VERBS: readonly string[] = withBritishForms(['think', 'believe', 'agree', 'disagree', 'suspect', 'doubt', 'fear', 'reckon', 'hope', 'suppose']);
