"""Where the per-article map (ingest, clean, extract, compaction) spends its CPU, on realistic articles.

``--size`` articles of ``bench/corpus.py`` (about 5 KB each, seeded) are written to a temporary
folder and mapped in this process as a run maps them (:func:`crosscheck.scale.mapping.extract_file`,
the run's raised collector threshold), ``--rounds`` times; the best round gives articles per
CPU-second. Then one more round runs with the functions of :data:`PARTS` timed: each line gives
a function's inclusive CPU share of that round (a function called inside another counts in
both), its calls and its microseconds a call.

Timing by wrapping was chosen over sampling and cProfile: a sampling thread only sees the
interpreter between bytecodes (a regular expression's time lands on the line after it), and
cProfile's cost per Python call inflates small functions several times over.

    .venv/bin/python bench/bench_map.py [--size 300] [--rounds 3] [--seed 17]
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402

from crosscheck.ingest import collect_inputs, file_bytes  # noqa: E402
from crosscheck.rules import load_rules  # noqa: E402
from crosscheck.scale.cache import run_fingerprint  # noqa: E402
from crosscheck.scale.mapping import FileTask, extract_file, stages  # noqa: E402

# (module, qualified name) of the functions timed: the stages, then the costly parts of each.
PARTS = [
    ("crosscheck.clean", "Cleaner.clean"),
    ("crosscheck.extract.times", "TimeExtractor.extract"),
    ("crosscheck.extract.quantities", "QuantityExtractor.extract"),
    ("crosscheck.extract.names", "NameExtractor.extract"),
    ("crosscheck.extract.names", "NameExtractor._sentence_names"),
    ("crosscheck.extract.names", "NameExtractor._discovered_hits"),
    ("crosscheck.extract.claims", "ClaimExtractor.extract"),
    ("crosscheck.extract.claims", "ClaimExtractor._document_triggers"),
    ("crosscheck.extract.claims", "ClaimExtractor._claim"),
    ("crosscheck.extract.claims", "ClaimExtractor._scopes"),
    ("crosscheck.extract.claims", "ClaimExtractor._with_open_claims"),
    ("crosscheck.extract.open_claims", "OpenClaimReader.claims"),
    ("crosscheck.extract.open_claims", "OpenClaimReader.event_words"),
    ("crosscheck.extract.open_claims", "OpenClaimReader._claim"),
    ("crosscheck.extract.lexicon", "Lexicon.event_words"),
    ("crosscheck.extract.cue_scan", "_CueScanner.finditer"),
    ("crosscheck.extract.cue_scan", "_CueScanner.search"),
    ("crosscheck.extract.claim_rules", "CueGroup.search"),
    ("crosscheck.extract.event_places", "DescriptivePlaces.only_describes"),
    ("crosscheck.extract.time_scan", "_scan"),
    ("crosscheck.models", "share_fields_sets"),
    ("crosscheck.records", "compact_document"),
]


def _timed(seconds: Counter, calls: Counter) -> list:
    """Wrap every function of PARTS where it is defined and where a module imported it by name;
    returns what to put back."""
    undo = []
    for module_name, qualified in PARTS:
        owner = importlib.import_module(module_name)
        *path, name = qualified.split(".")
        for part in path:
            owner = getattr(owner, part)
        original = owner.__dict__[name]
        function = original.__func__ if isinstance(original, staticmethod) else original

        def wrapper(*args, _function=function, _key=qualified, **kwargs):
            started = time.process_time()
            try:
                return _function(*args, **kwargs)
            finally:
                seconds[_key] += time.process_time() - started
                calls[_key] += 1

        replacement = staticmethod(wrapper) if isinstance(original, staticmethod) else wrapper
        holders = [owner] if path else [m for m in list(sys.modules.values())
                                         if m is not None and getattr(m, "__name__", "").startswith("crosscheck")
                                         and m.__dict__.get(name) is original]
        for holder in holders:
            undo.append((holder, name, holder.__dict__[name]))
            setattr(holder, name, replacement)
    return undo


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=300, help="corpus articles (default 300)")
    parser.add_argument("--rounds", type=int, default=3, help="untimed rounds, the best one reported (default 3)")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    pack = load_rules()
    fingerprint = run_fingerprint(pack)
    stages(pack, fingerprint)
    with tempfile.TemporaryDirectory() as folder:
        write_corpus(Path(folder), args.size, args.seed)
        files, _ = collect_inputs([folder])
        tasks = [FileTask(path=str(path), stem=stem, data=file_bytes(path)[0]) for path, stem in files]
    previous = gc.get_threshold()
    gc.set_threshold(50_000, *previous[1:])  # as pipeline.check runs the map

    def round_seconds() -> float:
        started = time.process_time()
        for task in tasks:
            extract_file(task, pack, fingerprint)
        return time.process_time() - started

    best = min(round_seconds() for _ in range(args.rounds))
    print(f"map: {len(tasks)} articles, best of {args.rounds}: {best:.2f} CPU s, {len(tasks) / best:.1f} articles per CPU-second")
    seconds: Counter = Counter()
    calls: Counter = Counter()
    undo = _timed(seconds, calls)
    try:
        total = round_seconds()
    finally:
        for holder, name, original in reversed(undo):
            setattr(holder, name, original)
        gc.set_threshold(*previous)
    print(f"timed round: {total:.2f} CPU s (the wrappers' own cost included)")
    print(f"{'share':>6} {'calls':>8} {'us/call':>8}  function")
    for key, spent in sorted(seconds.items(), key=lambda item: -item[1]):
        print(f"{100 * spent / total:5.1f}% {calls[key]:8d} {1e6 * spent / calls[key]:8.1f}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
