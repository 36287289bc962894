import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

// The core runs in plain Node, in a browser and in the extension host: it may import neither the editor nor Node.
describe('architecture', () => {
  const coreDir = path.resolve(__dirname, '../../src/core');
  // Sub-folders too (src/core/import/).
  for (const file of readdirSync(coreDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    it(`src/core/${file} imports neither vscode nor Node built-ins`, () => {
      const source = readFileSync(path.join(coreDir, file), 'utf8');
      const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
      for (const name of imports) {
        assert.notEqual(name, 'vscode', `${file} imports vscode`);
        assert.ok(!name.startsWith('node:'), `${file} imports ${name}`);
        assert.ok(!['fs', 'path', 'os', 'child_process'].includes(name), `${file} imports ${name}`);
      }
    });
  }
});
