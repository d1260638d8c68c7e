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
