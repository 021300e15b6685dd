"""Running the pipeline at scale: the per-document map, the executors that run it, the cache.

See :mod:`crosscheck.scale.mapping` (what one worker does for one file),
:mod:`crosscheck.scale.executors` (local process pool or Dask) and
:mod:`crosscheck.scale.cache` (the incremental SQLite cache).
"""
