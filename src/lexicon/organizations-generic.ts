/**
 * Organizations that speak in the news without a personal name: seats of
 * government used by metonymy (the White House, the Kremlin), capitals and
 * countries acting as governments ("Moscow denied", "the United States
 * expects"), and the head nouns that make a name an organization
 * ("Department", "Ministry", "Campaign").
 * Lower case; `the` is dropped before lookup.
 */
export const GOVERNMENT_SEATS: ReadonlyMap<string, string> = new Map([
  ['white house', 'the White House'], ['kremlin', 'the Kremlin'], ['pentagon', 'the Pentagon'], ['downing street', 'Downing Street'],
  ['elysee', 'the Elysee'], ['élysée', 'the Élysée'], ['elysee palace', 'the Elysee'], ['state department', 'the State Department'],
  ['justice department', 'the Justice Department'], ['treasury', 'the Treasury'], ['capitol', 'the Capitol'], ['whitehall', 'Whitehall'],
  ['zhongnanhai', 'Zhongnanhai'], ['quai d\'orsay', 'the Quai d\'Orsay'], ['foggy bottom', 'Foggy Bottom'], ['vatican', 'the Vatican'],
  ['holy see', 'the Holy See'], ['blue house', 'the Blue House'], ['congress', 'Congress'], ['senate', 'the Senate'],
  ['house', 'the House'], ['supreme court', 'the Supreme Court'], ['fbi', 'FBI'], ['cia', 'CIA'], ['nsa', 'NSA'], ['nato', 'NATO'],
  ['united nations', 'the United Nations'], ['un', 'the UN'], ['u.n.', 'the U.N.'], ['european union', 'the European Union'], ['eu', 'the EU'],
  ['imf', 'the IMF'], ['world bank', 'the World Bank'], ['who', 'WHO'], ['osce', 'the OSCE'], ['g7', 'the G7'], ['opec', 'OPEC'],
  ['dhs', 'DHS'], ['doj', 'DOJ'], ['epa', 'EPA'], ['cdc', 'CDC'], ['fda', 'FDA'], ['irs', 'IRS'], ['gop', 'the GOP'], ['rnc', 'the RNC'],
  ['dnc', 'the DNC'], ['fec', 'the FEC'], ['sec', 'the SEC'], ['federal reserve', 'the Federal Reserve'], ['fed', 'the Fed'],
  ['kyiv', 'Kyiv'], ['kiev', 'Kiev'],
  // the British prime minister's office, as the press names it
  ['no 10', 'No 10'], ['no. 10', 'No. 10'], ['number 10', 'Number 10'], ['number ten', 'Number 10'], ['no 10 downing street', 'No 10 Downing Street'],
]);

/** Capitals and countries: a place that speaks is its government ("Moscow denied", "the United States expects"). */
export const GOVERNMENT_PLACES: ReadonlySet<string> = new Set([
  'moscow', 'washington', 'beijing', 'london', 'paris', 'berlin', 'tehran', 'ankara', 'jerusalem', 'tokyo', 'seoul', 'pyongyang',
  'brussels', 'warsaw', 'minsk', 'damascus', 'baghdad', 'kabul', 'islamabad', 'new delhi', 'delhi', 'riyadh', 'cairo', 'ottawa',
  'canberra', 'rome', 'madrid', 'havana', 'caracas', 'taipei', 'tbilisi', 'budapest', 'vienna', 'stockholm', 'helsinki', 'oslo',
  'united states', 'u.s.', 'us', 'usa', 'america', 'russia', 'ukraine', 'china', 'britain', 'great britain', 'united kingdom', 'uk',
  'u.k.', 'france', 'germany', 'iran', 'israel', 'japan', 'north korea', 'south korea', 'turkey', 'syria', 'iraq', 'afghanistan',
  'pakistan', 'india', 'saudi arabia', 'egypt', 'canada', 'mexico', 'australia', 'italy', 'spain', 'poland', 'belarus', 'georgia',
  'taiwan', 'cuba', 'venezuela', 'hungary', 'sweden', 'finland', 'norway', 'qatar', 'jordan', 'lebanon', 'libya', 'yemen',
]);

/** Head nouns of a description of a government ("the government", "the regime"): it refers back to a country or capital that spoke, not to any organization. */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'governments', 'regime', 'authorities', 'cabinet', 'country', 'nation']);

/** Last words that make a capitalized name an organization. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'agency', 'administration', 'government', 'campaign', 'committee', 'party', 'council', 'commission',
  'office', 'bureau', 'service', 'services', 'court', 'police', 'army', 'navy', 'force', 'forces', 'command', 'corps', 'guard',
  'union', 'association', 'institute', 'institution', 'foundation', 'center', 'centre', 'university', 'college', 'school', 'bank',
  'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'llc', 'group', 'organization', 'organisation', 'coalition',
  'alliance', 'federation', 'board', 'authority', 'congress', 'senate', 'parliament', 'assembly', 'legislature', 'cabinet',
  'secretariat', 'fund', 'trust', 'network', 'society', 'league', 'movement', 'caucus', 'pac', 'club', 'church', 'team', 'firm',
  'embassy', 'consulate', 'mission', 'delegation', 'brigade', 'panel', 'tribunal', 'prosecutors', 'regime', 'republic', 'kingdom', 'state',
  'clinic', 'hospital', 'museum', 'laboratory', 'lab', 'think-tank', 'tank', 'charity', 'watchdog', 'regulator', 'exchange', 'airlines',
  'industries', 'group', 'holdings', 'partners', 'fbi', 'staff', 'watch', 'institutes', 'academies', 'academy',
  // companies by the trade their names end in ("GateHouse Media", "Apollo Capital", "Rolls-Royce Motors")
  'media', 'capital', 'enterprises', 'technologies', 'pharmaceuticals', 'motors', 'airways',
  // ("Big Machine Records", "Dick Clark Productions", "Balmond Studio")
  'records', 'productions', 'studio', 'studios', 'pictures', 'films', 'entertainment', 'labs', 'systems', 'solutions', 'games',
  'brands', 'ventures', 'depot', 'logistics', 'foods', 'software', 'robotics', 'communications', 'insurance', 'securities', 'investments',
  // advisory firms ("Athena Advisers", "Capital Economics", "Pew Research")
  'advisers', 'advisors', 'consulting', 'consultancy', 'consultants', 'economics', 'analytics', 'associates', 'strategies', 'research',
  // drug makers, landlords and other firms of business news ("Sage Therapeutics", "Crestline Properties", "Vertex Bancorp")
  'therapeutics', 'biosciences', 'biologics', 'biotherapeutics', 'pharma', 'properties', 'realty', 'semiconductor', 'semiconductors',
  'chemicals', 'bancorp', 'bancshares', 'telecom',
  // mining and energy firms ("Patriot Coal", "Alpha Natural Resources"; not "energy": "the Department of Climate Change and Energy")
  'coal', 'oil', 'petroleum', 'mining', 'resources', 'steel', 'electric', 'utilities', 'minerals', 'metals',
]);

/**
 * Last words that make a name the entity tagger typed as a place an institution
 * ("Woods Hole Oceanographic Institution"). Not every organization head: "Soviet Union", "Czech Republic", "United
 * Kingdom", "Washington State", "Rockefeller Center" are places.
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['institution', 'institute', 'university', 'college', 'hospital', 'museum',
  'foundation', 'laboratory', 'academy', 'clinic', 'agency', 'ministry', 'department', 'company', 'corporation', 'observatory']);

/**
 * A body named by its trade or its place ("The airline said ...", "the city"): names seldom hold these words, so
 * such a nominal is the body of that kind named before, not the last body named (src/attribution/speakers).
 */
const TRADE_BODY_NOUNS = ['airline', 'carrier', 'automaker', 'carmaker', 'retailer', 'insurer', 'lender', 'broadcaster', 'publisher',
  'manufacturer', 'startup', 'chain', 'utility', 'operator', 'exchange'];
export const TRADE_AND_PLACE_BODY_NOUNS: readonly string[] = [...TRADE_BODY_NOUNS, 'hospital', 'district', 'city', 'county', 'state'];

/**
 * Trades written before a body's name as its description, opening a sentence ("Developer Valve called ...", "Carmaker
 * Kia said"): the trade is no part of the name. Not "chain" nor "exchange", which open names ("Exchange Bank").
 */
export const TRADE_DESCRIPTORS: ReadonlySet<string> = new Set([...TRADE_BODY_NOUNS.filter((t) => t !== 'chain' && t !== 'exchange'),
  'developer', 'chipmaker', 'drugmaker', 'miner', 'streamer', 'conglomerate', 'distributor', 'supplier', 'telecom']);

/** Lower-case heads of definite organization nominals ("the company", "the ministry"). */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'government', 'administration', 'ministry', 'department', 'agency', 'campaign', 'committee', 'party',
  'council', 'commission', 'court', 'police', 'army', 'military', 'group', 'organization', 'organisation', 'coalition', 'alliance',
  'union', 'bank', 'university', 'institute', 'foundation', 'board', 'authority', 'authorities', 'office', 'embassy', 'regime',
  'senate', 'parliament', 'legislature', 'cabinet', 'prosecution', 'defense', 'team', 'club', 'church', 'charity', 'watchdog',
  'regulator', 'kremlin', 'pentagon', 'bureau', 'service', 'panel', 'ministry', 'center', 'centre', 'network', 'think tank', 'fund',
  'school', 'delegation', 'force', 'federation', 'country', 'nation', 'brigade', ...TRADE_AND_PLACE_BODY_NOUNS,
]);

/**
 * A sports club's name, by the words such names hold ("Leeds United", "Celtic FC", "Bristol Rovers"): "the club" is a
 * body so named, or one described so before, not the last company named.
 */
export const CLUB_NAME_WORDS = /\b(?:FC|F\.C\.|AFC|CF|SC|Club|United|City|Rovers|Wanderers|Athletic|Albion|Hotspur|Rangers|Celtic|Villa|Town|County)\b/;
