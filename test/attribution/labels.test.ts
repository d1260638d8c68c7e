import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import type { Span } from '../../src/doc/types.js';
import { boilerplateCleaner } from '../../src/clean/index.js';
import { segmenter } from '../../src/segment/index.js';
import { posTagger } from '../../src/pos/index.js';
import { entityRecognizer } from '../../src/entities/index.js';
import { analyzeDoc } from '../../src/analyze.js';
import { findAttributions, findLabelAttributions, findSignoffAttributions, type Attribution } from '../../src/attribution/index.js';

// Every sentence here is composed for the tests.
function prep(text: string): Doc {
  const d = new Doc(text);
  boilerplateCleaner.run(d); segmenter.run(d); posTagger.run(d);
  return d;
}
const str = (doc: Doc, s: Span | null) => (s ? doc.text.slice(s.start, s.end) : null);
const show = (doc: Doc, atts: Attribution[]) => atts.map((a) => ({ cue: str(doc, a.cue), source: str(doc, a.source), content: a.content.map((c) => str(doc, c)).join(' | '), rule: a.rule }));

const TRANSCRIPT = [
  'Harbor Town held a radio debate on Tuesday.',
  'HOST: Why should voters trust you with the port budget this time?',
  'MARA VOSS: Because I balanced it twice already. The numbers are public.',
  'Anyone can read them.',
  'HOST: And the ferry contract?',
  '(CROSSTALK)',
  'MARA VOSS: We will put it out to tender again next spring.',
  'The council meets again next week.',
].join('\n\n');

test('labels: transcript turns give the label as source and the turn as content', () => {
  const doc = prep(TRANSCRIPT);
  const turns = show(doc, findLabelAttributions(doc));
  assert.deepEqual(turns.map((t) => [t.cue, t.source, t.rule]), [
    [':', 'HOST', 'label:transcript'], [':', 'MARA VOSS', 'label:transcript'], [':', 'HOST', 'label:transcript'], [':', 'MARA VOSS', 'label:transcript'],
  ]);
  // (a turn's final punctuation is dropped, as PolNeAR spans are compared)
  assert.equal(turns[0]!.content, 'Why should voters trust you with the port budget this time');
  // an unlabelled paragraph before the next turn continues the turn
  assert.equal(turns[1]!.content, 'Because I balanced it twice already. The numbers are public.\n\nAnyone can read them');
  // a stage note does not; the paragraph after the last turn is the story again
  assert.equal(turns[2]!.content, 'And the ferry contract');
  assert.equal(turns[3]!.content, 'We will put it out to tender again next spring');
});

test('labels: two speakers named once each are a transcript', () => {
  // (the entity recognizer knows "Mara Voss" for a person; "Jake" is a given name)
  const doc = prep('The debate.\n\nJake Tapper: Will you raise the port fees this year?\n\nMara Voss: Not this year, and not the next either.');
  entityRecognizer.run(doc);
  assert.deepEqual(show(doc, findLabelAttributions(doc)).map((t) => t.source), ['Jake Tapper', 'Mara Voss']);
});

test('labels: a police log or the notes after a game (names and colons, no one talking) are no transcript', () => {
  const log = prep([
    'The following people were arrested this week by the county sheriff.',
    'Dana R. Pell: Possession of a stolen vehicle, driving with a suspended license; held on $5,000 bond.',
    'Mark T. Oduya: Burglary, theft of a firearm; released on his own recognizance.',
    'Lena Fischbach: Failure to appear in court, contempt; held without bond.',
    'Omar J. Reddy: Criminal mischief, resisting arrest; held on $2,500 bond.',
  ].join('\n\n'));
  entityRecognizer.run(log);
  assert.deepEqual(findLabelAttributions(log), []);
  const notes = prep([
    'Harbor Town beat Millbrook 98-91 on Tuesday night.',
    'Harbor Town: Hosts Millbrook again on Friday night at the arena.',
    'Millbrook: Travels to Eastport for a game on Sunday afternoon.',
  ].join('\n\n'));
  entityRecognizer.run(notes);
  assert.deepEqual(findLabelAttributions(notes), []);
});

test('labels: Q and A turns only as a pair', () => {
  const doc = prep('Q: How long did the repairs take in the end?\n\nA: Almost three years, and we are not done yet.');
  assert.deepEqual(show(doc, findLabelAttributions(doc)).map((t) => t.source), ['Q', 'A']);
  const lone = prep('The form asked one thing.\n\nA: Almost three years, and we are not done yet.\n\nThat was all.');
  assert.deepEqual(findLabelAttributions(lone), []);
});

test('labels: not turns: a single label, notes, score tables, name lists and subheads', () => {
  for (const text of [
    'The vote is on Friday.\n\nUPDATE: The vote has been moved to Monday morning.\n\nEditor\u2019s note: This story has been changed since it first ran.',
    'Results so far.\n\nGreen Party: 1,204.\n\nLabour: 3,310.',
    'The panel.\n\nOhio: Ann Berg, Tom Kale, Rita Moss, Joe Dunn.\n\nIowa: Lee Park, Sam Cole, Ida Voss, Ned Hart.',
    'The plans.\n\nVoss: A harbor for everyone\n\nKale: Lower fares first',
    'One sentence from Mara Voss: we will rebuild the pier.',
    // a forecast and a list of specifications: common words, each once
    'The week ahead.\n\nToday: Sunny with highs near 25 degrees and a light wind.\n\nTomorrow: Clouds building in the afternoon with rain.',
    'The jacket.\n\nFill Power: 800 goose down from farms in Poland.\n\nWeight: 340 grams for a medium size.',
    // an advice column's salutations: the one written to
    'DEAR HARRIET: My brother borrows money and never pays it back. What should I do?\n\nDEAR SISTER: Stop lending it and tell him why.',
  ]) {
    const doc = prep(text);
    assert.deepEqual(show(doc, findLabelAttributions(doc)), [], text);
  }
});

test('labels: headline "Speaker: claim" on the first line', () => {
  const doc = prep('Mayor Voss: Ferry Fares Will Not Rise This Year.\n\nThe mayor of Harbor Town spoke on Monday.');
  assert.deepEqual(show(doc, findLabelAttributions(doc)), [{ cue: ':', source: 'Mayor Voss', content: 'Ferry Fares Will Not Rise This Year', rule: 'label:headline' }]);
  // an addressee after "to" is not part of the source
  const to = prep('Voss to Fishermen: The Harbor Stays Open.\n\nShe spoke on Monday.');
  assert.equal(show(to, findLabelAttributions(to))[0]?.source, 'Voss');
});

test('labels: not headline speakers: kickers, phrases, verbs', () => {
  for (const text of [
    'The Latest: Ferry fares will not rise this year.\n\nMore soon.',
    'Breaking: Harbor Town closes its pier for the winter.\n\nMore soon.',
    'Big Win For Voss: Council Backs The Harbor Plan.\n\nMore soon.',
    'The One Thing Everyone Wants: Cheaper Ferries.\n\nMore soon.',
    'Ferry fares will not rise, says the mayor.\n\nMore soon.',
  ]) {
    const doc = prep(text);
    assert.deepEqual(findLabelAttributions(doc).filter((a) => a.rule === 'label:headline'), [], text);
  }
});

test('signoff: a quotation signed with a dash and a name', () => {
  const doc = prep('Readers wrote in.\n\n\u201cThe ferry is the only way my kids get to school.\u201d \u2015 Ana Ruiz\n\u201cFix the pier first, then talk about fares.\u201d \u2014 Tom Kale.');
  assert.deepEqual(show(doc, findSignoffAttributions(doc)).map((t) => [t.source, t.content]), [
    ['Ana Ruiz', '\u201cThe ferry is the only way my kids get to school.\u201d'],
    ['Tom Kale', '\u201cFix the pier first, then talk about fares.\u201d'],
  ]);
});

test('signoff: a dash paragraph after a quoted paragraph', () => {
  const doc = prep('The claims we checked.\n\n"Our harbor moves more freight than any port in the state."\n\n- Mara Voss.\n\nThat is not so.');
  const s = show(doc, findSignoffAttributions(doc));
  assert.deepEqual(s.map((t) => [t.cue, t.source, t.content, t.rule]), [['-', 'Mara Voss', '"Our harbor moves more freight than any port in the state."', 'signoff:quote']]);
});

test('signoff: not a sign-off: a dash inside a sentence, a short quoted term', () => {
  for (const text of [
    'She called the plan "a harbor for everyone" - Voss said so twice.',
    'The old pier - Kale Pier - closes in May.',
    'They call it the "ferry tax" \u2014 Ana Ruiz disagrees with the name.',
  ]) {
    const doc = prep(text);
    assert.deepEqual(findSignoffAttributions(doc), [], text);
  }
});

test('signoff: an embedded post is its signer\'s words: signature on its own paragraph, or closing the post\'s line', () => {
  // the post's lines (joined by single line breaks, as the HTML reader writes them) before a signature paragraph
  let doc = prep('The mayor answered online.\n\nThe ferry vote is off until April.\nResidents deserve the full costs first. pic.twitter.com/AbC123\n\n\u2014 Ines Marlow (@imarlow_example) March 3, 2025\n\nThe council did not reply.');
  assert.deepEqual(show(doc, findSignoffAttributions(doc)).map((t) => [t.cue, t.source, t.content, t.rule]), [
    ['\u2014', 'Ines Marlow', 'The ferry vote is off until April.\nResidents deserve the full costs first.', 'signoff:post'],
  ]);
  // on the post's own line, after a feed's markup; the account's display name may hold "of"
  doc = prep('Officials weighed in.\n\n<tweet id="1" author="@harbour_min">Ferries run again on Monday. https://t.co/x1 \u2014 Ministry of Harbours (@harbour_min) May 2, 2024</tweet>.');
  assert.deepEqual(show(doc, findSignoffAttributions(doc)).map((t) => [t.source, t.content]), [['Ministry of Harbours', 'Ferries run again on Monday.']]);
  // a text with one paragraph per line: the post is the line before its signature, not the lines above it
  doc = prep('The vote was delayed.\nMarlow proposed the delay.\nCosts come first, then the vote.\n\u2014 Ines Marlow (@imarlow_example) March 3, 2025');
  assert.deepEqual(show(doc, findSignoffAttributions(doc)).map((t) => t.content), ['Costs come first, then the vote.']);
});

test('signoff: not a post: a signature under a picture alone, a dash and a name with no account', () => {
  for (const text of [
    'Photos from the pier.\n\npic.twitter.com/AbC123\n\n\u2014 Ines Marlow (@imarlow_example) March 3, 2025',
    'The ferry vote is off until April \u2014 Ines Marlow wants the full costs first.',
  ]) {
    const doc = prep(text);
    assert.deepEqual(findSignoffAttributions(doc).filter((a) => a.rule === 'signoff:post'), [], text);
  }
});

test('merge: a signed quotation is one attribution, with the dash as cue', () => {
  const doc = prep('Readers wrote in.\n\n\u201cThe ferry is the only way my kids get to school every single morning.\u201d \u2015 Ana Ruiz\n\nThe council meets on Monday.');
  const atts = findAttributions(doc).filter((a) => a.content.some((c) => str(doc, c)!.includes('ferry')));
  assert.deepEqual(atts.map((a) => [str(doc, a.cue), str(doc, a.source), a.rule]), [['\u2015', 'Ana Ruiz', 'signoff:quote']]);
});

test('a "Q:"/"A:" interview with short answers: each answer is a turn of its own, the interviewee\'s', () => {
  const doc = analyzeDoc({ text: 'We asked the fan a few questions.\n\nQ: Favorite apps?\n\nA: Bleacher Report, Uber Eats, and ParkMobile\n\nQ: Favorite artists or groups?\n\nA: Bob Marley, Bruno Mars and Drake\n\nQ: Favorite athlete?\n\nA: Lebron James' });
  const turns = (doc.quotes ?? []).filter((q) => q.rule?.startsWith('label:'));
  assert.equal(turns.length, 6, JSON.stringify(turns.map((q) => doc.text.slice(q.content.start, q.content.end))));
  const answers = turns.filter((q) => doc.text[q.source!.start] === 'A');
  assert.deepEqual(answers.map((q) => doc.text.slice(q.content.start, q.content.end)), ['Bleacher Report, Uber Eats, and ParkMobile', 'Bob Marley, Bruno Mars and Drake', 'Lebron James']);
  assert.deepEqual([...new Set(answers.map((q) => q.speaker.name))], ['the interviewee']);
});
