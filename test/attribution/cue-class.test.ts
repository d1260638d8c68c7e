import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';

// Every sentence here is composed for the tests.
const classes = (text: string) => new Map(analyze(text, { date: '2024-05-01', format: 'text' }).quotes.map((q) => [q.cue?.text ?? '', q.cueClass]));

test('cue class: words said, beliefs, what a record shows, and other acts', () => {
  const c = classes([
    'The minister said the bridge would reopen.', 'She has repeatedly warned that costs would rise.',
    'Officials expect the work to end in May.', 'A new poll shows that 60 percent back the plan.',
    'The mayor signed the order on Monday.', 'The council criticized the plan.',
  ].join(' '));
  assert.equal(c.get('said'), 'speech');
  assert.equal(c.get('has repeatedly warned'), 'speech');
  assert.equal(c.get('expect'), 'belief');
  assert.equal(c.get('shows'), 'evidence');
  assert.equal(c.get('signed'), 'other');
  assert.equal(c.get('criticized'), 'speech');
});

test('cue class: a quotation is speech whatever its verb; an uncued one too', () => {
  const r = analyze('"We will not stop," he snapped.\n\n"The harbour stays open. Nobody leaves before the tide turns."', { date: '2024-05-01', format: 'text' });
  assert.ok(r.quotes.length >= 1);
  for (const q of r.quotes) assert.equal(q.cueClass, 'speech', `${q.cue?.text}: ${q.content.text}`);
});
