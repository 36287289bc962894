// How the block builder's suites (blocks, blocksMutants) hold what it builds to remark.
import { strict as assert } from 'node:assert';
import type { Nodes, Root } from 'mdast';
import { buildBlocks } from '../../../src/core/blocks';
import { parseMarkdown } from '../../../src/core/markdown';

// The blocks built without remark must be remark's, node for node and position for position. Built paragraphs carry no
// inline children (the parser reads paragraphs from the source): remark's are emptied before the comparison, so a
// built paragraph must have none.
export function withoutParagraphText(node: Nodes): unknown {
  const copy: Record<string, unknown> = { ...node };
  if (node.type === 'paragraph') copy.children = [];
  else if ('children' in node) copy.children = node.children.map((child) => withoutParagraphText(child));
  return copy;
}

/** Whether the builder built the text; when it did, its blocks deep-equal remark's. */
export function check(text: string): boolean {
  const built = buildBlocks(text, 0, text.length, 1);
  if (!built) return false;
  const remark: Root = parseMarkdown(text);
  assert.deepStrictEqual(
    built,
    remark.children.map((node) => withoutParagraphText(node)),
    `built blocks differ from remark's for:\n${text}`,
  );
  return true;
}

/**
 * Whether the builder built the text as a range further down a document (after a paragraph and a blank line, before a
 * blank line and a paragraph); when it did, its blocks deep-equal remark's blocks of that range in the whole document.
 */
export function checkInside(text: string, eol = '\n'): boolean {
  const before = `Prose before.${eol}${eol}`;
  const source = `${before}${text}${eol}${eol}Prose after.`;
  const start = before.length;
  const end = start + text.length;
  const built = buildBlocks(source, start, end, 3);
  if (!built) return false;
  const inRange = parseMarkdown(source).children.filter((node) => node.position!.start.offset! >= start && node.position!.end.offset! <= end);
  assert.deepStrictEqual(
    built,
    inRange.map((node) => withoutParagraphText(node)),
    `built blocks differ from remark's for:\n${text}\n(further down a document)`,
  );
  return true;
}
