import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteerKey, getGazetteer } from '../../src/lexicon/gazetteer.js';
import { isTitleCase } from '../../src/entities/mentions.js';

test('gazetteer holds places from the package and the compiled lists', () => {
  const g = getGazetteer();
  assert.ok(g.get('ukraine')?.includes('country'));
  assert.ok(g.get('donetsk')?.includes('city') || g.get('donetsk')?.includes('region'));
  assert.ok(g.get('virginia')?.includes('region'));
  assert.ok(g.get('united states')?.includes('country'));
  assert.ok(g.get('nato')?.includes('org'));
  assert.ok(g.get('abc news')?.includes('outlet'));
  assert.equal(g.get('the'), undefined);
  assert.equal(gazetteerKey('  Guinea-Bissau '), 'guinea-bissau');
});

test('title-case headline detection', () => {
  assert.equal(isTitleCase('Mayor Says City Will Not Raise Taxes After Vote'.split(' ')), true);
  assert.equal(isTitleCase('Prime Minister Anna Kowalski met Chancellor Klaus Weber in Berlin , the ministry said .'.split(' ')), false);
  assert.equal(isTitleCase('The talks ended on Friday .'.split(' ')), false);
});

test('title-case headline with a final period', () => {
  assert.equal(isTitleCase('New Survey Shows Narrow Lead For Governor Smith .'.split(' ')), true);
});
