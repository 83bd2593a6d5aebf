#!/usr/bin/env bash
# Builds Trustcase's macOS disk image (.dmg) with the JDK's jlink and jpackage. Called by
# `mvn -Pinstallers-mac package` on macOS (installers/pom.xml). Not built on Linux.
set -euo pipefail
pom_version="$1"; app_jar="$2"; target="$3"
here="$(cd "$(dirname "$0")" && pwd)"
version="${pom_version%%-*}"
# macOS wants a first number of 1 or more
[[ "$version" == 0.* ]] && version="1.${version#0.}"
work="$target/packaging"
rm -rf "$work"; mkdir -p "$work/input"
cp "$app_jar" "$work/input/trustcase.jar"
modules=java.base,java.compiler,java.desktop,java.logging,java.naming,java.prefs,java.scripting,java.security.jgss
modules=$modules,java.sql,java.xml.crypto,jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.unsupported,jdk.zipfs
# the icon: macOS's own tools make an .icns from the Linux package's PNG
iconset="$work/trustcase.iconset"; mkdir -p "$iconset"
for size in 16 32 128 256; do
  sips -z $size $size "$here/../linux/content/trustcase.png" --out "$iconset/icon_${size}x${size}.png" > /dev/null
done
iconutil -c icns "$iconset" -o "$work/trustcase.icns"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$work/runtime"
jpackage --type dmg --name Trustcase --app-version "$version" --vendor Trustcase \
  --description "Personal-data breach cases from intake to notification, with legal deadlines and evidence" \
  --input "$work/input" --main-jar trustcase.jar --main-class org.trustcase.app.Main \
  --runtime-image "$work/runtime" --icon "$work/trustcase.icns" --mac-package-identifier org.trustcase.app \
  --java-options "-XX:+UseSerialGC" --java-options "-Xmx256m" --dest "$target"
