#!/bin/sh
# Run by the build before the tests and by .ci/run: the real-browser tests drive Debian's Chromium through
# chromedriver. Installs both with apt-get when they are missing and this runs as root; otherwise says how.
set -eu
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium and ChromeDriver for the browser tests (apt-get) ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium chromium-driver >/dev/null
  echo "Installed $(chromium --version 2>/dev/null)"
  exit 0
fi
echo "The browser tests need Chromium and ChromeDriver: install the Debian packages 'chromium' and 'chromium-driver'." >&2
exit 1
