import type { Doc } from '../doc/doc.js';
import { OffsetConverter } from '../doc/offsets.js';
import type { Span } from '../doc/types.js';
import { RECORD_VERSION, type WhosaidRecord } from './schema.js';

/** A record item under construction: its fields are set in the schema's order, optional ones only when present. */
type Fields = Record<string, unknown>;

/**
 * Doc -> record. The only place where UTF-16 indices become code points
 * (through OffsetConverter).
 */
export function toRecord(doc: Doc): WhosaidRecord {
  const conv = new OffsetConverter(doc.text);
  const span = (s: Span) => ({ start: conv.toCodePoint(s.start), end: conv.toCodePoint(s.end) });
  // record items are built field by field, optional fields set only when present: object spreads
  // (conditional ones above all) made this stage several times slower
  const tspan = (s: Span) => ({ start: conv.toCodePoint(s.start), end: conv.toCodePoint(s.end), text: doc.text.slice(s.start, s.end) });
  return {
    whosaid: RECORD_VERSION,
    id: doc.id ?? null,
    text: doc.text,
    format: doc.format,
    referenceDate: doc.referenceDate,
    meta: { ...doc.meta, authors: [...doc.meta.authors] },
    language: doc.language ? { ...doc.language } : null,
    notes: doc.notes.map((n) => ({ ...n })),
    boilerplate: doc.boilerplate.map((b) => { const o: Fields = tspan(b); o.reason = b.reason; if (b.rule) o.rule = b.rule; return o as WhosaidRecord['boilerplate'][number]; }),
    paragraphs: doc.paragraphs.map(span),
    sentences: doc.sentences.map(span),
    quotes: doc.quotes.map((q, i) => {
      const o: Fields = {
        id: `q${i + 1}`,
        kind: q.kind,
        ...(q.cueClass ? { cueClass: q.cueClass } : {}),
        content: tspan(q.content),
        ...(q.parts && q.parts.length > 1 ? { parts: q.parts.map(tspan) } : {}),
        cue: q.cue ? tspan(q.cue) : null,
        source: q.source ? tspan(q.source) : null,
        speaker: { ...q.speaker },
      };
      if (q.via !== undefined) o.via = q.via ? { ...q.via } : null;
      if (q.score !== undefined) o.score = q.score;
      if (q.rule) o.rule = q.rule;
      return o as WhosaidRecord['quotes'][number];
    }),
    scareQuotes: doc.scareQuotes.map(tspan),
    entities: doc.entities.map((e) => ({
      id: e.id, name: e.name, type: e.type,
      mentions: e.mentions.map(tspan),
      ...(e.roles && e.roles.length ? { roles: [...e.roles] } : {}),
      ...(e.aliases && e.aliases.length ? { aliases: [...e.aliases] } : {}),
    })),
    times: doc.times.map((t) => {
      const o: Fields = tspan(t);
      o.type = t.type; o.value = t.value;
      if (t.mod) o.mod = t.mod;
      if (t.anchor) o.anchor = t.anchor;
      if (t.rule) o.rule = t.rule;
      return o as WhosaidRecord['times'][number];
    }),
    timeline: doc.timeline.map((e) => ({
      value: e.value, time: tspan(e.time), sentence: span(e.sentence),
      event: e.event ? tspan(e.event) : null, speaker: e.speaker ?? null,
    })),
    framing: doc.framing.map((f) => { const o: Fields = tspan(f); o.kind = f.kind; o.speaker = f.speaker ?? null; if (f.rule) o.rule = f.rule; return o as WhosaidRecord['framing'][number]; }),
    contestedLabels: doc.contestedLabels.map((g) => ({
      topic: g.topic, contested: g.contested,
      labels: g.labels.map((l) => ({
        label: l.label, ...(l.lean ? { lean: l.lean } : {}), users: [...l.users],
        uses: l.uses.map((u) => {
          const o: Fields = tspan(u);
          o.speaker = u.speaker; o.negated = u.negated; o.scareQuoted = u.scareQuoted;
          if (u.rule) o.rule = u.rule;
          return o as WhosaidRecord['contestedLabels'][number]['labels'][number]['uses'][number];
        }),
      })),
    })),
    claims: doc.claims.map((c) => {
      const o: Fields = tspan(c);
      o.score = c.score; o.speaker = c.speaker;
      if (c.rule) o.rule = c.rule;
      o.quantities = c.quantities.map((q) => {
        const x: Fields = tspan(q);
        x.value = q.value;
        if (q.unit) x.unit = q.unit;
        if (q.mod) x.mod = q.mod;
        if (q.kind) x.kind = q.kind;
        if (q.timex) x.timex = q.timex;
        if (q.rule) x.rule = q.rule;
        return x;
      });
      return o as WhosaidRecord['claims'][number];
    }),
    sourcing: doc.sourcing ?? null,
  };
}
