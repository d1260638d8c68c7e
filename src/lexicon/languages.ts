/**
 * Language identification lexicon: the English function words whose share of
 * a text's words tells English at a glance, and the names and two-letter
 * codes of the languages the trigram identifier (franc) returns.
 */

/**
 * Frequent English function words that are not also frequent words of the
 * other languages met in news ("a", "in", "is", "for", "at", "her", "also" are
 * left out: Spanish, Dutch, German, Danish use them too). Their share of a
 * text's words (measured on the first 2,048 characters): English news at least
 * 0.071 (PolNeAR train and dev, and the English pages of the fundus and
 * article-extraction sets; 1% of them under 0.16), the pages in other
 * languages at most 0.059 (most under 0.02).
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('the of and to that it with he said by from his be are has but not this they who were had which their been will would ' +
    'its or she we after more about than one when').split(' '),
);

/**
 * ISO 639-3 (franc's codes) -> the code a page's `lang` attribute would carry:
 * ISO 639-1 where the language has one, else the three letters (BCP 47 allows
 * both). Macrolanguage members map to the macrolanguage's code (Standard
 * Arabic `arb` -> `ar`, Mandarin `cmn` -> `zh`).
 */
const LANGUAGES: Record<string, [code: string, name: string]> = {
  eng: ['en', 'English'], spa: ['es', 'Spanish'], por: ['pt', 'Portuguese'], fra: ['fr', 'French'], deu: ['de', 'German'],
  ita: ['it', 'Italian'], nld: ['nl', 'Dutch'], swe: ['sv', 'Swedish'], pol: ['pl', 'Polish'], ces: ['cs', 'Czech'],
  ron: ['ro', 'Romanian'], hun: ['hu', 'Hungarian'], tur: ['tr', 'Turkish'], rus: ['ru', 'Russian'], ukr: ['uk', 'Ukrainian'],
  bel: ['be', 'Belarusian'], bul: ['bg', 'Bulgarian'], srp: ['sr', 'Serbian'], hrv: ['hr', 'Croatian'], bos: ['bs', 'Bosnian'],
  ell: ['el', 'Greek'], kaz: ['kk', 'Kazakh'], uzn: ['uz', 'Uzbek'], azj: ['az', 'Azerbaijani'], arb: ['ar', 'Arabic'],
  pes: ['fa', 'Persian'], urd: ['ur', 'Urdu'], pbu: ['ps', 'Pashto'], ckb: ['ckb', 'Central Kurdish'], hin: ['hi', 'Hindi'],
  mar: ['mr', 'Marathi'], npi: ['ne', 'Nepali'], ben: ['bn', 'Bengali'], tel: ['te', 'Telugu'], tam: ['ta', 'Tamil'],
  guj: ['gu', 'Gujarati'], kan: ['kn', 'Kannada'], mal: ['ml', 'Malayalam'], pan: ['pa', 'Punjabi'], sin: ['si', 'Sinhala'],
  mai: ['mai', 'Maithili'], bho: ['bho', 'Bhojpuri'], mag: ['mag', 'Magahi'], skr: ['skr', 'Saraiki'], cmn: ['zh', 'Chinese'],
  jpn: ['ja', 'Japanese'], kor: ['ko', 'Korean'], tha: ['th', 'Thai'], mya: ['my', 'Burmese'], vie: ['vi', 'Vietnamese'],
  ind: ['id', 'Indonesian'], zlm: ['ms', 'Malay'], jav: ['jv', 'Javanese'], sun: ['su', 'Sundanese'], mad: ['mad', 'Madurese'],
  tgl: ['tl', 'Tagalog'], ceb: ['ceb', 'Cebuano'], ilo: ['ilo', 'Ilocano'], hms: ['hms', 'Southern Qiandong Miao'],
  hnj: ['hnj', 'Hmong Njua'], zyb: ['zyb', 'Yongbei Zhuang'], swh: ['sw', 'Swahili'], hau: ['ha', 'Hausa'], yor: ['yo', 'Yoruba'],
  ibo: ['ig', 'Igbo'], fuv: ['fuv', 'Nigerian Fulfulde'], amh: ['am', 'Amharic'], som: ['so', 'Somali'], zul: ['zu', 'Zulu'],
  kin: ['rw', 'Kinyarwanda'], run: ['rn', 'Rundi'], nya: ['ny', 'Chichewa'], lin: ['ln', 'Lingala'], plt: ['mg', 'Malagasy'],
  qug: ['qug', 'Chimborazo Highland Quichua'], koi: ['koi', 'Komi-Permyak'],
  dan: ['da', 'Danish'], nob: ['nb', 'Norwegian Bokmål'], nno: ['nn', 'Norwegian Nynorsk'], fin: ['fi', 'Finnish'],
  ekk: ['et', 'Estonian'], lvs: ['lv', 'Latvian'], lit: ['lt', 'Lithuanian'], slk: ['sk', 'Slovak'], slv: ['sl', 'Slovenian'],
  mkd: ['mk', 'Macedonian'], als: ['sq', 'Albanian'], cat: ['ca', 'Catalan'], glg: ['gl', 'Galician'], src: ['sc', 'Sardinian'],
  vec: ['vec', 'Venetian'], rup: ['rup', 'Aromanian'], nds: ['nds', 'Low German'], sco: ['sco', 'Scots'], epo: ['eo', 'Esperanto'],
  heb: ['he', 'Hebrew'], ydd: ['yi', 'Yiddish'], kat: ['ka', 'Georgian'], hye: ['hy', 'Armenian'], tat: ['tt', 'Tatar'],
  kir: ['ky', 'Kyrgyz'], tgk: ['tg', 'Tajik'], tuk: ['tk', 'Turkmen'], uig: ['ug', 'Uyghur'], khk: ['mn', 'Mongolian'],
  prs: ['prs', 'Dari'], tir: ['ti', 'Tigrinya'], bod: ['bo', 'Tibetan'], khm: ['km', 'Khmer'], lao: ['lo', 'Lao'],
  iii: ['ii', 'Sichuan Yi'], afr: ['af', 'Afrikaans'], xho: ['xh', 'Xhosa'], sot: ['st', 'Southern Sotho'], tsn: ['tn', 'Tswana'],
  sna: ['sn', 'Shona'], ssw: ['ss', 'Swati'], tso: ['ts', 'Tsonga'], ven: ['ve', 'Venda'], nso: ['nso', 'Northern Sotho'],
  lug: ['lg', 'Ganda'], sag: ['sg', 'Sango'], kng: ['kg', 'Kongo'], bam: ['bm', 'Bambara'], wol: ['wo', 'Wolof'],
  ewe: ['ee', 'Ewe'], hat: ['ht', 'Haitian Creole'], ayr: ['ay', 'Aymara'], quz: ['qu', 'Quechua'], quy: ['qu', 'Quechua'],
};

/** The code for a franc language (ISO 639-3), as above; an unlisted one keeps its three letters. */
export function languageCode(iso3: string): string {
  return LANGUAGES[iso3]?.[0] ?? iso3;
}

/** The English name of a language by either code, for messages; the code itself when unlisted. */
export function languageName(code: string): string {
  for (const [iso3, [c, name]] of Object.entries(LANGUAGES)) if (c === code || iso3 === code) return name;
  return code;
}
