import { strict as assert } from 'node:assert';
import { setActionDone } from '../../src/core/edits';
import { buildSummary, formatJson } from '../../src/core/export';
import { parseMinutes } from '../../src/core/parse';
import { PeopleResolver } from '../../src/core/people';
import fc from 'fast-check';
import { findCommitments, lowerCaseWords, lowerCaseWordsOf, ownerName, sentences } from '../../src/core/proseActions';

const roster = new PeopleResolver([
  { name: 'Mark Jones', aliases: [] },
  { name: 'Richard Sumner', aliases: [] },
  { name: 'Richard Smith', aliases: [] },
]);
const nobody = new PeopleResolver([]);

function read(text: string, resolver = nobody): [string[], string, string][] {
  return findCommitments(text, resolver).map((c) => [c.owners.map(ownerName), c.text, c.form]);
}

describe('prose commitments (recogniser)', () => {
  it('reads each form: will, to, agreed / volunteered / offered, is to, ACTION for', () => {
    assert.deepEqual(read('RS will communicate the above to AW.'), [[['RS'], 'communicate the above to AW', 'will']]);
    assert.deepEqual(read('Clerk to send a letter of thanks.'), [[['Clerk'], 'send a letter of thanks', 'to']]);
    assert.deepEqual(read('The Clerk will write to the county council about the verge.'), [[['Clerk'], 'write to the county council about the verge', 'will']]);
    assert.deepEqual(read('Mark volunteered to work with Andrew Parker to produce a paper.'), [[['Mark'], 'work with Andrew Parker to produce a paper', 'agreed']]);
    assert.deepEqual(read('Cllr Baker agreed to inspect the footpath.'), [[['Cllr Baker'], 'inspect the footpath', 'agreed']]);
    assert.deepEqual(read('Karen offered to draft the case.'), [[['Karen'], 'draft the case', 'agreed']]);
    assert.deepEqual(read('Andrew Parker is to do an options paper for the PEC.'), [[['Andrew Parker'], 'do an options paper for the PEC', 'is-to']]);
    assert.deepEqual(read('ACTION for the Treasurer: reconcile the accounts.'), [[['Treasurer'], 'reconcile the accounts', 'action-for']]);
    assert.deepEqual(read('Chair and Secretary to meet the auditors.'), [[['Chair', 'Secretary'], 'meet the auditors', 'to']]);
  });

  it('resolves owners through the roster: a unique first name or initials, an ambiguous one reported', () => {
    const [mark] = findCommitments('Mark will book the room.', roster);
    assert.deepEqual(mark.owners, [{ written: 'Mark', person: 'Mark Jones' }]);
    const [richard] = findCommitments('Richard will book the room.', roster);
    assert.deepEqual(richard.owners, [{ written: 'Richard', ambiguous: ['Richard Smith', 'Richard Sumner'] }]);
  });

  it('reads an invitation and a request to a group as actions with no owner', () => {
    assert.deepEqual(read('Jan Filochowski, Nick Evans and Anne Walker will be invited to the next PBC Leads’ meeting.'), [
      [[], 'Invite Jan Filochowski, Nick Evans and Anne Walker to the next PBC Leads’ meeting', 'invited'],
    ]);
    assert.deepEqual(read('RS asked the leads to share this with their locality groups.'), [[[], 'the leads to share this with their locality groups', 'asked']]);
    assert.deepEqual(read('RS asked Mark to share this.', roster), [[['Mark Jones'], 'share this', 'asked']]);
  });

  it('finds the commitment in its sentence, not across sentences', () => {
    const text = 'The PCT has to produce a plan by the end of 2008.  Andrew Parker is to do an options paper for the PEC.  There will not necessarily be new money.';
    const [found] = findCommitments(text, nobody);
    assert.equal(text.slice(found.start, found.end), 'Andrew Parker is to do an options paper for the PEC.');
    const text2 = 'Mark (who else?) will arrange it. From 1pm to 2.15pm. Done';
    assert.deepEqual(sentences(text2).map(([s, e]) => text2.slice(s, e)), ['Mark (who else?) will arrange it.', 'From 1pm to 2.15pm.', 'Done']);
  });

  it('leaves traps alone', () => {
    for (const trap of [
      'We will see.',
      'we will see how it goes.',
      'It was agreed to defer the item to the next meeting.',
      'No action.',
      'There will be no follow-up of patients beyond June 2007.',
      'This will include a presentation from Jacqui Bunce.',
      'The PCT will be the commissioner.',
      'PBC will say we want to help, and will do what we can.',
      'Members agreed to defer the decision.',
      'RS will be away next week.',
      'Mark will not attend.',
      'The commissioners will need to re-negotiate the ratio.',
      'It is essential to create a front-end for A&E.',
      'Consultant time will be used for the community-based service.',
      'Harmoni is keen to support us.',
      'Happy to close with no action.',
      'Need to parse SNI out of CH.',
      'Face to face time is also very useful.',
      'Try to get something drafted in the next few days.',
      'Glad to hear it.',
    ]) {
      assert.deepEqual(read(trap), [], trap);
    }
  });
});

describe('prose commitments (how people write them)', () => {
  it('reads past an item number: "9.2 Clerk to …", "11.1 RL to …"', () => {
    assert.deepEqual(read('9.2 Clerk to update the address on title numbers NK408732.'), [[['Clerk'], 'update the address on title numbers NK408732', 'to']]);
    assert.deepEqual(read('3. All to prepare mock-ups.'), [[['All'], 'prepare mock-ups', 'to']]);
    assert.deepEqual(read('11.1 Report to the council was received.'), []);
  });

  it('takes a one-word deed that commits someone: "Handyman to action."', () => {
    assert.deepEqual(read('Bus Shelter needs algae removing. Handyman to action.'), [[['Handyman'], 'action', 'to']]);
    assert.deepEqual(read('Clerk to investigate.'), [[['Clerk'], 'investigate', 'to']]);
    assert.deepEqual(read('Clerk to attend.'), [], 'attending is no deed to track');
    assert.deepEqual(read('Mark will go.'), []);
  });

  it('reads a commitment as a clause: after "and", a comma or "It was agreed that … would"', () => {
    assert.deepEqual(read('RL to check the number of lamps and NC to check with AON whether we are covered.'), [
      [['RL'], 'check the number of lamps and NC to check with AON whether we are covered', 'to'],
      [['NC'], 'check with AON whether we are covered', 'to'],
    ]);
    assert.deepEqual(read('It was agreed that the Clerk would ask for comparable quotes.'), [[['Clerk'], 'ask for comparable quotes', 'will']]);
    assert.deepEqual(read('It was agreed that the Clerk should contact KOK.'), [[['Clerk'], 'contact KOK', 'will']]);
    assert.deepEqual(read('Councillors raised the grant (Clerk to highlight this to the pub).'), [[['Clerk'], 'highlight this to the pub', 'to']]);
    assert.deepEqual(read('The board is happy with the dates and Chaim will follow up.'), [[['Chaim'], 'follow up', 'will']]);
    assert.deepEqual(read('The letter was sent, Highways to the rescue.'), [], 'no deed after "to"');
    assert.deepEqual(read('It was agreed that this would be deferred.'), []);
    assert.deepEqual(read('We agreed that members would be consulted.'), []);
  });

  it('reads "X said he would …" with X as the owner', () => {
    assert.deepEqual(read('John said he would put together a recommendation.'), [[['John'], 'put together a recommendation', 'said']]);
    assert.deepEqual(read('Clerk advised that she would also report this incident.'), [[['Clerk'], 'also report this incident', 'said']]);
    assert.deepEqual(read('John said he would not attend.'), []);
    assert.deepEqual(read('John said it would rain.'), []);
  });

  it('reads a passive with its agent as the owner: "… to be completed by Owen"', () => {
    assert.deepEqual(read('First half of the SCOPE draft to be completed by Owen.'), [[['Owen'], 'First half of the SCOPE draft to be completed', 'passive']]);
    assert.deepEqual(read('Scanning to be tackled by the Clerk prior to the next meeting.'), [[['Clerk'], 'Scanning to be tackled', 'passive']]);
    assert.deepEqual(read('The bins are to be emptied by the end of June.'), [], 'the end is nobody');
    assert.deepEqual(read('The draft was completed by Owen.'), [], 'done, not to be done');
    const doc = parseMinutes('# Notes\n\nThe first half of the draft to be completed by Owen.\n');
    assert.deepEqual(doc.proseActions.map((p) => [p.owners, p.text]), [[['Owen'], 'The first half of the draft to be completed']], 'the pre-scan keeps the paragraph');
  });

  it('gives a transcript speaker their "I will", "I\'ll", "I can", bare "Will …"', () => {
    assert.deepEqual(read('ekr: I will write text.'), [[['ekr'], 'write text', 'first-person']]);
    assert.deepEqual(read('Jana: Will update.'), [[['Jana'], 'update', 'first-person']]);
    assert.deepEqual(read('Mark: I’ll forge ahead with the appendix approach.'), [[['Mark'], 'forge ahead with the appendix approach', 'first-person']]);
    assert.deepEqual(read('DanG: The submodule is old, so I will submit a PR to update that.'), [[['DanG'], 'submit a PR to update that', 'first-person']]);
    assert.deepEqual(read('SK: ok will follow up.'), [[['SK'], 'follow up', 'first-person']]);
    assert.deepEqual(read('David: Process: Dan will draft the text.'), [[['Dan'], 'draft the text', 'will']]);
    for (const trap of [
      'I will write text.',
      'Note: I will write text.',
      'Resolution: We will accept the proposal.',
      'CDA: I’ll go next to RBN.',
      'KM: I can give an example.',
      'RBN: I will also speak to structs.',
      'Nick Banks: Happy to close with no action.',
      'Christian: Option A will increase overhead.',
      'Lee: Valuable to make these the same thing.',
    ]) {
      assert.deepEqual(read(trap), [], trap);
    }
  });

  it('takes the speaker without an aside after the name: "KM (in chat): I will …"', () => {
    assert.deepEqual(read('KM (in chat): I will send the slides.'), [[['KM'], 'send the slides', 'first-person']]);
    assert.deepEqual(read('Katie Moss (remote): I will send the slides.'), [[['Katie Moss'], 'send the slides', 'first-person']]);
    const katie = new PeopleResolver([{ name: 'Katie Moss', aliases: [] }]);
    assert.deepEqual(findCommitments('KM (in chat): I will send the slides.', katie)[0]?.owners, [{ written: 'KM', person: 'Katie Moss' }]);
    assert.deepEqual(read('Note (from the chair): I will send the slides.'), [], 'a label with an aside is still a label');
  });
});

describe('prose commitments (more of how people write them)', () => {
  it('takes more one-word deeds: "Clerk to chase.", "Clerk to pursue."', () => {
    assert.deepEqual(read('Dog waste bins are not yet installed. Clerk to chase.'), [[['Clerk'], 'chase', 'to']]);
    assert.deepEqual(read('Clerk to pursue.'), [[['Clerk'], 'pursue', 'to']]);
    assert.deepEqual(read('Clerk to attend.'), [], 'attending is still no deed to track');
    assert.deepEqual(read('Clerk to chase?'), [], 'a question');
  });

  it('gives "All to …" and "Everyone to …" to everyone at once, and only with a bare "to"', () => {
    assert.deepEqual(read('All to prepare mockups by Wednesday.'), [[['All'], 'prepare mockups by Wednesday', 'to']]);
    assert.deepEqual(read('8. Everyone to send booked hours to Aaymen.'), [[['All'], 'send booked hours to Aaymen', 'to']]);
    for (const trap of ['All agreed.', 'All agreed to defer the item.', 'All will be revealed.', 'All to be confirmed.', 'Everyone will see it.']) {
      assert.deepEqual(read(trap), [], trap);
    }
  });

  it('reads a hedge from a person: "might", "wants to", "plans to", "intends to", "will likely"', () => {
    assert.deepEqual(read('Lucas might help Aapeli on messaging.'), [[['Lucas'], 'help Aapeli on messaging', 'will']]);
    assert.deepEqual(read('Ivan: Uri wants to chart the action items.'), [[['Uri'], 'chart the action items', 'agreed']]);
    assert.deepEqual(read('Jacob intends to be the liaison in the short term.'), [[['Jacob'], 'be the liaison in the short term', 'agreed']]);
    assert.deepEqual(read('Mark will likely update the names.', roster), [[['Mark Jones'], 'likely update the names', 'will']]);
    for (const trap of [
      'WatCom wants to start this soon.',
      'This might take a while.',
      'It might be worth it.',
      'Situation might become different.',
      'Mark might be away.',
      'Mark will probably be late.',
      'If Mark might help, fine.',
    ]) {
      assert.deepEqual(read(trap), [], trap);
    }
  });

  it('reads "will be" a role that commits: POC, the liaison, the lead, the champion', () => {
    assert.deepEqual(read('Jory will be POC for making this help.'), [[['Jory'], 'be POC for making this help', 'will']]);
    assert.deepEqual(read('Mark will be the point of contact.'), [[['Mark'], 'be the point of contact', 'will']]);
    assert.deepEqual(read('Mark will be away next week.'), []);
    assert.deepEqual(read('Mark will be the first to know.'), []);
  });

  it('reads "X agreed that he would …" and "advised that she was able to …"', () => {
    assert.deepEqual(read('TM agreed that he would speak to the CSNN at the BC.'), [[['TM'], 'speak to the CSNN at the BC', 'said']]);
    assert.deepEqual(read('CP advised that she was able to get another quote.'), [[['CP'], 'get another quote', 'said']]);
    assert.deepEqual(read('TM agreed that it would be better.'), [], 'no he or she: no commitment');
    assert.deepEqual(read('TM agreed that he would not stand.'), []);
    assert.deepEqual(read('PKA: NRO says he can speak in 30 seconds.'), [], 'talk in the meeting, reported as it happens');
  });

  it('gives who is asked the commitment: "asked if the Handyman could …", "should be asked to", "is to be tasked with"', () => {
    assert.deepEqual(read('CC advised that she had the bin and asked if the Handyman could make arrangements to collect it.'), [
      [['Handyman'], 'make arrangements to collect it', 'asked'],
    ]);
    assert.deepEqual(read('It was agreed that the Handyman should be asked to commence scraping off the old paint.'), [[['Handyman'], 'commence scraping off the old paint', 'asked']]);
    assert.deepEqual(read('The area is strewn with rubbish and the Handyman is to be tasked with clearing.'), [[['Handyman'], 'clearing', 'asked']]);
    for (const trap of ['CC asked if the bins had been emptied.', 'RS asked whether it would rain.', 'Jan Smith and Anne Walker should be asked.', 'The bins are to be tasked with nothing.']) {
      assert.deepEqual(read(trap), [], trap);
    }
  });

  it('reads a relative clause: "Talk to Ekr, who will lead the team."', () => {
    assert.deepEqual(read('Lars: Lots of people are interested. Talk to Ekr, who will lead the team.'), [[['Ekr'], 'lead the team', 'will']]);
    assert.deepEqual(read('Talk to Ekr, who will decide what to do?'), [], 'a question');
    assert.deepEqual(read('Ask the members, who will vote.'), [], 'members are nobody in particular');
    assert.deepEqual(read('Talk to Ekr, who will be away.'), []);
  });

  it('gives a clause with no subject to its sentence\'s subject or speaker: "… and will take ownership", "…, will start a PR"', () => {
    assert.deepEqual(read('Felix thinks he knows the problem and will take ownership of this.'), [[['Felix'], 'take ownership of this', 'will']]);
    assert.deepEqual(read('John: this has been a good discussion, will start a PR to capture it.'), [[['John'], 'start a PR to capture it', 'first-person']]);
    for (const trap of [
      'CF: So if you want two maps, that will work with 4k pages.',
      'The group discusses it and will revisit it.',
      'Propagate active records (CZW confirms it and will advance alongside it).',
      'Felix said the plan and will be fine.',
      'Felix thinks it will rain.',
    ]) {
      assert.deepEqual(read(trap), [], trap);
    }
  });

  it('reads a speaker written in bold: "**Name:** …", or "**Name**" on the line before', () => {
    assert.deepEqual(read('**Zachary Williamson:** Happy to do that and update them.'), [[['Zachary Williamson'], 'do that and update them', 'first-person']]);
    assert.deepEqual(read('**Danny** Cool, I’ll chew on that and maybe propose some dates.'), [[['Danny'], 'chew on that and maybe propose some dates', 'first-person']]);
    for (const trap of ['**Note:** I will write text.', '**Milestone 1:** we will be working on it.', '**Péter Szilágyi:** Prefer to make the original proposal.', '**Afri** Happy to learn more about that.']) {
      assert.deepEqual(read(trap), [], trap);
    }
  });

  it('reads "Write to Jo about the hall." as an imperative addressed to Jo, not an owner "Write" and a deed', () => {
    assert.deepEqual(read('Write to Jo about the hall.'), []);
    assert.deepEqual(read('We agreed on a date, and Reply to Bob Smith by Friday.'), []);
    assert.deepEqual(read('Reply to Mark about the room.', roster), []);
    // An owner someone knows (the roster, a role) keeps a deed whatever its case; a lower-case deed is a commitment.
    assert.deepEqual(read('Mark to Email the venue.', roster), [[['Mark Jones'], 'Email the venue', 'to']]);
    assert.deepEqual(read('Clerk to Contact the council.'), [[['Clerk'], 'Contact the council', 'to']]);
    assert.deepEqual(read('Ann to write to Jo about the hall.'), [[['Ann'], 'write to Jo about the hall', 'to']]);
    assert.deepEqual(read('Ann to also Reply to Bob.'), [[['Ann'], 'also Reply to Bob', 'to']]);
  });

  it('joins owners with "+": "rylev + scottmcm will discuss lints"', () => {
    const handles = new PeopleResolver([{ name: 'rylev', aliases: [] }, { name: 'scottmcm', aliases: [] }]);
    assert.deepEqual(read('Defer, rylev + scottmcm will discuss lints today.', handles), [[['rylev', 'scottmcm'], 'discuss lints today', 'will']]);
    assert.deepEqual(read('Defer, rylev + scottmcm will discuss lints today.'), [], 'handles in lower case only through the roster');
  });
});

describe('prose commitments (parser)', () => {
  it('hints in a note with no roster, naming owners as written, roles included', () => {
    const doc = parseMinutes('# Parish council\n\nClerk to send a letter of thanks. RS will communicate the above to AW. We will see.\n');
    assert.deepEqual(doc.proseActions.map((p) => [p.owners, p.text]), [
      [['Clerk'], 'send a letter of thanks'],
      [['RS'], 'communicate the above to AW'],
    ]);
    assert.equal(doc.actions.length, 0);
  });

  it('with a roster, hints only for its people and for roles', () => {
    const doc = parseMinutes('## Present\n\nMark Jones, Rita Singh\n\nMark will book the room. Anne Walker will send it. The Chair will open the meeting.\n');
    assert.deepEqual(doc.proseActions.map((p) => [p.owners, p.text]), [
      [['Mark Jones'], 'book the room'],
      [['Chair'], 'open the meeting'],
    ]);
  });

  it('takes no ordinary word for a name: one the document writes in lower case elsewhere, or a verb form', () => {
    const hints = (text: string) => parseMinutes(text).proseActions.map((p) => [p.owners, p.text]);
    assert.deepEqual(hints('# Notes\n\nHope to get feedback from the toolchains. We hope so.\n'), []);
    assert.deepEqual(hints('# Notes\n\nHope to get feedback from the toolchains.\n'), [[['Hope'], 'get feedback from the toolchains']], 'a name as far as the document tells');
    assert.deepEqual(hints('# Notes\n\nAgreed to use this tool for the groups.\n'), []);
    assert.deepEqual(hints('# Notes\n\nWilling to attend the QA meeting.\n'), []);
    assert.deepEqual(hints('# Notes\n\nYarille to run the vote over email. See https://github.com/yarille for more.\n'), [[['Yarille'], 'run the vote over email']], 'after a dot or slash a word is a link, not prose');
    assert.deepEqual(hints('# Notes\n\nEkr: Will review the text.\n\nekr: fine.\n'), [[['Ekr'], 'review the text']], 'a speaker is a name whatever else the file writes');
  });

  it('with a roster, also hints for a first name it does not list, not for other unknown owners', () => {
    const doc = parseMinutes('## Present\n\nMark Jones, Rita Singh\n\nYarille will run the vote over email. OCIO will work towards this. Anne Walker will send it.\n');
    assert.deepEqual(doc.proseActions.map((p) => [p.owners, p.text]), [[['Yarille'], 'run the vote over email']]);
  });

  it('with a roster, a speaker it does not list still owns their "I will"; a third person named in full does not', () => {
    const doc = parseMinutes('## Present\n\nMark Jones, Rita Singh\n\nZachary Williamson: Happy to do that and update them.\n\nAnne Walker will send the minutes.\n');
    assert.deepEqual(doc.proseActions.map((p) => [p.owners, p.text]), [[['Zachary Williamson'], 'do that and update them']]);
  });

  it('keeps, in the pre-scan, paragraphs whose only commitment is a hedge, a request or a handle in lower case', () => {
    const hints = (text: string) => parseMinutes(text).proseActions.map((p) => [p.owners, p.text]);
    assert.deepEqual(hints('# Notes\n\nLucas might help Aapeli on messaging.\n'), [[['Lucas'], 'help Aapeli on messaging']]);
    assert.deepEqual(hints('# Notes\n\nUri wants to chart the items.\n'), [[['Uri'], 'chart the items']]);
    assert.deepEqual(hints('# Notes\n\n- pnkfelix: hi\n\n- pnkfelix to act as liaison\n'), [[['pnkfelix'], 'act as liaison']]);
  });

  it('takes initials a roster line writes, and handles the file writes as a speaker, alone in a list item or after @', () => {
    const hints = (text: string) => parseMinutes(text).proseActions.map((p) => [p.owners, p.text]);
    assert.deepEqual(
      hints('Attendance: Cllr Jo Bruce JB Chair Cllr Dave Deighton DD Vice Chair\n\nBike racks are bent. DD to look into this. XY to look into that.\n'),
      [[['DD'], 'look into this']],
      'DD is written in the roster line; XY nowhere',
    );
    assert.deepEqual(hints('# Notes\n\n- pnkfelix: might have ABI implications\n- pnkfelix to act as liaison\n- refer to the RFC\n'), [[['pnkfelix'], 'act as liaison']]);
    assert.deepEqual(hints('# Notes\n\nReview boxes:\n\n* cramertj\n* scottmcm\n\nLater, cramertj, scottmcm to take action items to review.\n'), [[['cramertj', 'scottmcm'], 'take action items to review']]);
    assert.deepEqual(hints('# Notes\n\nThanks @dotan. dotan volunteering to help. welcome to the group.\n'), [[['dotan'], 'help']]);
    for (const trap of ['# Notes\n\n- note: keep it short\n- note to self: check.\n', '# Notes\n\n- we: fine\n- we will check it.\n', '# Notes\n\n- switch to tokio\n- need to parse SNI\n']) {
      assert.deepEqual(hints(trap), [], trap);
    }
  });

  it('with proseActions: action, makes them actions of kind prose, with a due date, listed and exported', () => {
    const text = '---\ndate: 2007-12-13\n---\n## Present\n\nRichard Sumner (RS)\n\nRS will take these views to the PBC Governance Committee next week. Clerk to send a letter.\n';
    const doc = parseMinutes(text, { proseActions: 'action' });
    assert.deepEqual(doc.proseActions, []);
    assert.deepEqual(
      doc.actions.map((a) => [a.kind, a.owners.map((o) => o.person ?? o.text), a.text, a.due]),
      [
        ['prose', ['Richard Sumner'], 'take these views to the PBC Governance Committee', '2007-12-20'],
        ['prose', ['Clerk'], 'send a letter', null],
      ],
    );
    const [first] = doc.actions;
    assert.equal(text.split('\n')[first.range.start.line].slice(first.ownerRange.start.character, first.ownerRange.end.character), 'RS');
    assert.equal(doc.diagnostics.filter((d) => d.code === 'prose-action').length, 0);
    const exported = formatJson(buildSummary([{ file: 'a.minutes.md', document: doc }]));
    assert.match(exported, /"kind": "prose"/);
    assert.ok('reason' in setActionDone(text, first, true), 'prose is not rewritten to mark it done');
    assert.equal(parseMinutes(text).actions.length, 0, 'hints by default');
  });
});

describe('the words a document writes in lower case', () => {
  it('answers word by word what collecting every lower-case word answers (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom('hope', 'Hope', 'agreed', ' ', '\n', '-', '@', '.', '/', ':', "'", '’', '_', '1', 'é', 'ß', 'İ', '𝐚', '𝐀', 'Yarille', 'x:', 'a/b', 'o’brien'),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(piece, { minLength: 1, maxLength: 3 }), (pieces, asked) => {
        const text = pieces.join('');
        const all = lowerCaseWords(text);
        const one = lowerCaseWordsOf(text);
        for (const word of [...all, ...asked.map((a) => a.toLowerCase()), asked.join('')]) assert.equal(one.has(word), all.has(word), JSON.stringify([text, word]));
      }),
      { numRuns: 3000 },
    );
  });
});
