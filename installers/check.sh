#!/usr/bin/env bash
# Checks the Linux packages on this machine, as a person would: builds them, installs the .deb, runs the installed
# command line and opens the installed window under Xvfb (a screenshot in installers/target/), removes the package,
# and lists the .rpm's content. Needs root (apt-get, dpkg) and, for the .rpm, rpmbuild (apt-get install rpm).
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

echo "== the installed window, under Xvfb"
home=$(mktemp -d)
export HOME="$home"
xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
  trustcase --workspace "$HOME/workspace" > "$HOME/window.log" 2>&1 &
  sleep 15
  import -window root installers/target/installed-window.png
  kill %1 || true' || echo "no xvfb-run here: apt-get install -y xvfb imagemagick"
ls -la installers/target/installed-window.png 2>/dev/null || true

echo "== remove"
dpkg -r trustcase
test ! -e /usr/bin/trustcase && test ! -e /opt/trustcase && echo "removed cleanly"

rpm=$(ls installers/target/trustcase-*.rpm 2>/dev/null || true)
if [[ -n "$rpm" ]]; then
  echo "== $rpm"
  rpm -qlp "$rpm" > installers/target/rpm-content.txt
  head -20 installers/target/rpm-content.txt
  echo "... $(wc -l < installers/target/rpm-content.txt) paths in all"
fi
