import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../eval/data.js';
import { schemaText } from '../../scripts/write-schema.js';
import { analyze, RecordSchema } from '../../src/index.js';

test('docs/record.schema.json is generated from the zod schema and current (run `npm run schema`)', () => {
  const onDisk = readFileSync(join(REPO_ROOT, 'docs', 'record.schema.json'), 'utf8');
  assert.equal(onDisk, schemaText());
});

test('a record has every required field and validates', () => {
  const rec = analyze({ id: 'a-1', text: 'The mayor said the bridge would open. It opened on Friday.', url: 'https://example.com/x' });
  RecordSchema.parse(rec);
  assert.equal(rec.id, 'a-1');
  assert.equal(rec.meta.url, 'https://example.com/x');
  for (const key of ['id', 'text', 'meta', 'boilerplate', 'paragraphs', 'sentences', 'quotes', 'entities', 'times'] as const) assert.ok(key in rec, key);
  for (const key of ['title', 'authors', 'published', 'outlet', 'url', 'language'] as const) assert.ok(key in rec.meta, key);
});

test('text input is kept exactly, including no-break spaces and curly quotes', () => {
  const text = '  “Odd\u00a0spacing” – kept.\r\n\r\nSecond  paragraph.\n';
  assert.equal(analyze(text).text, text);
});

test('HTML input: the record text is the extracted main text and metadata is read', () => {
  const html = `<!doctype html><html lang="en"><head><title>Bridge opens | Example News</title>
    <meta property="og:title" content="Bridge opens">
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2024-03-01T10:00:00Z">
    <meta name="author" content="Jane Roe">
    </head><body><nav>Home | World | Sports</nav><article><h1>Bridge opens</h1>
    <p>The new bridge over the river opened on Friday after three years of work, the city said in a statement.</p>
    <p>Thousands of residents crossed it in the first hour, and the mayor called it a historic day for the region.</p>
    <p>“This bridge connects two halves of our city,” the mayor said at the ceremony, which drew a large crowd.</p>
    </article><footer>Copyright 2024</footer></body></html>`;
  const rec = analyze(html);
  assert.equal(rec.format, 'html');
  assert.equal(rec.meta.title, 'Bridge opens');
  assert.equal(rec.meta.outlet, 'Example News');
  assert.deepEqual(rec.meta.authors, ['Jane Roe']);
  assert.equal(rec.meta.published, '2024-03-01T10:00:00Z');
  assert.equal(rec.meta.language, 'en');
  assert.match(rec.text, /The new bridge over the river opened on Friday/);
  assert.ok(!rec.text.includes('Home | World'));
  assert.ok(rec.paragraphs.length >= 3, 'paragraph breaks kept between block elements');
  assert.equal(rec.referenceDate, '2024-03-01');
});

test('--date overrides the reference date; a bad date is refused', () => {
  assert.equal(analyze({ text: 'Hi.', date: '2022-02-22', meta: { published: '2020-01-01' } }).referenceDate, '2022-02-22');
  assert.throws(() => analyze('Hi.', { date: '2022-02-30' }), /invalid date "2022-02-30"/);
});
