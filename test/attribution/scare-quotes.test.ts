import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../../src/doc/doc.js';
import type { Quote } from '../../src/doc/types.js';
import { boilerplateCleaner } from '../../src/clean/index.js';
import { segmenter } from '../../src/segment/index.js';
import { findScareQuotes, quotedRegions } from '../../src/attribution/scare-quotes.js';

function makeDoc(text: string): Doc {
  const doc = new Doc(text);
  boilerplateCleaner.run(doc);
  segmenter.run(doc);
  return doc;
}
const texts = (doc: Doc, quotes: Quote[] = []) => findScareQuotes(doc, quotes).map((s) => s.text);

test('quoted terms with no cue and no source are scare quotes (curly and straight marks)', () => {
  const doc = makeDoc([
    'The ministry called the raids \u201cpreventive measures\u201d in its weekly bulletin.',
    'Officials in the so-called "buffer zone" were moved out.',
    'The \u2018reform\u2019 package passed the lower house.',
  ].join('\n'));
  assert.deepEqual(texts(doc), ['preventive measures', 'buffer zone', 'reform']);
});

test('a straight single quote opening a term is a mark, even when the term starts like an elision; \'em, \'n\', the \'90s are not', () => {
  const doc = makeDoc("The so-called 'special measures' were lifted in the '90s, and rock 'n' roll came back. Give 'em a 'new deal' now.");
  assert.deepEqual(texts(doc), ['special measures', 'new deal']);
});

test('two apostrophes quote a term too (typewriter style), and the region starts after both', () => {
  const doc = makeDoc("The campaign was ''taking a close look'' at the bill. The students' union met.");
  assert.deepEqual(texts(doc), ['taking a close look']);
  assert.deepEqual(quotedRegions(doc).map((r) => [r.open, doc.text.slice(r.inner.start, r.inner.end)]), [[doc.text.indexOf("''"), 'taking a close look']]);
});

test('apostrophes inside and at the end of words are not quotation marks', () => {
  const doc = makeDoc('The farmers\u2019 union and the workers\u2019 council met at the people\u2019s hall on the city\u2019s edge.');
  assert.deepEqual(quotedRegions(doc), []);
  assert.deepEqual(texts(doc), []);
});

test('a quotation nested inside a quotation is a scare quote; the outer quotation is not', () => {
  const doc = makeDoc('\u201cThe council rejected the \u201crescue\u201d plan because it was rushed,\u201d the mayor said.');
  const outer = doc.matchText.indexOf('"The council');
  const close = doc.matchText.indexOf('rushed,"') + 'rushed,"'.length;
  const q: Quote = {
    kind: 'direct', content: { start: outer, end: close }, cue: { start: doc.matchText.indexOf('said'), end: doc.matchText.indexOf('said') + 4 },
    source: { start: doc.matchText.indexOf('the mayor'), end: doc.matchText.indexOf('the mayor') + 9 }, speaker: { name: 'the mayor', kind: 'anonymous' },
  };
  assert.deepEqual(texts(doc, [q]), ['rescue']);
  const regions = quotedRegions(doc);
  assert.equal(regions.length, 2);
  assert.equal(regions.find((r) => doc.slice(r.inner) === 'rescue')!.depth, 1);
});

test('titles of works and nicknames are recorded; a long title-case title too', () => {
  const doc = makeDoc([
    'She hosted \u201cThe Long Road Home From the Northern Coast\u201d for a decade.',
    'The senator, known as \u201cthe Hammer,\u201d voted no.',
  ].join('\n'));
  assert.deepEqual(texts(doc), ['The Long Road Home From the Northern Coast', 'the Hammer']);
});

test('negative: quoted statements are not scare quotes', () => {
  const doc = makeDoc([
    '\u201cAbsolutely,\u201d the minister said.',
    'The coach added: \u201cWe lost.\u201d',
    '\u201cWe will rebuild the bridge before the winter comes and the river freezes over,\u201d she told the crowd.',
    '"No comment," said the spokesman.',
  ].join('\n'));
  assert.deepEqual(texts(doc), []);
});

test('a mixed quote ending in a quoted phrase is speech; a one- or two-word label at its end stays a term', () => {
  const doc = makeDoc('The mayor said the closure was \u201cnot an emergency\u201d and called the rival plan \u201ca stunt\u201d yesterday.');
  const t = doc.matchText;
  const mk = (content: string, cue: string): Quote => ({
    kind: 'mixed', content: { start: t.indexOf(content), end: t.indexOf(content) + content.length }, cue: { start: t.indexOf(cue), end: t.indexOf(cue) + cue.length },
    source: { start: 0, end: 'The mayor'.length }, speaker: { name: 'The mayor', kind: 'anonymous' },
  });
  const quotes = [mk('the closure was "not an emergency"', 'said'), mk('the rival plan "a stunt"', 'called')];
  assert.deepEqual(texts(doc, quotes), ['a stunt']);
});

test('negative: a quoted span that is a quote\'s content is not a scare quote, even when short', () => {
  const doc = makeDoc('The governor described the budget as \u201ca disaster\u201d on Tuesday.');
  const start = doc.matchText.indexOf('"a disaster"');
  const q: Quote = {
    kind: 'mixed', content: { start, end: start + '"a disaster"'.length }, cue: { start: doc.matchText.indexOf('described'), end: doc.matchText.indexOf('described') + 9 },
    source: { start: 0, end: 'The governor'.length }, speaker: { name: 'The governor', kind: 'anonymous' },
  };
  assert.deepEqual(texts(doc), ['a disaster']);
  assert.deepEqual(texts(doc, [q]), []);
});

test('negative: nothing inside boilerplate, and a quotation left open at a paragraph end is not a term', () => {
  const doc = makeDoc([
    'Also Read: Mayor says \u2018fix\u2019 is near',
    '',
    '\u201cWe will keep going',
    '',
    '\u201cand we will win,\u201d he said.',
  ].join('\n'));
  assert.ok(doc.boilerplate.length > 0, 'the related-link line is boilerplate');
  assert.deepEqual(texts(doc), []);
  const open = quotedRegions(doc).filter((r) => !r.closed);
  assert.equal(open.length, 1);
});

// Quotation marks of other styles in English articles (src/lexicon/quotation-marks.ts says which marks pair).
const regionTexts = (doc: Doc) => quotedRegions(doc).map((r) => [doc.slice(r.inner), r.depth, r.closed]);

test('a German „…“ term in an English article is a scare quote, closed by “ or by ”', () => {
  const doc = makeDoc([
    'Berlin described the new budget as a „Zeitenwende“ for the armed forces.',
    'Warsaw papers printed „odwilż” over the report on the talks.',
  ].join('\n'));
  assert.deepEqual(regionTexts(doc), [['Zeitenwende', 0, true], ['odwilż', 0, true]]);
  assert.deepEqual(texts(doc), ['Zeitenwende', 'odwilż']);
});

test('Japanese and Chinese corner brackets 「…」 and 『…』 pair, after a letter too', () => {
  const doc = makeDoc('Tokyo officials called the delay 「短い」 while the ministry memo said the plan was『安全』 for now.');
  assert.deepEqual(regionTexts(doc), [['短い', 0, true], ['安全', 0, true]]);
  assert.deepEqual(texts(doc), ['短い', '安全']);
});

test('German single marks ‚…‘ nest inside „…“: “ and ‘ close them after text, a ‘ between letters is an apostrophe', () => {
  const doc = makeDoc([
    'The banner read „Wir sagen ‚nein‘“ outside the hall.',
    'A student wrote „Er fragte ‚wie geht‘s‘ und ging“ on the board.',
  ].join('\n'));
  assert.deepEqual(regionTexts(doc), [
    ['Wir sagen \u201anein\u2018', 0, true], ['nein', 1, true],
    ['Er fragte \u201awie geht\u2018s\u2018 und ging', 0, true], ['wie geht\u2018s', 1, true],
  ]);
});

test('negative: apostrophes inside and after a German quotation are no marks', () => {
  const doc = makeDoc('Fans chanted „Rock ’n’ Roll“ while the band’s manager watched the singers’ faces.');
  assert.deepEqual(regionTexts(doc), [['Rock ’n’ Roll', 0, true]]);
  assert.deepEqual(texts(doc), ['Rock ’n’ Roll']);
});

test('negative: English curly quotes pair as before beside „…“; a “ at a word start inside „…“ opens a nested quotation', () => {
  const doc = makeDoc([
    'The „Zeitenwende“ speech drew a “mixed” response and a“cautious” one.',
    '„Sie nennen es “Frieden”, aber es ist Krieg“ was painted on the wall.',
    '„Wir bleiben hier',
  ].join('\n'));
  assert.deepEqual(regionTexts(doc), [
    ['Zeitenwende', 0, true], ['mixed', 0, true], ['cautious', 0, true],
    ['Sie nennen es \u201cFrieden\u201d, aber es ist Krieg', 0, true], ['Frieden', 1, true],
    ['Wir bleiben hier', 0, false],
  ]);
});
