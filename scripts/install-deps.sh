#!/usr/bin/env bash
# Installs Debian packages where they are missing: with no arguments, the
# ones JobMatch builds against (OpenBLAS for the engine, SQLite for the
# service's store); else the ones named, such as chromium for the report's
# pictures and the console's browser tests.
# Usage: scripts/install-deps.sh [PACKAGE ...]
set -euo pipefail

packages=("$@")
[ ${#packages[@]} -gt 0 ] || packages=(libopenblas-dev pkg-config libsqlite3-dev)
missing=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing ${missing[*]}" >&2
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
