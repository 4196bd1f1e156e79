"""The skill part only, top k per seeker, with FAISS's exact inner-product index.

Reads the CSV files of `jobmatch generate`, puts the posts' skill weights in
an `IndexFlatIP` and searches it with every seeker's thermometer code: the
best k posts by skill alone, with none of the hard rules, distance, wage or
bonus. Only the search is timed. Prints one JSON object.

    faiss_peer.py DATA_DIR [--top 10] [--repeat 3]
"""

import argparse
import json
import statistics
import sys
import time

import faiss

import peer_data


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", help="folder with skills.csv, seekers.csv and posts.csv")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3, help="runs of the search; the median counts")
    args = parser.parse_args()

    started = time.perf_counter()
    _, seekers, posts = peer_data.load(args.data)
    load_seconds = time.perf_counter() - started
    index = faiss.IndexFlatIP(posts.weights.shape[1])
    index.add(posts.weights)

    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        scores, _ = index.search(seekers.codes, args.top)
        times.append(time.perf_counter() - started)
    seconds = statistics.median(times)
    pairs = len(seekers.ids) * len(posts.ids)
    print(json.dumps({
        "tool": "faiss",
        "computes": "skill part only, top k (IndexFlatIP)",
        "faiss": faiss.__version__, "threads": faiss.omp_get_max_threads(), "blas": peer_data.blas(),
        "seekers": len(seekers.ids), "posts": len(posts.ids), "top": args.top, "dims": posts.weights.shape[1],
        "load_seconds": load_seconds, "score_seconds": seconds,
        "pairs_per_second": pairs / seconds,
        "best_skill_mean": float(scores[:, 0].mean()),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
