import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.js';
import { entityAt } from '../../src/entities/index.js';
import { loadNerTagger } from '../../src/entities/recognizer.js';
import { bilouAllowed, labelSpans, NerDocMemory, prepareNerSentence, spansToBilou } from '../../src/entities/ner.js';
import type { Entity } from '../../src/doc/types.js';
import { seedText, SEED_DATE, SEED_SKIP } from '../helpers/seed.js';

const byName = (es: Entity[], name: string) => es.find((e) => e.name === name || e.name === name.replace(/^the /, ''));
const mentionTexts = (text: string, e: Entity) => e.mentions.map((m) => text.slice(m.start, m.end));

test('BILOU helpers: spans round-trip, constraints', () => {
  const spans = [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }, { start: 5, end: 8, type: 'ORG' }];
  const labels = spansToBilou(8, spans);
  assert.deepEqual(labels, ['B-PER', 'L-PER', 'O', 'U-LOC', 'O', 'B-ORG', 'I-ORG', 'L-ORG']);
  assert.deepEqual(labelSpans(labels), spans);
  assert.equal(bilouAllowed('B-PER', 'L-PER'), true);
  assert.equal(bilouAllowed('B-PER', 'L-ORG'), false);
  assert.equal(bilouAllowed('O', 'I-PER'), false);
  assert.equal(bilouAllowed(null, 'U-LOC'), true);
  assert.equal(bilouAllowed('I-ORG', 'O'), false);
});

test('cached tagging equals the plain feature path', () => {
  const tagger = loadNerTagger();
  const sentences = [
    ['Senator', 'Maria', 'Lopez', 'of', 'Ohio', 'told', 'Reuters', 'that', 'the', 'European', 'Union', 'would', 'act', '.'],
    ['LOPEZ', 'WINS', 'IN', 'OHIO'],
    ['Lopez', "'s", 'office', 'in', 'Cleveland', 'declined', 'to', 'comment', '.'],
  ];
  const m1 = new NerDocMemory(), m2 = new NerDocMemory();
  for (const s of sentences) assert.deepEqual(tagger.tagSentence(s, m1), tagger.tagSentenceUncached(s, m2));
});

test('cached tagging equals the plain feature path on word salads (rare contexts, memory, gazetteer runs)', () => {
  const tagger = loadNerTagger();
  const vocab = ['Lopez', 'Maria', 'New', 'York', 'City', 'Ohio', 'United', 'Nations', 'Reuters', 'said', 'the', 'of', 'in', ',', '.', "'s",
    'Zorblat', 'Industries', 'BANK', 'Senator', 'president', 'U.S.', '2016', 'European', 'Union', 'Kyiv', 'Moscow-backed', 'told'];
  let seed = 11;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 1);
  const m1 = new NerDocMemory(), m2 = new NerDocMemory();
  for (let k = 0; k < 300; k++) {
    const s = Array.from({ length: 1 + (next() % 12) }, () => vocab[next() % vocab.length]!);
    assert.deepEqual(tagger.tagSentence(s, m1), tagger.tagSentenceUncached(s, m2), s.join(' '));
  }
});

test('recognizer finds people, organizations and places in composed news text', () => {
  const text = 'Prime Minister Anna Kowalski of Poland met German Chancellor Klaus Weber in Berlin on Friday, the Foreign Ministry said.\n\n'
    + 'Kowalski’s spokesman told Reuters the talks covered energy supplies from Norway.';
  const doc = analyzeDoc(text);
  const es = doc.entities;
  const anna = byName(es, 'Anna Kowalski');
  assert.ok(anna, JSON.stringify(es.map((e) => e.name)));
  assert.equal(anna.type, 'person');
  assert.deepEqual(mentionTexts(text, anna), ['Anna Kowalski', 'Kowalski']); // possessive out of the name
  assert.ok(anna.roles?.includes('Prime Minister'), JSON.stringify(anna.roles));
  const weber = byName(es, 'Klaus Weber');
  assert.equal(weber?.type, 'person');
  assert.ok(weber?.roles?.includes('German Chancellor'), JSON.stringify(weber?.roles));
  for (const p of ['Poland', 'Berlin', 'Norway']) assert.equal(byName(es, p)?.type, 'place', p);
  assert.equal(byName(es, 'Reuters')?.type, 'organization');
  assert.deepEqual(es.map((e) => e.id), es.map((_, i) => `e${i + 1}`));
  // ids follow the text order
  for (let i = 1; i < es.length; i++) assert.ok(es[i - 1]!.mentions[0]!.start < es[i]!.mentions[0]!.start);
});

test('a name stops before a lower-case noun and its comma ("Ms Rowles\u2019 father, Shaun Rowles"); an honorific without its period makes a person', () => {
  const text = 'Teenager Jessa Rowles has become the third person to die after falling ill in Laos.\n\n'
    + 'Ms Rowles\u2019 father, Shaun Rowles, confirmed his daughter\u2019s death to Nine News. \u201cWe are heartbroken,\u201d he said.';
  const doc = analyzeDoc(text);
  const names = doc.entities.map((e) => [e.type, mentionTexts(text, e)]);
  assert.ok(!names.some(([, ms]) => (ms as string[]).some((m) => m.includes('father'))), JSON.stringify(names));
  assert.equal(byName(doc.entities, 'Shaun Rowles')?.type, 'person', JSON.stringify(names));
  assert.equal(doc.quotes.find((q) => q.source && text.slice(q.source.start, q.source.end) === 'he')?.speaker.name, 'Shaun Rowles');
});

test('document consistency, stated acronyms and appositive roles', () => {
  const text = 'The Organization for Security and Co-operation in Europe (OSCE) sent monitors to the region on Monday.\n\n'
    + 'Daniel Hartmann, a senior analyst at the Brookings Institution, said the OSCE mission would grow. '
    + 'Hartmann added that Brussels agreed.';
  const doc = analyzeDoc(text);
  const osce = doc.entities.find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === 'OSCE'));
  assert.ok(osce, JSON.stringify(doc.entities.map((e) => e.name)));
  assert.equal(osce.type, 'organization');
  assert.equal(osce.name, 'Organization for Security and Co-operation in Europe');
  assert.equal(osce.mentions.length, 3);
  const dh = byName(doc.entities, 'Daniel Hartmann');
  assert.equal(dh?.type, 'person');
  assert.equal(dh?.mentions.length, 2);
  assert.ok(dh?.roles?.includes('senior analyst at the Brookings Institution'), JSON.stringify(dh?.roles));
  // entityAt: a span holding the mention, and a span inside it
  const said = text.indexOf('Daniel Hartmann');
  assert.equal(entityAt(doc, said, said + 'Daniel Hartmann'.length)?.id, dh!.id);
  assert.equal(entityAt(doc, said + 7, said + 10)?.id, dh!.id);
  assert.equal(entityAt(doc, text.indexOf('monitors'), text.indexOf('monitors') + 8), null);
});

test('entities in boilerplate lines are excluded', () => {
  const text = 'Officials in Madrid said the plan was ready.\n\nAlso Read: Jonathan Pryce visits Lisbon\n\nThe plan starts in May.';
  const doc = analyzeDoc(text);
  assert.ok(byName(doc.entities, 'Madrid'));
  assert.equal(byName(doc.entities, 'Lisbon'), undefined);
  assert.equal(byName(doc.entities, 'Jonathan Pryce'), undefined);
});

test('seed article: people, organizations and places, with aliases clustered', { skip: SEED_SKIP }, () => {
  const text = seedText!;
  const doc = analyzeDoc({ text, date: SEED_DATE });
  const es = doc.entities;
  const expect = (name: string, type: string) => {
    const e = byName(es, name);
    assert.ok(e, `${name} missing from ${JSON.stringify(es.map((x) => x.name))}`);
    assert.equal(e.type, type, name);
    return e;
  };
  for (const p of ['Vladimir Putin', 'Joe Biden', 'Gerry Connolly', 'Wolf Blitzer', 'Volodymr Zelenskiy']) expect(p, 'person');
  for (const o of ['CNN', 'the Associated Press', 'ABC News', 'BBC', 'the White House', 'NATO']) expect(o, 'organization');
  for (const l of ['Ukraine', 'Russia', 'Donetsk', 'Luhansk', 'Donbas', 'Crimean Peninsula', 'Virginia', 'the United States']) expect(l, 'place');
  const putin = expect('Vladimir Putin', 'person');
  assert.ok(mentionTexts(text, putin).filter((m) => m === 'Putin').length >= 2, JSON.stringify(mentionTexts(text, putin)));
  assert.ok(putin.roles?.includes('Russian President'));
  assert.equal(es.filter((e) => /Putin/.test(e.name)).length, 1);
  const biden = expect('Joe Biden', 'person');
  assert.ok(mentionTexts(text, biden).includes('Biden'));
  assert.ok(biden.roles?.includes('President'));
  const connolly = expect('Gerry Connolly', 'person');
  assert.ok(mentionTexts(text, connolly).includes('Connolly'));
  assert.ok(connolly.roles?.some((r) => r.startsWith('US representative from Virginia')), JSON.stringify(connolly.roles));
  assert.ok(expect('Volodymr Zelenskiy', 'person').roles?.includes('Ukraine President'));
  // no mention sits in a boilerplate line, no name carries a possessive
  for (const e of es) for (const m of e.mentions) {
    assert.equal(doc.inBoilerplate(m), false, `${e.name} mention in boilerplate`);
    assert.ok(!/['’]s$/.test(text.slice(m.start, m.end)), text.slice(m.start, m.end));
  }
});

test('title-case headlines, possessives inside names and titles after names', () => {
  const text = 'Senator Says Budget Deal Is Dead After Talks With Governor\n\n'
    + 'Republican presidential nominee Martin Ellsworth’s 1998 tax returns were released on Monday by Ohio Gov. Rachel Dunmore.';
  const doc = analyzeDoc(text);
  const names = doc.entities.map((e) => e.name);
  assert.ok(!names.some((n) => /Says|Budget|Dead/.test(n)), JSON.stringify(names)); // headline words are not names
  const me = byName(doc.entities, 'Martin Ellsworth');
  assert.equal(me?.type, 'person', JSON.stringify(names));
  assert.ok(me?.roles?.includes('Republican presidential nominee'), JSON.stringify(me?.roles));
  assert.ok(!names.includes('Ohio Gov.'), JSON.stringify(names));
  assert.ok(byName(doc.entities, 'Rachel Dunmore')?.roles?.includes('Ohio Gov.'), JSON.stringify(doc.entities));
});

test('document memory: a word takes the type given most often, the first given on a tie; headlines and lower-case words are not remembered', () => {
  const m = new NerDocMemory();
  const remember = (words: string[], labels: string[]) => m.remember(prepareNerSentence(words, m), labels);
  remember(['Varno', 'spoke'], ['U-ORG', 'O']);
  assert.equal(m.typeOf('varno'), 'ORG');
  remember(['Varno', 'Tell', 'left'], ['B-PER', 'L-PER', 'O']);
  assert.equal(m.typeOf('varno'), 'ORG', 'a tie keeps the first type given');
  remember(['Varno', 'came'], ['U-PER', 'O']);
  assert.equal(m.typeOf('varno'), 'PER');
  assert.equal(m.typeOf('tell'), 'PER');
  remember(['VARNO', 'QUITS'], ['U-LOC', 'O']);
  assert.equal(m.typeOf('varno'), 'PER', 'a headline is not remembered');
  remember(['the', 'varno'], ['O', 'U-MISC']);
  assert.equal(m.typeOf('varno'), 'PER', 'a lower-case word is not remembered');
  remember(['Élan'], ['U-MISC']);
  assert.equal(m.typeOf('élan'), 'MISC');
  assert.equal(m.typeOf('came'), null);
  m.clear();
  assert.equal(m.typeOf('varno'), null);
});

test('names stop at a lone quotation mark, and a day a name ran on into is no surname for the rest of the text', () => {
  const text = 'Governor Dana Whitfield spoke to reporters on Friday in Albany. She told NBC’s “Morning Joe” on Friday that the budget would pass. '
    + 'The Sacramento Evening Post reported on Friday that the plan was popular.';
  const doc = analyzeDoc({ text });
  // (the tagger reads "Joe” on Friday" as one name: before, "Friday" became a person's surname, found again three times)
  assert.equal(doc.entities.some((e) => /Friday/.test(e.name) || e.mentions.some((m) => text.slice(m.start, m.end) === 'Friday')), false);
  assert.equal(doc.entities.some((e) => /[“”"]/.test(e.name)), false);
});

test('a lone closing parenthesis opens no name, and a capital opening a quotation is no name', () => {
  const doc = analyzeDoc({ text: 'Coach (Martin) Keller said on Friday his team was ready. Spokeswoman Jane Ditto said via email that, “Of course Mr. Trump is going to defend himself” against the attacks.' });
  const names = doc.entities.map((e) => e.name);
  assert.ok(names.includes('Keller'), names.join(', '));
  assert.equal(names.some((n) => n.includes(')')), false, names.join(', '));
  assert.equal(names.includes('Of'), false, names.join(', '));
});

test('a lone word before a number is no person ("Suite 350" in an address)', () => {
  const doc = analyzeDoc({ text: 'The bakery owner spoke to us on Monday. “I am so far ahead of the other parents,” she said.\n\nHarbor Gazette, 520 Third Street, Suite 350, Harbor Town.' });
  assert.equal(doc.entities.some((e) => e.type === 'person' && e.name === 'Suite'), false, doc.entities.map((e) => `${e.type}:${e.name}`).join(', '));
});

test('the word opening a subhead before a common noun is no person; a name there is kept from its other mentions', () => {
  const doc = analyzeDoc({ text: 'The mayor spoke for an hour.\n\nHero woman\'s iconic speech\n\nShe said the city owed its nurses a debt.\n\nGordon Brown spoke next.\n\nBrown supporters rally\n\nBrown said the vote was won.' });
  const people = doc.entities.filter((e) => e.type === 'person');
  assert.equal(people.some((e) => e.name === 'Hero'), false, people.map((e) => e.name).join(', '));
  const brown = people.find((e) => e.name === 'Gordon Brown');
  assert.equal(brown?.mentions.length, 3, people.map((e) => `${e.name} ${e.mentions.length}`).join(', '));
});

test('a stated acronym of a longer name than the person found inside it is a body; a person spelled whole stays a person', () => {
  const doc = analyzeDoc({ text: 'Immigration, Refugees and Citizenship Canada (IRCC) said the rules would change. John Fitzgerald Kennedy (JFK) said the rules would stay.' });
  const types = Object.fromEntries(doc.entities.map((e) => [e.name, e.type]));
  assert.equal(types['Immigration, Refugees and Citizenship Canada'], 'organization', JSON.stringify(types));
  assert.equal(types['John Fitzgerald Kennedy'], 'person', JSON.stringify(types));
});

test('a name set after a body\'s description, or opening a sentence with a verb in the plural, is a body', () => {
  const doc = analyzeDoc({ text: 'The group that owns most of her music, Grey Harbor, says she will be allowed to play.\n\nBlake accused Grey Harbor of trying to stop her.\n\nStone Ridge have twice denied doing anything wrong. John Smith has denied it too.' });
  const types = Object.fromEntries(doc.entities.map((e) => [e.name, e.type]));
  assert.equal(types['Grey Harbor'], 'organization', JSON.stringify(types));
  assert.equal(types['Stone Ridge'], 'organization', JSON.stringify(types));
  assert.equal(types['John Smith'], 'person', JSON.stringify(types));
});

test('companies the tagger takes for people: a name ending in a firm\'s word, and large companies and fact-checkers the lexicon knows', () => {
  const doc = analyzeDoc({ text: 'Athena Advisers said prices would rise. Nissan said the car would sell. Snopes said the claim was false. Keswick Research said rents had peaked. Maria Research said nothing.' });
  const types = Object.fromEntries(doc.entities.map((e) => [e.name, e.type]));
  for (const name of ['Athena Advisers', 'Nissan', 'Snopes', 'Keswick Research']) assert.equal(types[name], 'organization', `${name}: ${JSON.stringify(types)}`);
  assert.notEqual(types['Maria Research'], 'organization', JSON.stringify(types));
});
