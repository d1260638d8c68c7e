import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBoilerplate, wordRuns } from '../../src/clean/index.js';
import { analyze } from '../../src/index.js';
import { RecordSchema } from '../../src/record/schema.js';
import { SEED_DATE, SEED_SKIP, seedText } from '../helpers/seed.js';

const marked = (text: string) => findBoilerplate(text).map((b) => [text.slice(b.start, b.end), b.reason]);

test('related-link lines are boilerplate', () => {
  const text = [
    'The mayor opened the bridge on Friday.',
    'Also Read: Mayor says bridge will open next week',
    'READ MORE: City council approves budget',
    'Related: How the bridge was built',
    'See also – Five things to know about the river',
  ].join('\n');
  assert.deepEqual(marked(text).map((m) => m[1]), ['related-link', 'related-link', 'related-link', 'related-link']);
  // a headline of another story inside the body: no stop, the frame of a headline
  const body = [
    'Spending plans a big risk, says watchdog',
    'The watchdog published its report on Friday.',
    'Rebel commander killed last month, army says',
    'Fuel prices to rise again in spring, minister warns',
    'The report was late, the watchdog said.',
  ].join('\n');
  assert.deepEqual(marked(body).map((m) => m[0]), ['Rebel commander killed last month, army says', 'Fuel prices to rise again in spring, minister warns']);
});

test('the headlines listed after a bare related-links label ("More:") are links, up to the first sentence', () => {
  const text = [
    'Two soldiers died in a crash, the army said on Wednesday.',
    'More:',
    'Harbor pilot sees strike talks as the only hope',
    'Envoy says deal with the union is close',
    'The army did not name the soldiers.',
    'Officials said the inquiry would report in May',
  ].join('\n\n');
  assert.deepEqual(marked(text).map((m) => m[0]), ['More:', 'Harbor pilot sees strike talks as the only hope', 'Envoy says deal with the union is close']);
});

test('prompts, advertisements, credits and copyright are boilerplate with their reason', () => {
  const text = [
    'Advertisement',
    'Share this article',
    'Sign up for our daily newsletter to get the news in your inbox',
    'Photo: Jane Roe/Staff',
    'Residents cross the new bridge on Friday. (AP Photo/John Doe)',
    '© 2024 Example News Corp. All rights reserved.',
    'Story continues below advertisement',
  ].join('\n');
  assert.deepEqual(marked(text).map((m) => m[1]), ['advertisement', 'share-prompt', 'subscribe-prompt', 'photo-credit', 'caption', 'copyright', 'advertisement']);
});

test('a long caption ending in its photo credit is a caption', () => {
  const scene = 'Displaced families wait in line for food from a charity kitchen in the north of the city on a cold morning in April, many of them for the third day running. ';
  const caption = `${scene.repeat(3)}Aid groups say the kitchens cannot keep up. (Photo: Ana Ruiz)`;
  assert.ok(caption.split(/\s+/).length > 60);
  assert.deepEqual(marked(`The talks ended.\n${caption}\nBoth sides left.`).map((m) => m[1]), ['caption']);
});

test('wire credit lines at the foot of a story are bylines', () => {
  const text = [
    'The plane landed safely in Dubai, a spokesperson for the airline said.',
    'Reporting by Rupam Jain in Mumbai; writing by Shilpa Jamkhandikar; Editing by Mark Potter',
    'Peoples reported from New York. Associated Press writer Jill Colvin contributed to this report.',
    'Associated Press writers Ann Lee and Tom Ray contributed reporting.',
  ].join('\n');
  assert.deepEqual(marked(text).map((m) => m[1]), ['byline', 'byline', 'byline']);
  // a sentence of the story that merely holds the words stays
  const kept = [
    'The plane landed safely in Dubai.',
    'Reporters said the reporting by the local station had contributed to the panic, and the airline reported from its own data that no one was hurt.',
  ].join('\n');
  assert.deepEqual(marked(kept), []);
});

test('article paragraphs that start like boilerplate are kept', () => {
  const text = [
    'Related to the dispute, the minister said on Tuesday that talks would resume in spring, and that both sides had agreed to meet again.',
    'Read the full statement, the spokesman urged reporters.',
    'Share prices fell sharply after the announcement, traders said.',
    'Watch what happens next, she told the committee.',
  ].join('\n');
  assert.deepEqual(marked(text), []);
});

test('nothing in boilerplate is analysed: an "Also Read" headline with "says" is not a quote', () => {
  const rec = analyze('The talks ended.\n\nAlso Read: Minister says talks will resume\n\nBoth sides left.');
  assert.equal(rec.boilerplate.length, 1);
  const b = rec.boilerplate[0]!;
  for (const q of rec.quotes) assert.ok(q.content.end <= b.start || q.content.start >= b.end);
});

test('seed: the four "Also Read" lines and nothing else are boilerplate', { skip: SEED_SKIP }, () => {
  const rec = analyze(seedText!, { date: SEED_DATE });
  RecordSchema.parse(rec);
  assert.deepEqual(rec.boilerplate.map((b) => b.reason), ['related-link', 'related-link', 'related-link', 'related-link']);
  for (const b of rec.boilerplate) assert.match(b.text, /^Also Read:\s/); // the seed has a no-break space there
  assert.equal(rec.text, seedText);
});

test('wordRuns counts the words of a line as trim and a split at white space would', () => {
  const lines = ['', '   ', 'one', '  two words ', 'tab\tand\u00a0nbsp', 'ideographic\u3000space and\u2009thin', 'a\u200bzero-width joiner stays', '\ufeffbom lead', ' x  y   z '];
  for (const line of lines) assert.equal(wordRuns(line), line.trim() ? line.trim().split(/\s+/).length : 0, JSON.stringify(line));
});

test('a link to another story set in capitals inside the body is boilerplate; a headline, a section head and a shouted sentence are not', () => {
  const t = [
    'NEW HAMPSHIRE PRIMARY GAME ON TONIGHT', 'The vote was close, officials said.',
    'VIDEO SHOWS SUSPECT ACCUSED OF RUNNING SECRET POLICE STATIONS IN CITY',
    '3. FOR FARMERS THE GLASS IS HALF FULL', 'THIS IS A LOUD SENTENCE IN CAPS.',
  ].join('\n\n');
  const found = findBoilerplate(t).map((b) => t.slice(b.start, b.end));
  assert.deepEqual(found, ['VIDEO SHOWS SUSPECT ACCUSED OF RUNNING SECRET POLICE STATIONS IN CITY']);
});
