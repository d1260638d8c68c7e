/**
 * Matching text: the original text with look-alike characters folded, one UTF-16
 * unit for one, so that every index in it is an index in the original. Stages
 * match patterns against this and report offsets into the original text.
 */
const FOLD: Record<string, string> = {
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\u2002': ' ', '\u2003': ' ', '\u3000': ' ',
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2039': "'", '\u203a': "'", '\u2032': "'", '\u0060': "'", '\u00b4': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '.',
};
const FOLD_RE = /[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\u201c-\u201f\u00ab\u00bb\u2033\u2018-\u201b\u2039\u203a\u2032\u0060\u00b4\u2010-\u2015\u2212\u2026]/g;

export function foldForMatching(text: string): string {
  return text.replace(FOLD_RE, (c) => FOLD[c] ?? c);
}
