"""The full SCORING.md score and top-k per seeker in vectorised NumPy.

Reads the CSV files of `jobmatch generate`, then scores every seeker-post pair
tile by tile: the skill part as one float32 matrix product per tile (which
also settles the mandatory requirements, rule 6), the other hard rules as
boolean masks over the tile, the haversine term in float64 from half-angle
differences, distance, geo, wage and bonus on the feasible pairs only, and
`np.argpartition` for each seeker's top k. Only the scoring is timed. Prints
one JSON object.

Equal scores are ordered by id within a list, but which of several posts tied
at the k-th place is kept is left to `argpartition`; `--check` allows for it.

    numpy_peer.py DATA_DIR [--top 10] [--tile-rows 512] [--repeat 3] [--check RANKING.csv]
"""

import argparse
import csv
import json
import math
import statistics
import sys
import time

import numpy as np

import peer_data

EARTH_RADIUS_KM = 6371.0088
W_SKILL, W_GEO, W_WAGE = 0.6, 0.25, 0.15
GEO_OFFSET_KM, GEO_SCALE_KM = 1.0, 5.0
WAGE_HALF_SHORTFALL, MAX_SHORTFALL = 0.2, 0.3
# Large enough to push any pair that misses a mandatory requirement below 0,
# small enough that float32 keeps the skill part to about 1e-6.
MANDATORY_PENALTY = 4.0


def half_angle_terms(degrees):
    """sin and cos of half the angle, so that sin((a - b) / 2) needs no trig per pair."""
    half = np.radians(degrees) / 2
    return np.sin(half), np.cos(half)


def haversine_limit(limit_km):
    """The haversine term h beyond which the distance exceeds `limit_km` (inf: no limit)."""
    with np.errstate(invalid="ignore"):
        term = np.sin(np.minimum(limit_km, math.pi * EARTH_RADIUS_KM) / (2 * EARTH_RADIUS_KM)) ** 2
    return np.where(limit_km >= math.pi * EARTH_RADIUS_KM, np.inf, term)


def mandatory_penalised(layout, posts):
    """The posts' skill weights with rule 6 folded in, see `Scorer.rank_tile`."""
    weights = posts.weights.copy()
    for p, (skills, levels) in enumerate(zip(posts.mandatory_skill, posts.mandatory_level)):
        for skill, level in zip(skills, levels):
            if level > 0:
                weights[p, layout.skill_column[skill] + level - 1] += MANDATORY_PENALTY
                weights[p, -1] -= MANDATORY_PENALTY
    return weights


class Scorer:
    """Per-record terms computed once, buffers reused by every tile."""

    def __init__(self, layout, seekers, posts, top, tile_rows):
        # Posts in four contiguous blocks, so that rules which concern only
        # some of them run on slices: plain, with a time window, shared, gig.
        has_window = (posts.start != peer_data.NEVER) | (posts.end != peer_data.ALWAYS)
        is_shared = posts.shared_employer != -2
        block = np.where(posts.is_gig, 3, np.where(is_shared, 2, np.where(has_window, 1, 0)))
        order = np.argsort(block, kind="stable")
        counts = np.bincount(block, minlength=4)
        self.window_from, self.shared_from, self.gig_from = (int(x) for x in np.cumsum(counts)[:3])
        self.post_ids = [posts.ids[i] for i in order]
        self.post_id_rank = np.argsort(np.argsort(np.array(self.post_ids))).astype(np.int32)

        self.seekers, self.top, self.tile_rows = seekers, top, tile_rows
        self.weights_t = np.ascontiguousarray(mandatory_penalised(layout, posts).T[:, order])
        self.type_bit = posts.type_bit[order]
        self.shared_employer = posts.shared_employer[order][self.shared_from:self.gig_from]
        self.start, self.end = posts.start[order][self.window_from:], posts.end[order][self.window_from:]
        self.wage_max = posts.wage_max[order]
        self.offer = posts.offer[order]
        self.is_gig = posts.is_gig[order]
        self.post_sin_lat, self.post_cos_lat_half = half_angle_terms(posts.lat[order])
        self.post_sin_lon, self.post_cos_lon_half = half_angle_terms(posts.lon[order])
        self.post_cos_lat = np.cos(np.radians(posts.lat[order]))
        self.post_h_limit = haversine_limit(posts.radius[order])

        self.seeker_sin_lat, self.seeker_cos_lat_half = half_angle_terms(seekers.lat)
        self.seeker_sin_lon, self.seeker_cos_lon_half = half_angle_terms(seekers.lon)
        self.seeker_cos_lat = np.cos(np.radians(seekers.lat))
        self.seeker_h_limit = haversine_limit(seekers.max_commute)
        # Rule 8 as a floor on wage_max: the expectation less the tolerated shortfall (nan: none given).
        self.monthly_floor = seekers.expected_monthly * (1 - MAX_SHORTFALL)
        self.hourly_floor = seekers.expected_hourly * (1 - MAX_SHORTFALL)

        columns = len(self.post_ids)
        self.skill = np.empty((tile_rows, columns), dtype=np.float32)
        self.scores = np.empty((tile_rows, columns), dtype=np.float32)
        self.feasible = np.empty((tile_rows, columns), dtype=bool)
        self.scratch = np.empty((tile_rows, columns), dtype=bool)
        self.type_bits = np.empty((tile_rows, columns), dtype=np.uint8)
        self.h = np.empty((tile_rows, columns))
        self.term = np.empty((tile_rows, columns))

    def rank(self):
        """Each seeker's top k: post indices (into `post_ids`, -1 past the end) and scores."""
        count = len(self.seekers.ids)
        best_posts = np.full((count, self.top), -1, dtype=np.int64)
        best_scores = np.full((count, self.top), -np.inf, dtype=np.float32)
        for first in range(0, count, self.tile_rows):
            rows = slice(first, min(first + self.tile_rows, count))
            best_posts[rows], best_scores[rows] = self.rank_tile(rows)
        return best_posts, best_scores

    def rank_tile(self, rows):
        s = self.seekers
        n = rows.stop - rows.start
        skill, scores = self.skill[:n], self.scores[:n]
        feasible, scratch, type_bits = self.feasible[:n], self.scratch[:n], self.type_bits[:n]

        # Skill parts, and rule 6 with them: each mandatory requirement adds
        # MANDATORY_PENALTY on its (skill, level) column and takes it off the
        # constant one, so a pair missing one scores at most 1 - MANDATORY_PENALTY.
        np.matmul(s.codes[rows], self.weights_t, out=skill)
        np.greater(skill, -MANDATORY_PENALTY / 2, out=feasible)

        # Rules 1-4: work type and the groups each type needs, then the own employer for shared posts.
        np.bitwise_and(s.allowed_types[rows, None], self.type_bit, out=type_bits)
        np.not_equal(type_bits, 0, out=scratch)
        feasible &= scratch
        shared = slice(self.shared_from, self.gig_from)
        feasible[:, shared] &= s.employer[rows, None] != self.shared_employer
        # Rule 5: availability covers the post's window (only posts from `window_from` have one).
        windowed = slice(self.window_from, None)
        feasible[:, windowed] &= s.available_from[rows, None] <= self.start
        feasible[:, windowed] &= s.available_until[rows, None] >= self.end
        # Rule 8: monthly expectations for the non-gig posts, hourly for gigs; nan compares false.
        gig = slice(self.gig_from, None)
        plain = slice(0, self.gig_from)
        feasible[:, plain] &= ~(self.wage_max[plain] < self.monthly_floor[rows, None])
        feasible[:, gig] &= ~(self.wage_max[gig] < self.hourly_floor[rows, None])

        # Rule 7 in haversine terms, h = sin²(Δφ/2) + cos φs cos φp sin²(Δλ/2), over the
        # whole tile in float64: sin((a - b) / 2) from the half angles' sines and cosines.
        h, term = self.h[:n], self.term[:n]
        np.multiply(self.seeker_cos_lat_half[rows, None], self.post_sin_lat, out=h)
        np.multiply(self.seeker_sin_lat[rows, None], self.post_cos_lat_half, out=term)
        np.subtract(h, term, out=h)
        np.square(h, out=h)
        np.multiply(self.seeker_cos_lon_half[rows, None], self.post_sin_lon, out=term)
        np.subtract(term, np.multiply(self.seeker_sin_lon[rows, None], self.post_cos_lon_half), out=term)
        np.square(term, out=term)
        np.multiply(term, self.seeker_cos_lat[rows, None], out=term)
        np.multiply(term, self.post_cos_lat, out=term)
        np.add(h, term, out=h)
        np.minimum(self.seeker_h_limit[rows, None], self.post_h_limit, out=term)
        np.less_equal(h, term, out=scratch)
        feasible &= scratch

        # The score on the feasible pairs only.
        flat = np.flatnonzero(feasible)
        r, c = np.divmod(flat, feasible.shape[1])
        r += rows.start
        distance = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1, np.sqrt(h.ravel()[flat])))
        x = np.maximum(distance - GEO_OFFSET_KM, 0) / GEO_SCALE_KM
        geo = np.exp(-math.log(2) * x * x)
        expected = np.where(self.is_gig[c], s.expected_hourly[r], s.expected_monthly[r])
        with np.errstate(invalid="ignore"):
            shortfall = np.maximum(1 - self.offer[c] / expected, 0) / WAGE_HALF_SHORTFALL
        wage = np.exp(-math.log(2) * np.nan_to_num(shortfall, nan=0.0) ** 2)
        total = W_SKILL * skill.ravel()[flat] + W_GEO * geo + W_WAGE * wage + s.bonus[r]

        # Top k: argpartition on negated scores, infeasible pairs at +inf.
        scores.fill(np.inf)
        scores.ravel()[flat] = -total
        k = min(self.top, scores.shape[1])
        best = np.argpartition(scores, k - 1, axis=1)[:, :k]
        negated = np.take_along_axis(scores, best, axis=1)
        order = np.lexsort((self.post_id_rank[best], negated), axis=1)
        best = np.take_along_axis(best, order, axis=1)
        negated = np.take_along_axis(negated, order, axis=1)
        best[np.isinf(negated)] = -1
        return best, -negated


def check(post_ids, seeker_ids, best_posts, best_scores, path, tolerance=1e-4):
    """Compares with `jobmatch rank --format csv`; returns a list of disagreements."""
    theirs = {}
    with open(path, newline="") as file:
        for row in csv.DictReader(file):
            theirs.setdefault(row["seeker"], []).append((row["post"], float(row["score"])))
    problems = []
    for s, seeker in enumerate(seeker_ids):
        ours = [(post_ids[p], float(score)) for p, score in zip(best_posts[s], best_scores[s]) if p >= 0]
        other = theirs.get(seeker, [])
        if len(ours) != len(other):
            problems.append(f"{seeker}: {len(ours)} matches, jobmatch has {len(other)}")
            continue
        if any(abs(a[1] - b[1]) > tolerance for a, b in zip(ours, other)):
            problems.append(f"{seeker}: scores differ: {ours} vs {other}")
            continue
        # Posts may differ only where scores tie, within a list or at its end.
        ours_by_post, other_by_post = dict(ours), dict(other)
        last = other[-1][1] if other else 0
        for post in ours_by_post.keys() ^ other_by_post.keys():
            score = ours_by_post.get(post, other_by_post.get(post))
            if abs(score - last) > tolerance:
                problems.append(f"{seeker}: {post} ({score:.6f}) in one list only")
        for post in ours_by_post.keys() & other_by_post.keys():
            if abs(ours_by_post[post] - other_by_post[post]) > tolerance:
                problems.append(f"{seeker}: {post} scored {ours_by_post[post]:.6f} vs {other_by_post[post]:.6f}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", help="folder with skills.csv, seekers.csv and posts.csv")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--tile-rows", type=int, default=512)
    parser.add_argument("--repeat", type=int, default=3, help="runs of the scoring; the median counts")
    parser.add_argument("--check", metavar="RANKING_CSV", help="compare with `jobmatch rank --format csv`")
    args = parser.parse_args()

    started = time.perf_counter()
    layout, seekers, posts = peer_data.load(args.data)
    load_seconds = time.perf_counter() - started
    scorer = Scorer(layout, seekers, posts, args.top, args.tile_rows)

    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        best_posts, best_scores = scorer.rank()
        times.append(time.perf_counter() - started)
    seconds = statistics.median(times)
    pairs = len(seekers.ids) * len(posts.ids)
    report = {
        "tool": "numpy",
        "computes": "full score, rules 1-8, top k",
        "numpy": np.__version__, "blas": peer_data.blas(),
        "seekers": len(seekers.ids), "posts": len(posts.ids), "top": args.top, "dims": posts.weights.shape[1],
        "tile_rows": args.tile_rows, "load_seconds": load_seconds, "score_seconds": seconds,
        "pairs_per_second": pairs / seconds,
        "matches": int((best_posts >= 0).sum()),
    }
    if args.check:
        problems = check(scorer.post_ids, seekers.ids, best_posts, best_scores, args.check)
        report["check"] = {"ranking": args.check, "disagreements": len(problems)}
        for problem in problems[:20]:
            print(problem, file=sys.stderr)
    print(json.dumps(report))
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
