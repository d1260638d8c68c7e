import type { TimeMention } from '../doc/types.js';
export interface TagOptions { referenceDate?: string | null }
export function tagTimes(_text: string, _matchText?: string, _opts: TagOptions = {}): TimeMention[] { return []; }
