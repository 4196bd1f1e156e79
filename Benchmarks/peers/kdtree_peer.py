"""The full SCORING.md score and top-k per seeker, after a spatial pre-filter.

The NumPy peer's formula (`numpy_peer.py`), but pairs beyond the seeker's or
the post's distance limit are never scored. Seekers and posts become unit
vectors on the sphere and a `scipy.spatial.cKDTree` over the posts bounds
each seeker's reach by the chord of its largest admissible distance (its
commute limit, or the widest post radius if every post has one):

1. seekers in the order of the leaves of a k-d tree over them, so that a batch
   of 256 seekers lies in a small part of the city and shares its posts;
2. per batch, the candidates: with `--prefilter batch` (the default) one
   `query_ball_point` around the batch, of its widest chord plus its extent,
   then rule 7 exactly (both limits, haversine terms in float64 from the half
   angles' sines and cosines, as in the NumPy peer) over the batch x those
   posts; with `--prefilter ball` each seeker's own ball (`query_ball_point`
   with an array of radii, both cores), Python lists flattened, rule 7 on the
   pairs later. `batch` was 2 times faster at 20,000 x 5,000: the lists cost
   more than the distances they spare;
3. the candidate pairs as two flat index arrays (seeker row, post); rules 1-5
   and 8 as boolean masks over them;
4. the skill part as one sparse product, the CSR skill weights (rule 6 folded
   in as in the NumPy peer) of the batch's posts times the batch's
   thermometer codes, read at the pairs left;
5. distance, geo, wage and bonus on the feasible pairs, then each seeker's
   top k from a batch x posts block of scores with `np.argpartition`, ties by
   id as the NumPy peer orders them.

Seekers without any distance limit may match a post anywhere in the city (most
posts have no radius): no ball bounds them, so they are scored by the NumPy
peer's tiles (`numpy_peer.Scorer`), which check every post's radius.

Tree building, queries and scoring are timed; loading and the per-record
arrays are not. Prints one JSON object in the shape of `numpy_peer.py`'s.

    kdtree_peer.py DATA_DIR [--top 10] [--batch 256] [--prefilter batch|ball] [--tile-rows 512]
                   [--repeat 3] [--check RANKING.csv] [--profile FILE]
"""

import argparse
import dataclasses
import json
import math
import statistics
import sys
import time

import numpy as np
import scipy
from scipy import sparse
from scipy.spatial import cKDTree

import numpy_peer
import peer_data
from numpy_peer import EARTH_RADIUS_KM, GEO_OFFSET_KM, GEO_SCALE_KM, MANDATORY_PENALTY, MAX_SHORTFALL
from numpy_peer import W_GEO, W_SKILL, W_WAGE, WAGE_HALF_SHORTFALL


def unit_vectors(lat, lon):
    """Points on the unit sphere, (n, 3) float64."""
    phi, lam = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)])


def chord(limit_km):
    """The straight-line distance between unit vectors a great-circle distance `limit_km` apart."""
    return 2 * np.sin(np.minimum(limit_km, math.pi * EARTH_RADIUS_KM) / (2 * EARTH_RADIUS_KM))


def subset(seekers, rows):
    """The seekers at `rows`, as a `peer_data.Seekers`."""
    fields = {}
    for field in dataclasses.fields(seekers):
        value = getattr(seekers, field.name)
        fields[field.name] = [value[r] for r in rows] if isinstance(value, list) else value[rows]
    return peer_data.Seekers(**fields)


def haversine_terms(scorer, seekers, posts):
    """h = sin²(Δφ/2) + cos φs cos φp sin²(Δλ/2) of seekers and posts (index arrays that
    broadcast), in float64 from the half angles' sines and cosines as in `numpy_peer.Scorer`."""
    dlat = scorer.seeker_cos_lat_half[seekers] * scorer.post_sin_lat[posts]
    dlat -= scorer.seeker_sin_lat[seekers] * scorer.post_cos_lat_half[posts]
    dlon = scorer.seeker_cos_lon_half[seekers] * scorer.post_sin_lon[posts]
    dlon -= scorer.seeker_sin_lon[seekers] * scorer.post_cos_lon_half[posts]
    h = np.square(dlon, out=dlon)
    h *= scorer.seeker_cos_lat[seekers]
    h *= scorer.post_cos_lat[posts]
    h += np.square(dlat, out=dlat)
    return h


class KDTreeScorer:
    """Per-record terms computed once; `rank` builds the tree, queries and scores."""

    def __init__(self, layout, seekers, posts, top, batch, tile_rows, prefilter):
        self.seekers, self.posts, self.top, self.batch, self.prefilter = seekers, posts, top, batch, prefilter
        self.post_count = len(posts.ids)
        self.post_id_rank = np.argsort(np.argsort(np.array(posts.ids))).astype(np.int32)
        self.post_xyz = unit_vectors(posts.lat, posts.lon)
        self.seeker_xyz = unit_vectors(seekers.lat, seekers.lon)

        # The largest admissible distance of a seeker is its own limit, or the
        # largest post radius if every post has one; the tree is queried with it.
        admissible = np.minimum(seekers.max_commute, posts.radius.max())
        self.query_chord = chord(admissible)
        self.limited = np.flatnonzero(np.isfinite(admissible))
        self.unlimited = np.flatnonzero(~np.isfinite(admissible))

        # Post terms, in the posts' own order (pairs index them directly).
        self.weights = sparse.csr_matrix(numpy_peer.mandatory_penalised(layout, posts))
        self.type_bit, self.wage_max, self.offer, self.is_gig = posts.type_bit, posts.wage_max, posts.offer, posts.is_gig
        self.shared_employer, self.start, self.end = posts.shared_employer, posts.start, posts.end
        self.post_sin_lat, self.post_cos_lat_half = numpy_peer.half_angle_terms(posts.lat)
        self.post_sin_lon, self.post_cos_lon_half = numpy_peer.half_angle_terms(posts.lon)
        self.post_cos_lat = np.cos(np.radians(posts.lat))
        self.post_h_limit = numpy_peer.haversine_limit(posts.radius)

        # Seeker terms.
        self.seeker_sin_lat, self.seeker_cos_lat_half = numpy_peer.half_angle_terms(seekers.lat)
        self.seeker_sin_lon, self.seeker_cos_lon_half = numpy_peer.half_angle_terms(seekers.lon)
        self.seeker_cos_lat = np.cos(np.radians(seekers.lat))
        self.seeker_h_limit = numpy_peer.haversine_limit(seekers.max_commute)
        self.monthly_floor = seekers.expected_monthly * (1 - MAX_SHORTFALL)
        self.hourly_floor = seekers.expected_hourly * (1 - MAX_SHORTFALL)

        # The seekers without a limit go to the NumPy peer's dense tiles.
        self.dense = None
        if len(self.unlimited):
            self.dense = numpy_peer.Scorer(layout, subset(seekers, self.unlimited), posts, top, tile_rows)
            index = {post_id: p for p, post_id in enumerate(posts.ids)}
            self.dense_post = np.array([index[post_id] for post_id in self.dense.post_ids] + [-1])

    def rank(self):
        """Each seeker's top k: post indices (into `posts.ids`, -1 past the end) and scores."""
        count = len(self.seekers.ids)
        best_posts = np.full((count, self.top), -1, dtype=np.int64)
        best_scores = np.full((count, self.top), -np.inf, dtype=np.float32)
        self.candidates = self.scored = 0

        tree = cKDTree(self.post_xyz)
        # The leaves of a tree over the seekers list them by neighbourhood.
        limited = self.limited[cKDTree(self.seeker_xyz[self.limited]).indices]
        for first in range(0, len(limited), self.batch):
            rows = limited[first:first + self.batch]
            best_posts[rows], best_scores[rows] = self.rank_batch(tree, rows)

        if self.dense is not None:
            posts, scores = self.dense.rank()
            best_posts[self.unlimited], best_scores[self.unlimited] = self.dense_post[posts], scores
        return best_posts, best_scores

    def candidates_of(self, tree, rows):
        """The pairs within reach as (row in batch, post, haversine term or None)."""
        n = len(rows)
        if self.prefilter == "ball":
            # Each seeker's own ball: the posts within its chord, as Python lists.
            found = tree.query_ball_point(
                self.seeker_xyz[rows], self.query_chord[rows], return_sorted=False, workers=-1)
            lengths = np.fromiter(map(len, found), dtype=np.intp, count=n)
            r = np.repeat(np.arange(n), lengths)
            c = np.concatenate(found).astype(np.intp) if n else np.empty(0, np.intp)
            return r, c, None
        # One ball around the batch: its widest chord plus its own extent; then
        # rule 7 exactly over the batch x those posts, in haversine terms.
        points = self.seeker_xyz[rows]
        centre = points.mean(axis=0)
        centre /= np.linalg.norm(centre)
        extent = np.sqrt(((points - centre) ** 2).sum(axis=1)).max()
        near = np.array(tree.query_ball_point(centre, self.query_chord[rows].max() + extent), dtype=np.intp)
        h = haversine_terms(self, rows[:, None], near)
        within = h <= np.minimum(self.seeker_h_limit[rows][:, None], self.post_h_limit[near])
        flat = np.flatnonzero(within)
        r, column = np.divmod(flat, len(near))
        return r, near[column], h.ravel()[flat]

    def rank_batch(self, tree, rows):
        s = self.seekers
        n = len(rows)
        r, c, h = self.candidates_of(tree, rows)
        self.candidates += len(c)

        # Rules 1-4: work type and the groups each type needs, then the own employer for shared posts.
        ok = (s.allowed_types[rows][r] & self.type_bit[c]) != 0
        ok &= s.employer[rows][r] != self.shared_employer[c]
        # Rule 5: availability covers the post's window (posts without one have start NEVER, end ALWAYS).
        ok &= s.available_from[rows][r] <= self.start[c]
        ok &= s.available_until[rows][r] >= self.end[c]
        # Rule 8: monthly expectations for the non-gig posts, hourly for gigs; nan compares false.
        is_gig = self.is_gig[c]
        floor = np.where(is_gig, self.hourly_floor[rows][r], self.monthly_floor[rows][r])
        ok &= ~(self.wage_max[c] < floor)
        keep = np.flatnonzero(ok)
        r, c, is_gig = r[keep], c[keep], is_gig[keep]
        if h is None:
            # Rule 7 in haversine terms on the pairs left (the tree's chord is only a bound).
            h = haversine_terms(self, rows[r], c)
            ok = h <= np.minimum(self.seeker_h_limit[rows][r], self.post_h_limit[c])
        else:
            h = h[keep]
            ok = np.ones(len(c), dtype=bool)

        # Skill parts of the batch's posts, rule 6 with them (see `numpy_peer.Scorer.rank_tile`).
        present = np.zeros(self.post_count, dtype=bool)
        present[c] = True
        columns = np.flatnonzero(present)
        position = np.cumsum(present) - 1
        skill = np.asarray(self.weights[columns] @ s.codes[rows].T)  # batch's posts x seekers, float32
        skill = skill[position[c], r]
        ok &= skill > -MANDATORY_PENALTY / 2
        keep = np.flatnonzero(ok)
        r, c, is_gig, h, skill = r[keep], c[keep], is_gig[keep], h[keep], skill[keep]
        self.scored += len(c)

        # The score of the feasible pairs.
        distance = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1, np.sqrt(h)))
        x = np.maximum(distance - GEO_OFFSET_KM, 0) / GEO_SCALE_KM
        geo = np.exp(-math.log(2) * x * x)
        expected = np.where(is_gig, s.expected_hourly[rows][r], s.expected_monthly[rows][r])
        with np.errstate(invalid="ignore"):
            shortfall = np.maximum(1 - self.offer[c] / expected, 0) / WAGE_HALF_SHORTFALL
        wage = np.exp(-math.log(2) * np.nan_to_num(shortfall, nan=0.0) ** 2)
        total = W_SKILL * skill + W_GEO * geo + W_WAGE * wage + s.bonus[rows][r]

        # Top k: argpartition of the batch's block of negated scores, infeasible pairs at +inf.
        scores = np.full((n, len(columns)), np.inf, dtype=np.float32)
        scores[r, position[c]] = -total
        k = min(self.top, scores.shape[1])
        if k == 0:
            return np.full((n, self.top), -1), np.full((n, self.top), -np.inf, dtype=np.float32)
        best = np.argpartition(scores, k - 1, axis=1)[:, :k]
        negated = np.take_along_axis(scores, best, axis=1)
        best = columns[best]
        order = np.lexsort((self.post_id_rank[best], negated), axis=1)
        best = np.take_along_axis(best, order, axis=1)
        negated = np.take_along_axis(negated, order, axis=1)
        best[np.isinf(negated)] = -1
        if k < self.top:
            best = np.pad(best, ((0, 0), (0, self.top - k)), constant_values=-1)
            negated = np.pad(negated, ((0, 0), (0, self.top - k)), constant_values=np.inf)
        return best, -negated


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", help="folder with skills.csv, seekers.csv and posts.csv")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--batch", type=int, default=256, help="seekers a tree query and sparse product")
    parser.add_argument("--tile-rows", type=int, default=512, help="tile rows of the seekers without a limit")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the scoring; the median counts")
    parser.add_argument("--prefilter", choices=("ball", "batch"), default="batch",
                        help="ball: each seeker's own query_ball_point; batch: one ball per batch, then exact distances")
    parser.add_argument("--check", metavar="RANKING_CSV", help="compare with `jobmatch rank --format csv`")
    parser.add_argument("--profile", metavar="FILE", help="write a cProfile of one scoring run to FILE")
    args = parser.parse_args()

    started = time.perf_counter()
    layout, seekers, posts = peer_data.load(args.data)
    load_seconds = time.perf_counter() - started
    scorer = KDTreeScorer(layout, seekers, posts, args.top, args.batch, args.tile_rows, args.prefilter)

    if args.profile:
        import cProfile
        cProfile.runctx("scorer.rank()", globals(), {"scorer": scorer}, args.profile)
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        best_posts, best_scores = scorer.rank()
        times.append(time.perf_counter() - started)
    seconds = statistics.median(times)
    pairs = len(seekers.ids) * len(posts.ids)
    report = {
        "tool": "kdtree",
        "computes": "full score, rules 1-8, top k",
        "numpy": np.__version__, "scipy": scipy.__version__, "blas": peer_data.blas(),
        "seekers": len(seekers.ids), "posts": len(posts.ids), "top": args.top, "dims": posts.weights.shape[1],
        "prefilter": args.prefilter, "batch": args.batch, "tile_rows": args.tile_rows, "load_seconds": load_seconds, "score_seconds": seconds,
        "pairs_per_second": pairs / seconds,
        "seekers_without_limit": len(scorer.unlimited),
        "candidate_pairs": scorer.candidates, "scored_pairs": scorer.scored,
        "matches": int((best_posts >= 0).sum()),
    }
    if args.check:
        problems = numpy_peer.check(posts.ids, seekers.ids, best_posts, best_scores, args.check)
        report["check"] = {"ranking": args.check, "disagreements": len(problems)}
        for problem in problems[:20]:
            print(problem, file=sys.stderr)
    print(json.dumps(report))
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
