/**
 * A worker thread that reads and parses minutes files for `indexFilesInWorkers`: it receives a list of files and
 * parse options, and posts back one outcome per file, in order, as one JSON text.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseMinutes, type ParseOptions } from '../core/parse';
import { contentHash } from '../core/parseCache';
import { readMinutesFileSync } from '../cli/files';

interface Job {
  files: string[];
  options: Omit<ParseOptions, 'fileName'>;
}

async function work(job: Job): Promise<void> {
  const outcomes = [];
  for (const file of job.files) {
    const read = readMinutesFileSync(file);
    if ('problem' in read) outcomes.push({ file, problem: read.problem });
    else outcomes.push({ file, hash: contentHash(read.text), document: parseMinutes(read.text, { ...job.options, fileName: file }) });
  }
  // As JSON text: structured cloning thousands of documents costs the receiving thread several times more than
  // JSON.parse (documents are plain JSON data; the parse cache stores them the same way).
  parentPort?.postMessage(JSON.stringify(outcomes));
}

if (parentPort) void work(workerData as Job);
