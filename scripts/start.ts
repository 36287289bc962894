// `npm start`: the packaged extension in a real VS Code (code-server) with examples/
// open, for trying it by hand in a browser. Ctrl-C stops the server and everything it started.
// MINUTES_PORT picks the port (default: a free one).
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { projectRoot, startCodeServer } from './code-server';

async function main(): Promise<void> {
  const { name, version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  const folder = path.join(projectRoot, 'examples');
  const server = await startCodeServer({
    vsix: [path.join(projectRoot, `${name}-${version}.vsix`)],
    folder,
    port: process.env.MINUTES_PORT ? Number(process.env.MINUTES_PORT) : undefined,
  });
  console.log(`\nMinutes ${version} in VS Code: ${server.url}/?folder=${encodeURIComponent(folder)}\nCtrl-C stops it.\n`);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log('stopping code-server...');
      void server.stop().finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
