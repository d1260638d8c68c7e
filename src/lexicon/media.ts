/**
 * News media: outlet names (for the "told CNN", "a BBC report", "according
 * to ABC News" patterns: a report by an outlet is the outlet speaking) and the
 * nouns that name media products or media people.
 * Outlet keys are lower case with a leading "the" dropped; values are the
 * canonical name.
 */
export const OUTLETS: ReadonlyMap<string, string> = new Map([
  ['cnn', 'CNN'], ['bbc', 'BBC'], ['bbc news', 'BBC News'], ['abc', 'ABC'], ['abc news', 'ABC News'], ['cbs', 'CBS'], ['cbs news', 'CBS News'],
  ['nbc', 'NBC'], ['nbc news', 'NBC News'], ['msnbc', 'MSNBC'], ['fox', 'Fox'], ['fox news', 'Fox News'], ['fox business', 'Fox Business'],
  ['fox news sunday', 'Fox News Sunday'], ['npr', 'NPR'], ['pbs', 'PBS'], ['c-span', 'C-SPAN'], ['cnbc', 'CNBC'], ['bloomberg', 'Bloomberg'],
  ['bloomberg news', 'Bloomberg News'], ['reuters', 'Reuters'], ['associated press', 'Associated Press'], ['ap', 'Associated Press'],
  ['afp', 'AFP'], ['agence france-presse', 'Agence France-Presse'], ['agence france presse', 'Agence France-Presse'], ['upi', 'UPI'],
  ['new york times', 'The New York Times'], ['times', 'The Times'], ['washington post', 'The Washington Post'], ['post', 'The Post'],
  ['wall street journal', 'The Wall Street Journal'], ['journal', 'The Journal'], ['usa today', 'USA Today'], ['los angeles times', 'Los Angeles Times'],
  ['chicago tribune', 'Chicago Tribune'], ['boston globe', 'The Boston Globe'], ['guardian', 'The Guardian'], ['observer', 'The Observer'],
  ['financial times', 'Financial Times'], ['economist', 'The Economist'], ['telegraph', 'The Telegraph'], ['independent', 'The Independent'],
  ['daily mail', 'Daily Mail'], ['sun', 'The Sun'], ['mirror', 'The Mirror'], ['politico', 'Politico'], ['axios', 'Axios'],
  ['the hill', 'The Hill'], ['hill', 'The Hill'], ['breitbart', 'Breitbart'], ['breitbart news', 'Breitbart News'], ['huffington post', 'HuffPost'],
  ['huffpost', 'HuffPost'], ['buzzfeed', 'BuzzFeed'], ['buzzfeed news', 'BuzzFeed News'], ['vox', 'Vox'], ['slate', 'Slate'], ['salon', 'Salon'],
  ['atlantic', 'The Atlantic'], ['new yorker', 'The New Yorker'], ['time', 'Time'], ['newsweek', 'Newsweek'], ['forbes', 'Forbes'],
  ['vice', 'Vice'], ['vice news', 'Vice News'], ['al jazeera', 'Al Jazeera'], ['rt', 'RT'], ['tass', 'TASS'], ['ria novosti', 'RIA Novosti'],
  ['interfax', 'Interfax'], ['xinhua', 'Xinhua'], ['kyodo', 'Kyodo'], ['yonhap', 'Yonhap'], ['dpa', 'dpa'], ['ani', 'ANI'], ['pti', 'PTI'],
  ['wion', 'WION'], ['sky news', 'Sky News'], ['itv', 'ITV'], ['channel 4', 'Channel 4'], ['deutsche welle', 'Deutsche Welle'], ['dw', 'DW'],
  ['le monde', 'Le Monde'], ['der spiegel', 'Der Spiegel'], ['spiegel', 'Der Spiegel'], ['politifact', 'PolitiFact'], ['factcheck.org', 'FactCheck.org'],
  ['propublica', 'ProPublica'], ['zero hedge', 'Zero Hedge'], ['zerohedge', 'Zero Hedge'], ['intercept', 'The Intercept'],
  ['talking points memo', 'Talking Points Memo'], ['drudge report', 'Drudge Report'], ['federalist', 'The Federalist'], ['univision', 'Univision'],
  ['telemundo', 'Telemundo'], ['mediaite', 'Mediaite'], ['gawker', 'Gawker'], ['national review', 'National Review'], ['daily beast', 'The Daily Beast'], ['the daily beast', 'The Daily Beast'],
  ['washington times', 'The Washington Times'], ['new york post', 'New York Post'], ['new york daily news', 'New York Daily News'],
  ['charlotte observer', 'The Charlotte Observer'], ['miami herald', 'Miami Herald'], ['des moines register', 'The Des Moines Register'],
  ['wsj', 'The Wall Street Journal'], ['nyt', 'The New York Times'], ['meet the press', 'Meet the Press'], ['face the nation', 'Face the Nation'],
  ['this week', 'This Week'], ['state of the union', 'State of the Union'], ['60 minutes', '60 Minutes'], ['good morning america', 'Good Morning America'],
  ['today', 'Today'], ['morning joe', 'Morning Joe'], ['hardball', 'Hardball'], ['the view', 'The View'], ['cnn international', 'CNN International'],
  ['twitter', 'Twitter'], ['facebook', 'Facebook'], ['instagram', 'Instagram'], ['youtube', 'YouTube'], ['telegram', 'Telegram'],
  ['truth social', 'Truth Social'], ['tiktok', 'TikTok'], ['medium', 'Medium'], ['substack', 'Substack'],
  // entertainment, technology, business and sport outlets
  ['variety', 'Variety'], ['rolling stone', 'Rolling Stone'], ['e!', 'E!'], ['e! news', 'E! News'], ['tmz', 'TMZ'], ['vanity fair', 'Vanity Fair'],
  ['billboard', 'Billboard'], ['page six', 'Page Six'], ['us weekly', 'Us Weekly'], ['the verge', 'The Verge'], ['verge', 'The Verge'],
  ['techcrunch', 'TechCrunch'], ['business insider', 'Business Insider'], ['cnet', 'CNET'], ['engadget', 'Engadget'],
  ['marketwatch', 'MarketWatch'], ["barron's", "Barron's"], ['espn', 'ESPN'], ['the athletic', 'The Athletic'],
  ['sky sports', 'Sky Sports'], ['eurogamer', 'Eurogamer'], ['ign', 'IGN'],
  // national outlets elsewhere
  ['cbc', 'CBC'], ['ctv', 'CTV'], ['sbs', 'SBS'], ['rte', 'RTÉ'], ['rté', 'RTÉ'], ['haaretz', 'Haaretz'], ['meduza', 'Meduza'], ['kommersant', 'Kommersant'],
  ['izvestia', 'Izvestia'], ['ukrainska pravda', 'Ukrainska Pravda'], ['kyiv independent', 'The Kyiv Independent'], ['le figaro', 'Le Figaro'],
  ['el país', 'El País'], ['el pais', 'El País'], ['corriere della sera', 'Corriere della Sera'], ['nhk', 'NHK'], ['caixin', 'Caixin'], ['ndtv', 'NDTV'],
  ['times of india', 'The Times of India'], ['the hindu', 'The Hindu'], ['news24', 'News24'],
  ['daily maverick', 'Daily Maverick'], ['voa', 'VOA'], ['voice of america', 'Voice of America'], ['radio free europe', 'Radio Free Europe'], ["people's daily", "People's Daily"], ['global times', 'Global Times'], ['premium times', 'Premium Times'], ['nine news', 'Nine News'],
  // trade, technology and opinion outlets (the survey of s18 found them typed as people)
  ['deadline', 'Deadline'], ['hollywood reporter', 'The Hollywood Reporter'], ['the hollywood reporter', 'The Hollywood Reporter'], ['the wrap', 'TheWrap'], ['thewrap', 'TheWrap'],
  ['poynter', 'Poynter'], ['gizmodo', 'Gizmodo'], ['ars technica', 'Ars Technica'], ['mashable', 'Mashable'], ['appleinsider', 'AppleInsider'], ['kotaku', 'Kotaku'],
  ['the intercept', 'The Intercept'], ['mother jones', 'Mother Jones'], ['newsmax', 'Newsmax'], ['daily caller', 'The Daily Caller'], ['the daily caller', 'The Daily Caller'],
  ['daily wire', 'The Daily Wire'], ['the daily wire', 'The Daily Wire'], ['gateway pundit', 'The Gateway Pundit'], ['the gateway pundit', 'The Gateway Pundit'],
  // business and national outlets of Europe and Asia that wire stories relay ("told Handelsblatt", "in an interview with Nikkei")
  ['handelsblatt', 'Handelsblatt'], ['die zeit', 'Die Zeit'], ['zeit', 'Die Zeit'], ['frankfurter allgemeine', 'Frankfurter Allgemeine Zeitung'],
  ['frankfurter allgemeine zeitung', 'Frankfurter Allgemeine Zeitung'], ['faz', 'Frankfurter Allgemeine Zeitung'], ['süddeutsche zeitung', 'Süddeutsche Zeitung'],
  ['bild', 'Bild'], ['die welt', 'Die Welt'], ['les echos', 'Les Echos'], ['la repubblica', 'La Repubblica'], ['nikkei', 'Nikkei'], ['nikkei asia', 'Nikkei Asia'],
  ['asahi shimbun', 'Asahi Shimbun'], ['yomiuri shimbun', 'Yomiuri Shimbun'], ['fortune', 'Fortune'], ['wired', 'Wired'], ['stat news', 'STAT News'],
  ['ruptly', 'Ruptly'], ['realclearpolitics', 'RealClearPolitics'], ['fivethirtyeight', 'FiveThirtyEight'], ['semafor', 'Semafor'], ['yahoo news', 'Yahoo News'], ['argus leader', 'Argus Leader'],
]);

/** Last words that make a capitalized name an outlet ("Yahoo News", "The Denver Post"). Case-sensitive. */
export const MEDIA_NAME_HEADS: ReadonlySet<string> = new Set([
  'News', 'Times', 'Post', 'Journal', 'Tribune', 'Herald', 'Gazette', 'Chronicle', 'Magazine', 'Radio', 'TV', 'Television',
  'Daily', 'Dispatch', 'Courier', 'Examiner', 'Inquirer', 'Sentinel', 'Bulletin', 'Telegraph', 'Register', 'Record', 'Standard',
  'Newsweek', 'Wire', 'Broadcasting', 'Beacon', 'Monitor', 'Star-Tribune', 'Star', 'Globe', 'Mail', 'Express', 'Mirror', 'Reporter',
  'Zeitung', 'Shimbun',
]);

/** Nouns that, set right before a name, say it is an outlet's ("newspaper Dagens Nyheter", "broadcaster RTL"); not "site" or "show", which precede other names too. */
export const OUTLET_DESCRIPTORS: readonly string[] = ['newspaper', 'paper', 'broadcaster', 'magazine', 'tabloid', 'daily', 'weekly', 'news agency', 'network', 'channel', 'outlet', 'publication'];

/** Two last words of an outlet's name whose last word alone names no outlet ("Christian News Service", "Kyodo News Agency"). */
export const MEDIA_NAME_TAILS: ReadonlySet<string> = new Set([
  'News Service', 'News Agency', 'Press Agency', 'Wire Service', 'News Network', 'Press Association', 'Broadcasting Company',
  'Broadcasting Corporation', 'Broadcasting Service', 'Broadcasting System', 'Free Press',
]);

/** Lower-case nouns for media people and the press as a whole ("told reporters"). */
export const PRESS_NOUNS: ReadonlySet<string> = new Set([
  'reporter', 'reporters', 'journalist', 'journalists', 'press', 'media', 'correspondents', 'correspondent', 'newsmen', 'interviewer',
  'the press', 'news media', 'news conference', 'press conference',
]);

/** Lower-case nouns of outlets ("the newspaper", "the network"): a definite one refers back to an outlet. */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'newspaper', 'paper', 'network', 'broadcaster', 'magazine', 'outlet', 'news agency', 'wire', 'channel', 'station',
  'website', 'site', 'tabloid', 'daily', 'weekly', 'publication', 'program', 'programme', 'show', 'journal',
]);

/** Last words of an outlet's section, service or channel after the outlet's name ("BBC Sport", "CNN Politics", "Al Jazeera English"). Case-sensitive. */
export const OUTLET_SECTION_WORDS: ReadonlySet<string> = new Set([
  'Sport', 'Sports', 'Politics', 'Business', 'World', 'Online', 'Digital', 'Live', 'English', 'Arabic', 'Persian', 'Russian', 'Mundo',
  'International', 'America', 'Africa', 'Asia', 'Europe', 'Breakfast', 'Opinion', 'Investigates', 'Podcast', 'Radio', 'TV', 'Television',
  'One', 'Two', 'Four', 'Five', 'Service',
]);
/** An outlet's section or service ("BBC Sport", "BBC Radio 5 Live"): the known outlet its name opens with, else null. */
export function outletOfSection(name: string): string | null {
  const words = name.trim().replace(/^the\s+/i, '').split(/\s+/);
  if (words.length < 2) return null;
  for (let n = Math.min(words.length - 1, 3); n >= 1; n--) {
    const outlet = outletName(words.slice(0, n).join(' '));
    if (outlet && words.slice(n).every((w) => OUTLET_SECTION_WORDS.has(w) || /^\d{1,2}$/.test(w))) return outlet;
  }
  return null;
}

/** Platforms where people post (canonical names as OUTLETS gives them): "a statement on Telegram" is the poster's, not the platform's. */
export const SOCIAL_PLATFORMS: ReadonlySet<string> = new Set(['Twitter', 'Facebook', 'Instagram', 'YouTube', 'Telegram', 'Truth Social', 'TikTok', 'Medium', 'Substack']);

/** Canonical outlet name for a mention ("the Associated Press" -> "Associated Press"), or null. */
export function outletName(mention: string): string | null {
  const key = mention.trim().toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/\s+/g, ' ');
  const known = OUTLETS.get(key);
  if (known && writtenAsName(mention)) return known;
  return networkStation(mention);
}
/**
 * Whether a mention is written as a name, a capital in it past a leading "the": an outlet's name in lower case is a
 * description of people ("the economist replies", "the guardian of the estate", "the independent candidate").
 */
export function writtenAsName(mention: string): boolean {
  return /\p{Lu}/u.test(mention.trim().replace(/^the\s+/i, ''));
}
/** A network's local station by its market's letters or its channel ("CBS DFW", "NBC 5", "ABC7 News", "Fox 8"), else null. */
export function networkStation(mention: string): string | null {
  const station = NETWORK_STATION_RE.exec(mention.trim().replace(/^the\s+/i, '').replace(/['’]s$/, ''));
  return station ? station[0] : null;
}
/** A US network's name and its station's letters or channel number. */
const NETWORK_STATION_RE = /^(?:CBS|NBC|ABC|Fox|FOX|CW|PBS)\s?(?:\d{1,2}|(?!NEWS\b)[A-Z]{2,4})(?:\s+(?:News|Chicago|Bay Area|New York|Los Angeles|Philadelphia|Boston|Miami|Texas|DFW))?$/;
