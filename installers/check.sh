#!/usr/bin/env bash
# Checks the Linux packages on this machine, as a person would: builds them, installs the .deb, runs the installed
# command line, opens the installed window under Xvfb (screenshots of the first run and of the demo in
# installers/target/), measures its start-up, removes the package, and lists the .rpm's content. Needs root (apt-get,
# dpkg), Xvfb, ImageMagick and xdotool for the window, and rpmbuild for the .rpm (apt-get install xvfb imagemagick
# xdotool rpm).
#   installers/check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -Pinstallers -pl installers -am package -DskipTests
deb=$(ls installers/target/trustcase_*.deb)
echo "== package sizes"
ls -la installers/target/*.deb installers/target/*.rpm 2>/dev/null || true
du -sh installers/target/app-image/trustcase

echo "== install $deb"
apt-get install -y "./$deb" > installers/target/apt-install.log
command -v trustcase
trustcase --help > installers/target/help.txt
head -3 installers/target/help.txt
# the start-up archive made at install is there and maps (-Xshare:on fails the run when it does not)
ls -la /opt/trustcase/lib/app/trustcase.jsa
JAVA_TOOL_OPTIONS=-Xshare:on trustcase --version

echo "== the installed window, under Xvfb: the first run's welcome screen, then the demo's sign-in"
home=$(mktemp -d)
# a person who never ran Trustcase: Java takes the home folder from the system, not from $HOME
export HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home"
unset XDG_DATA_HOME XDG_CACHE_HOME
if command -v xvfb-run > /dev/null; then
  xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
    trustcase > "$HOME/first-run.log" 2>&1 &
    sleep 10
    import -window root installers/target/installed-first-run.png
    kill %1 || true
    trustcase --demo > "$HOME/demo.log" 2>&1 &
    sleep 15
    import -window root installers/target/installed-demo-sign-in.png
    kill %2 || true'
  ls -la installers/target/installed-*.png
else
  echo "no xvfb-run here: apt-get install -y xvfb imagemagick"
fi

unset JAVA_TOOL_OPTIONS

echo "== start-up, the installed command against baselines on its own runtime (needs xdotool)"
if command -v xdotool > /dev/null && command -v Xvfb > /dev/null; then
  installers/startup.sh --installed | tee installers/target/startup-installed.txt
fi

echo "== remove"
dpkg -r trustcase
test ! -e /usr/bin/trustcase && test ! -e /opt/trustcase && test ! -e /usr/share/applications/trustcase.desktop \
  && echo "removed cleanly"

rpm=$(ls installers/target/trustcase-*.rpm 2>/dev/null || true)
if [[ -n "$rpm" ]]; then
  echo "== $rpm"
  rpm -qlp "$rpm" > installers/target/rpm-content.txt
  head -20 installers/target/rpm-content.txt
  echo "... $(wc -l < installers/target/rpm-content.txt) paths in all"
fi
