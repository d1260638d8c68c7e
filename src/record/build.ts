import type { Doc } from '../doc/doc.js';
import { OffsetConverter } from '../doc/offsets.js';
import type { Span } from '../doc/types.js';
import { RECORD_VERSION, type WhosaidRecord } from './schema.js';

/**
 * Doc -> record. The only place where UTF-16 indices become code points
 * (through OffsetConverter).
 */
export function toRecord(doc: Doc): WhosaidRecord {
  const conv = new OffsetConverter(doc.text);
  const span = (s: Span) => ({ start: conv.toCodePoint(s.start), end: conv.toCodePoint(s.end) });
  const tspan = (s: Span) => ({ ...span(s), text: doc.text.slice(s.start, s.end) });
  return {
    whosaid: RECORD_VERSION,
    id: doc.id ?? null,
    text: doc.text,
    format: doc.format,
    referenceDate: doc.referenceDate,
    meta: { ...doc.meta, authors: [...doc.meta.authors] },
    boilerplate: doc.boilerplate.map((b) => ({ ...tspan(b), reason: b.reason, ...(b.rule ? { rule: b.rule } : {}) })),
    paragraphs: doc.paragraphs.map(span),
    sentences: doc.sentences.map(span),
    quotes: doc.quotes.map((q, i) => ({
      id: `q${i + 1}`,
      kind: q.kind,
      content: tspan(q.content),
      cue: q.cue ? tspan(q.cue) : null,
      source: q.source ? tspan(q.source) : null,
      speaker: { ...q.speaker },
      ...(q.via !== undefined ? { via: q.via ? { ...q.via } : null } : {}),
      ...(q.score !== undefined ? { score: q.score } : {}),
      ...(q.rule ? { rule: q.rule } : {}),
    })),
    scareQuotes: doc.scareQuotes.map(tspan),
    entities: doc.entities.map((e) => ({
      id: e.id, name: e.name, type: e.type,
      mentions: e.mentions.map(tspan),
      ...(e.roles && e.roles.length ? { roles: [...e.roles] } : {}),
      ...(e.aliases && e.aliases.length ? { aliases: [...e.aliases] } : {}),
    })),
    times: doc.times.map((t) => ({
      ...tspan(t), type: t.type, value: t.value,
      ...(t.mod ? { mod: t.mod } : {}), ...(t.anchor ? { anchor: t.anchor } : {}), ...(t.rule ? { rule: t.rule } : {}),
    })),
    timeline: doc.timeline.map((e) => ({
      value: e.value, time: tspan(e.time), sentence: span(e.sentence),
      event: e.event ? tspan(e.event) : null, speaker: e.speaker ?? null,
    })),
    framing: doc.framing.map((f) => ({ ...tspan(f), kind: f.kind, speaker: f.speaker ?? null, ...(f.rule ? { rule: f.rule } : {}) })),
    contestedLabels: doc.contestedLabels.map((g) => ({
      topic: g.topic, contested: g.contested,
      labels: g.labels.map((l) => ({
        label: l.label, ...(l.lean ? { lean: l.lean } : {}), users: [...l.users],
        uses: l.uses.map((u) => ({ ...tspan(u), speaker: u.speaker, negated: u.negated, scareQuoted: u.scareQuoted, ...(u.rule ? { rule: u.rule } : {}) })),
      })),
    })),
    claims: doc.claims.map((c) => ({
      ...tspan(c), score: c.score, speaker: c.speaker, ...(c.rule ? { rule: c.rule } : {}),
      quantities: c.quantities.map((q) => ({
        ...tspan(q), value: q.value, ...(q.unit ? { unit: q.unit } : {}), ...(q.mod ? { mod: q.mod } : {}),
        ...(q.kind ? { kind: q.kind } : {}), ...(q.timex ? { timex: q.timex } : {}), ...(q.rule ? { rule: q.rule } : {}),
      })),
    })),
    sourcing: doc.sourcing ?? null,
  };
}
