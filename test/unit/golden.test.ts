import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildSummary, EXPORT_FORMATS, formatSummary } from '../../src/core/export';
import { parseMinutes } from '../../src/core/parse';
import { FIXTURES, fixture } from './helpers/fixtures';

// Every export format of the two seed documents, compared with files that were read by eye once.
// After a deliberate change: UPDATE_GOLDEN=1 npm run test:unit, then read the diff before committing it.
const GOLDEN = path.join(FIXTURES, 'golden');
const EXTENSIONS = { json: 'json', markdown: 'md', csv: 'csv', html: 'html', ics: 'ics' } as const;

describe('export golden files', () => {
  const sources = ['2007-06-06-daccom-exec.minutes.md', '2007-12-13-pbc-leads.minutes.md'].map((name) => ({
    file: `seeds/${name}`,
    document: parseMinutes(fixture(`seeds/${name}`), { fileName: name }),
  }));
  const summary = buildSummary(sources);

  for (const format of EXPORT_FORMATS) {
    it(`${format} matches test/fixtures/golden/seeds.${EXTENSIONS[format]}`, () => {
      const output = formatSummary(summary, format, { today: '2007-12-20', from: 'the two seed documents' });
      const file = path.join(GOLDEN, `seeds.${EXTENSIONS[format]}`);
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, output);
        if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`${file} did not exist: written now, read it and commit it`);
      }
      assert.equal(output, readFileSync(file, 'utf8'));
    });
  }
});
