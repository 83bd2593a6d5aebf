#!/usr/bin/env bash
# Makes target/trustcase.jsa beside the runnable jar: a class-data sharing archive of the classes a start loads
# (record-classes.sh; the window runs on the headless Monocle platform, so nothing shows during a build), which the
# README's run command names with -XX:SharedArchiveFile. It halves the command line's start and the window's. Java 17 uses an archive only
# with the JDK that made it and the jar it was made from, and ignores it silently otherwise, so this step never
# fails the build: without the archive the jar runs the same, only slower.
#   start-up-archive.sh JAVA JAR MONOCLE_JAR
set -uo pipefail
java_bin="$1"
jar="$2"
monocle="$3"
here="$(cd "$(dirname "$0")" && pwd)"
target="$(cd "$(dirname "$jar")" && pwd)"
work="$target/start-up-archive"
archive="$target/trustcase.jsa"
rm -rf "$work" "$archive"
mkdir -p "$work"
if "$here/record-classes.sh" --monocle "$monocle" "$java_bin" "$jar" "$work/run" > "$work/trustcase.classlist" 2> "$work/log.txt" \
    && "$java_bin" -Xshare:dump -XX:+UseSerialGC -XX:SharedClassListFile="$work/trustcase.classlist" \
      -XX:SharedArchiveFile="$archive" -cp "$jar" >> "$work/log.txt" 2>&1; then
  echo "start-up archive: $archive ($(grep -vc '^@' "$work/trustcase.classlist") classes)"
  rm -rf "$work"
else
  rm -f "$archive"
  echo "start-up-archive.sh: no start-up archive (see $work/log.txt); the jar runs without it, only slower"
fi
exit 0
