#!/usr/bin/env bash
# Builds Trustcase's Linux packages with the JDK's own tools: a jlink runtime, a jpackage app image, a .deb and,
# where rpmbuild is installed, an .rpm. Called by `mvn -Pinstallers package` (installers/pom.xml).
#   package.sh VERSION APP_JAR TARGET_DIR
set -euo pipefail

pom_version="$1"
app_jar="$2"
target="$3"
here="$(cd "$(dirname "$0")" && pwd)"

# jpackage refuses "-SNAPSHOT" and any letter: 0.1.0-SNAPSHOT becomes 0.1.0
version="${pom_version%%-*}"
if [[ ! "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
  echo "package.sh: the version '$pom_version' does not map to a package version (N, N.N or N.N.N)" >&2
  exit 2
fi
if [[ ! -f "$app_jar" ]]; then
  echo "package.sh: $app_jar is missing: build the app first (mvn -Pinstallers package builds it)" >&2
  exit 2
fi

work="$target/packaging"
rm -rf "$work" "$target/app-image" "$target"/*.deb "$target"/*.rpm
mkdir -p "$work/input"
cp "$app_jar" "$work/input/trustcase.jar"
# the desktop entry and its icon travel inside the app (/opt/trustcase/lib/app); the package's scripts link them
cp "$here/content/trustcase.desktop" "$here/content/trustcase.png" "$here/content/package-scripts.sh" "$work/input/"

# The JDK modules the application uses (jdeps --print-module-deps on the runnable jar), with the locale data for
# Polish dates and the charsets of e-mail evidence. JavaFX comes inside the jar, natives included.
modules=java.base,java.compiler,java.desktop,java.logging,java.naming,java.prefs,java.scripting,java.security.jgss
modules=$modules,java.sql,java.xml.crypto,jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.unsupported,jdk.zipfs
# --generate-cds-archive: the runtime's own class-data sharing archive, which a plain jlink image lacks
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
  --output "$work/runtime"

# The classes a start loads, recorded here and made into an archive when the package is installed
# (content/package-scripts.sh): a command on the demo workspace and, where an X server can be had, the window.
"$here/../../../app/src/build/record-classes.sh" "$work/runtime/bin/java" "$work/input/trustcase.jar" "$work/train" \
  > "$work/input/trustcase.classlist"
echo "classes recorded for the start-up archive: $(grep -vc '^[@#]' "$work/input/trustcase.classlist")"

common=(--name trustcase --app-version "$version" --vendor "Trustcase" --copyright "Trustcase"
  --description "Personal-data breach cases from intake to notification, with legal deadlines and evidence"
  --input "$work/input" --main-jar trustcase.jar --main-class org.trustcase.app.Main
  --runtime-image "$work/runtime" --icon "$here/content/trustcase.png"
  --java-options "-XX:+UseSerialGC" --java-options "-Xmx256m" --java-options "-Xss2m"
  --java-options "-XX:SharedArchiveFile=\$APPDIR/trustcase.jsa")

jpackage --type app-image "${common[@]}" --dest "$target/app-image"
echo "app image: $target/app-image/trustcase"

# the .deb: JavaFX needs GTK 3; the scripts in resources/ put `trustcase` on the PATH and the desktop entry in the
# menu (jpackage's own shortcut option needs xdg-utils and fails on machines without desktop directories)
jpackage --type deb "${common[@]}" --dest "$target" --resource-dir "$here/resources" \
  --linux-package-name trustcase --linux-deb-maintainer "dpo-tools@trustcase.invalid" \
  --linux-menu-group Office --linux-app-category utils --linux-package-deps libgtk-3-0
ls -1 "$target"/*.deb

if command -v rpmbuild > /dev/null; then
  jpackage --type rpm "${common[@]}" --dest "$target" --resource-dir "$here/resources" \
    --linux-package-name trustcase --linux-menu-group Office --linux-app-category Office \
    --linux-package-deps gtk3
  ls -1 "$target"/*.rpm
else
  echo "package.sh: no rpmbuild here: the .rpm is not built (apt-get install rpm, or dnf install rpm-build)"
fi
