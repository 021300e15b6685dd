"""A property over the whole text -> report path (issue 11, item 12).

For generated articles in .txt, .md, .json and .jsonl, with random unicode, control characters,
extreme numbers and dates mixed into sentences that make claims and findings: the run raises
nothing, every report format renders, and every quote, claim and mention points at its own
text in the original file: its offsets into the article text (the file for .txt and .md, the
"text" string of the record for JSON) give back its text, and its line is the line of the file
where that text starts (for JSON, the line holding the record's "text" string, where the text
appears JSON-escaped).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from crosscheck.pipeline import check
from crosscheck.report import render
from crosscheck.rules import load_rules

PACK = load_rules([])
FORMATS = ("text", "markdown", "json", "csv", "html", "sarif", "github")

PEOPLE = ["Abdourahamane Tiani", "Vladimir Putin", "Assimi Goita", "Ana Ortiz", "Yunus-Bek Yevkurov"]
PLACES = ["Niger", "Mali", "Russia", "Niamey", "Bamako", "Moscow"]
DAYS = ["Monday", "Tuesday", "Wednesday", "March 26, 2024", "March 2024", "9999-12-31", "0001-01-01",
        "December 31, 9999", "January 1, 1", "last July", "the day before"]
FIGURES = ["nearly 50", "more than 45", "about 1,000", "1" + "0" * 400, "-0.000", "1e308", "9" * 30 + " million",
           "two thirds", "forty-five", "½", "٣٤"]

# Any character a UTF-8 file can hold (no lone surrogates), control characters and line
# separators included; the rest of the text is what makes claims.
NOISE = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40),
    st.text(alphabet="\x00\x07\x1b[31m\r\x0b\x0c\x85\u2028\u2029\t \ufeff\u200b\u202e#*|<>&\"\\", max_size=20),
)
SENTENCES = st.one_of(
    st.builds("{} met {} in {} on {}.".format, st.sampled_from(PEOPLE), st.sampled_from(PEOPLE),
              st.sampled_from(PLACES), st.sampled_from(DAYS)),
    st.builds("{} people were killed in an attack in {} on {}, officials said.".format,
              st.sampled_from(FIGURES).map(str.capitalize), st.sampled_from(PLACES), st.sampled_from(DAYS)),
    st.builds("{} held a phone call with {} on {}.".format, st.sampled_from(PEOPLE), st.sampled_from(PEOPLE),
              st.sampled_from(DAYS)),
    st.builds("{} troops were deployed to {} {}.".format, st.sampled_from(FIGURES).map(str.capitalize),
              st.sampled_from(PLACES), st.sampled_from(DAYS)),
)
PARAGRAPHS = st.lists(st.tuples(SENTENCES, NOISE, SENTENCES).map(lambda t: f"{t[0]} {t[1]} {t[2]}"), min_size=1, max_size=4)
ARTICLES = st.fixed_dictionaries({
    "title": st.one_of(SENTENCES, NOISE.filter(str.strip)),
    "published": st.sampled_from(["2024-03-27", "2024-06-05", "0001-01-01", "9999-12-31"]),
    "paragraphs": PARAGRAPHS,
})


def _body(article: dict) -> str:
    return "\n\n".join(article["paragraphs"])


def write_files(folder: Path, fmt: str, articles: list[dict]) -> None:
    """The articles as files of one format: one file each, or one JSON Lines file holding them all."""
    if fmt == "jsonl":
        lines = [json.dumps({"id": f"r{i}", "title": a["title"], "published": a["published"], "text": _body(a)},
                            ensure_ascii=False) for i, a in enumerate(articles)]
        (folder / "all.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    for index, article in enumerate(articles):
        if fmt == "json":
            record = {"title": article["title"], "published": article["published"], "text": _body(article)}
            (folder / f"a{index}.json").write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
        else:
            heading = "# " if fmt == "md" else ""
            text = f"{heading}{article['title']}\n\nPublished {article['published']}\n\n{_body(article)}\n"
            (folder / f"a{index}.{fmt}").write_text(text, encoding="utf-8")


def originals(folder: Path, fmt: str) -> dict[str, tuple[str, str]]:
    """Per document id: the text offsets point into, and the file text lines count in."""
    found = {}
    for path in sorted(folder.iterdir()):
        # As written (no newline translation); a U+FEFF at the very start is the byte order mark, not text.
        content = path.read_bytes().decode("utf-8-sig")
        if fmt == "jsonl":
            for line in content.split("\n"):
                if line:
                    found[json.loads(line)["id"]] = (json.loads(line)["text"], content)
        elif fmt == "json":
            found[path.stem] = (json.loads(content)["text"], content)
        else:
            found[path.stem] = (content, content)
    return found


def assert_points_at_its_text(what: str, item, fmt: str, texts: dict[str, tuple[str, str]]) -> None:
    text, content = texts[item.document]
    assert text[item.start:item.end] == item.text, (what, item)
    file_lines = content.split("\n")
    assert 1 <= item.line <= len(file_lines), (what, item.line)
    on_line = file_lines[item.line - 1]
    if fmt in ("json", "jsonl"):
        escaped = json.dumps(item.text, ensure_ascii=False)[1:-1]
        assert escaped in on_line, (what, item)
    else:
        assert item.line == content.count("\n", 0, item.start) + 1, (what, item)
        assert on_line.startswith(item.text.split("\n", 1)[0], item.start - content.rfind("\n", 0, item.start) - 1)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(fmt=st.sampled_from(["txt", "md", "json", "jsonl"]), articles=st.lists(ARTICLES, min_size=2, max_size=3))
def test_every_quote_claim_and_mention_points_at_its_text_in_the_original_file(fmt, articles):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_files(folder, fmt, articles)
        report = check([folder], rules=PACK)
        texts = originals(folder, fmt)
        for name in FORMATS:
            render(report, name)
        for finding in report.findings:
            for quote in finding.quotes:
                assert_points_at_its_text("quote", quote, fmt, texts)
                assert quote.path == str(folder / Path(quote.path).name)
        for claim in report.claims:
            assert_points_at_its_text("claim", claim, fmt, texts)
        for mention in report.mentions:
            assert_points_at_its_text("mention", mention, fmt, texts)
