import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import { FIXTURES } from './fixtures';

/** Runs the CLI in-process, capturing what it prints. */
export async function runCli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

/** A temporary folder holding a copy of the seed minutes under `minutes/`. */
export function folderWithSeeds(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(path.join(FIXTURES, 'seeds'), path.join(dir, 'minutes'), { recursive: true });
  return dir;
}
