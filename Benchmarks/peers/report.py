"""Prints the peers table from the JSON of `jobmatch bench` and the peers.

    report.py JOBMATCH_JSON PEER_JSON...    (run.sh: numpy, kdtree, faiss)

Seconds are the timed scoring (JobMatch: the score stage with the kernel it
chose); pairs/s counts every seeker-post pair, scored or not, so that tools
that skip pairs compare on the same work.
"""

import json
import sys

LABELS = {
    "numpy": "NumPy {numpy} (numpy_peer.py)",
    "kdtree": "NumPy {numpy} after SciPy {scipy} cKDTree (kdtree_peer.py)",
    "faiss": "FAISS {faiss} IndexFlatIP (faiss_peer.py)",
}


def main(jobmatch_path, *peer_paths):
    with open(jobmatch_path) as file:
        jobmatch = json.load(file)
    pairs = jobmatch["seekers"] * jobmatch["posts"]
    rows = [
        ("JobMatch (automatic: %s kernel)" % jobmatch["kernel"], "full score, rules 1-8, top k",
         jobmatch["pairs_per_second"]),
        ("JobMatch (dense kernel)", "full score, rules 1-8, top k", jobmatch["dense_pairs_per_second"]),
        ("JobMatch (sparse kernel)", "full score, rules 1-8, top k", jobmatch["sparse_pairs_per_second"]),
    ]
    for path in peer_paths:
        with open(path) as file:
            peer = json.load(file)
        label = LABELS.get(peer["tool"], peer["tool"]).format_map(peer)
        rows.append((label, peer["computes"], peer["pairs_per_second"]))

    reference = jobmatch["pairs_per_second"]
    print(f"{jobmatch['seekers']} seekers x {jobmatch['posts']} posts, top {jobmatch['top']}\n")
    print("| tool | computes | seconds | pairs/s | ratio to JobMatch | JobMatch is |")
    print("|---|---|---:|---:|---:|---:|")
    for tool, computes, rate in rows:
        print(f"| {tool} | {computes} | {pairs / rate:.2f} | {rate / 1e6:.1f} M | {rate / reference:.2f} "
              f"| {reference / rate:.2f} x |")


if __name__ == "__main__":
    main(*sys.argv[1:])
