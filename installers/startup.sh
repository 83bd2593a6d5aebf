#!/usr/bin/env bash
# Measures Trustcase's start-up against baselines from the same run, medians of 7 (needs Xvfb and xdotool:
# apt-get install -y xvfb xdotool):
#   - the window: time until Trustcase's sign-in window is mapped (after the "opening" window that comes first),
#     on an existing workspace, against a bare JavaFX window started from the same jar with the same JVM options;
#   - the command line: `case list` on the same workspace, against a main that does nothing, from the same jar.
# The window is started as the desktop entry starts it, without arguments, on the per-user workspace (here one made
# under a temporary XDG_DATA_HOME).
#   installers/startup.sh [JAR]              the jar with the JDK's java, as the README runs it, with the start-up
#                                            archive built beside it (default: app/target/trustcase.jar)
#   installers/startup.sh --installed [DIR]  the installed package (default: /opt/trustcase): the `trustcase`
#                                            command on the PATH, with the start-up archive, against baselines
#                                            on the package's own runtime and jar
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
runs=7
if [[ "${1:-}" == "--installed" ]]; then
  installed="${2:-/opt/trustcase}"
  jar="$installed/lib/app/trustcase.jar"
  java_bin=("$installed/lib/runtime/bin/java" -XX:+UseSerialGC -Xss2m)
  trustcase=(/usr/bin/trustcase)
else
  jar="$(realpath "${1:-app/target/trustcase.jar}")"
  java_bin=(java -XX:+UseSerialGC -Xmx256m)
  # as the README runs it: with the start-up archive the build made beside the jar (the baselines go without)
  trustcase=(java -XX:SharedArchiveFile="$(dirname "$jar")/trustcase.jsa" -XX:+UseSerialGC -Xmx256m -jar "$jar")
fi
javac --release 17 -d "$work/classes" -cp "$jar" installers/startup/BareWindow.java installers/startup/TrivialMain.java
cp="$jar:$work/classes"

# an existing workspace: the demo, made once before measuring, where the window looks without arguments
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export TRUSTCASE_USER=measure TRUSTCASE_PASSWORD='a measuring password'
ws="$XDG_DATA_HOME/trustcase"
"${trustcase[@]}" --workspace "$ws" workspace init --demo > /dev/null

Xvfb :77 -screen 0 1440x900x24 > /dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2> /dev/null || true; rm -rf "$work"' EXIT
export DISPLAY=:77
sleep 1

# seconds from start until a window whose name matches $1 is mapped; the rest of the arguments start the program
window_after() {
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1 &
  local pid=$!
  until xdotool search --onlyvisible --name "$name" > /dev/null 2>&1; do
    if ! kill -0 "$pid" 2> /dev/null; then
      echo "startup.sh: $* ended before showing a window named '$name'" >&2
      exit 1
    fi
    sleep 0.02
  done
  end=$(date +%s.%N)
  kill "$pid" 2> /dev/null; wait "$pid" 2> /dev/null || true
  echo "$end - $start" | bc -l
}

command_takes() {
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

bare=(); main=(); trivial=(); list=()
for i in $(seq $runs); do
  bare+=("$(window_after "Bare JavaFX window" "${java_bin[@]}" -cp "$cp" BareWindow)")
  main+=("$(window_after "demo workspace" "${trustcase[@]}")")
  trivial+=("$(command_takes "${java_bin[@]}" -cp "$cp" TrivialMain)")
  list+=("$(command_takes "${trustcase[@]}" --workspace "$ws" case list)")
done
b=$(printf '%s\n' "${bare[@]}" | median); m=$(printf '%s\n' "${main[@]}" | median)
t=$(printf '%s\n' "${trivial[@]}" | median); l=$(printf '%s\n' "${list[@]}" | median)
printf 'window:       bare JavaFX %.2f s, Trustcase %.2f s: %.2fx (goal: 1.3x)\n' "$b" "$m" "$(echo "$m / $b" | bc -l)"
printf 'command line: trivial main %.2f s, case list %.2f s: %.1fx (goal: 5x)\n' "$t" "$l" "$(echo "$l / $t" | bc -l)"
