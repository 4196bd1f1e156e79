"""python -m jobmatch_dask rank|match --scheduler local:W|tcp://HOST:PORT --shards N
[--binary PATH] [--parts DIR] [jobmatch flags]

rank: each shard runs `jobmatch rank ... --shard I/N` into a part, then
`jobmatch merge` writes --output. match: each shard runs `jobmatch candidates
... --shard I/N`, then `jobmatch match --graph PARTS` assigns on the driver.
Input and output paths must be readable and writable by every worker under
the same names: a shared file system or a mounted object store."""

import argparse
import contextlib
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

# jobmatch flags that take a value, by the subcommands that accept them.
INPUT = {"--taxonomy", "--seekers", "--posts"}
# Written once, by the driver's merge or match, not by every shard.
REJECTS = {"--rejects"}
SCORING = {"--config", "--w-skill", "--w-geo", "--w-wage", "--related-credit", "--geo-offset-km",
           "--geo-scale-km", "--max-shortfall"}
RANK_ONLY = {"--top", "--direction", "--format", "--threads"}
MATCH_ONLY = {"--mode", "--candidates", "--format", "--summary", "--subsidy", "--threads"}
SWITCHES = {"--skip-invalid"}


class ShardFailed(Exception):
    """A shard's jobmatch ended with a non-zero status."""


def parse_flags(flags):
    """The jobmatch flags as (name, value or None) pairs, in order."""
    pairs, index = [], 0
    while index < len(flags):
        name = flags[index]
        if not name.startswith("--"):
            raise SystemExit(f"jobmatch_dask: unexpected argument {name!r}")
        if "=" in name:
            key, value = name.split("=", 1)
            pairs.append((key, value))
        elif name in SWITCHES:
            pairs.append((name, None))
        else:
            if index + 1 >= len(flags):
                raise SystemExit(f"jobmatch_dask: {name} needs a value")
            pairs.append((name, flags[index + 1]))
            index += 1
        index += 1
    return pairs


def flatten(pairs, keep):
    """The pairs whose names are in `keep`, as an argument list."""
    arguments = []
    for name, value in pairs:
        if name in keep:
            arguments += [name] if value is None else [name, value]
    return arguments


def value(pairs, name, default=None):
    found = [v for n, v in pairs if n == name]
    return found[-1] if found else default


def run_shard(binary, arguments):
    """Runs one shard's jobmatch on a worker; raises with its stderr on failure.

    jobmatch writes its output under a temporary name and renames it when
    complete, so a retried or speculative run writes the same bytes.
    Returns the run's wall time in seconds and the worker's largest child
    process's peak resident memory in bytes."""
    start = time.monotonic()
    try:
        finished = subprocess.run([binary] + arguments, capture_output=True, text=True, env=os.environ.copy())
    except OSError as error:
        raise ShardFailed(f"cannot run {binary}: {error}") from None
    if finished.returncode != 0:
        raise ShardFailed(f"{binary} {' '.join(arguments)} exited {finished.returncode}: {finished.stderr.strip()}")
    return time.monotonic() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024


@contextlib.contextmanager
def connected(scheduler):
    """A client of the scheduler, or of a local cluster of W workers on 127.0.0.1."""
    from dask.distributed import Client, LocalCluster

    if scheduler.startswith("local:"):
        workers = int(scheduler.split(":", 1)[1])
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster, Client(cluster) as client:
            yield client
    elif scheduler.startswith("tcp://"):
        with Client(scheduler) as client:
            yield client
    else:
        raise SystemExit(f"jobmatch_dask: --scheduler must be local:W or tcp://HOST:PORT, not {scheduler!r}")


def plan(command, shards, pairs, parts_dir):
    """The jobmatch arguments of each shard's task, and of the final step
    the driver runs on their parts (merge, or match --graph)."""
    output = value(pairs, "--output")
    if command == "rank":
        extension = ".jsonl" if (value(pairs, "--format") == "jsonl" or output.endswith(".jsonl")) else ".csv"
        common = flatten(pairs, INPUT | SCORING | RANK_ONLY | SWITCHES)
        if value(pairs, "--format") is None:
            common += ["--format", extension[1:]]
        parts = [os.path.join(parts_dir, f"part-{i}-of-{shards}{extension}") for i in range(shards)]
        tasks = [["rank"] + common + ["--shard", f"{i}/{shards}", "--output", parts[i]] for i in range(shards)]
        finish = ["merge"] + flatten(pairs, INPUT | REJECTS | SWITCHES | {"--direction", "--format"}) \
            + ["--top", value(pairs, "--top", "10"), "--output", output] + parts
    else:
        common = flatten(pairs, INPUT | SCORING | SWITCHES | {"--candidates", "--threads"})
        parts = [os.path.join(parts_dir, f"part-{i}-of-{shards}.jmgraph") for i in range(shards)]
        tasks = [["candidates"] + common + ["--shard", f"{i}/{shards}", "--output", parts[i]] for i in range(shards)]
        finish = ["match"] + flatten(pairs, INPUT | REJECTS | SWITCHES | {"--mode", "--format", "--summary", "--subsidy"}) \
            + ["--output", output, "--graph"] + parts
    return tasks, finish


def arguments(prog, description, argv, engine_options):
    """The driver's own options and the jobmatch flags, checked; the parts' folder made."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("command", choices=["rank", "match"])
    engine_options(parser)
    parser.add_argument("--shards", type=int, required=True)
    parser.add_argument("--binary", default=None, help="the jobmatch binary on the workers (default: jobmatch on PATH)")
    parser.add_argument("--parts", default=None,
                        help="where the shards write their parts, readable by every worker (default: beside --output)")
    ours, rest = parser.parse_known_args(argv)
    if ours.shards < 1:
        parser.error("--shards must be at least 1")
    ours.binary = ours.binary or shutil.which("jobmatch") or "jobmatch"
    pairs = parse_flags(rest)
    output = value(pairs, "--output")
    if output is None:
        parser.error("--output is required: the merged file, on a path the driver can write")
    pairs = [(n, os.path.abspath(v) if n == "--output" else v) for n, v in pairs]
    output = os.path.abspath(output)
    ours.keeps_parts = ours.parts is not None
    ours.parts = ours.parts or tempfile.mkdtemp(prefix=f".{os.path.basename(output)}.parts-", dir=os.path.dirname(output))
    os.makedirs(ours.parts, exist_ok=True)
    return ours, pairs


def finish(ours, final):
    """Runs the final step on the driver; removes the parts unless kept."""
    status = subprocess.run([ours.binary] + final).returncode
    if status == 0 and not ours.keeps_parts:
        shutil.rmtree(ours.parts, ignore_errors=True)
    return status


def main(argv):
    ours, pairs = arguments(
        "python -m jobmatch_dask", __doc__.split("\n\n")[0], argv,
        lambda parser: parser.add_argument("--scheduler", required=True, help="local:W for W local workers, or tcp://HOST:PORT"))
    tasks, final = plan(ours.command, ours.shards, pairs, ours.parts)
    with connected(ours.scheduler) as client:
        futures = [client.submit(run_shard, ours.binary, task, key=f"jobmatch-shard-{i}-of-{ours.shards}", retries=1, pure=False)
                   for i, task in enumerate(tasks)]
        for i, future in enumerate(futures):
            try:
                seconds, peak = future.result()
            except ShardFailed as error:
                print(f"jobmatch_dask: shard {i}/{ours.shards} failed twice: {error}", file=sys.stderr)
                return 1
            print(f"jobmatch_dask: shard {i}/{ours.shards} done in {seconds:.1f} s, peak memory {peak / 1e6:.0f} MB",
                  file=sys.stderr)
    return finish(ours, final)
