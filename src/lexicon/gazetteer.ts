import { createRequire } from 'node:module';
import { EITHER_NAMES, FEMALE_NAMES, MALE_NAMES } from './given-names.js';
import { OUTLETS } from './media.js';
import { GOVERNMENT_PLACES, GOVERNMENT_SEATS } from './organizations-generic.js';
import { ORGANIZATIONS } from './organizations.js';

/**
 * Gazetteers for the entity recognizer: lower-case names (multi-word names as
 * space-joined tokens, as the tokenizer splits them) mapped to the lists they
 * are on. Places come from the `city-timezones` package (GeoNames-derived
 * cities with their countries and provinces, MIT) plus the names news uses that
 * it lacks; organizations and outlets from whosaid's own lists.
 */
export type GazetteerList = 'country' | 'city' | 'region' | 'org' | 'outlet' | 'given' | 'nationality';

interface CityRecord { city: string; city_ascii: string; country: string; province: string; pop: number }

/** Cities smaller than this are mostly homonyms of common words in news text. */
const MIN_CITY_POPULATION = 15000;

/** Country names as news writes them, beyond the package's official short names. */
const EXTRA_COUNTRIES = [
  'united states', 'u.s.', 'us', 'usa', 'u.s.a.', 'america', 'britain', 'great britain', 'united kingdom', 'uk', 'u.k.', 'england',
  'scotland', 'wales', 'northern ireland', 'russia', 'soviet union', 'ussr', 'south korea', 'north korea', 'czech republic', 'czechia',
  'ivory coast', 'congo', 'democratic republic of congo', 'taiwan', 'palestine', 'vatican', 'holland', 'kosovo', 'iran', 'syria',
  'laos', 'vietnam', 'bosnia', 'herzegovina', 'yugoslavia', 'serbia', 'montenegro', 'macedonia', 'north macedonia', 'east timor',
  'zaire', 'burma', 'myanmar', 'gaza', 'west bank', 'hong kong', 'macau', 'tibet', 'chechnya', 'abkhazia', 'south ossetia', 'transnistria',
];

/** Regions, continents and geographic features news names. */
const EXTRA_REGIONS = [
  'europe', 'asia', 'africa', 'north america', 'south america', 'latin america', 'central america', 'middle east', 'near east',
  'far east', 'east asia', 'southeast asia', 'south asia', 'central asia', 'eastern europe', 'western europe', 'balkans', 'baltics',
  'caucasus', 'scandinavia', 'gulf', 'persian gulf', 'arctic', 'antarctica', 'siberia', 'crimea', 'crimean peninsula', 'donbas',
  'donbass', 'donetsk', 'luhansk', 'lugansk', 'kashmir', 'kurdistan', 'sahara', 'sahel', 'black sea', 'caspian sea', 'baltic sea',
  'mediterranean', 'mediterranean sea', 'red sea', 'south china sea', 'atlantic', 'pacific', 'indian ocean', 'north sea', 'sea of azov',
  'dnieper', 'volga', 'danube', 'rhine', 'nile', 'amazon', 'himalayas', 'alps', 'urals', 'golan heights', 'sinai', 'west', 'midwest',
  'new england', 'silicon valley', 'wall street', 'capitol hill',
];

/** Nationality and group adjectives ("Russian", "Ukrainian"): usually MISC/other, and a strong cue before a title. */
const NATIONALITIES = `afghan african albanian algerian american angolan arab argentine argentinian armenian asian australian austrian
azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian canadian
chechen chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorean ecuadorian egyptian emirati english
eritrean estonian ethiopian european filipino finnish french georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic
indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti
kyrgyz latvian lebanese liberian libyan lithuanian macedonian malaysian malian mexican moldovan mongolian moroccan mozambican namibian
nepalese nigerian nigerien norwegian pakistani palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian
russian rwandan saudi scottish senegalese serb serbian sierra singaporean slovak slovenian somali south soviet spanish sri sudanese
swedish swiss syrian taiwanese tajik tanzanian thai tibetan tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan
vietnamese welsh yemeni zambian zimbabwean western eastern democrat democratic republican muslim christian jewish catholic sunni shiite
shia islamic orthodox kremlin-backed pro-russian`;

function build(): Map<string, GazetteerList[]> {
  const out = new Map<string, GazetteerList[]>();
  const add = (name: string, list: GazetteerList) => {
    const key = gazetteerKey(name);
    if (!key) return;
    const lists = out.get(key);
    if (!lists) out.set(key, [list]); else if (!lists.includes(list)) lists.push(list);
  };
  const require = createRequire(import.meta.url);
  const cities = require('city-timezones/data/cityMap.json') as CityRecord[];
  for (const c of cities) {
    add(c.country, 'country');
    if (c.province) add(c.province, 'region');
    if (c.pop >= MIN_CITY_POPULATION) { add(c.city, 'city'); add(c.city_ascii, 'city'); }
  }
  for (const n of EXTRA_COUNTRIES) add(n, 'country');
  for (const n of EXTRA_REGIONS) add(n, 'region');
  for (const n of ORGANIZATIONS) add(n, 'org');
  for (const k of GOVERNMENT_SEATS.keys()) add(k, 'org');
  for (const k of OUTLETS.keys()) add(k, 'outlet');
  for (const n of MALE_NAMES) add(n, 'given');
  for (const n of FEMALE_NAMES) add(n, 'given');
  for (const n of EITHER_NAMES) add(n, 'given');
  for (const n of NATIONALITIES.split(/\s+/)) add(n, 'nationality');
  return out;
}

/**
 * The lookup key of a name: lower case, tokens separated by single spaces
 * (periods inside acronyms kept, other punctuation split off as the
 * tokenizer does: "Guinea-Bissau" stays whole, "Côte d'Ivoire" -> "côte d 'ivoire" is not needed: keys are approximate).
 */
export function gazetteerKey(name: string): string {
  return name.toLowerCase().replace(/([,()])/g, ' $1 ').replace(/\s+/g, ' ').trim();
}

let gazetteer: Map<string, GazetteerList[]> | null = null;
/** name key -> lists holding it. Built once on first use. */
export function getGazetteer(): ReadonlyMap<string, readonly GazetteerList[]> { return (gazetteer ??= build()); }

/** Whether the name is a city, a country or a region in the gazetteer. */
export function isPlaceName(name: string): boolean {
  const lists = getGazetteer().get(gazetteerKey(name));
  return !!lists && lists.some((l) => l === 'city' || l === 'country' || l === 'region');
}

/** Territories on the country list that speak through no government of their own name ("Gaza" is its health ministry, Hamas). */
const NOT_SPEAKING_COUNTRIES: ReadonlySet<string> = new Set(['gaza', 'west bank', 'tibet', 'palestine', 'antarctica', 'western sahara']);
/**
 * Whether the name is a country, and no given name too ("Chad", "Jordan" are
 * people's names as often): a country that speaks is its government.
 */
export function isCountryName(name: string): boolean {
  const key = gazetteerKey(name.replace(/^the\s+/i, ''));
  const lists = getGazetteer().get(key);
  return !!lists && lists.includes('country') && !lists.includes('given') && !NOT_SPEAKING_COUNTRIES.has(key);
}
/** A place that speaks as its government ("Moscow denied", "South Africa accused"): a capital of the lexicon or a country. */
export function isGovernmentPlace(name: string): boolean {
  return GOVERNMENT_PLACES.has(name.toLowerCase().replace(/^the\s+/, '')) || isCountryName(name);
}
/** Every key isCountryName holds true (for the mention reader's pre-check). */
export function countryKeys(): string[] {
  const out: string[] = [];
  for (const [k, lists] of getGazetteer()) if (lists.includes('country') && !lists.includes('given') && !NOT_SPEAKING_COUNTRIES.has(k)) out.push(k);
  return out;
}

/** Whether every word of the name is a nationality or group adjective ("Swedish", "Democratic", "South African"). */
export function isNationalityPhrase(name: string): boolean {
  const words = gazetteerKey(name).split(' ');
  return words.length > 0 && words.every((w) => getGazetteer().get(w)?.includes('nationality'));
}

/** Longest gazetteer name, in tokens: bounds the n-gram lookup. */
export const GAZETTEER_MAX_TOKENS = 4;
