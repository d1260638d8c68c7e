import type { BoilerplateSpan } from '../doc/types.js';
import type { Component } from '../pipeline/component.js';
import { trimSpan } from '../segment/paragraphs.js';
import { foldForMatching } from '../doc/normalize.js';
import { BOILERPLATE_RULES, LISTED_LINK, LISTED_LINK_MAX_WORDS, LISTED_LINK_RULE, type BoilerplateRule } from './rules.js';
import { isWhiteSpace } from '../doc/chars.js';

export { BOILERPLATE_RULES, type BoilerplateRule } from './rules.js';

/**
 * Finds the lines of a text that are not the article (related links, share and
 * subscribe prompts, advertisements, photo credits and captions, copyright
 * notices). Each becomes a boilerplate span with its reason and rule; later
 * stages skip them.
 */
export function findBoilerplate(text: string, rules: BoilerplateRule[] = BOILERPLATE_RULES, matchText = foldForMatching(text)): BoilerplateSpan[] {
  const out: BoilerplateSpan[] = [];
  const lineRe = /[^\n]+/g;
  const first = firstLineStart(matchText);
  let m: RegExpExecArray | null;
  let listing = false;
  while ((m = lineRe.exec(matchText))) {
    const line = m[0];
    const words = wordRuns(line);
    if (words === 0) continue;
    if (listing && words <= LISTED_LINK_MAX_WORDS && LISTED_LINK.test(line)) {
      out.push({ ...trimSpan(text, { start: m.index, end: m.index + line.length }), reason: 'related-link', rule: LISTED_LINK_RULE });
      continue;
    }
    listing = false;
    for (const r of rules) {
      if (r.maxWords !== undefined && words > r.maxWords) continue;
      if ((r.minWords !== undefined && words < r.minWords) || (r.notFirstLine && m.index === first)) continue;
      if (!r.pattern.test(line)) continue;
      const span = trimSpan(text, { start: m.index, end: m.index + line.length });
      out.push({ ...span, reason: r.reason, rule: r.name });
      listing = r.name === 'related-link-bare';
      break;
    }
  }
  return out;
}

/** Where the text's first non-blank line starts. */
function firstLineStart(text: string): number {
  let i = 0;
  while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
  return text.lastIndexOf('\n', i) + 1;
}

/** Runs of non-white space in a line: line.trim().split(/\s+/).length, 0 for a blank line, without the strings. */
export function wordRuns(line: string): number {
  let n = 0, inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isWhiteSpace(line.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export const boilerplateCleaner: Component = {
  name: 'clean',
  requires: ['text'],
  assigns: ['boilerplate'],
  run(doc) { doc.boilerplate = findBoilerplate(doc.text, BOILERPLATE_RULES, doc.matchText); },
};
