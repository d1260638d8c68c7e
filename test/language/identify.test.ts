import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc, Pipeline, analyze, type Component } from '../../src/index.js';
import { identifyLanguage } from '../../src/language/index.js';

// Paragraphs composed for these tests.
const ENGLISH = 'The mayor said on Tuesday that the bridge would reopen in the spring, and that the city had asked the state for more money to finish the work before the floods. Residents have complained for months about long detours, crowded buses and the noise of the site, which does not stop at night.';
const GERMAN = 'Der Bürgermeister sagte am Dienstag, die Brücke werde im Frühjahr wieder geöffnet. Die Stadt habe beim Land mehr Geld beantragt, um die Arbeiten vor dem Hochwasser abzuschließen. Anwohner klagen seit Monaten über lange Umwege, volle Busse und den Lärm der Baustelle, die nachts nicht ruht.';
const FRENCH = "Le maire a déclaré mardi que le pont rouvrirait au printemps et que la ville avait demandé davantage d'argent à l'État pour terminer les travaux avant les crues. Les habitants se plaignent depuis des mois des longs détours, des bus bondés et du bruit du chantier, qui ne s'arrête pas la nuit.";
const RUSSIAN = 'Мэр города заявил во вторник, что мост откроют весной, а город попросил у области больше денег, чтобы закончить работы до паводка. Жители говорят, что ждут этого уже два года и что никто не может сказать им, когда всё будет готово.';
// English with few function words (a list of headlines): the trigram profiles decide
const HEADLINES = 'Mayor Promises Bridge Reopening By Spring\n\nCity Council Approves Emergency Flood Funding\n\nRockledge Beats Palm Bay In Overtime Thriller\n\nLocal Bakery Wins Regional Bread Award\n\nSchool Board Delays Vote On New Calendar\n\nHarbor Ferry Adds Late Evening Crossings\n\nStorm Knocks Out Power Across Northern Suburbs\n\nHospital Opens New Children\u2019s Wing Downtown';

test('language: English by its function words, other languages by trigram profiles, short text undecided', () => {
  assert.deepEqual(identifyLanguage(ENGLISH), { code: 'en', rule: 'english-function-words' });
  assert.deepEqual(identifyLanguage(GERMAN), { code: 'de', rule: 'trigrams' });
  assert.deepEqual(identifyLanguage(FRENCH), { code: 'fr', rule: 'trigrams' });
  assert.deepEqual(identifyLanguage(RUSSIAN), { code: 'ru', rule: 'trigrams' });
  assert.deepEqual(identifyLanguage(HEADLINES), { code: 'en', rule: 'trigrams' });
  assert.deepEqual(identifyLanguage('Berlin, Dienstag.'), { code: null, rule: 'too-short' });
  // under 40 words of Latin script the trigrams are not trusted: a short text is read as English
  assert.deepEqual(identifyLanguage('Der Bürgermeister sagte am Dienstag, die Brücke werde im Frühjahr wieder geöffnet.'), { code: null, rule: 'too-short' });
});

test('a stage built for English is skipped on another language, with a note; it runs on English and on unidentified text', () => {
  const log: string[] = [];
  const english: Component = { name: 'english-only', requires: ['text'], assigns: ['x'], languages: ['en'], run: () => { log.push('ran'); } };
  const p = new Pipeline([english]);
  const fr = new Doc(FRENCH); fr.language = { code: 'fr', rule: 'trigrams' };
  p.run(fr);
  assert.deepEqual(log, []);
  assert.deepEqual(fr.notes, [{ stage: 'english-only', message: 'skipped: built for English; the text reads as French (fr)' }]);
  const en = new Doc(ENGLISH); en.language = { code: 'en', rule: 'english-function-words' };
  p.run(en);
  p.run(new Doc('Berlin.')); // no language identified: runs
  assert.deepEqual(log, ['ran', 'ran']);
  assert.deepEqual(en.notes, []);
});

test('a German article keeps its quotations (no cue, source or speaker) and gets no English entities, times or framing', () => {
  const text = `${GERMAN}\n\nUnd die Anwohner? „Wir warten seit zwei Jahren auf diese Brücke und niemand sagt uns, wann sie endlich fertig wird“, sagte Anna Becker am 3. März 2024.`;
  const r = analyze(text);
  assert.deepEqual(r.language, { code: 'de', rule: 'trigrams' });
  assert.equal(r.meta.language, 'de');
  assert.equal(r.meta.sources?.language, 'text');
  assert.equal(r.quotes.length, 1);
  const q = r.quotes[0]!;
  assert.match(q.content.text, /^Wir warten seit zwei Jahren/);
  assert.equal(q.cue, null);
  assert.equal(q.source, null);
  assert.deepEqual(q.speaker, { name: '', kind: 'unknown' });
  assert.equal(q.rule, 'direct:marks+language:de');
  assert.deepEqual(r.entities, []);
  assert.deepEqual(r.times, []);
  assert.equal(r.sourcing, null);
  assert.deepEqual(r.notes?.map((n) => n.stage), ['pos', 'entities', 'time', 'attribution', 'framing']);
});

test('in another language a short quotation is a quotation ("Das ist nicht akzeptabel"), a one-word quoted term a scare quote', () => {
  const r = analyze(`${GERMAN} „Das ist nicht akzeptabel“, sagte die Ministerin über das sogenannte „Sondervermögen“ der Regierung.`);
  assert.deepEqual(r.quotes.map((q) => q.content.text), ['Das ist nicht akzeptabel']);
  assert.deepEqual(r.scareQuotes.map((q) => q.text), ['Sondervermögen']);
});

test('an English article: language en, no notes; a declared page language is kept in meta', () => {
  const r = analyze(`${ENGLISH} "We will not wait another year," Anna Becker said.`);
  assert.deepEqual(r.language, { code: 'en', rule: 'english-function-words' });
  assert.equal(r.meta.language, 'en');
  assert.deepEqual(r.notes, []);
  assert.equal(r.quotes.find((q) => q.kind === 'direct')?.speaker.name, 'Anna Becker');
  // a page that declares English but is written in German: the declaration stays in meta, the text decides the stages
  const page = analyze({ html: `<html lang="en"><head><title>Brücke</title></head><body><article><p>${GERMAN}</p><p>${GERMAN}</p></article></body></html>` });
  assert.equal(page.meta.language, 'en');
  assert.equal(page.language?.code, 'de');
  assert.deepEqual(page.entities, []);
});

test('Japanese: identified without spaces between words, and its corner-bracket quotations 「…」『…』 are found', () => {
  // composed for this test: the prime minister said at a press conference that ...; the opposition objected that ...
  const r = analyze('首相は記者会見で「経済対策を年内にまとめたい」と述べた。野党は『説明が足りない』と反発している。政府は来週にも具体案を示す方針だ。関係者によると、予算規模はまだ決まっていない。');
  assert.deepEqual(r.language, { code: 'ja', rule: 'trigrams' });
  assert.deepEqual(r.quotes.map((q) => q.content.text), ['経済対策を年内にまとめたい', '説明が足りない']);
});
