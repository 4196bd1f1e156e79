"""Prints the peers table from the JSON of `jobmatch bench` and the peers.

    report.py JOBMATCH_JSON NUMPY_JSON FAISS_JSON
"""

import json
import sys


def main(jobmatch_path, *peer_paths):
    with open(jobmatch_path) as file:
        jobmatch = json.load(file)
    rows = [
        ("JobMatch (automatic: %s kernel)" % jobmatch["kernel"], "full score, rules 1-8, top k",
         jobmatch["pairs_per_second"]),
        ("JobMatch (dense kernel)", "full score, rules 1-8, top k", jobmatch["dense_pairs_per_second"]),
        ("JobMatch (sparse kernel)", "full score, rules 1-8, top k", jobmatch["sparse_pairs_per_second"]),
    ]
    for path in peer_paths:
        with open(path) as file:
            peer = json.load(file)
        rows.append((peer["tool"], peer["computes"], peer["pairs_per_second"]))

    reference = jobmatch["pairs_per_second"]
    print(f"{jobmatch['seekers']} seekers x {jobmatch['posts']} posts, top {jobmatch['top']}\n")
    print("| tool | computes | pairs/s | ratio to JobMatch |")
    print("|---|---|---:|---:|")
    for tool, computes, rate in rows:
        print(f"| {tool} | {computes} | {rate / 1e6:.1f} M | {rate / reference:.2f} |")


if __name__ == "__main__":
    main(*sys.argv[1:])
