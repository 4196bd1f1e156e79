#!/usr/bin/env bash
# Creates Benchmarks/peers/.venv with NumPy and FAISS (CPU) for the peer benchmarks.
set -euo pipefail
cd "$(dirname "$0")"

python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet numpy faiss-cpu threadpoolctl
.venv/bin/python -c 'import numpy, faiss; print("numpy", numpy.__version__, "faiss", faiss.__version__)'
