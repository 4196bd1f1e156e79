#!/usr/bin/env bash
# Creates Benchmarks/peers/.venv with NumPy, SciPy and FAISS (CPU) for the peer
# benchmarks, at the versions the figures in Benchmarks/README.md were measured with.
set -euo pipefail
cd "$(dirname "$0")"

python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet numpy==2.4.6 scipy==1.17.1 faiss-cpu==1.15.1 threadpoolctl==3.8.0
.venv/bin/python -c 'import numpy, scipy, faiss; print("numpy", numpy.__version__, "scipy", scipy.__version__, "faiss", faiss.__version__)'
