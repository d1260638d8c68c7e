/**
 * Contested labels: different names for the same thing, where the choice of
 * name takes a side. Compiled (by hand, in our own words) from the advice of
 * public style guides (AP Stylebook, Reuters Handbook of Journalism, BBC
 * Editorial Guidelines, the Guardian and Observer style guide, NPR's ethics
 * handbook) and from framing research (Entman 1993; Lakoff 2004; Luntz 2007;
 * Baden & Springer on the naming of conflicts).
 *
 * Each topic lists labels; each label lists its surface forms (lower case,
 * matched as whole words on the folded text, so dashes are '-'). `lean` says
 * which way a label tilts when the guides agree on it; it is informative only.
 */

export interface ContestedLabelEntry {
  label: string;
  forms: readonly string[];
  lean?: 'sympathetic' | 'critical' | 'neutral';
}

export interface ContestedTopic {
  topic: string;
  labels: readonly ContestedLabelEntry[];
}

export const CONTESTED_TOPICS: readonly ContestedTopic[] = [
  {
    topic: 'military-intervention',
    labels: [
      { label: 'invasion', forms: ['invasion', 'invasions', 'invade', 'invades', 'invaded', 'invading'], lean: 'critical' },
      { label: 'peacekeeping', forms: ['peacekeeping', 'peace-keeping', 'peacekeepers', 'peacekeeper', 'peace keeping', 'peacekeeping mission', 'peacekeeping missions', 'peacekeeping operation', 'peacekeeping operations', 'peacekeeping force', 'peacekeeping forces', 'peacekeeping troops'], lean: 'sympathetic' },
      { label: 'special military operation', forms: ['special military operation', 'special operation'], lean: 'sympathetic' },
      { label: 'liberation', forms: ['liberation', 'liberate', 'liberated', 'liberating'], lean: 'sympathetic' },
      { label: 'occupation', forms: ['occupation', 'occupy', 'occupied', 'occupying', 'occupiers'], lean: 'critical' },
      { label: 'aggression', forms: ['aggression', 'act of aggression', 'acts of aggression'], lean: 'critical' },
      { label: 'incursion', forms: ['incursion', 'incursions'], lean: 'neutral' },
      { label: 'intervention', forms: ['intervention', 'military intervention'], lean: 'neutral' },
    ],
  },
  {
    topic: 'territorial-change',
    labels: [
      { label: 'annexation', forms: ['annexation', 'annex', 'annexed', 'annexing', 'annexes'], lean: 'critical' },
      { label: 'reunification', forms: ['reunification', 'reunified', 'reunite', 'reunited', 'reuniting'], lean: 'sympathetic' },
      { label: 'accession', forms: ['accession'], lean: 'sympathetic' },
    ],
  },
  {
    topic: 'breakaway-entity',
    labels: [
      { label: "people's republic", forms: ["people's republic", "people's republics", 'peoples republic', 'peoples republics'], lean: 'sympathetic' },
      { label: 'separatist region', forms: ['separatist region', 'separatist regions', 'breakaway region', 'breakaway regions', 'breakaway republic', 'breakaway republics'], lean: 'neutral' },
      { label: 'rebel region', forms: ['rebel region', 'rebel regions', 'rebel-held', 'rebel-controlled'], lean: 'neutral' },
      { label: 'occupied territory', forms: ['occupied territory', 'occupied territories', 'temporarily occupied'], lean: 'critical' },
      { label: 'disputed territory', forms: ['disputed territory', 'disputed territories'], lean: 'neutral' },
    ],
  },
  {
    topic: 'armed-group',
    labels: [
      { label: 'terrorist', forms: ['terrorist', 'terrorists', 'terror group', 'terror groups', 'terrorist group', 'terrorist organization'], lean: 'critical' },
      { label: 'militant', forms: ['militant', 'militants'], lean: 'neutral' },
      { label: 'insurgent', forms: ['insurgent', 'insurgents', 'insurgency'], lean: 'neutral' },
      { label: 'rebel', forms: ['rebel', 'rebels'], lean: 'neutral' },
      { label: 'separatist', forms: ['separatist', 'separatists'], lean: 'neutral' },
      { label: 'freedom fighter', forms: ['freedom fighter', 'freedom fighters'], lean: 'sympathetic' },
      { label: 'guerrilla', forms: ['guerrilla', 'guerrillas'], lean: 'neutral' },
      { label: 'extremist', forms: ['extremist', 'extremists'], lean: 'critical' },
    ],
  },
  {
    topic: 'abortion',
    labels: [
      { label: 'pro-life', forms: ['pro-life', 'pro life'], lean: 'sympathetic' },
      { label: 'anti-abortion', forms: ['anti-abortion'], lean: 'neutral' },
      { label: 'pro-choice', forms: ['pro-choice', 'pro choice'], lean: 'sympathetic' },
      { label: 'abortion-rights', forms: ['abortion-rights', 'abortion rights'], lean: 'neutral' },
      { label: 'unborn child', forms: ['unborn child', 'unborn children', 'unborn baby', 'unborn babies'], lean: 'sympathetic' },
      { label: 'fetus', forms: ['fetus', 'fetuses', 'foetus'], lean: 'neutral' },
    ],
  },
  {
    topic: 'immigration-status',
    labels: [
      { label: 'illegal immigrant', forms: ['illegal immigrant', 'illegal immigrants', 'illegals', 'illegal alien', 'illegal aliens'], lean: 'critical' },
      { label: 'undocumented immigrant', forms: ['undocumented immigrant', 'undocumented immigrants', 'undocumented migrants', 'undocumented'], lean: 'sympathetic' },
      { label: 'unauthorized immigrant', forms: ['unauthorized immigrant', 'unauthorized immigrants', 'irregular migrant', 'irregular migrants'], lean: 'neutral' },
    ],
  },
  {
    topic: 'displaced-people',
    labels: [
      { label: 'refugee', forms: ['refugee', 'refugees'], lean: 'sympathetic' },
      { label: 'asylum seeker', forms: ['asylum seeker', 'asylum seekers', 'asylum-seeker', 'asylum-seekers'], lean: 'neutral' },
      { label: 'migrant', forms: ['migrant', 'migrants'], lean: 'neutral' },
    ],
  },
  {
    topic: 'taxation',
    labels: [
      { label: 'tax relief', forms: ['tax relief'], lean: 'sympathetic' },
      { label: 'tax cut', forms: ['tax cut', 'tax cuts', 'tax break', 'tax breaks'], lean: 'neutral' },
      { label: 'death tax', forms: ['death tax'], lean: 'critical' },
      { label: 'estate tax', forms: ['estate tax', 'inheritance tax'], lean: 'neutral' },
    ],
  },
  {
    topic: 'climate',
    labels: [
      { label: 'climate crisis', forms: ['climate crisis', 'climate emergency', 'climate breakdown'], lean: 'critical' },
      { label: 'climate change', forms: ['climate change'], lean: 'neutral' },
      { label: 'global warming', forms: ['global warming'], lean: 'neutral' },
    ],
  },
  {
    topic: 'interrogation',
    labels: [
      { label: 'enhanced interrogation', forms: ['enhanced interrogation', 'enhanced interrogation techniques'], lean: 'sympathetic' },
      { label: 'torture', forms: ['torture', 'tortured', 'torturing'], lean: 'critical' },
    ],
  },
  {
    topic: 'civilian-harm',
    labels: [
      { label: 'collateral damage', forms: ['collateral damage'], lean: 'sympathetic' },
      { label: 'civilian casualties', forms: ['civilian casualties', 'civilian deaths', 'civilians killed'], lean: 'neutral' },
      { label: 'massacre', forms: ['massacre', 'massacres', 'massacred'], lean: 'critical' },
    ],
  },
  {
    topic: 'firearms-policy',
    labels: [
      { label: 'gun control', forms: ['gun control'], lean: 'neutral' },
      { label: 'gun safety', forms: ['gun safety', 'gun violence prevention'], lean: 'sympathetic' },
      { label: 'gun rights', forms: ['gun rights', 'second amendment rights'], lean: 'sympathetic' },
    ],
  },
  {
    topic: 'unrest',
    labels: [
      { label: 'riot', forms: ['riot', 'riots', 'rioters', 'rioting'], lean: 'critical' },
      { label: 'protest', forms: ['protest', 'protests', 'protesters', 'protestors', 'demonstration', 'demonstrations', 'demonstrators'], lean: 'neutral' },
      { label: 'insurrection', forms: ['insurrection', 'insurrectionists'], lean: 'critical' },
      { label: 'uprising', forms: ['uprising', 'uprisings', 'revolution'], lean: 'sympathetic' },
      { label: 'coup', forms: ['coup', 'coup d\'etat', 'putsch'], lean: 'critical' },
    ],
  },
  {
    topic: 'government-label',
    labels: [
      { label: 'regime', forms: ['regime', 'regimes'], lean: 'critical' },
      { label: 'government', forms: ['government', 'administration'], lean: 'neutral' },
    ],
  },
  {
    topic: 'separation-barrier',
    labels: [
      { label: 'security fence', forms: ['security fence', 'security barrier'], lean: 'sympathetic' },
      { label: 'separation barrier', forms: ['separation barrier', 'separation wall', 'west bank barrier'], lean: 'neutral' },
      { label: 'apartheid wall', forms: ['apartheid wall'], lean: 'critical' },
    ],
  },
  {
    topic: 'health-law',
    labels: [
      { label: 'Obamacare', forms: ['obamacare'], lean: 'critical' },
      { label: 'Affordable Care Act', forms: ['affordable care act'], lean: 'neutral' },
    ],
  },
  {
    topic: 'oil-extraction',
    labels: [
      { label: 'tar sands', forms: ['tar sands'], lean: 'critical' },
      { label: 'oil sands', forms: ['oil sands'], lean: 'sympathetic' },
    ],
  },
];

/**
 * Words that are contested only with a qualifier: "government" alone is too
 * common to report unless it stands against "regime" in the same article.
 * A topic whose every match is one of these labels is not reported.
 */
export const WEAK_LABELS: ReadonlySet<string> = new Set(['government', 'protest', 'migrant', 'intervention']);
