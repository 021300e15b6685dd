"""Precision and recall of each finding kind over the claim fixture sets, one set at a time.

Sets: ``tuned`` (tests/fixtures/articles/, the rules were tuned on it), ``held-out``
(articles_heldout/ and articles_fresh/, written before the code they measure was changed),
``unseen`` (articles_unseen/, written by the lead), ``french`` (articles_fr/), ``mixed``
(articles_mixed/, French and English sources on the same events) and ``blind`` (articles_blind9/:
a takeover, a court verdict and a flood in English and French, expectations written before the
set was ever run; its first run scored 0.50/0.15) and ``blind10`` (articles_blind10/: a by-election,
a chemical-plant blast, a football transfer and an air traffic strike in English and French, HTML
and JSON Lines, written the same way in wave 10; its first run scored 0.62/0.14) and ``blind11``
(articles_blind11/: a wildfire over four days, a central bank's rate decision, a hostage release and
a ransomware attack on a hospital trust, in English and French, text, HTML, Markdown and JSON Lines,
written the same way in wave 11; its first run scored 0.73/0.39, 24/25 near misses) and ``blind12``
(articles_blind12/: a train derailment over four days, a listeria recall, a migrant-boat sinking and a
company's quarterly results with job cuts, in English and French, text, HTML, Markdown and JSON Lines,
written the same way in wave 12; its first run scored 0.72/0.41, one-to-one 0.40, 20/23 near misses) and
``blind13`` (articles_blind13/: a cholera outbreak with counts rising over a week, a government falling
in a no-confidence vote after a minister's resignation, an athlete's doping ban and appeal and a plane's
emergency landing, in English and French, text, HTML, a live blog, Markdown and JSON Lines, written the
same way in wave 13; its first run scored 0.73/0.50, one-to-one 0.39, 22/22 near misses, the same on
the landed main 33ad70d) and ``blind14`` (articles_blind14/: a gold-pit collapse with trapped miners
and a rescue over five days, an oil spill from a tanker aground off Brittany over four days, a mobile
operator's data breach and the regulator's fine, and a prison escape with recaptures over three days, in
English and French, text, HTML, a live blog, Markdown and JSON Lines, written the same way in wave 14;
its first run scored 0.89/0.40, one-to-one 0.43, 19/19 near misses) and ``blind15``
(articles_blind15/: a cyclone making landfall with deaths and displaced rising over five days, a
dockers' strike at French ports over a week, a stock-market listing postponed and repriced, and a
kidnapping of tourists and their release, in English and French, text, HTML, a live blog, Markdown and
JSON Lines, written the same way in wave 15 with the evidence of every expectation; its first run
scored 0.48/0.26, one-to-one 0.21, recall by content 0.14 (7/50; 5/50 counting quoted passages
alone, before a variant's spellings counted), 19/19 near misses) and ``blind16`` (articles_blind16/: a
volcanic eruption and the evacuation of an island in Vanuatu over five days, a police shooting at a
traffic stop in Rennes and the nights of unrest after it, an Irish minister's resignation over a
contract given to his brother-in-law's firm, and a recall of batches of a blood-pressure drug in France
and Belgium, in English and French, text, HTML, a live blog, Markdown and JSON Lines, written the same
way in wave 16 with the evidence of every expectation; its first run scored 0.71/0.38, one-to-one 0.43,
recall by content 0.11 (5/47), no contradiction, variant or change found, 18/18 near misses) and
``blind17`` (articles_blind17/: a road bridge collapse in southern France with the dead rising over
four days, a Geneva bank's collapse and its weekend rescue by a Zurich bank, a measles outbreak and a
primary-school closure in Wales with cases rising over a week, and the theft of medieval goldwork from a
museum in Namur with two arrests, in English and French, text, HTML, a live blog, Markdown and JSON
Lines, written the same way in wave 17 with the evidence of every expectation; its first run scored
0.70/0.47, one-to-one 0.52, recall by content 0.16 (8/49: agreements 2/18, contradictions 1/13,
variants 3/4, changes 0/2, single sources 2/12), 19/19 near misses) and ``blind18``
(articles_blind18/: a fire aboard a Marseille-Bastia ferry with the injured rising over four days, a
record heatwave and a blackout in Lyon, a Valais cantonal vote won by 161 votes, its recount and the
appeal, and the auction of a rediscovered 17th-century painting in Paris and the state's export refusal,
in English and French, text, HTML, a live blog, Markdown and JSON Lines, written the same way in wave 18
with the evidence of every expectation, 59 expectations of all seven kinds and 23 near misses; its first
run scored 0.88/0.37, one-to-one 0.52, recall by content 0.19 (11/59: agreements 3/22, consistent 0/2,
contradictions 0/13, variants 2/4, changes 1/3, single sources 5/14, internal 0/1), 22/23 near misses) and ``blind19`` (articles_blind19/: an
avalanche that swept away a group of off-piste skiers above Tignes with the dead rising over three
days, a mass food poisoning of Charleroi schoolchildren by a central kitchen's meals with the sick
rising over five days, the failure of a Norwegian start-up's first rocket launched from Andøya, and a
Quebec party's leadership election and the runner-up's complaint, in English and French, text, HTML, a
live blog, Markdown and JSON Lines, written the same way in wave 19 with the evidence of every
expectation, 58 expectations of all seven kinds and 21 near misses; its first run (main 1f76051) scored
0.93/0.41, one-to-one 0.59, recall by content 0.22 (13/58: agreements 3/17, consistent 0/2,
contradictions 1/15, variants 2/4, changes 0/3, single sources 7/15, internal 0/2; one-to-one precision
by content 0.32), 21/21 near misses, yet one false variant joins two people, Denis and Denise Gagnon).
Each set has an expectations file
where a finding is identified by its kind, the exact set of documents it names and,
optionally, an ``aspect``: a word its subject must contain (date, place, figures, ...), for
documents that share several findings of one kind; a ``one-to-one`` row also gives the stricter
precision where each expectation is met by one finding at most. An expectation may also give its
``evidence``: for each of its documents a short verbatim piece of the sentence that carries the fact
there. It is met "by content" when a finding matches it as above AND quotes, from each of those
documents, a passage containing that piece, or gives it as that document's value (a variant lists
each document's spelling; case, runs of white space and typographic quotes and apostrophes aside): a finding of the right kind on the right documents that says something else
does not count. A set whose expectations give evidence prints a ``by content`` row (the findings
that meet an expectation by content, the recall by content and the one-to-one precision by content)
and lists under MISSED BY CONTENT the expectations met only by kind. Findings are scored as the report lists them
(duplicates folded as in ``report.assembly.merge_duplicates``), so a set measures what a user reads. Prints one row per kind, the misses, the
false alarms, the near misses that were wrongly flagged, and the time taken.

    .venv/bin/python bench/bench_findings.py [ARTICLES_DIR EXPECTED_YAML]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from crosscheck.compare import compare
from crosscheck.pipeline import extract_documents
from crosscheck.report.assembly import merge_duplicates
from crosscheck.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests/fixtures"
KINDS = ["agreement", "consistent", "contradiction", "variant", "change", "single_source", "internal"]
SETS = [
    ("tuned", "articles", "articles_expected.yaml"),
    ("held-out", "articles_heldout", "articles_heldout_expected.yaml"),
    ("held-out", "articles_fresh", "articles_fresh_expected.yaml"),
    ("unseen", "articles_unseen", "articles_unseen_expected.yaml"),
    ("eval", "articles_eval", "articles_eval_expected.yaml"),
    ("french", "articles_fr", "articles_fr_expected.yaml"),
    ("mixed", "articles_mixed", "articles_mixed_expected.yaml"),
    ("blind", "articles_blind9", "articles_blind9_expected.yaml"),
    ("blind10", "articles_blind10", "articles_blind10_expected.yaml"),
    ("blind11", "articles_blind11", "articles_blind11_expected.yaml"),
    ("blind12", "articles_blind12", "articles_blind12_expected.yaml"),
    ("blind13", "articles_blind13", "articles_blind13_expected.yaml"),
    ("blind14", "articles_blind14", "articles_blind14_expected.yaml"),
    ("blind15", "articles_blind15", "articles_blind15_expected.yaml"),
    ("blind16", "articles_blind16", "articles_blind16_expected.yaml"),
    ("blind17", "articles_blind17", "articles_blind17_expected.yaml"),
    ("blind18", "articles_blind18", "articles_blind18_expected.yaml"),
    ("blind19", "articles_blind19", "articles_blind19_expected.yaml"),
]


# Typographic quotes and apostrophes read as their plain forms: a source's "l’alerte" is "l'alerte".
_PLAIN_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'",
                               "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'})


def normalised(text: str) -> str:
    """``text`` as evidence is compared: lower case, plain quotes, one space for any run of white
    space (a non-breaking space in "41\u00a0200" included)."""
    return re.sub(r"\s+", " ", text.translate(_PLAIN_QUOTES)).strip().casefold()


@dataclass(frozen=True)
class Expectation:
    kind: str
    documents: frozenset[str]
    aspect: str = ""
    note: str = ""
    # (document, a verbatim piece of the sentence that carries the fact there), normalised.
    evidence: tuple[tuple[str, str], ...] = ()

    def matches(self, kind: str, documents: frozenset[str], subject: str) -> bool:
        return kind == self.kind and documents == self.documents and self.aspect.lower() in subject.lower()

    def met_by_content(self, finding) -> bool:
        """The finding matches by kind, documents and aspect, and says each document's evidence:
        in a passage it quotes from that document or in the value it gives for it. (A spelling
        variant quotes one line per spelling, and lists every document's spelling as its value.)"""
        if not self.evidence or not self.matches(finding.kind, frozenset(finding.documents), finding.subject):
            return False
        said: dict[str, list[str]] = {}
        for quote in finding.quotes:
            said.setdefault(quote.document, []).append(normalised(quote.text))
        for value in finding.values:
            said.setdefault(value.document, []).append(normalised(value.value))
        return all(any(piece in text for text in said.get(document, [])) for document, piece in self.evidence)

    def label(self) -> str:
        aspect = f" [{self.aspect}]" if self.aspect else ""
        return f"{self.kind:<13} {', '.join(sorted(self.documents))}{aspect}: {self.note}"


def expectations(entries: list[dict], note_key: str) -> list[Expectation]:
    # str(): YAML reads an unquoted aspect such as 2025-10-23 as a date, not a string.
    return [Expectation(e["kind"], frozenset(str(d) for d in e["documents"]), str(e.get("aspect", "")),
                        str(e.get(note_key, "")),
                        tuple(sorted((str(d), normalised(str(piece))) for d, piece in (e.get("evidence") or {}).items())))
            for e in entries or []]


def one_to_one(findings, expected: list[Expectation], by_content: bool = False) -> int:
    """How many findings can be paired with distinct expectations (a maximum bipartite matching,
    by augmenting paths): the stricter precision, where an expectation without an aspect no
    longer counts every finding of its kind and documents as right. ``by_content``: a pair
    also needs the finding to quote the expectation's evidence."""
    if by_content:
        options = [[i for i, e in enumerate(expected) if e.met_by_content(f)] for f in findings]
    else:
        options = [[i for i, e in enumerate(expected) if e.matches(f.kind, frozenset(f.documents), f.subject)]
                   for f in findings]
    owner: dict[int, int] = {}

    def place(finding: int, seen: set[int]) -> bool:
        for i in options[finding]:
            if i not in seen:
                seen.add(i)
                if i not in owner or place(owner[i], seen):
                    owner[i] = finding
                    return True
        return False

    return sum(place(k, set()) for k in range(len(findings)))


def main(argv: list[str]) -> int:
    """Bench one set (ARTICLES EXPECTED) or every set in SETS but those named after --skip.

    --skip lets the helpers of a wave run every development set without scoring the blind set
    that is being written for that wave (it must stay unseen until the lead measures on it).
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", nargs="*", type=Path, help="ARTICLES_FOLDER EXPECTED_YAML, or nothing for every set")
    parser.add_argument("--skip", action="append", default=[], metavar="NAME", help="leave out this set (repeatable)")
    args = parser.parse_args(argv)
    if len(args.set) == 2:
        bench(args.set[0], args.set[1])
        return 0
    if args.set:
        parser.error("give both ARTICLES_FOLDER and EXPECTED_YAML, or neither")
    unknown = sorted(set(args.skip) - {name for name, _, _ in SETS})
    if unknown:
        parser.error(f"no set named {', '.join(unknown)}")
    rules = load_rules()
    for name, folder, expected in SETS:
        if name in args.skip:
            continue
        print(f"== {name}: tests/fixtures/{folder}")
        bench(FIXTURES / folder, FIXTURES / expected, rules)
        print()
    return 0


def bench(articles: Path, expected_file: Path, rules=None) -> dict[str, tuple[float, float]]:
    """Print the figures of one set and return {kind: (precision, recall)}."""
    spec = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    expected = expectations(spec.get("expected"), "what")
    must_not = expectations(spec.get("must_not"), "why")
    rules = rules or load_rules()
    started = time.perf_counter()
    docs, _ = extract_documents([articles], rules)
    extracted = time.perf_counter()
    result = compare(docs, rules)
    compared = time.perf_counter()
    # Scored as the report shows them: a lone source's single-source claim that repeats its own
    # consistent/internal finding is filed under that finding (report/assembly.py).
    result = result.model_copy(update={"findings": merge_duplicates(result.findings, [c for ed in docs for c in ed.claims])})

    tp, fp, fn = Counter(), Counter(), Counter()
    extras = []
    for f in result.findings:
        documents = frozenset(f.documents)
        if any(e.matches(f.kind, documents, f.subject) for e in expected):
            tp[f.kind] += 1
        else:
            fp[f.kind] += 1
            extras.append(f)
    missed = [e for e in expected
              if not any(e.matches(f.kind, frozenset(f.documents), f.subject) for f in result.findings)]
    for e in missed:
        fn[e.kind] += 1
    found_expected = Counter(e.kind for e in expected) - Counter(e.kind for e in missed)
    figures = {}
    print(f"{'kind':<14} {'expected':>8} {'found':>6} {'tp':>4} {'precision':>9} {'recall':>7}")
    for kind in KINDS:
        n_expected = sum(1 for e in expected if e.kind == kind)
        n_found = tp[kind] + fp[kind]
        precision = tp[kind] / n_found if n_found else 1.0
        recall = found_expected[kind] / n_expected if n_expected else 1.0
        figures[kind] = (precision, recall)
        print(f"{kind:<14} {n_expected:>8} {n_found:>6} {tp[kind]:>4} {precision:>9.2f} {recall:>7.2f}")
    n_found = sum(tp.values()) + sum(fp.values())
    print(f"{'all':<14} {len(expected):>8} {n_found:>6} {sum(tp.values()):>4} "
          f"{sum(tp.values()) / max(1, n_found):>9.2f} {sum(found_expected.values()) / max(1, len(expected)):>7.2f}")
    print(f"{'one-to-one':<14} {'':>8} {n_found:>6} {one_to_one(result.findings, expected):>4} "
          f"{one_to_one(result.findings, expected) / max(1, n_found):>9.2f}   (each expectation met by one finding at most)")
    with_evidence = [e for e in expected if e.evidence]
    missed_content = []
    if with_evidence:
        met = [e for e in with_evidence if any(e.met_by_content(f) for f in result.findings)]
        quoting = sum(1 for f in result.findings if any(e.met_by_content(f) for e in with_evidence))
        paired = one_to_one(result.findings, with_evidence, by_content=True)
        print(f"{'by content':<14} {len(with_evidence):>8} {n_found:>6} {quoting:>4} {quoting / max(1, n_found):>9.2f} "
              f"{len(met) / len(with_evidence):>7.2f}   one-to-one {paired / max(1, n_found):.2f} "
              f"(a finding that quotes each document's evidence)")
        missed_content = [e for e in with_evidence if e not in missed and e not in met]
    for e in sorted(missed, key=Expectation.label):
        print(f"MISSED   {e.label()}")
    for e in sorted(missed_content, key=Expectation.label):
        print(f"MISSED BY CONTENT {e.label()}")
    for f in sorted(extras, key=lambda f: (f.kind, sorted(f.documents), f.subject)):
        print(f"EXTRA    {f.kind:<13} {', '.join(sorted(f.documents))}: {f.summary}")
    flagged = [e for e in must_not if any(e.matches(f.kind, frozenset(f.documents), f.subject) for f in result.findings)]
    for e in flagged:
        print(f"NEAR MISS FLAGGED {e.label()}")
    print(f"near misses: {len(must_not) - len(flagged)}/{len(must_not)} correctly not flagged")
    print(f"{len(docs)} articles: extract {1000 * (extracted - started):.0f} ms, compare {1000 * (compared - extracted):.1f} ms")
    return figures


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
