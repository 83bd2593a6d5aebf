#!/bin/sh
# Run as root by the .deb's and the .rpm's scripts, from /opt/trustcase/lib/app:
#   package-scripts.sh install   `trustcase` on the PATH, the menu entry, and the start-up archive
#   package-scripts.sh remove    takes them away again; the workspaces in the users' folders stay
app=/opt/trustcase
case "$1" in
  install)
    ln -sf "$app/bin/trustcase" /usr/bin/trustcase
    mkdir -p /usr/share/applications
    install -m 644 "$app/lib/app/trustcase.desktop" /usr/share/applications/trustcase.desktop
    if command -v update-desktop-database > /dev/null 2>&1; then
      update-desktop-database -q /usr/share/applications || true
    fi
    # A class-data sharing archive of the classes a start loads (trustcase.classlist, recorded when the package
    # was built) makes the window and the command line start about twice as fast. Java 17 accepts such an archive
    # only for the jar's path it was made with, so it is made here, at the installed path. Without it Trustcase
    # still runs, only slower.
    "$app/lib/runtime/bin/java" -Xshare:dump -XX:+UseSerialGC \
      -XX:SharedClassListFile="$app/lib/app/trustcase.classlist" \
      -XX:SharedArchiveFile="$app/lib/app/trustcase.jsa" \
      -cp "$app/lib/app/trustcase.jar" > /dev/null 2>&1 || rm -f "$app/lib/app/trustcase.jsa"
    ;;
  remove)
    if [ "$(readlink /usr/bin/trustcase 2> /dev/null)" = "$app/bin/trustcase" ]; then
      rm -f /usr/bin/trustcase
    fi
    rm -f /usr/share/applications/trustcase.desktop "$app/lib/app/trustcase.jsa"
    ;;
esac
exit 0
