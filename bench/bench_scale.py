"""Speed, memory and growth of crosscheck on realistic articles (issue 17's figures).

For each size of ``--sizes`` a seeded corpus of about 5 KB articles (``bench/corpus.py``) is
written once under ``--work`` and then:

1. the whole CLI runs on it as users run it, ``crosscheck check DIR -f json -o FILE -q`` plus
   ``--cli-args``, in a child process; the bench prints wall seconds, CPU seconds, articles/s,
   articles/s per core used, input MB/s and the peak resident memory of the process tree (the
   sum over the CLI and its workers, sampled every 50 ms) and of the CLI's own process (the
   parent, which holds every extracted document for compare: per article too); with
   ``--second-run`` the same command runs again (a warm cache, when the CLI uses one);
2. at ``--stage-sizes`` the stages run in this process one after the other (ingest, clean,
   extract, link, compare, report, write json), each given its CPU seconds and the memory the
   process holds after it, per article (what the stage keeps for the next ones);
3. at ``--compare-sizes`` compare runs traced (tracemalloc), each of its steps given its CPU
   seconds, the memory it leaves held and its transient peak, per article (a step called once per
   event or twice: held summed over its calls, peak the largest call; the open grouping's steps
   are inside ``open_event_findings``'s figures too): what bounds the parent's memory until
   compare reads its claims a group at a time. The documents come through the CLI's cache (read
   back after the CLI's run of that size), and each step's CPU per article is compared between
   sizes: a step whose ratio grows much faster than log(n) compares every claim with every other;
4. at ``--profile-sizes`` the parent's held memory is profiled in a fresh process, step by step
   as a run takes them (map with two workers, compare, report build, JSON written): the resident
   memory after each step, the objects reachable from the documents and from the compare result
   counted by type (bytes per article), and compare's own allocations traced (tracemalloc) by
   file:line, held after it and its transient peak: what holds the memory per article.

Growth ratios compare each size with the previous one: time ratio and CPU per article ratio
(1.00 = linear), for the CLI and for each stage; a stage whose CPU per article grows by much
more than log(n) does grows faster than n log n.

    .venv/bin/python bench/bench_scale.py [--sizes 1000,10000] [--stage-sizes 1000]
        [--cli-args "--jobs 2"] [--second-run] [--work /tmp/crosscheck-bench] [--compare-sizes 1000]
        [--profile-sizes 1000]
"""

from __future__ import annotations

import argparse
import gc
import math
import multiprocessing
import os
import resource
import shlex
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402


def _tree_rss_mb(root: int) -> tuple[float, float]:
    """Resident memory of ``root`` and all its descendants, and of ``root`` alone, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total / 2**20, rss.get(root, 0) / 2**20


def _own_rss_mb() -> float:
    """Resident memory of this process now (not its peak), from /proc (Linux)."""
    with open("/proc/self/statm", "rb") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_cli(folder: Path, output: Path, extra: list[str]) -> dict:
    """Run the CLI once on ``folder``; wall, CPU (user+sys of the tree), peak tree RSS and peak parent RSS."""
    command = [sys.executable, "-m", "crosscheck", "check", str(folder), "-f", "json", "-o", str(output), "-q", *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0.0, 0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            tree, parent = _tree_rss_mb(process.pid)
            peak[0], peak[1] = max(peak[0], tree), max(peak[1], parent)
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode not in (0, 1):
        raise SystemExit(f"crosscheck failed (exit {process.returncode}): {stderr.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "peak_mb": peak[0], "parent_mb": peak[1], "report_mb": output.stat().st_size / 1e6}


def stage_times(folder: Path, output: Path) -> tuple[int, dict[str, float], dict[str, float]]:
    """CPU seconds per stage, in this process, the way ``crosscheck.pipeline`` chains them, and
    the resident memory after each stage (MB); the JSON report is written to ``output`` as the
    CLI writes it (a chunk of records at a time). Memory figures are only meaningful on the
    first call in a process (freed memory stays resident)."""
    from crosscheck.clean import Cleaner
    from crosscheck.compare import compare
    from crosscheck.extract import Extractors
    from crosscheck.ingest import read_paths
    from crosscheck.normalise.entities import link_entities
    from crosscheck.normalise.surnames import add_lone_surnames
    from crosscheck.pipeline import build_report, complete_publication_dates
    from crosscheck.report import write
    from crosscheck.rules import load_rules
    from crosscheck.scale.sharing import share_equal_values

    rules = load_rules([])
    cleaner, extractors = Cleaner(rules), Extractors(rules)
    seconds: dict[str, float] = {}
    memory: dict[str, float] = {}

    def timed(stage, function, *args):
        started = time.process_time()
        result = function(*args)
        seconds[stage] = seconds.get(stage, 0.0) + time.process_time() - started
        memory[stage] = _own_rss_mb()
        return result

    gc.collect()
    memory["start"] = _own_rss_mb()
    raws, problems = timed("ingest", read_paths, [folder])
    cleaned = timed("clean", lambda: [cleaner.clean(raw) for raw in raws])
    cleaned, _ = timed("dates", complete_publication_dates, cleaned)
    docs = timed("extract", lambda: [_shared(extractors.extract(document)) for document in cleaned])
    timed("link entities", lambda: (link_entities(docs, rules), add_lone_surnames(docs), share_equal_values(docs)))
    result = timed("compare", compare, docs, rules)
    report = timed("report build", build_report, docs, result, problems, True)  # compact, as the CLI builds it
    with open(output, "wb") as stream:
        timed("write json", write, report, "json", stream)
    memory["peak"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return len(raws), seconds, memory


def _shared(extracted):
    """``extracted`` with its models' field sets shared, as the pipeline's map leaves them."""
    from crosscheck.models import share_fields_sets

    share_fields_sets(extracted)
    return extracted


# The compare package's steps, as compare() calls them (names in its namespace or module), and
# whether a step returns a generator to drain inside the measurement.
_COMPARE_STEPS = [("crosscheck.compare", "source_groups", False), ("crosscheck.compare", "build_views", False),
                  ("crosscheck.compare", "mark_background", False), ("crosscheck.compare", "UndatedAccounts", False),
                  ("crosscheck.compare", "Resemblance", False), ("crosscheck.compare", "group_events", True),
                  ("crosscheck.compare", "join_unplaced", False), ("crosscheck.compare.findings", "EventJudge.findings", False),
                  ("crosscheck.compare", "one_off_conflicts", False), ("crosscheck.compare", "rank_changes", False),
                  ("crosscheck.compare", "office_contradictions", False), ("crosscheck.compare", "weekday_mismatches", False),
                  ("crosscheck.compare.variants", "find_variants", False), ("crosscheck.compare", "statistic_findings", False),
                  ("crosscheck.compare.open_events", "_views", False), ("crosscheck.compare.open_events", "open_event_groups", False),
                  ("crosscheck.compare.open_events", "fold_details", False), ("crosscheck.compare.open_events", "denial_findings", False),
                  ("crosscheck.compare.open_events", "single_source_findings", False),
                  ("crosscheck.compare", "open_event_findings", False), ("crosscheck.compare", "statement_findings", False),
                  ("crosscheck.compare", "unify", False)]


def compare_steps(folder: Path, jobs: int, cache_dir: Path | None = None) -> tuple[int, dict[str, list[float]], float]:
    """CPU seconds, memory held after and transient peak over the start (bytes) of each step of
    compare, over the documents of ``folder`` extracted as a run extracts them (``jobs``
    processes, through ``cache_dir``: the CLI's cache gives them back after the CLI's run):
    which steps hold or build something per article, the bound a keyed reduce must respect
    (issue 17, item 4). Memory is traced (tracemalloc), so CPU runs about twice as slow.
    Returns the document count, {step: [cpu, held, peak]} and compare's whole CPU seconds."""
    import importlib

    from crosscheck.compare import compare
    from crosscheck.pipeline import RunOptions, extract_documents
    from crosscheck.rules import load_rules

    rules = load_rules([])
    docs, _ = extract_documents([folder], rules, options=RunOptions(jobs=jobs, cache_dir=cache_dir))
    steps: dict[str, list[float]] = {}
    restore = []
    open_peaks: list[int] = []  # the traced peak seen so far by each step under way, outermost first

    def measured(name, function, drain):
        def step(*args, **kwargs):
            # Steps nest (the open grouping's inside open_event_findings): a step's reset of the
            # traced peak would hide the peak its caller reached before, so each step under way
            # keeps the peak seen so far.
            before, peak = tracemalloc.get_traced_memory()
            open_peaks[:] = [max(p, peak) for p in open_peaks]
            open_peaks.append(before)
            tracemalloc.reset_peak()
            started = time.process_time()
            try:
                result = function(*args, **kwargs)
                if drain:
                    result = list(result)
            finally:
                current, peak = tracemalloc.get_traced_memory()
                own_peak = max(open_peaks.pop(), peak)
                open_peaks[:] = [max(p, peak) for p in open_peaks]
            row = steps.setdefault(name, [0.0, 0.0, 0.0])
            row[0] += time.process_time() - started
            row[1] += current - before
            row[2] = max(row[2], own_peak - before)
            return result
        return step

    for module_name, name, drain in _COMPARE_STEPS:
        owner = importlib.import_module(module_name)
        for part in name.split(".")[:-1]:
            owner = getattr(owner, part)
        attribute = name.split(".")[-1]
        original = getattr(owner, attribute)
        restore.append((owner, attribute, original))
        setattr(owner, attribute, measured(name, original, drain))
    gc.collect()
    tracemalloc.start()
    started = time.process_time()
    try:
        compare(docs, rules)
    finally:
        total = time.process_time() - started
        tracemalloc.stop()
        for owner, attribute, original in restore:
            setattr(owner, attribute, original)
    return len(docs), steps, total


def _print_compare_steps(folder: Path, jobs: int) -> tuple[int, dict[str, list[float]]]:
    """Print each compare step's figures (the open grouping's steps are also inside
    ``open_event_findings``'s); return the document count and the steps, for growth ratios."""
    from crosscheck.scale.cache import default_cache_dir

    # In this process (the map's pool needs a parent that may fork), through the CLI's cache.
    n, steps, total = compare_steps(folder, jobs, default_cache_dir())
    print(f"compare steps N={n} (traced: CPU s, then KB per article held after the step / transient peak over its start); "
          f"compare {total:.1f} s:", flush=True)
    for name, (cpu, held, peak) in steps.items():
        print(f"  {name:22s} {cpu:7.1f} s  held {held / n / 1024:7.1f} KB/article  peak {peak / n / 1024:7.1f} KB/article")
    return n, steps


def heap_by_type(roots: list) -> dict[str, list[int]]:
    """{type name: [bytes, objects]} of every object reachable from ``roots`` (each counted once,
    ``sys.getsizeof``; classes, modules and functions left out): what a structure holds, shared
    values included once."""
    seen: set[int] = set()
    counts: dict[str, list[int]] = {}
    stack = list(roots)
    skipped = (type, type(sys), type(heap_by_type), type(len))
    while stack:
        item = stack.pop()
        if id(item) in seen or isinstance(item, skipped):
            continue
        seen.add(id(item))
        row = counts.setdefault(type(item).__name__, [0, 0])
        row[0] += sys.getsizeof(item)
        row[1] += 1
        stack.extend(gc.get_referents(item))
    return counts


def profile_parent(folder: Path, output: Path) -> list[str]:
    """The parent's memory step by step as a run takes them (see the module docstring, 4.);
    the lines to print. Run in a fresh process (memory figures start from nothing)."""
    from crosscheck.compare import compare
    from crosscheck.pipeline import RunOptions, extract_documents, build_report
    from crosscheck.report import write
    from crosscheck.rules import load_rules

    rules = load_rules([])
    lines, start = [], _own_rss_mb()
    docs, problems = extract_documents([folder], rules, options=RunOptions(jobs=2))
    n = len(docs)
    gc.collect()

    def step(name: str) -> None:
        rss = _own_rss_mb()
        lines.append(f"  after {name:8s} RSS {rss:6.0f} MB = {(rss - start) * 1024 / n:5.0f} KB/article over the {start:.0f} MB start")

    def by_type(name: str, roots: list) -> None:
        counts = heap_by_type(roots)
        total = sum(size for size, _ in counts.values())
        top = sorted(counts.items(), key=lambda item: -item[1][0])[:10]
        lines.append(f"  reachable from {name}: {total / n / 1024:.1f} KB/article: " + ", ".join(
            f"{kind} {size / n / 1024:.1f} KB ({number / n:.0f})" for kind, (size, number) in top))

    step("map")
    by_type("the documents", [docs])
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    result = compare(docs, rules)
    held, peak = tracemalloc.get_traced_memory()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    step("compare")
    lines.append(f"  compare traced: held {held / n / 1024:.1f} KB/article, transient peak {peak / n / 1024:.1f} KB/article; held by line:")
    lines += [f"    {stat.size_diff / n / 1024:6.1f} KB/article {stat.count_diff / n:6.1f} objects  {stat.traceback}"
              for stat in after.compare_to(before, "lineno")[:8]]
    del before, after
    by_type("the compare result", [result])
    report = build_report(docs, result, problems, compact=True)  # as the CLI builds it
    step("report")
    with open(output, "wb") as stream:
        write(report, "json", stream)
    step("json")
    lines.append(f"  peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return [f"profile N={n} (the parent, held memory):", *lines]


def _profile_in_child(folder: Path, output: Path) -> list[str]:
    """``profile_parent`` in a fresh process that is no pool's (daemonic) worker: its run forks a pool of its own."""
    context = multiprocessing.get_context("spawn")
    lines = context.SimpleQueue()
    child = context.Process(target=_profiled, args=(folder, output, lines))
    child.start()
    result = lines.get()
    child.join()
    return result


def _profiled(folder: Path, output: Path, lines) -> None:
    lines.put(profile_parent(folder, output))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--stage-sizes", default="1000")
    parser.add_argument("--cli-args", default="", help="extra CLI arguments, e.g. '--jobs 2'")
    parser.add_argument("--second-run", action="store_true", help="run the CLI twice per size (warm cache)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/crosscheck-bench"))
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--compare-sizes", default="", help="sizes at which to trace each compare step's CPU and memory")
    parser.add_argument("--profile-sizes", default="", help="sizes at which to profile the parent's held memory")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    stage_sizes = [int(s) for s in args.stage_sizes.split(",") if s]
    compare_sizes = [int(s) for s in args.compare_sizes.split(",") if s]
    profile_sizes = [int(s) for s in args.profile_sizes.split(",") if s]
    extra = shlex.split(args.cli_args)
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; CLI args: {' '.join(extra) or '(none)'}")

    rows, stage_rows, compare_rows = [], [], []
    for size in sorted(set(sizes) | set(stage_sizes) | set(compare_sizes) | set(profile_sizes)):
        folder = args.work / f"corpus-{size}-seed{args.seed}"
        marker = folder / ".complete"
        if not marker.exists():
            write_corpus(folder, size, args.seed)
            marker.write_text("ok\n")
        mb = sum(p.stat().st_size for p in folder.rglob("*.*") if p.name != ".complete") / 1e6
        if size in sizes:
            runs = [run_cli(folder, args.work / f"report-{size}.json", extra)]
            if args.second_run:
                runs.append(run_cli(folder, args.work / f"report-{size}.json", extra))
            for number, run in enumerate(runs, 1):
                cores = run["cpu"] / run["wall"] if run["wall"] else 1.0
                print(f"CLI N={size:>7} run {number}: {run['wall']:8.1f} s wall {run['cpu']:8.1f} s CPU  "
                      f"{size / run['wall']:7.1f} articles/s  {size / run['cpu']:7.1f} articles/CPU-s  "
                      f"{mb / run['wall']:6.2f} MB/s  cores used {cores:4.2f}  peak {run['peak_mb']:7.0f} MB  "
                      f"parent peak {run['parent_mb']:7.0f} MB ({run['parent_mb'] * 1024 / size:.0f} KB/article)  "
                      f"report {run['report_mb']:.0f} MB", flush=True)
            if args.second_run and runs[0]["wall"]:
                print(f"           second run / first run: {runs[1]['wall'] / runs[0]['wall'] * 100:.1f}% of the wall time, "
                      f"{runs[1]['cpu'] / runs[0]['cpu'] * 100:.1f}% of the CPU time")
            rows.append((size, runs[0]))
        if size in stage_sizes:
            n, seconds, memory = _stages_in_child(folder, args.work / f"report-{size}-stages.json")
            total = sum(seconds.values())
            print(f"stages N={n} (one process, CPU s): " + ", ".join(
                f"{stage} {s:.1f} s ({s / total * 100:.0f}%)" for stage, s in seconds.items()) +
                f"; all {total:.1f} s = {n / total:.1f} articles/CPU-s", flush=True)
            held, previous = [], memory["start"]
            for stage in seconds:
                held.append(f"{stage} {(memory[stage] - previous) * 1024 / n:+.0f}")
                previous = memory[stage]
            print(f"memory N={n} (KB per article held after each stage): {', '.join(held)}; "
                  f"peak {memory['peak']:.0f} MB = {(memory['peak'] - memory['start']) * 1024 / n:.0f} KB/article "
                  f"over the {memory['start']:.0f} MB start", flush=True)
            stage_rows.append((n, seconds))
        if size in compare_sizes:
            compare_rows.append(_print_compare_steps(folder, 2))
        if size in profile_sizes:
            print("\n".join(_profile_in_child(folder, args.work / f"report-{size}-profile.json")), flush=True)
    for (n0, r0), (n1, r1) in zip(rows, rows[1:]):
        print(f"growth {n0} -> {n1}: time x{r1['wall'] / r0['wall']:.2f} for x{n1 / n0:.0f} articles; "
              f"CPU per article x{(r1['cpu'] / n1) / (r0['cpu'] / n0):.2f}; peak memory x{r1['peak_mb'] / r0['peak_mb']:.2f}; "
              f"parent peak x{r1['parent_mb'] / r0['parent_mb']:.2f}")
    for (n0, s0), (n1, s1) in zip(compare_rows, compare_rows[1:]):
        print(f"compare step growth {n0} -> {n1}, CPU per article (log n grows x{math.log(n1) / math.log(n0):.2f}): " + ", ".join(
            f"{step} x{(s1[step][0] / n1) / (s0[step][0] / n0):.2f}" for step in s1 if s0.get(step) and s0[step][0]))
    for (n0, s0), (n1, s1) in zip(stage_rows, stage_rows[1:]):
        print(f"stage growth {n0} -> {n1}, CPU per article (log n grows x{math.log(n1) / math.log(n0):.2f}): " + ", ".join(
            f"{stage} x{(s1[stage] / n1) / (s0[stage] / n0):.2f}" for stage in s1 if s0.get(stage)))


def _stages_in_child(folder: Path, output: Path) -> tuple[int, dict[str, float], dict[str, float]]:
    """``stage_times`` in a fresh process, so that each size's memory figures start from nothing."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        return pool.apply(stage_times, (folder, output))


if __name__ == "__main__":
    main()
