"""The seed articles' body paragraphs and the time table of seed-expectations.md section 3.

Shared by tests/test_times.py and bench/bench_times.py. Body paragraphs are given by line number
(the cleaning stage finds them in the product; here they are fixed by hand so that the time
extractor is tested on its own).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from crosscheck.models import Document, LineMap, Zone

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# file prefix -> (publication date, 1-based line numbers of the body paragraphs)
SEED_BODIES: dict[str, tuple[date, list[int]]] = {
    "000": (date(2024, 3, 27), [26, 28, 30, 32, 34, 36]),
    "001": (date(2024, 6, 5), [6, 8, 14, 16, 18, 20, 22, 24, 26, 28, 30]),
    "002": (date(2024, 3, 27), [31, 33, 48, 50, 52, 54, 56, 58, 60, 62, 64, 66, 68, 70]),
    "003": (date(2022, 10, 4), [83, 86, 89, 91, 93, 95, 97, 99, 101, 103, 105, 107, 109, 111, 113]),
    "004": (date(2025, 6, 23), [31, 33, 48, 50, 52, 54, 56]),
}

# (doc, a phrase that locates the row in the body, the part of it the time mention must
# overlap, the expected value fields). Missing fields are not compared; "end" alone is an
# interval that ends that day ("runs through June 26").
D = date
SECTION3: list[tuple[str, str, str, dict]] = [
    ("000", "by phone on Wednesday", "Wednesday", {"start": D(2024, 3, 27), "end": D(2024, 3, 27), "granularity": "day"}),
    ("000", "a day after Putin held a similar call", "a day after", {"start": D(2024, 3, 26), "end": D(2024, 3, 26), "granularity": "day"}),
    ("000", "since his re-election earlier this month", "earlier this month", {"start": D(2024, 3, 1), "end": D(2024, 3, 31), "granularity": "month"}),
    ("001", "Bamako, on Monday", "Monday", {"start": D(2024, 6, 3), "end": D(2024, 6, 3), "granularity": "day"}),
    ("001", "on its website on Tuesday", "Tuesday", {"start": D(2024, 6, 4), "end": D(2024, 6, 4), "granularity": "day"}),
    ("001", "On Monday, Niger also announced", "Monday", {"start": D(2024, 6, 3), "end": D(2024, 6, 3), "granularity": "day"}),
    ("001", "in Niamey the day before", "the day before", {"start": D(2024, 6, 2), "end": D(2024, 6, 2), "granularity": "day"}),
    ("001", "set to withdraw by mid-September", "mid-September", {"start": D(2024, 9, 11), "end": D(2024, 9, 20), "granularity": "month", "part": "mid", "modality": "deadline"}),
    ("001", "In March, Russian President", "March", {"start": D(2024, 3, 1), "end": D(2024, 3, 31), "granularity": "month"}),
    ("001", "Earlier in January", "January", {"start": D(2024, 1, 1), "end": D(2024, 1, 31), "granularity": "month"}),
    ("001", "Mohamed Bazoum last July", "July", {"start": D(2023, 7, 1), "end": D(2023, 7, 31), "granularity": "month"}),
    ("002", "Vladimir Putin on Tuesday", "Tuesday", {"start": D(2024, 3, 26), "end": D(2024, 3, 26), "granularity": "day"}),
    ("002", "a prior agreement made in January", "January", {"start": D(2024, 1, 1), "end": D(2024, 1, 31), "granularity": "month"}),
    ("002", "the elected president last year", "last year", {"start": D(2023, 1, 1), "end": D(2023, 12, 31), "granularity": "year"}),
    ("002", "the July coup", "July", {"start": D(2023, 7, 1), "end": D(2023, 7, 31), "granularity": "month"}),
    ("002", "In December, a Russian delegation", "December", {"start": D(2023, 12, 1), "end": D(2023, 12, 31), "granularity": "month"}),
    ("002", "the junta in mid-March", "mid-March", {"start": D(2024, 3, 11), "end": D(2024, 3, 20), "granularity": "month", "part": "mid"}),
    ("003", "Earlier in September, nearly 50", "September", {"start": D(2022, 9, 1), "end": D(2022, 9, 30), "granularity": "month"}),
    ("003", "seized power in August 2020, then", "August 2020", {"start": D(2020, 8, 1), "end": D(2020, 8, 31), "granularity": "month"}),
    ("003", "another coup in May the following year", "May", {"start": D(2021, 5, 1), "end": D(2021, 5, 31), "granularity": "month"}),
    ("003", "met on September 4", "September 4", {"start": D(2022, 9, 4), "end": D(2022, 9, 4), "granularity": "day"}),
    ("003", "terrorists since 2012", "2012", {"start": D(2012, 1, 1), "end": None, "granularity": "open"}),
    ("003", "military coups since 2020", "2020", {"start": D(2020, 1, 1), "end": None, "granularity": "open"}),
    ("003", "Mali Tuesday, Sept. 22, 2020", "Sept. 22, 2020", {"start": D(2020, 9, 22), "end": D(2020, 9, 22), "granularity": "day"}),
    ("004", "arrived in Russia on Sunday", "Sunday", {"start": D(2025, 6, 22), "end": D(2025, 6, 22), "granularity": "day"}),
    ("004", "President Vladimir Putin on Monday", "Monday", {"start": D(2025, 6, 23), "end": D(2025, 6, 23), "granularity": "day", "modality": "expected"}),
    ("004", "which runs through June 26", "June 26", {"end": D(2025, 6, 26)}),
    ("004", "country’s 2020 and 2021 military coups", "2020", {"start": D(2020, 1, 1), "end": D(2020, 12, 31), "granularity": "year"}),
    ("004", "country’s 2020 and 2021 military coups", "2021", {"start": D(2021, 1, 1), "end": D(2021, 12, 31), "granularity": "year"}),
    ("004", "on the ground since 2021", "2021", {"start": D(2021, 1, 1), "end": None, "granularity": "open"}),
    ("004", "insurgency that began in 2012", "2012", {"start": D(2012, 1, 1), "end": D(2012, 12, 31), "granularity": "year"}),
]


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def seed_document(prefix: str) -> Document:
    """The seed file as a Document whose body is the known body paragraphs."""
    published, lines = SEED_BODIES[prefix]
    path = seed_path(prefix)
    text = path.read_text(encoding="utf-8")
    starts = [0]
    for index, char in enumerate(text):
        if char == "\n":
            starts.append(index + 1)
    body = []
    for number in lines:
        start = starts[number - 1]
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1].isspace():
            end -= 1
        body.append(Zone(start=start, end=end))
    return Document(
        id=prefix, path=str(path), format="text", encoding="utf-8", text=text,
        lines=LineMap.for_text(text), published=published, body=body,
    )


def locate(document: Document, phrase: str, target: str) -> tuple[int, int]:
    """Offsets of ``target`` inside the first body occurrence of ``phrase``."""
    for span in document.body:
        at = document.text.find(phrase, span.start, span.end)
        if at >= 0:
            inner = document.text.find(target, at, at + len(phrase))
            return inner, inner + len(target)
    raise LookupError(f"{phrase!r} not in the body of {document.id}")
