import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.ts';
import type { Doc } from '../../src/doc/doc.ts';

const names = (doc: Doc) => doc.entities.map((e) => `${e.name} (${e.type})`).join(', ');
const entity = (doc: Doc, name: string) => doc.entities.find((e) => e.name === name);
const speakers = (doc: Doc) => doc.quotes.map((q) => q.speaker.name);

test('a full name typed a body after a long title is the person a later surname names', () => {
  const doc = analyzeDoc({ text: [
    "Egypt's Chief of Army Staff General Karim Haddad met the delegation on Monday.",
    'Haddad has repeatedly voiced concern about the border.',
    'Haddad highlighted the need for calm, saying "We will not yield."',
  ].join(' ') });
  const haddad = entity(doc, 'Karim Haddad');
  assert.equal(haddad?.type, 'person', names(doc));
  assert.equal(haddad?.mentions.length, 3, names(doc));
  assert.ok(speakers(doc).length > 0 && speakers(doc).every((n) => n === 'Karim Haddad'), speakers(doc).join(', '));
});

test('a full name set after a lower-case description ("her advocate") is the person its surname names', () => {
  const doc = analyzeDoc({ text: [
    'In court, her advocate Dali Mpofu referred to the ruling.',
    'Mpofu adopted a different line.',
    '"This is unlawful," said Mpofu.',
  ].join(' ') });
  const mpofu = entity(doc, 'Dali Mpofu');
  assert.equal(mpofu?.type, 'person', names(doc));
  assert.equal(mpofu?.mentions.length, 3, names(doc));
  assert.ok(speakers(doc).every((n) => n === 'Dali Mpofu'), speakers(doc).join(', '));
});

test('a title in lower case splits a body\'s name from the person after it', () => {
  const doc = analyzeDoc({ text: [
    'During the debate, Democratic Party for the People leader Yuichiro Tamaki urged the prime minister to act.',
    'But Ishiba brushed Tamaki off.',
    'Tamaki commented sarcastically on the fact, saying "It is a shame."',
  ].join(' ') });
  const tamaki = entity(doc, 'Yuichiro Tamaki');
  assert.equal(tamaki?.type, 'person', names(doc));
  assert.equal(tamaki?.mentions.length, 3, names(doc));
  assert.ok(!doc.entities.some((e) => /leader/.test(e.name)), names(doc));
  assert.ok(speakers(doc).filter((n) => /Tamaki/.test(n)).every((n) => n === 'Yuichiro Tamaki'), speakers(doc).join(', '));
});

test('a surname with particles, or an apostrophe, is the full name\'s', () => {
  const clair = analyzeDoc({ text: '"Vendors want lock-in," said Craig Le Clair, principal analyst at Forrester. "The temptation is to lock customers in," Le Clair said.' });
  assert.equal(entity(clair, 'Craig Le Clair')?.mentions.length, 2, names(clair));
  assert.deepEqual(speakers(clair), ['Craig Le Clair', 'Craig Le Clair']);
  const rosa = analyzeDoc({ text: 'Alano De La Rosa holds the top office in Local 90. "We fight," De La Rosa said.' });
  assert.equal(entity(rosa, 'Alano De La Rosa')?.mentions.length, 2, names(rosa));
  assert.deepEqual(speakers(rosa), ['Alano De La Rosa']);
  const connor = analyzeDoc({ text: [
    'When asked about the schedule, Matthew O’Connor from UPS corporate communications said, “We don’t want anyone to work six days.”',
    'O’Connor stated that the cap has functioned to “prevent us from hiring enough drivers.”',
  ].join(' ') });
  assert.equal(entity(connor, 'Matthew O’Connor')?.mentions.length, 2, names(connor));
  assert.ok(speakers(connor).filter((n) => /Connor/.test(n)).every((n) => n === 'Matthew O’Connor'), speakers(connor).join(', '));
});

test('negative: a body sharing a person\'s surname, two people of one particle surname, a place stay apart', () => {
  const sachs = analyzeDoc({ text: 'Economist Jeffrey Sachs spoke at Goldman Sachs on Monday. "Growth is slowing," Sachs said. Goldman Sachs declined to comment.' });
  assert.equal(entity(sachs, 'Goldman Sachs')?.type, 'organization', names(sachs));
  assert.equal(entity(sachs, 'Jeffrey Sachs')?.mentions.length, 2, names(sachs));
  const roux = analyzeDoc({ text: 'Tom Le Roux and Anna Le Roux run the firm. "We grew," Anna Le Roux said.' });
  assert.notEqual(entity(roux, 'Tom Le Roux'), entity(roux, 'Anna Le Roux'));
  assert.deepEqual(speakers(roux), ['Anna Le Roux']);
  const jordan = analyzeDoc({ text: 'Army Chief of Staff General Karim Haddad met the delegation. Haddad said the talks went well. Later, in Jordan, officials said the army was ready.' });
  assert.equal(entity(jordan, 'Jordan')?.type, 'place', names(jordan));
  assert.equal(entity(jordan, 'Karim Haddad')?.type, 'person', names(jordan));
});

test('a middle initial and a generational suffix keep a titled name whole, and its surname alone is that person', () => {
  // (the tagger, on this name, typed "John" a person and "Roberts Jr." a body)
  const doc = analyzeDoc({ text: [
    'The ceremony featured the civil rights leader John Hale, a Democratic congressman from Ohio.',
    'Chief Justice John G. Roberts Jr. spoke of the legacy of racism.',
    'To understand it, Chief Justice Roberts said, one should visit this museum.',
  ].join(' ') });
  const roberts = entity(doc, 'John G. Roberts Jr.');
  assert.equal(roberts?.type, 'person', names(doc));
  assert.equal(roberts?.mentions.length, 2, names(doc));
  assert.equal(entity(doc, 'John Hale')?.mentions.length, 1, names(doc));
  assert.deepEqual(speakers(doc), ['John G. Roberts Jr.']);
});

test('a title-case headline that alone gives the full name names the person the body calls by surname', () => {
  const doc = analyzeDoc({ text: [
    'Maria Okafor Takes Aim At Her Rival Over Taxes.',
    '',
    'The senator attacked her opponent on Monday night.',
    '"He has never paid his share," Okafor said.',
  ].join('\n') });
  assert.equal(entity(doc, 'Maria Okafor')?.mentions.length, 2, names(doc));
  // no given name alone makes a name: "When Okafor" stays the surname
  const other = analyzeDoc({ text: 'When Okafor spoke, the hall went quiet. "We will win," Okafor said.' });
  assert.ok(!other.entities.some((e) => e.name === 'When Okafor'), names(other));
});

test('"bin" joins a person\'s names the tagger typed as bodies ("Osama" and "Laden"), and "Bin Laden" alone is that person', () => {
  const doc = analyzeDoc({ text: 'We have been here before: Osama bin Laden declared war on the United States. Bin Laden judged America a paper tiger.' });
  const osama = entity(doc, 'Osama bin Laden');
  assert.equal(osama?.type, 'person', names(doc));
  assert.equal(osama?.mentions.length, 2, names(doc));
});
