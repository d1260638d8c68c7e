/** Articles counted by language, for the summaries on stderr: the total and "de 10, fr 2" (most first). */
export function languageTally(byLanguage: Record<string, number>): { n: number; list: string } {
  const entries = Object.entries(byLanguage).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { n: entries.reduce((k, [, c]) => k + c, 0), list: entries.map(([l, c]) => `${l} ${c}`).join(', ') };
}
