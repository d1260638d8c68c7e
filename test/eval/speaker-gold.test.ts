import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, readSpeakerGold, speakerGoldFiles, speakerMatches } from '../../eval/speakers.ts';

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
