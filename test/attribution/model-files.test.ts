import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOptionalModel } from '../../src/attribution/model/hashed.ts';

const MODELS = join(fileURLToPath(new URL('../../models', import.meta.url)));

test('an optional model file that is missing is null; one that is damaged is an error naming the file', () => {
  assert.equal(loadOptionalModel(`no-such-model-${process.pid}.json.gz`), null);
  const name = `damaged-test-model-${process.pid}.json.gz`;
  writeFileSync(join(MODELS, name), 'not a model');
  try {
    assert.throws(() => loadOptionalModel(name), (e: Error) => e.message.includes(name) && /could not be read/.test(e.message));
  } finally {
    rmSync(join(MODELS, name), { force: true });
  }
});
