import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { SEED_DATE, SEED_PATH, SEED_SKIP } from '../helpers/seed.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
const file = (name: string, data: string | Buffer) => { const p = join(dir, name); writeFileSync(p, data); return p; };

test('analyze FILE prints a record; --pretty indents it; - reads stdin', () => {
  const p = file('a.txt', 'The minister said the plan would work.');
  const r = runCli(['analyze', p]);
  assert.equal(r.status, 0, r.stderr);
  const rec = JSON.parse(r.stdout);
  assert.equal(rec.text, 'The minister said the plan would work.');
  assert.equal(r.stdout.trim().split('\n').length, 1);
  const pretty = runCli(['analyze', p, '--pretty']);
  assert.ok(pretty.stdout.split('\n').length > 10);
  const stdin = runCli(['analyze', '-', '--date', '2022-02-22'], { input: 'Stdin text here.' });
  assert.equal(JSON.parse(stdin.stdout).referenceDate, '2022-02-22');
});

test('seed article: record validates, four Also Read lines are boilerplate', { skip: SEED_SKIP }, () => {
  const r = runCli(['analyze', SEED_PATH, '--date', SEED_DATE]);
  assert.equal(r.status, 0, r.stderr);
  const rec = JSON.parse(r.stdout);
  assert.equal(rec.boilerplate.length, 4);
});

const bad: Array<[string, () => string[], RegExp]> = [
  ['missing file', () => ['analyze', join(dir, 'nope.txt')], /nope\.txt: no such file/],
  ['directory', () => ['analyze', dir], /is a directory/],
  ['empty file', () => ['analyze', file('empty.txt', '')], /empty\.txt: empty input \(0 bytes\)/],
  ['white space only', () => ['analyze', file('blank.txt', ' \n\n\t')], /blank\.txt: input holds only white space/],
  ['binary data', () => ['analyze', file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))], /bin\.dat: binary data/],
  ['non-UTF-8 data', () => ['analyze', file('latin1.txt', Buffer.from('caf\xe9 au lait', 'latin1'))], /latin1\.txt: not valid UTF-8 \(first bad byte at offset 3\)/],
  ['bad --date', () => ['analyze', file('ok.txt', 'Fine.'), '--date', '22-02-2022'], /--date: invalid date "22-02-2022"/],
  ['no input at all', () => ['analyze'], /no input/],
];
for (const [name, args, message] of bad) {
  test(`bad input gives a clear message and exit 2: ${name}`, () => {
    const r = runCli(args());
    assert.equal(r.status, 2);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  });
}

test('--jsonl: one record per line in order, ids echoed, bad lines become errors in place, exit 1', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: 'First article. The mayor said so.' }),
    '{"id": "b", "text": ',
    JSON.stringify({ id: 'c' }),
    '',
    JSON.stringify({ id: 'd', html: '<html><body><p>An HTML article with enough words to be read as the main text of the page, surely.</p></body></html>', url: 'https://example.com/d' }),
    JSON.stringify({ id: 'e', text: 'Dated.', date: 'yesterday' }),
    JSON.stringify([1, 2]),
  ].join('\n') + '\n';
  const input = Buffer.concat([Buffer.from(lines), Buffer.from('{"id":"f","text":"bad \xff byte"}\n', 'latin1')]);
  const p = file('in.jsonl', input);
  const r = runCli(['analyze', '--jsonl', p]);
  assert.equal(r.status, 1);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => [o.id, o.error ? 'error' : 'ok']), [
    ['a', 'ok'], [null, 'error'], ['c', 'error'], ['d', 'ok'], ['e', 'error'], [null, 'error'], [null, 'error'],
  ]);
  assert.match(out[1].error, /line 2: malformed JSON/);
  assert.match(out[2].error, /line 3: object has neither a "text" nor an "html" string/);
  assert.equal(out[3].meta.url, 'https://example.com/d');
  assert.match(out[4].error, /line 6: .*invalid date "yesterday"/);
  assert.match(out[5].error, /line 7: expected a JSON object/);
  assert.match(out[6].error, /line 8: not valid UTF-8/);
  assert.match(r.stderr, /in\.jsonl: line 2: malformed JSON/);
});

test('--jsonl reads stdin and all-good input exits 0', () => {
  const r = runCli(['analyze', '--jsonl', '-'], { input: '{"id":1,"text":"One."}\n{"id":2,"text":"Two."}' });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id), ['1', '2']);
});

test('--jsonl on a missing or empty file is a clear error', () => {
  assert.match(runCli(['analyze', '--jsonl', join(dir, 'missing.jsonl')]).stderr, /missing\.jsonl: no such file/);
  assert.match(runCli(['analyze', '--jsonl', file('empty.jsonl', '')]).stderr, /empty\.jsonl: empty input/);
});

test('an article in another language: the record says so, and stderr tells the user (one line per file, a summary for JSONL)', () => {
  const german = 'Der Bürgermeister sagte am Dienstag, die Brücke werde im Frühjahr wieder geöffnet. Die Stadt habe beim Land mehr Geld beantragt, um die Arbeiten vor dem Hochwasser abzuschließen. Anwohner klagen seit Monaten über lange Umwege, volle Busse und den Lärm der Baustelle, die nachts nicht ruht.';
  const one = runCli(['analyze', file('de.txt', german)]);
  assert.equal(one.status, 0, one.stderr);
  assert.equal(JSON.parse(one.stdout).language.code, 'de');
  assert.match(one.stderr, /de\.txt: the text reads as German \(de\): quotations only/);
  const english = runCli(['analyze', file('en.txt', 'The mayor said on Tuesday that the bridge would reopen in the spring, and that the city had asked the state for more money.')]);
  assert.equal(english.stderr, '');
  const many = runCli(['analyze', '--jsonl', '-'], { input: [JSON.stringify({ id: 1, text: german }), JSON.stringify({ id: 2, text: 'The mayor said on Tuesday that the bridge would reopen in the spring and that the city had asked for money.' })].join('\n') });
  assert.equal(many.status, 0, many.stderr);
  assert.match(many.stderr, /1 of 2 articles are not in English \(de 1\): quotations only for them/);
});
