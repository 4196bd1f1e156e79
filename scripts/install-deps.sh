#!/usr/bin/env bash
# Installs the system packages JobMatch builds against, where they are
# missing: OpenBLAS for the engine, SQLite for the service's store.
set -euo pipefail

missing=()
for package in libopenblas-dev pkg-config libsqlite3-dev; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing ${missing[*]}" >&2
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
