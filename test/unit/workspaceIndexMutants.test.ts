import { strict as assert } from 'node:assert';
import { parseMinutes } from '../../src/core/parse';
import { MemoryParseCache, contentHash } from '../../src/core/parseCache';
import { WorkspaceIndex, type ParsedFile, type ReadOutcome, type WorkspaceHost } from '../../src/core/workspaceIndex';

// The workspace index as the extension drives it: listeners, cancelled scans, a host that parses in workers
// (`parseFile`), a parse cache, files that change or vanish while they are read.
const roster = '## Attended\n\n- Mark Jones (MJ)\n- Rita Singh (RS)\n\n';
const options = (key: string) => ({ fileName: key, today: '2024-01-10' });

/** Files in memory; counts stats; a file without a modification time is an open editor's buffer (no stamp). */
class Host implements WorkspaceHost {
  readonly files = new Map<string, string>();
  readonly mtimes = new Map<string, number>();
  stats = 0;
  async listFiles(): Promise<string[]> {
    return [...this.files.keys()].sort();
  }
  async readFile(key: string): Promise<ReadOutcome> {
    const text = this.files.get(key);
    return text === undefined ? { problem: 'gone' } : { text };
  }
  parseOptions(key: string) {
    return options(key);
  }
  displayPath(key: string): string {
    return key;
  }
  async stat(key: string) {
    this.stats++;
    const mtimeMs = this.mtimes.get(key);
    const text = this.files.get(key);
    return mtimeMs === undefined || text === undefined ? undefined : { size: text.length, mtimeMs };
  }
}

/** A host whose workers parse: what `parseFile` answers is said per file. */
class WorkerHost extends Host {
  readonly answers = new Map<string, () => Promise<ParsedFile | { problem: string } | undefined>>();
  parsed: string[] = [];
  async parseFile(key: string): Promise<ParsedFile | { problem: string } | undefined> {
    this.parsed.push(key);
    const answer = this.answers.get(key);
    if (answer) return answer();
    const text = this.files.get(key)!;
    return { document: parseMinutes(text, options(key)), hash: contentHash(text) };
  }
}

/** An index over the host with a parse cache a first (cold) scan filled: a restart. */
async function warmIndex(host: Host): Promise<WorkspaceIndex> {
  const cache = new MemoryParseCache();
  const cold = new WorkspaceIndex(host);
  cold.useCache(cache);
  await cold.rescan();
  const warm = new WorkspaceIndex(host);
  warm.useCache(cache);
  return warm;
}

const texts = (index: WorkspaceIndex) => index.actions().map((entry) => `${entry.path} ${entry.people.join('+')} ${entry.action.text}`);

describe('workspace index: listeners, cancelling, workers and the cache', () => {
  it('is not scanned until a scan has run, and stops telling a listener once disposed', async () => {
    const host = new Host();
    host.files.set('a.minutes.md', `${roster}ACTION: MJ — one\n`);
    const index = new WorkspaceIndex(host);
    assert.equal(index.isScanned, false);
    let told = 0;
    const listener = index.onDidChange(() => told++);
    await index.rescan();
    assert.equal(index.isScanned, true);
    assert.equal(told, 1);
    listener.dispose();
    await index.applyChanges(['a.minutes.md']);
    assert.equal(told, 1, 'not told after dispose');
  });

  it('keeps what it holds when a rescan is cancelled before it reads anything', async () => {
    const host = new Host();
    host.files.set('a.minutes.md', `${roster}ACTION: MJ — one\n`);
    host.files.set('b.minutes.md', `${roster}ACTION: RS — two\n`);
    const index = new WorkspaceIndex(host);
    await index.rescan();
    assert.deepEqual(await index.rescan({ isCancellationRequested: true }), { files: 2, fromCache: 0 });
    assert.deepEqual(texts(index), ['a.minutes.md Mark Jones one', 'b.minutes.md Rita Singh two']);
  });

  it('asks for no stamps without a cache, and keeps an open editor\'s text (no stamp) out of the cache', async () => {
    const host = new Host();
    host.files.set('disk.minutes.md', `${roster}ACTION: MJ — on disk\n`);
    host.files.set('open.minutes.md', `${roster}ACTION: RS — being edited\n`);
    host.mtimes.set('disk.minutes.md', 5);
    await new WorkspaceIndex(host).rescan();
    assert.equal(host.stats, 0, 'no cache: no stat');
    const cache = new MemoryParseCache();
    const index = new WorkspaceIndex(host);
    index.useCache(cache);
    await index.rescan();
    assert.equal(host.stats, 2);
    assert.deepEqual([...cache.entries.keys()], ['disk.minutes.md']);
    assert.deepEqual(texts(index), ['disk.minutes.md Mark Jones on disk', 'open.minutes.md Rita Singh being edited']);
  });

  it('forgets a file deleted while its document came from the cache', async () => {
    const host = new Host();
    host.files.set('a.minutes.md', `${roster}ACTION: MJ — one\n`);
    host.mtimes.set('a.minutes.md', 1);
    const warm = await warmIndex(host);
    const scan = warm.rescan();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    host.files.delete('a.minutes.md');
    await warm.applyChanges([], ['a.minutes.md']);
    const summary = await scan;
    assert.equal(summary.fromCache, 0, 'the read was dropped');
    assert.deepEqual(warm.allFiles(), []);
  });

  it('lets the event loop turn while a warm scan answers many files from the cache', async () => {
    const host = new Host();
    for (let i = 0; i < 300; i++) {
      host.files.set(`${i}.minutes.md`, `ACTION: MJ — ${i}\n`);
      host.mtimes.set(`${i}.minutes.md`, 1);
    }
    const warm = await warmIndex(host);
    let turned = false;
    setImmediate(() => (turned = true));
    assert.deepEqual(await warm.rescan(), { files: 300, fromCache: 300 });
    assert.ok(turned);
  });

  it('lets the event loop turn while a cold scan parses many files', async () => {
    const host = new Host();
    for (let i = 0; i < 300; i++) host.files.set(`${i}.minutes.md`, `${roster}ACTION: MJ — ${i}\n`);
    let turned = false;
    setImmediate(() => (turned = true));
    assert.deepEqual(await new WorkspaceIndex(host).rescan(), { files: 300, fromCache: 0 });
    assert.ok(turned);
  });

  it('takes the documents a worker parsed, and reads what it leaves or fails on itself', async () => {
    const host = new WorkerHost();
    host.files.set('a.minutes.md', `${roster}ACTION: MJ — parsed in a worker\n`);
    host.files.set('b.minutes.md', `${roster}ACTION: RS — left to the index\n`);
    host.files.set('c.minutes.md', `${roster}ACTION: RS — unreadable\n`);
    host.files.set('d.minutes.md', `${roster}ACTION: RS — thrown\n`);
    host.files.set('e.minutes.md', `${roster}ACTION: RS — thrown, not an Error\n`);
    host.answers.set('b.minutes.md', async () => undefined);
    host.answers.set('c.minutes.md', async () => ({ problem: 'too large' }));
    host.answers.set('d.minutes.md', async () => Promise.reject(new Error('worker died')));
    host.answers.set('e.minutes.md', async () => Promise.reject('no worker'));
    let readsByIndex = 0;
    const read = host.readFile.bind(host);
    host.readFile = async (key) => (readsByIndex++, read(key));
    const index = new WorkspaceIndex(host);
    await index.rescan();
    assert.deepEqual(texts(index), ['a.minutes.md Mark Jones parsed in a worker', 'b.minutes.md Rita Singh left to the index']);
    assert.equal(readsByIndex, 1, 'only the file the worker left');
    assert.deepEqual(index.allProblems().sort((x, y) => x.key.localeCompare(y.key)), [
      { key: 'c.minutes.md', message: 'too large' },
      { key: 'd.minutes.md', message: 'worker died' },
      { key: 'e.minutes.md', message: 'no worker' },
    ]);
  });

  it('stores a worker\'s document in the cache under its stamp and hash, and serves it from there next time', async () => {
    const host = new WorkerHost();
    const text = `${roster}ACTION: MJ — parsed in a worker\n`;
    host.files.set('a.minutes.md', text);
    host.mtimes.set('a.minutes.md', 7);
    host.files.set('open.minutes.md', `${roster}ACTION: RS — being edited\n`);
    const cache = new MemoryParseCache();
    const index = new WorkspaceIndex(host);
    index.useCache(cache);
    assert.deepEqual(await index.rescan(), { files: 2, fromCache: 0 });
    assert.deepEqual([...cache.entries.keys()], ['a.minutes.md'], 'an open editor\'s text (no stamp) is not cached');
    const entry = cache.entries.get('a.minutes.md');
    assert.deepEqual([entry?.size, entry?.mtimeMs, entry?.hash], [text.length, 7, contentHash(text)]);
    assert.equal(entry?.document, index.file('a.minutes.md')?.document);
    host.parsed = [];
    const warm = new WorkspaceIndex(host);
    warm.useCache(cache);
    assert.deepEqual(await warm.rescan(), { files: 2, fromCache: 1 });
    assert.deepEqual(host.parsed, ['open.minutes.md']);
    assert.deepEqual(texts(warm), ['a.minutes.md Mark Jones parsed in a worker', 'open.minutes.md Rita Singh being edited']);
  });

  it('drops a worker\'s document for a file deleted while it was parsed', async () => {
    const host = new WorkerHost();
    host.files.set('a.minutes.md', `${roster}ACTION: MJ — one\n`);
    let finish: () => void = () => undefined;
    const document = parseMinutes(host.files.get('a.minutes.md')!, options('a.minutes.md'));
    host.answers.set('a.minutes.md', () => new Promise((resolve) => (finish = () => resolve({ document, hash: 'h' }))));
    const index = new WorkspaceIndex(host);
    const scan = index.rescan();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    host.files.delete('a.minutes.md');
    await index.applyChanges([], ['a.minutes.md']);
    finish();
    await scan;
    assert.deepEqual(index.allFiles(), []);
  });

  it('lists an action carried through meetings once, at its latest row, with its history; one not carried without', async () => {
    const host = new Host();
    host.files.set('m/2024-01-01.minutes.md', `# Board\n\n${roster}ACTION: MJ — write the report\n\nACTION: RS — book the room\n`);
    host.files.set('m/2024-02-01.minutes.md', `# Board\n\n${roster}ACTION: MJ — write the report\n`);
    const index = new WorkspaceIndex(host);
    await index.rescan();
    const entries = index.actions();
    assert.deepEqual(
      entries.map((entry) => [entry.path, entry.action.text, entry.tracked?.occurrences.length]),
      [
        ['m/2024-01-01.minutes.md', 'book the room', undefined],
        ['m/2024-02-01.minutes.md', 'write the report', 2],
      ],
    );
    assert.deepEqual(index.owners(), ['Mark Jones', 'Rita Singh']);
  });
});
