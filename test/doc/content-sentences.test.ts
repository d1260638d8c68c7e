import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';

test('contentSentences: kept while the sentences and boilerplate stay the same, made again when either changes', () => {
  const d = new Doc('One here. Two here. Three here.');
  const s = (start: number, end: number) => ({ start, end, paragraph: 0, tokenStart: 0, tokenEnd: 0 });
  d.sentences = [s(0, 9), s(10, 19), s(20, 31)];
  const first = d.contentSentences();
  assert.deepEqual(first.map((x) => x.start), [0, 10, 20]);
  assert.equal(d.contentSentences(), first);
  // boilerplate replaced, then grown in place
  d.boilerplate = [{ start: 10, end: 19, reason: 'navigation', rule: 'test' }];
  assert.deepEqual(d.contentSentences().map((x) => x.start), [0, 20]);
  d.boilerplate.push({ start: 0, end: 3, reason: 'navigation', rule: 'test' });
  assert.deepEqual(d.contentSentences().map((x) => x.start), [20]);
  // sentences replaced, then grown in place
  d.sentences = [s(20, 31)];
  assert.deepEqual(d.contentSentences().map((x) => x.start), [20]);
  d.sentences.push(s(25, 31));
  assert.deepEqual(d.contentSentences().map((x) => x.start), [20, 25]);
});
