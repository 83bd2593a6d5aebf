#!/bin/sh
# Run as root by the .deb's and the .rpm's scripts, from /opt/trustcase/lib/app:
#   package-scripts.sh install   `trustcase` on the PATH, the menu entry, and the start-up archive
#   package-scripts.sh remove    takes them away again; the workspaces in the users' folders stay
app=/opt/trustcase
marker="# trustcase: written by /opt/trustcase/lib/app/package-scripts.sh"

# /usr/bin/trustcase starts the package's runtime directly, with the options and class path of jpackage's launcher
# configuration (lib/app/trustcase.cfg). The launcher itself (bin/trustcase) asks rpm and dpkg which package owns it
# on every start, which costs 0.3-0.9 s; it stays in the package and works the same, only slower.
write_command() {
  cfg="$app/lib/app/trustcase.cfg"
  main=$(sed -n 's/^app.mainclass=//p' "$cfg")
  classpath=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app/lib/app|g")
  {
    echo "#!/bin/sh"
    echo "$marker"
    printf 'exec %s' "$app/lib/runtime/bin/java"
    sed -n 's/^java-options=//p' "$cfg" | sed "s|\$APPDIR|$app/lib/app|g" | while IFS= read -r option; do
      printf " '%s'" "$option"
    done
    printf " '-Djpackage.app-path=%s' -cp '%s' %s \"\$@\"\n" "$app/bin/trustcase" "$classpath" "$main"
  } > /usr/bin/trustcase.new
  chmod 755 /usr/bin/trustcase.new
  mv -f /usr/bin/trustcase.new /usr/bin/trustcase
}

case "$1" in
  install)
    write_command
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
    if grep -qxF "$marker" /usr/bin/trustcase 2> /dev/null \
        || [ "$(readlink /usr/bin/trustcase 2> /dev/null)" = "$app/bin/trustcase" ]; then
      rm -f /usr/bin/trustcase
    fi
    rm -f /usr/share/applications/trustcase.desktop "$app/lib/app/trustcase.jsa"
    ;;
esac
exit 0
