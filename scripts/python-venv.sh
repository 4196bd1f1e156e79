#!/usr/bin/env bash
# Makes the virtual environment FOLDER with exactly the pinned REQUIREMENTs
# (pip's arguments: `name==version` or a local path), once: it is made
# again only when the requirements change.
# Usage: scripts/python-venv.sh FOLDER REQUIREMENT ...
set -euo pipefail

folder=$1
shift
wanted="$*"
if [ ! -x "$folder/bin/python" ] || [ "$(cat "$folder/.requirements" 2>/dev/null)" != "$wanted" ]; then
    rm -rf "$folder"
    python3 -m venv "$folder"
    "$folder/bin/pip" install -q "$@"
    echo "$wanted" > "$folder/.requirements"
fi
