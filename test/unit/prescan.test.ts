import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { ACTION_LIST_LABEL, ACTION_OR_AI_WORD, ACTION_WORDS, AI_WORD, COMMITMENT, headingSuspect, isActionListLabel, mayHoldCommitment } from '../../src/core/prescan';
import { generateMinutes, generateTranscript, mulberry32 } from '../../bench/corpus';

// The pre-scan tests every line for a commitment without a regular expression: it must answer what the expression does.
function check(line: string): void {
  assert.equal(mayHoldCommitment(line), COMMITMENT.test(line), `mayHoldCommitment differs from COMMITMENT on ${JSON.stringify(line)}`);
  assert.equal(ACTION_OR_AI_WORD.test(line), ACTION_WORDS.test(line) || AI_WORD.test(line), `ACTION_OR_AI_WORD differs on ${JSON.stringify(line)}`);
  assert.equal(isActionListLabel(line), ACTION_LIST_LABEL.test(line), `isActionListLabel differs on ${JSON.stringify(line)}`);
}

// …and over a chunk of several lines, whether any of its lines matches (a carriage return only before a newline).
function checkLines(text: string): void {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const commitment = lines.some((line) => COMMITMENT.test(line));
  const words = lines.some((line) => ACTION_WORDS.test(line) || AI_WORD.test(line));
  assert.equal(mayHoldCommitment(text), commitment, `mayHoldCommitment differs from COMMITMENT on the lines of ${JSON.stringify(text)}`);
  assert.equal(ACTION_OR_AI_WORD.test(text), words, `ACTION_OR_AI_WORD differs on the lines of ${JSON.stringify(text)}`);
  // A chunk whose text is not suspect has no suspect line (the pre-scan tests its lines only when it is).
  if (text.split('\n').some(headingSuspect)) assert.ok(headingSuspect(text), `a line of ${JSON.stringify(text)} is suspect, the whole is not`);
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const repoRoot = path.resolve(__dirname, '../..');

const piece = fc.constantFrom(
  'RS', 'Mark', 'mark', 'Zoe', 'Bz', 'O’Neil', "D'Arcy", 'Jean-Luc', 'É', 'élan', 'Ωmega', 'ω', '\u{1d400}bc', '\u{1d41a}', '\ud800', '\udc00', 'ǅ',
  '(MJ)', '(', ')', '(a (b)', ' ', ' ', '  ', '\t', '\u00a0', '\u3000', '\u2028', '\ufeff', 'will', 'is', 'are', 'volunteered', 'agreed',
  'has', 'have', 'offered', 'undertook', 'to', 'is to', 'are to', 'has agreed', 'have agreed', 'tomorrow', 'isn', 'wills', 'hasty',
  '.', ',', '-', "'", '’', '1', 'x', 'W', 'I', 'A', ':', '**', 'AI', 'Action', 'aCtIoN', 'actio', 'Next', 'next', 'Steps', 'step', 'To', 'do',
  'Dos', 'to-do', 'To-Dos', 'todo', 'toDo_', 'K', 'k', '\u212a', 'ſ', 'ı', 'İ', '_',
  // Action list labels and heading words
  '> ', '- ', '* ', '__', '>', 'Action items', 'action item', 'Actions required', 'action points', 'Actionables', 'Next steps', 'a list of',
  'Series of', 'set of', 'To do', 'TODOS', 'Attendees', 'present', 'Apologies', 'copies', 'meeting', '&', '<', '[', ']', '!', '`', '~', '#',
);
const line = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
const spaced = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(' '));
const chunk = fc
  .tuple(fc.array(fc.oneof(line, spaced), { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, last]) => lines.join(eol) + (last ? eol : ''));

describe('pre-scan rules', () => {
  it('tells a possible commitment as the regular expression does, on fuzzed lines', () => {
    fc.assert(fc.property(line, (text) => check(text)), { numRuns: 20_000 });
    fc.assert(fc.property(spaced, (text) => check(text)), { numRuns: 20_000 });
    fc.assert(fc.property(chunk, (text) => checkLines(text)), { numRuns: 20_000 });
    // Lines that are mostly a label's leading marks and words, so that many of them are labels.
    const labelPiece = fc.constantFrom('', ' ', '\t', '\u3000', '>', '*', '_', '-', '**', 'x', 'a ', 'A ', 'list of ', 'set of ', 'Action items', 'actions agreed', 'Next step', 'todos', 'to-do', 'to do', 'S', ':', '*_ :');
    fc.assert(fc.property(fc.array(labelPiece, { maxLength: 6 }), (pieces) => check(pieces.join(''))), { numRuns: 20_000 });
  });

  it('tells a possible commitment as the regular expression does, around letters written as two UTF-16 units and lone halves of one', () => {
    // U+10000 (a Linear B syllable, a letter) starts the surrogates at \ud800; U+17BFF (a Tangut ideograph) ends at \udfff.
    for (const letter of ['\u{10000}', '\u{17bff}', '\u{1d400}', '\udc00', '\ud800', '\udfff', '\ufb00\udc00', '\udc00\udc00', '\ud834\ue000']) {
      for (const text of [`M${letter} will`, `${letter}M will`, `x${letter} will`, `Mark (MJ${letter}) will`, `M${letter} (MJ) will`]) check(text);
    }
  });

  it('tells an action word as the two expressions do, with more than one space between "next" and "steps"', () => {
    for (const text of ['next  steps', 'Next \t step', 'next\u3000\u3000step']) check(text);
  });

  it('tells a possible commitment as the regular expression does, on every line of the fixtures, shared corpus and generated files', () => {
    const files = filesUnder(path.join(repoRoot, 'test/fixtures')).filter((f) => f.endsWith('.md'));
    const corpus = path.resolve(repoRoot, '../shared/corpus/files');
    if (existsSync(corpus)) files.push(...filesUnder(corpus));
    const texts = files.map((file) => readFileSync(file, 'utf8'));
    const random = mulberry32(7);
    for (let i = 0; i < 40; i++) texts.push(generateMinutes(random, i));
    for (let i = 0; i < 3; i++) texts.push(generateTranscript(random, i));
    let matched = 0;
    for (const text of texts) {
      if (!/\r(?!\n)/.test(text)) for (const part of text.split(/\n(?=\r?\n)/)) checkLines(part);
      for (const raw of text.split('\n')) {
        const lineText = raw.replace(/\r$/, '');
        check(lineText);
        if (COMMITMENT.test(lineText)) matched++;
      }
    }
    // Not vacuous: fixtures and generated files alone hold a few dozen such lines (the corpus, when present, many more).
    assert.ok(matched > 20, `only ${matched} lines matched`);
  });
});
