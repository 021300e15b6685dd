"""A hand-built Report with a finding of every kind, for the report-format tests.

Article text is written for these tests; one quote carries an injected <script> and an
onerror= attribute, another a spreadsheet formula, so every format's escaping is exercised.
"""

from __future__ import annotations

from datetime import date

from crosscheck.models import (
    Claim,
    DocumentSummary,
    EntityValue,
    Finding,
    FindingValue,
    Mention,
    Problem,
    QuantityValue,
    Quote,
    Report,
    SourceGroup,
    TimeValue,
)
from crosscheck.report.baseline import Baseline, BaselineEntry, from_report

INJECTION = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">"
FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")"

_TEXTS = {
    "a": (
        "news/harbour-times.txt",
        "Harbour Times",
        None,
        date(2024, 3, 27),
        "Minister Ana Ortiz opened the bridge on Tuesday, the ministry said. "
        "About 40 workers built it over two years. " + INJECTION + " The council approved the budget in January.",
    ),
    "b": (
        "news/coast-daily.txt",
        "Coast Daily",
        "Wire",
        date(2024, 3, 28),
        "The bridge was opened by Minister Anna Ortis on Monday. "
        "Some 45 workers took part. " + FORMULA + " said a sign at the site.",
    ),
    "c": (
        "news/valley news.md",
        None,
        None,
        None,
        "Colonel Ortiz, then a junior officer, visited in 2019. Later reports name General Ortiz.",
    ),
}


def _quote(doc: str, needle: str, context: int = 24) -> Quote:
    path, _, _, _, text = _TEXTS[doc]
    start = text.index(needle)
    end = start + len(needle)
    return Quote(
        document=doc,
        path=path,
        line=1,
        start=start,
        end=end,
        text=needle,
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def _mention(doc: str, index: int, kind: str, needle: str, value) -> Mention:
    text = _TEXTS[doc][4]
    start = text.index(needle)
    return Mention(
        id=f"{doc}#m{index}", document=doc, kind=kind, text=needle, start=start, end=start + len(needle),
        line=1, sentence=0, value=value,
    )


def _claim(doc: str, index: int, kind: str, needle: str, mentions: list[str], time: TimeValue | None = None) -> Claim:
    text = _TEXTS[doc][4]
    start = text.index(needle)
    return Claim(
        id=f"{doc}#c{index}", document=doc, kind=kind, text=needle, start=start, end=start + len(needle),
        line=1, sentence=index - 1, mentions=mentions, time=time,
    )


def make_report() -> Report:
    documents = [
        DocumentSummary(id=doc, path=path, title=f"Bridge story {doc.upper()}", published=published,
                        outlet=outlet, credit=credit, authors=["R. Writer"] if doc == "a" else [])
        for doc, (path, outlet, credit, published, _) in _TEXTS.items()
    ]
    tuesday = TimeValue(start=date(2024, 3, 26), end=date(2024, 3, 26), granularity="day")
    monday = TimeValue(start=date(2024, 3, 25), end=date(2024, 3, 25), granularity="day")
    january = TimeValue(start=date(2024, 1, 1), end=date(2024, 1, 31), granularity="month")
    since = TimeValue(start=date(2019, 1, 1), end=None, granularity="open")
    ortiz = EntityValue(entity="ana-ortiz", canonical="Ana Ortiz", type="person", title="Minister")
    mentions = [
        _mention("a", 1, "person", "Ana Ortiz", ortiz),
        _mention("a", 2, "time", "on Tuesday", tuesday),
        _mention("a", 3, "quantity", "About 40", QuantityValue(low=36, high=44, unit="person", hedge="about", exact="40")),
        _mention("a", 4, "time", "in January", january),
        _mention("b", 1, "person", "Anna Ortis", ortiz),
        _mention("b", 2, "time", "on Monday", monday),
        _mention("b", 3, "quantity", "Some 45", QuantityValue(low=40, high=50, unit="person", hedge="some", exact="45")),
        _mention("c", 1, "time", "in 2019", since),
    ]
    opened_a = "Minister Ana Ortiz opened the bridge on Tuesday, the ministry said."
    opened_b = "The bridge was opened by Minister Anna Ortis on Monday."
    claims = [
        _claim("a", 1, "opening", opened_a, ["a#m1", "a#m2"], tuesday),
        _claim("a", 2, "workforce", "About 40 workers built it over two years.", ["a#m3"]),
        _claim("a", 3, "budget", "The council approved the budget in January.", ["a#m4"], january),
        _claim("b", 1, "opening", opened_b, ["b#m1", "b#m2"], monday),
        _claim("b", 2, "workforce", "Some 45 workers took part.", ["b#m3"]),
        _claim("c", 1, "visit", "Colonel Ortiz, then a junior officer, visited in 2019.", ["c#m1"], since),
    ]
    findings = [
        Finding(id="F1", fingerprint="c0ffee0000000001", kind="agreement", subject="workforce",
                summary="Workers on the bridge: about 40 and some 45 overlap", documents=["a", "b"],
                claims=["a#c2", "b#c2"], values=[FindingValue(document="a", value="36–44 person"), FindingValue(document="b", value="40–50 person")],
                quotes=[_quote("a", "About 40 workers built it over two years."), _quote("b", "Some 45 workers took part.")]),
        Finding(id="F2", fingerprint="c0ffee0000000002", kind="contradiction", subject="opening",
                summary="Bridge opening: Tuesday 2024-03-26 versus Monday 2024-03-25", documents=["a", "b"],
                claims=["a#c1", "b#c1"], values=[FindingValue(document="a", value="2024-03-26"), FindingValue(document="b", value="2024-03-25")],
                quotes=[_quote("a", opened_a), _quote("b", opened_b)]),
        Finding(id="F3", fingerprint="c0ffee0000000003", kind="variant", subject="ana-ortiz",
                summary="One person written \"Ana Ortiz\" and \"Anna Ortis\"", documents=["a", "b"],
                claims=["a#c1", "b#c1"], values=[FindingValue(document="a", value="Ana Ortiz"), FindingValue(document="b", value="Anna Ortis")],
                quotes=[_quote("a", "Ana Ortiz"), _quote("b", "Anna Ortis")]),
        Finding(id="F4", fingerprint="c0ffee0000000004", kind="change", subject="ana-ortiz rank",
                summary="Ortiz's rank: Colonel, later General", documents=["c"], claims=["c#c1"],
                values=[FindingValue(document="c", value="Colonel → General")],
                quotes=[_quote("c", "Colonel Ortiz, then a junior officer, visited in 2019.")]),
        Finding(id="F5", fingerprint="c0ffee0000000005", kind="single_source", subject="budget",
                summary="Budget approval in January 2024 <b>only here</b>", documents=["a"], claims=["a#c3"],
                values=[FindingValue(document="a", value="2024-01")],
                quotes=[_quote("a", INJECTION + " The council approved the budget in January.")]),
        Finding(id="F6", fingerprint="c0ffee0000000006", kind="internal", subject="sign",
                summary="A sign quotes a formula", documents=["b"], claims=["b#c2"], values=[FindingValue(document="b", value=FORMULA)],
                quotes=[_quote("b", FORMULA)]),
    ]
    return Report(
        documents=documents,
        mentions=mentions,
        claims=claims,
        findings=findings,
        source_groups=[SourceGroup(documents=["a"], reason="own reporting")],
        problems=[Problem(path="news/empty.txt", code="W101", message="empty file skipped")],
    )


def partial_baseline(report: Report) -> Baseline:
    """A baseline of ``report`` that accepts all but the contradiction and the single-source
    claim, plus one stale entry: every state a baseline gives (new, accepted, stale)."""
    baseline = from_report(report)
    baseline.findings = [e for e in baseline.findings if e.kind not in ("contradiction", "single_source")]
    baseline.findings.append(BaselineEntry(fingerprint="0000dead0000", kind="variant", summary="fixed long ago"))
    return baseline
