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
  // (maps, not lists searched per quote: a text with thousands of sources was quadratic)
  const anonymousKeys = new Set<string>(), personKeys = new Set<string>();
  /** The key of the first anonymous source whose name holds the word. */
  const anonymousByWord = new Map<string, string>();
  /** The key of the first person whose name ends with these words (after a space). */
  const personByEnding = new Map<string, string>();
  const addPerson = (key: string, name: string) => {
    if (personKeys.has(key)) return;
    personKeys.add(key);
    for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
      const ending = name.slice(i + 1);
      if (!personByEnding.has(ending)) personByEnding.set(ending, key);
    }
  };
  return quotes.map((q) => {
    const sp = q.speaker;
    const name = normName(sp.name);
    if (sp.entity) {
      const key = `entity:${sp.entity}`;
      if (sp.kind === 'person') addPerson(key, name);
      return key;
    }
    if (sp.kind === 'anonymous') {
      const words = name.split(' ');
      if (/^the\s/i.test(sp.name.trim())) {
        const earlier = anonymousByWord.get(words[words.length - 1]!);
        if (earlier !== undefined) return earlier;
      }
      const key = `anonymous:${name}`;
      if (!anonymousKeys.has(key)) {
        anonymousKeys.add(key);
        for (const w of words) if (!anonymousByWord.has(w)) anonymousByWord.set(w, key);
      }
      return key;
    }
    if (sp.kind === 'person') {
      // "Connolly" after "Gerry Connolly": a surname alone is the person named in full before
      const full = personByEnding.get(name);
      if (full !== undefined) return full;
      const key = `person:${name}`;
      addPerson(key, name);
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
