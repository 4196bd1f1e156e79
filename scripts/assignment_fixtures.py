#!/usr/bin/env python3
"""Regenerates the assignment fixtures: candidate graphs the engine builds,
with the optimal totals SciPy finds for them.

For each instance, `jobmatch generate` writes a small data set and `jobmatch
candidates` its candidate graph (one shard holding every seeker); the graph
is written to Tests/JobMatchTests/Fixtures/assignment/instance-N.csv (header
`seeker,post,openings,score`: seeker and post numbers in the part's order,
the post's openings, the edge's exact score), then assignment_optimum.py
writes expected.json beside them.

Usage: python3 scripts/assignment_fixtures.py [jobmatch binary]
(default .build/release/jobmatch; build it with `make build`).
"""
import csv
import pathlib
import struct
import subprocess
import sys
import tempfile

import assignment_optimum

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests/JobMatchTests/Fixtures/assignment"
# (generator seed, candidates per side or "all")
INSTANCES = [(1, "4"), (2, "8"), (3, "all"), (4, "2")]
SEEKERS, POSTS = 200, 60


def read_part(path):
    """The posts' ids and the edges (seeker, post, score) of a candidate part, format version 1."""
    data = path.read_bytes()
    assert data[:8] == b"JMCGRAPH", f"{path}: not a candidate part"
    version, = struct.unpack_from("<I", data, 8)
    assert version == 1, f"{path}: format version {version}"
    offset = 8 + 4 + 8 + 4
    lists = []
    for _ in range(2):
        count, = struct.unpack_from("<I", data, offset)
        offset += 4
        ids = []
        for _ in range(count):
            length, = struct.unpack_from("<I", data, offset)
            ids.append(data[offset + 4:offset + 4 + length].decode("utf-8"))
            offset += 4 + length
        lists.append(ids)
    edge_count, = struct.unpack_from("<Q", data, offset)
    offset += 8
    edges = []
    for _ in range(edge_count):
        seeker, post, score, _, _ = struct.unpack_from("<IIddd", data, offset)
        edges.append((seeker, post, score))
        offset += 32
    return lists[1], edges


def write_instance(jobmatch, seed, candidates, work):
    folder = work / f"data-{seed}"
    subprocess.run(
        [jobmatch, "generate", "--seekers", str(SEEKERS), "--posts", str(POSTS), "--seed", str(seed),
         "--out", str(folder)], check=True)
    part = work / f"part-{seed}"
    subprocess.run(
        [jobmatch, "candidates", "--taxonomy", str(folder / "skills.csv"), "--seekers", str(folder / "seekers.csv"),
         "--posts", str(folder / "posts.csv"), "--shard", "0/1", "--candidates", candidates, "--output", str(part)],
        check=True)
    with open(folder / "posts.csv", newline="") as file:
        openings = {row["id"]: int(row["openings"] or 1) for row in csv.DictReader(file)}
    post_ids, edges = read_part(part)
    rows = [f"{seeker},{post},{openings[post_ids[post]]},{score!r}" for seeker, post, score in edges]
    (FIXTURES / f"instance-{seed}.csv").write_text("\n".join(["seeker,post,openings,score"] + rows) + "\n")


def main():
    jobmatch = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build/release/jobmatch")
    with tempfile.TemporaryDirectory() as work:
        for seed, candidates in INSTANCES:
            write_instance(jobmatch, seed, candidates, pathlib.Path(work))
    assignment_optimum.write_totals(FIXTURES)


if __name__ == "__main__":
    main()
