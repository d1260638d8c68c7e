import type { Quote } from '../doc/types.js';

/** Lower case, without a leading article, single-spaced: how source names are compared. */
export const normName = (name: string) => name.toLowerCase().replace(/^(?:a|an|the)\s+/, '').replace(/\s+/g, ' ').trim();

/**
 * Source identity: the entity when the speaker is one, else kind + name.
 * A definite anonymous description ("the official") that names the head of
 * an earlier anonymous source ("a senior official familiar with ...") is that
 * source again: reporters introduce an unnamed source once and then shorten.
 * Likewise a person named by surname alone after the full name.
 */
export function sourceKeys(quotes: readonly Quote[]): string[] {
  const anonymous: Array<{ key: string; name: string }> = [];
  const persons: Array<{ key: string; name: string }> = [];
  return quotes.map((q) => {
    const sp = q.speaker;
    const name = normName(sp.name);
    if (sp.entity) {
      const key = `entity:${sp.entity}`;
      if (sp.kind === 'person' && !persons.some((p) => p.key === key)) persons.push({ key, name });
      return key;
    }
    if (sp.kind === 'anonymous') {
      const head = name.split(' ').pop() ?? name;
      if (/^the\s/i.test(sp.name.trim())) {
        const headWord = new RegExp(`(^|\\s)${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);
        const earlier = anonymous.find((a) => headWord.test(a.name));
        if (earlier) return earlier.key;
      }
      const key = `anonymous:${name}`;
      if (!anonymous.some((a) => a.key === key)) anonymous.push({ key, name });
      return key;
    }
    if (sp.kind === 'person') {
      // "Connolly" after "Gerry Connolly": a surname alone is the person named in full before
      const full = persons.find((p) => p.name !== name && p.name.endsWith(` ${name}`));
      if (full) return full.key;
      const key = `person:${name}`;
      if (!persons.some((p) => p.key === key)) persons.push({ key, name });
      return key;
    }
    return `${sp.kind}:${name}`;
  });
}

/**
 * Each quote's speaker under the source's canonical name (the first name the
 * article gives it): "the official" -> "a senior official ...", "Connolly" -> "Gerry Connolly".
 */
export function canonicalSpeakerNames(quotes: readonly Quote[]): Map<Quote, string> {
  const keys = sourceKeys(quotes);
  const first = new Map<string, string>();
  const out = new Map<Quote, string>();
  quotes.forEach((q, i) => {
    const k = keys[i]!;
    if (!first.has(k)) first.set(k, q.speaker.name);
    out.set(q, first.get(k)!);
  });
  return out;
}
