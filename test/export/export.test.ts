import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { contentHash } from '../../src/corpus/hash.js';
import { parseBratSpans, toBrat } from '../../src/export/brat.js';
import { csvField } from '../../src/export/csv.js';
import { exportStore } from '../../src/export/index.js';
import { toWebAnnotations, type WebAnnotationTarget } from '../../src/export/webanno.js';
import { analyze } from '../../src/analyze.js';
import { openStore } from '../../src/store/index.js';
import type { CorpusStore } from '../../src/store/types.js';
import { makeRecord, sampleCorpus } from '../store/records.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-export-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let store: CorpusStore;
const corpus = sampleCorpus();

before(async () => {
  store = await openStore(join(dir, 'e.db'));
  await store.putMany(corpus.map((record) => ({ record, contentHash: contentHash({ id: record.id!, text: record.text }), pipelineVersion: 't' })));
});
after(async () => { await store.close(); });

/** Code point slice, as brat and Web Annotation count. */
const cp = (s: string, a: number, b: number) => [...s].slice(a, b).join('');

test('jsonl export: one record per line, each the stored record', async () => {
  const out = join(dir, 'all.jsonl');
  assert.equal(await exportStore(store, 'jsonl', out), 3);
  const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines, corpus);
});

test('csv export: a header and one row per quotation, quoted where needed', async () => {
  const out = join(dir, 'q.csv');
  await exportStore(store, 'csv', out);
  const text = readFileSync(out, 'utf8');
  const rows = text.trim().split('\r\n');
  assert.equal(rows[0], 'article_id,url,published,outlet,title,quote_id,speaker,speaker_kind,via,source,cue,content,kind,start,end');
  assert.equal(rows.length, 1 + 6);
  assert.match(rows[1]!, /,Lena Korsgaard,person,,Mayor Lena Korsgaard,said,We will rebuild the harbour bridge before the winter storms arrive,direct,\d+,\d+$/);
  assert.equal(csvField('say "no", twice'), '"say ""no"", twice"');
});

test('brat export: .txt and .ann per article; every span\'s text is the text at its offsets', async () => {
  const out = join(dir, 'brat');
  await exportStore(store, 'brat', out);
  const files = readdirSync(out).sort();
  assert.equal(files.length, 6);
  for (const f of files.filter((x) => x.endsWith('.ann'))) {
    const txt = readFileSync(join(out, f.replace(/\.ann$/, '.txt')), 'utf8');
    const spans = parseBratSpans(readFileSync(join(out, f), 'utf8'));
    assert.ok(spans.length > 0);
    for (const s of spans) assert.equal(s.fragments.map(([a, b]) => cp(txt, a, b)).join(' '), s.text, `${f} ${s.id}`);
  }
  const ann = toBrat(corpus[0]!).ann;
  assert.match(ann, /^T1\tQuotation \d+ \d+\tWe will rebuild/m);
  assert.match(ann, /^E1\tCue:T\d+ Content:T1 Source:T\d+$/m);
  assert.match(ann, /^A1\tKind T1 direct$/m);
  assert.match(ann, /^#1\tAnnotatorNotes T1\tspeaker: Lena Korsgaard; rule: test$/m);
});

test('brat export splits a span across a line break into fragments', () => {
  const rec = makeRecord({ text: 'She said "first line\nsecond line" then left.', quotes: [{ content: 'first line\nsecond line', speaker: 'She' }] });
  const { ann } = toBrat(rec);
  assert.match(ann, /^T1\tQuotation 10 20;21 32\tfirst line second line$/m);
});

test('web annotation export: JSON-LD with quote and position selectors in code points', async () => {
  const out = join(dir, 'w.jsonld');
  await exportStore(store, 'webanno', out);
  const doc = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(doc.type, 'AnnotationCollection');
  const items = doc.first.items;
  assert.equal(items.length, 6);
  // an astral character (the emoji) before the quotation: code points, not UTF-16 units
  const rec = makeRecord({ text: '🌉 Ada said "the bridge is open" today.', quotes: [{ content: 'the bridge is open', speaker: 'Ada' }] });
  const [anno] = toWebAnnotations(rec, 'a1');
  assert.ok(!Array.isArray(anno!.target));
  const target = anno!.target as WebAnnotationTarget;
  const [quoteSel, posSel] = target.selector as [Record<string, unknown>, Record<string, unknown>];
  assert.equal(quoteSel.type, 'TextQuoteSelector');
  assert.equal(quoteSel.exact, 'the bridge is open');
  assert.equal(quoteSel.prefix, '🌉 Ada said "');
  assert.equal(quoteSel.suffix, '" today.');
  assert.deepEqual(posSel, { type: 'TextPositionSelector', start: 12, end: 30 });
  assert.equal(cp(rec.text, 12, 30), 'the bridge is open');
  assert.equal(target.source, 'urn:whosaid:article:a1');
});

test('a quotation split around its attribution: one web annotation target and one brat fragment per piece', () => {
  const text = '"The bridge is open," Ada said. "Cars can cross."';
  const record = analyze(text, { format: 'text', date: '2024-05-01' });
  const q = record.quotes[0]!;
  assert.equal(q.parts?.length, 2, JSON.stringify(q));
  const [anno] = toWebAnnotations(record, 'a2');
  assert.ok(Array.isArray(anno!.target));
  const exact = (anno!.target as WebAnnotationTarget[]).map((t) => (t.selector[0] as { exact: string }).exact);
  assert.deepEqual(exact, q.parts!.map((p) => p.text));
  assert.ok(!exact.join(' ').includes('Ada said'));
  const ann = toBrat(record).ann;
  const quotation = ann.split('\n').find((l) => /\tQuotation /.test(l))!;
  assert.equal(quotation.split('\t')[1]!.split(';').length, 2, quotation);
});
