import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.ts';

test('"Org CEO First Last": the organization and its officer are two entities, the name whole', () => {
  const doc = analyzeDoc({ text: 'Massachusetts Sen. Elizabeth Warren grilled Wells Fargo CEO John Stumpf on Tuesday. Stumpf said the bank was sorry.' });
  const byName = new Map(doc.entities.map((e) => [e.name, e]));
  assert.equal(byName.get('Wells Fargo')?.type, 'organization');
  const stumpf = byName.get('John Stumpf');
  assert.equal(stumpf?.type, 'person');
  assert.equal(stumpf?.mentions.length, 2);
  assert.equal(doc.quotes[0]?.speaker.name, 'John Stumpf');
});

test('a sentence adverb is no part of a name, and a headline does not name a person the body names', () => {
  const doc = analyzeDoc({ text: 'Derelict Obama and Clinton;\nPresident Obama spoke on Monday. Meanwhile Trump said the speech was weak.' });
  const names = doc.entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.ok(names.includes('Obama'), names.join(', '));
  assert.ok(!names.includes('Derelict Obama'), names.join(', '));
  assert.ok(!names.some((n) => n.startsWith('Meanwhile')), names.join(', '));
});

test('a title with a final period does not name a person the body names', () => {
  const doc = analyzeDoc({ text: 'Ted Cruz Refuses to Disavow Lindsey Graham Endorsement.\n\nSen. Ted Cruz refuses to disavow the endorsement of Sen. Lindsey Graham. Graham said the party must unite.' });
  const names = doc.entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.ok(names.includes('Lindsey Graham'), names.join(', '));
  assert.ok(!names.some((n) => n.startsWith('Disavow')), names.join(', '));
});

test('a surname joins no full name of the other gender; one surname of two genders is two people', () => {
  const doc = analyzeDoc({ text: [
    'President Reyes spoke in Toledo on Monday. Mr. Reyes said the plant would reopen.',
    'Later the first lady, Maria Reyes, visited a school.',
  ].join(' ') });
  const maria = doc.entities.find((e) => e.name === 'Maria Reyes');
  assert.ok(maria, doc.entities.map((e) => e.name).join(', '));
  assert.equal(maria.mentions.length, 1, 'Mr. Reyes and President Reyes are not Maria Reyes');
  const couple = analyzeDoc({ text: [
    'Tom Hale and Ann Hale run the farm. Mr. Hale said the harvest was late.',
    'Mrs. Hale said the prices were fair.',
  ].join(' ') });
  const byName = new Map(couple.entities.map((e) => [e.name, e]));
  const tom = byName.get('Tom Hale'), ann = byName.get('Ann Hale');
  assert.ok(tom && ann, couple.entities.map((e) => e.name).join(', '));
  assert.notEqual(tom, ann);
  const at = (e: typeof tom, word: string) => e.mentions.some((m) => couple.text.slice(m.start - 5, m.end).includes(word));
  assert.ok(at(tom, 'Mr. Hale') && !at(tom, 'Mrs. Hale'));
  assert.ok(at(ann, 'Mrs. Hale') && !at(ann, 'Mr. Hale'));
});

test('a body\'s name is whole over its function words; two bodies named together stay two', () => {
  const doc = analyzeDoc({ text: [
    'The nonpartisan Commission on Presidential Debates said the format would change.',
    'Officials at the Harlan Center for Public Opinion Research said turnout was low.',
    'United States Citizenship and Immigration Services said the rules were clear.',
    'Both the House and Senate passed the bill.',
  ].join(' ') });
  const orgs = doc.entities.filter((e) => e.type === 'organization').map((e) => e.name);
  for (const name of ['Commission on Presidential Debates', 'Harlan Center for Public Opinion Research', 'United States Citizenship and Immigration Services']) {
    assert.ok(orgs.includes(name), `${name} in ${orgs.join(', ')}`);
  }
  assert.ok(!orgs.includes('House and Senate'), orgs.join(', '));
});

test('a middle initial is part of the name ("Charles K. Brandt"), so "Mr. Brandt" is the full name later', () => {
  const doc = analyzeDoc({ text: 'Critics of the bill, like Senators Charles K. Brandt, Republican of Ohio, object. Mr. Brandt said the cost was too high.' });
  const names = doc.entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.ok(names.includes('Charles K. Brandt'), names.join(', '));
  assert.ok(!names.includes('Charles'), names.join(', '));
  assert.equal(doc.quotes.find((q) => doc.text.slice(q.source!.start, q.source!.end) === 'Mr. Brandt')?.speaker.name, 'Charles K. Brandt');
  // the surname after the initial, left out by the tagger or typed as a place
  const judge = analyzeDoc({ text: 'The judge, Gonzalo P. Arriaga, ruled on Friday.' });
  assert.deepEqual(judge.entities.filter((e) => e.type === 'person').map((e) => e.name), ['Gonzalo P. Arriaga']);
});

test('two people of one surname stay two entities; the bare surname is the one named first', () => {
  const doc = analyzeDoc({ text: [
    'Senator Maria Reyes opened her campaign in Toledo on Monday.',
    'Her husband, Tom Reyes, spoke first.',
    'Reyes told the crowd that the plant would reopen.',
  ].join(' ') });
  const people = doc.entities.filter((e) => e.type === 'person');
  const maria = people.find((e) => e.name === 'Maria Reyes'), tom = people.find((e) => e.name === 'Tom Reyes');
  assert.ok(maria && tom && maria !== tom, people.map((e) => e.name).join(', '));
  assert.equal(maria.mentions.length, 2);
  assert.equal(tom.mentions.length, 1);
});

test('a reply\'s first word is no entity; a state abbreviation in capitals stays a place', () => {
  const doc = analyzeDoc({ text: 'Yes, she is running against Trump. Hey, that is the race. The rally was held in Columbus, OH, on Friday.' });
  const names = doc.entities.map((e) => e.name);
  assert.ok(!names.includes('Yes') && !names.includes('Hey'), names.join(', '));
});

test('a title word that is a surname after a given name stays in the name ("Martin Luther King", "John Major")', () => {
  const doc = analyzeDoc({ text: 'The rally featured Martin Luther King Jr. as the main speaker. King said, "Now is the time to act." Later John Major spoke.' });
  const names = doc.entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.ok(names.includes('Martin Luther King'), names.join(', '));
  assert.ok(names.includes('John Major'), names.join(', '));
  assert.equal(doc.quotes[0]?.speaker.name, 'Martin Luther King');
});

test('"Doctor" after a given name is a surname too ("Ken Doctor")', () => {
  const doc = analyzeDoc({ text: 'The media analyst Ken Doctor has followed the merger talks for a year. Doctor said the talks had resumed.' });
  assert.ok(doc.entities.some((e) => e.type === 'person' && e.name === 'Ken Doctor'), doc.entities.map((e) => e.name).join(', '));
});
