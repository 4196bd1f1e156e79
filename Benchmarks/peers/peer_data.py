"""Reads the CSV files `jobmatch generate` writes into NumPy arrays for the peers.

Skill parts use the thermometer code of SCORING.md: a seeker has a 1 on
(skill j, level l) where its level in j is at least l and on (group g, level l)
where its best level in g is at least l; a post weights the same columns so
that one dot product is the skill part. A last column, 1 for every seeker,
carries skill = 1 for posts without requirements.
"""

import csv
import re
from dataclasses import dataclass

import numpy as np
from threadpoolctl import threadpool_info

WORK_TYPES = ["fulltime", "parttime", "gig", "shared", "internship", "public_welfare"]
PUBLIC_WELFARE_GROUPS = {"zero_employment_family", "older_hard_to_employ", "disabled", "long_unemployed"}
INTERNSHIP_GROUPS = {"graduate", "unemployed_youth"}
BONUS = {"red": 0.10, "yellow": 0.05, "blue": 0.02, "none": 0.0, "": 0.0}
RELATED_CREDIT = 0.25

_TIMESTAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$")


def timestamp(text, end_of_day):
    """Seconds since 1970 of an ISO 8601 date or date-time, as the engine reads it.

    A date alone is the start of its day, or with `end_of_day` the following
    midnight; an offset shifts a date-time to UTC.
    """
    match = _TIMESTAMP.match(text)
    if not match:
        raise ValueError(f"not an ISO 8601 date or date-time: {text!r}")
    year, month, day, hour, minute, second, offset = match.groups()
    days = int(np.datetime64(f"{year}-{month}-{day}", "D").astype(np.int64))
    if hour is None:
        return days * 86_400 + (86_400 if end_of_day else 0)
    seconds = days * 86_400 + int(hour) * 3_600 + int(minute) * 60 + int(second or 0)
    if offset and offset != "Z":
        sign = 1 if offset[0] == "+" else -1
        seconds -= sign * (int(offset[1:3]) * 3_600 + int(offset[4:6]) * 60)
    return seconds


def blas():
    """The BLAS libraries loaded, with version, kernel and threads, as threadpoolctl sees them."""
    return [
        {key: pool.get(key) for key in ("internal_api", "version", "architecture", "num_threads")}
        for pool in threadpool_info() if pool["user_api"] == "blas"
    ]


def _read(path):
    with open(path, newline="", encoding="utf-8-sig") as file:
        return list(csv.DictReader(file))


def _number(text, missing):
    return float(text) if text else missing


def _pairs(text):
    """`a:1;b:2` as [["a", "1"], ["b", "2"]]."""
    return [item.split(":") for item in text.split(";") if item] if text else []


@dataclass
class Layout:
    """Thermometer columns: (skill, level), then (group, level), then the constant."""

    skills: dict  # skill id -> (index, group index, max level)
    skill_column: np.ndarray  # first column of each skill
    group_column: np.ndarray  # first column of each group
    group_levels: np.ndarray  # max level of each group
    dims: int

    @classmethod
    def from_rows(cls, rows):
        groups = {}
        skills = {}
        for row in rows:
            group = groups.setdefault(row["group"], len(groups))
            skills[row["id"]] = (len(skills), group, int(row["max_level"]))
        levels = np.array([level for _, _, level in skills.values()])
        group_levels = np.zeros(len(groups), dtype=np.int64)
        np.maximum.at(group_levels, [group for _, group, _ in skills.values()], levels)
        skill_column = np.concatenate([[0], np.cumsum(levels)[:-1]])
        group_start = levels.sum()
        group_column = group_start + np.concatenate([[0], np.cumsum(group_levels)[:-1]])
        dims = int(group_start + group_levels.sum() + 1)
        return cls(skills, skill_column, group_column, group_levels, dims)


@dataclass
class Seekers:
    ids: list
    lat: np.ndarray  # degrees
    lon: np.ndarray
    max_commute: np.ndarray  # km, inf if not given
    expected_monthly: np.ndarray  # nan if not given
    expected_hourly: np.ndarray
    allowed_types: np.ndarray  # uint8 bit mask of post types rules 1-4 allow (own employer aside)
    employer: np.ndarray  # int32 employer number, -1 if none
    available_from: np.ndarray  # int64 seconds, very small if not given
    available_until: np.ndarray  # int64 seconds, very large if not given
    bonus: np.ndarray
    levels: np.ndarray  # int8, seekers x skills
    codes: np.ndarray  # float32, seekers x dims: the thermometer code


@dataclass
class Posts:
    ids: list
    lat: np.ndarray
    lon: np.ndarray
    radius: np.ndarray  # km, inf if not given
    type_bit: np.ndarray  # uint8, 1 << work type
    is_gig: np.ndarray
    shared_employer: np.ndarray  # int32 employer number for shared posts, -2 otherwise
    wage_max: np.ndarray
    offer: np.ndarray  # (wage_min + wage_max) / 2
    start: np.ndarray  # int64 seconds, very large if not given
    end: np.ndarray  # int64 seconds, very small if not given
    mandatory_skill: np.ndarray  # int64, posts x most mandatory requirements; pads name skill 0
    mandatory_level: np.ndarray  # int8, same shape; pads need level 0, always met
    weights: np.ndarray  # float32, posts x dims: the post side of the thermometer code


NEVER = np.iinfo(np.int64).max
ALWAYS = np.iinfo(np.int64).min


def load(folder):
    """Reads `skills.csv`, `seekers.csv` and `posts.csv` from `folder`."""
    layout = Layout.from_rows(_read(f"{folder}/skills.csv"))
    employers = {}

    def employer_number(text):
        return employers.setdefault(text, len(employers)) if text else -1

    seekers = _seekers(_read(f"{folder}/seekers.csv"), layout, employer_number)
    posts = _posts(_read(f"{folder}/posts.csv"), layout, employer_number)
    return layout, seekers, posts


def _seekers(rows, layout, employer_number):
    count, skill_count = len(rows), len(layout.skills)
    levels = np.zeros((count, skill_count), dtype=np.int8)
    allowed = np.zeros(count, dtype=np.uint8)
    employer = np.full(count, -1, dtype=np.int32)
    for s, row in enumerate(rows):
        for skill, level in _pairs(row["skills"]):
            index = layout.skills[skill][0]
            levels[s, index] = max(levels[s, index], int(level))
        groups = set(row["groups"].split(";")) if row["groups"] else set()
        employer[s] = employer_number(row["employer"])
        types = set(row["accepts"].split(";")) if row["accepts"] else {"fulltime"}
        if not groups & PUBLIC_WELFARE_GROUPS:
            types.discard("public_welfare")
        if not groups & INTERNSHIP_GROUPS:
            types.discard("internship")
        if employer[s] < 0:
            types.discard("shared")
        allowed[s] = sum(1 << WORK_TYPES.index(t) for t in types)

    group_of = np.array([group for _, group, _ in layout.skills.values()])
    group_levels = np.zeros((count, len(layout.group_levels)), dtype=np.int8)
    for skill in range(skill_count):
        np.maximum(group_levels[:, group_of[skill]], levels[:, skill], out=group_levels[:, group_of[skill]])
    codes = np.zeros((count, layout.dims), dtype=np.float32)
    for skill, (_, _, max_level) in enumerate(layout.skills.values()):
        for level in range(1, max_level + 1):
            codes[:, layout.skill_column[skill] + level - 1] = levels[:, skill] >= level
    for group, max_level in enumerate(layout.group_levels):
        for level in range(1, max_level + 1):
            codes[:, layout.group_column[group] + level - 1] = group_levels[:, group] >= level
    codes[:, -1] = 1

    def column(name, missing):
        return np.array([_number(row[name], missing) for row in rows])

    return Seekers(
        ids=[row["id"] for row in rows],
        lat=column("lat", np.nan), lon=column("lon", np.nan),
        max_commute=column("max_commute_km", np.inf),
        expected_monthly=column("expected_monthly", np.nan),
        expected_hourly=column("expected_hourly", np.nan),
        allowed_types=allowed, employer=employer,
        available_from=np.array(
            [timestamp(row["available_from"], False) if row["available_from"] else ALWAYS for row in rows]),
        available_until=np.array(
            [timestamp(row["available_until"], True) if row["available_until"] else NEVER for row in rows]),
        bonus=np.array([BONUS[row["warning"]] for row in rows]),
        levels=levels, codes=codes)


def _posts(rows, layout, employer_number):
    count = len(rows)
    weights = np.zeros((count, layout.dims), dtype=np.float32)
    mandatory = []
    for p, row in enumerate(rows):
        requirements = []
        for parts in _pairs(row["requirements"]):
            weight = float(parts[2]) if len(parts) > 2 and parts[2] not in ("", "mandatory") else 1.0
            requirements.append((layout.skills[parts[0]], int(parts[1]), weight, parts[-1] == "mandatory"))
        total = sum(weight for _, _, weight, _ in requirements)
        if not requirements:
            weights[p, -1] = 1
        for (skill, group, _), level, weight, _ in requirements:
            share = weight / (total * level)
            weights[p, layout.skill_column[skill]:layout.skill_column[skill] + level] += (1 - RELATED_CREDIT) * share
            weights[p, layout.group_column[group]:layout.group_column[group] + level] += RELATED_CREDIT * share
        mandatory.append([(skill[0], level) for skill, level, _, is_mandatory in requirements if is_mandatory])

    widest = max(1, max(len(m) for m in mandatory))
    mandatory_skill = np.zeros((count, widest), dtype=np.int64)
    mandatory_level = np.zeros((count, widest), dtype=np.int8)
    for p, items in enumerate(mandatory):
        for i, (skill, level) in enumerate(items):
            mandatory_skill[p, i], mandatory_level[p, i] = skill, level

    types = [row["type"] or "fulltime" for row in rows]
    employer = np.array([employer_number(row["employer"]) for row in rows], dtype=np.int32)
    wage_min = np.array([float(row["wage_min"]) for row in rows])
    wage_max = np.array([float(row["wage_max"]) for row in rows])
    return Posts(
        ids=[row["id"] for row in rows],
        lat=np.array([float(row["lat"]) for row in rows]), lon=np.array([float(row["lon"]) for row in rows]),
        radius=np.array([_number(row["radius_km"], np.inf) for row in rows]),
        type_bit=np.array([1 << WORK_TYPES.index(t) for t in types], dtype=np.uint8),
        is_gig=np.array([t == "gig" for t in types]),
        shared_employer=np.where(np.array([t == "shared" for t in types]), employer, -2).astype(np.int32),
        wage_max=wage_max, offer=(wage_min + wage_max) / 2,
        start=np.array([timestamp(row["start"], False) if row["start"] else NEVER for row in rows]),
        end=np.array([timestamp(row["end"], True) if row["end"] else ALWAYS for row in rows]),
        mandatory_skill=mandatory_skill, mandatory_level=mandatory_level, weights=weights)
