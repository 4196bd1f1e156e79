"""Sharded jobmatch runs on Dask: one task per shard runs the jobmatch binary
on a worker, the driver checks every shard and merges the parts so that the
result is byte for byte what jobmatch writes on one machine."""
