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

test('cue class: naming and authoring with a verb of saying are other acts; the same verbs saying something are speech', () => {
  const r = analyze('He wrote his first novel in 1978. He wrote that the plan would fail. The port unveiled a ferry called the Sea Lark. The critic called the plan a disaster. Vaughan speculates that the parasite is new.', { date: '2024-05-01', format: 'text' });
  const cls = (start: string) => r.quotes.find((q) => q.content.text.startsWith(start))?.cueClass;
  assert.equal(cls('his first novel'), 'other');
  assert.equal(cls('that the plan would fail'), 'speech');
  assert.equal(cls('the plan a disaster'), 'speech');
  assert.equal(cls('that the parasite is new'), 'speech');
});
