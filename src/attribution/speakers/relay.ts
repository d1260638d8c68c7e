import type { Doc } from '../../doc/doc.js';
import type { Quote, Span, Speaker } from '../../doc/types.js';
import { isGivenName } from '../../lexicon/given-names.js';
import { MEDIA_NAME_HEADS, MEDIA_NAME_TAILS, OUTLET_DESCRIPTORS, PRESS_NOUNS, outletName } from '../../lexicon/media.js';
import { analyzeMention } from './mention.js';

/**
 * The relay of a statement (`quote.via`): the outlet, program or interviewer
 * that carried it to the public.
 *
 * Choices, so users know what `via` means:
 * - "told CNN" -> CNN (media); "told CNN's Wolf Blitzer", "via Brian Batko of
 *   the Pittsburgh Post-Gazette" -> the outlet (media): the outlet is the relay
 *   that readers can look up and that a sourcing profile counts; the
 *   interviewer is kept as `interviewer` on the returned relay (not in the
 *   record).
 * - "sources cited by DigiTimes", "officials quoted by Reuters", "Richardson,
 *   via USA Today, said": those quoted speak, the outlet is the relay.
 * - "told Wolf Blitzer", "in an interview with Wolf Blitzer" -> Wolf Blitzer
 *   (person), when no outlet is named.
 * - "in a 1998 interview with The New York Times", "in a March interview with": a year or a month may date the
 *   interview (obituaries and profiles quote old interviews).
 * - "told reporters", "told journalists" -> "reporters" (media): said to the press.
 * - "on a call with X", "in a meeting with X": X heard it (an addressee), it did
 *   not carry it to readers. When X is an outlet or the press ("on a call with
 *   reporters") it is the relay; when X is a person or a government
 *   ("on a call with Ukraine's president") there is no relay.
 * - "told supporters", "told Congress": audiences, not relays.
 * - ", via the Los Angeles Times", "in a statement to Rolling Stone" -> the outlet;
 *   "told the outlet", "told the newspaper" -> the outlet named last before it.
 * - "“…,” Walker said, according to an Associated Press account" -> Associated
 *   Press (media): the account that carried the quotation (PolNeAR makes the
 *   account the source of a relation of its own, which stays beside it).
 */
export interface Relay extends Speaker { span: Span; interviewer?: string }

const RULE_PREFIX = 'relay';
/** Phrases that introduce a relay, before the relay's mention. */
const RELAY_INTRO = /\b(told|tells|telling|tell|said to|says to|[Ss]peaking to|spoke to|[Ss]peaking with|spoke with|[Tt]alking to|talked to|[Tt]alking with|[Ii]n an? (?:\d{4} |(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:exclusive |recent |televised |radio |phone |telephone |lengthy |separate |new )?interview (?:with|on)|[Ii]n an? (?:exclusive |recent |separate |joint |written |brief |new )?(?:conversation|sit-down|appearance|podcast|op-ed|column|post|tweet|message|statement|email|e-mail|letter|remarks|comments) (?:with|to|on|for|in)|(?<=,\s*)via|(?<=,\s*)per|(?:emailed|e-mailed|sent|provided|given|released)\s+to|in remarks to|in comments to|on a (?:conference |phone |press )?call with|during a (?:conference |phone |press )?call with|in a (?:conference |phone )?call with|appearing on|appeared on|in an appearance on|during an appearance on|said on|says on|wrote on|writes on|posted on|tweeted on|wrote in|writes in|said in|according to|(?:seen|obtained|reviewed|viewed|cited|quoted) by|as reported by|on(?=\s+[A-Z]))\s+/g;
/** Intros after which a person or organization is an addressee, never a relay. */
const ADDRESSEE_INTRO = /call with|meeting with|conversation with/;
/** Intros that only make a relay of an outlet ("said on CNN", "wrote in The Atlantic"). */
const OUTLET_ONLY_INTRO = /^(?:said|says|wrote|writes|posted|tweeted) (?:on|in)$|^on$/;
/** Farthest a relay phrase may start from the quote's cue or source, in characters. */
const RELAY_MAX_GAP = 40;
/** A relay phrase opening the sentence is read when the source or cue starts within this many characters of it. */
const RELAY_OPENING_MAX = 90;
/** Longest relay mention read after an intro, in characters. */
const MAX_RELAY_CHARS = 60;
/** How far past the clause's last allowed intro position the sentence is read: the longest intro ("during a conference call with") and its mention fit well within. */
const RELAY_READ_PAST = 200;

/** An outlet spoken of again ("the outlet", "the newspaper"). */
const OUTLET_ANAPHOR = /^the\s+(?:outlet|newspaper|paper|magazine|network|broadcaster|station|publication|news\s+site|website|site|tabloid|channel)\b/i;
/** How far back an outlet spoken of again may have been named, in characters. */
const OUTLET_ANAPHOR_REACH = 3000;

/** The outlet named last before `pos` (an entity whose name is an outlet's), within reach. */
function lastOutletBefore(doc: Doc, pos: number): string | null {
  let best: string | null = null, bestAt = -1;
  for (const e of doc.entities) {
    // (an outlet the lexicon lacks, by its name's last word: "the San Francisco Chronicle")
    const name = outletName(e.name) ?? (e.type === 'organization' && MEDIA_NAME_HEADS.has(e.name.split(/\s+/).pop()!) ? e.name.replace(/^the\s+/i, '') : null);
    if (!name) continue;
    for (const m of e.mentions) if (m.end <= pos && m.start > bestAt && pos - m.start <= OUTLET_ANAPHOR_REACH) { best = name; bestAt = m.start; }
  }
  return best;
}

/** An outlet's description before its name ("hit-or-miss Taiwanese publication DigiTimes"): the name is the mention. */
const OUTLET_DESCRIBED_BEFORE = new RegExp(String.raw`^(?:[\p{L}-]+\s+){0,3}?(?:${OUTLET_DESCRIPTORS.join('|')})\s+(?=\p{Lu})`, 'u');

function mentionAfter(text: string, from: number): { text: string; start: number; outlet?: boolean } | null {
  const rest = text.slice(from, from + MAX_RELAY_CHARS);
  const described = OUTLET_DESCRIBED_BEFORE.exec(rest);
  if (described) { const name = mentionAfter(text, from + described[0].length); return name && { ...name, outlet: true }; }
  // a noun phrase: optional "the", capitalized words with possessives and initials, or a press noun
  // ("an Associated Press account": the article goes, the outlet's name stays)
  const article = /^an?\s+(?=\p{Lu})/u.exec(rest);
  if (article) {
    const inner = mentionAfter(text, from + article[0].length);
    return inner && /^\p{Lu}/u.test(inner.text) ? inner : null;
  }
  // "told the outlet", "said in a statement to the newspaper": the outlet named before (see relayFromMention)
  const anaphor = OUTLET_ANAPHOR.exec(rest);
  if (anaphor) return { text: anaphor[0], start: from };
  const m = /^(?:the\s+)?(?:[\p{Lu}\d][\p{L}\p{N}.&'-]*(?:\s+(?:of\s+the|of|de|von|van|the)?\s*[\p{Lu}\d][\p{L}\p{N}.&'-]*)*)|^(?:reporters|journalists|the press|the media|news media|correspondents|an interviewer)\b(?![\s-]+(?:tracking|research|analytics|monitoring|measurement|buying|company|companies|firm|group|agency|watchdog)\b)/u.exec(rest);
  if (!m || !m[0].trim()) return null;
  return { text: m[0].replace(/[.,;:]+$/, ''), start: from };
}

function relayFromMention(doc: Doc, mention: string, start: number, intro: string): Relay | null {
  const low = mention.toLowerCase();
  if (OUTLET_ANAPHOR.test(low)) {
    const outlet = lastOutletBefore(doc, start);
    return outlet ? { name: outlet, kind: 'media', span: { start, end: start + mention.length } } : null;
  }
  if (PRESS_NOUNS.has(low) || /^(?:reporters|journalists|the press|the media|news media|correspondents)$/.test(low)) {
    return { name: low.replace(/^the /, ''), kind: 'media', span: { start, end: start + mention.length } };
  }
  // "CNN's Wolf Blitzer": the outlet is the relay, the interviewer is kept beside it
  const poss = /^(.+?)'s\s+(.+)$/.exec(mention);
  if (poss) {
    const outlet = outletName(poss[1]!);
    if (outlet) return { name: outlet, kind: 'media', span: { start, end: start + poss[1]!.length }, interviewer: poss[2]! };
  }
  const outlet = outletName(mention);
  if (outlet) return { name: outlet, kind: 'media', span: { start, end: start + mention.length } };
  const words = mention.replace(/^the\s+/i, '').split(/\s+/);
  // "told Times Radio", "told Harbor Public Radio", "the Montana Free Press": a name ending in an outlet's word is that
  // outlet, not one its first word names
  if (words.length >= 2 && words.length <= 4 && (MEDIA_NAME_HEADS.has(words[words.length - 1]!) || MEDIA_NAME_TAILS.has(words.slice(-2).join(' '))) && words.every((w) => /^\p{Lu}/u.test(w))) {
    return { name: mention.replace(/^the\s+/i, ''), kind: 'media', span: { start, end: start + mention.length } };
  }
  // "Speaking to the Daily Mail Lacerda claimed", "told VOA Pentagon correspondent Carla Babb": the outlet opening the mention
  for (let n = Math.min(words.length - 1, 4); n >= 1; n--) {
    const head = words.slice(0, n).join(' '), o = outletName(head);
    if (o) return { name: o, kind: 'media', span: { start, end: start + head.length } };
  }
  if (OUTLET_ONLY_INTRO.test(intro) || ADDRESSEE_INTRO.test(intro)) return null;
  // "via Brian Batko of the Pittsburgh Post-Gazette", "told Jane Roe of The Times": the outlet, its reporter beside it
  const staff = /^(.+?)\s+(?:of|at|from)\s+(?:the\s+)?(.+)$/i.exec(mention);
  const staffOutlet = staff ? outletName(staff[2]!) ?? (MEDIA_NAME_HEADS.has(staff[2]!.split(/[\s-]+/).pop()!) ? staff[2]! : null) : null;
  if (staff && staffOutlet) {
    const at = start + mention.length - staff[2]!.length;
    return { name: staffOutlet, kind: 'media', span: { start: at, end: at + staff[2]!.length }, interviewer: staff[1]! };
  }
  const info = analyzeMention(mention, start);
  if (info.form === 'media') return { name: info.name, kind: 'media', span: info.nameSpan ?? { start, end: start + mention.length } };
  // a person relay needs a full name ("Wolf Blitzer"), a lone word is too often a place or a group
  if (info.form === 'name' && info.kind === 'person' && /\s/.test(info.name)) {
    const first = info.name.split(/\s+/)[0]!.toLowerCase();
    if (isGivenName(first) || /interview/.test(intro)) {
      return { name: info.name, kind: 'person', span: info.nameSpan ?? { start, end: start + mention.length } };
    }
  }
  return null;
}

/**
 * The relay of a quote, read in its sentence outside its content: after the cue
 * ("told CNN") or anywhere in the attribution clause ("in an interview with").
 */
export function findRelay(doc: Doc, quote: Quote): Relay | null {
  const anchor = quote.cue ?? quote.source;
  if (!anchor) return null;
  const si = doc.sentenceAt(anchor.start);
  if (si < 0) return null;
  const sent = doc.sentences[si]!;
  // the relay sits in the attribution clause: near the cue or the source, not anywhere in a long sentence
  // (or opens the sentence before the source: "In an interview with the Montana Free Press, the senator said")
  const first = Math.min(quote.cue?.start ?? Infinity, quote.source?.start ?? Infinity);
  const lo = first - sent.start <= RELAY_OPENING_MAX ? sent.start : first - RELAY_MAX_GAP;
  const hi = Math.max(quote.cue?.end ?? -Infinity, quote.source?.end ?? -Infinity) + RELAY_MAX_GAP;
  // only that stretch of the sentence is read (and the character before it, for the intro's word boundary)
  const base = Math.max(sent.start, lo - 1), end = Math.min(sent.end, hi + RELAY_READ_PAST);
  if (end <= base) return null;
  // blank the content (and any other quotation) so that words inside it are not read as the attribution
  // (a quotation split around its frame blanks its pieces, not the frame between them: "“…,” he told BBC Sport. “…”")
  let text = doc.matchText.slice(base, end);
  for (const piece of quote.parts?.length ? quote.parts : [quote.content]) {
    const blankFrom = Math.max(piece.start, base) - base, blankTo = Math.min(piece.end, end) - base;
    if (blankTo > blankFrom) text = text.slice(0, blankFrom) + ' '.repeat(blankTo - blankFrom) + text.slice(blankTo);
  }
  // (the scan finds every position where an intro starts, in order: it may as well start at lo and stop past hi)
  RELAY_INTRO.lastIndex = Math.max(0, lo - base);
  for (let m = RELAY_INTRO.exec(text); m; m = RELAY_INTRO.exec(text)) {
    // retry from the next character: "said in an interview with" holds two intros
    RELAY_INTRO.lastIndex = m.index + 1;
    const intro = m[1]!.toLowerCase();
    // "told" must be the quote's own cue or right after its source, not another verb of the sentence
    const at = base + m.index!;
    if (at > hi) break;
    if (at < lo) continue;
    if (/^(?:told|tells|telling|tell)$/.test(intro) && quote.cue && !(at >= quote.cue.start - 1 && at <= quote.cue.end + 1)) {
      if (!(quote.source && at >= quote.source.end && at - quote.source.end <= 2)) continue;
    }
    const mention = mentionAfter(text, m.index! + m[0].length);
    if (!mention) continue;
    const relay = mention.outlet ? { name: mention.text.replace(/^the\s+/i, ''), kind: 'media' as const, span: { start: base + mention.start, end: base + mention.start + mention.text.length } }
      : relayFromMention(doc, mention.text, base + mention.start, intro);
    if (relay) return relay;
  }
  return null;
}

export const RELAY_RULE = RULE_PREFIX;
