// Writes test/fixtures/import/ashwell-parish-council.docx (the Word minutes the integration and e2e tests import)
// from test/unit/helpers/docxFixture.ts: `npx tsx scripts/make-docx-fixture.ts`.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { minutesDocx } from '../test/unit/helpers/docxFixture';

void minutesDocx().then((bytes) => {
  const target = path.join(__dirname, '..', 'test', 'fixtures', 'import', 'ashwell-parish-council.docx');
  writeFileSync(target, bytes);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
});
