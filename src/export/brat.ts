import { OffsetConverter } from '../doc/offsets.js';
import type { WhosaidRecord } from '../record/schema.js';

/**
 * brat standoff (.txt + .ann): the record's code-point offsets are brat's
 * (it counts characters as Python does). Quotations, cues and sources are text
 * bound annotations tied by an Attribution event; entity mentions and times
 * are typed spans. A span across a line break is written as fragments, as brat
 * requires, and so is a quotation split around its attribution (its parts).
 */
const ENTITY_TYPE: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place', other: 'Other' };

export interface BratDoc { txt: string; ann: string }

export function toBrat(record: WhosaidRecord): BratDoc {
  const conv = new OffsetConverter(record.text);
  const lines: string[] = [];
  let t = 0, e = 0, a = 0, n = 0;
  // a span, or its pieces (a quotation split around its attribution), as fragments
  const span = (type: string, s: { start: number; end: number }, pieces?: Array<{ start: number; end: number }>): string => {
    const id = `T${++t}`;
    const frags: Array<[number, number]> = [];
    for (const p of pieces?.length ? pieces : [s]) {
      // split at line breaks (code point positions)
      const u0 = conv.toUtf16(p.start), u1 = conv.toUtf16(p.end);
      let fs = u0;
      for (let i = u0; i <= u1; i++) {
        if (i === u1 || record.text[i] === '\n') {
          if (i > fs) frags.push([conv.toCodePoint(fs), conv.toCodePoint(i)]);
          fs = i + 1;
        }
      }
    }
    if (!frags.length) frags.push([s.start, s.end]);
    const text = frags.map(([x, y]) => record.text.slice(conv.toUtf16(x), conv.toUtf16(y))).join(' ');
    lines.push(`${id}\t${type} ${frags.map(([x, y]) => `${x} ${y}`).join(';')}\t${text}`);
    return id;
  };
  const note = (target: string, text: string) => lines.push(`#${++n}\tAnnotatorNotes ${target}\t${text.replace(/[\t\n]/g, ' ')}`);
  for (const q of record.quotes) {
    const content = span('Quotation', q.content, q.parts);
    lines.push(`A${++a}\tKind ${content} ${q.kind}`);
    lines.push(`A${++a}\tSpeakerKind ${content} ${q.speaker.kind}`);
    note(content, `speaker: ${q.speaker.name}${q.via ? `; via: ${q.via.name}` : ''}${q.rule ? `; rule: ${q.rule}` : ''}`);
    const args = [`Content:${content}`];
    if (q.source) args.push(`Source:${span('Source', q.source)}`);
    if (q.cue) {
      const cue = span('Cue', q.cue);
      lines.push(`E${++e}\tCue:${cue} ${args.join(' ')}`);
    } else {
      // an event needs a trigger; without a cue the source and content are related directly
      const src = args[1]?.slice('Source:'.length);
      if (src) lines.push(`R${++e}\tAttribution Arg1:${src} Arg2:${content}`);
    }
  }
  for (const ent of record.entities) {
    for (const m of ent.mentions) {
      const id = span(ENTITY_TYPE[ent.type] ?? 'Other', m);
      note(id, `${ent.id}: ${ent.name}`);
    }
  }
  for (const tm of record.times) {
    const id = span('Time', tm);
    note(id, `${tm.type} ${tm.value}`);
  }
  return { txt: record.text, ann: lines.length ? lines.join('\n') + '\n' : '' };
}

/** Spans of a .ann file (text-bound annotations), for round-trip checks. */
export function parseBratSpans(ann: string): Array<{ id: string; type: string; fragments: Array<[number, number]>; text: string }> {
  const out: Array<{ id: string; type: string; fragments: Array<[number, number]>; text: string }> = [];
  for (const line of ann.split('\n')) {
    const m = line.match(/^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/);
    if (!m) continue;
    out.push({ id: m[1]!, type: m[2]!, fragments: m[3]!.split(';').map((f) => f.trim().split(' ').map(Number) as [number, number]), text: m[4]! });
  }
  return out;
}
