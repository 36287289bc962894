/**
 * Grammar tests on the real TextMate engine: fixture files in test/fixtures/grammar are tokenized with
 * the `minutes` grammar (which embeds VS Code's Markdown grammar) or, for the opt-in injection, with the
 * plain Markdown grammar, and scopes are asserted on specific tokens.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { GRAMMAR_FILES, render } from '../../scripts/generate-grammars';
import { dump, loadGrammar, ROOT, tokenize, type Token } from './textmate';

const MINUTES = 'text.html.markdown.minutes';
const MARKDOWN = 'text.html.markdown';

const ACTION = 'keyword.control.action.minutes';
const DECISION = 'keyword.control.decision.minutes';
const PERSON = 'entity.name.person.minutes';
const DATE = 'constant.numeric.date.minutes';
const HEADING = 'markup.heading.minutes';
const TABLE_HEADER = 'markup.heading.table.minutes';

/** Scopes that mean "code": nothing inside them may carry a dialect scope. */
const CODE_SCOPES = ['markup.inline.raw', 'markup.fenced_code', 'markup.raw', 'comment'];

/** A dialect scope (the `minutes` language's root scope aside). */
function isMinutesScope(scope: string): boolean {
  return scope !== MINUTES && scope.endsWith('.minutes');
}

function isCodeScope(scope: string): boolean {
  return CODE_SCOPES.some((code) => scope === code || scope.startsWith(`${code}.`));
}

class Doc {
  readonly lines: string[];
  readonly tokens: Token[];

  constructor(readonly name: string, source: string, grammar: IGrammar) {
    this.lines = source.split(/\r?\n/);
    this.tokens = tokenize(grammar, source);
  }

  /** Index of the line equal to `needle`, else of the only line containing it. */
  line(needle: string): number {
    const exact = this.lines.indexOf(needle);
    if (exact >= 0) return exact;
    const matches = this.lines.flatMap((text, index) => (text.includes(needle) ? [index] : []));
    assert.equal(matches.length, 1, `${this.name}: expected exactly one line containing ${JSON.stringify(needle)}, found ${matches.length}`);
    return matches[0];
  }

  lineTokens(needle: string): Token[] {
    const line = this.line(needle);
    return this.tokens.filter((token) => token.line === line);
  }

  /** The token on the line containing `needle` whose text is exactly `text`. */
  token(needle: string, text: string): Token {
    const tokens = this.lineTokens(needle);
    const found = tokens.find((token) => token.text === text);
    assert.ok(found, `${this.name}: no token ${JSON.stringify(text)} on line ${JSON.stringify(needle)}:\n${dump(tokens)}`);
    return found;
  }

  expect(needle: string, text: string, ...scopes: string[]): void {
    const token = this.token(needle, text);
    for (const scope of scopes) {
      assert.ok(
        token.scopes.includes(scope),
        `${this.name}: ${JSON.stringify(text)} on ${JSON.stringify(needle)} lacks ${scope}; has ${token.scopes.join(' ')}`,
      );
    }
  }

  /** No token whose text contains `fragment` on the line carries `scope`. */
  expectNot(needle: string, fragment: string, scope: string): void {
    const tokens = this.lineTokens(needle).filter((token) => token.text.includes(fragment));
    assert.ok(tokens.length > 0, `${this.name}: no token containing ${JSON.stringify(fragment)} on ${JSON.stringify(needle)}`);
    for (const token of tokens) {
      assert.ok(!token.scopes.includes(scope), `${this.name}: ${JSON.stringify(token.text)} on ${JSON.stringify(needle)} has ${scope}`);
    }
  }

  /** No token of the line carries any `.minutes` scope. */
  expectPlain(needle: string): void {
    for (const token of this.lineTokens(needle)) {
      const bad = token.scopes.filter(isMinutesScope);
      assert.deepEqual(bad, [], `${this.name}: ${JSON.stringify(token.text)} on ${JSON.stringify(needle)} has ${bad.join(' ')}`);
    }
  }

  /** The whole line is code (so `expectPlain` on it is not vacuous). */
  expectCode(needle: string): void {
    for (const token of this.lineTokens(needle).filter((candidate) => candidate.text.trim() !== '' && candidate.text.trim() !== '>')) {
      assert.ok(token.scopes.some(isCodeScope), `${this.name}: ${JSON.stringify(token.text)} on ${JSON.stringify(needle)} is not code: ${token.scopes.join(' ')}`);
    }
  }
}

function fixture(name: string): string {
  return readFileSync(join(ROOT, 'test', 'fixtures', 'grammar', name), 'utf8');
}

async function load(name: string, scope = MINUTES): Promise<Doc> {
  return new Doc(name, fixture(name), await loadGrammar(scope));
}

const FIXTURES = ['sections.minutes.md', 'actions.minutes.md', 'dates.minutes.md', 'tables.minutes.md', 'nested.minutes.md', 'code.minutes.md'];

describe('minutes grammar', () => {
  describe('section headings', () => {
    const cases: Array<[string, string, string]> = [
      ['# Attended', 'Attended', 'roster.attended'],
      ['## 1. Attendees:', '1. Attendees:', 'roster.attended'],
      ['### present', 'present', 'roster.attended'],
      ['#### Apologies', 'Apologies', 'roster.apologies'],
      ['## 2. Absent', '2. Absent', 'roster.apologies'],
      ['## Copies to:', 'Copies to:', 'roster.distribution'],
      ['## DISTRIBUTION', 'DISTRIBUTION', 'roster.distribution'],
      ['###### Circulation', 'Circulation', 'roster.distribution'],
      ['## Summary of actions agreed', 'Summary of actions agreed', 'actions'],
      ['## 3.1 Actions', '3.1 Actions', 'actions'],
      ['## Action items', 'Action items', 'actions'],
      ['## Next steps:', 'Next steps:', 'actions'],
      ['## Next meeting', 'Next meeting', 'next-meeting'],
      ['## Apologies for absence', 'Apologies for absence', 'roster.apologies'],
      ['## Regrets', 'Regrets', 'roster.apologies'],
      ['## Participants', 'Participants', 'roster.attended'],
      ['## In attendance', 'In attendance', 'roster.attended'],
      ['## Copy to', 'Copy to', 'roster.distribution'],
    ];
    for (const [line, title, kind] of cases) {
      it(`marks "${line}"`, async () => {
        const doc = await load('sections.minutes.md');
        doc.expect(line, title, 'markup.heading.markdown', HEADING, `meta.section.${kind}.minutes`, 'entity.name.section.markdown');
      });
    }

    it('marks bold section titles', async () => {
      const doc = await load('sections.minutes.md');
      doc.expect('## **Actions**', 'Actions', HEADING, 'meta.section.actions.minutes');
      doc.expect('## **Actions**', '**', HEADING, 'punctuation.definition.bold.markdown');
      doc.expect('## 4. __Attended:__', 'Attended:', HEADING, 'meta.section.roster.attended.minutes');
    });

    it('leaves other headings and a bare "Attended" line alone', async () => {
      const doc = await load('sections.minutes.md');
      doc.expectPlain('## Present company and guests');
      doc.expectPlain('## Agenda');
      const bare = doc.line('Attended');
      assert.ok(doc.lines.filter((text) => text === 'Attended').length === 1);
      for (const token of doc.tokens.filter((candidate) => candidate.line === bare)) assert.ok(!token.scopes.some(isMinutesScope));
    });
  });

  describe('action lines', () => {
    it('marks the ACTION marker and the owners before an em dash', async () => {
      const doc = await load('actions.minutes.md');
      const line = 'ACTION: Meena Savla / Mark Jones';
      doc.expect(line, 'ACTION:', ACTION);
      doc.expect(line, 'Meena Savla', PERSON);
      doc.expect(line, 'Mark Jones', PERSON);
      doc.expect(line, ' / ', PERSON, 'punctuation.separator.owners.minutes');
      doc.expect(line, ' — ', 'punctuation.separator.owner.minutes');
      doc.expectNot(line, 'Conduct a survey', PERSON);
    });

    const separators: Array<[string, string, string]> = [
      ['en dash separator', 'MJ', ' – '],
      ['hyphen separator', 'RS', ' - '],
      ['colon separator', 'Sam Smith', ': '],
      ['marker in lower case', 'Lower Case', ' — '],
      ['hyphenated marker', 'Dana', ' — '],
      ['Priya', 'Priya', ' — '],
    ];
    for (const [needle, owner, separator] of separators) {
      it(`finds the owner "${owner}" (${JSON.stringify(separator)})`, async () => {
        const doc = await load('actions.minutes.md');
        doc.expect(needle, owner, PERSON);
        doc.expect(needle, separator, 'punctuation.separator.owner.minutes');
      });
    }

    it('takes @handles before the separator for owners', async () => {
      const doc = await load('actions.minutes.md');
      doc.expect('handles as owners', 'MJ', PERSON);
      doc.expect('handles as owners', 'RS', PERSON);
      doc.expect('handles as owners', ', ', 'punctuation.separator.owners.minutes');
      doc.expectNot('handles as owners', 'handles as owners', PERSON);
    });

    it('finds the owner of a W3C-style "ACTION: <owner> to <text>"', async () => {
      const doc = await load('actions.minutes.md');
      doc.expect('Mark to send the agenda', 'ACTION:', ACTION);
      doc.expect('Mark to send the agenda', 'Mark', PERSON);
      doc.expectNot('Mark to send the agenda', 'send the agenda', PERSON);
    });

    it('marks "Action item:" and any case', async () => {
      const doc = await load('actions.minutes.md');
      doc.expect('Action item: Priya', 'Action item:', ACTION);
      doc.expect('action: Lower Case', 'action:', ACTION);
      doc.expect('ACTION-ITEM: Dana', 'ACTION-ITEM:', ACTION);
    });

    it('marks numbered markers and AI: / AI(name): in capitals only', async () => {
      const doc = await load('actions.minutes.md');
      doc.expect('Numbered Owner', 'ACTION 62.3:', ACTION);
      doc.expect('Numbered Owner', 'Numbered Owner', PERSON);
      doc.expect('Ada Lovelace', 'AI:', ACTION);
      doc.expect('Ada Lovelace', 'Ada Lovelace', PERSON);
      doc.expect('open the stream', 'AI(niko):', ACTION);
      doc.expectNot('Mixed Case', 'Ai:', ACTION);
    });

    it('marks bold markers **ACTION**: and **ACTION:**', async () => {
      const doc = await load('actions.minutes.md');
      doc.expect('Bold Outside', 'ACTION', ACTION);
      doc.expect('Bold Outside', ':', ACTION);
      doc.expect('Bold Outside', '**', ACTION, 'punctuation.definition.bold.markdown');
      doc.expect('Bold Outside', 'Bold Outside', PERSON);
      doc.expect('Bold Inside', 'ACTION:', ACTION);
      doc.expect('Bold Inside', 'Bold Inside', PERSON);
    });

    it('has no owner when there is no separator, and never takes "Due:" for one', async () => {
      const doc = await load('actions.minutes.md');
      doc.expect('no owner separator', 'ACTION:', ACTION);
      doc.expectNot('no owner separator', 'no owner', PERSON);
      doc.expectNot('Write the report', 'Write the report', PERSON);
      doc.expect('Write the report', '20 Dec 07', DATE);
      doc.expectNot('Circulate Papers Due', 'Circulate Papers', PERSON);
      doc.expect('Circulate Papers Due', 'Due', 'keyword.other.due.minutes');
      doc.expect('Circulate Papers Due', '2008-01-31', DATE);
    });

    it('takes for owners only what reads like names (capitalised words, initials, @handles)', async () => {
      const doc = await load('actions.minutes.md');
      doc.expect('send the survey to Bob', 'ACTION:', ACTION);
      doc.expectNot('send the survey to Bob', 'send the survey', PERSON);
      doc.expectNot('All leads to share', 'All leads', PERSON);
      const line = 'joint owners, before';
      for (const owner of ["O'Brien", 'Émile Zola', 'snovak', 'Rita']) doc.expect(line, owner, PERSON);
      for (const separator of [' & ', ' + ', ' and ']) doc.expect(line, separator, 'punctuation.separator.owners.minutes');
      doc.expect(line, 'before', 'keyword.other.due.minutes');
      doc.expect(line, '1st of July', DATE);
    });

    it('ignores ACTION: in the middle of a sentence', async () => {
      const doc = await load('actions.minutes.md');
      doc.expectPlain('We noted ACTION:');
    });
  });

  describe('decisions', () => {
    for (const marker of ['DECISION:', 'AGREED:', 'RESOLVED:']) {
      it(`marks ${marker}`, async () => {
        const doc = await load('actions.minutes.md');
        doc.expect(`${marker} `, marker, DECISION);
      });
    }
    it('marks **DECISION**:', async () => {
      const doc = await load('actions.minutes.md');
      doc.expect('Bold decision', 'DECISION', DECISION);
    });
  });

  describe('handles and task items', () => {
    it('marks @handles in prose but not e-mail addresses', async () => {
      const doc = await load('actions.minutes.md');
      doc.expect('Mentioned @alice', 'alice', PERSON);
      doc.expect('Mentioned @alice', '@', PERSON);
      doc.expectNot('Mentioned @alice', 'example', PERSON);
    });

    it('marks task items with owner and due date', async () => {
      const doc = await load('actions.minutes.md');
      doc.expect('@MJ draft the survey', '[', 'meta.task.minutes', 'punctuation.definition.task.begin.minutes');
      doc.expect('@MJ draft the survey', 'MJ', PERSON, 'meta.task.minutes');
      doc.expect('@MJ draft the survey', '2008-02-29', DATE);
      doc.expect('@RS done thing', 'x', 'constant.language.task.state.minutes');
      doc.expect('@RS done thing', 'RS', PERSON);
      doc.expect('@Lee star bullet', 'X', 'constant.language.task.state.minutes');
      doc.expect('@Num numbered task', 'Num', PERSON, 'markup.list.numbered.markdown');
      doc.expect('unowned task', '[', 'meta.task.minutes');
    });

    it('does not take "[ ]" in the middle of a list item for a task', async () => {
      const doc = await load('actions.minutes.md');
      doc.expectPlain('plain [ ] list item');
      doc.expectPlain('[ ] not a task outside a list');
    });
  });

  describe('dates', () => {
    const dates = ['2007-06-15', '15 June 2007', '15 June 07', '15th June', '20 Dec 07', 'Friday 22 June 2007', 'June 15, 2007', 'June 07', 'February 2008', '19/12/2007', '19/12/07'];
    const dueForms: Array<[string, string]> = [
      ['Due: ', 'Due'],
      ['due ', 'due'],
      ['by ', 'by'],
      ['(due ', 'due'],
    ];
    dates.forEach((date, i) => {
      it(`marks "${date}" after every due form, in task items and in table due cells`, async () => {
        const doc = await load('dates.minutes.md');
        dueForms.forEach(([, keyword], j) => {
          const line = `Owner${i}x${j} `;
          doc.expect(line, date, DATE);
          doc.expect(line, keyword, 'keyword.other.due.minutes');
          doc.expect(line, `Owner${i}x${j}`, PERSON);
        });
        doc.expect(`@T${i} task`, date, DATE);
        doc.expect(`| Row${i} |`, date, DATE, 'meta.due.minutes');
        doc.expect(`| Row${i} |`, `Row${i}`, PERSON);
      });
    });

    it('does not take impossible numbers or "due to" for dates; marks "due the next meeting"', async () => {
      const doc = await load('actions.minutes.md');
      doc.expectNot('not dates:', '2007-13-01', DATE);
      doc.expectNot('not dates:', '32/01/2008', DATE);
      doc.expectNot('not dates:', 'due to the weather', 'keyword.other.due.minutes');
      doc.expectNot('not dates:', 'by email', 'keyword.other.due.minutes');
      doc.expect('not dates:', 'the next meeting', 'constant.numeric.date.next-meeting.minutes');
    });

    it('does not take a number in prose for a date', async () => {
      const doc = await load('dates.minutes.md');
      doc.expectNot('do thing 0.0', 'do thing 0.0', DATE);
    });
  });

  describe('action tables', () => {
    it('marks the header row, owner cells (split at "/") and due cells', async () => {
      const doc = await load('tables.minutes.md');
      for (const name of [' Owner ', ' Action ', ' Due ']) doc.expect('| Owner | Action | Due |', name, TABLE_HEADER);
      doc.expect('| Owner | Action | Due |', '|', TABLE_HEADER, 'punctuation.definition.table.markdown');
      doc.expect('Meena Savla / Mark Jones', 'Meena Savla', PERSON);
      doc.expect('Meena Savla / Mark Jones', 'Mark Jones', PERSON);
      doc.expect('Meena Savla / Mark Jones', 'July 07', DATE);
      doc.expectNot('Meena Savla / Mark Jones', 'Conduct a survey', PERSON);
      doc.expect('| @MJ |', 'MJ', PERSON);
      doc.expect('| @MJ |', 'report', 'markup.bold.markdown');
      doc.expect('| @MJ |', '2008-02-29', DATE);
      doc.expect('| Unscheduled |', 'Unscheduled', PERSON);
      doc.expect('| Unscheduled |', 'TBC', 'meta.due.minutes');
      doc.expectNot('| Unscheduled |', 'TBC', DATE);
    });

    it('keeps an escaped pipe inside a cell (GFM)', async () => {
      const doc = await load('tables.minutes.md');
      doc.expect('| @MJ |', 'code \\| pipe', 'markup.inline.raw.string.markdown');
      const token = doc.token('| @MJ |', 'code \\| pipe');
      assert.ok(!token.scopes.includes(PERSON) && !token.scopes.includes(DATE), token.scopes.join(' '));
    });

    it('finds the owner and due columns wherever they are', async () => {
      const doc = await load('tables.minutes.md');
      doc.expect('| # | Action | Assigned to |', ' Assigned to ', TABLE_HEADER);
      doc.expect('| 1 | Second column table |', 'Owner Second', PERSON);
      doc.expect('| 1 | Second column table |', '19/12/07', DATE);
      doc.expectNot('| 1 | Second column table |', 'Second column table', PERSON);
      doc.expectNot('| 1 | Second column table |', 'open', PERSON);
    });

    it('reads tables without outer pipes and with bold header cells', async () => {
      const doc = await load('tables.minutes.md');
      doc.expect('Task | By whom | By when', 'Task ', TABLE_HEADER);
      doc.expect('No leading pipe |', 'Owner NoPipe', PERSON);
      doc.expect('No leading pipe |', '20 Dec 07', DATE);
      doc.expect('| **Action** | **Responsible** |', '|', TABLE_HEADER);
      doc.expect('Bold header, no due column', 'Owner Bold', PERSON);
    });

    it('takes "Action by" for the owner column, not the action column', async () => {
      const doc = await load('tables.minutes.md');
      doc.expect('Owner ActionBy', 'Owner ActionBy', PERSON);
      doc.expect('Owner ActionBy', 'February 2008', DATE);
      doc.expectNot('Owner ActionBy', 'action-by is an owner column', PERSON);
    });

    it('takes "Lead" / "Action item" columns', async () => {
      const doc = await load('tables.minutes.md');
      doc.expect('| Lead | Action item |', ' Action item ', TABLE_HEADER);
      doc.expect('Owner ActionItem', 'Owner ActionItem', PERSON);
    });

    it('finds owner and due cells for every supported column layout', async () => {
      const grammar = await loadGrammar(MINUTES);
      for (let owner = 0; owner <= 4; owner += 1) {
        for (const due of [undefined, 0, 1, 2, 3, 4, 5]) {
          if (due === owner) continue;
          const width = Math.max(owner, due ?? 0) + 2;
          const header: string[] = [];
          const row: string[] = [];
          let action = false;
          for (let index = 0; index < width; index += 1) {
            if (index === owner) [header[index], row[index]] = ['Owner', 'Pat Lee'];
            else if (index === due) [header[index], row[index]] = ['Due', '20 Dec 07'];
            else if (!action) [header[index], row[index], action] = ['Action', 'Do it', true];
            else [header[index], row[index]] = ['Notes', 'n/a'];
          }
          const source = [`| ${header.join(' | ')} |`, `|${'---|'.repeat(width)}`, `| ${row.join(' | ')} |`, ''].join('\n');
          const doc = new Doc(`layout owner=${owner} due=${due}`, source, grammar);
          doc.expect('| Pat Lee', 'Pat Lee', PERSON);
          doc.expect('| Owner', ' Owner ', TABLE_HEADER);
          if (due !== undefined) doc.expect('| Pat Lee', '20 Dec 07', DATE);
          doc.expectNot('| Pat Lee', 'Do it', PERSON);
        }
      }
    });

    it('leaves tables without owner and action columns alone', async () => {
      const doc = await load('tables.minutes.md');
      doc.expectPlain('| Name | Role | Date |');
      doc.expectPlain('| Not Owner | Chair |');
      doc.expect('| Not Owner | Chair |', 'Not Owner', 'markup.table.markdown');
    });
  });

  describe('nesting', () => {
    it('works in nested list items', async () => {
      const doc = await load('nested.minutes.md');
      doc.expect('Nested Owner', 'ACTION:', ACTION, 'markup.list.unnumbered.markdown');
      doc.expect('Nested Owner', 'Nested Owner', PERSON);
      doc.expect('Nested Owner', '15th June', DATE);
      doc.expect('@Deep nested task', 'Deep', PERSON);
      doc.expect('@Deep nested task', '19/12/2007', DATE);
      doc.expect('decided in a list', 'DECISION:', DECISION);
      doc.expect('Numbered Owner', 'Numbered Owner', PERSON, 'markup.list.numbered.markdown');
      doc.expect('Numbered Owner', '2008-03-01', DATE);
    });

    it('works in block quotes, including lists and tables in them', async () => {
      const doc = await load('nested.minutes.md');
      doc.expect('Quoted Owner', 'ACTION:', ACTION, 'markup.quote.markdown');
      doc.expect('Quoted Owner', 'Quoted Owner', PERSON);
      doc.expect('Quoted Owner', 'June 07', DATE);
      doc.expect('quoted decision', 'DECISION:', DECISION);
      doc.expect('@QuotedTask', 'QuotedTask', PERSON, 'markup.quote.markdown', 'markup.list.unnumbered.markdown');
      doc.expect('| Who | Task | When |', ' Who ', TABLE_HEADER, 'markup.quote.markdown');
      doc.expect('Quoted Row', 'Quoted Row', PERSON, 'markup.quote.markdown');
      doc.expect('Quoted Row', '2008-01-31', DATE);
      doc.expect('Quoted Row', '>', 'punctuation.definition.quote.begin.markdown');
      doc.expect('> | Action | Owner |', '>', 'punctuation.definition.quote.begin.markdown');
      doc.expect('> | Action | Owner |', ' Owner ', TABLE_HEADER, 'markup.quote.markdown');
      doc.expect('Quote Start Owner', 'Quote Start Owner', PERSON, 'markup.quote.markdown');
    });
  });

  describe('code', () => {
    it('leaves code spans alone, also inside an action line', async () => {
      const doc = await load('code.minutes.md');
      doc.expect('Inline `ACTION', 'ACTION: Code Owner — x due 2007-06-15', 'markup.inline.raw.string.markdown');
      doc.expectPlain('Inline `ACTION');
      doc.expect('Real Owner', 'Real Owner', PERSON);
      doc.expect('Real Owner', 'DECISION: not a decision due 2007-06-15', 'markup.inline.raw.string.markdown');
    });

    for (const needle of ['Fenced Owner', '## Attended', 'DECISION: fenced', '@fenced task', '| Fenced |', 'Tilde Owner', 'Yaml Owner', 'Quoted Fence', 'Indented Owner', 'Comment Owner']) {
      it(`leaves "${needle}" in code alone`, async () => {
        const doc = await load('code.minutes.md');
        doc.expectCode(needle);
        doc.expectPlain(needle);
      });
    }

    it('never puts a dialect scope inside a code scope, in any fixture', async () => {
      for (const name of [...FIXTURES, 'opt-in.md']) {
        const doc = await load(name, name === 'opt-in.md' ? MARKDOWN : MINUTES);
        for (const token of doc.tokens) {
          const code = token.scopes.findIndex(isCodeScope);
          // The opt-in marker is an HTML comment on purpose.
          if (code < 0 || token.scopes.includes('meta.opt-in.marker.minutes')) continue;
          const inside = token.scopes.slice(code).filter(isMinutesScope);
          assert.deepEqual(inside, [], `${name}:${token.line + 1} ${JSON.stringify(token.text)}: ${token.scopes.join(' ')}`);
        }
      }
    });
  });

  describe('front matter', () => {
    it('stays YAML', async () => {
      const doc = await load('dates.minutes.md');
      doc.expect('date: 2007-06-15', '2007-06-15', 'meta.embedded.block.frontmatter');
      doc.expectPlain('date: 2007-06-15');
    });
  });
});

describe('Markdown opt-in injection', () => {
  it('does nothing to Markdown without the marker', async () => {
    for (const name of FIXTURES) {
      const doc = await load(name, MARKDOWN);
      const marked = doc.tokens.filter((token) => token.scopes.some(isMinutesScope));
      assert.deepEqual(marked, [], `${name}:\n${dump(marked)}`);
    }
  });

  it('does nothing before the marker, nor for a marker in a list or quote', async () => {
    const doc = await load('opt-in.md', MARKDOWN);
    doc.expectPlain('## Attended');
    doc.expectPlain('Before Marker');
    doc.expectPlain('- <!-- minutes -->');
    doc.expectPlain('> <!-- minutes -->');
  });

  it('highlights the dialect after a top-level <!-- minutes --> line', async () => {
    const doc = await load('opt-in.md', MARKDOWN);
    doc.expect('<!-- minutes -->', 'minutes', 'keyword.other.opt-in.minutes', 'meta.minutes.opt-in');
    doc.expect('## Apologies', 'Apologies', HEADING, 'meta.minutes.opt-in');
    doc.expect('After Marker', 'ACTION:', ACTION);
    doc.expect('After Marker', 'After Marker', PERSON);
    doc.expect('After Marker', '2007-06-15', DATE);
    doc.expect('@OptedIn task', 'OptedIn', PERSON);
    doc.expect('@OptedIn task', '2008-02-29', DATE);
    doc.expect('opted in', 'DECISION:', DECISION);
    doc.expect('| Owner | Action | Due |', ' Owner ', TABLE_HEADER);
    doc.expect('| Table Owner |', 'Table Owner', PERSON);
    doc.expect('| Table Owner |', '20 Dec 07', DATE);
  });

  it('keeps code alone after the marker', async () => {
    const doc = await load('opt-in.md', MARKDOWN);
    doc.expect('Span Owner', 'ACTION: Span Owner — due 2007-06-15', 'markup.inline.raw.string.markdown');
    doc.expectCode('Fence Owner');
    for (const token of doc.lineTokens('Fence Owner')) {
      assert.ok(token.scopes.includes('meta.minutes.opt-in'));
      assert.deepEqual(token.scopes.filter(isMinutesScope), [], token.scopes.join(' '));
    }
  });

  it('keeps Markdown tokenization unchanged apart from the added scopes', async () => {
    const source = fixture('opt-in.md');
    const plain = tokenize(await loadGrammar(MARKDOWN), source.replace('<!-- minutes -->\n', '<!-- nothing -->\n'));
    const optedIn = tokenize(await loadGrammar(MARKDOWN), source);
    const headings = (tokens: Token[]) => tokens.filter((token) => token.scopes.includes('markup.heading.markdown')).map((token) => token.text);
    assert.deepEqual(headings(optedIn), headings(plain));
  });
});

describe('generated grammars', () => {
  for (const [file, build] of Object.entries(GRAMMAR_FILES)) {
    it(`syntaxes/${file} is up to date with scripts/generate-grammars.ts`, () => {
      assert.equal(readFileSync(join(ROOT, 'syntaxes', file), 'utf8'), render(build()), 'run `npm run grammars`');
    });
  }
});
