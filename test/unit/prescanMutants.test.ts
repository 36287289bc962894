import { strict as assert } from 'node:assert';
import { prescan } from '../../src/core/prescan';
import { check, checkWithoutProse } from './helpers/differential';

// The pre-scan's rules, one small document each, held two ways at once: the fast path's model deep-equals the full
// parse's (as differential.test.ts holds it on fuzzed documents, in milliseconds here instead of seconds), and the
// pre-scan cuts and keeps what its rules say, so a pre-scan that keeps everything, or cuts anywhere, fails too.
// Each document is read again with CRLF line endings, and without looking for commitments in prose.

type Part = [text: string, kept: boolean];
const keep = (text: string): Part => [text, true];
const drop = (text: string): Part => [text, false];

interface Case {
  name: string;
  /** The document, as the chunks the pre-scan cuts it into, each kept or dropped. */
  chunks: Part[];
  /** Read by remark whole (the pre-scan cuts nothing). */
  inFull?: boolean;
  /** What is kept when commitments in prose are not looked for, when it is less. */
  withoutProse?: boolean[];
}

/** The chunks the pre-scan cuts `text` into, each as its text and whether it is kept. */
function scanned(text: string, prose = true): Part[] {
  return prescan(text, prose).chunks.map((c) => [text.slice(c.start, c.end), c.keep]);
}

function holds(c: Case): void {
  const text = c.chunks.map(([part]) => part).join('');
  const scan = prescan(text);
  assert.deepEqual(scanned(text), c.chunks, 'the chunks the pre-scan cuts and keeps');
  assert.equal(scan.inFull, c.inFull ?? false, 'read in full');
  assert.equal(scan.empty, c.chunks.every(([, kept]) => !kept), 'empty when nothing is kept');
  assert.deepEqual(scanned(text, false).map(([, kept]) => kept), c.withoutProse ?? c.chunks.map(([, kept]) => kept), 'kept without prose');
  if (!text.includes('\r')) {
    const crlf = text.replace(/\n/g, '\r\n');
    assert.deepEqual(scanned(crlf), c.chunks.map(([part, kept]) => [part.replace(/\n/g, '\r\n'), kept]), 'the chunks with CRLF line endings');
  }
  readsAsFullParse(text);
}

/** The fast path's model is the full parse's, with prose read or not, and with CRLF line endings. */
function readsAsFullParse(text: string): void {
  check(text);
  checkWithoutProse(text);
  if (!text.includes('\r')) check(text.replace(/\n/g, '\r\n'), 'with CRLF line endings');
}

const groups: [string, Case[]][] = [
  ['Chunks: a blank line, then a line at the margin', [
    { name: 'cuts after blank lines and keeps only what the parser reads', chunks: [drop('Prose.\n\n'), keep('ACTION: MJ — x\n\n'), drop('End.\n')] },
    { name: 'cuts nowhere but after a blank line, at the margin', chunks: [drop(' \tProse.\nMore.\n\n  indented\n\n'), drop('End.\n')] },
    { name: 'drops a document of prose', chunks: [drop('Just prose.\n\n'), drop('Nothing else.\n')] },
    { name: 'drops an empty document', chunks: [drop('')] },
    { name: 'drops blank lines', chunks: [drop('\n\n\n')] },
  ]],
  ['Fences', [
    { name: 'a backtick fence hides blank lines and labels until it closes', chunks: [drop('Prose.\n\n'), keep('```\nx\n\nACTION: MJ — in code\n```\n\n'), keep('ACTION: RS — after\n\n'), drop('End.\n')] },
    { name: 'a tilde fence is not closed by backticks', chunks: [drop('Prose.\n\n'), keep('~~~\n\nACTION: MJ — in code\n```\n\nstill code\n~~~\n\n'), drop('End.\n')] },
    { name: 'a fence is not closed by a shorter one', chunks: [keep('````\n```\n\nACTION: MJ — in code\n````\n\n'), drop('End.\n')] },
    { name: 'a tilde fence is closed by a longer one', chunks: [keep('~~~~\n~~~\n\nACTION: MJ — in code\n~~~~~\n\n'), drop('End.\n')] },
    { name: 'a fence is not closed by one with text after it', chunks: [keep('```\n\nACTION: MJ — in code\n``` x\n\nstill\n```\n\n'), drop('End.\n')] },
    { name: 'a fence is closed by one with spaces after it', chunks: [keep('```\n\nACTION: MJ — in code\n```  \n\n'), drop('End.\n')] },
    { name: 'a fence is not closed by one indented four columns', chunks: [keep('```\n\nACTION: MJ — in code\n    ```\n\nstill\n```\n\n'), drop('End.\n')] },
    { name: 'a fence indented three columns, closed by one', chunks: [keep('   ```\n\nACTION: MJ — in code\n   ```\n\n'), drop('End.\n')] },
    { name: 'a fence indented two columns outside a list', chunks: [keep('Prose\n\n  ```\n\nACTION: MJ — in code\n```\n\n'), drop('End.\n')] },
    { name: 'a backtick line with a backtick in its info is no fence', chunks: [drop('``` a`b\n\n'), keep('ACTION: MJ — not code\n\n'), drop('End.\n')] },
    { name: 'an unclosed fence runs to the end', chunks: [drop('Prose.\n\n'), keep('```\nx\n\nACTION: MJ — y\n')] },
    { name: 'a fence at the margin after a list is tracked', chunks: [drop('- item\n\n'), drop('```\nx\n```\n\n'), keep('ACTION: MJ — y\n\n'), drop('End.\n')] },
  ]],
  ['Stop cutting, keep the rest: a fence or HTML indented 1–3 columns in what may be a list, a fence in what may be an HTML block', [
    { name: 'a fence indented in a list item', chunks: [keep('- item\n\n  ```\n\nx\n\n```\n\nACTION: MJ — y\n\nEnd.\n')] },
    { name: 'a fence indented in an ordered list item', chunks: [keep('1. item\n\n   ```\n\nx\n\n```\n\nACTION: MJ — y\n')] },
    { name: 'a fence indented in a list item with a star', chunks: [keep('* item\n\n  ~~~\n\nx\n\n~~~\n\nACTION: MJ — y\n')] },
    { name: 'HTML indented in a list item', chunks: [keep('+ item\n\n  <!--\n\nx\n\n-->\n\nACTION: MJ — y\n')] },
    { name: 'a list ended by a paragraph at the margin, then an indented fence', chunks: [drop('- item\n\n'), drop('Prose.\n\n  ```\n\nx\n\n```\n\n'), keep('ACTION: MJ — y\n')] },
    { name: 'a fence after a list, then an indented one', chunks: [drop('- item\n\n'), keep('```\nx\n```\n\n  ```\n\nACTION: MJ — y\n')] },
    { name: 'a fence inside what may be an HTML block', chunks: [keep('<div>\n```\n\nx\n\n```\n\nACTION: MJ — y\n')] },
    { name: 'an HTML block ended by a blank line, then a fence', chunks: [drop('<div>\n\n'), drop('```\nx\n```\n\n'), keep('ACTION: MJ — y\n\n'), drop('End.\n')] },
    { name: 'the rest kept after a section', chunks: [drop('Prose.\n\n'), keep('## Attended\n\n'), keep('Mark Jones\n\n'), keep('- item\n\n  ```\n\nProse.\n')] },
    { name: 'a comment that ends where it starts', chunks: [keep('<!-->\n\nProse.\n\nACTION: MJ — x\n')] },
    { name: 'a comment of three dashes', chunks: [keep('<!--->\n\nProse.\n\nACTION: MJ — x\n')] },
    { name: 'a processing instruction that ends where it starts', chunks: [keep('<?>\n\nProse.\n\nACTION: MJ — x\n')] },
  ]],
  ['HTML blocks that survive blank lines', [
    { name: 'a comment', chunks: [keep('<!--\n\nACTION: MJ — hidden\n\n-->\n\n'), drop('End.\n')] },
    { name: 'a comment on one line', chunks: [drop('<!-- one -->\n\n'), drop('Prose.\n\n'), keep('ACTION: MJ — x\n')] },
    { name: 'a comment indented', chunks: [keep('  <!--\n\nACTION: MJ — hidden\n-->\n\n'), drop('End.\n')] },
    { name: 'script', chunks: [keep('<script>\n\nACTION: MJ — hidden\n\n</script>\n\n'), drop('End.\n')] },
    { name: 'pre', chunks: [keep('<pre>\n\nACTION: MJ — hidden\n</pre>\n\n'), drop('End.\n')] },
    { name: 'pre on one line', chunks: [drop('<pre>x</pre>\n\n'), drop('Prose.\n\n'), keep('ACTION: MJ — y\n')] },
    { name: 'style', chunks: [keep('<style>\n\nACTION: MJ — hidden\n</style>\n\n'), drop('End.\n')] },
    { name: 'textarea', chunks: [keep('<textarea>\n\nACTION: MJ — hidden\n</textarea>\n\n'), drop('End.\n')] },
    { name: 'a processing instruction', chunks: [keep('<?php\n\nACTION: MJ — hidden\n?>\n\n'), drop('End.\n')] },
    { name: 'CDATA', chunks: [keep('<![CDATA[\n\nACTION: MJ — hidden\n]]>\n\n'), drop('End.\n')] },
    { name: 'a declaration', chunks: [keep('<!DOCTYPE html\n\nACTION: MJ — hidden\n>\n\n'), drop('End.\n')] },
  ]],
  ['Front matter', [
    { name: 'closed, with blank lines inside', chunks: [keep('---\ntitle: Board\n\ndate: 2024-03-04\n---\n\n'), drop('Prose.\n\n'), keep('ACTION: MJ — x\n')] },
    { name: 'closed, fences with spaces after them', chunks: [keep('---  \ntitle: Board\n---\t\n\n'), drop('Prose.\n')] },
    { name: 'closed at the end of the document', chunks: [keep('---\ntitle: Board\n---')] },
    { name: 'closed, with CRLF line endings', chunks: [keep('---\r\ntitle: Board\r\n---\r\n\r\n'), drop('Prose.\r\n')] },
    { name: 'unclosed: read in full', chunks: [keep('---\ntitle: Board\n\n- [x] @SN confirm\n')], inFull: true },
    { name: 'a thematic break with text is no front matter', chunks: [keep('--- x\ntitle: Board\n---\n\n'), drop('Prose.\n')] },
    { name: 'a `---` block further down is no front matter', chunks: [keep('# T\n\n'), keep('---\ntitle: x\n---\n\n'), keep('ACTION: MJ — x\n')] },
  ]],
  ['Link definitions, checkboxes, brackets', [
    { name: 'a definition is kept: a heading elsewhere reads by it', chunks: [keep('## [Attended][a]\n\n'), keep('Mark Jones, Rita Singh\n\n'), keep('Prose.\n\n'), keep('[a]: https://example.com\n')] },
    { name: 'a definition alone is kept', chunks: [drop('Prose.\n\n'), keep('[a]: https://example.com\n\n'), drop('More.\n')] },
    { name: 'a footnote definition is kept', chunks: [drop('Prose.\n\n'), keep('[^1]: a note\n\n'), drop('More.\n')] },
    { name: 'checkboxes of every case are kept', chunks: [keep('- [ ] @MJ call\n\n'), drop('Prose.\n\n'), keep('- [x] @RS done\n\n'), keep('- [X] @SN done\n\n'), keep('- [\t] @BC tab\n')] },
    { name: 'a bracket at a line\'s end is kept, a link in prose is not', chunks: [drop('Prose with a [link](x).\n\n'), keep('More [\n\n'), drop('End.\n')] },
    { name: 'a definition whose label spans lines', chunks: [keep('See [a] [\n]: /u\n\n'), drop('End.\n')] },
  ]],
  ['Labels and markers with colons', [
    { name: 'a date line', chunks: [drop('Prose.\n\n'), keep('Date: 13 Dec 2007\n\n'), drop('More.\n')] },
    { name: 'a date/time line', chunks: [drop('Prose.\n\n'), keep('Meeting date/time: 4 March 2024\n\n'), drop('More.\n')] },
    { name: 'a bold label, the colon inside', chunks: [drop('Prose.\n\n'), keep('**Date:** 4 March 2024\n\n'), drop('More.\n')] },
    { name: 'a bold label, the colon outside after a space', chunks: [drop('Prose.\n\n'), keep('__Date__ : 4 March 2024\n\n'), drop('More.\n')] },
    { name: 'a label with spaces before its colon', chunks: [drop('Prose.\n\n'), keep('Date  : 4 March 2024\n\n'), drop('More.\n')] },
    { name: 'places', chunks: [drop('Prose.\n\n'), keep('Location: Room 2\n\n'), keep('Venue: x\n\n'), keep('Place: y\n\n'), drop('More.\n')] },
    { name: 'decisions and items', chunks: [drop('Prose.\n\n'), keep('DECISION: adopt it\n\n'), keep('Agreed: to meet\n\n'), keep('Resolved: yes\n\n'), keep('Item: a\n\n'), drop('More.\n')] },
    { name: 'roster labels with names', chunks: [drop('Prose.\n\n'), keep('Attendees: Mark Jones\n\n'), keep('Participants: Bo Chan\n\n'), keep('Attendance: x\n\n'), keep('Present: y\n\n'), keep('Attended: z\n\n'), drop('More.\n')] },
    { name: 'absence labels with names', chunks: [drop('Prose.\n\n'), keep('Absent: Bo Chan\n\n'), keep('Absence: x\n\n'), keep('Regrets: y\n\n'), keep('Apologies: z\n\n'), drop('More.\n')] },
    { name: 'copies labels', chunks: [drop('Prose.\n\n'), keep('Distribution: all\n\n'), keep('Circulation: x\n\n'), keep('To: y\n\n'), drop('More.\n')] },
    { name: 'a word before a colon that is no label', chunks: [drop('Prose.\n\n'), drop('Note: nothing\n\n'), drop('More.\n')] },
    { name: 'an action in prose, AI, next steps and to-dos', chunks: [drop('Prose.\n\n'), keep('AI: Mark to write\n\n'), keep('Next steps are clear\n\n'), keep('the todo list grows\n\n'), keep('the to-dos\n\n'), keep('next-step\n\n'), drop('More.\n')] },
    { name: 'AI inside a word is no action', chunks: [drop('Prose.\n\n'), drop('AIM high, said\n\n'), drop('More.\n')] },
  ]],
  ['Prose that may hold a commitment (kept only when prose is read)', [
    { name: 'a capitalised name and a verb', chunks: [drop('Prose.\n\n'), keep('RS will send the letter.\n\n'), drop('More.\n')], withoutProse: [false, false, false] },
    { name: 'a verb said', chunks: [drop('Prose.\n\n'), keep('John said he would help.\n\n'), drop('More.\n')], withoutProse: [false, false, false] },
    { name: 'a handle in lower case and a bare to', chunks: [drop('Prose.\n\n'), keep('- pnkfelix to act as liaison\n\n'), drop('More.\n')], withoutProse: [false, false, false] },
    { name: 'handles joined and a bare to', chunks: [drop('Prose.\n\n'), keep('* rylev, scottmcm to review\n\n'), drop('More.\n')], withoutProse: [false, false, false] },
  ]],
  ['Roster and next-meeting sections: from a heading or an empty label until a heading at the margin', [
    { name: 'an empty label', chunks: [keep('Present:\n\n'), keep('Mark Jones, Rita Singh\n\n'), keep('## Other\n\n'), drop('Prose.\n')] },
    { name: 'a heading', chunks: [keep('## Attended\n\n'), keep('Mark Jones, Rita Singh\n\n'), keep('Bo Chan\n\n'), keep('## Other\n\n'), drop('Prose.\n')] },
    { name: 'the next meeting', chunks: [keep('Next meeting:\n\n'), keep('Friday 22 June 2007\n\n'), keep('Room 2\n\n'), keep('# Other\n\n'), drop('Prose.\n')] },
    { name: 'a bold empty label', chunks: [keep('**Present**:\n\n'), keep('Mark Jones\n\n'), keep('## Other\n\n'), drop('Prose.\n')] },
    { name: 'an empty label with spaces after it', chunks: [keep('__Apologies__:  \n\n'), keep('Bo Chan\n\n'), keep('## Other\n\n'), drop('Prose.\n')] },
    { name: 'a label with names opens no section', chunks: [keep('Present: Mark Jones\n\n'), drop('Rita Singh\n\n'), drop('Prose.\n')] },
    { name: 'an indented heading does not end one', chunks: [keep('## Attended\n\n'), keep('Mark Jones\n\n  ## indented\n\n'), keep('Rita Singh\n\n'), keep('## Other\n\n'), drop('Prose.\n')] },
    { name: 'a hashtag does not end one', chunks: [keep('## Attended\n\n'), keep('Mark Jones\n\n'), keep('#hashtag\n\n'), keep('Rita Singh\n')] },
    { name: 'an action list label', chunks: [keep('Action items:\n\n'), keep('- MJ to call\n\n'), keep('- RS to write\n\n'), keep('## Other\n\n'), drop('- Not a task\n')] },
    { name: 'an outcome label', chunks: [keep('Outcome:\n\n'), keep('- adopt it\n\n'), keep('Prose.\n')] },
    { name: 'a heading and its sub-headings, ended by a shallower one', chunks: [keep('# Action items\n\n'), keep('- MJ to call\n\n'), keep('## Jack\n\n'), keep('- send\n\n'), keep('# Other\n\n'), drop('- not\n')] },
    { name: 'a deep heading and its sub-heading', chunks: [keep('#### Attended\n\n'), keep('Mark Jones\n\n'), keep('##### Board\n\n'), keep('Rita Singh\n\n'), keep('# Other\n\n'), drop('Prose.\n')] },
    { name: 'a heading with emphasis', chunks: [keep('## Next *meeting*\n\n'), keep('Friday\n\n'), keep('## Other\n\n'), drop('Prose.\n')] },
    { name: 'a heading with an entity', chunks: [keep('## &#65;ttendees\n\n'), keep('Mark Jones\n\n'), keep('## Other\n\n'), drop('Prose.\n')] },
    { name: 'copies', chunks: [keep('## Copies to\n\n'), keep('Mark Jones\n\n'), keep('## Other\n\n'), drop('Prose.\n')] },
    { name: 'roll call', chunks: [keep('## Roll call\n\n'), keep('Mark Jones\n\n'), keep('## Other\n\n'), drop('Prose.\n')] },
    { name: 'a heading that opens none', chunks: [keep('## Decisions\n\n'), drop('- adopt it\n\n'), keep('## Other\n\n'), drop('Prose.\n')] },
    { name: 'set-text headings', chunks: [drop('Prose.\n\n'), keep('Attendees\n---------\n\n'), keep('Mark Jones, Rita Singh\n\n'), keep('Apologies\n=========\n\n'), keep('Bo Chan\n\n'), keep('# Other\n\n'), drop('More.\n')] },
  ]],
  ['Headings, set-text underlines, tables, lists', [
    { name: 'an ATX heading is kept', chunks: [drop('Prose.\n\n'), keep('# Heading\n\n'), drop('More.\n')] },
    { name: 'a hash glued to its text is kept', chunks: [drop('Prose.\n\n'), keep('#Heading\n\n'), drop('More.\n')] },
    { name: 'a heading indented three columns is kept', chunks: [keep('Prose.\n\n   # Heading\n\n'), drop('More.\n')] },
    { name: 'a heading indented four columns is code', chunks: [drop('Prose.\n\n    # code\n\n'), drop('More.\n')] },
    { name: 'a heading after a tab is code', chunks: [drop('Prose.\n\n\t# code\n\n'), drop('More.\n')] },
    { name: 'an underline indented three columns is kept', chunks: [keep('Prose.\n\n   ---\n\n'), drop('More.\n')] },
    { name: 'an underline indented four columns is not', chunks: [drop('Prose.\n\n    ---\n\n'), drop('More.\n')] },
    { name: 'equals signs with text after them are no underline', chunks: [drop('Prose.\n\n'), drop('=== x\n\n'), drop('More.\n')] },
    { name: 'a table', chunks: [drop('Prose.\n\n'), keep('| Owner | Action |\n| --- | --- |\n| MJ | call |\n\n'), drop('More.\n')] },
    { name: 'a table without outer pipes', chunks: [drop('Prose.\n\n'), keep('Owner | Task\n--- | ---\nMJ | call\n\n'), drop('More.\n')] },
    { name: 'a table with aligned columns', chunks: [drop('Prose.\n\n'), keep('| Owner | Task |\n|:--|--:|\n| MJ | call |\n\n'), drop('More.\n')] },
    { name: 'pipes without a delimiter row', chunks: [drop('Prose.\n\n'), drop('| a |\n\n'), drop('a | b\n\n'), drop('More.\n')] },
    { name: 'a list going on across blank lines', chunks: [drop('Prose.\n\n'), drop('- item\n\n  more of the item\n\n'), drop('More.\n')] },
    { name: 'a list of tasks going on across blank lines', chunks: [keep('- [ ] @MJ a\n\n'), keep('- [ ] @RS b\n\n  more of b\n\n'), keep('1. [x] @SN c\n')] },
  ]],
  ['Read in full: a byte order mark, a lone carriage return', [
    { name: 'a byte order mark', chunks: [keep('\uFEFF## Actions\n\n- MJ to call\n')], inFull: true },
    { name: 'a lone carriage return', chunks: [keep('Prose\rMore\r\rACTION: MJ — x\n')], inFull: true },
    { name: 'a lone carriage return that opens a fence', chunks: [keep('x\r```\n\nACTION: MJ — y\n')], inFull: true },
    { name: 'CRLF line endings are cut as usual', chunks: [drop('Prose\r\n\r\n'), keep('ACTION: MJ — x\r\n')] },
  ]],
  ['More fences and lists, from the survivors of the first run', [
    { name: 'a tilde fence whose info holds a line separator (U+2028): a fence all the same', chunks: [drop('~~~ a\u2028b\n\nx\n\n~~~\n\n'), keep('ACTION: MJ — y\n')] },
    { name: 'a tilde fence whose info holds a paragraph separator (U+2029)', chunks: [drop('~~~\u2029\n\nx\n\n~~~\n\n'), keep('ACTION: MJ — y\n')] },
    { name: 'a backtick line whose info holds a line separator and a backtick is no fence', chunks: [drop('``` a\u2028`b\n\n'), drop('x\n\n'), keep('```\n\nACTION: MJ — y\n')] },
    { name: 'a tilde fence may hold a backtick in its info', chunks: [drop('~~~ a`b\n\nx\n\n~~~\n\n'), keep('ACTION: MJ — y\n')] },
    { name: 'a fence indented four columns is code, no fence', chunks: [drop('Prose\n\n    ```\n\n'), keep('ACTION: MJ — y\n')] },
    { name: 'an indented fence after a fence outside any list', chunks: [drop('```\nx\n```\n\n  ```\ny\n  ```\n\n'), drop('Prose.\n\n'), keep('ACTION: MJ — z\n')] },
    { name: 'an indented fence after HTML outside any list', chunks: [drop('<!--\nx\n-->\n\n  ```\ny\n  ```\n\n'), drop('Prose.\n')] },
    { name: 'a fence right after a comment\'s end', chunks: [drop('<!--\nx\n-->\n```\ny\n```\n\n'), drop('Prose.\n')] },
    { name: 'a list item numbered 10', chunks: [keep('10. item\n\n   ```\n\nx\n\n```\n\nACTION: MJ — y\n')] },
    { name: 'a list item numbered 0', chunks: [keep('0. item\n\n  ```\n\nx\n')] },
    { name: 'a list item numbered 9', chunks: [keep('9) item\n\n  ```\n\nx\n')] },
    { name: 'an empty list item', chunks: [keep('-\n\n  ```\n\nx\n\n```\n\nACTION: MJ — y\n')] },
    { name: 'a dash glued to its text is no list item', chunks: [drop('-x\n\n  ```\n\nx\n\n```\n\n'), keep('ACTION: MJ — y\n')] },
    { name: 'a list item going on after a blank line, then a fence in it', chunks: [keep('- item\n\n  text\n\n  ```\n\nx\n\n```\n\nACTION: MJ — y\n')] },
    { name: 'a list item going on lazily, then a fence in it', chunks: [keep('- item\nlazy\n  ```\n\nx\n\n```\n\nACTION: MJ — y\n')] },
    { name: 'an empty comment (`<!-->`) runs on to a `-->` here: the rest is one chunk', chunks: [drop('<!-->\n\nProse.\n')] },
    { name: 'a comment opened with three dashes', chunks: [keep('<!--- x\n\nProse.\n')] },
    { name: 'a comment with three dashes inside', chunks: [drop('<!-- a <!--- b\n\nProse.\n')] },
    { name: 'a processing instruction with an empty one inside', chunks: [drop('<? a <?> b\n\n'), drop('Prose.\n')] },
    { name: 'a script tag glued to a word is no script', chunks: [drop('<scripts\n\n'), keep('ACTION: MJ — y\n\n'), drop('Prose.\n')] },
    { name: 'a script tag alone on its line', chunks: [keep('<script\n\nACTION: MJ — hidden\n\n</script>\n\n'), drop('End.\n')] },
    { name: 'a comment not at a line\'s start', chunks: [drop('a <!--\n\n'), keep('ACTION: MJ — y\n\n'), drop('-->\n')] },
  ]],
  ['More sections and labels, from the survivors of the first run', [
    { name: 'an action list label in bold', chunks: [keep('**Action items:**\n\n'), keep('- send the letter\n\n'), keep('## Other\n\n'), drop('- not\n')] },
    { name: 'an action list label in a list item', chunks: [keep('- Action items:\n\n'), keep('- send the letter\n\n'), keep('## Other\n\n'), drop('- not\n')] },
    { name: 'an action list label indented, with underscores', chunks: [keep('  _Next steps_\n\n'), keep('- send the letter\n\n'), keep('## Other\n\n'), drop('- not\n')] },
    { name: 'an action list label after a quote mark', chunks: [keep('> Action items:\n\n'), keep('- send the letter\n\n'), keep('## Other\n\n'), drop('- not\n')] },
    { name: 'an empty label with a space before its colon', chunks: [keep('Present :\n\n'), keep('Mark Jones\n\n'), keep('## Other\n\n'), drop('Prose.\n')] },
    { name: 'a heading To do', chunks: [keep('## To do\n\n'), keep('- call Bo\n\n'), keep('## Other\n\n'), drop('- not\n')] },
    { name: 'a heading To-do', chunks: [keep('## To-do\n\n'), keep('- call Bo\n\n'), keep('## Other\n\n'), drop('- not\n')] },
    { name: 'a heading Todo', chunks: [keep('## Todo\n\n'), keep('- call Bo\n\n'), keep('## Other\n\n'), drop('- not\n')] },
    { name: 'a heading To be done', chunks: [keep('## To be done\n\n'), keep('- call Bo\n\n'), keep('## Other\n\n'), drop('- not\n')] },
    { name: 'a heading To be done with wide spaces', chunks: [keep('## To  be  done\n\n'), keep('- call Bo\n\n'), keep('## Other\n\n'), drop('- not\n')] },
    { name: 'an empty heading ends a section', chunks: [keep('## Attended\n\n'), keep('Mark Jones\n\n'), keep('#\n\n'), drop('Prose.\n')] },
    { name: 'a hash inside a line is no heading', chunks: [keep('## Attended\n\n'), keep('Mark Jones\n\n'), keep('Rita # Singh\n\n'), keep('Bo Chan\n')] },
    { name: 'a set-text underline of two equals signs', chunks: [drop('Prose.\n\n'), keep('Attendees\n==\n\n'), keep('Mark Jones\n\n'), keep('# Other\n\n'), drop('More.\n')] },
    { name: 'a pipe and a dash in prose make no table', chunks: [drop('Prose a | b - c\n\n'), drop('More.\n')] },
    { name: 'a dash, then a pipe, in prose', chunks: [drop('Prose a-b | c\n\n'), drop('More.\n')] },
  ]],
  ['More prose and words, from the survivors of the first run', [
    { name: 'the word action in prose', chunks: [drop('Prose.\n\n'), keep('the action plan\n\n'), drop('More.\n')] },
    { name: 'next steps with two spaces', chunks: [drop('Prose.\n\n'), keep('next  steps\n\n'), drop('More.\n')] },
    { name: 'to do with a space', chunks: [drop('Prose.\n\n'), keep('things to do\n\n'), drop('More.\n')] },
    { name: 'a word that holds todo is no to-do', chunks: [drop('Prose.\n\n'), drop('the mastodon herd\n\n'), drop('More.\n')] },
    { name: 'a verb said at a chunk\'s start', chunks: [drop('Prose.\n\n'), keep('Should be sent.\n\n'), drop('More.\n')], withoutProse: [false, false, false] },
    { name: 'we\'ll', chunks: [drop('Prose.\n\n'), keep('Then we\'ll see.\n\n'), drop('More.\n')], withoutProse: [false, false, false] },
    { name: 'to be completed by', chunks: [drop('Prose.\n\n'), keep('the report, to be completed by Owen.\n\n'), drop('More.\n')], withoutProse: [false, false, false] },
    { name: 'a handle of two characters is no handle', chunks: [drop('Prose.\n\n'), drop('- x1 to act\n\n'), drop('More.\n')] },
    { name: 'a handle and a bare to after two spaces', chunks: [drop('Prose.\n\n'), keep('- pnkfelix  to act\n\n'), drop('More.\n')], withoutProse: [false, false, false] },
    { name: 'handles joined with spaces before the comma', chunks: [drop('Prose.\n\n'), keep('* rylev , scottmcm to review\n\n'), drop('More.\n')], withoutProse: [false, false, false] },
    { name: 'handles joined without a space', chunks: [drop('Prose.\n\n'), keep('* rylev,scottmcm to review\n\n'), drop('More.\n')], withoutProse: [false, false, false] },
    { name: 'a handle and a bare to inside a line', chunks: [drop('Prose.\n\n'), drop('Said so, felix to act.\n\n'), drop('More.\n')] },
  ]],
  ['Front matter, HTML and headings, more', [
    { name: 'a link definition whose label spans two lines (no `[` on the line of its `]:`)', chunks: [keep('| [Owner][foo bar] | Action |\n|---|---|\n| MJ | call |\n\n'), keep('[foo\nbar]: /owners\n')] },
    { name: 'front matter with a blank line inside, fences with spaces after them', chunks: [keep('---  \ntitle: Board\n\ndate: 2024-03-04\n---\t\n\n'), drop('Prose.\n')] },
    { name: 'front matter is not closed by a fence with text after it', chunks: [keep('---\ntitle: x\n--- y\n\nACTION: MJ — z\n\n---\n\n'), keep('Prose.\n')] },
    { name: 'front matter is not closed by a line ending in a fence', chunks: [keep('---\ntitle: x\n\nnot ---\n\nACTION: MJ — x\n\n---\n\n'), keep('Prose.\n')] },
    { name: 'a script tag after another tag', chunks: [drop('<div><script>\n\n'), drop('Prose.\n\n'), keep('ACTION: MJ — y\n')] },
    { name: 'a comment after a tag', chunks: [drop('<b>x</b> <!-- y\n\n'), keep('ACTION: MJ — z\n\n'), drop('Prose.\n')] },
    { name: 'a processing instruction after a tag', chunks: [drop('<b> <?x\n\n'), keep('ACTION: MJ — z\n\n'), drop('Prose.\n')] },
    { name: 'CDATA after a tag', chunks: [keep('<b> <![CDATA[\n\n'), keep('ACTION: MJ — z\n\n'), drop('Prose.\n')] },
    { name: 'a declaration after a tag', chunks: [drop('<b> <!DOCTYPE\n\n'), keep('ACTION: MJ — z\n\n'), drop('Prose.\n')] },
    { name: 'a heading\'s section word broken by emphasis', chunks: [keep('## A*ttend*ees\n\n'), keep('Mark Jones\n\n'), keep('## Other\n\n'), drop('Prose.\n')] },
    { name: 'a section word in prose opens no section', chunks: [drop('Prose.\n\n'), drop('the meeting went well\n\n'), drop('More.\n')] },
    { name: 'a space and a tab before a hash make code', chunks: [drop('Prose.\n\n \t# code\n\n'), drop('More.\n')] },
  ]],
  ['From the survivors of the second run', [
    { name: 'AI after a space', chunks: [drop('Prose.\n\n'), keep('ask the AI team\n\n'), drop('More.\n')] },
    { name: 'I\'ll', chunks: [drop('Prose.\n\n'), keep('ekr: I\'ll send it\n\n'), drop('More.\n')], withoutProse: [false, false, false] },
    { name: 'a dash inside a line is no list marker', chunks: [drop('1x - y\n\n  ```\ny\n  ```\n\n'), drop('Prose.\n')] },
    { name: 'a declaration\'s start inside a tag', chunks: [drop('<a <!x\n\n'), drop('Prose.\n')] },
    { name: 'a fence right after a paragraph, then an indented one', chunks: [drop('Prose\n```\nx\n```\n\n  ```\ny\n  ```\n\n'), drop('Prose.\n')] },
    { name: 'a comment right after a paragraph, then an indented fence', chunks: [drop('Prose\n<!--\nx\n-->\n\n  ```\ny\n  ```\n\n'), drop('Prose.\n')] },
    { name: 'an underline of equals signs outside any section', chunks: [drop('Prose.\n\n'), keep('Other\n=====\n\n'), drop('More.\n')] },
  ]],
];

const remarkKilobytes = '<b>ACTION: MJ — item</b>\n\n'.repeat(200);

/** Documents whose kept chunks are read across chunks: lists going on after a blank line, definitions, remark's groups. */
const reading: [string, string][] = [
  ['a roster label inside a list item, the list going on after a blank line', '- item\nPresent:\n\n- Mark Jones\n\n## Other\n\nProse.\n'],
  ['tasks, a roster label and an ordered list, across chunks', '- [ ] @MJ a\nAttended:\n\n- Mark Jones\n\n- [x] @SN b\n\n1. x\n\n2. y\n'],
  ['the same after a definition', '[a]: /u\n\n- item\nPresent:\n\n- Mark Jones\n'],
  ['the same before a definition', '- item\nPresent:\n\n- Mark Jones\n\n[a]: /u\n'],
  ['a definition in the chunk whose list goes on', '[a]: /u\n- item\nPresent:\n\n- Mark Jones\n'],
  ['a footnote reference in a heading, its definition built', '## Attended[^1]\n\n- Mark Jones (MJ)\n\nACTION: MJ — x\n\n[^1]: by phone\n'],
  ['a reference kilobytes after its definition', `[a]: /u\n\n${remarkKilobytes}## [Attended][a]\n\n- Mark Jones (MJ)\n- Rita Singh (RS)\n\nACTION: RS — call\n`],
  ['kilobytes for remark, then a list going on across chunks', `${remarkKilobytes}- [ ] @MJ a\nPresent:\n\n- Mark Jones\n`],
  ['lists left to remark on either side of a built block', '- [ ] @MJ a\n  <b>x</b>\n\nACTION: RS — b\n\n- [ ] @SN c\n  <b>y</b>\n'],
  ['block quotes left to remark on either side of a built block', '> - [ ] @MJ a\n>\n> more\n\nACTION: RS — b\n\n> - [ ] @SN c\n>\n> more\n'],
];

describe('pre-scan, one document a rule (the fast spec of its mutation runs)', function () {
  // The first test loads the parser.
  this.timeout(20_000);
  for (const [group, cases] of groups) {
    describe(group, () => {
      for (const c of cases) it(c.name, () => holds(c));
    });
  }
  describe('Reading the kept chunks: lists across chunks, definitions, remark\'s groups', () => {
    for (const [name, text] of reading) it(name, () => readsAsFullParse(text));
  });
});
