import type { BoilerplateReason } from '../doc/types.js';

/**
 * Lines that are not the article, each rule one pattern family. A rule matches a
 * whole line (on the folded text: straight quotes, plain spaces and dashes).
 * `maxWords` keeps a rule from swallowing a real paragraph that merely starts
 * with the same words ("Related to that, the minister said ...").
 */
export interface BoilerplateRule {
  name: string;
  reason: BoilerplateReason;
  pattern: RegExp;
  maxWords?: number;
  /** Fewest words the line must have. */
  minWords?: number;
  /** Never the text's first line (a headline may look like the pattern). */
  notFirstLine?: boolean;
}

/**
 * After a bare related-links label ("More:", "Related"), the lines that follow
 * it, each a headline (a capital first, no stop at the end, a few words), are
 * the links it lists, up to the first line that is not.
 */
export const LISTED_LINK = /^\s*["'\u201c\u2018]?\p{Lu}[^\n]*[^\s.!?:"'\u201d\u2019]\s*$/u;
export const LISTED_LINK_MAX_WORDS = 20;
export const LISTED_LINK_RULE = 'related-link-list';

export const BOILERPLATE_RULES: BoilerplateRule[] = [
  {
    name: 'related-link-label',
    reason: 'related-link',
    // "Also Read: ...", "READ MORE: ...", "Related: ...", "See also - ..."
    pattern: /^\s*(?:also read|read also|read more|more to read|read next|read|related(?: (?:articles?|stories|stories|coverage|content|news|reading|links?))?|see also|recommended(?: (?:for you|stories|reading))?|more from [\w .]+|must read|don't miss|editor'?s picks?|top stories|trending|more on this(?: story)?|more news|click here to read(?: more)?|watch|listen|video|explainer|latest)\s*[:|>\-]\s*\S/i,
    maxWords: 40,
  },
  {
    // "VIDEO SHOWS SUSPECT ACCUSED OF OPERATING SECRET POLICE STATIONS": a link to another story set in capitals
    // inside the body; a sentence has lower-case letters or ends with a stop, a list's section head a number
    name: 'related-link-capitals',
    reason: 'related-link',
    pattern: /^(?=[^a-z]*$)\s*(?!\d+[.)]\s)[A-Z][^a-z]*[A-Z][^a-z.!?;:]*$/,
    minWords: 5,
    maxWords: 25,
    notFirstLine: true,
  },
  {
    // a link to another story set as its headline inside the body: "Government spending plans 'a big risk', says
    // OBR", "Hamas commander killed last month, Israel says" (a headline-shaped line with no stop after the text's
    // first line; the news texts of PolNeAR have no such line)
    name: 'related-link-headline',
    reason: 'related-link',
    pattern: /^[^.!?\n]{10,140}(?:,\s+(?:says|said)\s+[^\s,.][^.!?"\n]{1,40}|,\s+[^,.!?"\n]{1,40}\s+(?:says|said|warns|claims))\s*$/u,
    maxWords: 25,
    notFirstLine: true,
  },
  {
    name: 'related-link-bare',
    reason: 'related-link',
    pattern: /^\s*(?:read more|more|related|related (?:articles|stories|coverage|content|reading)|more stories|more coverage|more on this(?: story| topic)?|see also|also read|read also|you may also like|you might also like|recommended for you|continue reading|click here for more|also on [\w .]+)\s*[.:>]*\s*$/i,
  },
  {
    name: 'share-prompt',
    reason: 'share-prompt',
    pattern: /^\s*(?:share(?: this(?: article| story| page)?| on (?:facebook|twitter|x|whatsapp|linkedin|email))?|tweet(?: this)?|email this|print this(?: article)?|copy link|follow us on [\w ,&]+|click to share on [\w ()]+|share via [\w ]+|(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|email|print)(?:\s*[|,]?\s*(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|email|print|x))+)\s*[.:!]*\s*$/i,
  },
  {
    name: 'follow-prompt',
    reason: 'share-prompt',
    pattern: /^\s*(?:follow|like) (?:us|[\w .]+) on (?:twitter|facebook|instagram|x|threads|linkedin|telegram|google news)\b/i,
    maxWords: 30,
  },
  {
    name: 'subscribe-prompt',
    reason: 'subscribe-prompt',
    // (after an optional box title: "Ground Game: Sign up for our weekly politics newsletter ...")
    pattern: /^\s*(?:[\p{Lu}][\w' ]{0,30}:\s*)?(?:(?:sign up|subscribe|register)(?: now)? (?:for|to)\b.*(?:newsletter|updates|alerts|inbox|briefing|digest|email)|subscribe (?:now|today|here)\b|get (?:the latest|our|breaking)\b.*(?:inbox|newsletter|alerts|app)|(?:download|get) (?:our|the) [\w ]+ app\b|already a subscriber\b|support (?:our|independent) journalism\b|become a (?:member|subscriber)\b|this (?:article|story|content) is (?:for|available to) (?:subscribers|members)\b)/iu,
    maxWords: 40,
  },
  {
    name: 'house-promo',
    reason: 'advertisement',
    // a box about the publisher ending in its link: "AP's Role: The Associated Press is ... dating to 1848. Learn more."
    pattern: /[.!?]\s+(?:learn more|find out more|read more here|click here|more here)\s*[.!:>]*\s*$/i,
    maxWords: 60,
  },
  {
    name: 'advertisement',
    reason: 'advertisement',
    pattern: /^\s*(?:advertisement|advertising|sponsored(?: content)?|paid (?:post|content)|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading (?:the main story|below)|ad|ads by \w+|scroll to continue(?: with content)?)\s*[.:]*\s*$/i,
  },
  {
    name: 'photo-credit',
    reason: 'photo-credit',
    pattern: /^\s*(?:\(?(?:photo|image|picture|photograph|file photo|video|graphic)s?(?: credit)?\s*[:/]\s*[^.]{0,80}\)?|\(?(?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock|PTI|ANI|IANS)(?: Photo)?(?:\s*\/\s*[^)]{0,60})?\)?|credit\s*:\s*[^.]{0,80}|\([^)]{0,60}(?:photo|images?|credit)[^)]{0,60}\))\s*$/i,
    maxWords: 15,
  },
  {
    name: 'caption-with-credit',
    reason: 'caption',
    // a caption line ending in its credit: "Troops in Donetsk. (AP Photo/Evan Vucci)"
    pattern: /[.!?"]?\s*\((?:AP|AFP|Reuters|Getty|EPA|PTI|ANI)?\s*(?:photo|images?|file)\b[^)]*\)\s*$|\s(?:Photo|Image|Picture)\s*(?:credit)?\s*:\s*[\p{Lu}][\w .,/&-]{0,60}$/iu,
    // (a caption may tell the scene at length: 75 words before "(Photo: ...)" on a Daily Maverick page)
    maxWords: 120,
  },
  {
    name: 'copyright',
    reason: 'copyright',
    pattern: /^\s*(?:©|\(c\)\s*\d{4}|copyright\b(?:\s*©)?\s*\d{4}|all rights reserved\b)/i,
    maxWords: 40,
  },
  {
    // wire services' credit lines at the foot of a story: "Reporting by A in Mumbai; Writing by B; Editing by C",
    // "Peoples reported from New York. Associated Press writer Jill Colvin contributed to this report."
    name: 'credit-line',
    reason: 'byline',
    pattern: /^\s*\(?(?:(?:additional )?(?:reporting|writing|editing|compiled|produced|research|graphics)\s+by\s+[^;.]{2,120}(?:[;,]\s*(?:and\s+)?(?:additional )?(?:reporting|writing|editing|compiled|produced|research|graphics)\s+by\s+[^;.]{2,120})*\)?\.?|(?:[\p{Lu}][\p{L}'.-]+\s+){1,3}(?:and\s+(?:[\p{Lu}][\p{L}'.-]+\s+){1,3})?reported from\s+[^.]{2,80}\.(?:\s+[^.]{0,200}\bcontributed(?:\s+to)?(?:\s+(?:this|the))?\s+(?:report|story|article|reporting)\.?)?|[^.]{0,200}\bcontributed(?:\s+to)?(?:\s+(?:this|the))?\s+(?:report|story|article|reporting)\.?)\s*$/iu,
    maxWords: 50,
    notFirstLine: true,
  },
  {
    name: 'byline-line',
    reason: 'byline',
    pattern: /^\s*(?:by\s+[\p{Lu}][\p{L}'.-]+(?:\s+[\p{Lu}][\p{L}'.-]+){0,3}(?:\s*(?:,|and|&)\s*[\p{Lu}][\p{L}'.-]+(?:\s+[\p{Lu}][\p{L}'.-]+){0,3})*|(?:updated|published|posted|last updated)\s*:?\s*[\w ,:]+\d{4}[\w :,]*)\s*$/u,
    maxWords: 16,
  },
];
