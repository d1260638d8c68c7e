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
