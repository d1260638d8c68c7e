import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc, Pipeline, PipelineError, defaultComponents, type Component } from '../../src/index.js';

const comp = (name: string, requires: string[], assigns: string[], log: string[] = []): Component =>
  ({ name, requires, assigns, run: () => { log.push(name); } });

test('a component whose requirement no earlier component assigns is refused when the pipeline is built', () => {
  assert.throws(() => new Pipeline([comp('quotes', ['sentences'], ['quotes']), comp('segment', ['text'], ['sentences'])]),
    (e: unknown) => e instanceof PipelineError && /"quotes" requires "sentences"/.test((e as Error).message));
});

test('duplicate component names are refused', () => {
  assert.throws(() => new Pipeline([comp('a', [], ['x']), comp('a', [], ['y'])]), /appears twice/);
});

test('components run in order and the layers are listed', () => {
  const log: string[] = [];
  const p = new Pipeline([comp('a', ['text'], ['x'], log), comp('b', ['x'], ['y'], log)]);
  p.run(new Doc('hello'));
  assert.deepEqual(log, ['a', 'b']);
  assert.deepEqual(p.layers, ['text', 'meta', 'x', 'y']);
});

test('the default pipeline is well ordered', () => {
  assert.doesNotThrow(() => new Pipeline(defaultComponents()));
});

test('Doc keeps the text and folds look-alikes only in matchText, same length', () => {
  const text = 'He said\u00a0“yes” – twice ‘maybe’.';
  const d = new Doc(text);
  assert.equal(d.text, text);
  assert.equal(d.matchText.length, text.length);
  assert.equal(d.matchText, 'He said "yes" - twice \'maybe\'.');
});
