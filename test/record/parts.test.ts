import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import { RecordSchema, quoteWords, QUOTE_PARTS_JOINER } from '../../src/record/schema.ts';
import { prepareArticle } from '../../src/corpus/prepare.ts';

// A quotation split around its attribution: the record gives the quoted words piece by piece.
const TEXT = [
  'The harbor will reopen on Monday, officials said.',
  '',
  '“The dredging is finished,” Harbor Master Ines Varga said on Friday. “Ships can come in again next week.”',
].join('\n');

test('a split quotation carries its pieces; its words leave out the frame', () => {
  const record = analyze(TEXT, { date: '2024-05-03', format: 'text' });
  RecordSchema.parse(record);
  const q = record.quotes.find((x) => x.kind === 'direct');
  assert.ok(q, 'the direct quotation is found');
  assert.deepEqual(q.parts?.map((p) => p.text), ['The dredging is finished', 'Ships can come in again next week.']);
  for (const p of q.parts!) assert.equal(record.text.slice(p.start, p.end), p.text);
  assert.ok(q.content.text.includes('Ines Varga said'), 'content spans the frame');
  assert.equal(quoteWords(q), `The dredging is finished${QUOTE_PARTS_JOINER}Ships can come in again next week.`);
  const one = record.quotes.find((x) => !x.parts);
  assert.ok(one, 'an unsplit quote has no parts');
  assert.equal(quoteWords(one), one.content.text);

  // the store's quote text is the words, and a name in the frame only is not a name inside the quote
  const prepared = prepareArticle(record, 'hash', 'test', null);
  const stored = prepared.quotes.find((x) => x.kind === 'direct')!;
  assert.equal(stored.content, quoteWords(q));
  assert.ok(!stored.entityNames.some((n) => /varga/i.test(n)), `no frame names: ${stored.entityNames.join(', ')}`);
});

test('the reader marks a split quotation piece by piece, focusable once, and counts only its words', async () => {
  const { renderReader } = await import('../../src/server/pages/reader.ts');
  const record = analyze(TEXT, { date: '2024-05-03', format: 'text' });
  const page = renderReader(record, { articleId: 'x' }).value;
  const q = record.quotes.find((x) => x.kind === 'direct')!;
  const id = `quote-${q.id}`;
  const pieces = [...page.matchAll(new RegExp(`<mark class="q [^"]*" data-quote="${id}"[^>]*>`, 'g'))];
  assert.equal(pieces.length, 2);
  assert.equal(pieces.filter((m) => m[0].includes('tabindex="0"')).length, 1);
  // the frame between the pieces is outside the quote's marks
  const between = page.slice(pieces[0]!.index!, pieces[1]!.index!);
  assert.match(between, /<\/mark>[^]*Varga/);
});
