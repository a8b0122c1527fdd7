#!/bin/sh
# Installs the Debian packages the test suite needs, only when they are missing:
# PostgreSQL (a throwaway server is started by the tests), Chromium (browser tests), D-Bus and systemd-analyze (reminders).
set -eu

missing=""
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing="$missing postgresql"
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -x /usr/bin/chromedriver ] || missing="$missing chromium-driver"
command -v script >/dev/null 2>&1 || missing="$missing util-linux"
# Reminders: a private D-Bus session bus for the notification tests, and systemd-analyze to
# check the timer units hearten writes (both small; a container may have neither).
command -v dbus-daemon >/dev/null 2>&1 || missing="$missing dbus"
command -v systemd-analyze >/dev/null 2>&1 || missing="$missing systemd"
# Fonts so that pages and charts render text the same on every machine.
[ -d /usr/share/fonts/truetype/dejavu ] || missing="$missing fonts-dejavu-core"

[ -z "$missing" ] && exit 0

echo "Installing Debian packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "These Debian packages are needed and I cannot install them without root:$missing" >&2
    exit 1
fi
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
