/**
 * Resolves anaphoric expressions in text order against the last date mentioned
 * ("The following month" after "April 2014" is 2014-05), and clock times
 * against the last day mentioned; explicit dates move the anchor on.
 */
import { type CalDate, formatDate } from '../calendar.js';
import type { Candidate, TimeRefiner } from '../types.js';

/** A date coarser than a year does not anchor ("the 1990s" says nothing of "the following month"). */
function canAnchor(d: CalDate): boolean { return d.gran !== 'E' && d.gran !== 'C'; }

export const anchorRefiner: TimeRefiner = {
  name: 'anchor',
  refine(cands, ctx) {
    let anchor: CalDate = ctx.ref;
    let lastDay: CalDate = ctx.ref;
    ctx.focusQuarter = undefined;
    for (const c of cands) {
      if (c.resolve) {
        const r = c.resolve(anchor, ctx);
        c.anchor = formatDate(anchor);
        if (typeof r === 'string') c.value = r; else c.date = r;
        // a year-on-year comparison in a story about a quarter leaves the quarter in focus
        if (anchor.gran === 'Q' && c.date?.gran === 'Q' && c.date.y !== anchor.y) c.movesAnchor = false;
      } else if (c.timeOfDay !== undefined && !c.date) {
        c.date = { ...lastDay, time: c.timeOfDay };
        c.anchor = formatDate(lastDay);
      }
      if (c.date?.gran === 'Q' && c.movesAnchor !== false) ctx.focusQuarter = c.date;
      if (c.date && c.movesAnchor !== false && (c.type === 'DATE' || c.type === 'TIME') && canAnchor(c.date)) {
        anchor = { ...c.date, time: undefined };
        if (c.date.gran === 'D') lastDay = anchor;
      }
    }
    return cands;
  },
};
