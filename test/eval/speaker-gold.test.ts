import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, readSpeakerGold, speakerGoldFiles, speakerMatches } from '../../eval/speakers.ts';
import { PRONOUN_GOLD_FILE } from '../../train/speakers.ts';

test('the speaker gold files parse, each line a distinct span with a kind', () => {
  const files = speakerGoldFiles();
  assert.ok(files.length >= 3, files.join(', '));
  const seen = new Set<string>();
  let lines = 0;
  for (const f of files) {
    for (const g of readSpeakerGold(f)) {
      lines++;
      assert.ok(g.start < g.end && g.source.length === g.end - g.start, `${f}: ${g.doc} ${g.start}-${g.end}`);
      assert.ok(g.speaker.trim(), `${f}: ${g.doc} ${g.start} has no speaker`);
      const key = `${g.doc}#${g.start}#${g.end}`;
      assert.ok(!seen.has(key), `${f}: ${key} twice`);
      seen.add(key);
    }
  }
  assert.ok(lines >= 800, `${lines} lines`);
});

test('the pronoun gold for training parses: pronoun sources of train texts, none of them a dev text', () => {
  const labels = readSpeakerGold(PRONOUN_GOLD_FILE);
  assert.ok(labels.length >= 400, `${labels.length} lines`);
  const dev = new Set(speakerGoldFiles().flatMap((f) => readSpeakerGold(f).map((g) => g.doc)));
  const seen = new Set<string>();
  for (const l of labels) {
    assert.match(l.source.trim(), /^(?:he|she|him|her|his|they|them|their)$/i, `${l.doc} ${l.start}`);
    assert.ok(l.speaker.trim(), `${l.doc} ${l.start} has no speaker`);
    assert.ok(!dev.has(l.doc), `${l.doc} is a dev text`);
    const key = `${l.doc}#${l.start}#${l.end}`;
    assert.ok(!seen.has(key), `${key} twice`);
    seen.add(key);
  }
});

test('speaker matching: named kinds by name (case, "the", possessive and punctuation aside), the others by kind', () => {
  const gold = { doc: 'd', start: 0, end: 1, source: 'x', speaker: 'The Washington Post', kind: 'media' as const, alt: ['Post'] };
  assert.equal(nameKey("the Washington Post's"), 'washington post');
  assert.ok(speakerMatches({ name: 'Washington Post', kind: 'media' }, gold));
  assert.ok(speakerMatches({ name: 'Post', kind: 'media' }, gold));
  assert.ok(!speakerMatches({ name: 'Washington Post', kind: 'organization' }, gold));
  assert.ok(!speakerMatches({ name: 'New York Times', kind: 'media' }, gold));
  const anon = { doc: 'd', start: 0, end: 1, source: 'x', speaker: 'a senior official', kind: 'anonymous' as const };
  assert.ok(speakerMatches({ name: 'the official', kind: 'anonymous' }, anon));
});
