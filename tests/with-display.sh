#!/bin/sh
# Runs a test with a display, a session bus and an accessibility bus of its
# own, so that it needs no desktop, never touches the user's session and
# cannot take the keyboard focus from a test running beside it:
#
#   with-display.sh PROGRAM [ARGS…]
#
# Xvfb chooses a free display number itself. The session bus starts the
# accessibility bus when the application first asks for it. Without Xvfb
# or dbus-run-session the test is skipped, with the reason, in TAP.
set -u

for tool in Xvfb dbus-run-session; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "1..0 # SKIP $tool is missing: install xvfb and dbus (tools/setup.sh lists them)"
    exit 0
  fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/upright-display.XXXXXX") || exit 1
xpid=
cleanup () {
  if [ -n "$xpid" ]; then
    kill "$xpid" 2>/dev/null
    wait "$xpid" 2>/dev/null
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Xvfb writes the number of the display it chose, once it accepts clients.
mkfifo "$tmp/displayfd" || exit 1
Xvfb -displayfd 3 -screen 0 1920x1200x24 -nolisten tcp -noreset \
  3>"$tmp/displayfd" >"$tmp/xvfb.log" 2>&1 &
xpid=$!
read -r display <"$tmp/displayfd"
if [ -z "$display" ]; then
  echo "Bail out! Xvfb did not start:"
  sed 's/^/# /' "$tmp/xvfb.log"
  exit 1
fi

export DISPLAY=":$display"
export GDK_BACKEND=x11

# The pointer starts in the middle of the screen, over whatever window a
# test opens there. It waits in the far corner instead, so that no tooltip
# is on its way when a test closes its window: GTK 4.8 would look for the
# pointer on a window that is gone.
if command -v xdotool >/dev/null 2>&1; then
  xdotool mousemove 1279 1023 >/dev/null 2>&1
fi
unset WAYLAND_DISPLAY
# The accessibility bus must be this session's, never the desktop's.
unset AT_SPI_BUS_ADDRESS
# The buses' own messages go to the log, the test's TAP to standard output.
dbus-run-session -- sh -c 'exec "$@" >&3 3>&-' sh "$@" 3>&1 >&2
