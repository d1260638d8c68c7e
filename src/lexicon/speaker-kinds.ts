/**
 * Words that tell what kind of speaker a source mention names: pronouns and
 * their agreement features, role and title words that are stripped to reach a
 * person's name, gendered role words, and the nouns of documents.
 * All entries are lower case; multi-word entries are matched as phrases.
 */

import { withBritishForms } from './spelling.js';

export type Gender = 'male' | 'female' | 'neuter' | 'unknown';
export type GrammaticalNumber = 'singular' | 'plural' | 'unknown';

export interface PronounInfo {
  gender: Gender;
  number: GrammaticalNumber;
  /** 1 = speaker (I, we), 2 = addressee (you), 3 = someone else. */
  person: 1 | 2 | 3;
  /** Relative pronouns (who, which, that) refer to the noun phrase right before them. */
  relative?: boolean;
}

export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map<string, PronounInfo>([
  ['he', { gender: 'male', number: 'singular', person: 3 }],
  ['him', { gender: 'male', number: 'singular', person: 3 }],
  ['his', { gender: 'male', number: 'singular', person: 3 }],
  ['himself', { gender: 'male', number: 'singular', person: 3 }],
  ['she', { gender: 'female', number: 'singular', person: 3 }],
  ['her', { gender: 'female', number: 'singular', person: 3 }],
  ['hers', { gender: 'female', number: 'singular', person: 3 }],
  ['herself', { gender: 'female', number: 'singular', person: 3 }],
  ['it', { gender: 'neuter', number: 'singular', person: 3 }],
  ['its', { gender: 'neuter', number: 'singular', person: 3 }],
  ['itself', { gender: 'neuter', number: 'singular', person: 3 }],
  ['they', { gender: 'unknown', number: 'plural', person: 3 }],
  ['them', { gender: 'unknown', number: 'plural', person: 3 }],
  ['their', { gender: 'unknown', number: 'plural', person: 3 }],
  ['themselves', { gender: 'unknown', number: 'plural', person: 3 }],
  ['i', { gender: 'unknown', number: 'singular', person: 1 }],
  ['me', { gender: 'unknown', number: 'singular', person: 1 }],
  ['my', { gender: 'unknown', number: 'singular', person: 1 }],
  ['we', { gender: 'unknown', number: 'plural', person: 1 }],
  ['us', { gender: 'unknown', number: 'plural', person: 1 }],
  ['our', { gender: 'unknown', number: 'plural', person: 1 }],
  ['you', { gender: 'unknown', number: 'unknown', person: 2 }],
  ['your', { gender: 'unknown', number: 'unknown', person: 2 }],
  ['who', { gender: 'unknown', number: 'unknown', person: 3, relative: true }],
  ['whom', { gender: 'unknown', number: 'unknown', person: 3, relative: true }],
  ['whose', { gender: 'unknown', number: 'unknown', person: 3, relative: true }],
  ['which', { gender: 'neuter', number: 'unknown', person: 3, relative: true }],
  ['that', { gender: 'unknown', number: 'unknown', person: 3, relative: true }],
]);

/** Honorifics that give a gender ("Mr. Obama", "Ms. Lynch"). Compared without the period. */
export const GENDERED_HONORIFICS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['sir', 'male'], ['dame', 'female'],
  ['lady', 'female'], ['lord', 'male'], ['madam', 'female'], ['madame', 'female'], ['mme', 'female'], ['messrs', 'male'],
]);

/**
 * Honorifics conferred in Malaysia and Brunei, written before a name and no part of it ("Datuk Seri Anwar Ibrahim",
 * "Tan Sri Muhyiddin Yassin", "Tun Mahathir Mohamad", "Dato' Sri Najib Razak"). Two-word ones are matched as
 * phrases only: "Tan" and "Sri" alone open names ("Tan Cheng Bock", "Sri Mulyani Indrawati").
 */
export const MALAY_HONORIFICS: readonly string[] = [
  'datuk', 'dato', 'datin', 'seri', 'tun',
  'tan sri', 'puan sri', 'toh puan', 'datuk sri', 'dato sri', "dato' sri", "dato' seri", 'datin sri', 'datin paduka',
];
const MALAY_HONORIFIC_WORDS = MALAY_HONORIFICS.filter((h) => !h.includes(' '));

/**
 * Honorifics: how a person is addressed, never a part of the name nor a role of its own ("Sir Keir Starmer",
 * "Dame Judi Dench", "Datuk Seri Anwar Ibrahim"). Single words, compared without a final period.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([...GENDERED_HONORIFICS.keys(), 'mx', 'hon', 'dr', ...MALAY_HONORIFIC_WORDS]);
/** The two-word honorifics, matched as phrases. */
export const HONORIFIC_PHRASES: readonly string[] = MALAY_HONORIFICS.filter((h) => h.includes(' '));

/** Role words carrying a gender ("spokeswoman", "congressman"). */
export const GENDERED_ROLES: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['spokesman', 'male'], ['spokeswoman', 'female'], ['congressman', 'male'], ['congresswoman', 'female'],
  ['chairman', 'male'], ['chairwoman', 'female'], ['businessman', 'male'], ['businesswoman', 'female'],
  ['king', 'male'], ['queen', 'female'], ['prince', 'male'], ['princess', 'female'], ['father', 'male'], ['mother', 'female'],
  ['husband', 'male'], ['wife', 'female'], ['son', 'male'], ['daughter', 'female'], ['brother', 'male'], ['sister', 'female'],
  ['man', 'male'], ['woman', 'female'], ['boy', 'male'], ['girl', 'female'], ['grandmother', 'female'], ['grandfather', 'male'],
  ['actress', 'female'], ['councilman', 'male'], ['councilwoman', 'female'], ['assemblyman', 'male'], ['assemblywoman', 'female'],
  ['widow', 'female'], ['uncle', 'male'], ['aunt', 'female'], ['nun', 'female'], ['priest', 'male'], ['pope', 'male'],
  ['mom', 'female'], ['mum', 'female'], ['dad', 'male'], ['grandma', 'female'], ['grandpa', 'male'], ['girlfriend', 'female'],
  ['boyfriend', 'male'], ['fiancee', 'female'], ['fiancée', 'female'], ['fiance', 'male'], ['fiancé', 'male'], ['stepmother', 'female'],
  ['stepfather', 'male'], ['stepson', 'male'], ['stepdaughter', 'female'], ['grandson', 'male'], ['granddaughter', 'female'],
]);

/**
 * Titles of nobility and of sees that, with "of" and a place, are a person's
 * name as a whole ("the Duke of Edinburgh", "the Archbishop of Canterbury").
 */
export const TITLES_OF_PLACE: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['duke', 'male'], ['duchess', 'female'], ['prince', 'male'], ['princess', 'female'], ['earl', 'male'], ['countess', 'female'],
  ['marquess', 'male'], ['marchioness', 'female'], ['viscount', 'male'], ['viscountess', 'female'], ['baron', 'male'],
  ['baroness', 'female'], ['archbishop', 'male'], ['bishop', 'male'],
]);

/**
 * Role, title and office words: stripped from a mention to reach the person's
 * name ("Russian President Vladimir Putin" -> "Vladimir Putin"), kept as the
 * speaker's roles, and the heads of nominal mentions ("the president").
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'vice-president', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'undersecretary', 'deputy', 'assistant',
  'senator', 'sen', 'sens', 'representative', 'rep', 'reps', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'delegate',
  'governor', 'gov', 'mayor', 'lieutenant', 'lt', 'general', 'gen', 'admiral', 'adm', 'colonel', 'col', 'major', 'maj', 'captain', 'capt',
  'sergeant', 'sgt', 'commander', 'cmdr', 'chief', 'head', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'founder',
  'co-founder', 'spokesman', 'spokeswoman', 'spokesperson', 'speaker', 'leader', 'whip', 'ambassador', 'amb', 'envoy', 'diplomat',
  'attorney', 'atty', 'judge', 'justice', 'prosecutor', 'sheriff', 'commissioner', 'superintendent', 'inspector', 'officer',
  'official', 'adviser', 'advisor', 'aide', 'counselor', 'strategist', 'consultant', 'pollster', 'analyst', 'economist', 'expert',
  'professor', 'prof', 'dr', 'doctor', 'rev', 'reverend', 'father', 'bishop', 'archbishop', 'cardinal', 'pope', 'rabbi', 'imam', 'pastor',
  'candidate', 'nominee', 'hopeful', 'challenger', 'incumbent', 'contender', 'manager', 'chairperson', 'treasurer', 'clerk',
  'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'lord', 'lady', 'hon', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh',
  ...MALAY_HONORIFIC_WORDS,
  'foreign', 'defense', 'defence', 'interior', 'finance', 'press', 'campaign', 'communications', 'national', 'security',
  'former', 'ex', 'acting', 'interim', 'retired', 'late', 'then', 'incoming', 'outgoing', 'senior', 'top', 'junior',
  'democratic', 'republican', 'gop', 'independent', 'conservative', 'liberal', 'progressive', 'u.s.', 'us', 'presumptive',
  'house', 'senate', 'majority', 'minority', 'state', 'attorney-general', 'solicitor', 'auditor', 'comptroller', 'secretary-general',
  'executive', 'editor', 'correspondent', 'reporter', 'columnist', 'anchor', 'host', 'producer', 'author', 'writer', 'researcher',
  'scientist', 'activist', 'organizer', 'organiser', 'member', 'fellow', 'partner', 'owner', 'coach', 'player', 'star', 'actor', 'actress',
  'billionaire', 'businessman', 'businesswoman', 'mogul', 'magnate', 'resident', 'voter', 'supporter', 'protester', 'witness',
  'businessperson', 'general-secretary', 'surgeon', 'nurse', 'teacher', 'student', 'lawyer', 'councilman', 'councilwoman',
  'assemblyman', 'assemblywoman', 'detective', 'agent', 'trooper', 'investigator', 'physician', 'mr.', 'mrs.', 'ms.', 'dr.',
  'rival', 'opponent', 'councillor', 'councilor', 'cllr', 'alderman', 'veteran', 'frontrunner', 'front-runner', 'mate', 'running', 'widow',
  'gop', 'democrat', 'republican', 'libertarian', 'del.',
  // Westminster and its devolved and European parliaments: members by their letters, parties as they are written before them
  // ("Tory" is a given name too: "Tory Mazzola")
  'mp', 'mep', 'msp', 'mla', 'labour', 'snp',
  // plural titles before several names ("Senators Grassley and Leahy", "Professors Foner and Alba")
  'senators', 'representatives', 'governors', 'congressmen', 'congresswomen', 'judges', 'justices', 'ministers', 'mayors',
  'professors', 'doctors', 'generals', 'ambassadors', 'commissioners', 'hopefuls', 'candidates', 'nominees', 'mps', 'meps',
]);

/** Abbreviated titles and their full words: a speaker's roles are kept in full, so "the governor" finds "Gov. Chris Christie". */
export const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['sens', 'senator'], ['rep', 'representative'], ['reps', 'representative'],
  ['gen', 'general'], ['lt', 'lieutenant'], ['col', 'colonel'], ['maj', 'major'], ['capt', 'captain'], ['sgt', 'sergeant'],
  ['adm', 'admiral'], ['cmdr', 'commander'], ['amb', 'ambassador'], ['atty', 'attorney'], ['prof', 'professor'], ['rev', 'reverend'],
  ['del.', 'delegate'], ['sec', 'secretary'], ['cllr', 'councillor'],
]);

/**
 * Titles written as capital letters before a name, matched as written ("Berea DA Phahlane Mokoko"): in lower case
 * they are other words ("da" is a name particle: "Lula da Silva"). With the title in full, kept as the role.
 */
export const CAPITAL_TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['DA', 'district attorney'], ['AG', 'attorney general'], ['DPP', 'director of public prosecutions'],
]);

/** Nouns for one person of a nation that are no nationality adjective ("the Spaniard", "the Dutchman said"). */
export const PERSON_DEMONYMS: ReadonlySet<string> = new Set([
  'spaniard', 'frenchman', 'frenchwoman', 'dutchman', 'dutchwoman', 'englishman', 'englishwoman', 'irishman', 'irishwoman',
  'scotsman', 'scotswoman', 'welshman', 'welshwoman', 'scot', 'briton', 'brit', 'swede', 'dane', 'finn', 'pole', 'turk', 'croat',
  'serb', 'argentine', 'argentinian', 'colombian', 'chilean', 'peruvian', 'uruguayan', 'ghanaian',
  'kiwi', 'aussie', 'american', 'brazilian', 'nigerian', 'moroccan', 'algerian', 'tunisian', 'cameroonian', 'ivorian', 'slovak',
  'slovenian', 'bosnian', 'albanian', 'bulgarian', 'estonian', 'latvian', 'lithuanian', 'icelander', 'canadian',
]);

/** Nationality and place adjectives that open role phrases ("Russian President ..."): stripped with the role. */
export const NATIONALITY_WORDS: ReadonlySet<string> = new Set([
  'american', 'russian', 'ukrainian', 'british', 'french', 'german', 'chinese', 'japanese', 'korean', 'north', 'south', 'iranian',
  'israeli', 'palestinian', 'syrian', 'iraqi', 'afghan', 'turkish', 'indian', 'pakistani', 'mexican', 'canadian', 'australian',
  'italian', 'spanish', 'polish', 'saudi', 'egyptian', 'european', 'belarusian', 'georgian', 'hungarian', 'dutch', 'swedish',
  'finnish', 'norwegian', 'danish', 'irish', 'scottish', 'welsh', 'brazilian', 'venezuelan', 'cuban', 'nigerian', 'kenyan',
  'emirati', 'qatari', 'jordanian', 'lebanese', 'libyan', 'yemeni', 'greek', 'swiss', 'austrian', 'belgian', 'czech', 'romanian',
]);

/** Multi-word offices that hold a capitalized non-name word ("Secretary of State"): removed as a whole (British spellings too: "Secretary of Labour"). */
export const MULTIWORD_ROLES: readonly string[] = withBritishForms([
  'secretary of state', 'secretary of defense', 'secretary of homeland security', 'secretary of the treasury', 'secretary of the interior',
  'secretary of health and human services', 'secretary of housing and urban development', 'secretary of labor', 'secretary of energy',
  'secretary of education', 'secretary of agriculture', 'secretary of commerce', 'secretary of transportation', 'secretary of veterans affairs',
  'attorney general', 'surgeon general', 'speaker of the house', 'chief of staff', 'minister of foreign affairs', 'minister of defence',
  'minister of defense', 'minister of finance', 'director of national intelligence', 'chief justice', 'white house press secretary',
  'white house chief of staff', 'white house spokesman', 'white house spokeswoman', 'press secretary', 'national security adviser',
  'house speaker', 'senate majority leader', 'senate minority leader', 'house majority leader', 'house minority leader',
  'state department spokesman', 'state department spokeswoman', 'pentagon spokesman', 'pentagon spokeswoman', 'kremlin spokesman',
  'foreign minister', 'defense minister', 'defence minister', 'prime minister',
]);

/** Last words of an office's domain ("Minister for Foreign Affairs", "Commissioner for Human Rights"): no surname. */
export const OFFICE_DOMAIN_WORDS: ReadonlySet<string> = new Set([
  'affairs', 'rights', 'intelligence', 'security', 'defense', 'defence', 'state', 'states', 'house', 'senate', 'exchequer', 'health',
  'justice', 'treasury', 'commerce', 'energy', 'education', 'labor', 'labour', 'interior', 'agriculture', 'transportation', 'transport',
  'refugees', 'children', 'torture', 'development', 'environment', 'finance', 'trade', 'industry', 'kingdom', 'nations', 'union',
  'republic', 'department', 'office', 'committee', 'council', 'services', 'service', 'police', 'bank', 'reserve', 'staff', 'army',
  'navy', 'force', 'forces', 'commission', 'court', 'parliament', 'assembly', 'congress', 'city', 'county', 'region', 'province',
]);

/**
 * Nouns naming a person or group whose mention carries no name: the heads of
 * anonymous and nominal sources ("a senior official", "the official",
 * "people familiar with the matter").
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'aide', 'aides', 'person', 'persons', 'people', 'individual', 'individuals',
  'adviser', 'advisers', 'advisor', 'advisors', 'diplomat', 'diplomats', 'insider', 'insiders', 'staffer', 'staffers', 'officer',
  'officers', 'employee', 'employees', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'representatives', 'analyst',
  'analysts', 'expert', 'experts', 'observer', 'observers', 'critic', 'critics', 'supporter', 'supporters', 'opponent', 'opponents',
  'resident', 'residents', 'witness', 'witnesses', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'member', 'members',
  'leader', 'leaders', 'executive', 'executives', 'investigator', 'investigators', 'prosecutor', 'prosecutors', 'researcher',
  'researchers', 'scientist', 'scientists', 'economist', 'economists', 'activist', 'activists', 'protester', 'protesters',
  'protestors', 'voter', 'voters', 'strategist', 'strategists', 'operative', 'operatives', 'agent', 'agents', 'man', 'men', 'woman',
  'women', 'president', 'senator', 'senators', 'congressman', 'congresswoman', 'governor', 'mayor', 'minister', 'ministers',
  'secretary', 'candidate', 'candidates', 'nominee', 'chairman', 'chairwoman', 'director', 'ambassador', 'envoy', 'judge', 'judges',
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'doctor', 'doctors', 'student', 'students', 'teacher', 'teachers', 'worker',
  'workers', 'soldier', 'soldiers', 'commander', 'commanders', 'general', 'generals', 'pollster', 'pollsters', 'consultant',
  'consultants', 'insurgent', 'insurgents', 'rebel', 'rebels', 'militant', 'militants', 'separatist', 'separatists', 'lobbyist',
  'lobbyists', 'donor', 'donors', 'delegate', 'delegates', 'fan', 'fans', 'parent', 'parents', 'friend', 'friends', 'colleague',
  'colleagues', 'counterpart', 'counterparts', 'figure', 'figures', 'participant', 'participants', 'victim', 'victims', 'survivor',
  'survivors', 'organizer', 'organizers', 'organiser', 'organisers', 'negotiator', 'negotiators',
  'ally', 'allies', 'loyalist', 'loyalists', 'backer', 'backers', 'surrogate', 'surrogates', 'confidant', 'confidants', 'associate', 'associates',
  'correspondent', 'reporter', 'reporters', 'journalist', 'journalists', 'columnist', 'editor', 'editors', 'speaker', 'chief',
  'head', 'founder', 'manager', 'managers', 'host', 'author', 'authors', 'writer', 'writers', 'professor', 'professors', 'man',
  'engineer', 'engineers', 'manager', 'managers', 'contractor', 'contractors', 'banker', 'bankers', 'trader', 'traders',
  'investor', 'investors', 'staff', 'staffers', 'clerk', 'guard', 'guards', 'pilot', 'pilots', 'nurse', 'nurses', 'physician',
  'physicians', 'farmer', 'farmers', 'owner', 'owners', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'relative', 'relatives',
  'republicans', 'democrats', 'conservatives', 'liberals', 'progressives', 'americans', 'economists', 'aide-de-camp',
  'authorities', 'demonstrators', 'proponents', 'developers', 'advocates', 'scholar', 'scholars', 'academic', 'academics',
  'historian', 'historians', 'commentator', 'commentators', 'pundit', 'pundits', 'administrator', 'administrators', 'enemies',
  'reader', 'readers', 'listener', 'listeners', 'viewer', 'viewers', 'artist', 'artists', 'daughter', 'son', 'wife', 'husband', 'mother',
  'father', 'brother', 'sister', 'child', 'children', 'cousin', 'niece', 'nephew', 'family', 'citizen', 'citizens',
  'announcer', 'announcers', 'narrator', 'moderator', 'moderators', 'respondent', 'respondents',
  'mom', 'mum', 'dad', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'girlfriend', 'boyfriend', 'fiancee', 'fiancée', 'fiance', 'fiancé',
  'stepmother', 'stepfather', 'stepson', 'stepdaughter', 'spouse', 'grandson', 'granddaughter', 'monarch', 'aunt', 'uncle',
  'widower',
  // people by what they use, buy or where they live, as a group ("Users complained", "Locals said")
  'users', 'customers', 'consumers', 'shoppers', 'patients', 'locals', 'passengers', 'drivers', 'travellers', 'travelers', 'commuters',
  'tenants', 'homeowners', 'personnel', 'spectators', 'onlookers', 'bystanders', 'pupils', 'villagers', 'migrants', 'refugees', 'immigrants',
  'user', 'customer', 'patient', 'passenger', 'suspect', 'suspects', 'politician', 'politicians', 'defendant', 'defendants', 'plaintiff',
  'plaintiffs', 'accuser', 'accusers',
  // players by position or sport, as sport reports vary a name ("the winger said", "the goalkeeper told reporters")
  'winger', 'wingers', 'striker', 'strikers', 'midfielder', 'midfielders', 'goalkeeper', 'goalkeepers', 'goalie', 'defender', 'defenders',
  'quarterback', 'pitcher', 'batter', 'batsman', 'bowler', 'full-back', 'fullback', 'centre-back', 'center-back', 'playmaker',
  'footballer', 'footballers', 'cricketer', 'cricketers', 'athlete', 'athletes', 'sprinter', 'boxer', 'golfer', 'swimmer', 'cyclist',
]);

/** Nouns of documents and records that speak in news prose ("a statement said", "a court filing shows"). */
/** Last words of the names of laws, treaties and charters ("the Affordable Care Act", "the Paris Agreement", "the U.N. Charter"): records, no one's names. */
export const DOCUMENT_NAME_HEADS: ReadonlySet<string> = new Set([
  'act', 'acts', 'treaty', 'treaties', 'accord', 'accords', 'agreement', 'charter', 'protocol', 'constitution', 'declaration', 'amendment',
  'convention', 'covenant', 'compact', 'doctrine', 'manifesto', 'ordinance', 'statute', 'directive',
]);
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'filing', 'filings', 'memo', 'memorandum', 'letter', 'letters', 'report', 'reports', 'study', 'studies',
  'survey', 'surveys', 'poll', 'polls', 'document', 'documents', 'lawsuit', 'complaint', 'indictment', 'ruling', 'decision',
  'analysis', 'release', 'communique', 'communiqué', 'transcript', 'record', 'records', 'data', 'figures', 'estimate', 'estimates',
  'email', 'e-mail', 'emails', 'e-mails', 'tweet', 'tweets', 'post', 'posts', 'posting', 'postings', 'video', 'footage', 'recording', 'recordings', 'piece', 'message', 'note', 'notice',
  'affidavit', 'brief', 'submission', 'submissions', 'motion', 'order', 'opinion', 'verdict', 'testimony', 'declaration', 'resolution', 'bill', 'law', 'policy', 'ordinance', 'statute', 'directive',
  'guidance', 'guidelines', 'assessment', 'review', 'audit', 'investigation', 'inquiry', 'research', 'paper', 'findings', 'book',
  'website', 'site', 'page', 'ad', 'advertisement', 'commercial', 'speech', 'announcement', 'readout', 'summary', 'plan', 'proposal',
  'platform', 'manifesto', 'editorial', 'article', 'story', 'column', 'interview', 'broadcast', 'op-ed', 'blog', 'factsheet', 'warrant',
  'accord', 'accords', 'agreement', 'agreements', 'treaty', 'rules', 'regulations', 'returns', 'numbers', 'statistics', 'results',
  'clip', 'spot', 'film', 'accounts', 'headlines', 'slide', 'slides', 'presentation', 'excerpts', 'excerpt', 'timeline', 'chart', 'charts', 'graphic', 'database', 'map', 'documentary', 'literature', 'average', 'averages', 'tally', 'forecast', 'forecasts', 'projection', 'projections',
  'brochure', 'leaflet', 'pamphlet', 'booklet', 'handbook', 'manual', 'newsletter', 'slideshow', 'dossier', 'files', 'petition',
  'obituary', 'caption', 'label', 'sign', 'banner', 'placard', 'flyer', 'flier', 'textbook', 'scorecard', 'index',
]);

/**
 * Adjectives that describe a document, capitalized when they open a sentence ("Preliminary investigation
 * suggested ...", "Internal emails show ..."): the document speaks, not someone named "Preliminary".
 */
export const DOCUMENT_ADJECTIVES: ReadonlySet<string> = new Set([
  'preliminary', 'initial', 'early', 'earlier', 'further', 'internal', 'interim', 'final', 'official', 'unofficial', 'annual',
  'quarterly', 'monthly', 'weekly', 'recent', 'latest', 'previous', 'prior', 'separate', 'detailed', 'damning', 'leaked', 'confidential',
  'classified', 'secret', 'unpublished', 'draft', 'new', 'subsequent', 'independent', 'fresh', 'provisional', 'forensic', 'medical',
  'autopsy', 'court', 'police', 'government', 'federal', 'parliamentary', 'congressional', 'judicial', 'criminal',
]);

/** Words opening a reply or a remark, capitalized but no name ("Yes, she is running"). */
export const INTERJECTIONS: ReadonlySet<string> = new Set(['yes', 'no', 'okay', 'ok', 'oh', 'well', 'hey', 'thanks', 'sorry', 'please', 'yeah', 'wow', 'alas', 'indeed', 'sure', 'right']);
