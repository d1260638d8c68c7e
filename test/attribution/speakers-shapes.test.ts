import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakers } from '../helpers/speakers.ts';
import { analyze } from '../../src/analyze.ts';
import { Doc } from '../../src/doc/doc.ts';
import { segmenter } from '../../src/segment/index.ts';
import { postSigner } from '../../src/attribution/finders/signoff.ts';
import { analyzeMention, conjoinedPersons, segments } from '../../src/attribution/speakers/mention.ts';


test('a title of nobility with "of" and a place is the person\'s name whole', () => {
  const m = analyzeMention('the Duchess of Westmoor');
  assert.equal(m.name, 'Duchess of Westmoor');
  assert.equal(m.kind, 'person');
  assert.equal(m.gender, 'female');
  const s = speakers('The Earl of Dunmere said the estate would open in May. "We have waited long enough," he added.');
  assert.equal(s.get('The Earl of Dunmere'), 'Earl of Dunmere / person');
  assert.equal(s.get('he'), 'Earl of Dunmere / person');
});

test('an unnamed professional at a named place is an anonymous source, not the place', () => {
  assert.equal(analyzeMention('a professor at the University of Halden').kind, 'anonymous');
  assert.equal(analyzeMention('an analyst with Crane Capital').kind, 'anonymous');
  assert.equal(analyzeMention('Officials at the Port Authority').kind, 'anonymous');
  // the name after the apposition is the attorney, not the client
  assert.equal(analyzeMention('An attorney for Ruiz, Dana Feld,').name, 'Dana Feld');
  // a role holder named before the place keeps the name
  assert.equal(analyzeMention('Secretary of State Mara Quill').name, 'Mara Quill');
  const s = speakers('"The data are thin," said a professor at the University of Halden.');
  assert.equal(s.get('a professor at the University of Halden'), 'a professor at the University of Halden / anonymous');
});

test('after an honorific a role word is a surname, unless it is a form of address', () => {
  assert.equal(analyzeMention('Mr. King').name, 'King');
  assert.equal(analyzeMention('Mr. King').kind, 'person');
  assert.notEqual(analyzeMention('Mr. President').kind, 'person');
  const s = speakers('The host Larry King joined the network in 2013. Mr. King said he was free to speak his mind.');
  assert.equal(s.get('Mr. King'), 'Larry King / person');
});

test('a capitalized plural group is an unnamed group of people', () => {
  const s = speakers('Democrats said the bill was rushed. Protesters said they would return on Friday. Authorities said the road was closed.');
  assert.equal(s.get('Democrats'), 'Democrats / anonymous');
  assert.equal(s.get('Protesters'), 'Protesters / anonymous');
  assert.equal(s.get('Authorities'), 'Authorities / anonymous');
});

test('a phrase dash separates a name from its description', () => {
  assert.deepEqual(segments('Kall -- co-editor of a book', 0).map((x) => x.text.trim()), ['Kall', 'co-editor of a book']);
  assert.deepEqual(segments('Aaron Kall \u2014 a coach', 0).map((x) => x.text.trim()), ['Aaron Kall', 'a coach']);
  // a hyphen or an en dash in a range is not a phrase dash
  assert.equal(segments('the 2014\u20132016 co-chair', 0).length, 1);
  assert.equal(analyzeMention('Kall -- co-editor of Debating The Donald').name, 'Kall');
});

test('abbreviated titles are kept as full roles, so a later description finds the person', () => {
  assert.deepEqual(analyzeMention('Gov. Chris Dale').roles, ['governor']);
  assert.equal(analyzeMention('Del. Stacey Moor').name, 'Stacey Moor');
  assert.equal(analyzeMention('Del Shannon').name, 'Del Shannon');
  const s = speakers('Gov. Chris Dale signed the budget on Monday. The governor said it was balanced.');
  assert.equal(s.get('The governor'), 'Chris Dale / person');
});

test('speaker labels in capitals in a transcript are people', () => {
  const s = speakers([
    'Radio host Nadia Brennan pressed Senator Paul Oakes on the budget.',
    '',
    '"BRENNAN: Will you vote for it?',
    '',
    '"OAKES: Not as it stands.',
  ].join('\n'));
  assert.equal(s.get('BRENNAN'), 'Nadia Brennan / person');
  assert.equal(s.get('OAKES'), 'Paul Oakes / person');
});

test('a surname typed as an organization is the person who spoke under that name', () => {
  const s = speakers('Harbor City Mayor Jennifer Oakley said Friday that the video should be released. Oakley also said the city would pay for the repairs.');
  assert.equal(s.get('Oakley'), 'Jennifer Oakley / person');
});

test('several people named together speak together; each name is resolved', () => {
  const s = speakers([
    'Senators Charles E. Grassley of Iowa and Patrick J. Leahy of Vermont wrote to the agency in May.',
    'Mr. Grassley and Mr. Leahy said the program was open to fraud.',
    'They added that the rules had not changed since 1990.',
    'Both Grassley and Leahy said they would hold hearings.',
  ].join(' '));
  assert.equal(s.get('Mr. Grassley and Mr. Leahy'), 'Charles E. Grassley and Patrick J. Leahy / person');
  assert.equal(s.get('They'), 'Charles E. Grassley and Patrick J. Leahy / person');
  assert.equal(s.get('Both Grassley and Leahy'), 'Charles E. Grassley and Patrick J. Leahy / person');
});

test('a body named with "and" or a name with more than a person is not a list of people', () => {
  const s = speakers([
    'The National Academies of Sciences, Engineering and Medicine said the study was sound.',
    'Trump and his aides said the poll was wrong.',
  ].join(' '));
  // a named person with people left unnamed is an unnamed group, not two persons
  assert.equal(s.get('Trump and his aides'), 'Trump and his aides / anonymous');
  for (const [source, speaker] of s) if (/Academies/.test(source)) assert.ok(!/Engineering and Medicine/.test(speaker), speaker);
});

test('plural descriptions of people are unnamed groups; "the agency" is an organization, not an outlet', () => {
  assert.equal(analyzeMention('Democratic presidents').kind, 'anonymous');
  assert.equal(analyzeMention('Historians').kind, 'anonymous');
  // bodies left unnamed are an unnamed group too, but no person nominal
  assert.equal(analyzeMention('rival campaigns').form, 'anonymous');
  assert.equal(analyzeMention('the agency').kind, 'organization');
  assert.equal(analyzeMention('The S.E.C.').kind, 'organization');
  assert.equal(analyzeMention('The recording').kind, 'document');
});

test('a surname met before the full name takes it once the article gives it, unless the genders differ', () => {
  const s = speakers([
    'De Blasio said the city was safe.',
    'Mayor Bill de Blasio spoke at a news conference on Sunday.',
  ].join(' '));
  assert.equal(s.get('De Blasio'), 'Bill de Blasio / person');
  // a "Mr." is not the woman who shares his surname
  const u = speakers('Mr. Obama said the law would stand. Michelle Obama spoke later.');
  assert.notEqual(u.get('Mr. Obama'), 'Michelle Obama / person');
});

test('peoples and groups of people named by their members are unnamed groups', () => {
  assert.equal(analyzeMention('Many Mexicans').kind, 'anonymous');
  assert.equal(analyzeMention('A group of doctors').kind, 'anonymous');
  assert.equal(analyzeMention('Not everyone').kind, 'anonymous');
  assert.equal(analyzeMention('the fund').kind, 'organization');
  const s = speakers('Many Latinos said the ads were insulting.');
  assert.equal(s.get('Many Latinos'), 'Many Latinos / anonymous');
});

test('an em dash separates a name from a relative clause', () => {
  const s = speakers('Sen. Lindsey Graham spoke first. Graham\u2014who endorsed Cruz\u2014said the race was over.');
  assert.equal(s.get('Graham\u2014who endorsed Cruz'), undefined);
  for (const [source, speaker] of s) if (source.startsWith('Graham')) assert.equal(speaker, 'Lindsey Graham / person');
});

test('a description finds the person whose abbreviated title it spells out; relatives never named stay unnamed', () => {
  const s = speakers([
    'New Jersey Gov. Chris Dale toured the shore on Monday with reporters.',
    'The governor said the beaches would open in June.',
    'Her daughter said the family had left the state.',
  ].join(' '));
  assert.equal(s.get('The governor'), 'Chris Dale / person');
  assert.equal(s.get('Her daughter'), 'Her daughter / anonymous');
});

test('a watchdog named "... Watch" is an organization, not a person', () => {
  assert.equal(analyzeMention('Judicial Watch').kind, 'organization');
  assert.equal(analyzeMention('Human Rights Watch').kind, 'organization');
});

test('a role description right after a named person is that person, unless party or office say otherwise', () => {
  const s = speakers([
    'Susan Quill is saying little about her debate practice.',
    'The Democratic nominee said the moderators would be fair.',
  ].join(' '));
  assert.equal(s.get('The Democratic nominee'), 'Susan Quill / person');
  const t = speakers([
    'Sen. Omar Pell spoke to reporters on Monday.',
    'The former secretary of state said the treaty was dead.',
  ].join(' '));
  assert.notEqual(t.get('The former secretary of state'), 'Omar Pell / person');
  // an occupation is not another one held by the person just named ("the coach" is not the chief executive), and is the same one
  const u = speakers('Chief executive Dana Whitcombe said sales were up. The coach insisted his team had been unlucky.');
  assert.notEqual(u.get('The coach'), 'Dana Whitcombe / person');
  const v = speakers('Coach Dana Whitcombe said the squad was tired. The coach insisted the team had been unlucky.');
  assert.equal(v.get('The coach'), 'Dana Whitcombe / person');
});

test('a named person at a workplace is the person; a document noun before a place is the document', () => {
  assert.equal(analyzeMention('Dan McLaughlin at the National Review').name, 'Dan McLaughlin');
  assert.equal(analyzeMention('Dan McLaughlin at the National Review').kind, 'person');
  assert.equal(analyzeMention('some polls in the Middle West and Florida').kind, 'document');
  assert.equal(analyzeMention('Americans').kind, 'anonymous');
  assert.equal(analyzeMention('European citizens').kind, 'anonymous');
});

test('"his campaign", "her advisers": the body or the people of the person the pronoun stands for', () => {
  const s = speakers([
    'Nora Lind spoke in Ohio on Monday. Her campaign said the crowd was large.',
    'Omar Haddad toured a factory. His advisers said he would return.',
  ].join(' '));
  assert.equal(s.get('Her campaign'), 'Lind campaign / organization');
  assert.equal(s.get('His advisers'), "Omar Haddad's advisers / anonymous");
});

test('an unnamed plural, a share of those asked, or a record that speaks is not "unknown"', () => {
  // plurals that are no person nouns: bodies or people left unnamed
  assert.equal(analyzeMention('county election boards').kind, 'anonymous');
  assert.equal(analyzeMention('tenant groups').kind, 'anonymous');
  // the head after "X and": "state and local leaders" are leaders
  assert.equal(analyzeMention('state and local leaders').head, 'leaders');
  // shares of those polled
  assert.equal(analyzeMention('Forty-one percent').kind, 'anonymous');
  assert.equal(analyzeMention('38 percent of those surveyed').kind, 'anonymous');
  assert.equal(analyzeMention('a majority').kind, 'anonymous');
  // records and agreements are documents; spans of time are no one
  assert.equal(analyzeMention('the county tax returns').kind, 'document');
  assert.equal(analyzeMention('the 2019 accord').kind, 'document');
  assert.equal(analyzeMention('three years').kind, 'unknown');
  const s = speakers('Forty-one percent said the tax was too high, the poll found. Tenant groups said the rent rules were unfair.');
  assert.equal(s.get('Forty-one percent'), 'Forty-one percent / anonymous');
  assert.equal(s.get('Tenant groups'), 'Tenant groups / anonymous');
});

test('someone who speaks beside the people a text is about is not the person named before', () => {
  const s = speakers('Senator Ada Brennan answered questions for an hour. The moderator said the time was up.');
  assert.equal(s.get('The moderator'), 'The moderator / anonymous');
});

test('a relative pronoun is the phrase it attaches to; "who" is said of people, not of a place or a bank', () => {
  const one = (text: string) => [...speakers(text)].find(([source]) => /^(who|which|that)$/i.test(source))?.[1];
  // an unnamed group never met before
  assert.equal(one('The plan drew fire from hospital administrators, who said the rules would close rural clinics.'), 'hospital administrators / anonymous');
  assert.equal(one('The change was welcomed by both Democrats and Republicans, who said the old map was unfair.'), 'both Democrats and Republicans / anonymous');
  // a parenthetical between the name and "who"
  assert.equal(one('The plan was backed by Senator Ada Brennan (D-Ore.), who said the clinics could adapt.'), 'Ada Brennan / person');
  // the person an apposition describes, not where they work or live
  assert.equal(one('The mayor met Tom Reyes, an analyst at Harlow Bank, who said the bonds were safe.'), 'Tom Reyes / person');
  assert.equal(one('"We will be there," said Nora Pike, 41, a volunteer for the campaign in Dayton who said she would march.'), 'Nora Pike / person');
  // "which" of a record
  assert.equal(one('The board relied on the 2019 audit, which found that the fund had lost money.'), 'the 2019 audit / document');
});

test('an unnamed aide or spokesperson of a person is unnamed, not the person; a body\'s spokesperson keeps the body', () => {
  assert.equal(analyzeMention('A spokeswoman for Senator Ada Brennan').kind, 'anonymous');
  assert.equal(analyzeMention('a longtime adviser to Tom Reyes').kind, 'anonymous');
  assert.equal(analyzeMention('Aides to Ms. Brennan').kind, 'anonymous');
  assert.equal(analyzeMention('a spokesman for the Harbor Planning Committee').kind, 'organization');
  const s = speakers('Ada Brennan toured the plant on Monday. A spokeswoman for Ada Brennan said the visit was planned.');
  assert.equal(s.get('A spokeswoman for Ada Brennan'), 'A spokeswoman for Ada Brennan / anonymous');
});

test('"the campaign" is the campaign named before, not the last body named; "the court" is a court', () => {
  const s = speakers([
    'Brennan’s campaign bought airtime in three states this week, a filing with the Federal Election Commission shows.',
    'The FBI said it had closed the inquiry. The campaign said the ads would run until November.',
  ].join(' '));
  assert.match(s.get('The campaign') ?? '', /^Brennan(?:'s)? campaign \/ organization$/);
  const c = speakers('The Ohio Supreme Court heard the case in May. The teachers’ association said the law was unfair. The court said the law stands.');
  assert.equal(c.get('The court'), 'Ohio Supreme Court / organization');
});

test('"I" outside any quotation is the writer: named by a closing line about them, else an anonymous author; not in an interview', () => {
  const essay = [
    'I grew up in a mill town. I know how a closed plant empties a street.',
    'My neighbors still say the mill will come back, but I think they know better.',
    'Ruth Okafor is a nurse and the author of a memoir about the town.',
  ].join('\n\n');
  const s = speakers(essay);
  assert.equal(s.get('I'), 'Ruth Okafor / person');
  // a news paragraph about a named person is no line about the writer
  const news = speakers('I think the vote was rushed.\n\nDana Lee, a spokeswoman for the council, said the vote was on time.');
  assert.equal(news.get('I'), 'the author / anonymous');
  // an interview: the one who answers says "I", not the writer
  const qa = speakers('Q: Will you run again?\n\nA: I think I will decide in May.\n\nQ: Why wait?\n\nA: I want to see the budget first.');
  for (const [source, speaker] of qa) if (/^I$/.test(source)) assert.notEqual(speaker, 'the author / anonymous');
});

test('an adjective opening a sentence before a document is no owner ("Preliminary investigation suggested"); a name there is', () => {
  for (const m of ['Preliminary investigation', 'Internal emails', 'Further investigation', 'Initial report']) {
    const r = analyzeMention(m);
    assert.deepEqual([r.kind, r.name], ['document', m], m);
  }
  assert.deepEqual([analyzeMention('The Harlan report').kind, analyzeMention('The Harlan report').name], ['person', 'Harlan']);
  // (a British spelling of a role is a role: "Organiser Kelly L Clarke" is Kelly L Clarke)
  assert.equal(analyzeMention('Organiser Kelly L Clarke').name, 'Kelly L Clarke');
});

test('a name inside a quoted title is not the document\'s owner ("The NCRB\'s “Crime in India 2023” report" is the NCRB\'s)', () => {
  const s = speakers('Thefts are rising. The HCRB\u2019s \u201cCrime in France 2023\u201d report shows that the region has the most cases in the country.');
  assert.match(s.get('The HCRB\u2019s \u201cCrime in France 2023\u201d report') ?? '', /^HCRB/);
});

test('names listed after "including" or "such as" are examples of the group that speaks, not its speaker', () => {
  for (const [m, name] of [
    ['Warsaw\u2019s Nordic allies, including Norway\u2019s Ingrid Dahl and Finland\u2019s Mikko Saari', 'Warsaw\u2019s Nordic allies'],
    ['Several mayors, such as Ana Ruiz', 'Several mayors'],
  ]) {
    const r = analyzeMention(m!);
    assert.deepEqual([r.kind, r.name], ['anonymous', name], m);
  }
});

test('no one named only in the statement itself made it: "the center" after a quotation naming another body', () => {
  const s = speakers('Rain fell at the Harbor Forecast Center on Sunday. \u201cFlooding is likely along the Ellis Marina and the Port Wade Authority docks,\u201d wrote the center.');
  assert.match(s.get('the center') ?? '', /^Harbor Forecast Center \/ organization/);
});

test('a document made in a place speaks as itself, not as the place ("An investigation in Sweden has revealed ...")', () => {
  const s = speakers('An investigation in Sweden has revealed that clerks leaked tax files to a gang.');
  assert.equal(s.get('An investigation in Sweden'), 'An investigation in Sweden / document');
});

test('a participle or an adverb after a document\'s or a person\'s noun opens what follows ("the letter signed by seven doctors", "the tweet shown", "a spokesman also")', () => {
  for (const [m, kind, head] of [['the letter signed by seven doctors', 'document', 'letter'], ['the tweet shown', 'document', 'tweet'], ['a spokesman also', 'anonymous', 'spokesman'], ['the poll conducted in May', 'document', 'poll'], ['Prosecutors', 'anonymous', 'prosecutors'], ['Everyone', 'anonymous', 'everyone']]) {
    const r = analyzeMention(m!);
    assert.deepEqual([r.kind, r.head], [kind, head], m);
  }
});

test('an "I" inside reported speech is the writer\'s, not the speaker\'s; inside quoted words it is the speaker\'s', () => {
  const s = speakers('I grew up in a mill town.\n\nMy neighbours still say the mill will come back, but I think they know better.');
  assert.equal(s.get('I'), 'the author / anonymous');
  const q = speakers('Mayor Ana Ruiz said the mill would be back: \u201cI will see to it myself.\u201d');
  assert.notEqual(q.get('I') ?? 'Ana Ruiz / person', 'the author / anonymous');
});

test('a poll speaks as a record whoever ran it; a document described by what follows is the document, unless its author follows', () => {
  for (const m of ['A Harlow Post poll', 'a poll by Quinnipiac', 'Gallup Poll', 'New Poll', 'a Marlow/Reyes poll released last week']) {
    assert.equal(analyzeMention(m).kind, 'document', m);
  }
  // the report of an outlet is still the outlet's
  assert.equal(analyzeMention('a BBC report').kind, 'media');
  assert.equal(analyzeMention('A 2019 study that appeared in the Lancet Review').kind, 'document');
  assert.equal(analyzeMention('Data from the 2020 Housing Survey').kind, 'document');
  assert.equal(analyzeMention('one slide').kind, 'document');
  // the author after the document speaks
  assert.equal(analyzeMention('a lawsuit filed in Ohio by Dana Feld').name, 'Dana Feld');
  const s = speakers('A 2019 study that appeared in the Lancet Review found that the drug worked. A Harlow Post poll found that voters were split.');
  assert.equal(s.get('A 2019 study that appeared in the Lancet Review'), 'A 2019 study that appeared in the Lancet Review / document');
  assert.equal(s.get('A Harlow Post poll'), 'A Harlow Post poll / document');
});

test('a role description with a place takes the person named right before; an earlier unnamed description of the role does not keep it', () => {
  const s = speakers('Tom Reyes charges that the deal hurt workers. The Ohio businessman says the plants will come back.');
  assert.equal(s.get('The Ohio businessman'), 'Tom Reyes / person');
  // two sentences back is too far for a description with a place
  const far = speakers('Tom Reyes charges that the deal hurt workers. The plants closed in May. The mills closed in June. The Ohio businessman says they will come back.');
  assert.notEqual(far.get('The Ohio businessman'), 'Tom Reyes / person');
  const t = speakers([
    'The GOP nominee complained about his microphone on Tuesday.',
    'The debate drew a record audience. Ratings rose in every state. Viewers stayed late.',
    'Susan Quill says she has big plans for October. The Republican presidential nominee noted that the campaign had raised $20 million.',
  ].join(' '));
  assert.equal(t.get('The Republican presidential nominee'), 'Susan Quill / person');
  // a place in the description that another place written with the person contradicts
  for (const text of ['Texas Sen. Omar Pell spoke on Monday. The Florida senator said the bill was dead.',
    'Omar Pell (R-Texas) spoke on Monday. The Florida senator said the bill was dead.']) {
    assert.notEqual(speakers(text).get('The Florida senator'), 'Omar Pell / person', text);
  }
  // two people described together are not one of them
  const u = speakers('Susan Quill spoke on Monday. The Ohio senator and the Texas governor said the bill would pass.');
  assert.notEqual(u.get('The Ohio senator and the Texas governor'), 'Susan Quill / person');
});

test('a plural head with what qualifies it is the group, not a name in the qualifier', () => {
  for (const m of ['Twelve states led by Ohio and industry groups', 'Critics of the Harbor plan, like Senator Ada Brennan', 'lawyers for both Tom and Ann Hale',
    'Republicans on the House Appropriations Committee', 'Voters worried about the Dayton plant']) {
    assert.equal(analyzeMention(m).kind, 'anonymous', m);
  }
  assert.equal(analyzeMention('reports like the 2019 Housing Assessment').kind, 'document');
  // a body's name in title case is not a group ("Citizens for ..."); time is no group
  assert.notEqual(analyzeMention('Citizens for Clean Water in Ohio').kind, 'anonymous');
  assert.equal(analyzeMention('The timeline of events in the case').kind, 'document');
  const s = speakers('Critics of the Harbor plan, like Senator Ada Brennan, said the cost was too high.');
  assert.equal(s.get('Critics of the Harbor plan, like Senator Ada Brennan'), 'Critics of the Harbor plan, like Senator Ada Brennan / anonymous');
});

test('a quantifier standing alone is people left unnamed', () => {
  for (const m of ['Many', 'Some', 'Others', 'Several']) assert.equal(analyzeMention(m).kind, 'anonymous', m);
  const s = speakers('The council voted on Monday. Many said the vote came too late.');
  assert.equal(s.get('Many'), 'Many / anonymous');
});

test('common given names carry their gender, so "he" does not go to a woman', () => {
  assert.equal(analyzeMention('Bianca Jones').gender, 'female');
  assert.equal(analyzeMention('Shaun Bowles').gender, 'male');
  const s = speakers('Bianca Jones, a friend of the family, wrote on Facebook that the town was grieving. Shaun Bowles confirmed the news to reporters. "We are heartbroken," he said.');
  assert.equal(s.get('he'), 'Shaun Bowles / person');
});

test('an outlet\'s plural possessive before a name is not part of it; people taken together are unnamed', () => {
  assert.equal(analyzeMention("Harbor News' Dana Feld").name, 'Dana Feld');
  assert.equal(analyzeMention('Harbor News\u2019 Dana Feld').name, 'Dana Feld');
  assert.equal(analyzeMention("the Daily Times' Tom Reyes").name, 'Tom Reyes');
  for (const m of ['the media', 'organized labor', 'the public']) assert.equal(analyzeMention(m).kind, 'anonymous', m);
});

test('a body named by its trade or place is an organization, not the last body named; the reader\'s "your" is no one', () => {
  assert.equal(analyzeMention('The airline').kind, 'organization');
  assert.equal(analyzeMention('the city').kind, 'organization');
  assert.equal(analyzeMention('state and local leaders').kind, 'anonymous');
  assert.equal(analyzeMention('your doctor').kind, 'unknown');
  const s = speakers('The Civil Aviation Authority said the engine had failed. The airline said it would respond later.');
  assert.equal(s.get('The airline'), 'The airline / organization');
});

test('the British prime minister\'s office speaks as a body; a leader\'s given name carries a gender', () => {
  assert.equal(analyzeMention('No 10').kind, 'organization');
  assert.equal(analyzeMention('Number 10').kind, 'organization');
  const s = speakers('Sir Keir Starmer has said he will keep the rules. The Prime Minister said the gifts were declared.');
  assert.equal(s.get('The Prime Minister'), 'Keir Starmer / person');
});

test('an owner\'s document followed by whom it is addressed to is the owner\'s, not the addressee\'s', () => {
  assert.equal(analyzeMention("The Harbor Party's letter to Dana Feld, the commissioner").name, 'Harbor Party');
  assert.equal(analyzeMention("Senator Ada Brennan's bill on housing").name, 'Ada Brennan');
  assert.equal(analyzeMention("Reyes' fundraising email to his supporters").name, 'Reyes');
});

test('a person the lead describes by office is the one person named later with that office', () => {
  const s = speakers([
    'Judge rejects bid to unseal records.',
    'A Texas judge has rejected a request to unseal the records, saying the court has no business in the race.',
    'The Dallas Herald and the Plains Gazette had asked for the files. Their lawyers said voters deserved to see them.',
    'District Judge Helena Ortiz wrote that the files would stay sealed.',
  ].join('\n\n'));
  assert.equal(s.get('A Texas judge'), 'Helena Ortiz / person');
  // no office in common: the description stays unnamed
  const t = speakers([
    'Rancher sues county.',
    'A Texas rancher said the new road cuts his land in two.',
    'District Judge Helena Ortiz said the case would be heard in May.',
  ].join('\n\n'));
  assert.equal(t.get('A Texas rancher'), 'A Texas rancher / anonymous');
});

test('a doer\'s noun the lexicon lacks is a person left unnamed, not the place before it; things with that ending are not', () => {
  const s = speakers('A Texas rancher said the new road cuts his land in two.');
  assert.equal(s.get('A Texas rancher'), 'A Texas rancher / anonymous');
  assert.equal(analyzeMention('the welder').kind, 'anonymous');
  assert.equal(analyzeMention('a physicist').kind, 'anonymous');
  assert.equal(analyzeMention('another').kind, 'anonymous');
  for (const thing of ['a voiceover', 'the computer', 'another moment', 'a $2 billion merger']) assert.notEqual(analyzeMention(thing).kind, 'anonymous', thing);
});

test('an outlet named by a news service or agency is media', () => {
  assert.equal(analyzeMention('Prairie News Service').kind, 'media');
  assert.equal(analyzeMention('the Harbin News Agency').kind, 'media');
  assert.equal(analyzeMention('the Forestry Service').kind, 'organization');
});

test('records shared by two modifiers are documents; "the chair" is the person named as chairwoman', () => {
  assert.equal(analyzeMention('national and statewide Republican polls').kind, 'document');
  assert.equal(analyzeMention('state and local leaders').kind, 'anonymous');
  const s = speakers('League Chairwoman Maria Whitcomb met the board on Monday. Treasurer Tom Alvarez presented the budget. Later, the chair said the vote would be held in May.');
  assert.equal(s.get('the chair'), 'Maria Whitcomb / person');
});

test('a named person\'s relative is the one other person of that surname the article names', () => {
  const s = speakers([
    'Marcus Delaney Hill\'s wife said the police had the wrong man.',
    'Tanya Hill told reporters that her husband was unarmed.',
  ].join(' '));
  assert.equal(s.get('Marcus Delaney Hill\'s wife'), 'Tanya Hill / person');
  // two people of that surname: the relative stays unnamed
  const t = speakers([
    'Marcus Delaney Hill\'s wife said the police had the wrong man.',
    'Tanya Hill and Rosa Hill told reporters that he was unarmed.',
  ].join(' '));
  assert.equal(t.get('Marcus Delaney Hill\'s wife'), 'Marcus Delaney Hill\'s wife / anonymous');
});

test('a named person "of" or "from" a body is the person; a long plural doer\'s noun opening a sentence is people', () => {
  assert.equal(analyzeMention('Laura Brennan of the Midland Policy Institute').name, 'Laura Brennan');
  assert.equal(analyzeMention('Laura Brennan from Coastal Justice in Port Elliot').name, 'Laura Brennan');
  assert.equal(analyzeMention('Environmentalists').kind, 'anonymous');
  // (surnames end like plural doers: "Sanders", "Rogers")
  assert.equal(analyzeMention('Sanders').kind, 'person');
  // a document of several authors stays the document
  assert.equal(analyzeMention('A study by Laura Brennan and Tom Ruiz of the Midland Policy Institute').kind, 'document');
  const s = speakers('Campaigners said the dam would flood three villages. They asked for a new survey.');
  assert.equal(s.get('Campaigners'), 'Campaigners / anonymous');
  assert.equal(s.get('They'), 'Campaigners / anonymous');
});

test('a name the text calls a newspaper is media; a document made in a place is the document; a pair of people is people', () => {
  const s = speakers('Officials were shaken by revelations by newspaper Dagens Bladet. Dagens Bladet said that several staff had resigned.');
  assert.equal(s.get('Dagens Bladet'), 'Dagens Bladet / media');
  assert.equal(analyzeMention('An investigation in Sweden').kind, 'document');
  assert.equal(analyzeMention('a report in the Washington Post').kind, 'media');
  assert.equal(analyzeMention('The pair').kind, 'anonymous');
  assert.notEqual(analyzeMention('The pair of editorials').kind, 'anonymous');
});

test('a person\'s document and relatives: "His website" is his; "his ex-wife" is the one other person of his surname', () => {
  const s = speakers([
    'Mayor Daniel Okafor spoke on Monday. His website said the budget was balanced.',
    'His ex-wife said the figures were wrong. Grace Okafor has run the city\'s audit office since 2010.',
  ].join(' '));
  assert.equal(s.get('His website'), 'Daniel Okafor / person');
  assert.equal(s.get('His ex-wife'), 'Grace Okafor / person');
});

test('people listed with their party labels are the group; "the city of X" is its government', () => {
  assert.deepEqual(conjoinedPersons('senator Bob Keller, R-Tenn., and Laura Diaz, R-S.C.', 0)?.map((p) => p.text), ['senator Bob Keller', 'Laura Diaz']);
  assert.equal(conjoinedPersons('former Ohio Gov. and party chair Ed Ramsey', 0), null);
  const s = speakers('The city of Harlow said the rally would go ahead. The city added that it had hired more police.');
  assert.equal(s.get('The city of Harlow'), 'city of Harlow / organization');
  assert.equal(s.get('The city'), 'city of Harlow / organization');
});

test('a body described with a word of its name is that body, not the last body of its type', () => {
  const s = speakers('The Supreme Court declined the case in May. The U.S. Court of Appeals for the Ninth Circuit had ruled against the rule. The Supreme Court said nothing. Later, the appeals court said the rule was void.');
  assert.match(s.get('the appeals court') ?? '', /^U\.S\. Court of Appeals/);
});

test('a list of people followed by "all" is the group; a full name in the source names the entity known by surname', () => {
  assert.deepEqual(conjoinedPersons('Jeff Markel (D-Ore.), Sara Brown (D-Ohio) and Rob Mendez (D-N.J.) all', 0)?.map((p) => p.text), ['Jeff Markel (D-Ore.)', 'Sara Brown (D-Ohio)', 'Rob Mendez (D-N.J.)']);
  const s = speakers('Pence defends the ticket. Pence said on Monday that the polls were wrong. Mike Pence said the campaign would spend more in Ohio.');
  assert.equal(s.get('Mike Pence'), 'Mike Pence / person');
  assert.equal(s.get('Pence'), 'Mike Pence / person');
});

test('one capitalized plural common noun opening a sentence is no person: people, records or nothing', () => {
  const s = speakers('Protests continued in Harlow on Friday. Employers said the strike had cost them. Reports said the talks had failed.');
  assert.equal(s.get('Protests'), 'Protests / unknown');
  assert.equal(s.get('Employers'), 'Employers / anonymous');
  assert.equal(s.get('Reports'), 'Reports / document');
  // a surname the text names stays the person
  const t = speakers('Senator Ann Sanders spoke on Monday. Sanders said the bill would pass.');
  assert.equal(t.get('Sanders'), 'Ann Sanders / person');
});

test('"This" and deeds in -ings are no group of people; "those surveyed" are', () => {
  assert.notEqual(analyzeMention('This').kind, 'anonymous');
  assert.notEqual(analyzeMention('shortcomings').kind, 'anonymous');
  assert.equal(analyzeMention('his siblings').kind, 'anonymous');
  assert.equal(analyzeMention('those surveyed').kind, 'anonymous');
  assert.equal(analyzeMention('human rights groups').kind, 'anonymous');
});

test('a reply\'s first word is no name: "Yes", "Well," and an interview\'s "A:" are read past', () => {
  assert.notEqual(analyzeMention('Yes').kind, 'person');
  assert.equal(analyzeMention('Yes').form, 'unknown');
  assert.equal(analyzeMention('A: Yes, I').form, 'pronoun');
  assert.equal(analyzeMention('Well, he').name, 'he');
  assert.equal(analyzeMention('Mr. Well').name, 'Well');
});

test('a candidate\'s campaign has one name, whichever way the text writes it', () => {
  for (const t of ['Maria Lopez\'s presidential campaign', 'the Lopez campaign', 'Lopez\'s campaign', 'The Maria Lopez re-election campaign']) assert.equal(analyzeMention(t).name, 'Lopez campaign', t);
  assert.equal(analyzeMention('the Democratic National Committee campaign').name, 'the Democratic National Committee campaign');
});

test('a participle after a record\'s or a person\'s noun opens what follows: the head is the noun', () => {
  assert.equal(analyzeMention('a Harbor Post database tracking such deaths').kind, 'document');
  assert.equal(analyzeMention('the military officers running the country').head, 'officers');
  assert.equal(analyzeMention('the ruling party').kind, 'organization');
  assert.equal(analyzeMention('Harbor Pollster\'s polling average').kind, 'document');
});

test('an acronym after lower-case role words is a body\'s; after a capitalized title, a person\'s initials', () => {
  assert.equal(analyzeMention('The executive council for the 1.6 million member HFT').kind, 'organization');
  assert.equal(analyzeMention('Gen. JB').kind, 'person');
});

test('any country that speaks is its government; a name that is also a given name is not taken for one', () => {
  assert.equal(analyzeMention('South Africa').name, 'South Africa');
  assert.equal(analyzeMention('South Africa').kind, 'organization');
  assert.equal(analyzeMention('Oman').kind, 'organization');
  const s = speakers('South Africa accused the company of dumping steel. Oman said it had found a gap in the market.');
  assert.equal(s.get('South Africa'), 'South Africa / organization');
  assert.equal(s.get('Oman'), 'Oman / organization');
});

test('a person described by age is the person the text is about, or someone unnamed', () => {
  assert.equal(analyzeMention('The 37-year-old').form, 'nominal');
  assert.equal(analyzeMention('a 72-year-old').kind, 'anonymous');
  const s = speakers('Maria Vellin was hired in 2019. Maria Vellin told the panel about the night shifts. The 37-year-old said the shifts ran past midnight. A 72-year-old said she saw nothing.');
  assert.equal(s.get('The 37-year-old'), 'Maria Vellin / person');
  assert.equal(s.get('A 72-year-old'), 'A 72-year-old / anonymous');
});

test('a member of parliament by the letters: "MP" is an office, not a name nor a body', () => {
  assert.equal(analyzeMention('Labour MP Dana Holt').name, 'Dana Holt');
  assert.equal(analyzeMention('the Tory MP').form, 'nominal');
  assert.equal(analyzeMention('Tory MPs').kind, 'anonymous');
  assert.equal(analyzeMention('Tory Mazur').name, 'Tory Mazur');
  assert.equal(analyzeMention('An MP in Plymouth').kind, 'anonymous');
});

test('people in a place, or interviewed there, are a group; the place does not speak', () => {
  assert.equal(analyzeMention('Many Palestinians interviewed in Gaza').kind, 'anonymous');
  assert.equal(analyzeMention('the Americans in Mexico').kind, 'anonymous');
  assert.equal(analyzeMention('about 3 in 10 independents').kind, 'anonymous');
  assert.equal(analyzeMention('Nearly nine out of 10').kind, 'anonymous');
});

test('a nationality before a record\'s noun is no speaker; a month before it is no owner', () => {
  assert.equal(analyzeMention('An August 2025 slideshow obtained by the Ledger').kind, 'document');
  assert.equal(analyzeMention('a Monday memo obtained by reporters').kind, 'document');
  const s = speakers('The Swedish brochure says that no one should give up. A Danish leaflet warns that stocks may run out.');
  assert.equal(s.get('The Swedish brochure'), 'The Swedish brochure / document');
  assert.equal(s.get('A Danish leaflet'), 'A Danish leaflet / document');
});

test('"who" after a thing\'s name is said of the people the phrase hangs from', () => {
  const s = speakers('Critics of the plan, who argue it costs too much, want a vote. Members of the board, which says it has no money, left.');
  assert.equal(s.get('who'), 'Critics of the plan / anonymous');
});

test('an opening "he" or "she" before anyone is named is the person the title names, else the one named next', () => {
  // (plain text: no title; the person named in the next paragraph)
  const s = speakers('She has opposed every budget since 2019 and said the cuts were reckless.\n\nMaria Ostrander, a former mayor of Galton, now leads the polls. Her rival Tom Reed trails.');
  assert.equal(s.get('She'), 'Maria Ostrander / person');
  // (a page: the title, kept apart from the text, names him; the first person named in the body is someone else)
  const html = '<html><head><title>Peter Hallam\'s exit ends a long fight</title></head><body><article><h1>Peter Hallam\'s exit ends a long fight</h1>'
    + '<p>He told voters the truth about the deficit, and he said the party had ignored it for a decade.</p>'
    + '<p>Susan Ward, the party chair, thanked the candidate. Peter Hallam quit the race on Wednesday after a poor showing in the early states.</p></article></body></html>';
  const r = analyze({ html });
  const he = r.quotes.find((q) => q.source?.text === 'He');
  assert.equal(he?.speaker.name, 'Peter Hallam');
  // someone named before the pronoun is its antecedent as usual
  const t = speakers('Tom Reed spoke first.\n\nShe said the cuts were reckless. Maria Ostrander leads the polls.');
  assert.notEqual(t.get('She'), 'Maria Ostrander / person');
});

test('a relative by a family word ("Travis Kelce\'s mom") is no one but that relative; a spaced hyphen sets off an apposition', () => {
  assert.equal(analyzeMention('Dane Kessler\'s mom').kind, 'anonymous');
  assert.equal(analyzeMention('Dane Kessler\'s mom').gender, 'female');
  assert.equal(analyzeMention('Joan Avery Pell - Kessler\'s girlfriend and co-host on his channel').name, 'Joan Avery Pell');
});

test('"the country" that speaks is the country named before, as its government; "country after country" are many', () => {
  const s = speakers('Lesotho held its first democratic elections in 1993. The country said the vote had been fair.');
  assert.equal(s.get('The country'), 'Lesotho / organization');
  assert.equal(analyzeMention('Country after country').kind, 'anonymous');
  assert.equal(analyzeMention('Poll after poll').kind, 'document');
});

test('people named by what they use or were are a group: "Users", "Security personnel", "Ex-friends"', () => {
  for (const m of ['Users', 'Security personnel', 'Ex-friends', 'Locals']) assert.equal(analyzeMention(m).kind, 'anonymous', m);
  assert.equal(analyzeMention('the monarch').form, 'nominal');
});

test('in an interview the quotation right after the writer\'s own question is the answer of the one interviewed', () => {
  const text = 'I met Alan Marsh at his office in Leeds on a wet Tuesday morning.\n\n'
    + '"The party has to win back the towns it lost, and it has to do that soon," says Marsh. "Nobody else will do it for us."\n\n'
    + 'But you wrote a whole book telling them how, I say.\n\n'
    + '"No, I wrote the book for anyone who leads, not for the party. The lessons are the same everywhere."';
  const r = analyze({ text, meta: { authors: ['Nora Pike'] } });
  const answer = r.quotes.find((q) => q.content.text.startsWith('No, I wrote'));
  assert.equal(answer?.speaker.name, 'Alan Marsh');
  const question = r.quotes.find((q) => q.source?.text === 'I');
  assert.equal(question?.speaker.name, 'Nora Pike');
});

test('a body the lexicon knows speaks as one; an office a place holds is its unnamed holder; a compass word stays in a place\'s name', () => {
  assert.equal(analyzeMention('The Afghan Taliban').kind, 'organization');
  assert.equal(analyzeMention('Harbor Lane Media').kind, 'organization');
  assert.equal(analyzeMention('Ohio\'s chief medical examiner').kind, 'anonymous');
  assert.notEqual(analyzeMention('Kantar Media\'s political ad tracker').kind, 'anonymous');
  assert.equal(analyzeMention('South Dakota').name, 'South Dakota');
  assert.equal(analyzeMention('North Carolina').name, 'North Carolina');
  const s = speakers('Nadia Brook grew up in Ohio. Her aunt said she was reading at three.');
  assert.equal(s.get('Her aunt'), 'Her aunt / anonymous');
});

test('a published interview: the questions are the writer\'s, the answers and their "I" the interviewee\'s', () => {
  const text = 'Delta Freight is thrilled to welcome Rosa Imbert as its new chief executive. We asked Rosa Imbert about the year ahead.\n\n'
    + 'Q: What will you change first?\n\n'
    + 'A: I think the night routes come first. Our drivers have waited long enough for that.\n\n'
    + 'Q: Where did you grow up?\n\n'
    + 'A: In Lyon, by the river, with four brothers.';
  const r = analyze({ text, meta: { authors: ['Sam Ode'], title: 'Meet Rosa Imbert, the new chief at Delta Freight' } });
  const by = (label: string) => r.quotes.filter((q) => q.source?.text === label).map((q) => q.speaker.name);
  assert.deepEqual([...new Set(by('Q'))], ['Sam Ode']);
  assert.deepEqual([...new Set(by('A'))], ['Rosa Imbert']);
  const i = r.quotes.find((q) => q.source?.text.endsWith('I'));
  if (i) assert.equal(i.speaker.name, 'Rosa Imbert');
});

test('"WHO" in capitals is a body; patients, suspects and a possessed doer are people; a name after a role keeps its "of" place aside', () => {
  assert.equal(analyzeMention('WHO').kind, 'organization');
  assert.equal(analyzeMention('the patient').form, 'nominal');
  assert.equal(analyzeMention('The suspect').form, 'nominal');
  assert.equal(analyzeMention('His general practitioner').form, 'nominal');
  assert.equal(analyzeMention('one user').kind, 'anonymous');
  assert.equal(analyzeMention('marine biologist Ines Varda of the Sea Research Institute in Maine').name, 'Ines Varda');
});

test('a text given in full after a line that introduces it is its owner\'s, paragraph after paragraph', () => {
  const text = 'The Governor Ana Reyes opened the session of the assembly on Tuesday with the annual address.\n\n'
    + 'The Governor\'s address in full\n\n'
    + '\u2018Members of the Assembly, it is an honour to stand before you again this year.\n\n'
    + '\u2018My ministers will bring forward a bill to repair every school roof in the state.\n\n'
    + '\u2018I thank you all, and I wish you well in your work this year.';
  const r = analyze(text, { format: 'text' });
  const parts = r.quotes.filter((q) => q.kind === 'direct' && !q.source).map((q) => q.speaker.name);
  assert.ok(parts.length >= 2, JSON.stringify(r.quotes.map((q) => q.content.text)));
  assert.deepEqual([...new Set(parts)], ['Ana Reyes']);
});

test('the quotation answering the writer\'s own question (a paragraph ending in "?") is the last other person quoted', () => {
  const text = 'I met Alan Marsh at his office in Leeds on a wet Tuesday morning.\n\n'
    + '"The party has to win back the towns it lost, and it has to do that soon," says Marsh.\n\n'
    + 'Is the new leader good enough to last two terms?\n\n'
    + '"Well, I am fully behind her, and I want her to succeed in every way she can."';
  const r = analyze({ text, meta: { authors: ['Nora Pike'] } });
  const answer = r.quotes.find((q) => q.content.text.startsWith('Well, I am'));
  assert.equal(answer?.speaker.name, 'Alan Marsh');
});

test('a lone surname that a byline author carries, and no one in the story, is that author', () => {
  // (not a wire credit line, "Quill reported from Denver.": that is boilerplate)
  const text = 'The two campaigns will spend the autumn in seven states, their aides said on Monday.\n\nQuill wrote last year that both states would swing back to the incumbent.';
  const r = analyze({ text, meta: { authors: ['MARA QUILL'] } });
  const q = r.quotes.find((x) => x.source?.text === 'Quill');
  assert.equal(q?.speaker.name, 'Mara Quill');
  assert.equal(q?.speaker.kind, 'person');
});

test('"the patient", "the woman" are someone\'s part in the story: not another name for the person just named, unnamed when nothing names them', () => {
  const s = speakers('Dr. Owen Marsh treated him for a year. "It happens more than we realize," Marsh said. The patient wrote that he now sleeps well.');
  assert.equal(s.get('The patient'), 'The patient / anonymous');
});

test('"Asked about X, he said": who was asked about is not who answers', () => {
  const s = speakers('Mayor Ella Brandt visited the harbour on Monday. Asked about Governor Tom Reyes, he said the two would meet soon.');
  // (a male "he" and one man named, only in the question: the pronoun is left unresolved rather than given to him)
  assert.notEqual(s.get('he'), 'Tom Reyes / person');
  const t = speakers('Mayor Tom Brandt visited the harbour on Monday. Asked whether he would accept gifts from Lord Alden Voss, he said he would follow the rules.');
  assert.equal(t.get('he'), 'Tom Brandt / person');
});

test('a body keeps the words of its name, not the place it sits in; a person "from" a firm is the person', () => {
  for (const [mention, name, kind] of [
    ['The US Embassy in New Delhi', 'The US Embassy', 'organization'],
    ['the Russian Foreign Ministry', 'the Russian Foreign Ministry', 'organization'],
    ['the Senate Armed Services Committee', 'the Senate Armed Services Committee', 'organization'],
    ['Radek Babicek from Fantastic Gardeners', 'Radek Babicek', 'person'],
    ['Russian Foreign Minister Sergei Lavrov', 'Sergei Lavrov', 'person'],
  ] as const) {
    const info = analyzeMention(mention);
    assert.equal(info.name, name, mention);
    assert.equal(info.kind, kind, mention);
  }
});

test('"C, Ambassador to the Netherlands, Ammar Hijazi, told the court": the title and name are the source, the name speaks', () => {
  const r = analyze('The occupation must end, Palestinian Ambassador to the Lowlands, Amir Hadad, told the court.', { date: '2024-05-01' });
  assert.deepEqual(r.quotes.map((q) => [q.source?.text, q.speaker.name, q.speaker.kind, q.content.text]),
    [['Palestinian Ambassador to the Lowlands, Amir Hadad', 'Amir Hadad', 'person', 'The occupation must end']]);
  // a clause of the statement before the name is no title
  const s = analyze('Prices rose in March, the highest in a decade, Smith said.', { date: '2024-05-01' });
  assert.deepEqual(s.quotes.map((q) => [q.source?.text, q.content.text]), [['Smith', 'Prices rose in March, the highest in a decade']]);
});

test('"“…,” his neighbor in both Florida and New York, Donald Trump, said": a long description set off before the name; the name speaks', () => {
  const r = analyze('\u201cTerrific guy,\u201d his neighbor in both Florida and New Jersey, Tom Reyes, said in the story.', { date: '2024-05-01' });
  assert.deepEqual(r.quotes.map((q) => [q.source?.text, q.speaker.name, q.speaker.kind]),
    [['his neighbor in both Florida and New Jersey, Tom Reyes', 'Tom Reyes', 'person']]);
});

test('an embedded post\'s "I" is whoever signed it, not the writer', () => {
  const text = 'Air quality worsened on Friday, officials said.\n\nI urge everyone in the city to avoid fireworks this week and to protect the air we breathe pic.twitter.com/AbC123xyz\n\n\u2014 Asha Verma (@ashaverma) November 3, 2023\n\nSchools were closed for two days.';
  const r = analyze({ text, meta: { authors: ['Tom Reyes'] } });
  // the post itself is the signer's statement; a statement read inside it with "I" as source is hers too
  const post = r.quotes.find((x) => x.content.text.startsWith('I urge'));
  assert.ok(post, r.quotes.map((x) => x.content.text).join(' | '));
  assert.deepEqual([post.speaker.name, post.speaker.kind], ['Asha Verma', 'person']);
  for (const q of r.quotes.filter((x) => x.source?.text === 'I')) assert.deepEqual([q.speaker.name, q.speaker.kind], ['Asha Verma', 'person']);
  // the "I" of a post is its signer's even where no relation holds the post (postSigner, for the speakers)
  const doc = new Doc(text); segmenter.run(doc);
  assert.equal(postSigner(doc, text.indexOf('I urge')), 'Asha Verma');
});

test('a pronoun is not the person named as the object of its own verb ("she told Harris")', () => {
  const r = analyze('Wanda Kagan met Kamala Harris in high school. Harris later said the friendship shaped her. In 1982, she told Harris that she was being abused at home.', { date: '2024-05-01', format: 'text' });
  const told = r.quotes.find((q) => q.cue?.text === 'told');
  assert.ok(told, r.quotes.map((q) => q.cue?.text).join(', '));
  assert.equal(told.speaker.name, 'Wanda Kagan');
});

test('an office named with "of"/"for" is the office, or its holder when a name follows; the domain is no name', () => {
  // no person is named "Foreign Affairs" or "Human Rights"
  for (const office of ['the Minister for Foreign Affairs', 'The Ruritanian High Commissioner for Human Rights', 'the Director of National Intelligence', 'President of the Harbor Board']) {
    const m = analyzeMention(office);
    assert.equal(m.form, 'nominal', office);
    assert.equal(m.kind, 'person', office);
    assert.equal(m.name, office);
  }
  assert.equal(analyzeMention('Governor of the Bank of Ruritania Andrew Vell').name, 'Andrew Vell');
  assert.equal(analyzeMention('Minister of Health Jane Morrow').name, 'Jane Morrow');
  // a given name the lexicon lacks: the last two words, after a domain word
  assert.equal(analyzeMention('Mayor of Port Halden Sadiq Marr').name, 'Sadiq Marr');
  // an age before the name does not hide the name from "of" and the place after it
  assert.equal(analyzeMention('43-year-old Martin Vell of Aberdeenshire, Scotland').name, 'Martin Vell');
});

test('"the news organization", "the news agency" are outlets', () => {
  assert.equal(analyzeMention('The news organization').kind, 'media');
  assert.equal(analyzeMention('the news agency').kind, 'media');
  const s = speakers('Markets fell after Reuters reported that talks had stalled. The news organization reported that the port would close.');
  assert.equal(s.get('The news organization'), 'Reuters / media');
});

test('"the group" is the body named in apposition to it ("The group, X Coalition,"), not the last company that spoke', () => {
  const r = analyze([
    'Meridia will cut 300 jobs this week.', 'Meridia declined to comment.',
    'The group, Meridia Staff Coalition, formed in recent weeks and sent a letter to management.',
    'The group announced over the weekend that Meridia had reached an agreement with Tallis to accept close to 1,000 workers.',
    'However, the group said it was alarmed at the terms of the deal.',
  ].join('\n\n'), { date: '2024-05-01', format: 'text' });
  const groups = r.quotes.filter((q) => /^the group$/i.test(q.source?.text ?? ''));
  assert.ok(groups.length >= 2, r.quotes.map((q) => `${q.source?.text} ${q.cue?.text}`).join('; '));
  for (const q of groups) assert.equal(q.speaker.name, 'Meridia Staff Coalition');
});

test('relays: ", via the Los Angeles Times", "in a separate statement to Rolling Stone", and "told the outlet" (the outlet named before)', () => {
  const r = analyze([
    '"We will be back," Lynn Vell said, via the Los Angeles Times.',
    'The singer will perform at the awards, according to a report by Variety. An insider told the outlet that she was thrilled.',
    '"We are proud of her," the studio said in a separate statement to Rolling Stone.',
  ].join('\n\n'), { date: '2024-05-01', format: 'text' });
  const via = (cue: string) => r.quotes.find((q) => q.cue?.text === cue)?.via?.name;
  assert.equal(via('said'), 'Los Angeles Times');
  assert.equal(via('told'), 'Variety');
  assert.equal(r.quotes.find((q) => q.source?.text === 'the studio')?.via?.name, 'Rolling Stone');
  assert.equal(r.quotes.find((q) => /Variety/.test(q.source?.text ?? ''))?.speaker.kind, 'media');
});

test('relays: "tells the paper" is the outlet named before even when the lexicon lacks it; "told Times Radio" is Times Radio', () => {
  const r = analyze([
    'HARBOR TOWN (AP) — A man was hurt on a train, the Harbor Valley Chronicle reported. Employee Dana Marsh tells the paper that the station was unsafe.',
    'Asked about the attack, the mayor told Times Radio that the city must act.',
  ].join('\n\n'), { date: '2024-05-01', format: 'text' });
  const via = (cue: string) => r.quotes.find((q) => q.cue?.text === cue)?.via?.name;
  assert.equal(via('tells'), 'Harbor Valley Chronicle');
  assert.equal(via('told'), 'Times Radio');
});

test('relays: ", per X" is one; "the media tracking firm" is no press; "told Ruptly"; a described office is no other body', () => {
  const r = analyze([
    'Ads were booked on Monday, according to the media tracking firm AdImpact.',
    'The patient had eaten a wild rabbit, the district health office said, per Dana Feng of Harbor Radio.',
    '"We will rebuild," the mayor told Ruptly.',
  ].join('\n\n'), { date: '2024-05-01', format: 'text' });
  const q = (cue: string) => r.quotes.find((x) => x.cue?.text === cue);
  assert.ok(!q('according to')?.via, JSON.stringify(q('according to')?.via));
  // (the outlet the reporter writes for is the relay, as for "told CNN's Wolf Blitzer")
  assert.equal(q('said')?.via?.name, 'Harbor Radio');
  assert.equal(q('said')?.speaker.name, 'the district health office');
  assert.equal(q('told')?.via?.name, 'Ruptly');
});

test('"C, X said, according to Reuters": X speaks, Reuters relaying it (beside the relation PolNeAR annotates, Reuters reporting it)', () => {
  const r = analyze([
    'As yet, there is no evidence linking the third fever case to the earlier two, the Harbor Valley health commission said, according to Reuters.',
    'The couple had been moved to a hospital in Harbor Town, the city health office said on Tuesday, according to the Associated Press.',
  ].join('\n\n'), { date: '2024-05-01', format: 'text' });
  const said = r.quotes.filter((q) => q.cue?.text === 'said');
  assert.deepEqual(said.map((q) => `${q.speaker.name} via ${q.via?.name}`), ['the Harbor Valley health commission via Reuters', 'the city health office via Associated Press']);
  assert.deepEqual(r.quotes.filter((q) => q.cue?.text === 'according to').map((q) => q.speaker.name), ['Reuters', 'Associated Press']);
});

test('a quotation inside a new sentence of narration is neither the last speaker\'s continued quotation nor theirs', () => {
  const r = analyze('“The alliance is obsolete,” the senator said in 2016. Under the charter, each other member would take “such action as it deems necessary, including the use of armed force” to help an ally.', { date: '2024-05-01', format: 'text' });
  const said = r.quotes.find((q) => q.cue?.text === 'said');
  assert.equal(said?.parts, undefined, JSON.stringify(said?.parts));
  const treaty = r.quotes.find((q) => q.content.text.startsWith('such action'));
  assert.ok(!treaty || treaty.speaker.name !== 'the senator', JSON.stringify(treaty?.speaker));
  // a quotation standing alone after the frame's sentence still continues it
  const r2 = analyze('“The alliance is obsolete,” the senator said.\n\n“It was built for another century and another enemy.”', { date: '2024-05-01', format: 'text' });
  assert.ok(r2.quotes.every((q) => q.speaker.name === 'the senator'), JSON.stringify(r2.quotes.map((q) => q.speaker.name)));
});

test('companies by their trade word or branch, and records named by a capitalized common noun, are no persons', () => {
  assert.equal(analyzeMention('Harbor Hill Records').kind, 'organization');
  assert.equal(analyzeMention('Dana Vell Productions').kind, 'organization');
  assert.equal(analyzeMention('Marlowe Philippines').kind, 'organization');
  assert.equal(analyzeMention('Research').kind, 'document');
  // a surname that is also a country stays a person's
  assert.equal(analyzeMention('Michael Jordan').kind, 'person');
  const s = speakers('Research suggests that the drug works. Harbor Hill Records said the claims were false.');
  assert.equal(s.get('Research'), 'Research / document');
  assert.equal(s.get('Harbor Hill Records'), 'Harbor Hill Records / organization');
});

test('a pronoun after a clause set before it ("After X lost ..., he said") is the clause\'s subject, not the story\'s main figure', () => {
  const r = analyze('Peter Morrow has practised law for 20 years. He said the courts need reform. In 1970, after ex-premier Tobias Vell lost the election, he rejected the outcome.', { date: '2024-05-01', format: 'text' });
  const rejected = r.quotes.find((q) => q.cue?.text === 'rejected');
  assert.ok(rejected, r.quotes.map((q) => q.cue?.text).join(', '));
  assert.equal(rejected.speaker.name, 'Tobias Vell');
});

test('an interview written as a feature: a quotation standing alone that nothing else attributes is the interviewee\'s answer', () => {
  const text = [
    'As I sit opposite Marcus Vell in his office, I ask if the new mayor is good enough to last two terms.',
    '\u201cYes, of course, he is only beginning,\u201d he says. \u201cGive her a chance.\u201d',
    '\u201cIt is all about whether they can deliver the plan,\u201d says Vell. \u201cIt will be tough.\u201d',
    'When I suggest that voters are tired of the council, he interrupts me.',
    '\u201cI have known the council for thirty years. I do not want to get into all that.\u201d',
    'But you have just written a book about it, I say.',
    '\u201cNo, I wrote the book for leaders, not for the council,\u201d Vell replies.',
    'The book, published in May, runs to 400 pages.',
    '\u201cI could not have written it ten years ago. I was too busy governing.\u201d',
  ].join('\n\n');
  const r = analyze(text, { date: '2024-05-01', format: 'text' });
  const alone = r.quotes.filter((q) => !q.cue && q.kind === 'direct');
  assert.ok(alone.length >= 2, JSON.stringify(r.quotes.map((q) => [q.cue?.text, q.content.text.slice(0, 30)])));
  for (const q of alone) assert.equal(q.speaker.name, 'Marcus Vell', q.content.text);
});

test('an unnamed person with a relative clause is that person, not a name inside the clause', () => {
  const m = analyzeMention('A woman who was harassed for years by Tobias Vell');
  assert.equal(m.kind, 'anonymous');
  assert.equal(m.name, 'A woman who was harassed for years by Tobias Vell');
  const s = speakers('A man who worked for Mara Voss for a decade has revealed that she never paid him.');
  assert.equal(s.get('A man who worked for Mara Voss for a decade'), 'A man who worked for Mara Voss for a decade / anonymous');
});

test('bodies named together speak together ("Hamas and Iran", "the Pentagon and the State Department")', () => {
  assert.deepEqual(conjoinedPersons('Hamas and Iran', 0, 'bodies')?.map((p) => p.text), ['Hamas', 'Iran']);
  assert.equal(conjoinedPersons('Hamas and Iran', 0), null);
  const s = speakers('The Pentagon and the State Department said the talks would go on.');
  assert.equal(s.get('The Pentagon and the State Department'), 'the Pentagon and the State Department / organization');
});

test('relays: an outlet opening a longer name ("told VOA Pentagon correspondent Carla Babb") is the relay', () => {
  const r = analyze('The colonel told VOA Pentagon correspondent Carla Babb that the camp was safe.', { date: '2024-05-01', format: 'text' });
  assert.equal(r.quotes.find((q) => q.cue?.text === 'told')?.via?.name, 'VOA');
});

test('relays: "X, via Y, said" and "sources cited by Y": X and the sources speak, Y relays', () => {
  const r = analyze([
    'Sheldon Ward, via USA Today, said that the coach "can not pick a fight."',
    'The chip will ship next year, according to industry sources cited by Taiwanese publication DigiTimes.',
    '"We lost that game," Heyward said, via Brian Batko of the Pittsburgh Post-Gazette.',
  ].join('\n\n'), { date: '2024-05-01', format: 'text' });
  const q = (cue: string, n = 0) => r.quotes.filter((x) => x.cue?.text === cue)[n];
  assert.equal(`${q('said')?.speaker.name} via ${q('said')?.via?.name}`, 'Sheldon Ward via USA Today');
  assert.equal(`${q('according to')?.speaker.name} (${q('according to')?.speaker.kind}) via ${q('according to')?.via?.name}`, 'industry sources (anonymous) via DigiTimes');
  assert.equal(`${q('said', 1)?.speaker.name} via ${q('said', 1)?.via?.name}`, 'Heyward via Pittsburgh Post-Gazette');
});

test('relays: a relay phrase opening the sentence ("In an interview with the Montana Free Press, the senator said"), and "as reported by"', () => {
  const r = analyze([
    'In an interview with the Montana Free Press, the senator said the vote was close.',
    '“It was a mistake,” said one legal expert, as reported by the Independent newspaper.',
  ].join('\n\n'), { date: '2024-05-01', format: 'text' });
  const via = (source: string) => r.quotes.find((q) => q.source?.text === source)?.via;
  assert.equal(`${via('the senator')?.name} / ${via('the senator')?.kind}`, 'Montana Free Press / media');
  assert.equal(via('one legal expert')?.kind, 'media');
});

test('a spokesperson for a body whose name holds "and" speaks for the body, not for a person named by the words after "and"', () => {
  assert.equal(analyzeMention('A spokesman for the Department of Roads and Coastal Works').name, 'Department of Roads and Coastal Works');
  assert.equal(analyzeMention('A spokeswoman for the Centers for Soil Science and Forestry').kind, 'organization');
  const s = speakers('A spokesman for the Ministry of Fisheries and Ocean Affairs said the quota would be cut.');
  assert.equal(s.get('A spokesman for the Ministry of Fisheries and Ocean Affairs'), 'Ministry of Fisheries and Ocean Affairs / organization');
  // a person's name after "and" with no body before it stays the person
  assert.equal(analyzeMention('Bill and Hannah Corrigan').kind, 'person');
});

test('a record set off by a comma from the participle describing it is the record (or its author after "by"), not a name inside the description', () => {
  assert.equal(analyzeMention('The complaint, filed in district court in Harlow on Friday').kind, 'document');
  assert.equal(analyzeMention('The paper, published in the journal Sleep Medicine').kind, 'document');
  assert.equal(analyzeMention('The report, released by the Bureau of Coastal Statistics').name, 'Bureau of Coastal Statistics');
  const s = speakers('The report, published in the journal Coastal Ecology, found that the reef had shrunk.');
  assert.equal(s.get('The report, published in the journal Coastal Ecology'), 'The report, published in the journal Coastal Ecology / document');
});

test('"the club" is a body that may be a club: not a known company named before it', () => {
  const s = speakers('Volkswagen said its sales fell in March. The club later confirmed the goalkeeper had signed a new contract.');
  assert.notEqual(s.get('The club'), 'Volkswagen / organization');
  const t = speakers('Harbor Rovers FC said the goalkeeper was hurt. Volkswagen said its sales fell. The club later confirmed he would miss the final.');
  assert.equal(t.get('The club'), 'Harbor Rovers FC / organization');
  const u = speakers('Arsenal said the goalkeeper was hurt. The club later confirmed he would miss the final.');
  assert.equal(u.get('The club'), 'Arsenal / organization');
});

test('a spokesperson for names joined by "and" or "&" is unnamed, and a name joined by "&" is a firm\'s', () => {
  assert.equal(analyzeMention('A spokeswoman for Harlow and Crane').kind, 'anonymous');
  assert.equal(analyzeMention('A spokeswoman for Harlow & Crane').kind, 'anonymous');
  const firm = analyzeMention('Harlow & Crane');
  assert.equal(firm.kind, 'organization');
  assert.equal(firm.name, 'Harlow & Crane');
  // (a named person after "for" is still read as before: the spokesperson is unnamed)
  assert.equal(analyzeMention('A spokeswoman for Ada Brennan and Tom Holt').kind, 'anonymous');
});

test('"the fire brigade" is a body', () => {
  const s = speakers('The fire brigade said crews had reached the harbour road by noon.');
  assert.equal(s.get('The fire brigade'), 'The fire brigade / organization');
});

test('an opening "she" is not a person first named in her own statement', () => {
  const s = speakers('She said the stall had belonged to Rosa Venn for years.');
  assert.notEqual(s.get('She'), 'Rosa Venn / person');
  const t = speakers('She said the stall was hers. Rosa Venn, 52, has sold fish at the market since 1998.');
  assert.equal(t.get('She'), 'Rosa Venn / person');
});

test('bodies named with "of the" / "for the", and a person "of the" body: who speaks', () => {
  const s = speakers([
    '"Every month they wait costs jobs," said Karin Holm of the Institute for Labour Studies.',
    'The Institute for the Study of War said the front line had not moved.',
    'The Museum of the Moving Image said it would reopen in June.',
  ].join(' '));
  assert.equal(s.get('Karin Holm of the Institute for Labour Studies'), 'Karin Holm / person');
  assert.equal(s.get('The Institute for the Study of War'), 'The Institute for the Study of War / organization');
  assert.equal(s.get('The Museum of the Moving Image'), 'The Museum of the Moving Image / organization');
});

test('the name of a law, a treaty or a charter is a record, not a person; a party\'s national convention is a body', () => {
  for (const text of ['the Affordable Care Act', 'the Paris Agreement', 'The 1951 Refugee Convention', 'Article 21 in the U.N. Charter', 'The Constitution']) {
    assert.equal(analyzeMention(text).kind, 'document', text);
  }
  // (a surname that is such a word after a given name stays a person's; alone it may be anyone's)
  assert.equal(analyzeMention('Richard Charter').kind, 'person');
  assert.deepEqual([analyzeMention('the Republican National Convention').kind, analyzeMention('the Republican National Convention').name], ['organization', 'Republican National Convention']);
  // (and where it met is no person: "Philadelphia")
  assert.deepEqual([analyzeMention('The Democratic National Convention in Philadelphia').kind, analyzeMention('The Democratic National Convention in Philadelphia').name], ['organization', 'Democratic National Convention']);
});

test('a name given to what a description names ("The spot, titled “Arrogant,”") is no speaker; a handle ending a mention is who posted', () => {
  assert.equal(analyzeMention('The 30-second spot, titled “Arrogant,”').kind, 'document');
  assert.notEqual(analyzeMention('The program, called EB-5,').kind, 'person');
  assert.deepEqual([analyzeMention('one Twitter user @nycsouthpaw').name, analyzeMention('one Twitter user @nycsouthpaw').kind], ['@nycsouthpaw', 'person']);
});

test('the owner named before a record\'s noun takes in the capitalized words before the noun, and speaks when "of" gives only what the record is about', () => {
  for (const [text, name] of [
    ['a USA TODAY analysis', 'USA Today'], ['A new Wall Street Journal report', 'The Wall Street Journal'], ['a BBC analysis of new data', 'BBC'],
    ['a USA TODAY analysis of newly filed campaign-finance reports', 'USA Today'],
  ] as const) {
    const m = analyzeMention(text);
    assert.deepEqual([m.name, m.kind], [name, 'media'], text);
  }
  // (a record about people, no owner before it, stays the record)
  assert.equal(analyzeMention('a study of voters').kind, 'document');
});

test('a role description with a body\'s letters ("The FBI director") is not the person named just before unless tied to that body', () => {
  const s = speakers('Donald Trump spoke in Ohio on Friday. The FBI director said the inquiry was closed.');
  assert.notEqual(s.get('The FBI director'), 'Donald Trump / person');
  const t = speakers('FBI Director James Comey testified on Friday. The FBI director said the inquiry was closed.');
  assert.equal(t.get('The FBI director'), 'James Comey / person');
});

test('people in the plural in a headline\'s capitals ("Frustrated Parents", "Angry Voters") are a group left unnamed, not a person', () => {
  for (const text of ['Frustrated Parents', 'Black Lawmakers', 'Angry Voters']) {
    const m = analyzeMention(text);
    assert.deepEqual([m.kind, m.number], ['anonymous', 'plural'], text);
  }
  assert.equal(analyzeMention('Tom Parents').kind, 'person');
});

test('an advocacy group\'s name ("Citizens for Tax Justice", "Mothers Against Drunk Driving") is a body, not people left unnamed', () => {
  for (const text of ['Citizens for Tax Justice', 'Americans for Prosperity', 'Mothers Against Drunk Driving']) {
    assert.deepEqual([analyzeMention(text).kind, analyzeMention(text).name], ['organization', text], text);
  }
  // (people in a place stay people)
  assert.equal(analyzeMention('Republicans in Ohio').kind, 'anonymous');
});

test('outlets of the American web and Spanish-language television are media ("Zero Hedge", "The Intercept", "Univision")', () => {
  for (const text of ['Zero Hedge', 'The Intercept', 'Drudge Report', 'The Federalist', 'Univision', 'Talking Points Memo']) assert.equal(analyzeMention(text).kind, 'media', text);
});
