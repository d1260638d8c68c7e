import { RECORD_VERSION, type WhosaidRecord } from '../../src/record/schema.js';

/**
 * Composed records for store tests (our own sentences, no data set text).
 * Offsets are code points, found by searching the text.
 */
export interface QuoteSpec { content: string; speaker: string; kind?: 'person' | 'anonymous' | 'organization' | 'media' | 'unknown'; cue?: string; source?: string; via?: string; entity?: string; cueClass?: 'speech' | 'belief' | 'evidence' | 'other' }
export interface EntitySpec { id: string; name: string; type: 'person' | 'organization' | 'place' | 'other'; mentions: string[]; aliases?: string[] }

function cpIndex(text: string, sub: string, from = 0): { start: number; end: number } {
  const u = text.indexOf(sub, from);
  if (u < 0) throw new Error(`"${sub}" not in text`);
  const cp = (i: number) => [...text.slice(0, i)].length;
  return { start: cp(u), end: cp(u + sub.length) };
}

export function makeRecord(o: { id?: string; text: string; url?: string | null; outlet?: string | null; published?: string | null; title?: string | null; quotes?: QuoteSpec[]; entities?: EntitySpec[] }): WhosaidRecord {
  const { text } = o;
  const span = (s: string) => ({ ...cpIndex(text, s), text: s });
  const entities = (o.entities ?? []).map((e) => {
    const mentions: Array<{ start: number; end: number; text: string }> = [];
    for (const m of e.mentions) {
      let from = 0;
      for (;;) {
        const u = text.indexOf(m, from);
        if (u < 0) break;
        const s = cpIndex(text, m, u);
        mentions.push({ ...s, text: m });
        from = u + m.length;
      }
    }
    return { id: e.id, name: e.name, type: e.type, mentions, ...(e.aliases ? { aliases: e.aliases } : {}) };
  });
  return {
    whosaid: RECORD_VERSION,
    id: o.id ?? null,
    text,
    format: 'text',
    referenceDate: o.published ?? null,
    meta: { title: o.title ?? null, authors: [], published: o.published ?? null, outlet: o.outlet ?? null, url: o.url ?? null, language: 'en' },
    boilerplate: [],
    paragraphs: [{ start: 0, end: [...text].length }],
    sentences: [{ start: 0, end: [...text].length }],
    quotes: (o.quotes ?? []).map((q, i) => ({
      id: `q${i + 1}`,
      kind: 'direct' as const,
      ...(q.cueClass ? { cueClass: q.cueClass } : {}),
      content: span(q.content),
      cue: q.cue ? span(q.cue) : null,
      source: q.source ? span(q.source) : null,
      speaker: { name: q.speaker, kind: q.kind ?? 'person', ...(q.entity ? { entity: q.entity } : {}) },
      ...(q.via ? { via: { name: q.via, kind: 'media' as const } } : {}),
      rule: 'test',
    })),
    scareQuotes: [],
    entities,
    times: [],
    timeline: [],
    framing: [],
    contestedLabels: [],
    claims: [],
    sourcing: null,
  };
}

/** A small corpus: two outlets, three months, a quotation repeated with edits, a wire copy. */
export function sampleCorpus(): WhosaidRecord[] {
  const q1 = 'We will rebuild the harbour bridge before the winter storms arrive';
  const a = makeRecord({
    id: 'art-a', url: 'https://daily.example/a', published: '2021-03-02', title: 'Harbour bridge plan',
    text: `Mayor Lena Korsgaard said on Monday: "${q1}." An official who asked not to be named said "the budget is not settled." Korsgaard spoke at the town hall in Brindle 🌉.`,
    quotes: [
      { content: q1, speaker: 'Lena Korsgaard', cue: 'said', source: 'Mayor Lena Korsgaard', entity: 'e1' },
      { content: 'the budget is not settled', speaker: 'an official', kind: 'anonymous', source: 'An official who asked not to be named' },
    ],
    entities: [
      { id: 'e1', name: 'Lena Korsgaard', type: 'person', mentions: ['Lena Korsgaard', 'Korsgaard'], aliases: ['Korsgaard'] },
      { id: 'e2', name: 'Brindle', type: 'place', mentions: ['Brindle'] },
    ],
  });
  const b = makeRecord({
    id: 'art-b', url: 'https://www.weekly.example/b', published: '2021-04-10', title: 'Bridge promise repeated',
    text: `"We will rebuild the old harbour bridge before winter storms arrive," Korsgaard told the Brindle Gazette. Residents of Brindle doubt it, a council aide said "Brindle cannot pay for it" privately.`,
    quotes: [
      { content: 'We will rebuild the old harbour bridge before winter storms arrive', speaker: 'Lena Korsgaard', cue: 'told', source: 'Korsgaard', via: 'Brindle Gazette', entity: 'e1' },
      { content: 'Brindle cannot pay for it', speaker: 'a council aide', kind: 'anonymous', source: 'a council aide' },
    ],
    entities: [
      { id: 'e1', name: 'Lena Korsgaard', type: 'person', mentions: ['Korsgaard'] },
      { id: 'e2', name: 'Brindle', type: 'place', mentions: ['Brindle'] },
    ],
  });
  const c = makeRecord({
    id: 'art-c', url: 'https://daily.example/c', published: '2021-05-20', title: 'Storm season',
    text: `According to Reuters, "the storms came early this year." Mayor Korsgaard had said she would rebuild the harbour bridge before the winter storms arrive, and Pieter Vos said "Brindle deserves better than promises".`,
    quotes: [
      { content: 'the storms came early this year', speaker: 'Reuters', kind: 'media', source: 'Reuters' },
      { content: 'Brindle deserves better than promises', speaker: 'Pieter Vos', source: 'Pieter Vos', entity: 'e3' },
    ],
    entities: [
      { id: 'e1', name: 'Lena Korsgaard', type: 'person', mentions: ['Korsgaard'] },
      { id: 'e2', name: 'Brindle', type: 'place', mentions: ['Brindle'] },
      { id: 'e3', name: 'Pieter Vos', type: 'person', mentions: ['Pieter Vos'] },
    ],
  });
  return [a, b, c];
}
