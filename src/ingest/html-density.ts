/**
 * Fallback main-content finder for pages Readability gives up on: the element
 * whose direct paragraph children carry the most non-link text wins (a story is
 * a run of sibling paragraphs; navigation and teasers are links).
 */

/** A paragraph counts as prose when less than this share of its text is link text. */
const MAX_PARAGRAPH_LINK_DENSITY = 0.4;
/** Paragraph-like children. */
const PARAGRAPH_TAGS = new Set(['P', 'BLOCKQUOTE', 'PRE', 'H2', 'H3', 'H4', 'LI']);

interface El {
  tagName: string; textContent: string | null; children: ArrayLike<El>;
  querySelectorAll(sel: string): Iterable<El> & ArrayLike<El>;
}

function len(el: El): number { return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length; }

function proseLength(el: El): number {
  const total = len(el);
  if (!total) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += len(a);
  return links / total < MAX_PARAGRAPH_LINK_DENSITY ? total : 0;
}

/** The element holding the most paragraph prose among its direct children, or null. */
export function densestContainer(root: El): El | null {
  let best: El | null = null, bestScore = 0;
  for (const el of root.querySelectorAll('div, article, main, section, td, body')) {
    let score = 0;
    const kids = el.children;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (PARAGRAPH_TAGS.has(k.tagName.toUpperCase())) score += proseLength(k);
      // one wrapper level (e.g. <div class="para"><p>..</p></div>) still counts, at half weight
      else if (k.tagName.toUpperCase() === 'DIV' && k.children.length <= 2) {
        const inner = k.children[0];
        if (inner && PARAGRAPH_TAGS.has(inner.tagName.toUpperCase())) score += proseLength(inner) / 2;
      }
    }
    if (score > bestScore) { bestScore = score; best = el; }
  }
  return best;
}
