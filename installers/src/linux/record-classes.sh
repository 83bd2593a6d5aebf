#!/usr/bin/env bash
# Prints the classes Trustcase loads as it starts, for a class-data sharing archive (-XX:SharedClassListFile):
# `workspace init --demo` and `case list` on a demo workspace and, where an X server is at hand ($DISPLAY, or
# Xvfb started here), the window up to its sign-in screen. Nothing of the user's is touched: the workspace and
# the per-user folders are under WORK.
#   record-classes.sh JAVA JAR WORK > trustcase.classlist
set -euo pipefail
java_bin="$1"
jar="$2"
work="$3"
rm -rf "$work"
mkdir -p "$work"
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" HOME="$work/home"
export TRUSTCASE_USER=trainer TRUSTCASE_PASSWORD='a password for recording'
run() {
  local list="$1"; shift
  "$java_bin" -XX:DumpLoadedClassList="$work/$list" -XX:+UseSerialGC -Xss2m -cp "$jar" org.trustcase.app.Main "$@"
}
run init.classlist --workspace "$work/ws" workspace init --demo > /dev/null
run list.classlist --workspace "$work/ws" case list > /dev/null

xvfb=""
if [[ -z "${DISPLAY:-}" ]] && command -v Xvfb > /dev/null; then
  Xvfb :93 -screen 0 1280x800x24 > /dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=:93
  sleep 1
fi
if [[ -n "${DISPLAY:-}" ]]; then
  run window.classlist --workspace "$work/ws" > "$work/window.log" 2>&1 &
  window=$!
  # the sign-in screen is up within a few seconds; the list is written as classes load, so stopping is enough
  sleep 12
  kill "$window" 2> /dev/null || true
  wait "$window" 2> /dev/null || true
else
  echo "record-classes.sh: no X server (no DISPLAY, no Xvfb): the window's classes are not recorded" >&2
fi
if [[ -n "$xvfb" ]]; then
  kill "$xvfb" 2> /dev/null || true
fi

# each class once, in the order first loaded, without the lists' own numbering (which the lists do not share);
# a line cut short by the stop is left out
cat "$work"/init.classlist "$work"/list.classlist "$work"/window.classlist 2> /dev/null \
  | sed -E 's/^([A-Za-z0-9_\/$.]+) id: [0-9]+$/\1/' \
  | awk '/^@lambda-(proxy|form-invoker) / || /^[A-Za-z0-9_\/$.]+$/' | awk '!seen[$0]++'
