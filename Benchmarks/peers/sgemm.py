"""sgemm GFLOP/s of each OpenBLAS on this machine, in one process: the
system's (the one JobMatch links) and NumPy's bundled one, with 1 and 2 threads.

    sgemm.py [--rows 512] [--columns 5000] [--depth 1008] [--repeat 5]
"""

import argparse
import ctypes
import ctypes.util
import json
import statistics
import time

import numpy as np
from threadpoolctl import threadpool_limits

ROW_MAJOR, NO_TRANS, TRANS = 101, 111, 112


def system_openblas():
    library = ctypes.CDLL(ctypes.util.find_library("openblas") or "libopenblas.so.0")
    library.openblas_get_config.restype = ctypes.c_char_p
    return library


def timed(body, repeat):
    body()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        body()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=512)
    parser.add_argument("--columns", type=int, default=5000)
    parser.add_argument("--depth", type=int, default=1008)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    m, n, k = args.rows, args.columns, args.depth
    rng = np.random.default_rng(2026)
    a = rng.random((m, k), dtype=np.float32)
    b = rng.random((n, k), dtype=np.float32)
    c = np.empty((m, n), dtype=np.float32)
    flops = 2 * m * n * k

    system = system_openblas()
    pointer = ctypes.POINTER(ctypes.c_float)

    def system_sgemm():
        system.cblas_sgemm(
            ROW_MAJOR, NO_TRANS, TRANS, m, n, k, ctypes.c_float(1), a.ctypes.data_as(pointer), k,
            b.ctypes.data_as(pointer), k, ctypes.c_float(0), c.ctypes.data_as(pointer), n)

    bt = b.T
    results = {"shape": [m, n, k], "system": system.openblas_get_config().decode()}
    for threads in (1, 2):
        system.openblas_set_num_threads(threads)
        results[f"system_{threads}_thread_gflops"] = flops / timed(system_sgemm, args.repeat) / 1e9
        with threadpool_limits(limits=threads, user_api="blas"):
            seconds = timed(lambda: np.matmul(a, bt, out=c), args.repeat)
        results[f"numpy_{threads}_thread_gflops"] = flops / seconds / 1e9
    print(json.dumps(results))


if __name__ == "__main__":
    main()
