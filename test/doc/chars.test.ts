import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWhiteSpace } from '../../src/doc/chars.js';

test('isWhiteSpace is /\\s/ on every UTF-16 code', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isWhiteSpace(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
});
