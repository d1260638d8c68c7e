import { RECORD_VERSION, RecordSchema, type RecordEntity, type RecordQuote, type WhosaidRecord } from '../../src/record/schema.ts';

/**
 * Records of articles composed for these tests (no data set text), built by
 * hand (not by the pipeline) so the server tests pin the server, whatever
 * the analysis stages currently find; each is checked against the record
 * contract.
 */

const cpLen = (s: string) => [...s].length;

interface BareInput {
  id: string;
  text: string;
  meta: Partial<WhosaidRecord['meta']>;
  entities?: Array<{ name: string; type: RecordEntity['type']; mentions: string[] }>;
}

/** A record with paragraphs (= sentences) per line, "Also Read:" lines as boilerplate, and the given entities' mentions. */
export function bareRecord(input: BareInput): WhosaidRecord {
  const { text } = input;
  const lines: Array<{ start: number; end: number; text: string }> = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = cpLen(text.slice(0, m.index));
    lines.push({ start, end: start + cpLen(m[0]), text: m[0] });
  }
  const taken: Array<[number, number]> = [];
  const entities: RecordEntity[] = (input.entities ?? []).map((e, i) => {
    const mentions: RecordEntity['mentions'] = [];
    for (const name of [...e.mentions].sort((a, b) => b.length - a.length)) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const start = cpLen(text.slice(0, at)), end = start + cpLen(name);
        if (taken.some(([a, b]) => start < b && a < end)) continue;
        taken.push([start, end]);
        mentions.push({ start, end, text: name });
      }
    }
    return { id: `e${i + 1}`, name: e.name, type: e.type, mentions: mentions.sort((a, b) => a.start - b.start) };
  });
  const published = input.meta.published ?? null;
  return RecordSchema.parse({
    whosaid: RECORD_VERSION, id: input.id, text, format: 'text', referenceDate: published ? published.slice(0, 10) : null,
    meta: { title: null, authors: [], published: null, outlet: null, url: null, language: null, ...input.meta },
    boilerplate: lines.filter((l) => l.text.startsWith('Also Read:')).map((l) => ({ ...l, reason: 'related-link', rule: 'test-fixture' })),
    paragraphs: lines.map(({ start, end }) => ({ start, end })),
    sentences: lines.map(({ start, end }) => ({ start, end })),
    quotes: [], scareQuotes: [], entities, times: [], timeline: [], framing: [], contestedLabels: [], claims: [], sourcing: null,
  });
}

/** Code point offset of the first occurrence of `needle` at or after `from` code points. */
function cpIndex(text: string, needle: string, fromUtf16 = 0): { start: number; end: number; utf16: number } {
  const at = text.indexOf(needle, fromUtf16);
  if (at < 0) throw new Error(`test fixture: "${needle}" not in text`);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...needle].length, utf16: at };
}

interface QuoteSpec { content: string; cue?: string; source?: string; speaker: string; kind: RecordQuote['speaker']['kind']; via?: string; quoteKind?: RecordQuote['kind']; cueClass?: RecordQuote['cueClass'] }

export function withQuotes(record: WhosaidRecord, specs: QuoteSpec[]): WhosaidRecord {
  let cursor = 0;
  const quotes: RecordQuote[] = specs.map((s, i) => {
    const c = cpIndex(record.text, s.content, cursor);
    cursor = c.utf16 + s.content.length;
    const near = (needle: string | undefined) => {
      if (!needle) return null;
      // the cue/source nearest the quote: the last one before it in its paragraph, else the first after it
      const paraStart = record.text.lastIndexOf('\n', c.utf16) + 1;
      const before = record.text.lastIndexOf(needle, c.utf16 - needle.length);
      const p = cpIndex(record.text, needle, before >= paraStart ? before : c.utf16 + s.content.length);
      return { start: p.start, end: p.end, text: needle };
    };
    return {
      id: `q${i + 1}`,
      kind: s.quoteKind ?? 'direct',
      ...(s.cueClass ? { cueClass: s.cueClass } : {}),
      content: { start: c.start, end: c.end, text: s.content },
      cue: near(s.cue),
      source: near(s.source),
      speaker: { name: s.speaker, kind: s.kind },
      ...(s.via ? { via: { name: s.via, kind: 'media' as const } } : {}),
      rule: 'test-fixture',
    };
  });
  return RecordSchema.parse({ ...record, quotes });
}

/** An article with one named speaker (three statements) and one anonymous official (four), and an emoji to shift code points. */
export const COMPOSED_TEXT = [
  'Harbor Town approves new bridge plan 🌉 after long debate',
  '',
  'Councilwoman Jane Roe said the vote was "a win for every commuter in the valley."',
  '',
  'A senior city official, speaking on condition of anonymity, said the budget "will not survive the winter."',
  '',
  '"We listened to the residents," Roe told the Harbor Gazette. "The bridge will open in 2027."',
  '',
  'The official added that the contractor "has not been paid since March" and said the mayor "never read the report."',
  '',
  'The Harbor Transit Authority said in a statement that service would continue.',
  '',
  'According to the official, "the Harbor Council knew about the delays for months."',
  '',
  'Also Read: Ten bridges you must see this summer',
].join('\n');

export function composedRecord(id = 'harbor-1'): WhosaidRecord {
  const base = bareRecord({
    id, text: COMPOSED_TEXT,
    meta: { title: 'Harbor Town approves new bridge plan', outlet: 'Harbor Gazette', published: '2024-03-05', url: 'https://example.org/harbor' },
    entities: [
      { name: 'Jane Roe', type: 'person', mentions: ['Jane Roe', 'Roe'] },
      { name: 'Harbor Council', type: 'organization', mentions: ['Harbor Council'] },
      { name: 'Harbor Transit Authority', type: 'organization', mentions: ['Harbor Transit Authority'] },
      { name: 'Harbor Gazette', type: 'organization', mentions: ['Harbor Gazette'] },
    ],
  });
  // cue classes (record 1.2) on the quotations cued by a speech verb; the last one has none, as a quotation stored before 1.2
  return withQuotes(base, [
    { content: 'a win for every commuter in the valley.', cue: 'said', source: 'Councilwoman Jane Roe', speaker: 'Jane Roe', kind: 'person', cueClass: 'speech' },
    { content: 'will not survive the winter.', cue: 'said', source: 'A senior city official', speaker: 'a senior city official', kind: 'anonymous', quoteKind: 'mixed', cueClass: 'speech' },
    { content: 'We listened to the residents,', cue: 'told', source: 'Roe', speaker: 'Jane Roe', kind: 'person', via: 'Harbor Gazette', cueClass: 'speech' },
    { content: 'The bridge will open in 2027.', cue: 'told', source: 'Roe', speaker: 'Jane Roe', kind: 'person', cueClass: 'speech' },
    { content: 'has not been paid since March', cue: 'added', source: 'The official', speaker: 'a senior city official', kind: 'anonymous', quoteKind: 'mixed', cueClass: 'speech' },
    { content: 'never read the report.', cue: 'said', source: 'The official', speaker: 'a senior city official', kind: 'anonymous', quoteKind: 'mixed', cueClass: 'speech' },
    { content: 'service would continue.', cue: 'said', source: 'The Harbor Transit Authority', speaker: 'Harbor Transit Authority', kind: 'organization', quoteKind: 'indirect', cueClass: 'speech' },
    { content: 'the Harbor Council knew about the delays for months.', cue: 'According to', source: 'the official', speaker: 'a senior city official', kind: 'anonymous', quoteKind: 'mixed' },
  ]);
}

/** Markup an attacker might plant in an article: each payload would set window.__xss if it ever ran. */
export const XSS_PAYLOADS = {
  // no double quotes in the text payloads, so no annotation (scare quotes) splits them: if the page ever stopped escaping, they would run
  script: '<script>window.__xss=1</script>',
  img: '<img src=x onerror=window.__xss=2>',
  svg: '"><svg onload=window.__xss=3>',
  js: 'javascript:window.__xss=4',
};

export function xssRecord(id = 'evil-1'): WhosaidRecord {
  const text = [
    `Mayor ${XSS_PAYLOADS.script} speaks`,
    '',
    `The mayor said the plan "${XSS_PAYLOADS.img} is final."`,
    '',
    `Read more at ${XSS_PAYLOADS.js} and ${XSS_PAYLOADS.svg} today.`,
  ].join('\n');
  const base = bareRecord({
    id, text,
    meta: { title: `Breaking ${XSS_PAYLOADS.script}`, outlet: `Evil ${XSS_PAYLOADS.img}`, published: '2024-04-01', url: XSS_PAYLOADS.js, authors: [XSS_PAYLOADS.svg] },
  });
  return withQuotes(base, [
    { content: `${XSS_PAYLOADS.img} is final.`, cue: 'said', source: 'The mayor', speaker: `Mayor ${XSS_PAYLOADS.script}`, kind: 'person' },
  ]);
}
