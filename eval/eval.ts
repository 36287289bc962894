/**
 * `npm run eval`: parses every file of the real-minutes corpus (../shared/corpus/files, outside the repository) the
 * way the extension parses an opted-in Markdown file, and scores the actions found against the hand-counted answer
 * key in eval/answer-key/. Prints a table per file and the totals; `--verbose` lists every miss and wrong find,
 * `--json` prints the totals as JSON. Exits 1 when the corpus is missing or a key is malformed. Nothing here is asserted by a test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { parseMinutes } from '../src/core/parse';
import type { Action, MinutesDocument } from '../src/core/model';
import {
  type AnswerKey,
  type FileScore,
  type FoundAction,
  type FoundHint,
  keyProblems,
  precisionOf,
  ratio,
  recallOf,
  scoreFile,
  total,
} from './score';

const repoRoot = path.resolve(__dirname, '..');
export const KEY_FOLDER = path.join(repoRoot, 'eval', 'answer-key');
export const DEFAULT_CORPUS = path.resolve(repoRoot, '..', 'shared', 'corpus');
/** Year-less dates in a file with no meeting date resolve against this, so that every run reads the same. */
const TODAY = '2026-01-01';

/** The options the extension uses for an opted-in file (settings at their defaults), with a fixed "today". */
export function parseCorpusFile(text: string, fileName: string): MinutesDocument {
  return parseMinutes(text, { fileName, dayFirst: true, people: {}, today: TODAY });
}

export function foundActions(document: MinutesDocument): FoundAction[] {
  return document.actions.map((action: Action) => ({
    startLine: action.range.start.line + 1,
    endLine: action.range.end.line + 1,
    owners: action.owners.map((o) => o.text),
    text: action.text,
    due: action.due,
    dueText: action.dueText,
    done: action.status !== 'open',
  }));
}

export function foundHints(document: MinutesDocument): FoundHint[] {
  return document.proseActions.map((hint) => ({
    startLine: hint.range.start.line + 1,
    endLine: hint.range.end.line + 1,
    owners: hint.owners,
    text: hint.text,
  }));
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const clip = (text: string, width = 110) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
};

function main(): number {
  const { values } = parseArgs({
    options: {
      verbose: { type: 'boolean', short: 'v', default: false },
      json: { type: 'boolean', default: false },
      corpus: { type: 'string' },
    },
  });
  const corpus = path.resolve(values.corpus ?? process.env.MINUTES_CORPUS ?? DEFAULT_CORPUS);
  const filesFolder = path.join(corpus, 'files');
  if (!existsSync(filesFolder)) {
    console.error(`eval: corpus not found: ${filesFolder} does not exist.`);
    console.error('eval: the corpus lives outside the repository (../shared/corpus); pass --corpus DIR or set MINUTES_CORPUS.');
    return 1;
  }

  const files = readdirSync(filesFolder).filter((f) => f.endsWith('.md')).sort();
  const scores: FileScore[] = [];
  const linesOf = new Map<string, string[]>();
  let broken = false;
  for (const file of files) {
    const keyPath = path.join(KEY_FOLDER, `${file}.json`);
    if (!existsSync(keyPath)) {
      // Not an error: a corpus file may be added before its key is counted; it is said, and left out of the totals.
      console.error(`eval: no answer key for ${file} (${path.relative(repoRoot, keyPath)}): not scored`);
      continue;
    }
    const text = readFileSync(path.join(filesFolder, file), 'utf8').replace(/^\uFEFF/, '');
    const key = JSON.parse(readFileSync(keyPath, 'utf8')) as AnswerKey;
    const problems = keyProblems(key, file, text);
    if (problems.length > 0) {
      for (const problem of problems) console.error(`eval: ${path.relative(repoRoot, keyPath)}: ${problem}`);
      broken = true;
      continue;
    }
    linesOf.set(file, text.split(/\r?\n/));
    const document = parseCorpusFile(text, path.join(filesFolder, file));
    scores.push(scoreFile(key, foundActions(document), foundHints(document)));
  }

  const totals = total(scores);
  if (values.json) {
    console.log(JSON.stringify({ ...totals, corpus, scoredFiles: scores.length, corpusFiles: files.length }, null, 2));
    return broken ? 1 : 0;
  }

  const header = '| file | key | found | matched | missed | wrong | recall | precision | owner ok | due ok | done ok | traps hit | hints key/found/matched |';
  console.log(header);
  console.log(header.replace(/[^|]+/g, ' --- '));
  for (const s of scores) {
    const agree = (pick: (m: FileScore['matched'][number]) => boolean) => `${s.matched.filter(pick).length}/${s.matched.length}`;
    console.log(
      `| ${s.file} | ${s.keyActions} | ${s.found} | ${s.matched.length} | ${s.missed.length} | ${s.wronglyFound.length} | ${percent(recallOf(s))} | ${percent(precisionOf(s))} | ` +
        `${agree((m) => m.ownerAgrees)} | ${agree((m) => m.dueAgrees)} | ${agree((m) => m.doneAgrees)} | ${s.trapsReported.length} | ${s.keyHints}/${s.foundHints}/${s.hintsMatched} |`,
    );
  }
  const t = totals;
  console.log(
    `| **total** (${t.files} files) | ${t.keyActions} | ${t.found} | ${t.matched} | ${t.missed} | ${t.wronglyFound} | ${percent(t.recall)} | ${percent(t.precision)} | ` +
      `${t.ownerAgrees}/${t.matched} | ${t.dueAgrees}/${t.matched} | ${t.doneAgrees}/${t.matched} | ${t.trapsReported} | ${t.keyHints}/${t.foundHints}/${t.hintsMatched} |`,
  );
  console.log('');
  console.log(
    `Total: ${t.keyActions} actions in the key, ${t.found} found, ${t.matched} matched, ${t.missed} missed, ${t.wronglyFound} wrongly found; ` +
      `recall ${percent(t.recall)}, precision ${percent(t.precision)}; traps reported as actions: ${t.trapsReported}.`,
  );
  console.log(
    `Prose hints: ${t.keyHints} in the key, ${t.foundHints} found, ${t.hintsMatched} of the key's found (${percent(ratio(t.hintsMatched, t.keyHints))}); ` +
      `${t.hintsUnkeyed} found on lines with no key hint.`,
  );

  for (const s of scores) {
    for (const { trap, found } of s.trapsReported) {
      console.log(`TRAP reported as an action: ${s.file}:${trap.line} (${trap.why}): "${clip(found.text)}"`);
    }
  }

  if (values.verbose) {
    for (const s of scores) {
      for (const miss of s.missed) console.log(`missed  ${s.file}:${miss.line}  [${miss.owner.join(', ')}] ${clip(miss.text)}`);
      for (const wrong of s.wronglyFound) {
        const range = wrong.startLine === wrong.endLine ? `${wrong.startLine}` : `${wrong.startLine}-${wrong.endLine}`;
        console.log(`wrong   ${s.file}:${range}  [${wrong.owners.join(', ')}] ${clip(wrong.text)}`);
      }
      for (const m of s.matched.filter((p) => !p.ownerAgrees || !p.dueAgrees || !p.doneAgrees)) {
        const parts: string[] = [];
        if (!m.ownerAgrees) parts.push(`owner key [${m.key.owner.join(', ')}] found [${m.found.owners.join(', ')}]`);
        if (!m.dueAgrees) parts.push(`due key ${m.key.due ?? 'none'} found ${m.found.due ?? m.found.dueText ?? 'none'}`);
        if (!m.doneAgrees) parts.push(`done key ${m.key.done} found ${m.found.done}`);
        console.log(`differs ${s.file}:${m.key.line}  ${parts.join('; ')}`);
      }
      const lineText = (line: number) => clip(linesOf.get(s.file)?.[line - 1]?.trim() ?? '');
      for (const miss of s.hintsMissed) console.log(`hint missed   ${s.file}:${miss.line}  [${miss.owner.join(', ')}] ${lineText(miss.line)}`);
      for (const extra of s.hintsUnkeyed) console.log(`hint unkeyed  ${s.file}:${extra.startLine}  [${extra.owners.join(', ')}] ${lineText(extra.startLine)}`);
    }
  }
  return broken ? 1 : 0;
}

if (require.main === module) process.exitCode = main();
