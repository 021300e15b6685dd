"""Speed, memory and growth of crosscheck on realistic articles (issue 17's figures).

For each size of ``--sizes`` a seeded corpus of about 5 KB articles (``bench/corpus.py``) is
written once under ``--work`` and then:

1. the whole CLI runs on it as users run it, ``crosscheck check DIR -f json -o FILE -q`` plus
   ``--cli-args``, in a child process; the bench prints wall seconds, CPU seconds, articles/s,
   articles/s per core used, input MB/s and the peak resident memory of the process tree (the
   sum over the CLI and its workers, sampled every 50 ms); with ``--second-run`` the same command
   runs again (a warm cache, when the CLI uses one);
2. at ``--stage-sizes`` the stages run in this process one after the other (ingest, clean,
   extract, link, compare, report, write json), each timed on its own.

Growth ratios compare each size with the previous one: time ratio and CPU per article ratio
(1.00 = linear).

    .venv/bin/python bench/bench_scale.py [--sizes 1000,10000] [--stage-sizes 1000]
        [--cli-args "--jobs 2"] [--second-run] [--work /tmp/crosscheck-bench]
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shlex
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402


def _tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and all its descendants, from /proc (Linux)."""
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
    return total / 2**20


def run_cli(folder: Path, output: Path, extra: list[str]) -> dict:
    """Run the CLI once on ``folder``; wall, CPU (user+sys of the tree) and peak tree RSS."""
    command = [sys.executable, "-m", "crosscheck", "check", str(folder), "-f", "json", "-o", str(output), "-q", *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_mb(process.pid))
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
    return {"wall": wall, "cpu": cpu, "peak_mb": peak[0], "report_mb": output.stat().st_size / 1e6}


def stage_times(folder: Path, output: Path) -> tuple[int, dict[str, float]]:
    """Seconds per stage, in this process, the way ``crosscheck.pipeline`` chains them; the JSON
    report is written to ``output`` as the CLI writes it (a chunk of records at a time)."""
    from crosscheck.clean import Cleaner
    from crosscheck.compare import compare
    from crosscheck.extract import Extractors
    from crosscheck.ingest import read_paths
    from crosscheck.normalise.entities import link_entities
    from crosscheck.normalise.surnames import add_lone_surnames
    from crosscheck.pipeline import build_report, complete_publication_dates
    from crosscheck.report import write
    from crosscheck.rules import load_rules

    rules = load_rules([])
    cleaner, extractors = Cleaner(rules), Extractors(rules)
    seconds: dict[str, float] = {}

    def timed(stage, function, *args):
        started = time.perf_counter()
        result = function(*args)
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - started
        return result

    gc.collect()
    raws, problems = timed("ingest", read_paths, [folder])
    cleaned = timed("clean", lambda: [cleaner.clean(raw) for raw in raws])
    cleaned, _ = timed("dates", complete_publication_dates, cleaned)
    docs = timed("extract", lambda: [extractors.extract(document) for document in cleaned])
    timed("link entities", lambda: (link_entities(docs, rules), add_lone_surnames(docs)))
    result = timed("compare", compare, docs, rules)
    report = timed("report build", build_report, docs, result, problems)
    with open(output, "wb") as stream:
        timed("write json", write, report, "json", stream)
    return len(raws), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--stage-sizes", default="1000")
    parser.add_argument("--cli-args", default="", help="extra CLI arguments, e.g. '--jobs 2'")
    parser.add_argument("--second-run", action="store_true", help="run the CLI twice per size (warm cache)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/crosscheck-bench"))
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    stage_sizes = [int(s) for s in args.stage_sizes.split(",") if s]
    extra = shlex.split(args.cli_args)
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; CLI args: {' '.join(extra) or '(none)'}")

    rows = []
    for size in sorted(set(sizes) | set(stage_sizes)):
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
                      f"report {run['report_mb']:.0f} MB", flush=True)
            if args.second_run and runs[0]["wall"]:
                print(f"           second run / first run: {runs[1]['wall'] / runs[0]['wall'] * 100:.1f}% of the wall time, "
                      f"{runs[1]['cpu'] / runs[0]['cpu'] * 100:.1f}% of the CPU time")
            rows.append((size, runs[0]))
        if size in stage_sizes:
            n, seconds = stage_times(folder, args.work / f"report-{size}-stages.json")
            total = sum(seconds.values())
            print(f"stages N={n} (one process): " + ", ".join(
                f"{stage} {s:.1f} s ({s / total * 100:.0f}%)" for stage, s in seconds.items()) +
                f"; all {total:.1f} s = {n / total:.1f} articles/s", flush=True)
    for (n0, r0), (n1, r1) in zip(rows, rows[1:]):
        print(f"growth {n0} -> {n1}: time x{r1['wall'] / r0['wall']:.2f} for x{n1 / n0:.0f} articles; "
              f"CPU per article x{(r1['cpu'] / n1) / (r0['cpu'] / n0):.2f}; peak memory x{r1['peak_mb'] / r0['peak_mb']:.2f}")


if __name__ == "__main__":
    main()
