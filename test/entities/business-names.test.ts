import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.ts';

// Every sentence here is composed for the tests: names of business and local news.
const entitiesOf = (text: string) => analyzeDoc({ text }).entities.map((e) => `${e.name}/${e.type}`);

test('a local office\'s level and title before a name are the person\'s role ("City Councilwoman Rosa Delgado")', () => {
  assert.deepEqual(entitiesOf('City Councilwoman Nadia Ferreira said she had asked for an inspection.'), ['Nadia Ferreira/person']);
  assert.deepEqual(entitiesOf('County Commissioner Linda Marsh said the roads would reopen.'), ['Linda Marsh/person']);
  // (a body's own name stays one)
  assert.ok(entitiesOf('The State Department said the visa rules would change.').includes('State Department/organization'));
});

test('names ending in a drug maker\'s or a landlord\'s word are bodies; "X Therapeutics and Y" are two', () => {
  assert.deepEqual(entitiesOf('The pill will be sold by Corvane Therapeutics and Biogen.'), ['Corvane Therapeutics/organization', 'Biogen/organization']);
  assert.ok(entitiesOf('Residents blamed Ashgrove Properties for the delay.').includes('Ashgrove Properties/organization'));
});

test('a company\'s first word alone names it again ("Halvorsen" after "Halvorsen Foods Inc."), not a body named after a person', () => {
  const doc = analyzeDoc({ text: 'Halvorsen Foods Inc. reported a profit on Tuesday. In a filing, Halvorsen said sales rose.' });
  assert.deepEqual(doc.entities.map((e) => `${e.name}/${e.type}`), ['Halvorsen Foods Inc./organization']);
  assert.equal(doc.quotes.at(-1)?.speaker.kind, 'organization');
  const named = entitiesOf('The Whitlock Foundation said it would close. Whitlock said the foundation had done good work.');
  assert.ok(named.includes('Whitlock/person'), named.join('; '));
});

test('a name the tagger reads as a place but ending in an institution\'s noun is the institution; a place ending in "Union" stays a place', () => {
  assert.ok(entitiesOf('Researchers at Woods Hole Oceanographic Institution tracked the storm.').includes('Woods Hole Oceanographic Institution/organization'));
  assert.ok(entitiesOf('The Soviet Union collapsed in 1991.').includes('Soviet Union/place'));
});

test('a paper\'s last word alone ("The Post") names the paper named in full before it; two papers, the nearest', () => {
  const doc = analyzeDoc({ text: 'The New York Post reports that the mayor left early. Mayor Jones skipped the dinner, The Post said.' });
  assert.deepEqual(doc.entities.filter((e) => e.type !== 'person').map((e) => e.name), ['New York Post']);
  assert.deepEqual(doc.quotes.map((q) => q.speaker.name), ['New York Post', 'New York Post']);
  const two = analyzeDoc({ text: 'The Washington Post first reported the deal. The Denver Post also covered it. The governor denied the deal, The Post said.' });
  assert.equal(two.quotes.at(-1)?.speaker.name, 'Denver Post', two.entities.map((e) => `${e.name}: ${e.mentions.length}`).join(', '));
});

test('a name, "and", a possessive and a body\'s head the tagger read apart are one body ("Brigham and Women\'s Hospital")', () => {
  assert.deepEqual(entitiesOf('Doctors at Brigham and Women\'s Hospital in Boston said the patient was stable.'), ['Brigham and Women\'s Hospital/organization', 'Boston/place']);
});

test('a body\'s name, a link and "the" before the rest of its name are one body ("the U.S. Court of Appeals for the Sixth Circuit")', () => {
  assert.deepEqual(entitiesOf('A panel of the U.S. Court of Appeals for the Sixth Circuit ruled that the law was valid.'), ['U.S. Court of Appeals for the Sixth Circuit/organization']);
  // (two bodies joined by a link with no body's head before it stay two: a place, "for the", a body)
  assert.ok(entitiesOf('Ohio voted for the Green Party in large numbers.').includes('Green Party/organization'));
});

test('names ending in a mining or energy firm\'s word are bodies ("Patriot Coal"), and their first word alone names them again', () => {
  const doc = analyzeDoc({ text: 'Patriot Coal filed for bankruptcy in April. Patriot said it would keep its mines open.' });
  assert.deepEqual(doc.entities.map((e) => `${e.name}/${e.type}`), ['Patriot Coal/organization']);
  assert.equal(doc.quotes.at(-1)?.speaker.kind, 'organization');
});
