// The Markdown preview's plugin, on the real markdown-it (the library VS Code's preview uses): minutes documents
// show each action's owners, due date and state, and every other document renders exactly as without the plugin.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { parseMinutes } from '../../src/core/parse';
import { actionBadgeHtml } from '../../src/core/render/actionBadge';
import { minutesMarkdownIt, type MarkdownItLike } from '../../src/core/render/markdownItPlugin';
import { fixture } from './helpers/fixtures';

const TODAY = '2008-01-01';

function withPlugin(minutes = true): MarkdownIt {
  const md = new MarkdownIt({ html: true });
  minutesMarkdownIt(md as unknown as MarkdownItLike, {
    isMinutes: (env) => minutes && (env as { minutes?: boolean } | undefined)?.minutes,
    parse: (source) => parseMinutes(source, { fileName: 'a.minutes.md' }),
    today: () => TODAY,
  });
  return md;
}

/** The page with the plugin's additions taken out: its badges (spans, nested) and its classes. */
function withoutAdditions(html: string): string {
  let out = html;
  for (let start = out.indexOf('<span class="minutes-badge'); start >= 0; start = out.indexOf('<span class="minutes-badge')) {
    let depth = 0;
    let at = start;
    do {
      const open = out.indexOf('<span', at);
      const close = out.indexOf('</span>', at);
      if (open >= 0 && open < close) {
        depth += 1;
        at = open + 5;
      } else {
        depth -= 1;
        at = close + 7;
      }
    } while (depth > 0);
    out = out.slice(0, start) + out.slice(at);
  }
  return out.replace(/ class="minutes-[^"]*"/g, '');
}

const DOC = `---
date: 2007-06-06
---

## Attended

- Mark Jones (MJ)
- Meena Savla (MS)

| Owner | Action | Due |
|---|---|---|
| MS | Survey practices. | July 07 |

ACTION: MJ — Communicate the LES. Due: 15 June 2008

- [x] @MJ book the room
- [ ] nothing assigned here

DECISION: LES budgets capped.
`;

describe('Markdown preview plugin (markdown-it)', () => {
  // Rendered in each test, not once when the suite loads, so that a change to the plugin shows in the tests (Stryker
  // switches a mutant on per test).
  const rendered = () => withPlugin().render(DOC, { minutes: true });

  it('shows a table row action with its owner and due date, overdue marked, in its action cell', () => {
    const html = rendered();
    const row = /<tr class="minutes-action minutes-open minutes-overdue">([\s\S]*?)<\/tr>/.exec(html);
    assert.ok(row, html);
    const cells = row[1].split('</td>');
    assert.match(cells[1], /Survey practices\.<span class="minutes-badge minutes-open minutes-overdue"><span class="minutes-owners">Meena Savla<\/span><span class="minutes-due">due July 2007 <strong class="minutes-overdue-mark">overdue<\/strong>/);
  });

  it('shows an ACTION: line with its resolved owner and its due date, not overdue', () => {
    assert.match(rendered(), /<p class="minutes-action minutes-open">ACTION: MJ — Communicate the LES\. Due: 15 June 2008<span class="minutes-badge minutes-open"><span class="minutes-owners">Mark Jones<\/span><span class="minutes-due">due 15 June 2008<\/span><\/span><\/p>/);
  });

  it('marks done task items and decisions', () => {
    const html = rendered();
    assert.match(html, /<li class="minutes-action minutes-done">/);
    assert.match(html, /<span class="minutes-state">done<\/span>/);
    assert.match(html, /<p class="minutes-decision">DECISION: LES budgets capped\.<span class="minutes-badge minutes-decision-badge">decision<\/span><\/p>/);
  });

  it('uses the same badge as the HTML export', () => {
    const badge = actionBadgeHtml({ owners: ['Mark Jones'], due: '2008-06-15', dueText: '15 June 2008', duePrecision: 'day', status: 'open' }, TODAY);
    assert.ok(rendered().includes(badge), badge);
  });

  it('leaves a document that is not minutes exactly as markdown-it renders it', () => {
    assert.equal(withPlugin().render(DOC, { minutes: false }), new MarkdownIt({ html: true }).render(DOC));
    assert.equal(withPlugin(false).render(DOC), new MarkdownIt({ html: true }).render(DOC));
  });

  it('only adds to the Markdown: without its badges and classes, every fixture renders as it does without the plugin', () => {
    const plain = new MarkdownIt({ html: true });
    for (const name of ['seeds/2007-06-06-daccom-exec.minutes.md', 'seeds/2007-12-13-pbc-leads.minutes.md', 'workspace/2007-06-06-exec.minutes.md', 'workspace/2008-02-20-board.minutes.md']) {
      const text = fixture(name);
      const rendered = withPlugin().render(text, { minutes: true });
      assert.ok(rendered.includes('minutes-badge'), `${name}: no action shown`);
      assert.equal(withoutAdditions(rendered), plain.render(text), name);
    }
    const pieces = fc.constantFrom('ACTION: ', 'MJ', ' — ', 'Due: ', '15 June 07', '| Owner | Action | Due |\n|---|---|---|\n', '| MJ | x | July 07 |', '\n', '\n\n', '- [ ] @MJ ', '## Attended\n\n- Mark Jones (MJ)\n', 'DECISION: ', '> ', '`', 'x');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.equal(withoutAdditions(withPlugin().render(text, { minutes: true })), plain.render(text));
      }),
      { numRuns: 300 },
    );
  });

  it('tokenizes without knowing the document, as VS Code does, and shows the dialect only when rendering minutes', () => {
    const md = withPlugin();
    const tokens = md.parse(DOC, {});
    const first = md.renderer.render(tokens, md.options, { minutes: true });
    assert.match(first, /minutes-badge/);
    // The same (cached) tokens rendered for a document that is not minutes: nothing added, nothing left behind.
    assert.equal(md.renderer.render(tokens, md.options, { minutes: false }), new MarkdownIt({ html: true }).render(DOC));
    assert.equal(md.renderer.render(tokens, md.options, {}), new MarkdownIt({ html: true }).render(DOC));
    assert.equal(md.renderer.render(tokens, md.options, { minutes: true }), first, 'classes added once per render, never kept');
  });

  it('shows each action of a paragraph that opens the document, the action cell of a table whatever its column, and keeps inline HTML', () => {
    const text = 'ACTION: Tom & Jerry — x <b>bold</b>. Due: next week\nACTION: MJ / AB — y.\n\n| Action | Owner |\n|---|---|\n| z | MJ |\n';
    const open = '<span class="minutes-badge minutes-open">';
    const noDue = '<span class="minutes-due minutes-no-due">no due date</span>';
    assert.equal(
      withPlugin().render(text, { minutes: true }),
      '<p class="minutes-action minutes-open minutes-action minutes-open">ACTION: Tom &amp; Jerry — x <b>bold</b>. Due: next week\n' +
        `ACTION: MJ / AB — y.${open}<span class="minutes-owners">Tom, Jerry</span><span class="minutes-due">due next week</span></span>` +
        `${open}<span class="minutes-owners">MJ, AB</span>${noDue}</span></p>\n` +
        '<table>\n<thead>\n<tr>\n<th>Action</th>\n<th>Owner</th>\n</tr>\n</thead>\n<tbody>\n<tr class="minutes-action minutes-open">\n' +
        `<td>z${open}<span class="minutes-owners">MJ</span>${noDue}</span></td>\n<td>MJ</td>\n</tr>\n</tbody>\n</table>\n`,
    );
  });

  it('marks the block an action or decision starts: a decision opening the document, a later paragraph of a list item, nothing in raw HTML', () => {
    const md = withPlugin();
    assert.equal(md.render('DECISION: yes.\n', { minutes: true }), '<p class="minutes-decision">DECISION: yes.<span class="minutes-badge minutes-decision-badge">decision</span></p>\n');
    assert.equal(
      md.render('- first\n\n  ACTION: MJ — x.\n', { minutes: true }),
      '<ul>\n<li>\n<p>first</p>\n<p class="minutes-action minutes-open">ACTION: MJ — x.<span class="minutes-badge minutes-open"><span class="minutes-owners">MJ</span>' +
        '<span class="minutes-due minutes-no-due">no due date</span></span></p>\n</li>\n</ul>\n',
    );
    // A tight list hides its paragraphs (no <p>): the item shows the class of the action on its later line.
    assert.equal(
      md.render('- a\n  - first\n    ACTION: MJ — x.\n- b\n', { minutes: true }),
      '<ul>\n<li>a\n<ul>\n<li class="minutes-action minutes-open">first\nACTION: MJ — x.<span class="minutes-badge minutes-open"><span class="minutes-owners">MJ</span>' +
        '<span class="minutes-due minutes-no-due">no due date</span></span></li>\n</ul>\n</li>\n<li>b</li>\n</ul>\n',
    );
    const html = '<div>\nACTION: MJ — x.\n</div>\n\nSome <b>b</b>.\n';
    assert.equal(md.render(html, { minutes: true }), '<div>\nACTION: MJ — x.\n</div>\n<p>Some <b>b</b>.</p>\n');
    assert.equal(md.render(html, { minutes: false }), new MarkdownIt({ html: true }).render(html), 'inline HTML of a document that is not minutes');
  });

  it('does not even read a document said not to be minutes', () => {
    let parses = 0;
    const md = new MarkdownIt({ html: true });
    minutesMarkdownIt(md as unknown as MarkdownItLike, {
      isMinutes: (env) => (env as { minutes?: boolean }).minutes,
      parse: (source) => {
        parses++;
        return parseMinutes(source, { fileName: 'a.minutes.md' });
      },
      today: () => TODAY,
    });
    md.render(DOC, { minutes: false });
    assert.equal(parses, 0);
    md.render(DOC, {});
    assert.equal(parses, 1, 'read when the env does not say (VS Code tokenizing)');
  });

  it('writes a badge with every owner escaped, no owner, no due date, a month overdue and a closed state', () => {
    assert.equal(
      actionBadgeHtml({ owners: [`O'Neil "Ox" <a> & b`, 'Al'], due: null, dueText: null, duePrecision: null, status: 'cancelled' }, TODAY),
      '<span class="minutes-badge minutes-cancelled"><span class="minutes-owners">O&#39;Neil &quot;Ox&quot; &lt;a&gt; &amp; b, Al</span>' +
        '<span class="minutes-due minutes-no-due">no due date</span><span class="minutes-state">cancelled</span></span>',
    );
    assert.equal(
      actionBadgeHtml({ owners: [], due: '2007-12-01', dueText: 'Dec 07', duePrecision: 'month', status: 'open' }, TODAY),
      '<span class="minutes-badge minutes-open minutes-overdue"><span class="minutes-owners"><em>no owner</em></span>' +
        '<span class="minutes-due">due December 2007 <strong class="minutes-overdue-mark">overdue</strong></span></span>',
    );
  });

  it('renders the Markdown as it is when the parser throws', () => {
    const md = new MarkdownIt();
    minutesMarkdownIt(md as unknown as MarkdownItLike, { isMinutes: () => true as boolean | undefined, parse: () => { throw new Error('boom'); }, today: () => TODAY });
    assert.equal(md.render(DOC), new MarkdownIt().render(DOC));
  });
});
