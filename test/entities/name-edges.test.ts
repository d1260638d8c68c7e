import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeDoc } from '../../src/analyze.js';
import type { Entity } from '../../src/doc/types.js';

/** Sentences written for these tests: the name errors seen on news pages, in other words. */
const entities = (text: string): Entity[] => analyzeDoc({ text }).entities;
const names = (text: string) => entities(text).map((e) => `${e.name}/${e.type}`);
const speakers = (text: string) => analyze({ text }).quotes.map((q) => `${q.speaker?.name}/${q.speaker?.kind}`);

test('honorifics are no part of a name, and the surname the tagger cut after them stays', () => {
  const text = 'Ministers gathered in Putrajaya on Monday. Prime Minister Datuk Seri Anwar Ibrahim said the levy would be lifted.';
  const anwar = entities(text).find((e) => e.name === 'Anwar Ibrahim');
  assert.ok(anwar, names(text).join(', '));
  assert.equal(anwar.type, 'person');
  assert.deepEqual(anwar.roles, ['Prime Minister']);
  // two-word honorifics, and the tagger's reading of them as a body's name
  const more = "Tan Sri Muhyiddin Yassin said the pact would hold. Dato' Sri Najib Razak said he would appeal. Dame Judi Dench said she was moved.";
  const got = names(more);
  for (const n of ['Muhyiddin Yassin/person', 'Najib Razak/person', 'Judi Dench/person']) assert.ok(got.includes(n), got.join(', '));
  assert.deepEqual(speakers(more), ['Muhyiddin Yassin/person', 'Najib Razak/person', 'Judi Dench/person']);
});

test('honorifics: no name taken where there is none', () => {
  // "Tan" and "Sri" alone open names; a work's title and a body's name keep their words
  const got = names('Tan said the shop would close. Sri Mulyani Indrawati said the budget was sound. '
    + 'A staging of Sir Gawain and the Green Knight opens in May. Lord Abbett & Co said it would sell the stake.');
  assert.ok(got.includes('Tan/person'), got.join(', '));
  assert.ok(!got.some((n) => n.startsWith('Mulyani')), got.join(', '));
  assert.ok(!got.some((n) => /Gawain \w|Knight\/person/.test(n)), got.join(', '));
  assert.ok(!got.some((n) => /^Abbett/.test(n)), got.join(', '));
});

test("a body named by its remit is one organization: commas, \"and\", a stated acronym", () => {
  const text = "Japan's Ministry of Land, Infrastructure and Transport (MLIT) has issued new rules for drone flights. MLIT said the rules take effect in May.";
  const ministry = entities(text).find((e) => e.name === 'Ministry of Land, Infrastructure and Transport');
  assert.ok(ministry, names(text).join(', '));
  assert.equal(ministry.type, 'organization');
  assert.ok(ministry.aliases?.includes('MLIT'), JSON.stringify(ministry));
  assert.ok(!names(text).some((n) => /^(?:Transport|Infrastructure)\//.test(n)), names(text).join(', '));
  const said = 'The Department of Fisheries, Forestry and Agriculture said on Friday that the ban would stay.';
  assert.deepEqual(speakers(said), ['Department of Fisheries, Forestry and Agriculture/organization']);
});

test('a body named by its remit: another body or a place after "and" is not in it', () => {
  const got = names('The Department of Justice and FBI declined to comment. The Ministry of Finance, which had objected, said nothing. '
    + 'The Office of Management and Budget and Ohio officials met.');
  for (const n of ['Department of Justice/organization', 'FBI/organization', 'Ministry of Finance/organization', 'Office of Management and Budget/organization', 'Ohio/place']) {
    assert.ok(got.includes(n), got.join(', '));
  }
});

test('a place that opens a body\'s name stays in it ("China Geo")', () => {
  const text = 'Villagers have protested for weeks. Vietnam Geo, for its part, told the Maseru Herald that it had obeyed every rule.';
  assert.ok(names(text).includes('Vietnam Geo/organization'), names(text).join(', '));
  assert.deepEqual(speakers(text), ['Vietnam Geo/organization']);
  // a place after a preposition, before a weekday, a place's own head or a link to a longer name
  const got = names('Kenya Monday announced new tariffs. Crowds gathered in Nairobi Tuesday. Visitors flocked to Orange County beaches. '
    + 'United States Citizenship and Immigration Services said the rule stands.');
  assert.ok(got.includes('Kenya/place'), got.join(', '));
  assert.ok(!got.some((n) => /^(?:Nairobi \w|United States Citizenship\/)/.test(n)), got.join(', '));
});

test('a lone name that is an earlier person\'s given name is that person, not a later namesake\'s surname', () => {
  const text = 'Reuters photographer Wani Rafiq heard of the floods early. Wani said the river rose at night. '
    + '"The water came into every house," said Abdul Rashid Wani, a farmer. Wani said the army came at dawn.';
  const rafiq = entities(text).find((e) => e.name === 'Wani Rafiq');
  assert.ok(rafiq, names(text).join(', '));
  assert.equal(rafiq.mentions.length, 3, JSON.stringify(rafiq));
  assert.deepEqual(speakers(text), ['Wani Rafiq/person', 'Abdul Rashid Wani/person', 'Wani Rafiq/person']);
  // two earlier people with that given name: the surname reading stays; no one with it as a given name: a surname
  const two = 'Wani Rafiq and Wani Bashir filed reports. "The water came in," said Abdul Rashid Wani. Wani said the army came.';
  assert.ok(!entities(two).some((e) => e.name.startsWith('Wani ') && e.mentions.length > 1), names(two).join(', '));
  const surname = 'Senator Laura Beck spoke first. Beck said the bill would pass.';
  assert.equal(entities(surname).find((e) => e.name === 'Laura Beck')?.mentions.length, 2, names(surname).join(', '));
});

test('a trade opening the sentence, or a title in capitals, is no part of the name', () => {
  const text = 'Fans waited years for the sequel. Developer Stormfront called the game its most ambitious yet.';
  assert.ok(names(text).includes('Stormfront/organization'), names(text).join(', '));
  assert.deepEqual(speakers(text), ['Stormfront/organization']);
  const da = 'Two men were held on Sunday. Mafeteng DA Lerato Sekoati confirmed the arrests.';
  assert.ok(names(da).includes('Lerato Sekoati/person'), names(da).join(', '));
  assert.deepEqual(speakers(da), ['Lerato Sekoati/person']);
  const person = entities(da).find((e) => e.name === 'Lerato Sekoati');
  assert.ok(person?.mentions.every((m) => da.slice(m.start, m.end) === 'Lerato Sekoati'));
});

test('a trade word or a capital title that is part of the name stays', () => {
  // a given name after the trade is a person; "Da" in a name is no title
  const got = names('Developer Donald Trump said the tower would rise. A copy of a Leonardo Da Vinci sketch was sold.');
  assert.ok(got.includes('Donald Trump/person'), got.join(', '));
  assert.ok(got.some((n) => n.startsWith('Leonardo Da Vinci/')), got.join(', '));
});
