import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakers } from '../helpers/speakers.ts';


test('a name modifying a group, an aide or a campaign: the group speaks, not the person named', () => {
  const s = speakers([
    'Governor Nora Lind toured the flooded towns on Monday.',
    'Lind aides said the tour would go on for a week.',
    'A Lind aide said the budget was ready.',
    'The Lind campaign said it had raised $5 million.',
    'Lind allies said the race was close.',
    'Lind herself said she was tired.',
    'Lind spokesman Omar Haddad said the governor would rest.',
    'Some of Lind\'s allies said she would run again.',
    'Many in Harbor City said the storm was the worst in years.',
  ].join(' '));
  assert.equal(s.get("Some of Lind's allies"), "Some of Lind's allies / anonymous");
  assert.equal(s.get('Many in Harbor City'), 'Many in Harbor City / anonymous');
  assert.equal(s.get('Lind aides'), 'Lind aides / anonymous');
  assert.equal(s.get('A Lind aide'), 'A Lind aide / anonymous');
  // (a campaign is named by its candidate's surname, however the text writes it)
  assert.equal(s.get('The Lind campaign'), 'Lind campaign / organization');
  assert.equal(s.get('Lind allies'), 'Lind allies / anonymous');
  // the name itself, or a name after a role, is still the person
  assert.equal(s.get('Lind herself'), 'Nora Lind / person');
  assert.equal(s.get('Lind spokesman Omar Haddad'), 'Omar Haddad / person');
});

test('a singular description does not take a group as its antecedent', () => {
  const s = speakers([
    'Two mayoral candidates said the vote should be delayed.',
    'The river rose again overnight.',
    'The candidate said the delay would cost the city nothing.',
  ].join(' '));
  assert.equal(s.get('Two mayoral candidates'), 'Two mayoral candidates / anonymous');
  assert.notEqual(s.get('The candidate'), 'Two mayoral candidates / anonymous');
});

test('a hyphenated title is a role, a place after "Mayor of" is not part of the name; a hyphenated surname stays whole', async () => {
  const { analyzeMention } = await import('../../src/attribution/speakers/mention.ts');
  for (const [mention, name] of [
    ['Mayor of London Nora Lind', 'Nora Lind'], ['Governor of New York Dana Berg', 'Dana Berg'], ['the University of Leeds', 'University of Leeds'],
    ['Harbor Gazette Editor-in-Chief Ines Varga', 'Ines Varga'], ['Vice-President Omar Haddad', 'Omar Haddad'],
    ['Union Secretary-Treasurer Dana Berg', 'Dana Berg'], ['Jennifer Shanklin-Hawkins', 'Jennifer Shanklin-Hawkins'],
  ]) assert.equal(analyzeMention(mention!).name, name, mention);
});

test('"the government" refers back to a government or a country that spoke, not to the last agency named', () => {
  const s = speakers([
    'Moscow denied that troops had crossed the border.',
    'The International Energy Agency said gas flows had fallen.',
    'The government later said the drills were over.',
  ].join(' '));
  assert.equal(s.get('The government'), 'Moscow / organization');
  const t = speakers([
    'The Chilean government said the mine would reopen.',
    'Washington said it would send engineers.',
    'The government added that the rescue would take weeks.',
  ].join(' '));
  assert.equal(t.get('The government'), 'The Chilean government / organization');
});

test('"of" a place or a workplace after a titled name: the person speaks, and the surname alone is the same person later', () => {
  const s = speakers([
    'Senator Nora Lind of Ohio said the bill would pass.',
    'Mr. Haddad of Harbor Freight said prices would rise.',
    'State Health Commissioner Dr. Ines Varga said the clinics would open.',
    'The river rose again overnight.',
    '"There are strings attached," Varga said.',
    'The University of Leeds said it agreed.',
  ].join(' '));
  assert.equal(s.get('Senator Nora Lind of Ohio'), 'Nora Lind / person');
  assert.equal(s.get('Mr. Haddad of Harbor Freight'), 'Haddad / person');
  assert.equal(s.get('Varga'), 'Ines Varga / person');
  assert.equal(s.get('The University of Leeds'), 'The University of Leeds / organization');
});
