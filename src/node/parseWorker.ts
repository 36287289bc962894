/**
 * A worker thread of the parse pool (`src/node/parsePool.ts`): it receives batches of files to read and parse, and
 * posts each batch back as soon as it is done, in the compact encoding of the parse cache (one integer array,
 * transferred without a copy, and one table of strings), so that neither thread holds or copies more than a batch.
 */
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentWriter } from '../core/documentCodec';
import { contentHash } from '../core/parseCache';
import { readMinutes } from '../core/readMinutes';
import { readMinutesFileSync } from '../cli/files';
import { BACKGROUND_PRIORITY, type ParseBatch, type ParsedBatch, type WorkerSetup } from './parsePool';

const setup = workerData as WorkerSetup | undefined;

function parseBatch(batch: ParseBatch): ParsedBatch {
  // Fresh documents share no range objects: none to find by identity. A pool that shares no values gets them raw.
  const writer = new DocumentWriter(setup?.encoding ?? 'fresh');
  const starts = new Int32Array(batch.paths.length);
  const texts: string[] = [];
  for (let i = 0; i < batch.paths.length; i++) {
    const read = readMinutesFileSync(batch.paths[i]);
    if ('problem' in read) {
      starts[i] = -1;
      texts.push(read.problem);
      continue;
    }
    const fileName = batch.fileNames?.[i] ?? batch.paths[i];
    // A file the parser cannot read is that file's problem, not the batch's.
    const parsed = readMinutes(read.text, { ...batch.options, fileName });
    if ('problem' in parsed) {
      starts[i] = -1;
      texts.push(parsed.problem);
      continue;
    }
    starts[i] = writer.write(parsed.document);
    texts.push(contentHash(read.text));
  }
  return { id: batch.id, starts, texts, encoded: { ...writer.encoded(), strings: writer.strings } };
}

// Background work yields the processor to the thread that started it and to the editor. On Linux a priority is a
// thread's own; elsewhere it is the whole process's, which must keep its own. Never a higher priority than the thread
// inherited: a process already run under `nice` past the background priority keeps its own for its workers too.
if (setup?.background && process.platform === 'linux') {
  try {
    setPriority(Math.max(getPriority(), BACKGROUND_PRIORITY));
  } catch {
    // Not allowed: the worker runs at its parent's priority.
  }
}

parentPort?.on('message', (batch: ParseBatch) => {
  let parsed: ParsedBatch;
  try {
    parsed = parseBatch(batch);
  } catch (error) {
    // A parser bug on one file: the pool gives the batch back to the calling thread, which meets the same error.
    parentPort?.postMessage({ id: batch.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    return;
  }
  const { numbers, positions, ranges, tables } = parsed.encoded;
  parentPort?.postMessage(parsed, [parsed.starts.buffer, numbers.buffer, positions.buffer, ranges.buffer, tables.buffer] as ArrayBuffer[]);
});
