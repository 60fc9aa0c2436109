#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (no browser is ever downloaded by a test tool). Installs it
# from Debian's packages when it is missing; `make test` runs this in the background while Maven builds.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium present: $(/usr/bin/chromium --version 2>/dev/null || true)"
  exit 0
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo -n); fi
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get install -y chromium; then
  "${sudo[@]}" apt-get update
  "${sudo[@]}" apt-get install -y chromium
fi
/usr/bin/chromium --version || true
