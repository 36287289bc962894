// Debian's Chromium driven by playwright-core: Playwright's own browser download
// cannot reach its host from here, and a distro browser needs no download at all.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const executablePath = process.env.MINUTES_CHROMIUM ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`${executablePath} not found: run scripts/setup-vscode.sh (installs Debian's chromium)`);
  }
  return chromium.launch({
    executablePath,
    // Playwright adds its own temporary profile; a --user-data-dir here would break it.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
