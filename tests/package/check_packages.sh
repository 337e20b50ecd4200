#!/usr/bin/env bash
# The Debian packages ./dev package built for one tree: names, control fields, contents, the menu entry and AppStream data
# validated by their own tools, dependencies resolvable by apt on this machine, and the installed programs run
# from a throwaway root (collectorctl --version, collector --version, a profile made and a window captured with
# collector --screenshot). Usage: check_packages.sh PACKAGE_DIR VERSION
set -euo pipefail
dir=$(realpath "$1")
version=$2
ws="$dir/collector-workstation_${version}_amd64.deb"
hub="$dir/collector-hub_${version}_amd64.deb"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
need() { grep -qF -- "$2" <<<"$1" || fail "$3: missing '$2'"; }

for f in "$ws" "$hub"; do
  [ -f "$f" ] || { echo "FAIL: $f not found: run ./dev package PRESET for this tree (./dev test does) first" >&2; exit 1; }
done

# Control fields.
info=$(dpkg-deb -I "$ws")
need "$info" "Package: collector-workstation" "workstation control"
need "$info" "Version: $version" "workstation control"
need "$info" "Architecture: amd64" "workstation control"
need "$info" "libsqlcipher1 (>= 4.5)" "workstation Depends"
need "$info" "libqt6widgets6 (>= 6.4)" "workstation Depends"
need "$info" "qt6-qpa-plugins" "workstation Depends"
need "$info" "Section: office" "workstation control"
need "$info" "Description: Debt-collection desktop" "workstation synopsis"
hubinfo=$(dpkg-deb -I "$hub")
need "$hubinfo" "Package: collector-hub" "hub control"
need "$hubinfo" "Version: $version" "hub control"
need "$hubinfo" "libpq5" "hub Depends"
need "$hubinfo" "libqt6httpserver6 (>= 6.4)" "hub Depends"
need "$hubinfo" "postinst" "hub maintainer scripts"

# Contents.
files=$(dpkg-deb -c "$ws" | awk '{print $6}')
app=org.collectorworkstation.Collector
for path in ./usr/bin/collector ./usr/bin/collectorctl ./usr/share/applications/$app.desktop \
            ./usr/share/metainfo/$app.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/$app.svg \
            ./usr/share/man/man1/collector.1.gz ./usr/share/man/man1/collectorctl.1.gz \
            ./usr/share/doc/collector-workstation/copyright; do
  need "$files" "$path" "workstation contents"
done
for size in 16 24 32 48 64 128 256 512; do
  need "$files" "./usr/share/icons/hicolor/${size}x${size}/apps/$app.png" "workstation icons"
done
hubfiles=$(dpkg-deb -c "$hub" | awk '{print $6}')
for path in ./usr/bin/collector-hub ./usr/lib/systemd/system/collector-hub.service \
            ./usr/share/collector-hub/sql/001_hub.sql ./usr/share/collector-hub/sql/005_targets.sql \
            ./usr/share/doc/collector-hub/examples/hub.json ./usr/share/man/man8/collector-hub.8.gz; do
  need "$hubfiles" "$path" "hub contents"
done
if grep -q "collector-hub" <<<"$files"; then fail "the workstation package carries the hub"; fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$ws" "$root/ws"
dpkg-deb -x "$hub" "$root/hub"

# The menu entry and the AppStream data, by their own validators.
desktop-file-validate "$root/ws/usr/share/applications/$app.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/ws/usr/share/metainfo/$app.metainfo.xml" >"$root/appstream.log" 2>&1 ||
  { cat "$root/appstream.log" >&2; fail "appstreamcli validate"; }
need "$(cat "$root/ws/usr/share/applications/$app.desktop")" "Name[zh_CN]=催收工作站" "desktop entry"
need "$(cat "$root/ws/usr/share/metainfo/$app.metainfo.xml")" "<release version=\"$version\"" "metainfo"
need "$(file -b "$root/ws/usr/share/icons/hicolor/48x48/apps/$app.png")" "48 x 48" "48 px icon"
for page in "$root/ws/usr/share/man/man1/collector.1.gz" "$root/ws/usr/share/man/man1/collectorctl.1.gz" \
            "$root/hub/usr/share/man/man8/collector-hub.8.gz"; do
  need "$(zcat "$page" | head -1)" ".TH" "man page $(basename "$page")"
  need "$(zcat "$page" | head -1)" "$version" "man page $(basename "$page")"
done

# The service unit: its own user and the hardening options.
unit=$(cat "$root/hub/usr/lib/systemd/system/collector-hub.service")
for line in "User=collector-hub" "NoNewPrivileges=yes" "ProtectSystem=strict" "PrivateTmp=yes" \
            "ExecStart=/usr/bin/collector-hub serve --config /etc/collector-hub/hub.json"; do
  need "$unit" "$line" "service unit"
done
if command -v systemd-analyze >/dev/null 2>&1; then
  # Verified with the program where this check unpacked it; the man page and the service user exist only once
  # the package is installed, so those two complaints are expected here and nothing else is.
  sed "s#/usr/bin/collector-hub#$root/hub/usr/bin/collector-hub#" \
    "$root/hub/usr/lib/systemd/system/collector-hub.service" >"$root/collector-hub.service"
  systemd-analyze verify "$root/collector-hub.service" >"$root/unit.log" 2>&1 || true
  if grep -v "Command 'man collector-hub(8)' failed\|collector-hub.*user\|User=collector-hub" "$root/unit.log" |
      grep -q .; then
    cat "$root/unit.log" >&2
    fail "systemd-analyze verify"
  fi
fi
# The maintainer scripts parse as shell.
for s in postinst prerm postrm; do
  dpkg-deb -e "$hub" "$root/hub-control"
  sh -n "$root/hub-control/$s" || fail "hub $s is not valid shell"
done

# apt can satisfy the dependencies on this machine (simulated: nothing is installed).
apt-get install --simulate -q "$ws" "$hub" >"$root/apt.log" 2>&1 || { cat "$root/apt.log" >&2; fail "apt cannot install the packages"; }

# The installed programs run.
export LD_LIBRARY_PATH=
[ "$("$root/ws/usr/bin/collectorctl" --version)" = "collectorctl $version" ] || fail "collectorctl --version"
[ "$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/ws/usr/bin/collector" --version)" = "collector $version" ] ||
  fail "collector --version"
[ "$("$root/hub/usr/bin/collector-hub" --version)" = "collector-hub $version" ] || fail "collector-hub --version"
printf 'package-check-%s\n' "$$" >"$root/pass"
export COLLECTOR_TEST_FAST_KDF=1
"$root/ws/usr/bin/collectorctl" init --profile "$root/profile" --passphrase-file "$root/pass" >/dev/null
"$root/ws/usr/bin/collectorctl" demo --profile "$root/profile" --passphrase-file "$root/pass" --accounts 20 --seed 3 >/dev/null
env -u DISPLAY -u WAYLAND_DISPLAY "$root/ws/usr/bin/collector" --screenshot "$root/shot.png" \
  --profile "$root/profile" --passphrase-file "$root/pass" || fail "collector --screenshot"
need "$(file -b "$root/shot.png")" "PNG image data" "screenshot"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "packages checked: $(basename "$ws"), $(basename "$hub")"
