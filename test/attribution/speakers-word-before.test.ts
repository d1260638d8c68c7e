import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WORD_BEFORE_RE, wordBefore } from '../../src/attribution/speakers/discourse.js';

let seed = 17;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
const PIECES = ['with', 'for', 'the', 'The', 'a', 'an', 'An', 'than', 'Epstein', 'Clinton', 'über', 'Zoë', '𝐀bc', 'x𝐀', ' ', '  ', '\t', '\n',
  '\u00a0', '\u2003', ',', '.', '"', "'s", '-', '3', 'and'];

test('wordBefore reads the word before a phrase as WORD_BEFORE_RE does', () => {
  const cases: Array<[string, string | null]> = [['chatting with ', 'with'], ['for the ', 'for'], ['said, the ', 'the'], ['the ', 'the'], ['The ', 'The'],
    ['with', null], ['', null], ['for a  ', 'for'], ['in\u00a0the\u2003', 'in'], ['an the ', 'an']];
  for (const [text, word] of cases) assert.equal(wordBefore(text, 0, text.length), word, JSON.stringify(text));
  for (let k = 0; k < 3000; k++) {
    let text = '';
    for (let n = 1 + Math.floor(rnd() * 7); n > 0; n--) text += PIECES[Math.floor(rnd() * PIECES.length)]!;
    for (let from = 0; from <= text.length; from++) {
      assert.equal(wordBefore(text, from, text.length), WORD_BEFORE_RE.exec(text.slice(from))?.[1] ?? null, JSON.stringify(text.slice(from)));
    }
  }
});
