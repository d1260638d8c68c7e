import { EMBEDDED_POST_CLASSES } from './html-text.js';
/**
 * DOM pre-cleaning before Readability: removes page furniture that Readability
 * tends to keep inside the article container (figure captions and photo
 * credits, share bars, related-story blocks, bylines and datelines, hidden
 * elements), and rescues embedded social posts (quoted speech, which matters
 * for attribution) from wrappers that Readability would drop as "social".
 *
 * Every removal is guarded so that an element holding real article prose is
 * never removed: furniture is short or made of links.
 */

/** Elements that are never article prose on a news page. */
const ALWAYS_DROP = [
  'nav', 'aside', 'footer', 'form', 'button', 'select', 'textarea', 'dialog', 'noscript', 'template', 'iframe', 'svg',
  'figcaption', 'picture', 'video', 'audio', 'object', 'embed',
  '[hidden]', '[aria-hidden="true"]', '[role="navigation"]', '[role="complementary"]', '[role="contentinfo"]', '[role="banner"]',
  '[role="dialog"]', '[role="alert"]', '[role="search"]', '[role="menu"]', '[role="toolbar"]',
  '[itemprop="author"]', '[itemprop="datePublished"]', '[itemprop="dateModified"]', '[itemprop="caption"]',
  '[rel="author"]', 'time',
].join(', ');

/**
 * Consent-management dialogs, by their vendors' ids: long legal prose in
 * paragraphs, which the prose guard keeps for other furniture; removed
 * whatever their size (a Reuters page came out as its OneTrust privacy notice).
 */
const CONSENT_DIALOGS = [
  '#onetrust-consent-sdk', '#onetrust-banner-sdk', '#onetrust-pc-sdk', '#CybotCookiebotDialog', '#didomi-host', '#qc-cmp2-container',
  '[id^="sp_message_container"]', '#truste-consent-track', '#usercentrics-root', '.fc-consent-root', '#cmpbox', '#cookie-law-info-bar',
].join(', ');

/**
 * class/id words of furniture blocks. Matched as whole words of the class or id
 * (split on - _ and space) so that e.g. "shared-content" or "adventure" do not match.
 */
const FURNITURE_WORDS = new Set([
  'share', 'sharing', 'social', 'sharebar', 'sharetools', 'socialshare',
  'related', 'recirc', 'recirculation', 'recommended', 'recommendations', 'outbrain', 'taboola', 'trending', 'popular', 'mostread', 'morestories',
  'newsletter', 'subscribe', 'subscription', 'signup', 'paywall', 'promo', 'promotion', 'cta',
  'ad', 'ads', 'advert', 'advertisement', 'advertising', 'dfp', 'gpt', 'sponsored', 'sponsor',
  'breadcrumb', 'breadcrumbs', 'byline', 'bylines', 'dateline', 'timestamp', 'date', 'meta', 'author', 'authors', 'credit', 'credits',
  'caption', 'captions', 'figcaption', 'tags', 'tag', 'topics', 'keywords',
  'comment', 'comments', 'disqus', 'cookie', 'cookies', 'consent', 'gdpr', 'modal', 'popup', 'overlay', 'toolbar',
  'sidebar', 'rail', 'widget', 'print', 'email', 'skip', 'sr', 'offscreen',
  // a quotation repeated large beside the text, and a box of the story's highlights: each says again what the story
  // says, out of its place (a pull quote in the middle of another speaker's section took his "he")
  'pullquote', 'pullquotes', 'highlights',
]);

/**
 * class/id words of a pop-up card shown on hover over a name in the text (a profile card with links to other
 * stories: "Rep. Ilhan Omar<card>Ilhan Omar Hillicon Valley: ... MORE</card> (D-Minn.)"), and of its body.
 * The card is removed even inside a sentence; the name that opens it is not.
 */
const POPUP_WORDS = new Set(['rollover', 'tooltip', 'popover', 'hovercard', 'flyout', 'tippy', 'popup']);
const POPUP_BODY_WORDS = new Set(['block', 'card', 'content', 'box', 'body', 'panel', 'container', 'inner', 'bubble']);

/** A furniture-looking element is removed only if it holds less prose than this (characters of text). */
const MAX_FURNITURE_TEXT = 400;
/** ...or if most of its text is link text (a list of links), whatever its length. */
const MAX_LINK_DENSITY = 0.5;
/** A list of at least this many items, all but a sliver of its text link text, is a list of links (related stories, tags). */
const MIN_LINK_LIST_ITEMS = 3;
const MIN_LINK_LIST_DENSITY = 0.9;
/** A <figure> with at least this much paragraph text is content (some sites wrap the story in one). */
const MIN_FIGURE_PROSE = 500;

/** Embedded social posts: quoted statements, kept even inside "social" wrappers. */
const EMBED_SELECTOR = EMBEDDED_POST_CLASSES.map((c) => `blockquote.${c}`).join(', ');

interface El {
  tagName: string; className: unknown; id: string; textContent: string | null; parentNode: El | null; parentElement?: El | null;
  getAttribute(n: string): string | null; querySelectorAll(sel: string): Iterable<El> & ArrayLike<El>;
  querySelector(sel: string): El | null; remove(): void; replaceWith(...nodes: El[]): void; closest?(sel: string): El | null; matches?(sel: string): boolean;
}

function classWords(el: El): string[] {
  const cls = typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? '');
  return `${cls} ${el.id ?? ''}`.toLowerCase().split(/[\s_-]+/).filter(Boolean);
}

function textLen(el: El): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function linkDensity(el: El): number {
  const total = textLen(el);
  if (!total) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += textLen(a);
  return links / total;
}

function isInlineStyleHidden(el: El): boolean {
  const st = el.getAttribute('style');
  return !!st && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(st);
}

/** Inline tags: inside a paragraph these are words of the sentence (a tag link, a name), whatever their class. */
const INLINE = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'MARK', 'SMALL', 'ABBR', 'CITE', 'Q', 'SUB', 'SUP', 'TIME', 'FONT']);

/** Is the element a run of words inside a paragraph (removing it would cut a sentence)? */
function inSentence(el: El): boolean {
  if (!INLINE.has(el.tagName.toUpperCase())) return false;
  const parent = el.parentNode;
  return !!parent && typeof parent.closest === 'function' && !!parent.closest('p, blockquote, h1, h2, h3, h4, h5, h6, dd');
}

/** Does the element hold an embedded social post (which we keep)? */
function holdsEmbed(el: El): boolean {
  return !!el.querySelector(EMBED_SELECTOR);
}

interface BreakNode { nodeType: number; nodeName: string; textContent: string | null; previousSibling: BreakNode | null; remove(): void }
/**
 * A post's blank lines (<br><br>) become single line breaks: Readability makes
 * a paragraph of each part, wraps them in a <div> and then drops that <div>
 * when the post is short and ends with a link (most posts), losing the words.
 * The text reader keeps a post's lines together anyway (html-text.ts).
 */
function collapseBreaks(post: El): void {
  for (const br of [...post.querySelectorAll('br')] as unknown as BreakNode[]) {
    let prev = br.previousSibling;
    while (prev && prev.nodeType === 3 && !(prev.textContent ?? '').trim()) prev = prev.previousSibling;
    if (prev && prev.nodeType === 1 && prev.nodeName.toUpperCase() === 'BR') br.remove();
  }
}

export interface CleanStats { removed: number; rescuedEmbeds: number }

/**
 * Cleans `root` (a document or element) in place. Returns what was done, for
 * debugging and tests.
 */
interface CommentNode { nodeType: number; childNodes: ArrayLike<CommentNode>; remove?(): void; parentNode: { removeChild(n: CommentNode): unknown } | null }
/** Removes every comment node under `root` (a walk with a stack: pages nest deep); returns how many. */
function removeComments(root: CommentNode): number {
  const found: CommentNode[] = [];
  const stack: CommentNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    const kids = n.childNodes;
    if (!kids) continue;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.nodeType === 8) found.push(k);
      else if (k.nodeType === 1 || k.nodeType === 9 || k.nodeType === 11) stack.push(k);
    }
  }
  for (const c of found) c.parentNode?.removeChild(c);
  return found.length;
}

export function preCleanDom(root: El): CleanStats {
  const stats: CleanStats = { removed: 0, rescuedEmbeds: 0 };
  // 0. Comments: never content, and Readability ends a paragraph at one ("countering <!-- -->militancy<!-- --> is",
  // a React page's text separators, came out as three paragraphs)
  stats.removed += removeComments(root as unknown as CommentNode);
  // 1. Embedded posts: lift each out of its wrapper chain of "social"/"embed" divs
  for (const bq of [...root.querySelectorAll(EMBED_SELECTOR)]) {
    let wrapper: El | null = bq.parentNode;
    let outer: El | null = null;
    while (wrapper && wrapper.tagName && wrapper.tagName.toUpperCase() === 'DIV' && textLen(wrapper) <= textLen(bq) + 40) {
      outer = wrapper; wrapper = wrapper.parentNode;
    }
    // Readability penalizes the wrapper's "social"/"embed" classes, not the blockquote's own class
    if (outer) { outer.replaceWith(bq); stats.rescuedEmbeds++; }
    collapseBreaks(bq);
  }
  // 2. Consent dialogs, never-prose elements and hidden ones
  for (const el of [...root.querySelectorAll(CONSENT_DIALOGS)]) { el.remove(); stats.removed++; }
  for (const el of [...root.querySelectorAll(ALWAYS_DROP)]) {
    if (holdsEmbed(el)) continue;
    // "on <time>Monday</time>", "said <span itemprop=author>..</span>": words of a sentence stay
    if (inSentence(el) && !el.matches?.('[hidden], [aria-hidden="true"]')) continue;
    // an <aside> or [itemprop=author] wrapping real prose (rare; some CMSs misuse them) stays
    if (textLen(el) > 2 * MAX_FURNITURE_TEXT && linkDensity(el) < MAX_LINK_DENSITY && el.querySelectorAll('p').length >= 3) continue;
    el.remove(); stats.removed++;
  }
  for (const el of [...root.querySelectorAll('[style]')]) {
    if (isInlineStyleHidden(el)) { el.remove(); stats.removed++; }
  }
  // 3. Figures: image + caption + credit
  for (const fig of [...root.querySelectorAll('figure')]) {
    let prose = 0;
    for (const p of fig.querySelectorAll('p')) prose += textLen(p);
    if (prose < MIN_FIGURE_PROSE && !holdsEmbed(fig)) { fig.remove(); stats.removed++; }
  }
  // 4. Lists of links, whatever their class ("c-posts" of related stories): every item a link
  for (const list of [...root.querySelectorAll('ul, ol')]) {
    const items = list.querySelectorAll('li');
    if (items.length >= MIN_LINK_LIST_ITEMS && linkDensity(list) > MIN_LINK_LIST_DENSITY && !holdsEmbed(list)) { list.remove(); stats.removed++; }
  }
  // 5. Furniture by class/id words, guarded by size and link density
  for (const el of [...root.querySelectorAll('[class], [id]')]) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML' || tag === 'ARTICLE' || tag === 'MAIN') continue;
    const words = classWords(el);
    // a pop-up card, even inside a sentence (hidden by the page's style sheet, which is not read here)
    if (words.some((w) => POPUP_WORDS.has(w)) && words.some((w) => POPUP_BODY_WORDS.has(w)) && !holdsEmbed(el)) { el.remove(); stats.removed++; continue; }
    if (!words.some((w) => FURNITURE_WORDS.has(w))) continue;
    if (holdsEmbed(el) || inSentence(el)) continue;
    const len = textLen(el);
    if (len < MAX_FURNITURE_TEXT || linkDensity(el) > MAX_LINK_DENSITY) { el.remove(); stats.removed++; }
  }
  return stats;
}
