import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findContestedLabels } from '../../src/framing/contested.ts';
import { findFramingMarkers } from '../../src/framing/markers.ts';
import { quote, segmentedDoc, spanOf } from './helpers.ts';

// A composed article about an invented place.
const ARTICLE = [
  'Northern troops crossed into the Vell valley on Tuesday.',
  '',
  'Officials in Karsk said the force was a peacekeeping mission, sent purportedly to protect residents.',
  '',
  '"This is an invasion, not a rescue. They came in the guise of helping," said Mara Lind, the opposition leader.',
  '',
  'The so-called "liberation" may last until May, and the troops could reportedly stay longer. Lind said it is not a peacekeeping operation.',
  '',
  'The council is not a rubber stamp, its chair said.',
  '',
  'Also Read: Valley residents could flee under the pretext of safety',
].join('\n');

function articleDoc() {
  const doc = segmentedDoc(ARTICLE);
  const officials = spanOf(doc, 'the force was a peacekeeping mission, sent purportedly to protect residents');
  const lind = spanOf(doc, 'This is an invasion, not a rescue. They came in the guise of helping,');
  const lind2 = spanOf(doc, 'it is not a peacekeeping operation');
  const chair = spanOf(doc, 'The council is not a rubber stamp');
  doc.quotes = [
    quote(officials, 'Officials in Karsk', 'organization'),
    quote(lind, 'Mara Lind', 'person', { qkind: 'direct' }),
    quote(lind2, 'Mara Lind', 'person'),
    quote(chair, 'chair', 'person'),
  ];
  doc.scareQuotes = [spanOf(doc, '"liberation"')];
  return doc;
}

test('framing markers: kinds, speakers, boilerplate skipped, the month May is no modal', () => {
  const doc = articleDoc();
  const ms = findFramingMarkers(doc).map((m) => ({ text: doc.slice(m), kind: m.kind, speaker: m.speaker ?? null }));
  assert.deepEqual(ms, [
    { text: 'purportedly', kind: 'distancing', speaker: 'Officials in Karsk' },
    { text: 'in the guise of', kind: 'pretext', speaker: 'Mara Lind' },
    { text: 'so-called', kind: 'distancing', speaker: null },
    { text: '"liberation"', kind: 'scare-quote', speaker: null },
    { text: 'may', kind: 'modality', speaker: null },
    { text: 'could', kind: 'modality', speaker: null },
    { text: 'reportedly', kind: 'hedge', speaker: null },
  ]);
  assert.ok(findFramingMarkers(doc).every((m) => m.rule), 'each marker names its rule');
});

test('contested labels: who uses which label, denials and scare quotes', () => {
  const doc = articleDoc();
  const groups = findContestedLabels(doc);
  const mil = groups.find((g) => g.topic === 'military-intervention');
  assert.ok(mil, 'military-intervention topic found');
  assert.equal(mil.contested, true);
  const byLabel = new Map(mil.labels.map((l) => [l.label, l]));
  assert.deepEqual(byLabel.get('peacekeeping')!.users, ['Officials in Karsk', 'Mara Lind']);
  assert.deepEqual(byLabel.get('peacekeeping')!.uses.map((u) => [doc.slice(u), u.negated]), [['peacekeeping mission', false], ['peacekeeping operation', true]]);
  assert.deepEqual(byLabel.get('invasion')!.users, ['Mara Lind']);
  const lib = byLabel.get('liberation')!;
  assert.deepEqual(lib.users, ['article']);
  assert.equal(lib.uses[0]!.scareQuoted, true);
  const contrast = groups.find((g) => g.topic === 'contrast');
  assert.ok(contrast, '"X is not a Y" outside the lexicon');
  assert.deepEqual(contrast.labels.map((l) => [l.label, l.users, l.uses[0]!.negated]), [['rescue', ['Mara Lind'], true], ['rubber stamp', ['chair'], true]]);
});

test('without quotes everything is the article\'s own voice', () => {
  const doc = articleDoc();
  doc.quotes = [];
  doc.scareQuotes = [];
  const mil = findContestedLabels(doc).find((g) => g.topic === 'military-intervention')!;
  assert.ok(mil.labels.every((l) => l.users.length === 1 && l.users[0] === 'article'));
  const ms = findFramingMarkers(doc);
  assert.ok(ms.every((m) => m.speaker === undefined));
  // with no scare quotes from attribution, a short quoted phrase nobody is said to have said still frames its word
  assert.deepEqual(ms.filter((m) => m.kind === 'scare-quote').map((m) => [doc.slice(m), m.rule]), [['liberation', 'framing:short-quoted-phrase']]);
});

test('a short quotation attributed to a speaker is not a scare quote', () => {
  const doc = segmentedDoc('"We will rebuild," the mayor said. Critics called the plan a "miracle" cure.');
  doc.quotes = [quote(spanOf(doc, 'We will rebuild,'), 'the mayor', 'anonymous', { qkind: 'direct' })];
  assert.deepEqual(findFramingMarkers(doc).filter((m) => m.kind === 'scare-quote').map((m) => doc.slice(m)), ['miracle']);
});
