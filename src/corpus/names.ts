/**
 * Name keys for corpus lookups: "Hillary Rodham Clinton", "hillary clinton" and
 * "Clinton" should all find the same speaker. Keys are lowercased, stripped of
 * accents and punctuation, with single spaces.
 */
export function normName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Keys a person is found by: each name and alias, and the surname of multi-word names. */
export function nameKeys(names: Array<string | null | undefined>, isPerson: boolean): string[] {
  const keys = new Set<string>();
  for (const n of names) {
    if (!n) continue;
    const k = normName(n);
    if (!k) continue;
    keys.add(k);
    if (isPerson) {
      const parts = k.split(' ');
      if (parts.length > 1) keys.add(parts[parts.length - 1]!);
    }
  }
  return [...keys];
}
