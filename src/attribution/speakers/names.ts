import type { Doc } from '../../doc/doc.js';
import type { Span, SpeakerKind } from '../../doc/types.js';
import { FEMALE_NAMES, MALE_NAMES } from '../../lexicon/given-names.js';
import type { Gender } from '../../lexicon/speaker-kinds.js';
import { mentionReading } from './mention.js';

/**
 * A light proper-name scan, used as pronoun candidates only when the entity
 * recognizer has produced no person: full names that start with a known given
 * name or follow a title or role ("President Joe Biden", "Mr. Obama"),
 * later surname-only mentions of those people, and outlets and governments
 * from the lexicons ("the White House", "Moscow").
 */
export interface NameMention { span: Span; name: string; kind: SpeakerKind; gender: Gender; roles: string[] }

const RUN_RE = /\p{Lu}[\p{L}\p{N}.'&-]*(?:\s+(?:(?:de|van|von|bin|al|la|le|da|di|del)\s+)?\p{Lu}[\p{L}\p{N}.'&-]*)*/gu;

export function findNameMentions(doc: Doc): NameMention[] {
  const out: NameMention[] = [];
  const singles: Array<{ span: Span; word: string; first: boolean }> = [];
  const surnames = new Set<string>();
  for (const s of doc.contentSentences()) {
    const text = doc.matchText.slice(s.start, s.end);
    // exec on the one shared regex (matchAll would copy it for every sentence)
    RUN_RE.lastIndex = 0;
    for (let m = RUN_RE.exec(text); m; m = RUN_RE.exec(text)) {
      let run = m[0];
      // (most runs end in none of "s", "." or ",": nothing to strip, no regex to run)
      const last = run.charCodeAt(run.length - 1);
      if (last === 115 || last === 46 || last === 44) run = run.replace(/'s$/, '').replace(/[.,]+$/, (x) => (/\b\p{Lu}\.$/u.test(m![0]) ? x : ''));
      // a run may hold a possessive inside ("Russia's Vladimir Putin"): keep what follows it
      let offset = m.index!;
      const poss = run.lastIndexOf("'s ");
      if (poss >= 0) { offset += poss + 3; run = run.slice(poss + 3); }
      if (!run) continue;
      const start = s.start + offset;
      // the shared reading (offsets from the run's start): most runs are read, few kept
      const info = mentionReading(run);
      const read = info.nameSpan;
      if (info.form === 'organization' || info.form === 'media') {
        if (read) out.push({ span: { start: read.start + start, end: read.end + start }, name: info.name, kind: info.kind, gender: 'neuter', roles: [] });
        continue;
      }
      if (info.form !== 'name' || info.kind !== 'person' || !read) continue;
      const nameSpan = { start: read.start + start, end: read.end + start };
      const tokens = info.name.split(/\s+/);
      const first = tokens[0]!.toLowerCase();
      // titled: a role or honorific went before the name (a nationality alone does not: "South Africa")
      const titled = nameSpan.start > start && info.roles.length > 0;
      if (tokens.length === 1 && !titled) {
        singles.push({ span: nameSpan, word: info.name, first: offset === 0 });
        continue;
      }
      if (!titled && !MALE_NAMES.has(first) && !FEMALE_NAMES.has(first)) continue;
      out.push({ span: nameSpan, name: info.name, kind: 'person', gender: info.gender, roles: [...info.roles] });
      surnames.add(tokens[tokens.length - 1]!.toLowerCase());
    }
  }
  for (const w of singles) {
    if (surnames.has(w.word.toLowerCase())) out.push({ span: w.span, name: w.word, kind: 'person', gender: 'unknown', roles: [] });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
