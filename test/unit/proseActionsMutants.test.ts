// Commitments in prose, sentence by sentence as a secretary writes them: what each is read as (owners, what is to be
// done, its form), or that it is read as nothing. The cases Stryker's survivors showed no test could tell apart
// (docs/testing.md, "Mutation testing"); most are the recogniser's word lists and expressions, read when the module
// loads, each seen failing with its mutant applied to src/core/proseActions.ts by hand.
import { strict as assert } from 'node:assert';
import { parseMinutes } from '../../src/core/parse';
import { PeopleResolver } from '../../src/core/people';
import { findCommitments, lowerCaseWordsOf, ownerName, sentences } from '../../src/core/proseActions';

const nobody = new PeopleResolver([]);

function read(text: string, resolver = nobody): [string[], string, string][] {
  return findCommitments(text, resolver).map((c) => [c.owners.map(ownerName), c.text, c.form]);
}

const hints = (text: string, options: Parameters<typeof parseMinutes>[1] = {}) => parseMinutes(text, options).proseActions.map((p) => [p.owners, p.text]);

describe('prose commitments: every role an officer is written as', () => {
  it('reads "The <role> will …" for each role a council, club or board gives its officers', () => {
    for (const role of ['Parish Clerk', 'Town Clerk', 'Chairman', 'Chairwoman', 'Chairperson', 'Vice-Chair', 'Vice Chair', 'Convenor', 'Convener', 'President', 'Vice-President', 'Minute Taker', 'Secretary', 'Treasurer', 'Chair', 'Clerk', 'Handyman']) {
      assert.deepEqual(read(`The ${role} will write to the county council.`), [[[role], 'write to the county council', 'will']], role);
    }
  });

  it('with a roster, hints for a role of two words, which no roster lists', () => {
    assert.deepEqual(hints('## Present\n\nMark Jones, Rita Singh\n\nThe Town Clerk will write to the county council.\n'), [[['Town Clerk'], 'write to the county council']]);
  });
});

describe('prose commitments: one-word deeds and adverbs', () => {
  it('takes each one-word deed that commits someone: "Clerk to arrange.", "Clerk to reply."', () => {
    for (const deed of ['action', 'progress', 'investigate', 'review', 'update', 'follow-up', 'followup', 'chase', 'pursue', 'arrange', 'circulate', 'liaise', 'respond', 'reply', 'help']) {
      assert.deepEqual(read(`Clerk to ${deed}.`), [[['Clerk'], deed, 'to']], deed);
    }
    assert.deepEqual(read('Clerk to decide.'), [], 'a word that names no work to track');
  });

  it('reads past an adverb before "be" or "not": "Mark will also not attend." is no commitment', () => {
    for (const adverb of ['also', 'then', 'now', 'further', 'shortly', 'soon', 'personally', 'again', 'still', 'likely', 'probably', 'possibly', 'hopefully', 'surely']) {
      assert.deepEqual(read(`Mark will ${adverb} not attend.`), [], adverb);
      assert.deepEqual(read(`Mark will ${adverb} be away.`), [], adverb);
    }
    assert.deepEqual(read('Mark will also send the letter.'), [[['Mark'], 'also send the letter', 'will']]);
  });
});

describe('prose commitments: what someone said they would do', () => {
  it('takes contact reported of a later time as a deed: "TM said he would talk to the landowner"', () => {
    for (const verb of ['speak', 'talk', 'ask', 'get', 'bring', 'give', 'show', 'consider', 'try']) {
      assert.deepEqual(read(`TM said he would ${verb} the landowner.`), [[['TM'], `${verb} the landowner`, 'said']], verb);
    }
    assert.deepEqual(read('Clerk said they were able to get another quote.'), [[['Clerk'], 'get another quote', 'said']]);
    assert.deepEqual(read('TM said he can talk the landowner round.'), [], 'talk in the meeting');
  });
});

describe('prose commitments: a transcript whose speakers share a paragraph', () => {
  it('gives each speaker their own "I will" when the lines were written with no blank line between them', () => {
    assert.deepEqual(read('Jana: I will update the page. Mark: I will write to the bank.'), [
      [['Jana'], 'update the page', 'first-person'],
      [['Mark'], 'write to the bank', 'first-person'],
    ]);
    assert.deepEqual(hints('# Notes\n\nJana: I will update the page.\nMark: I will write to the bank.\n'), [
      [['Jana'], 'update the page'],
      [['Mark'], 'write to the bank'],
    ]);
    assert.deepEqual(read('Jana: I will update the page. Note: I will also chase the bank.'), [
      [['Jana'], 'update the page', 'first-person'],
      [['Jana'], 'also chase the bank', 'first-person'],
    ], 'a label hands nobody the floor');
    assert.deepEqual(read('The room is booked. Mark: I will write to the bank.'), [], 'no transcript: a paragraph no speaker opens');
  });
});

describe('prose commitments: how a sentence is written', () => {
  it('reads a commitment typed with two spaces where one would do', () => {
    assert.deepEqual(read('The grant was late,  Clerk to chase the council.'), [[['Clerk'], 'chase the council', 'to']]);
    assert.deepEqual(read('The grant was late –  Clerk to chase the council.'), [[['Clerk'], 'chase the council', 'to']]);
    assert.deepEqual(read('The grant was late and  Clerk to chase the council.'), [[['Clerk'], 'chase the council', 'to']]);
    assert.deepEqual(read('9.2  Clerk to chase the council.'), [[['Clerk'], 'chase the council', 'to']]);
    assert.deepEqual(read('The  Clerk will write to the council.'), [[['Clerk'], 'write to the council', 'will']]);
    assert.deepEqual(read('SK: ok,  will follow up.'), [[['SK'], 'follow up', 'first-person']]);
    assert.deepEqual(read('SK: ok  will follow up.'), [[['SK'], 'follow up', 'first-person']]);
    assert.deepEqual(read('Mark:  I will write to the bank.'), [[['Mark'], 'write to the bank', 'first-person']]);
    assert.deepEqual(read('**Danny**  I’ll send the notes.'), [[['Danny'], 'send the notes', 'first-person']]);
    for (const trap of ['Mark: I will  not attend.', 'Mark will also  not attend.', 'RBN: I will also  speak to structs.']) assert.deepEqual(read(trap), [], trap);
  });

  it('reads a commitment with a space before its full stop, and leaves the space out of what is to be done', () => {
    assert.deepEqual(read('ACTION for the Treasurer: reconcile the accounts .'), [[['Treasurer'], 'reconcile the accounts', 'action-for']]);
    assert.deepEqual(read('RS asked Mark to share this .', new PeopleResolver([{ name: 'Mark Jones', aliases: [] }])), [[['Mark Jones'], 'share this', 'asked']]);
    assert.deepEqual(read('RS asked the leads to share this with their groups .'), [[[], 'the leads to share this with their groups', 'asked']]);
    assert.deepEqual(read('Clerk to send a letter of thanks .'), [[['Clerk'], 'send a letter of thanks', 'to']]);
    assert.deepEqual(read('John said he would put together a recommendation .'), [[['John'], 'put together a recommendation', 'said']]);
    assert.deepEqual(read('The area is strewn with rubbish and the Handyman is to be tasked with clearing .'), [[['Handyman'], 'clearing', 'asked']]);
    assert.deepEqual(read('It was agreed that the Clerk would ask for comparable quotes .'), [[['Clerk'], 'ask for comparable quotes', 'will']]);
  });

  it('reads past an item number of any shape: "12", "9.12", "b)", "(b)", but only at the start', () => {
    for (const number of ['12', '9.12', 'b)', '(b)']) assert.deepEqual(read(`${number} Clerk to chase the council.`), [[['Clerk'], 'chase the council', 'to']], number);
    assert.deepEqual(read('Clerk to send the 2 letters.'), [[['Clerk'], 'send the 2 letters', 'to']]);
  });

  it('gives a speaker "we will", "we’ll", "I’d like to", and a last sentence with no full stop', () => {
    assert.deepEqual(read('Mark: We will send the agenda.'), [[['Mark'], 'send the agenda', 'first-person']]);
    assert.deepEqual(read('Mark: We’ll send the agenda.'), [[['Mark'], 'send the agenda', 'first-person']]);
    assert.deepEqual(read("Mark: I'd like to draft the notice."), [[['Mark'], 'draft the notice', 'first-person']]);
    assert.deepEqual(read('Mark: I will send the agenda'), [[['Mark'], 'send the agenda', 'first-person']]);
    assert.deepEqual(read('  **Danny** I’ll send the notes.'), [[['Danny'], 'send the notes', 'first-person']], 'an indented line of a text file');
  });

  it('takes no bold name inside a sentence, nor a phrase before a colon, for a speaker', () => {
    assert.deepEqual(read('The report from **Danny** was good and I will share it.'), []);
    assert.deepEqual(read('thanks all: we will meet again in June.'), []);
    assert.deepEqual(read('Meeting notes: I will write them up.'), []);
    assert.deepEqual(read('(KM): I will write the text.'), [[['KM'], 'write the text', 'first-person']]);
  });

  it('splits sentences without an empty one after the last', () => {
    assert.deepEqual(sentences('Clerk to chase.  '), [[0, 15]]);
  });
});

describe('prose commitments: who can be an owner', () => {
  it('takes a surname that ends like a verb, and a name starting "Theo" or holding "the"', () => {
    assert.deepEqual(read('Helen Fielding will circulate the agenda.'), [[['Helen Fielding'], 'circulate the agenda', 'will']]);
    assert.deepEqual(read('Jennings will circulate the agenda.'), [[['Jennings'], 'circulate the agenda', 'will']]);
    assert.deepEqual(read('Theo will send the agenda.'), [[['Theo'], 'send the agenda', 'will']]);
    assert.deepEqual(read('Blythe Smith will send the agenda.'), [[['Blythe Smith'], 'send the agenda', 'will']]);
    assert.deepEqual(hints('## Present\n\nBlythe Smith, Rita Singh\n\nBlythe Smith will send the agenda.\n'), [[['Blythe Smith'], 'send the agenda']]);
  });

  it('takes "All" only as everyone: "Allison to …" is Allison', () => {
    assert.deepEqual(read('Allison to send the agenda.'), [[['Allison'], 'send the agenda', 'to']]);
  });

  it('takes nobody for "The PCT", "Council Officers" or a group', () => {
    for (const trap of ['The PCT will write to the practices.', 'Council Officers will write to the residents.', 'The PCT said they would write to the practices.', 'ACTION for the leads: share this with their groups.']) {
      assert.deepEqual(read(trap), [], trap);
    }
  });

  it('takes a hedge ("might", "plans to", "intends to") only from people: a roster’s full name or a role, not an organisation', () => {
    const roster = new PeopleResolver([{ name: 'Mark Jones', aliases: [] }]);
    assert.deepEqual(read('Mark Jones might help the team.', roster), [[['Mark Jones'], 'help the team', 'will']]);
    assert.deepEqual(read('The Town Clerk might help the school.'), [[['Town Clerk'], 'help the school', 'will']]);
    for (const trap of ['Anne Walker might help the team.', 'Anne Walker plans to help the team.', 'Anne Walker intends to help the team.', 'WatCom might start this soon.', 'WatCom plans to start this soon.', 'WatCom intends to start this soon.', 'Lucas and WatCom might help the team.']) {
      assert.deepEqual(read(trap), [], trap);
    }
  });
});

describe('prose commitments: what is a deed', () => {
  it('reads each verb as its form: "are to", "is going to", "are going to"', () => {
    assert.deepEqual(read('Chair and Clerk are to meet the auditors.'), [[['Chair', 'Clerk'], 'meet the auditors', 'is-to']]);
    assert.deepEqual(read('Mark is going to send the minutes.'), [[['Mark'], 'send the minutes', 'will']]);
    assert.deepEqual(read('Mark and Jo are going to send the minutes.'), [[['Mark', 'Jo'], 'send the minutes', 'will']]);
  });

  it('reads past adverbs to the deed: "Jo will also be the lead", but not "Mark will also attend" or "Mark will probably."', () => {
    assert.deepEqual(read('Jo will also be the lead.'), [[['Jo'], 'also be the lead', 'will']]);
    assert.deepEqual(read('Mark will be a reviewer of the draft.'), [[['Mark'], 'be a reviewer of the draft', 'will']]);
    assert.deepEqual(read('Mark will be an editor of the newsletter.'), [[['Mark'], 'be an editor of the newsletter', 'will']]);
    assert.deepEqual(read('Mark will be away, so Jo will be the lead.'), [[['Jo'], 'be the lead', 'will']]);
    for (const trap of ['Mark will also attend.', 'Mark will probably.', 'Mark will not, after all, attend.', 'The Clerk should be asked to attend.']) assert.deepEqual(read(trap), [], trap);
  });

  it('keeps the owners as written empty for an invitation and a request to a group', () => {
    const [invited] = findCommitments('Jan Filochowski will be invited to the next meeting.', nobody);
    assert.equal(invited.ownerText, '');
    const [asked] = findCommitments('RS asked the leads to share this.', nobody);
    assert.equal(asked.ownerText, '');
  });
});

describe('prose commitments: more of how a sentence is written', () => {
  it('keeps a space before the full stop out of a relative clause, a speaker’s deed, and a passive’s agent', () => {
    assert.deepEqual(read('Lars: Talk to Ekr, who will lead the team .'), [[['Ekr'], 'lead the team', 'will']]);
    assert.deepEqual(read('ekr: I will write text .'), [[['ekr'], 'write text', 'first-person']]);
    assert.deepEqual(read('The draft to be completed by Owen...'), [[['Owen'], 'The draft to be completed', 'passive']]);
    assert.deepEqual(read('The draft to be completed by J.Smith.'), [[['J.Smith'], 'The draft to be completed', 'passive']]);
  });

  it('keeps a clause’s own subject over the sentence’s: "Felix thinks … and Mark will send it"', () => {
    assert.deepEqual(read('Felix thinks the plan is fine and Mark will send it.'), [[['Mark'], 'send it', 'will']]);
  });

  it('takes no question and no "we will" inside a clause as the speaker’s own', () => {
    assert.deepEqual(read('Jana: Will you update the page?'), []);
    assert.deepEqual(read('ekr: Fine, we will publish it as I said.'), []);
  });
});

describe('prose commitments: what an action already records', () => {
  const hintsOf = (body: string) => hints(`# Notes\n\n${body}\n`);

  it('hints again only when no action of the same owner shares half the words', () => {
    assert.deepEqual(hintsOf('ACTION: Rita — send the letter\n\nClerk to send the letter.'), [[['Clerk'], 'send the letter']], 'another owner’s action');
    assert.deepEqual(hintsOf('ACTION: Clerk, Rita — send the letter\n\nClerk to send the letter.'), [], 'one of its owners');
    assert.deepEqual(hintsOf('ACTION: Clerk — send the parcel\n\nClerk to send the letter.'), [], 'half the words');
    assert.deepEqual(hintsOf('ACTION: Clerk — send the parcel to Bristol\n\nClerk to send the letter of thanks.'), [[['Clerk'], 'send the letter of thanks']], 'a third of the words');
    assert.deepEqual(hintsOf('ACTION: Clerk — ask Al\n\nClerk to ask Jo.'), [[['Clerk'], 'ask Jo']], 'no long word to compare');
    assert.deepEqual(hints('## Present\n\nMark Jones (MJ), Rita Singh\n\nACTION: MJ — book the room\n\nMark will book the room.\n'), [], 'the same person by initials');
  });
});

describe('prose commitments: handles the file writes elsewhere', () => {
  const withRoster = (body: string) => hints(`Present: Mark Jones\n\n## Notes\n\n${body}\n\njdoe to send the letter.\n`);

  it('takes a handle alone in a list item (nested, spaced, with trailing spaces) as someone who may own a commitment', () => {
    for (const list of ['- leads\n  - jdoe', '- jdoe  \n- kim', '-  jdoe', '- pnkfelix: hi\n- jdoe: hi']) assert.deepEqual(withRoster(list), [[['jdoe'], 'send the letter']], list);
  });

  it('takes no handle from a word before a colon inside a line, after a dash inside a line, or a list item that says more', () => {
    for (const trap of ['The contact is jdoe: see above.', 'Reviewed by the team - jdoe', '- jdoe said hi']) assert.deepEqual(withRoster(trap), [], trap);
  });
});

describe('prose commitments: which the editor hints', () => {
  it('hints no invitation (no owner), no ambiguous first name, and no pair with one owner the roster does not know', () => {
    assert.deepEqual(hints('# Notes\n\nJan Filochowski will be invited to the next meeting.\n'), []);
    assert.deepEqual(hints('## Present\n\nRichard Sumner, Richard Smith\n\nRichard will book the room.\n'), []);
    assert.deepEqual(hints('## Present\n\nMark Jones, Rita Singh\n\nMark and Anne Walker will send it.\n'), []);
  });

  it('takes a speaker for a name even when the file writes the word in lower case', () => {
    assert.deepEqual(hints('# Notes\n\nHope: I will send the notes.\n\nWe hope so.\n'), [[['Hope'], 'send the notes']]);
  });

  it('places the owner of a commitment that is not the paragraph’s first sentence', () => {
    for (const text of ['# Notes\n\nThe room is booked. Clerk to send a letter.\n', '# Notes\n\nThe room is booked. Rita agreed and Clerk to send a letter.\n']) {
      const [action] = parseMinutes(text, { proseActions: 'action' }).actions;
      const line = text.split('\n')[action.ownerRange!.start.line];
      assert.equal(line.slice(action.ownerRange!.start.character, action.ownerRange!.end.character), 'Clerk', text);
    }
  });
});

describe('the words a document writes in lower case, word by word', () => {
  it('finds a word after a space, not after a letter outside the BMP, and never a capitalised one', () => {
    assert.equal(lowerCaseWordsOf('x hope').has('hope'), true);
    assert.equal(lowerCaseWordsOf('\u{1D41A}hope').has('hope'), false, 'a mathematical letter glued before it');
    assert.equal(lowerCaseWordsOf('Hope to get feedback.').has('Hope'), false);
  });
});
