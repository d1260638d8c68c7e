import type { Doc } from '../../doc/doc.js';
import { isReportingStem, lexiconVersion, usSpelling } from '../../lexicon/reporting.js';
import { stemWord } from './stem.js';
import { tokenWords } from '../../segment/index.js';
import { WordSlots } from '../../ml/word-slots.js';

export { stemWord } from './stem.js';

/**
 * Per-document token view shared by the cue tagger and the source/content
 * tagger: words, crude stems, shapes, POS, quote state and prefix counts (so
 * every "between the cue and this token" feature costs O(1)), plus the hash of
 * each of those strings, from which features are hashed without building
 * strings (see hashed.ts).
 */
export interface TokenView {
  n: number;
  start: Int32Array;
  end: Int32Array;
  lower: string[];
  stem: string[];
  /** Penn Treebank tag when a POS tagger ran, else '?'. */
  pos: string[];
  hLower: Int32Array;
  hStem: Int32Array;
  hShape: Int32Array;
  hPos: Int32Array;
  hSuffix: Int32Array;
  /** A small number per POS tag (in order of first sight; POS_IDS and above: not numbered), for the kept sums of decodeRoles. */
  posId: Uint8Array;
  /** A small number per word shape (in order of first sight; SHAPE_IDS: not numbered), for kept sums of shape pairs. */
  shapeId: Uint8Array;
  /** The cached word entry of each token (see WordInfo), and its number in generation `wordGeneration` (see refreshWordIds). */
  word: WordInfo[];
  wordId: Int32Array;
  wordGeneration: number;
  /** 1 when the stem is a reporting verb or noun. */
  lex: Uint8Array;
  /** 1 for a token that may draw a cue near it: a reporting word (lex), a colon or a quotation mark. */
  cueTrigger: Uint8Array;
  pronoun: Uint8Array;
  /** 1 when the token sits inside a double-quoted stretch (parity per paragraph). */
  inQuote: Uint8Array;
  /** Sentence index of each token. */
  sent: Int32Array;
  /** Paragraph index of each token. */
  para: Int32Array;
  /** Prefix counts: value at i = number among tokens [0, i). */
  commaCum: Int32Array;
  quoteCum: Int32Array;
  /** Prefix counts of finite verbs and modals (VBD, VBZ, VBP, MD). */
  verbCum: Int32Array;
  /** Sentence token ranges [start, end). */
  sentStart: Int32Array;
  sentEnd: Int32Array;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'him', 'her', 'them', 'his', 'their', 'its', 'who', 'which', 'that']);
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/** FNV-1a hash of a string (32-bit). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h | 0;
}
function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) | 0;
}
/** Templates' first hashing step, done once (template ids are below 128): saves one of a feature's four mixing rounds. */
const TEMPLATE_SEED = new Int32Array(128);
for (let t = 0; t < TEMPLATE_SEED.length; t++) TEMPLATE_SEED[t] = mix(0x2545f491, t);
/** A feature: template id and up to three values. */
function f(t: number, a = 0, b = 0, c = 0): number { return mix(mix(mix(TEMPLATE_SEED[t]!, a), b), c); }
/** The feature hash, for the smaller models over the taggers' output (source.ts). */
export { f as hashFeature };

const PAD_START = hashString('<s>'), PAD_END = hashString('</s>');

function shapeOf(word: string): string {
  if (/^\p{Lu}+$/u.test(word)) return word.length > 1 ? 'AA' : 'A';
  if (/^\p{Lu}/u.test(word)) return 'Aa';
  if (/^\p{Ll}/u.test(word)) return 'a';
  if (/^\d/.test(word)) return '9';
  if (word === '"') return 'Q';
  return word.length === 1 ? word : 'P';
}

/** What the token view needs of a word, independent of its context. */
export interface WordInfo {
  low: string; stem: string; hLower: number; hStem: number; hShape: number; hSuffix: number; lex: number; pronoun: number;
  /** The shape's number (see TokenView.shapeId). */
  shapeId: number;
  /** The word as written (its key in the word cache). */
  key: string;
  /** The word's number (its slot in the word cache) in the current generation (see wordGeneration): the taggers keep per-word sums in flat tables by number. */
  id: number;
}
/**
 * Words repeat: their strings, stems and hashes are kept, which takes most of
 * the cost out of building the token view. The cache's slots (src/ml/
 * word-slots.ts, as the POS and NER taggers': a word is found by a hash of
 * its characters in typed arrays, where a Map compares it with a key string
 * far away in the heap) number the words; when full, before a document, the
 * words not met again are dropped and the others move down: their numbers
 * change, and a new generation of numbers starts (as when the reporting
 * lexicon changes and the cache is emptied).
 */
const WORD_CACHE_MAX = 50_000;
let wordCacheMax = WORD_CACHE_MAX;
let wordSlots = newWordSlots(), cachedWords: WordInfo[] = [], numbered = 0;
let cachedLexicon = -1, generation = 0;
function newWordSlots(): WordSlots {
  return new WordSlots(wordCacheMax, 0, () => {}, (from, to) => { const w = cachedWords[from]!; cachedWords[to] = w; w.id = to; });
}
function clearWords(): void { wordSlots = newWordSlots(); cachedWords = []; numbered = 0; generation++; }
/** Makes room for `n` more words; an eviction (numbers freed or moved) starts a new generation. */
function reserveWords(n: number): void {
  const evictions = wordSlots.evictions;
  wordSlots.reserve(n);
  if (wordSlots.evictions !== evictions) generation++;
}
/** Empties the word cache, to hold `maxWords` words before evicting (tests set it small; views kept across a clearing). */
export function resetWordCache(maxWords = WORD_CACHE_MAX): void { wordCacheMax = maxWords; clearWords(); }
/** The current generation of word numbers (WordInfo.id). */
export function wordGeneration(): number { return generation; }
/** An upper bound of the word numbers in use, plus one. */
export function wordsNumbered(): number { return numbered; }
/** The cached entry of a word (reserveWords made room for it). */
function wordInfo(word: string, keyA?: number, keyB?: number): WordInfo {
  // (tokenWords hashed every word already: its key lanes spare the cache another hash)
  const k = keyA !== undefined && keyB !== undefined ? wordSlots.findKey(keyA, keyB) : wordSlots.find(word);
  if (k >= 0) return cachedWords[k]!;
  const id = -k - 1;
  // (British spellings read as the US ones the models were trained on: "criticised" as "criticized")
  const low = usSpelling(word.toLowerCase()), st = stemWord(low), shape = shapeOf(word);
  const w: WordInfo = {
    low, stem: st, hLower: hashString(low), hStem: hashString(st), hShape: hashString(shape), shapeId: shapeNumber(shape), hSuffix: hashString(low.slice(-3)),
    lex: isReportingStem(st) ? 1 : 0, pronoun: PRONOUNS.has(low) ? 1 : 0, key: word, id,
  };
  cachedWords[id] = w;
  if (id >= numbered) numbered = id + 1;
  return w;
}
/** Word shapes numbered for the kept sums of shape pairs (shapeOf makes about 20 in news text); a shape past the last number is scored feature by feature. */
export const SHAPE_IDS = 32;
/**
 * Numbers given to values in order of first sight, 0 .. limit - 1; every
 * value past the first `limit` gets `limit` (the kept sums' "not numbered").
 */
function firstSightNumbers<K>(limit: number): (value: K) => number {
  const numbers = new Map<K, number>();
  return (value) => {
    let id = numbers.get(value);
    if (id === undefined) {
      id = Math.min(numbers.size, limit);
      if (id < limit) numbers.set(value, id);
    }
    return id;
  };
}
const shapeNumber = firstSightNumbers<string>(SHAPE_IDS);
/** Tags numbered for the kept sums of decodeRoles (a Penn Treebank tagger has 45); a tag past the last number is scored feature by feature. */
export const POS_IDS = 64;
const posNumbers = new Map<string, number>();
/** By POS number: the tag's hash, and 1 for a finite verb or modal. */
const posHashOf = new Int32Array(POS_IDS), posFiniteOf = new Uint8Array(POS_IDS);
function posNumber(pos: string): number {
  let id = posNumbers.get(pos);
  if (id === undefined) {
    id = Math.min(posNumbers.size, POS_IDS);
    if (id < POS_IDS) { posNumbers.set(pos, id); posHashOf[id] = hashString(pos); posFiniteOf[id] = FINITE.has(pos) ? 1 : 0; }
  }
  return id;
}

export function tokenView(doc: Doc): TokenView {
  const toks = doc.tokens, { ids, words: docWords, keyA, keyB } = tokenWords(doc);
  // room is made between documents only, so that a document's words share one generation
  if (cachedLexicon !== lexiconVersion()) { clearWords(); cachedLexicon = lexiconVersion(); }
  reserveWords(docWords.length);
  const n = toks.length;
  // each distinct word of the document looked up once
  const infos = new Array<WordInfo>(docWords.length);
  for (let k = 0; k < docWords.length; k++) infos[k] = wordInfo(docWords[k]!, keyA?.[k], keyB?.[k]);
  const v: TokenView = {
    n, start: new Int32Array(n), end: new Int32Array(n), lower: new Array(n), stem: new Array(n), pos: new Array(n),
    hLower: new Int32Array(n), hStem: new Int32Array(n), hShape: new Int32Array(n), hPos: new Int32Array(n), hSuffix: new Int32Array(n), posId: new Uint8Array(n), shapeId: new Uint8Array(n), word: new Array(n), wordId: new Int32Array(n), wordGeneration: generation,
    lex: new Uint8Array(n), cueTrigger: new Uint8Array(n), pronoun: new Uint8Array(n),
    inQuote: new Uint8Array(n), sent: new Int32Array(n), para: new Int32Array(n), commaCum: new Int32Array(n + 1), quoteCum: new Int32Array(n + 1),
    verbCum: new Int32Array(n + 1), sentStart: new Int32Array(doc.sentences.length), sentEnd: new Int32Array(doc.sentences.length),
  };
  doc.sentences.forEach((s, k) => {
    v.sentStart[k] = s.tokenStart; v.sentEnd[k] = s.tokenEnd;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) { v.sent[i] = k; v.para[i] = s.paragraph; }
  });
  const sentPara = doc.sentences.map((s) => s.paragraph), hasSentences = sentPara.length > 0;
  let open = false, para = -1;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const id = ids[i]!, word = docWords[id]!;
    v.start[i] = t.start; v.end[i] = t.end;
    const w = infos[id]!, pos = t.pos ?? '?', pid = posNumber(pos);
    v.lower[i] = w.low; v.stem[i] = w.stem; v.pos[i] = pos;
    v.hLower[i] = w.hLower; v.hStem[i] = w.hStem; v.hShape[i] = w.hShape; v.shapeId[i] = w.shapeId; v.posId[i] = pid;
    v.hPos[i] = pid < POS_IDS ? posHashOf[pid]! : hashString(pos);
    v.hSuffix[i] = w.hSuffix; v.word[i] = w; v.wordId[i] = w.id;
    v.lex[i] = w.lex;
    v.cueTrigger[i] = w.lex || word === ':' || word === '"' ? 1 : 0;
    v.pronoun[i] = w.pronoun;
    if (hasSentences && sentPara[v.sent[i]!] !== para) { para = sentPara[v.sent[i]!]!; open = false; }
    const isQ = word === '"';
    if (isQ) open = !open;
    v.inQuote[i] = open || isQ ? 1 : 0;
    v.commaCum[i + 1] = v.commaCum[i]! + (word === ',' ? 1 : 0);
    v.quoteCum[i + 1] = v.quoteCum[i]! + (isQ ? 1 : 0);
    v.verbCum[i + 1] = v.verbCum[i]! + (pid < POS_IDS ? posFiniteOf[pid]! : FINITE.has(pos) ? 1 : 0);
  }
  return v;
}

/**
 * Numbers the view's words again when the word cache has been cleared since
 * the view was built (a view kept across many documents, as in training):
 * the taggers' per-word tables are indexed by the current numbers.
 */
export function refreshWordIds(v: TokenView): void {
  if (v.wordGeneration === generation) return;
  reserveWords(v.n);
  for (let i = 0; i < v.n; i++) { const w = wordInfo(v.word[i]!.key); v.word[i] = w; v.wordId[i] = w.id; }
  v.wordGeneration = generation;
}

/** Room for the features of one token. */
export const MAX_FEATURES = 64;

/** Hashed features of token i for cue tagging (labels O/B/I) into `out`; `prev` is the previous label's index. Returns the count. */
export function cueFeatures(v: TokenView, i: number, prev: number, out: Int32Array): number {
  const k = cueWordFeatures(v.word[i]!, out);
  return cueContextFeatures(v, i, prev, out, k);
}

/**
 * The cue features of token i split as tagCues scores them: cueWordFeatures
 * depend on the word alone (their sum is kept per word), cueContextFeatures
 * are the rest (written into `out` from `at`; returns the count so far), in
 * three parts (word and previous label, word and POS, neighbourhood).
 * cueFeatures is the two together.
 */
export function cueWordFeatures(w: WordInfo, out: Int32Array): number {
  let k = 0;
  out[k++] = f(1); out[k++] = f(2, w.hLower); out[k++] = f(3, w.hStem); out[k++] = f(4, w.hShape); out[k++] = f(13, w.lex); out[k++] = f(20, w.hSuffix);
  return k;
}
export function cueContextFeatures(v: TokenView, i: number, prev: number, out: Int32Array, at = 0): number {
  const w = v.word[i]!;
  return cueNeighbourFeatures(v, i, prev, out, cueWordPosFeatures(w, v.hPos[i]!, prev, out, cueWordPrevFeatures(w, prev, out, at)));
}

/** Cue features of the word joined with the previous label (tagCues keeps their sum at prev = O with the word). */
export function cueWordPrevFeatures(w: WordInfo, prev: number, out: Int32Array, at: number): number {
  let k = at;
  out[k++] = f(21, prev); out[k++] = f(22, prev, w.hLower); out[k++] = f(23, prev, w.lex); out[k++] = f(24, prev, w.hStem);
  return k;
}

/** Cue features of the word with its part of speech (and the previous label); tagCues keeps the sum of the last POS seen at prev = O with the word. */
export function cueWordPosFeatures(w: WordInfo, pos: number, prev: number, out: Int32Array, at: number): number {
  let k = at;
  out[k++] = f(26, pos); out[k++] = f(29, pos, w.lex); out[k++] = f(30, pos, w.hStem); out[k++] = f(31, prev, pos); out[k++] = f(35, pos, w.lex, prev);
  return k;
}

/** Cue features that look at the neighbouring tokens and the sentence: the flags (cueFlagFeatures), the tags (cueTagFeatures) and the words around. */
export function cueNeighbourFeatures(v: TokenView, i: number, prev: number, out: Int32Array, at: number): number {
  return cueAroundFeatures(v, i, prev, out, cueShapePairFeatures(v, i, out, cueTagFeatures(v, i, out, cueFlagFeatures(cueFlags(v, i), out, at))));
}

/** The tags of the token and its neighbours: key < CUE_TAG_KEYS (posIds, the sentence's edges as POS_IDS and POS_IDS + 1), or -1 for a tag past the numbered ones. */
export const CUE_TAG_KEYS = (POS_IDS + 2) * POS_IDS * (POS_IDS + 2);
export function cueTagKey(v: TokenView, i: number): number {
  const s = v.sent[i]!, ss = v.sentStart[s]!, se = v.sentEnd[s]!;
  const pp = i > ss ? v.posId[i - 1]! : POS_IDS, pos = v.posId[i]!, pn = i + 1 < se ? v.posId[i + 1]! : POS_IDS + 1;
  if ((i > ss && pp >= POS_IDS) || pos >= POS_IDS || (i + 1 < se && pn >= POS_IDS)) return -1;
  return (pp * POS_IDS + pos) * (POS_IDS + 2) + pn;
}
export function cueTagFeatures(v: TokenView, i: number, out: Int32Array, at: number): number {
  const s = v.sent[i]!, ss = v.sentStart[s]!, se = v.sentEnd[s]!;
  const pos = v.hPos[i]!, pp = i > ss ? v.hPos[i - 1]! : PAD_START, pn = i + 1 < se ? v.hPos[i + 1]! : PAD_END;
  let k = at;
  out[k++] = f(27, pp, pos); out[k++] = f(28, pos, pn); out[k++] = f(32, pp, pos, pn);
  return k;
}

/**
 * Reporting words, quotation state and sentence start around token i, packed
 * into a key < CUE_FLAG_KEYS (tagCues keeps the sum of cueFlagFeatures per
 * key): lexicon flags of the previous and next token (0, 1, 2 = none), inside
 * a quotation, quotation marks left / right in the sentence, the token's own
 * lexicon flag, first in its sentence, a reporting word within two tokens
 * left / right.
 */
export const CUE_FLAG_KEYS = 3 * 3 * 2 * 2 * 2 * 2 * 2 * 2 * 2;
export function cueFlags(v: TokenView, i: number): number {
  const s = v.sent[i]!, ss = v.sentStart[s]!, se = v.sentEnd[s]!;
  const hasP = i > ss, hasN = i + 1 < se;
  const lexP = hasP ? v.lex[i - 1]! : 2, lexN = hasN ? v.lex[i + 1]! : 2;
  const qLeft = v.quoteCum[i]! - v.quoteCum[ss]! > 0 ? 1 : 0, qRight = v.quoteCum[se]! - v.quoteCum[i + 1]! > 0 ? 1 : 0;
  const lexL = (i - 1 > ss && v.lex[i - 2]) || (hasP && v.lex[i - 1]) ? 1 : 0, lexR = (hasN && v.lex[i + 1]) || (i + 2 < se && v.lex[i + 2]) ? 1 : 0;
  return (((((((lexP * 3 + lexN) * 2 + v.inQuote[i]!) * 2 + qLeft) * 2 + qRight) * 2 + v.lex[i]!) * 2 + (i === ss ? 1 : 0)) * 2 + lexL) * 2 + lexR;
}
export function cueFlagFeatures(key: number, out: Int32Array, at: number): number {
  const lexR = key & 1, lexL = (key >> 1) & 1, first = (key >> 2) & 1, lex = (key >> 3) & 1, qRight = (key >> 4) & 1, qLeft = (key >> 5) & 1, inQuote = (key >> 6) & 1;
  const rest = key >> 7, lexN = rest % 3, lexP = (rest - lexN) / 3;
  let k = at;
  out[k++] = f(14, lexP); out[k++] = f(15, lexN); out[k++] = f(16, inQuote); out[k++] = f(17, qLeft, qRight, lex);
  out[k++] = f(18, first); out[k++] = f(33, lexL, lexR, lex);
  return k;
}

/** The shapes of the previous token (in the sentence) and the token: key < CUE_SHAPE_PAIR_KEYS, or -1 for a shape past the numbered ones. */
export const CUE_SHAPE_PAIR_KEYS = (SHAPE_IDS + 2) * (SHAPE_IDS + 2);
export function cueShapePairKey(v: TokenView, i: number): number {
  const a = i > v.sentStart[v.sent[i]!]! ? v.shapeId[i - 1]! : SHAPE_IDS + 1, b = v.shapeId[i]!;
  return a === SHAPE_IDS || b === SHAPE_IDS ? -1 : a * (SHAPE_IDS + 2) + b;
}
export function cueShapePairFeatures(v: TokenView, i: number, out: Int32Array, at: number): number {
  out[at] = f(19, i > v.sentStart[v.sent[i]!]! ? v.hShape[i - 1]! : PAD_START, v.hShape[i]!);
  return at + 1;
}

/**
 * The cue features of token i that each join one word with fixed values: the
 * neighbours' words and stems (as the previous, second previous, next and
 * second next word of the sentence), the next word with the token's lexicon
 * flag and the previous label, and the token's word in or out of a quotation.
 * tagCues keeps their sums per word (cueNeighbourRowFeatures, with padding at
 * the sentence's edges).
 */
export function cueNeighbourWordFeatures(v: TokenView, i: number, prev: number, out: Int32Array, at: number): number {
  const s = v.sent[i]!, ss = v.sentStart[s]!, se = v.sentEnd[s]!;
  const hasP = i > ss, hasN = i + 1 < se;
  let k = cueAsPrevFeatures(hasP ? v.hLower[i - 1]! : PAD_START, hasP ? v.hStem[i - 1]! : PAD_START, out, at);
  k = cueAsPrev2Features(i - 1 > ss ? v.hLower[i - 2]! : PAD_START, out, k);
  k = cueAsNextFeatures(hasN ? v.hLower[i + 1]! : PAD_END, hasN ? v.hStem[i + 1]! : PAD_END, v.lex[i]!, prev, out, k);
  k = cueAsNext2Features(i + 2 < se ? v.hLower[i + 2]! : PAD_END, out, k);
  return cueInQuoteFeatures(v.hLower[i]!, v.inQuote[i]!, out, k);
}
/** The word (lower-case and stem hashes) as the previous word of the sentence. */
export function cueAsPrevFeatures(lower: number, stem: number, out: Int32Array, at: number): number { out[at] = f(5, lower); out[at + 1] = f(9, stem); return at + 2; }
export function cueAsPrev2Features(lower: number, out: Int32Array, at: number): number { out[at] = f(7, lower); return at + 1; }
/** The word as the next word, with the token's lexicon flag and the previous label. */
export function cueAsNextFeatures(lower: number, stem: number, lex: number, prev: number, out: Int32Array, at: number): number {
  out[at] = f(6, lower); out[at + 1] = f(10, stem); out[at + 2] = f(37, lower, lex, prev); return at + 3;
}
export function cueAsNext2Features(lower: number, out: Int32Array, at: number): number { out[at] = f(8, lower); return at + 1; }
/** The token's word inside a quotation (q = 1) or not. */
export function cueInQuoteFeatures(lower: number, q: number, out: Int32Array, at: number): number { out[at] = f(36, lower, q); return at + 1; }
/** The padding's hashes at the sentence's edges. */
export const CUE_PAD_START = PAD_START, CUE_PAD_END = PAD_END;

/** The word pairs and triple around token i. */
export function cuePairFeatures(v: TokenView, i: number, out: Int32Array, at: number): number {
  const s = v.sent[i]!, ss = v.sentStart[s]!, se = v.sentEnd[s]!;
  const w = v.hLower[i]!, hasP = i > ss, hasN = i + 1 < se;
  const p = hasP ? v.hLower[i - 1]! : PAD_START, nx = hasN ? v.hLower[i + 1]! : PAD_END;
  let k = at;
  out[k++] = f(11, p, w); out[k++] = f(12, w, nx);
  out[k++] = f(25, p, w, nx);
  out[k++] = f(34, v.hStem[i]!, hasN ? v.hStem[i + 1]! : PAD_END);
  return k;
}

/** The words and stems around token i (cueNeighbourWordFeatures and cuePairFeatures). */
export function cueAroundFeatures(v: TokenView, i: number, prev: number, out: Int32Array, at: number): number {
  return cuePairFeatures(v, i, out, cueNeighbourWordFeatures(v, i, prev, out, at));
}

function distBucket(d: number): number {
  return d <= 3 ? d : d <= 5 ? 4 : d <= 10 ? 5 : d <= 20 ? 6 : d <= 40 ? 7 : 8;
}

/** Cue context computed once per cue for the role tagger. */
export interface CueCtx {
  c0: number; c1: number; head: number; pos: number; para: number; sent: number; inQuote: number; afterThat: number; nextWord: number; prevWord: number;
  /** The head's number (see CUE_HEAD_IDS; CUE_HEAD_IDS: not numbered). */
  headId: number;
}

/**
 * Cue heads numbered for the kept sums of decodeRoles that join the head with
 * a token's values (in order of first sight; a head past the last number is
 * scored feature by feature). The features of the head were kept per cue;
 * the same heads come back in cue after cue (PolNeAR train: "said" heads 23%
 * of the decoded tokens, the 256 most frequent of ~500 heads 95%).
 */
export const CUE_HEAD_IDS = 256;
const headNumber = firstSightNumbers<number>(CUE_HEAD_IDS);

export function cueCtx(v: TokenView, c0: number, c1: number): CueCtx {
  let head = v.hStem[c1 - 1]!, pos = 0x3779;
  for (let i = c0; i < c1; i++) { if (v.lex[i]) head = v.hStem[i]!; pos = mix(pos, v.hPos[i]!); }
  return {
    c0, c1, head, pos, para: v.para[c0]!, sent: v.sent[c0]!, inQuote: v.inQuote[c0]!, afterThat: c1 < v.n && v.lower[c1] === 'that' ? 1 : 0,
    nextWord: c1 < v.n ? v.hLower[c1]! : PAD_END, prevWord: c0 > 0 ? v.hLower[c0 - 1]! : PAD_START, headId: headNumber(head),
  };
}

/**
 * Per-token values of the role features, relative to the cue (set by
 * roleTokenValues; read by the feature groups below and by decodeRoles).
 */
export interface RoleTok {
  /** roleSide; distance bucket to the cue; the two joined (side * 16 + db). */
  side: number; db: number; sideD: number;
  /** Sentence offset from the cue's sentence, clamped to -2..3, plus 2. */
  so: number;
  /** 1 when in the cue's paragraph; sentence edge (1 first, 2 last, 3 both); distance bucket to the sentence's end. */
  samePara: number; edge: number; rem: number;
  /** Commas (0..2), quotation marks (0..3) and finite verbs (0..3) strictly between the cue and the token. */
  cb: number; qb: number; vb: number;
  /** Token inside a quotation; the cue inside one. */
  q: number; cq: number;
  w: number; sh: number; pos: number;
  /** The token's posId; 1 for a pronoun. */
  pid: number; pron: number;
}
export const rt: RoleTok = { side: 0, db: 0, sideD: 0, so: 0, samePara: 0, edge: 0, rem: 0, cb: 0, qb: 0, vb: 0, q: 0, cq: 0, w: 0, sh: 0, pos: 0, pid: 0, pron: 0 };

/** Fills `rt` for token j and the cue. */
export function roleTokenValues(v: TokenView, c: CueCtx, j: number): void {
  const side = roleSide(c, j);
  const d = side === 0 ? c.c0 - j : side === 2 ? j - c.c1 + 1 : 0;
  const db = distBucket(d);
  const lo = side === 0 ? j + 1 : c.c1, hi = side === 0 ? c.c0 : j; // tokens strictly between
  const commas = lo < hi ? v.commaCum[hi]! - v.commaCum[lo]! : 0;
  const quotes = lo < hi ? v.quoteCum[hi]! - v.quoteCum[lo]! : 0;
  const verbs = lo < hi ? v.verbCum[hi]! - v.verbCum[lo]! : 0;
  const sj = v.sent[j]!, se = v.sentEnd[sj]!;
  rt.side = side; rt.db = db; rt.sideD = side * 16 + db;
  rt.so = Math.max(-2, Math.min(3, sj - c.sent)) + 2;
  rt.samePara = v.para[j] === c.para ? 1 : 0;
  rt.edge = (j === v.sentStart[sj] ? 1 : 0) + (j === se - 1 ? 2 : 0);
  rt.rem = distBucket(se - 1 - j);
  rt.cb = commas > 1 ? 2 : commas; rt.qb = quotes > 2 ? 3 : quotes; rt.vb = verbs > 2 ? 3 : verbs;
  rt.q = v.inQuote[j]!; rt.cq = c.inQuote;
  rt.w = v.hLower[j]!; rt.sh = v.hShape[j]!; rt.pos = v.hPos[j]!; rt.pid = v.posId[j]!; rt.pron = v.pronoun[j]!;
}

/**
 * Hashed features of token j relative to a cue that do not depend on the
 * previous label, into `out`; returns the count. Also leaves in `rt` what
 * rolePrevFeatures needs for the same token. They come in three parts, so
 * that decoding can score the first two once: roleCueSideFeatures depend on
 * the cue and the token's side of it only, roleWordSideFeatures on the word
 * and its side, roleTokenFeatures are the rest.
 */
export function roleStaticFeatures(v: TokenView, c: CueCtx, j: number, out: Int32Array): number {
  const side = roleSide(c, j);
  const k = roleWordSideFeatures(v.word[j]!, side, out, roleCueSideFeatures(c, side, out, 0));
  return roleTokenFeatures(v, c, j, out, k);
}

/** 0 before the cue, 1 inside it, 2 after it. */
export function roleSide(c: CueCtx, j: number): number { return j < c.c0 ? 0 : j >= c.c1 ? 2 : 1; }

export function roleCueSideFeatures(c: CueCtx, side: number, out: Int32Array, at: number): number {
  let k = at;
  out[k++] = f(40); out[k++] = f(49, c.head, side); out[k++] = f(55, c.nextWord, side); out[k++] = f(56, c.prevWord, side); out[k++] = f(75, c.pos, side);
  return k;
}

export function roleWordSideFeatures(w: WordInfo, side: number, out: Int32Array, at: number): number {
  let k = at;
  out[k++] = f(43, w.hLower, side); out[k++] = f(44, w.hLower); out[k++] = f(45, w.hStem, side); out[k++] = f(46, w.hShape, side); out[k++] = f(67, w.lex, side);
  return k;
}


/*
 * The role features of a token come in groups by what they depend on, so that
 * decoding can keep the sums of the small groups per combination of values
 * (a group's key below; the sums of a loaded model are integers, so this never
 * changes a score). Training uses them all together (roleTokenFeatures).
 */

/** Position relative to the cue and in the sentence: key < ROLE_GEOMETRY_KEYS. */
export const ROLE_GEOMETRY_KEYS = 3 * 9 * 6 * 2 * 4 * 9;
export function roleGeometryKey(): number { return ((((rt.side * 9 + rt.db) * 6 + rt.so) * 2 + rt.samePara) * 4 + rt.edge) * 9 + rt.rem; }
export function roleGeometryFeatures(out: Int32Array, at: number): number {
  const { side, sideD, so } = rt;
  let k = at;
  out[k++] = f(41, sideD); out[k++] = f(42, so, side);
  out[k++] = f(77, rt.samePara, side, so); out[k++] = f(78, rt.edge, side, so); out[k++] = f(80, rt.rem, side, so);
  return k;
}

/** What lies between the cue and the token, and quotation state: key < ROLE_COUNT_KEYS. */
export const ROLE_COUNT_KEYS = 3 * 6 * 3 * 4 * 4 * 2 * 2;
export function roleCountKey(): number { return (((((rt.side * 6 + rt.so) * 3 + rt.cb) * 4 + rt.qb) * 4 + rt.vb) * 2 + rt.q) * 2 + rt.cq; }
export function roleCountFeatures(out: Int32Array, at: number): number {
  const { side, cb, qb, vb } = rt;
  let k = at;
  out[k++] = f(52, cb, qb, side); out[k++] = f(53, rt.cq, rt.q, side); out[k++] = f(72, vb, side); out[k++] = f(76, vb, rt.so, cb);
  return k;
}

/** The cue's head word with the distance: key < ROLE_CUE_DISTANCE_KEYS, or -1 for a head past the numbered ones. */
export const ROLE_CUE_DISTANCE_KEYS = CUE_HEAD_IDS * 2 * 3 * 9 * 6;
export function roleCueDistanceKey(c: CueCtx): number {
  return c.headId >= CUE_HEAD_IDS ? -1 : (((c.headId * 2 + c.afterThat) * 3 + rt.side) * 9 + rt.db) * 6 + rt.so;
}
export function roleCueDistanceFeatures(c: CueCtx, out: Int32Array, at: number): number {
  let k = at;
  out[k++] = f(50, c.head, rt.sideD); out[k++] = f(51, c.head, rt.so); out[k++] = f(54, c.afterThat, rt.side, rt.db);
  return k;
}

/** The token's tag (and pronoun flag) with its side, distance and commas crossed: key < ROLE_TAG_KEYS when rt.pid < POS_IDS. */
export const ROLE_TAG_KEYS = POS_IDS * 3 * 9 * 2 * 3;
export function roleTagKey(): number { return (((rt.pid * 3 + rt.side) * 9 + rt.db) * 2 + rt.pron) * 3 + rt.cb; }
export function roleTagFeatures(out: Int32Array, at: number): number {
  const { side, sideD, pos } = rt;
  let k = at;
  out[k++] = f(57, rt.pron, sideD); out[k++] = f(68, pos, side); out[k++] = f(69, pos, sideD); out[k++] = f(85, rt.cb, pos, side);
  return k;
}

/** The token's word with its neighbours' words, on its side of the cue. */
export function roleNeighbourWordFeatures(v: TokenView, j: number, out: Int32Array, at: number): number {
  const k = roleAsPrevFeatures(j > 0 ? v.hLower[j - 1]! : PAD_START, rt.side, out, at);
  return roleWordPairFeatures(v, j, out, roleAsNextFeatures(j + 1 < v.n ? v.hLower[j + 1]! : PAD_END, rt.side, out, k));
}
/** The word (lower-case hash) as the previous or next token's, on a side of the cue: decodeRoles keeps their sums per word. */
export function roleAsPrevFeatures(lower: number, side: number, out: Int32Array, at: number): number { out[at] = f(47, lower, side); return at + 1; }
export function roleAsNextFeatures(lower: number, side: number, out: Int32Array, at: number): number { out[at] = f(48, lower, side); return at + 1; }
/** The padding's hashes before and after the document. */
export const ROLE_PAD_START = PAD_START, ROLE_PAD_END = PAD_END;
/** Boundary context: the word bigrams on both sides of the token. */
export function roleWordPairFeatures(v: TokenView, j: number, out: Int32Array, at: number): number {
  const { side, w } = rt;
  const p = j > 0 ? v.hLower[j - 1]! : PAD_START, nx = j + 1 < v.n ? v.hLower[j + 1]! : PAD_END;
  out[at] = f(83, p, w, side); out[at + 1] = f(84, w, nx, side);
  return at + 2;
}

/** Number of the padding before or after the document in the pair keys below. */
const POS_PAD = POS_IDS + 1, SHAPE_PAD = SHAPE_IDS + 1;
/** Kinds of pair keys: numbers 0..POS_PAD (or SHAPE_PAD) in each place, and the side. */
export const ROLE_TAG_PAIR_KEYS = (POS_IDS + 2) * (POS_IDS + 2) * 3;
export const ROLE_SHAPE_PAIR_KEYS = (SHAPE_IDS + 2) * (SHAPE_IDS + 2) * 3;

/** The previous token's tag with the token's, and the side: key < ROLE_TAG_PAIR_KEYS, or -1 for a tag past the numbered ones. */
export function roleTagBeforeKey(v: TokenView, j: number): number {
  const a = j > 0 ? v.posId[j - 1]! : POS_PAD, b = rt.pid;
  return a === POS_IDS || b >= POS_IDS ? -1 : (a * (POS_IDS + 2) + b) * 3 + rt.side;
}
export function roleTagBeforeFeatures(v: TokenView, j: number, out: Int32Array, at: number): number {
  out[at] = f(70, j > 0 ? v.hPos[j - 1]! : PAD_START, rt.pos, rt.side);
  return at + 1;
}
/** The token's tag with the next token's, and the side: key < ROLE_TAG_PAIR_KEYS, or -1. */
export function roleTagAfterKey(v: TokenView, j: number): number {
  const a = rt.pid, b = j + 1 < v.n ? v.posId[j + 1]! : POS_PAD;
  return a >= POS_IDS || b === POS_IDS ? -1 : (a * (POS_IDS + 2) + b) * 3 + rt.side;
}
export function roleTagAfterFeatures(v: TokenView, j: number, out: Int32Array, at: number): number {
  out[at] = f(71, rt.pos, j + 1 < v.n ? v.hPos[j + 1]! : PAD_END, rt.side);
  return at + 1;
}
/** The previous token's shape with the token's, and the side: key < ROLE_SHAPE_PAIR_KEYS, or -1 for a shape past the numbered ones. */
export function roleShapePairKey(v: TokenView, j: number): number {
  const a = j > 0 ? v.shapeId[j - 1]! : SHAPE_PAD, b = v.shapeId[j]!;
  return a === SHAPE_IDS || b === SHAPE_IDS ? -1 : (a * (SHAPE_IDS + 2) + b) * 3 + rt.side;
}
export function roleShapePairFeatures(v: TokenView, j: number, out: Int32Array, at: number): number {
  out[at] = f(58, j > 0 ? v.hShape[j - 1]! : PAD_START, rt.sh, rt.side);
  return at + 1;
}

/** The cue's head with the token's word. */
export function roleCueWordFeatures(c: CueCtx, out: Int32Array, at: number): number {
  out[at] = f(66, c.head, rt.side, rt.w);
  return at + 1;
}

/** The cue's head with the token's tag: key < ROLE_CUE_TAG_KEYS, or -1 for a head or tag past the numbered ones. */
export const ROLE_CUE_TAG_KEYS = CUE_HEAD_IDS * 3 * POS_IDS;
export function roleCueTagKey(c: CueCtx): number {
  return c.headId >= CUE_HEAD_IDS || rt.pid >= POS_IDS ? -1 : (c.headId * 3 + rt.side) * POS_IDS + rt.pid;
}
export function roleCueTagFeatures(c: CueCtx, out: Int32Array, at: number): number {
  out[at] = f(82, c.head, rt.side, rt.pos);
  return at + 1;
}

/** The rest: the token's words and tags with its neighbours', and with the cue's head. */
export function roleNeighbourFeatures(v: TokenView, c: CueCtx, j: number, out: Int32Array, at: number): number {
  const k = roleShapePairFeatures(v, j, out, roleTagAfterFeatures(v, j, out, roleTagBeforeFeatures(v, j, out, roleNeighbourWordFeatures(v, j, out, at))));
  return roleCueTagFeatures(c, out, roleCueWordFeatures(c, out, k));
}

/** All the role features of token j relative to the cue that are not kept per cue or per word (see roleStaticFeatures); also fills `rt`. */
export function roleTokenFeatures(v: TokenView, c: CueCtx, j: number, out: Int32Array, at: number): number {
  roleTokenValues(v, c, j);
  let k = roleCueDistanceFeatures(c, out, roleCountFeatures(out, roleGeometryFeatures(out, at)));
  k = roleTagFeatures(out, k);
  return roleNeighbourFeatures(v, c, j, out, k);
}

/** Features of the token last given to roleTokenValues that join the previous label, appended to `out` from `k`. */
export function rolePrevFeatures(prev: number, out: Int32Array, k: number): number {
  return rolePrevTokenFeatures(prev, out, rolePrevWordFeatures(prev, rt.w, rt.sh, out, k));
}
/** The previous-label features joined with the word only (decodeRoles keeps their sum at prev = O with the word's): `w`, `sh` its lower-case and shape hashes. */
export function rolePrevWordFeatures(prev: number, w: number, sh: number, out: Int32Array, k: number): number {
  out[k++] = f(61, prev, w); out[k++] = f(62, prev, sh);
  return k;
}
/** The previous label alone, with the side of the cue and with the token's position: key < ROLE_PREV_GEOMETRY_KEYS (prev up to CUE_PREV = 5). */
export const ROLE_PREV_GEOMETRY_KEYS = 6 * 3 * 9 * 4 * 9;
export function rolePrevGeometryKey(prev: number): number { return (((prev * 3 + rt.side) * 9 + rt.db) * 4 + rt.edge) * 9 + rt.rem; }
export function rolePrevGeometryFeatures(prev: number, out: Int32Array, k: number): number {
  out[k++] = f(59, prev); out[k++] = f(60, prev, rt.side);
  out[k++] = f(63, prev, rt.sideD); out[k++] = f(79, prev, rt.edge, rt.side); out[k++] = f(81, prev, rt.rem);
  return k;
}
/** The previous label with what lies between: key < ROLE_PREV_COUNT_KEYS. */
export const ROLE_PREV_COUNT_KEYS = 6 * 3 * 2 * 4 * 3 * 4;
export function rolePrevCountKey(prev: number): number { return ((((prev * 3 + rt.side) * 2 + rt.q) * 4 + rt.qb) * 3 + rt.cb) * 4 + rt.vb; }
export function rolePrevCountFeatures(prev: number, out: Int32Array, k: number): number {
  out[k++] = f(64, prev, rt.q, rt.qb); out[k++] = f(65, prev, rt.cb, rt.side); out[k++] = f(73, rt.vb, prev, rt.side);
  return k;
}
/** The previous label with the token's tag: key < ROLE_PREV_TAG_KEYS when rt.pid < POS_IDS. */
export const ROLE_PREV_TAG_KEYS = 6 * POS_IDS * 3;
export function rolePrevPosKey(prev: number): number { return (prev * POS_IDS + rt.pid) * 3 + rt.side; }
export function rolePrevPosFeatures(prev: number, out: Int32Array, k: number): number {
  out[k++] = f(74, prev, rt.pos, rt.side);
  return k;
}
/** The previous-label features joined with what roleTokenValues computed for the token. */
export function rolePrevTokenFeatures(prev: number, out: Int32Array, k: number): number {
  return rolePrevPosFeatures(prev, out, rolePrevCountFeatures(prev, out, rolePrevGeometryFeatures(prev, out, k)));
}

/** Hashed features of token j relative to a cue, for source/content tagging, into `out`; `prev` is the previous label's index. */
export function roleFeatures(v: TokenView, c: CueCtx, j: number, prev: number, out: Int32Array): number {
  return rolePrevFeatures(prev, out, roleStaticFeatures(v, c, j, out));
}
