import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze.ts';
import type { Doc } from '../../src/doc/doc.ts';

const speakerOf = (doc: Doc, source: string) => doc.quotes.find((q) => q.source && doc.text.slice(q.source.start, q.source.end) === source)?.speaker;

test('an outlet\'s name in lower case is a description: "the economist replies" is a person, "the Economist" the outlet', () => {
  const lone = analyzeDoc({ text: 'Asked why the council decided to spend more, the economist replies, “Yes, it is expensive to install the lights.”' });
  assert.equal(speakerOf(lone, 'the economist')?.kind, 'person');
  assert.equal(speakerOf(lone, 'the economist')?.name, 'the economist');
  const named = analyzeDoc({ text: 'The council hired Jeremiah Mbelu, its economist, last year. Asked why the council decided to spend more, the economist replies, “Yes, it is expensive.”' });
  assert.notEqual(speakerOf(named, 'the economist')?.kind, 'media');
  const outlet = analyzeDoc({ text: '"Rates will rise," the Economist said. "Prices will fall," said the Guardian.' });
  assert.deepEqual([speakerOf(outlet, 'the Economist')?.kind, speakerOf(outlet, 'the Guardian')?.kind], ['media', 'media']);
});
