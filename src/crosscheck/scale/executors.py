"""Where the per-document map runs: in this process, a local process pool, or a Dask cluster.

Every executor takes a map function of :mod:`crosscheck.scale.mapping` and a list of tasks and
returns the results **in task order**, so the reduce sees the same documents in the same order
whatever ran the map, and reports stay byte-identical across ``--jobs`` values and executors.

``--executor`` names one: ``local`` (the default; ``--jobs`` processes, inline with one job),
``dask-local`` (a Dask LocalCluster of ``--jobs`` single-threaded worker processes on this
machine), or ``dask://HOST:PORT`` (the scheduler of a running Dask cluster). Dask is optional
(``pip install 'crosscheck[dask]'``).
"""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol

from ..rules import RulePack
from .mapping import stages

Progress = Callable[[int, int], None] | None
_POOL_STATE: dict[str, Any] = {}
DASK_MISSING = "the Dask executor needs the dask extra: pip install 'crosscheck[dask]'"


class ExecutorError(Exception):
    """An executor that cannot be used (bad spec, dependency missing, scheduler unreachable)."""


class Executor(Protocol):
    def imap(self, function: Callable, tasks: Sequence, progress: Progress = None) -> Iterator: ...

    def map(self, function: Callable, tasks: Sequence, progress: Progress = None) -> list: ...

    def close(self) -> None: ...


def default_jobs() -> int:
    """The cores this process may use (the affinity mask, which containers and taskset narrow)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _pool_init(pack: RulePack, fingerprint: str) -> None:
    _POOL_STATE["pack"] = pack
    _POOL_STATE["fingerprint"] = fingerprint


def _pool_call(job: tuple[Callable, Any]) -> Any:
    function, task = job
    return function(task, _POOL_STATE["pack"], _POOL_STATE["fingerprint"])


class LocalExecutor:
    """The map in this process (one job) or in a pool of ``jobs`` worker processes.

    Workers are forked where the platform allows it, so they inherit the loaded rule pack
    instead of unpickling it; each compiles the stages once for all its tasks.
    """

    def __init__(self, pack: RulePack, fingerprint: str, jobs: int = 1):
        self.pack, self.fingerprint, self.jobs = pack, fingerprint, max(1, jobs)
        self._pool: ProcessPoolExecutor | None = None

    def _get_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            if context.get_start_method() == "fork" and self.pack is not None:
                # Compiled once here, the stages (and the lemmatiser's dictionaries) are inherited
                # by every worker instead of being compiled again in each (two CPU-seconds a worker).
                stages(self.pack, self.fingerprint)[1].warm()
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_pool_init,
                                             initargs=(self.pack, self.fingerprint))
        return self._pool

    def imap(self, function: Callable, tasks: Sequence, progress: Progress = None) -> Iterator:
        """The results in task order, each as soon as it and those before it are done (the
        caller can store them as they come instead of holding every one). Progress is told
        before a result is handed over: a caller that stops after the last result (``zip``)
        never resumes the generator, and the bar would stay one short ("4/5")."""
        total = len(tasks)
        if self.jobs == 1 or total < 2:
            for done, task in enumerate(tasks, 1):
                result = function(task, self.pack, self.fingerprint)
                if progress is not None:
                    progress(done, total)
                yield result
            return
        # Chunks amortise the pipe round trips; small enough that both cores stay busy to the end.
        chunk = max(1, min(32, total // (self.jobs * 8)))
        for done, result in enumerate(self._get_pool().map(_pool_call, [(function, t) for t in tasks], chunksize=chunk), 1):
            if progress is not None:
                progress(done, total)
            yield result

    def map(self, function: Callable, tasks: Sequence, progress: Progress = None) -> list:
        return list(self.imap(function, tasks, progress))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


class DaskExecutor:
    """The same map on Dask distributed: a scheduler address, or a LocalCluster for ``dask-local``.

    The rule pack is scattered to every worker once; each worker compiles the stages once per
    process (``mapping.stages``). Results are gathered in task order.
    """

    def __init__(self, pack: RulePack, fingerprint: str, address: str | None, jobs: int = 1):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ExecutorError(DASK_MISSING) from None
        self.fingerprint = fingerprint
        self._cluster = None
        try:
            if address is None:
                self._cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                             dashboard_address=None)
                self._client = Client(self._cluster)
            else:
                self._client = Client(address, timeout="20s")
        except (OSError, TimeoutError) as error:
            self.close()
            raise ExecutorError(f"cannot reach the Dask scheduler at {address}: {error}") from None
        self._pack = self._client.scatter(pack, broadcast=True)

    def imap(self, function: Callable, tasks: Sequence, progress: Progress = None) -> Iterator:
        """The results in task order, each gathered when it and those before it are done."""
        if not tasks:
            return
        futures = self._client.map(function, list(tasks), pack=self._pack, fingerprint=self.fingerprint, pure=False)
        for done, future in enumerate(futures, 1):
            result = future.result()
            future.release()  # the cluster may drop it: the caller has it now
            if progress is not None:
                progress(done, len(tasks))
            yield result

    def map(self, function: Callable, tasks: Sequence, progress: Progress = None) -> list:
        return list(self.imap(function, tasks, progress))

    def close(self) -> None:
        client = getattr(self, "_client", None)
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def scheduler_address(spec: str | None) -> str | None:
    """The Dask scheduler address an ``--executor`` value names (None for ``local`` and
    ``dask-local``); raises ExecutorError for a value that cannot name an executor.

    Only the spelling and the optional dependency are checked, nothing is contacted: the command
    line calls this before any work, so a bad value is a usage error even when a cached report
    would be written again without running the map (an unreachable scheduler is found when the
    map first needs it)."""
    if spec in (None, "", "local"):
        return None
    address = None
    for prefix, scheme in (("dask://", "tcp://"), ("tcp://", "tcp://"), ("tls://", "tls://")):
        if spec.startswith(prefix):
            host, _, port = spec[len(prefix):].rpartition(":")
            if not host or not port.isdigit() or not 0 < int(port) < 65536:
                raise ExecutorError(f"bad executor {spec!r}: a Dask scheduler is written {prefix}HOST:PORT")
            address = scheme + spec[len(prefix):]
            break
    else:
        if spec != "dask-local":
            raise ExecutorError(f"unknown executor {spec!r}; use local, dask-local or dask://HOST:PORT")
    if not _dask_installed():
        raise ExecutorError(DASK_MISSING)
    return address


def _dask_installed() -> bool:
    try:
        return importlib.util.find_spec("distributed") is not None
    except (ImportError, ValueError):  # ValueError: a module set to None in sys.modules (import blocked)
        return False


def make_executor(spec: str | None, pack: RulePack, fingerprint: str, jobs: int | None = None) -> Executor:
    """The executor a ``--executor`` value names (None or ``local`` for the process pool)."""
    jobs = default_jobs() if jobs is None else jobs
    if spec in (None, "", "local"):
        return LocalExecutor(pack, fingerprint, jobs)
    return DaskExecutor(pack, fingerprint, scheduler_address(spec), jobs)
