#!/bin/sh
# Makes sure the browser the html tests drive is installed: Debian's chromium and chromedriver
# (plus a colour emoji font, so emoji render as they would for a reader). Does nothing when both
# are present; installs them with apt-get when run as root; otherwise fails with what to do.
# NEWSCLAIMS_CHROMIUM and NEWSCLAIMS_CHROMEDRIVER name other paths to check (default /usr/bin/...).
set -eu
CHROMIUM="${NEWSCLAIMS_CHROMIUM:-/usr/bin/chromium}"
DRIVER="${NEWSCLAIMS_CHROMEDRIVER:-/usr/bin/chromedriver}"
if [ -x "$CHROMIUM" ] && [ -x "$DRIVER" ]; then
  exit 0
fi
PACKAGES="chromium chromium-driver fonts-noto-color-emoji"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: $CHROMIUM or $DRIVER is missing; installing $PACKAGES with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q $PACKAGES
  if [ -x "$CHROMIUM" ] && [ -x "$DRIVER" ]; then
    exit 0
  fi
  echo "ensure-browser: apt-get finished but $CHROMIUM or $DRIVER is still missing" >&2
  exit 1
fi
echo "ensure-browser: the html browser tests need $CHROMIUM and $DRIVER, which are missing," >&2
echo "ensure-browser: and this build cannot install them (it needs root and apt-get)." >&2
echo "ensure-browser: install them with: sudo apt-get install -y $PACKAGES" >&2
exit 1
