#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for this project: Debian's Chromium and Firefox ESR (the demo and
# the e2e tests drive them) and openssl (the test proxy's throwaway certificate), each only when missing,
# then the npm packages from package-lock.json. Used by the README's first command and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

# The browsers where the e2e harness looks for them (tests/e2e/harness/browsers.ts): Debian's binaries,
# or the ones CHROMIUM_BIN / FIREFOX_BIN name.
missing=()
[ -x "${CHROMIUM_BIN:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${FIREFOX_BIN:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
if ((${#missing[@]})); then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    echo "Missing: ${missing[*]}. Install them with apt-get as root (apt-get install ${missing[*]}) and run this again." >&2
    exit 1
  fi
  echo "Installing ${missing[*]} with apt-get"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
