#!/usr/bin/env bash
# Prints the classes Trustcase loads as it starts, for a class-data sharing archive (-XX:SharedClassListFile):
# `workspace init --demo` and `case list` on a demo workspace, and the window up to its sign-in screen. The window
# runs on JavaFX's headless Monocle platform when --monocle names its jar (the app's build: nothing shows), else on
# an X server when one is at hand ($DISPLAY, or Xvfb started here; the Linux packages), else not at all. Nothing of
# the user's is touched: the workspace, the per-user folders and the preferences are under WORK.
#   record-classes.sh [--monocle MONOCLE_JAR] JAVA JAR WORK > trustcase.classlist
set -euo pipefail
monocle=""
if [[ "${1:-}" == "--monocle" ]]; then
  monocle="$2"
  shift 2
fi
java_bin="$1"
jar="$2"
work="$3"
rm -rf "$work"
mkdir -p "$work"
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" HOME="$work/home"
export TRUSTCASE_USER=trainer TRUSTCASE_PASSWORD='a password for recording'
classpath="$jar"
run() {
  local list="$1"; shift
  "$java_bin" -XX:DumpLoadedClassList="$work/$list" -XX:+UseSerialGC -Xss2m -Djava.util.prefs.userRoot="$work/prefs" \
    "${platform[@]}" -cp "$classpath" org.trustcase.app.Main "$@"
}
platform=()
run init.classlist --workspace "$work/ws" workspace init --demo > /dev/null
run list.classlist --workspace "$work/ws" case list > /dev/null

xvfb=""
if [[ -n "$monocle" ]]; then
  if [[ -f "$monocle" ]]; then
    unset DISPLAY
    classpath="$jar:$monocle"
    platform=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k)
  else
    echo "record-classes.sh: no $monocle: the window's classes are not recorded" >&2
    monocle=none
  fi
elif [[ -z "${DISPLAY:-}" ]] && command -v Xvfb > /dev/null; then
  Xvfb :93 -screen 0 1280x800x24 > /dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=:93
  sleep 1
fi
if [[ "$monocle" != none && ( -n "$monocle" || -n "${DISPLAY:-}" ) ]]; then
  run window.classlist --workspace "$work/ws" > "$work/window.log" 2>&1 &
  window=$!
  # the sign-in screen is up within a few seconds; the list is written as classes load, so stopping is enough
  sleep 12
  kill "$window" 2> /dev/null || true
  wait "$window" 2> /dev/null || true
elif [[ "$monocle" != none ]]; then
  echo "record-classes.sh: no X server (no DISPLAY, no Xvfb): the window's classes are not recorded" >&2
fi
if [[ -n "$xvfb" ]]; then
  kill "$xvfb" 2> /dev/null || true
fi

# each class once, in the order first loaded, without the lists' own numbering (which the lists do not share);
# a line cut short by the stop is left out
lists=("$work/init.classlist" "$work/list.classlist")
if [[ -f "$work/window.classlist" ]]; then
  lists+=("$work/window.classlist")
fi
cat "${lists[@]}" \
  | sed -E 's/^([A-Za-z0-9_\/$.]+) id: [0-9]+$/\1/' \
  | awk '/^@lambda-(proxy|form-invoker) / || /^[A-Za-z0-9_\/$.]+$/' | awk '!seen[$0]++'
