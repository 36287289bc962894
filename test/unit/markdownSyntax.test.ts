// remark reads a text without GFM's autolink literals or tables when it holds nothing either could match (issue #18):
// the tree must be the one all of GFM gives.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { boundedMarkdown } from '../../src/core/bounds';
import { parseMarkdown } from '../../src/core/markdown';

const allOfGfm = unified()
  .use(remarkParse)
  .use(function allSyntax() {
    const data = this.data();
    data.micromarkExtensions = [gfmAutolinkLiteral(), gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem(), frontmatter(['yaml'])];
    data.fromMarkdownExtensions = [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])];
  });

const pieces = ['a', 'b', 'Mark', ' ', '\n', '\n\n', '@', 'x@y.org', 'mailto:', 'www.', 'WWW.a.com', 'http', 'https://', 'HTTP://e.com', ':', '/', '.', '|', '| a | b |', '|---|---|', ':-', '-:', ':-:', '---:', '\n:--\n', '-', '- ', '> ', '*', '~', '[', ']', '(', ')', '#'];

describe('remark without the GFM syntax a text cannot hold', () => {
  it('reads every text to the tree all of GFM gives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(parseMarkdown(text), allOfGfm.parse(boundedMarkdown(text)), JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });
});
