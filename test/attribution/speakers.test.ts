import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../../src/doc/doc.js';
import type { Quote, QuoteKind } from '../../src/doc/types.js';
import { boilerplateCleaner } from '../../src/clean/index.js';
import { segmenter } from '../../src/segment/index.js';
import { analyzeMention, resolveSpeakers } from '../../src/attribution/speakers/index.js';
import { analyzeDoc } from '../../src/analyze.js';

/** A segmented Doc for composed sentences. */
function makeDoc(text: string): Doc {
  const doc = new Doc(text);
  boilerplateCleaner.run(doc);
  segmenter.run(doc);
  return doc;
}

/** Finds `s` in the folded text at or after `from` (curly quotes written straight in the tests). */
function at(doc: Doc, s: string, from = 0) {
  const i = doc.matchText.indexOf(s, from);
  assert.ok(i >= 0, `not found: ${s}`);
  return { start: i, end: i + s.length };
}

/** A quote whose parts are located in the sentence starting with `near`. */
function quote(doc: Doc, near: string, parts: { content: string; cue: string; source: string | null; kind?: QuoteKind }): Quote {
  const base = at(doc, near).start;
  return {
    kind: parts.kind ?? 'indirect',
    content: at(doc, parts.content, base),
    cue: at(doc, parts.cue, base),
    source: parts.source === null ? null : at(doc, parts.source, base),
    speaker: { name: '', kind: 'unknown' },
  };
}

test('a name with a title and role collapses to the person; a later surname and "he" are the same person', () => {
  const doc = makeDoc([
    "The senior senator from Ohio's second district, Walter Pembleton, said that the bill would fail.",
    '',
    'Lawmakers met for hours on Tuesday without agreement.',
    '',
    '"We have not seen the final text," Pembleton told reporters.',
    '',
    '"Nobody has," he added.',
  ].join('\n'));
  const qs = [
    quote(doc, 'The senior', { content: 'the bill would fail', cue: 'said', source: "The senior senator from Ohio's second district, Walter Pembleton" }),
    quote(doc, '"We have', { content: '"We have not seen the final text,"', cue: 'told', source: 'Pembleton', kind: 'direct' }),
    quote(doc, '"Nobody', { content: '"Nobody has,"', cue: 'added', source: 'he', kind: 'direct' }),
  ];
  resolveSpeakers(doc, qs);
  for (const q of qs) assert.deepEqual(q.speaker, { name: 'Walter Pembleton', kind: 'person' });
  assert.deepEqual(qs[1]!.via, { name: 'reporters', kind: 'media' });
  assert.equal(qs[0]!.via, null);
});

test('a pronoun agrees in gender: "she" skips a more recent man', () => {
  const doc = makeDoc([
    'Governor Maria Okafor said the budget was balanced.',
    'Her rival, Thomas Brandt, said it was not.',
    'She said the figures would be published on Friday.',
  ].join('\n'));
  const qs = [
    quote(doc, 'Governor', { content: 'the budget was balanced', cue: 'said', source: 'Governor Maria Okafor' }),
    quote(doc, 'Her rival', { content: 'it was not', cue: 'said', source: 'Her rival, Thomas Brandt' }),
    quote(doc, 'She said', { content: 'the figures would be published on Friday', cue: 'said', source: 'She' }),
  ];
  resolveSpeakers(doc, qs);
  assert.equal(qs[1]!.speaker.name, 'Thomas Brandt');
  assert.equal(qs[2]!.speaker.name, 'Maria Okafor');
  assert.equal(qs[2]!.speaker.kind, 'person');
});

test('a name inside a quotation is talked about, not the next "he"', () => {
  const doc = makeDoc([
    'Mayor Daniel Reyes said the plan was sound.',
    '"Victor Lund has done nothing for this city," Reyes said.',
    '"The voters know it," he said.',
  ].join('\n'));
  const qs = [
    quote(doc, 'Mayor', { content: 'the plan was sound', cue: 'said', source: 'Mayor Daniel Reyes' }),
    quote(doc, '"Victor', { content: '"Victor Lund has done nothing for this city,"', cue: 'said', source: 'Reyes', kind: 'direct' }),
    quote(doc, '"The voters', { content: '"The voters know it,"', cue: 'said', source: 'he', kind: 'direct' }),
  ];
  resolveSpeakers(doc, qs);
  assert.equal(qs[2]!.speaker.name, 'Daniel Reyes');
});

test('a definite nominal resolves to its anonymous antecedent; anonymous descriptions are kept', () => {
  const doc = makeDoc([
    'The plant will close in March, a senior engineer familiar with the plans told the Associated Press.',
    'The engineer added that workers had not been told.',
    'Two people familiar with the matter said talks had stalled.',
    'Costs had doubled, according to an aide who spoke on condition of anonymity.',
  ].join('\n'));
  const qs = [
    quote(doc, 'The plant', { content: 'The plant will close in March', cue: 'told', source: 'a senior engineer familiar with the plans' }),
    quote(doc, 'The engineer', { content: 'workers had not been told', cue: 'added', source: 'The engineer' }),
    quote(doc, 'Two people', { content: 'talks had stalled', cue: 'said', source: 'Two people familiar with the matter' }),
    quote(doc, 'Costs', { content: 'Costs had doubled', cue: 'according to', source: 'an aide who spoke on condition of anonymity' }),
  ];
  resolveSpeakers(doc, qs);
  assert.deepEqual(qs[0]!.speaker, { name: 'a senior engineer familiar with the plans', kind: 'anonymous' });
  assert.deepEqual(qs[0]!.via, { name: 'Associated Press', kind: 'media' });
  assert.deepEqual(qs[1]!.speaker, { name: 'a senior engineer familiar with the plans', kind: 'anonymous' });
  assert.deepEqual(qs[2]!.speaker, { name: 'Two people familiar with the matter', kind: 'anonymous' });
  assert.deepEqual(qs[3]!.speaker, { name: 'an aide who spoke on condition of anonymity', kind: 'anonymous' });
});

test('an unresolved definite nominal keeps its own description as an anonymous source', () => {
  const doc = makeDoc('The official said the talks would resume.');
  const qs = [quote(doc, 'The official', { content: 'the talks would resume', cue: 'said', source: 'The official' })];
  resolveSpeakers(doc, qs);
  assert.deepEqual(qs[0]!.speaker, { name: 'The official', kind: 'anonymous' });
});

test('organizations, media and documents get their own kinds', () => {
  const cases: Array<[string, string, string]> = [
    ['the White House', 'the White House', 'organization'],
    ['The Kremlin', 'the Kremlin', 'organization'],
    ['Moscow', 'Moscow', 'organization'],
    ['The United States', 'the United States', 'organization'],
    ['the Department of Energy', 'Department of Energy', 'organization'],
    ['ABC News', 'ABC News', 'media'],
    ['a BBC report', 'BBC', 'media'],
    ['a report by the Associated Press', 'Associated Press', 'media'],
    ['The Springfield Gazette', 'The Springfield Gazette', 'media'],
    ['a statement', 'a statement', 'document'],
    ['a court filing', 'a court filing', 'document'],
  ];
  for (const [mention, name, kind] of cases) {
    const info = analyzeMention(mention);
    assert.equal(info.kind, kind, mention);
    if (kind !== 'organization' || !/Department/.test(mention)) assert.equal(info.name, name, mention);
  }
  const doc = makeDoc('Prices will rise, according to a BBC report. The White House said it disagreed.');
  const qs = [
    quote(doc, 'Prices', { content: 'Prices will rise', cue: 'according to', source: 'a BBC report' }),
    quote(doc, 'The White House', { content: 'it disagreed', cue: 'said', source: 'The White House' }),
  ];
  resolveSpeakers(doc, qs);
  assert.deepEqual(qs[0]!.speaker, { name: 'BBC', kind: 'media' });
  assert.deepEqual(qs[1]!.speaker, { name: 'the White House', kind: 'organization' });
});

test('an outlet named before its noun ("the Zenit news agency", "the Dagbok newspaper") is that outlet, not the last one met', () => {
  for (const [mention, name] of [['the Zenit news agency', 'Zenit'], ['the state-run ZNA news agency', 'ZNA'], ["Norland's Dagbok newspaper", 'Dagbok']] as const) {
    const info = analyzeMention(mention);
    assert.equal(info.kind, 'media', mention);
    assert.equal(info.name, name, mention);
  }
  // (a capitalized first word opening the sentence names no outlet)
  assert.notEqual(analyzeMention('Local newspapers').name, 'Local');
  const doc = makeDoc('The mayor said on Telegram that the bridge was shut. The port reopened, the Zenit news agency reported.');
  const qs = [
    quote(doc, 'The mayor', { content: 'that the bridge was shut', cue: 'said', source: 'The mayor' }),
    quote(doc, 'The port', { content: 'The port reopened', cue: 'reported', source: 'the Zenit news agency' }),
  ];
  resolveSpeakers(doc, qs);
  assert.deepEqual(qs[1]!.speaker, { name: 'Zenit', kind: 'media' });
});

test('titles, roles, parentheticals and appositive clauses are stripped from names', () => {
  const cases: Array<[string, string]> = [
    ['Russian President Vladimir Putin', 'Vladimir Putin'],
    ['House Speaker Paula D. Ramsey (R-Ind.)', 'Paula D. Ramsey'],
    ["the governor's campaign manager Robin Ashe", 'Robin Ashe'],
    ['Sen. Arthur Vale (Mont.), who lost the primary to Smith,', 'Arthur Vale'],
    ['retired Lt. Gen. Harold Stone', 'Harold Stone'],
    ['Former Secretary of State Janet Morrow', 'Janet Morrow'],
    ['Mr. Kowalski', 'Kowalski'],
    ['Lena Ortiz, 42,', 'Lena Ortiz'],
  ];
  for (const [mention, name] of cases) {
    const info = analyzeMention(mention);
    assert.equal(info.form, 'name', mention);
    assert.equal(info.name, name, mention);
    assert.equal(info.kind, 'person', mention);
  }
  assert.equal(analyzeMention('Mr. Kowalski').gender, 'male');
  assert.equal(analyzeMention('a Trump campaign aide').kind, 'anonymous');
  assert.equal(analyzeMention('a White House official').kind, 'anonymous');
  // a description with a place or a phrase after its head is what the head reads as, kept whole
  const embassy = analyzeMention('India\u2019s embassy in Washington');
  assert.equal(`${embassy.kind}: ${embassy.name}`, 'organization: India\u2019s embassy in Washington');
  assert.equal(analyzeMention('NASA scientists using a telescope atop Mauna Kea').kind, 'anonymous');
  assert.notEqual(analyzeMention('Citizens for Clean Water in Ohio').kind, 'anonymous');
  // Malaysian honorifics are titles, not names
  assert.equal(analyzeMention('Prime Minister Datuk Seri Anwar Ibrahim').name, 'Anwar Ibrahim');
  // "US" in capitals is the country, not the pronoun
  assert.equal(analyzeMention('US').kind, 'organization');
  assert.equal(analyzeMention('us').form, 'pronoun');
  // a body's head word, "of" and its domain in capitals is one body, whatever its words ("Foreign" is no role here)
  for (const m of ['The Ministry of Foreign Affairs', "South Korea's Ministry of Trade, Industry and Energy (MOTIE)"]) assert.equal(analyzeMention(m).kind, 'organization', m);
  // an envoy's post before the name: the place is no part of it
  const envoy = analyzeMention("China's ambassador to Britain Liu Xiaoming");
  assert.equal(`${envoy.kind}: ${envoy.name}`, 'person: Liu Xiaoming');
  assert.equal(analyzeMention("Russia's envoy to the UN Vassily Nebenzia").name, 'Vassily Nebenzia');
  // a network's local station is an outlet
  const station = analyzeMention('CBS DFW');
  assert.equal(`${station.kind}: ${station.name}`, 'media: CBS DFW');
  assert.equal(analyzeMention('ABC News').name, 'ABC News');
  // an owner's record described after its noun is the owner's word; the day it came out is no name
  const data = analyzeMention("Statistics Canada's labour force survey data released Friday");
  assert.equal(`${data.kind}: ${data.name}`, 'organization: Statistics Canada');
  // an office named for its holder's role is a body, with where it serves
  const office = analyzeMention("The U.S. Attorney's Office for the Western District of New York");
  assert.equal(`${office.kind}: ${office.name}`, "organization: The U.S. Attorney's Office for the Western District of New York");
  assert.equal(analyzeMention('he').form, 'pronoun');
});

test('relays: told CNN, told CNN\'s interviewer, in an interview with; a call with a person is an addressee', () => {
  const doc = makeDoc([
    'The strikes must stop, Nora Blake told CNN.',
    '"We are ready," Blake told CNN\'s Jordan Hale.',
    'The deal is dead, Blake said in an interview with Politico on Sunday.',
    'The president "stressed his support," on a call with Prime Minister Edvard Lind, the White House said.',
    'Talks will continue, Blake said on a call with reporters.',
  ].join('\n'));
  const qs = [
    quote(doc, 'The strikes', { content: 'The strikes must stop', cue: 'told', source: 'Nora Blake' }),
    quote(doc, '"We are', { content: '"We are ready,"', cue: 'told', source: 'Blake', kind: 'direct' }),
    quote(doc, 'The deal', { content: 'The deal is dead', cue: 'said', source: 'Blake' }),
    quote(doc, 'The president', { content: 'The president "stressed his support,"', cue: 'said', source: 'the White House', kind: 'mixed' }),
    quote(doc, 'Talks will', { content: 'Talks will continue', cue: 'said', source: 'Blake' }),
  ];
  resolveSpeakers(doc, qs);
  assert.deepEqual(qs[0]!.via, { name: 'CNN', kind: 'media' });
  assert.deepEqual(qs[1]!.via, { name: 'CNN', kind: 'media' });
  assert.deepEqual(qs[2]!.via, { name: 'Politico', kind: 'media' });
  assert.equal(qs[3]!.via, null);
  assert.deepEqual(qs[3]!.speaker, { name: 'the White House', kind: 'organization' });
  assert.deepEqual(qs[4]!.via, { name: 'reporters', kind: 'media' });
  for (const i of [0, 1, 2, 4]) assert.equal(qs[i]!.speaker.name, 'Nora Blake');
});

test('a statement with no source takes the speaker of its sentence, unless its cue is an agentless passive', () => {
  const doc = makeDoc('Matt Harris, the fire chief, said the storm had passed by Monday, adding that roads would reopen, though two utilities were blamed for the outages.');
  const qs = [
    quote(doc, 'Matt Harris', { content: 'the storm had passed by Monday', cue: 'said', source: 'Matt Harris, the fire chief' }),
    quote(doc, 'adding', { content: 'roads would reopen', cue: 'adding', source: null }),
    quote(doc, 'two utilities', { content: 'for the outages', cue: 'were blamed', source: null }),
  ];
  resolveSpeakers(doc, qs);
  assert.equal(qs[1]!.speaker.name, 'Matt Harris');
  assert.equal(qs[2]!.speaker.kind, 'unknown');
  assert.notEqual(qs[2]!.speaker.name, 'Matt Harris');
});

test('relays: a sentence opening with the relay ("In an interview with ...") names no speaker', () => {
  const doc = analyzeDoc({ text: [
    'The race for the county seat is close.',
    'In an interview with CNN, the senator said the count would take days.',
    'In an interview with Dana Holt, the candidate said the race was tight.',
  ].join('\n') });
  const qs = [
    quote(doc, 'In an interview with CNN', { content: 'the count would take days', cue: 'said', source: 'the senator' }),
    quote(doc, 'In an interview with Dana', { content: 'the race was tight', cue: 'said', source: 'the candidate' }),
  ];
  resolveSpeakers(doc, qs);
  assert.equal(`${qs[0]!.via?.name} / ${qs[0]!.via?.kind}`, 'CNN / media');
  // the interviewer is the relay, never the antecedent of the description that speaks
  assert.equal(`${qs[1]!.speaker.name} / ${qs[1]!.speaker.kind}`, 'the candidate / person');
  assert.equal(qs[1]!.via?.name, 'Dana Holt');
});

test('relays: "said, according to" an outlet or an outlet\'s account', () => {
  const doc = makeDoc([
    '"Delegates should vote as they see fit," Nora Blake said, according to an Associated Press account.',
    '"We will not protest," Blake said, according to CNN.',
    '"We will not protest," Blake said, according to Hale.',
  ].join('\n'));
  const qs = [
    quote(doc, '"Delegates', { content: '"Delegates should vote as they see fit,"', cue: 'said', source: 'Nora Blake', kind: 'direct' }),
    quote(doc, '"We will', { content: '"We will not protest,"', cue: 'said', source: 'Blake', kind: 'direct' }),
    quote(doc, '"We will not protest," Blake said, according to H', { content: '"We will not protest,"', cue: 'said', source: 'Blake', kind: 'direct' }),
  ];
  resolveSpeakers(doc, qs);
  assert.deepEqual(qs[0]!.via, { name: 'Associated Press', kind: 'media' });
  assert.deepEqual(qs[1]!.via, { name: 'CNN', kind: 'media' });
  // a lone surname is too often not a relay
  assert.equal(qs[2]!.via, null);
});

test('"I" inside a quotation is the quotation\'s speaker; a quote without a source takes its sentence\'s speaker', () => {
  const doc = makeDoc('"I told them I would wait," said Carla Mendes, adding that she had no regrets.');
  const outer = quote(doc, '"I told', { content: '"I told them I would wait,"', cue: 'said', source: 'Carla Mendes', kind: 'direct' });
  const inner = quote(doc, '"I told', { content: 'I would wait', cue: 'told', source: 'I' });
  const adding = quote(doc, '"I told', { content: 'she had no regrets', cue: 'adding', source: null });
  const qs = [inner, outer, adding];
  resolveSpeakers(doc, qs);
  assert.equal(outer.speaker.name, 'Carla Mendes');
  assert.equal(inner.speaker.name, 'Carla Mendes');
  assert.equal(adding.speaker.name, 'Carla Mendes');
});

test('a speaker that is a known entity carries its id and canonical name', () => {
  const doc = makeDoc('Ivo Sandberg said the port would reopen. Sandberg added that crews were ready.');
  doc.entities = [{ id: 'e7', name: 'Ivo Sandberg', type: 'person', mentions: [at(doc, 'Ivo Sandberg'), at(doc, 'Sandberg', at(doc, 'Sandberg added').start)] }];
  const qs = [
    quote(doc, 'Ivo', { content: 'the port would reopen', cue: 'said', source: 'Ivo Sandberg' }),
    quote(doc, 'Sandberg added', { content: 'crews were ready', cue: 'added', source: 'Sandberg' }),
  ];
  resolveSpeakers(doc, qs);
  for (const q of qs) assert.deepEqual(q.speaker, { name: 'Ivo Sandberg', kind: 'person', entity: 'e7' });
});

test('negative cases: "you" and a pronoun with no antecedent stay unknown, not a guess', () => {
  const doc = makeDoc('You said it would rain. She said it would not.');
  const qs = [
    quote(doc, 'You said', { content: 'it would rain', cue: 'said', source: 'You' }),
    quote(doc, 'She said', { content: 'it would not', cue: 'said', source: 'She' }),
  ];
  resolveSpeakers(doc, qs);
  assert.equal(qs[0]!.speaker.kind, 'unknown');
  assert.equal(qs[1]!.speaker.kind, 'unknown');
  assert.equal(qs[1]!.speaker.name, 'She');
});

test('a quotation with no cue right after someone\'s quotation continues it; a distant one does not', () => {
  const doc = makeDoc([
    '"The river rose overnight," said Ada Lindqvist, the county engineer.',
    '',
    '"We moved the families out before dawn."',
    '',
    'The bridge reopened on Friday. Traffic returned to normal within hours. Shops reopened too.',
    '',
    '"Never again."',
  ].join('\n'));
  const first = quote(doc, '"The river', { content: '"The river rose overnight,"', cue: 'said', source: 'Ada Lindqvist, the county engineer', kind: 'direct' });
  const next = { kind: 'direct' as const, content: at(doc, '"We moved the families out before dawn."'), cue: null, source: null, speaker: { name: '', kind: 'unknown' as const } };
  const far = { kind: 'direct' as const, content: at(doc, '"Never again."'), cue: null, source: null, speaker: { name: '', kind: 'unknown' as const } };
  resolveSpeakers(doc, [first, next, far]);
  assert.deepEqual(first.speaker, { name: 'Ada Lindqvist', kind: 'person' });
  assert.deepEqual(next.speaker, { name: 'Ada Lindqvist', kind: 'person' });
  assert.equal(far.speaker.kind, 'unknown');
});

test('the pronoun ranker uses its weights: the shipped model loads, and other weights change the choice', async () => {
  const { rankerWeights } = await import('../../src/attribution/speakers/ranker.js');
  const { HAND_WEIGHTS } = await import('../../src/attribution/speakers/index.js');
  const shipped = rankerWeights();
  assert.ok(Object.keys(shipped).length >= Object.keys(HAND_WEIGHTS).length - 2);
  const text = [
    'Mayor Daniel Reyes said the plan was sound.',
    // (Victor Lund named inside the sentence: a newcomer opening it would take the "he" whatever the weights)
    'The plan was drafted last year. It was revised twice, and Victor Lund, a councillor, opposed it from the start.',
    'He said the costs were hidden.',
  ].join('\n');
  const run = (weights?: Record<string, number>) => {
    const doc = makeDoc(text);
    const qs = [
      quote(doc, 'Mayor', { content: 'the plan was sound', cue: 'said', source: 'Mayor Daniel Reyes' }),
      quote(doc, 'He said', { content: 'the costs were hidden', cue: 'said', source: 'He' }),
    ];
    resolveSpeakers(doc, qs, weights ? { weights } : {});
    return qs[1]!.speaker.name;
  };
  // salience of the earlier speaker against recency of the last-named man
  assert.equal(run({ ...HAND_WEIGHTS, 'is-speaker': 0, 'last-speaker': 0 }), 'Victor Lund');
  assert.equal(run({ ...HAND_WEIGHTS, 'dist': 0 }), 'Daniel Reyes');
});

test('"it" goes to an organization, "they" to a plural source, "who" to the name right before it', () => {
  const doc = makeDoc([
    'Officials at the port authority said the cranes were idle.',
    'They added that repairs would take weeks.',
    'The Kremlin said the talks were over. It said no date was set.',
    'The plan was backed by Omar Haddad, who said it would pass.',
  ].join('\n'));
  const qs = [
    quote(doc, 'Officials', { content: 'the cranes were idle', cue: 'said', source: 'Officials at the port authority' }),
    quote(doc, 'They added', { content: 'repairs would take weeks', cue: 'added', source: 'They' }),
    quote(doc, 'The Kremlin', { content: 'the talks were over', cue: 'said', source: 'The Kremlin' }),
    quote(doc, 'It said', { content: 'no date was set', cue: 'said', source: 'It' }),
    quote(doc, 'The plan was backed', { content: 'it would pass', cue: 'said', source: 'who' }),
  ];
  resolveSpeakers(doc, qs);
  assert.deepEqual(qs[0]!.speaker, { name: 'Officials at the port authority', kind: 'anonymous' });
  assert.deepEqual(qs[1]!.speaker, { name: 'Officials at the port authority', kind: 'anonymous' });
  assert.deepEqual(qs[3]!.speaker, { name: 'the Kremlin', kind: 'organization' });
  assert.deepEqual(qs[4]!.speaker, { name: 'Omar Haddad', kind: 'person' });
});

test('a description set after a name is that person; after an opening phrase it is the subject, not an apposition', () => {
  const doc = analyzeDoc({ text: [
    'Mr. Dorsey is weighing the question with his daughter, Nora, a high school senior with an interest in architecture.',
    'In an interview with the host Kevin Marsh, the governor stated that taxes would fall.',
  ].join('\n') });
  const qs = [
    quote(doc, 'Mr. Dorsey', { content: 'architecture', cue: 'with an interest in', source: 'a high school senior' }),
    quote(doc, 'In an interview', { content: 'taxes would fall', cue: 'stated', source: 'the governor' }),
  ];
  resolveSpeakers(doc, qs);
  assert.equal(`${qs[0]!.speaker.name} / ${qs[0]!.speaker.kind}`, 'Nora / person');
  assert.notEqual(qs[1]!.speaker.name, 'Kevin Marsh');
});

test('a name opening the sentence with its office set after it speaks: the body of the office is no one', () => {
  const doc = analyzeDoc({ text: [
    'Cllr Louise Grant, Chair of the Regional Councils Association said: "We need more money for the roads."',
    'Employee Steve Marsh tells the paper that the station was unsafe.',
  ].join('\n\n') });
  const qs = [
    quote(doc, 'Cllr', { content: 'We need more money for the roads.', cue: 'said', source: 'Chair of the Regional Councils Association', kind: 'direct' }),
    quote(doc, 'Employee', { content: 'that the station was unsafe', cue: 'tells', source: 'Employee Steve Marsh' }),
  ];
  resolveSpeakers(doc, qs);
  assert.equal(`${qs[0]!.speaker.name} / ${qs[0]!.speaker.kind}`, 'Louise Grant / person');
  assert.equal(`${qs[1]!.speaker.name} / ${qs[1]!.speaker.kind}`, 'Steve Marsh / person');
  // an office of a body, alone, is a description of its holder: never a person named for the body
  const office = analyzeMention('Chair of the Regional Councils Association', 0);
  assert.equal(`${office.form} / ${office.kind}`, 'nominal / person');
  assert.equal(analyzeMention('Mayor of Harbor Town Dana Whitfield', 0).name, 'Dana Whitfield');
  // (a first name the lexicon lacks stays in the name)
  assert.equal(analyzeMention('Cornell William Brooks', 0).name, 'Cornell William Brooks');
});

test('"The prosecutor said" after a defendant is named is someone else; a judge named as such before is the judge', () => {
  const doc = analyzeDoc({ text: [
    'Daniel Robinson, 35, of Harbor Town, admitted affray at the crown court on Monday.',
    'The prosecutor said CCTV captured the defendant with a hammer outside the hotel.',
    'Judge Maria Ellison told the court she would pass sentence next month. The judge said the attack was cowardly.',
  ].join(' ') });
  const qs = [
    quote(doc, 'The prosecutor', { content: 'CCTV captured the defendant with a hammer outside the hotel', cue: 'said', source: 'The prosecutor' }),
    quote(doc, 'The judge said', { content: 'the attack was cowardly', cue: 'said', source: 'The judge' }),
  ];
  resolveSpeakers(doc, qs);
  assert.notEqual(qs[0]!.speaker.name, 'Daniel Robinson');
  assert.equal(qs[1]!.speaker.name, 'Maria Ellison');
});

test('trade and web outlets are media, not people ("Deadline reported", "Poynter said", "The Argus Leader reported")', () => {
  const doc = analyzeDoc({ text: 'Deadline reported that the film was delayed again. Poynter said the paper would close in May. The Argus Leader reported that the campaign cost more than planned.' });
  const qs = [
    quote(doc, 'Deadline', { content: 'that the film was delayed again', cue: 'reported', source: 'Deadline' }),
    quote(doc, 'Poynter', { content: 'the paper would close in May', cue: 'said', source: 'Poynter' }),
    quote(doc, 'The Argus', { content: 'that the campaign cost more than planned', cue: 'reported', source: 'The Argus Leader' }),
  ];
  resolveSpeakers(doc, qs);
  assert.deepEqual(qs.map((q) => q.speaker.kind), ['media', 'media', 'media']);
});

test('a body whose name holds "and" speaks whole ("Devon and Cornwall Police", "the Department of Climate Change and Energy")', () => {
  const doc = analyzeDoc({ text: 'Devon and Cornwall Police said officers were called to the hotel at 9pm. The Department of Climate Change and Energy said the model would be published next week.' });
  const qs = [
    quote(doc, 'Devon', { content: 'officers were called to the hotel at 9pm', cue: 'said', source: 'Devon and Cornwall Police' }),
    quote(doc, 'The Department', { content: 'the model would be published next week', cue: 'said', source: 'The Department of Climate Change and Energy' }),
  ];
  resolveSpeakers(doc, qs);
  assert.deepEqual(qs.map((q) => `${q.speaker.name} / ${q.speaker.kind}`), ['Devon and Cornwall Police / organization', 'Department of Climate Change and Energy / organization']);
  // people and bodies named together are still each other's
  assert.equal(analyzeMention('Trump and the Republican Party', 0).name !== 'Trump and the Republican Party', true);
});

test('"who" right after an unnamed person is that person; after "Name, a lawyer" or "Name is a lawyer" it is the named one', () => {
  const doc = analyzeDoc({ text: 'Gordon Sondland testified on Wednesday. Lawmakers heard from four officials, including a career Army officer who described the call as improper. Harbor Town hired Dana Holt, a lawyer who said the contract was void. Kaine is a former civil rights lawyer who argued the case was weak.' });
  const qs = [
    quote(doc, 'Lawmakers heard', { content: 'the call as improper', cue: 'described', source: 'who' }),
    quote(doc, 'Harbor Town hired', { content: 'the contract was void', cue: 'said', source: 'who' }),
    quote(doc, 'Kaine is', { content: 'the case was weak', cue: 'argued', source: 'who' }),
  ];
  resolveSpeakers(doc, qs);
  assert.deepEqual(qs.map((q) => `${q.speaker.name} / ${q.speaker.kind}`), ['a career Army officer / anonymous', 'Dana Holt / person', 'Kaine / person']);
});

test('a document seen or obtained by an outlet speaks, the outlet relaying it', () => {
  const doc = analyzeDoc({ text: 'The plan will cost billions, according to a Harbor Navy memo seen by Reuters. Documents obtained by The Associated Press show the deal was signed in May.' });
  const qs = [
    quote(doc, 'The plan', { content: 'The plan will cost billions', cue: 'according to', source: 'a Harbor Navy memo seen by Reuters' }),
    quote(doc, 'Documents', { content: 'the deal was signed in May', cue: 'show', source: 'Documents obtained by The Associated Press' }),
  ];
  resolveSpeakers(doc, qs);
  assert.deepEqual(qs.map((q) => `${q.speaker.kind} via ${q.via?.name}`), ['document via Reuters', 'document via Associated Press']);
});

test('a woman\'s document speaks for her: her given name\'s gender is no conflict with a document', () => {
  const doc = analyzeDoc({ text: 'Tom Reyes and Maria Reyes divorced in 1990. Maria Reyes\'s brief said the records should stay sealed.' });
  const qs = [quote(doc, 'Maria Reyes\'s brief', { content: 'the records should stay sealed', cue: 'said', source: 'Maria Reyes\'s brief' })];
  resolveSpeakers(doc, qs);
  assert.equal(`${qs[0]!.speaker.name} / ${qs[0]!.speaker.kind}`, 'Maria Reyes / person');
});

test('"Kim" and "Taylor" are given names of men and women: a person, no gender from the name alone', () => {
  for (const name of ['Kim Brooks', 'Taylor Brooks']) {
    const info = analyzeMention(name);
    assert.equal(`${info.form} ${info.kind} ${info.gender}`, 'name person unknown', name);
  }
  assert.equal(analyzeMention('Keith Brooks').gender, 'male');
});

test('a question put to someone ("Asked whether ...") is no statement of theirs, and who it asks about is not who answers', () => {
  const doc = analyzeDoc({ text: [
    'Nora Blake has defended accepting tickets from the donor Lord Penhale.',
    '',
    'Sir Tom Vance said on Monday: “All members get gifts. The rules say they must be declared.”',
    '',
    'Asked again whether he would continue to accept gifts from Lord Penhale, he said: “Well, wherever there are gifts I will comply with the rules.”',
  ].join('\n') });
  const quotes = doc.quotes ?? [];
  const asked = quotes.find((q) => q.cue && /^Asked/.test(doc.text.slice(q.cue.start, q.cue.end)));
  assert.equal(asked?.speaker.kind, 'unknown', asked?.speaker.name);
  const answer = quotes.find((q) => q.source && doc.text.slice(q.source.start, q.source.end) === 'he');
  assert.equal(answer?.speaker.name, 'Tom Vance');
});

test('a body named after a description with a relative clause speaks; a she near it is the person named before', () => {
  const doc = analyzeDoc({ text: [
    'A row involving the singer Nora Blake and her former record label is coming to an end.',
    '',
    'The group that owns most of her music, Grey Harbor, says she will be allowed to play her old songs at the awards.',
    '',
    'Blake accused Grey Harbor of trying to stop her performing. She said the label wanted a re-recording.',
    '',
    'The company that runs the awards, Dean Clarke Productions, denies it was told of any dispute.',
  ].join('\n') });
  const speakerOf = (source: string) => (doc.quotes ?? []).find((q) => q.source && doc.text.slice(q.source.start, q.source.end) === source)?.speaker;
  assert.deepEqual(speakerOf('The group that owns most of her music, Grey Harbor'), { name: 'Grey Harbor', kind: 'organization', ...(speakerOf('The group that owns most of her music, Grey Harbor')?.entity ? { entity: speakerOf('The group that owns most of her music, Grey Harbor')!.entity } : {}) });
  // (the source with or without its description: the name speaks)
  const denies = doc.quotes.find((q) => q.cue && doc.text.slice(q.cue.start, q.cue.end) === 'denies');
  assert.equal(denies?.speaker.name, 'Dean Clarke Productions');
});

test('a he or she right after a body is the person named shortly before, no sign that the body is a person', () => {
  const doc = analyzeDoc({ text: 'The singer Nora Blake is in a row with her former record label.\n\nBig Machine says she will be allowed to play her old songs at the awards.\n\nBlake said she wanted to perform her own music. Big Machine said it had never stopped her.' });
  const kinds = (doc.quotes ?? []).filter((q) => q.source && doc.text.slice(q.source.start, q.source.end) === 'Big Machine').map((q) => q.speaker.kind);
  assert.deepEqual(kinds, ['organization', 'organization']);
});

test('the frame between a split quotation\'s parts ("…,” Ben Ruiz said. “…”) is no part of the quotation: Ruiz is the next "he"', () => {
  const doc = analyzeDoc({ text: [
    'Economist Nathan Cole said the report was strong and that the bank would wait.',
    '',
    'Cole added that rates would stay on hold until the autumn, when the data would be clearer.',
    '',
    '“Just when you think the economy is crumbling, things reverse,” Ben Ruiz said. “We have seen this story a few times. The economy is not booming. It is not falling apart, either.”',
    '',
    'The May jobs data is “an unambiguously strong report,” he said.',
  ].join('\n') });
  const he = (doc.quotes ?? []).find((q) => q.source && doc.text.slice(q.source.start, q.source.end) === 'he');
  assert.equal(he?.speaker.name, 'Ben Ruiz');
});

test('a given name alone is the one person named in full with it ("Tessa explained")', () => {
  const doc = analyzeDoc({ text: 'Booking insider Tessa Bishop, Head of Sales at a travel firm, said prices were rising. According to Tessa, the best time to book is April. Tessa explained: “Prices drop in spring.”' });
  const names = (doc.quotes ?? []).filter((q) => q.source && doc.text.slice(q.source.start, q.source.end) === 'Tessa').map((q) => q.speaker.name);
  assert.deepEqual(names, ['Tessa Bishop', 'Tessa Bishop']);
});

test('a lead\'s office is the one person named later with it, not a shadow or former holder', () => {
  const speakers = (text: string) => analyzeDoc(text, { date: '2024-05-01', format: 'text' }).quotes.map((q) => q.speaker.name);
  assert.deepEqual(speakers('The Chancellor has signalled that tax rises are unlikely before the election. The shadow chancellor, Owen Tallis, said the speech was a missed opportunity.'),
    ['The Chancellor', 'Owen Tallis']);
  assert.deepEqual(speakers('The governor has signaled that tax rises are unlikely before the election. The governor, Rachel Moreton, said the plan was sound, while the former governor, Owen Tallis, called it a missed opportunity.'),
    ['Rachel Moreton', 'Rachel Moreton', 'Owen Tallis']);
});

test('a quotation split around its frame finds its relay in the frame between the pieces', () => {
  // composed: the content spans both pieces and the frame; only the pieces are blanked
  const doc = analyzeDoc({ text: '"We lost our shape," Dana Holt told Reuters after the match. "It will not happen again."' });
  const q = doc.quotes.find((x) => x.source && doc.text.slice(x.source.start, x.source.end) === 'Dana Holt');
  assert.ok(q && q.parts && q.parts.length === 2, JSON.stringify(q));
  assert.equal(`${q.via?.name} / ${q.via?.kind}`, 'Reuters / media');
});

test('an outlet\'s section ("BBC Sport", "CNN Politics") is media: "the club" is not it', () => {
  assert.equal(analyzeMention('BBC Sport').kind, 'media');
  assert.equal(analyzeMention('CNN Politics').kind, 'media');
  // (a known outlet's name with a word of no section is no outlet's section)
  assert.notEqual(analyzeMention('Times Square').kind, 'media');
  const doc = analyzeDoc({ text: 'The coach spoke to BBC Sport on Sunday. The club confirmed that the striker had hurt his knee.' });
  const q = doc.quotes.find((x) => x.cue && doc.text.slice(x.cue.start, x.cue.end) === 'confirmed');
  assert.ok(q);
  assert.notEqual(q.speaker.name, 'BBC Sport');
});

test('sport copy varies a name: "the Spaniard", "the Dutchman", "the winger" after a player who spoke is that player', () => {
  const spaniard = analyzeMention('the Spaniard');
  assert.equal(`${spaniard.form} / ${spaniard.kind} / ${spaniard.name}`, 'nominal / person / the Spaniard');
  assert.equal(analyzeMention('the Dutchwoman').gender, 'female');
  // (a people is no one person: "the French", "the Swiss")
  assert.notEqual(analyzeMention('the French').kind, 'person');
  assert.equal(analyzeMention('the goalkeeper').kind, 'person');
  const doc = analyzeDoc({ text: [
    'Carlos Ferreira beat the defending champion in straight sets on Friday.',
    '"I played my best tennis," the Spaniard told reporters.',
    '',
    'Kobina Asamoah, who scored twice, said the team had trained hard all week.',
    '"I just hit it and hoped," the winger said.',
  ].join('\n') });
  const by = (src: string) => doc.quotes.find((x) => x.source && doc.text.slice(x.source.start, x.source.end) === src);
  assert.equal(by('the Spaniard')?.speaker.name, 'Carlos Ferreira');
  assert.equal(by('the winger')?.speaker.name, 'Kobina Asamoah');
});

test('a document posted on a platform ("a statement on Telegram") is the document, not the platform; a report on a network is the network\'s', () => {
  const posted = analyzeMention('a statement on Telegram');
  assert.equal(`${posted.form} / ${posted.kind}`, 'document / document');
  assert.equal(analyzeMention('a post on Facebook').kind, 'document');
  assert.equal(`${analyzeMention('a report on CNN').name} / ${analyzeMention('a report on CNN').kind}`, 'CNN / media');
});

test('a letters page: each letter\'s "I" is the one who signed it on the line after it, not the page\'s writer', () => {
  const text = [
    'Letters on the tax vote.', '',
    'I cannot see why the council raised the tax again. The roads are still full of holes.', '',
    'Dana Whitcomb.', '', 'Springfield, Ill.', '',
    'I think the council was right to act. Schools need the money.', '',
    'Omar Haddad.', '',
  ].join('\n');
  const doc = analyzeDoc({ text });
  const think = doc.quotes.find((q) => q.cue && doc.text.slice(q.cue.start, q.cue.end) === 'think');
  assert.equal(think?.speaker.name, 'Omar Haddad', JSON.stringify(doc.quotes.map((q) => [q.source && doc.text.slice(q.source.start, q.source.end), q.speaker.name])));
  // (one name alone on a line is no letters page: the column's "I" stays its writer)
  const column = analyzeDoc({ text: 'I think the council was right to act. Schools need the money.\n\nPhoto by Dana Whitcomb.\n\nDana Whitcomb.' });
  assert.ok(column.quotes.every((q) => q.speaker.name !== 'Dana Whitcomb'));
});
