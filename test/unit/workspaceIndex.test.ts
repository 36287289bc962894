import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { WorkspaceIndex, type ReadOutcome, type WorkspaceHost } from '../../src/core/workspaceIndex';
import { groupActions, isOverdue } from '../../src/core/grouping';
import { withWorkspaceOwners } from '../../src/core/diagnostics';
import { PeopleResolver } from '../../src/core/people';
import { parseMinutes } from '../../src/core/parse';
import { MemoryParseCache, parseOptionsKey } from '../../src/core/parseCache';
import { FileParseCache } from '../../src/node/parseCacheFile';
import { generateMinutes, mulberry32 } from '../../bench/corpus';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** An in-memory workspace whose reads can be held back, to play events out of order. */
class MemoryHost implements WorkspaceHost {
  readonly files = new Map<string, string>();
  private held: (() => void)[] = [];
  holdReads = false;

  async listFiles(): Promise<string[]> {
    return [...this.files.keys()].filter((k) => k.endsWith('.minutes.md')).sort();
  }

  readFile(key: string): Promise<ReadOutcome> {
    // What is read is what the file holds when the read is made; holding only delays the answer.
    const text = this.files.get(key);
    const outcome: ReadOutcome = text === undefined ? { problem: 'gone' } : text.includes('\u0000') ? { problem: 'binary file' } : { text };
    if (!this.holdReads) return Promise.resolve(outcome);
    return new Promise((resolve) => this.held.push(() => resolve(outcome)));
  }

  /** Releases held reads, newest first: the order that would break a naive index. */
  releaseNewestFirst(): void {
    const held = this.held.reverse();
    this.held = [];
    held.forEach((release) => release());
  }

  parseOptions(key: string) {
    return { fileName: key, today: '2024-01-10' };
  }

  displayPath(key: string): string {
    return key;
  }
}

const roster = '## Attended\n\n- Mark Jones (MJ)\n- Rita Singh (RS)\n\n';

function snapshot(index: WorkspaceIndex): string[] {
  return index.actions().map((a) => `${a.path}:${a.action.range.start.line + 1} ${a.people.join('+')} ${a.action.text}`);
}

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('workspace index', () => {
  it('scans every minutes file and reports unreadable ones', async () => {
    const host = new MemoryHost();
    host.files.set('a/2024-01-01.minutes.md', `${roster}ACTION: MJ — one due 2024-01-05\n`);
    host.files.set('b.minutes.md', `${roster}- [ ] @RS two\n`);
    host.files.set('c.minutes.md', 'binary\u0000');
    host.files.set('notes.md', 'ACTION: MJ — not minutes\n');
    const index = new WorkspaceIndex(host);
    let changes = 0;
    index.onDidChange(() => changes++);
    await index.rescan();
    assert.deepEqual(snapshot(index), ['a/2024-01-01.minutes.md:6 Mark Jones one', 'b.minutes.md:6 Rita Singh two']);
    assert.deepEqual(index.allProblems(), [{ key: 'c.minutes.md', message: 'binary file' }]);
    assert.equal(changes, 1);
  });

  it('forgets a deleted file\'s problem, by a batch and by a rescan', async () => {
    const host = new MemoryHost();
    host.files.set('c.minutes.md', 'binary\u0000');
    host.files.set('d.minutes.md', 'binary too\u0000');
    const index = new WorkspaceIndex(host);
    await index.rescan();
    assert.deepEqual(index.allProblems().map((p) => p.key), ['c.minutes.md', 'd.minutes.md']);
    host.files.delete('c.minutes.md');
    await index.applyChanges([], ['c.minutes.md']);
    assert.deepEqual(index.allProblems().map((p) => p.key), ['d.minutes.md']);
    host.files.delete('d.minutes.md');
    await index.rescan();
    assert.deepEqual(index.allProblems(), []);
  });

  it('applies created, changed and deleted files as one batch', async () => {
    const host = new MemoryHost();
    host.files.set('a.minutes.md', `${roster}ACTION: MJ — one\n`);
    const index = new WorkspaceIndex(host);
    await index.rescan();
    host.files.set('a.minutes.md', `${roster}ACTION: MJ — one, edited\n`);
    host.files.set('new.minutes.md', `${roster}ACTION: RS — new\n`);
    await index.applyChanges(['a.minutes.md', 'new.minutes.md']);
    assert.deepEqual(snapshot(index), ['a.minutes.md:6 Mark Jones one, edited', 'new.minutes.md:6 Rita Singh new']);
    host.files.delete('a.minutes.md');
    await index.applyChanges([], ['a.minutes.md']);
    assert.deepEqual(snapshot(index), ['new.minutes.md:6 Rita Singh new']);
  });

  it('drops a read that an older event started when a newer one has finished', async () => {
    const host = new MemoryHost();
    host.files.set('a.minutes.md', `${roster}ACTION: MJ — first\n`);
    const index = new WorkspaceIndex(host);
    await index.rescan();
    host.holdReads = true;
    const older = index.applyChanges(['a.minutes.md']);
    host.files.set('a.minutes.md', `${roster}ACTION: MJ — second\n`);
    const newer = index.applyChanges(['a.minutes.md']);
    await flush();
    host.releaseNewestFirst();
    await Promise.all([older, newer]);
    assert.deepEqual(snapshot(index), ['a.minutes.md:6 Mark Jones second']);
  });

  it('forgets a file deleted while it was being read', async () => {
    const host = new MemoryHost();
    host.files.set('a.minutes.md', `${roster}ACTION: MJ — first\n`);
    const index = new WorkspaceIndex(host);
    host.holdReads = true;
    const scan = index.rescan();
    await flush();
    host.files.delete('a.minutes.md');
    await index.applyChanges([], ['a.minutes.md']);
    host.releaseNewestFirst();
    await scan;
    assert.deepEqual(snapshot(index), []);
  });

  it('stops a cancelled scan and reports progress', async () => {
    const host = new MemoryHost();
    for (let i = 0; i < 100; i++) host.files.set(`${i}.minutes.md`, `ACTION: MJ — ${i}\n`);
    const index = new WorkspaceIndex(host);
    const signal = { isCancellationRequested: false };
    const seen: number[] = [];
    await index.rescan(signal, (done, total) => {
      seen.push(done);
      assert.equal(total, 100);
      if (done === 3) signal.isCancellationRequested = true;
    });
    // The reads already in flight finish; no other starts.
    assert.ok(seen.length >= 3 && seen.length < 50, `read ${seen.length} files`);
    assert.deepEqual(seen, seen.map((_, i) => i + 1));
    assert.equal(index.allFiles().length, seen.length);
  });

  it('resolves a person across files: an alias defined in one roster serves another file', async () => {
    const host = new MemoryHost();
    host.files.set('a.minutes.md', `${roster}ACTION: MJ — a\n`);
    host.files.set('b.minutes.md', 'ACTION: Mark Jones — b\n\n- [ ] @RS c\n\n- [ ] @zed d\n');
    const index = new WorkspaceIndex(host, () => ({ Zed: ['zed'] }));
    await index.rescan();
    assert.deepEqual(index.actions().map((a) => a.people), [['Mark Jones'], ['Mark Jones'], ['Rita Singh'], ['Zed']]);
    assert.deepEqual(index.owners(), ['Mark Jones', 'Rita Singh', 'Zed']);
  });

  it('counts a handle (or a name) no roster names as one person whatever its letter case', async () => {
    const host = new MemoryHost();
    host.files.set('a.minutes.md', '- [ ] @ChrisM send the email\n');
    host.files.set('b.minutes.md', '- [ ] @chrism fix the build\n\n- [ ] @CHRISM review the PR\n\n- [ ] @ann read it\n');
    const index = new WorkspaceIndex(host);
    await index.rescan();
    assert.deepEqual(index.owners(), ['ann', 'ChrisM']);
    assert.deepEqual(index.actions().map((a) => a.people), [['ChrisM'], ['ChrisM'], ['ChrisM'], ['ann']]);
  });

  it('reports an owner the rosters of other files name two ways, instead of splitting it silently', async () => {
    const host = new MemoryHost();
    host.files.set('a.minutes.md', '## Attended\n\n- Mark Jones\n\nACTION: Mark Jones — a\n');
    host.files.set('b.minutes.md', '## Attended\n\n- Mark Smith\n\nACTION: Mark Smith — b\n');
    host.files.set('c.minutes.md', '## Attended\n\n- Ann Lee\n\nACTION: Mark — c\n\nACTION: Ann — d\n');
    const index = new WorkspaceIndex(host);
    await index.rescan();
    const c = index.allFiles().find((file) => file.path.endsWith('c.minutes.md'))!.document;
    const owners = withWorkspaceOwners(c, (written) => index.resolvePerson(written)).filter((d) => d.code === 'unknown-person');
    assert.deepEqual(
      owners.map((d) => [d.severity, d.range.start.line, d.message]),
      [['information', 4, '"Mark" could be Mark Jones or Mark Smith (in the rosters of other minutes): write the full name or add an alias to this file\'s roster.']],
    );
    // Without the workspace's word, the file alone says only that Mark is not on its roster.
    assert.match(c.diagnostics.find((d) => d.code === 'unknown-person')!.message, /is not on the roster/);
  });

  it('resolves across files as a resolver over every roster entry does, however often rosters repeat', async () => {
    const people = ['Mark Jones (MJ)', 'Mary Jones (MJ)', 'Rita Singh (RS)', 'Rita Singh (Boss)', 'Sam Ng', 'Sam Ng (Chair)', 'Ann Lee, ACME', 'Ann Lee (Boss)'];
    const written = ['MJ', 'RS', 'Boss', 'Chair', 'Rita Singh', 'SN', 'Sam', 'Ann', 'AL', 'Mark', 'Mary Jones', 'nobody'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.subarray(people), { minLength: 1, maxLength: 6 }), async (rosters) => {
        const host = new MemoryHost();
        rosters.forEach((names, i) => host.files.set(`${i}.minutes.md`, `## Attended\n\n${names.map((name) => `- ${name}\n`).join('')}\nACTION: x — y\n`));
        const index = new WorkspaceIndex(host);
        await index.rescan();
        const everyEntry = new PeopleResolver(index.allFiles().flatMap((file) => file.document.roster));
        for (const name of written) assert.deepEqual(index.resolvePerson(name), everyEntry.resolve(name), name);
      }),
      { numRuns: 60 },
    );
  });

  it('after any sequence of events equals a fresh scan', async () => {
    const names = ['a.minutes.md', 'b.minutes.md', 'c.minutes.md'];
    const texts = [`${roster}ACTION: MJ — x\n`, '- [ ] @RS y due: 2024-02-01\n', '', `${roster}| Owner | Action |\n|---|---|\n| RS | z |\n`];
    const event = fc.record({ file: fc.constantFrom(...names), text: fc.option(fc.constantFrom(...texts)), hold: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 12 }), async (events) => {
        const host = new MemoryHost();
        const index = new WorkspaceIndex(host);
        await index.rescan();
        const pending: Promise<void>[] = [];
        for (const { file, text, hold } of events) {
          host.holdReads = hold;
          if (text === null) {
            host.files.delete(file);
            pending.push(index.applyChanges([], [file]));
          } else {
            host.files.set(file, text);
            pending.push(index.applyChanges([file]));
          }
          await flush();
        }
        host.releaseNewestFirst();
        await Promise.all(pending);
        const fresh = new WorkspaceIndex(host);
        host.holdReads = false;
        await fresh.rescan();
        assert.deepEqual(snapshot(index), snapshot(fresh));
      }),
      { numRuns: 200 },
    );
  });
});

describe('workspace index with a parse cache', () => {
  /** A host whose files carry a modification time, and which counts what it reads. */
  class StampedHost extends MemoryHost {
    readonly mtimes = new Map<string, number>();
    reads = 0;

    override readFile(key: string): Promise<ReadOutcome> {
      this.reads++;
      return super.readFile(key);
    }

    async stat(key: string) {
      const text = this.files.get(key);
      return text === undefined ? undefined : { size: text.length, mtimeMs: this.mtimes.get(key) ?? 1 };
    }
  }

  it('keeps a file whose parse throws out of the tree, as a problem, and out of the cache; every other file is read (issue #18)', async () => {
    // `minutes.people` as a user may write it wrongly (a number where a list of aliases goes) for one folder only:
    // the parser meets it and throws.
    class OneBadFolderHost extends StampedHost {
      override parseOptions(key: string) {
        return key.startsWith('bad/') ? { ...super.parseOptions(key), people: { 'Mark Jones': 5 as unknown as string[] } } : super.parseOptions(key);
      }
    }
    const host = new OneBadFolderHost();
    host.files.set('a.minutes.md', `${roster}ACTION: MJ — one due 2024-01-05\n`);
    host.files.set('bad/b.minutes.md', `${roster}- [ ] @RS two\n`);
    host.files.set('c.minutes.md', `${roster}- [ ] @RS three\n`);
    assert.throws(() => parseMinutes(host.files.get('bad/b.minutes.md')!, host.parseOptions('bad/b.minutes.md')), 'the bad folder really throws');
    const cache = new MemoryParseCache();
    const index = new WorkspaceIndex(host);
    index.useCache(cache);
    await index.rescan();
    assert.ok(index.isScanned);
    assert.deepEqual(index.allFiles().map((f) => f.key), ['a.minutes.md', 'c.minutes.md']);
    assert.deepEqual(index.allProblems().map((p) => p.key), ['bad/b.minutes.md']);
    assert.match(index.allProblems()[0].message, /^could not be read as minutes: /);
    assert.deepEqual([...cache.entries.keys()].sort(), ['a.minutes.md', 'c.minutes.md'], 'a failure is never stored');
  });

  it('fills a new index from the cache without reading unchanged files, and re-reads a changed one', async () => {
    const host = new StampedHost();
    host.files.set('a.minutes.md', `${roster}ACTION: MJ — one due 2024-01-05\n`);
    host.files.set('b.minutes.md', `${roster}- [ ] @RS two\n`);
    const cache = new MemoryParseCache();
    const first = new WorkspaceIndex(host);
    first.useCache(cache);
    assert.deepEqual(await first.rescan(), { files: 2, fromCache: 0 }, 'a cold scan reads every file');
    assert.equal(host.reads, 2);

    // A restart: a new index, the same cache, nothing changed on disk.
    host.reads = 0;
    const warm = new WorkspaceIndex(host);
    warm.useCache(cache);
    assert.deepEqual(await warm.rescan(), { files: 2, fromCache: 2 }, 'the scan says what came from the cache');
    assert.equal(host.reads, 0, 'nothing is read when nothing changed');
    assert.deepEqual(snapshot(warm), snapshot(first));

    // One file edited on disk (a new modification time), one deleted.
    host.files.set('a.minutes.md', `${roster}ACTION: MJ — one, edited due 2024-01-05\n`);
    host.mtimes.set('a.minutes.md', 2);
    host.files.delete('b.minutes.md');
    host.reads = 0;
    const later = new WorkspaceIndex(host);
    later.useCache(cache);
    assert.deepEqual(await later.rescan(), { files: 1, fromCache: 0 });
    assert.equal(host.reads, 1);
    assert.deepEqual(snapshot(later), ['a.minutes.md:6 Mark Jones one, edited']);
    assert.deepEqual([...cache.entries.keys()], ['a.minutes.md'], 'the deleted file leaves the cache');
  });

  it('after a restart from the cache file, holds what a fresh parse gives', async () => {
    const host = new StampedHost();
    const random = mulberry32(77);
    for (let i = 0; i < 60; i++) host.files.set(`${String(i).padStart(2, '0')}.minutes.md`, generateMinutes(random, i));
    host.files.set('wide.minutes.md', `${roster}ACTION: MJ — café 😀 due 03/04/2024\n\n| Owner | Action | Due | Status |\n|---|---|---|---|\n| RS | a | 5 March 2024 | done |\n| MJ | b | | |\n`);
    const folder = mkdtempSync(path.join(tmpdir(), 'minutes-index-cache-'));
    try {
      const key = parseOptionsKey({ today: '2024-01-10' });
      const cold = new WorkspaceIndex(host);
      const coldCache = await FileParseCache.open(folder, 'workspace', key);
      cold.useCache(coldCache);
      await cold.rescan();
      await coldCache.save();

      host.reads = 0;
      const warm = new WorkspaceIndex(host);
      const warmCache = await FileParseCache.open(folder, 'workspace', key);
      assert.equal(warmCache.entries.size, host.files.size);
      warm.useCache(warmCache);
      await warm.rescan();
      assert.equal(host.reads, 0, 'every document came from the cache');
      assert.deepEqual(snapshot(warm), snapshot(cold));
      for (const [file, text] of host.files) {
        const fresh = parseMinutes(text, host.parseOptions(file));
        assert.deepStrictEqual(JSON.parse(JSON.stringify(warm.file(file)?.document)), JSON.parse(JSON.stringify(fresh)), file);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('grouping', () => {
  async function entries() {
    const host = new MemoryHost();
    host.files.set('2024-01-01.minutes.md', `# Board\n\n${roster}ACTION: MJ — late due 2024-01-05\n\nACTION: RS — soon due 2024-01-12\n\n- [ ] @MJ/@RS later due: 2024-03-01\n\n- [ ] nobody\n\n- [x] @MJ done due: 2024-01-02\n`);
    const index = new WorkspaceIndex(host);
    await index.rescan();
    return index.actions();
  }

  it('groups by person, joint actions under each owner, no owner last', async () => {
    const groups = groupActions(await entries(), 'person', '2024-01-10');
    assert.deepEqual(groups.map((g) => [g.label, g.actions.map((a) => a.action.text)]), [
      ['Mark Jones', ['late', 'later']],
      ['Rita Singh', ['soon', 'later']],
      ['No owner', ['nobody']],
    ]);
  });

  it('groups by due date: Overdue, This week, Later, No date; done actions only when asked', async () => {
    const groups = groupActions(await entries(), 'due', '2024-01-10');
    assert.deepEqual(groups.map((g) => [g.label, g.actions.map((a) => a.action.text)]), [
      ['Overdue', ['late']],
      ['This week', ['soon']],
      ['Later', ['later']],
      ['No date', ['nobody']],
    ]);
    const withDone = groupActions(await entries(), 'due', '2024-01-10', true);
    assert.deepEqual(withDone.map((g) => [g.label, g.actions.map((a) => a.action.text)]), [
      ['Overdue', ['late']],
      ['This week', ['soon']],
      ['Later', ['later']],
      ['Past (closed)', ['done']],
      ['No date', ['nobody']],
    ]);
  });

  it('counts an action due today as this week, not overdue; one due yesterday as overdue', async () => {
    const host = new MemoryHost();
    host.files.set('t.minutes.md', `${roster}ACTION: MJ — today due 2024-01-10\n\nACTION: RS — yesterday due 2024-01-09\n`);
    const index = new WorkspaceIndex(host);
    await index.rescan();
    const [today, yesterday] = index.actions();
    assert.equal(isOverdue(today, '2024-01-10'), false);
    assert.equal(isOverdue(yesterday, '2024-01-10'), true);
    assert.deepEqual(groupActions(index.actions(), 'due', '2024-01-10').map((g) => [g.label, g.actions.map((a) => a.action.text)]), [
      ['Overdue', ['yesterday']],
      ['This week', ['today']],
    ]);
  });

  it('groups by meeting and by file', async () => {
    assert.deepEqual(groupActions(await entries(), 'meeting', '2024-01-10').map((g) => g.label), ['1 January 2024 — Board']);
    assert.deepEqual(groupActions(await entries(), 'file', '2024-01-10').map((g) => g.label), ['2024-01-01.minutes.md']);
  });
});
