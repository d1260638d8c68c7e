/** Penn Treebank tags, as the tagger (./tagger.ts) assigns them. */

/** Tags of a finite verb: past, present (third person and not), a modal. */
const FINITE_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/** Whether a token's tag is a finite verb's (a clause has one; a participle or an infinitive is no such verb). */
export function isFiniteTag(pos: string | undefined): boolean {
  return pos !== undefined && FINITE_TAGS.has(pos);
}
