#!/usr/bin/env bash
# Installs what building, running and testing Collector Workstation needs on Debian 12 (bookworm).
# Idempotent: when every package is present at an acceptable version it touches nothing and returns at once.
# SQLCipher 4 and Catch2 3 come from bookworm-backports; bookworm's own SQLCipher 3.4.1 cannot open our stores.
set -euo pipefail

# Packages from the main suite.
main_packages=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev libqt6opengl6-dev  # Qt Charts needs the OpenGL module's CMake files, which bookworm does not pull in
  libgl-dev libsodium-dev libphonenumber-dev libicu-dev tzdata
  # The sync hub: Qt HTTP Server (its CMake config needs Qt WebSockets), libpq, and for the integration tests a
  # PostgreSQL 15 server and openssl to make a throwaway certificate authority.
  qt6-httpserver-dev qt6-websockets-dev libpq-dev postgresql-15 openssl
  # Packaging: icons rendered from the SVG, and the checks the package test runs on the result.
  librsvg2-bin appstream desktop-file-utils file
  xvfb xauth fonts-wqy-microhei
  clang-14 libclang-rt-14-dev
)
# Packages that must come from bookworm-backports, with the major version we need.
backports_packages=(libsqlcipher-dev:4 catch2:3)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

installed_version() {
  dpkg-query -W -f='${Status}|${Version}' "$1" 2>/dev/null | awk -F'|' '$1=="install ok installed"{print $2}' || true
}

missing_main=()
for p in "${main_packages[@]}"; do
  [ -n "$(installed_version "$p")" ] || missing_main+=("$p")
done
missing_backports=()
for spec in "${backports_packages[@]}"; do
  p=${spec%%:*} major=${spec##*:}
  v=$(installed_version "$p")
  case "$v" in "$major".*) ;; *) missing_backports+=("$p") ;; esac
done

if [ ${#missing_main[@]} -eq 0 ] && [ ${#missing_backports[@]} -eq 0 ]; then
  exit 0
fi

if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  echo "deps: enabling the bookworm-backports suite (for SQLCipher 4 and Catch2 3)"
  as_root tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi

echo "deps: installing ${missing_main[*]} ${missing_backports[*]}"
export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -qq
if [ ${#missing_main[@]} -gt 0 ]; then
  as_root apt-get install -y -qq --no-install-recommends "${missing_main[@]}"
fi
if [ ${#missing_backports[@]} -gt 0 ]; then
  as_root apt-get install -y -qq --no-install-recommends -t bookworm-backports "${missing_backports[@]}"
fi

for spec in "${backports_packages[@]}"; do
  p=${spec%%:*} major=${spec##*:}
  case "$(installed_version "$p")" in
    "$major".*) ;;
    *) echo "deps: $p $major.x could not be installed; check that bookworm-backports is reachable" >&2; exit 1 ;;
  esac
done
