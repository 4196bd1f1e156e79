#!/usr/bin/env python3
"""Optimal totals of the assignment fixtures, by an independent solver.

Reads every Tests/JobMatchTests/Fixtures/assignment/*.csv (header
`seeker,post,openings,score`: one candidate edge per row) and writes
expected.json beside them: the largest total score of an assignment that
places each seeker at most once and fills each post at most `openings` times.

SciPy's linear_sum_assignment solves it as a rectangular assignment problem:
a row per seeker; a column per opening (each post repeated `openings` times)
plus one column per seeker worth 0 to that seeker alone, for staying
unassigned; every other cell forbidden.

Usage: python3 scripts/assignment_optimum.py [fixture directory]
"""
import csv
import json
import math
import pathlib
import sys

import numpy as np
from scipy.optimize import linear_sum_assignment

FORBIDDEN = -1e9


def optimum(path):
    with open(path, newline="") as file:
        rows = list(csv.DictReader(file))
    seekers = sorted({int(row["seeker"]) for row in rows})
    openings = {int(row["post"]): int(row["openings"]) for row in rows}
    columns = {}
    for post in sorted(openings):
        start = sum(len(c) for c in columns.values())
        columns[post] = range(start, start + openings[post])
    slots = sum(openings.values())
    row_of = {seeker: index for index, seeker in enumerate(seekers)}

    weight = np.full((len(seekers), slots + len(seekers)), FORBIDDEN)
    for index in range(len(seekers)):
        weight[index, slots + index] = 0.0
    for row in rows:
        weight[row_of[int(row["seeker"])], columns[int(row["post"])]] = float(row["score"])

    chosen_rows, chosen_columns = linear_sum_assignment(weight, maximize=True)
    values = weight[chosen_rows, chosen_columns]
    assert (values > FORBIDDEN / 2).all(), f"{path}: a forbidden cell was chosen"
    return math.fsum(values)


def write_totals(directory):
    """Writes expected.json in `directory`: the optimum of each fixture there."""
    totals = {path.name: optimum(path) for path in sorted(directory.glob("*.csv"))}
    (directory / "expected.json").write_text(json.dumps(totals, indent=2, sort_keys=True) + "\n")
    for name, total in totals.items():
        print(f"{name}: {total!r}")


def main():
    default = pathlib.Path(__file__).resolve().parent.parent / "Tests/JobMatchTests/Fixtures/assignment"
    write_totals(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else default)


if __name__ == "__main__":
    main()
