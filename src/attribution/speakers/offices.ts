/** Offices and parties a person holds, as the speaker resolver compares descriptions with people ("the senator", "the Democratic nominee"). */
import { ROLE_ABBREVIATIONS } from '../../lexicon/speaker-kinds.js';
import type { Referent } from './discourse.js';

export function roleHeads(roles: readonly string[] | undefined): string[] {
  if (!roles) return [];
  return roles.flatMap((r) => r.toLowerCase().split(/\s+/)).map((w) => ROLE_ABBREVIATIONS.get(w) ?? ROLE_ABBREVIATIONS.get(w.replace(/\.$/, '')) ?? w.replace(/\.$/, ''));
}

/** Offices a person holds one at a time in news copy. */
export const OFFICES = new Set(['senator', 'governor', 'secretary', 'president', 'mayor', 'judge', 'justice', 'minister', 'representative',
  'congressman', 'congresswoman', 'chairman', 'chairwoman', 'ambassador', 'general', 'attorney', 'prosecutor', 'sheriff', 'chancellor']);
/**
 * Occupations news names people by, one to a person in a story ("the coach" is not the CEO just named). Words a
 * person is as well as an office or a job are left out: founder, owner, executive, chief, investor, billionaire.
 */
export const OCCUPATIONS = new Set(['ceo', 'coach', 'manager', 'player', 'striker', 'midfielder', 'defender', 'goalkeeper', 'quarterback',
  'economist', 'analyst', 'lawyer', 'doctor', 'physician', 'surgeon', 'nurse', 'professor', 'teacher', 'student', 'scientist', 'researcher',
  'actor', 'actress', 'singer', 'journalist', 'reporter', 'editor', 'columnist', 'anchor', 'pilot', 'engineer', 'banker', 'farmer',
  'detective', 'pollster']);
/**
 * "The former secretary of state" is not a senator: an office in the description, another in the person's
 * roles; nor is "the coach" the CEO named before (an occupation against another office or occupation).
 */
export function officeConflict(head: string, r: Referent): boolean {
  if (!(OFFICES.has(head) || OCCUPATIONS.has(head)) || r.heads.has(head)) return false;
  const office = SAME_OFFICE.get(head) ?? head;
  for (const h of r.heads) if ((OFFICES.has(h) || OCCUPATIONS.has(h)) && (SAME_OFFICE.get(h) ?? h) !== office) return true;
  // ("Chief executive Dana Whitcombe": the CEO)
  return head !== 'ceo' && OCCUPATIONS.has(head) && r.heads.has('chief') && r.heads.has('executive');
}
/** Names of one office ("Rep. Adam Schiff" is "the California congressman"; "Justice Frank Nervo" is "the judge"). */
export const SAME_OFFICE = new Map([['congressman', 'representative'], ['congresswoman', 'representative'], ['chairwoman', 'chairman'], ['chair', 'chairman'],
  ['chairperson', 'chairman'], ['justice', 'judge']]);
/** Whether the referent holds the office a nominal's head names under another of its names ("the chair" for "Chairwoman Donna Brazile"). */
export function holdsOffice(r: Referent, head: string): boolean {
  const office = SAME_OFFICE.get(head);
  if (!office && !OFFICES.has(head)) return false;
  for (const h of r.heads) if ((SAME_OFFICE.get(h) ?? h) === (office ?? head)) return true;
  return false;
}

/** "The Democratic nominee" is not a Republican: a party in the description against the other in the person's roles. */
export function partyConflict(description: string, r: Referent): boolean {
  const d = description.toLowerCase();
  const dem = /\bdemocrat(?:ic)?\b/.test(d), rep = /\b(?:republican|gop)\b/.test(d);
  if (!dem && !rep) return false;
  const rDem = r.heads.has('democratic') || r.heads.has('democrat') || r.heads.has('d');
  const rRep = r.heads.has('republican') || r.heads.has('gop') || r.heads.has('r');
  return (dem && rRep && !rDem) || (rep && rDem && !rRep);
}
