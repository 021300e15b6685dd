"""Claim verification: verdicts on the seeds and on our own corpus, claims files, formats, exit codes."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.cli.verify import verify
from crosscheck.models import EntityValue
from crosscheck.normalise.entities import link_entities
from crosscheck.pipeline import extract_documents
from crosscheck.rules import load_rules
from crosscheck.verify import (
    ClaimInput,
    ClaimsFileError,
    Verifier,
    VerifyResult,
    parse_as_of,
    read_claims_file,
    verify_claims,
)
from crosscheck.verify.render import VERIFY_FORMATS, render_verdicts

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures" / "verify"
CORPUS = FIXTURES / "corpus.jsonl"
S000, S001, S002 = "000_90ca6e7b170494c8", "001_cbd39d7b5994fbc4", "002_358a4b9e5b634885"


@pytest.fixture(scope="module")
def pack():
    return load_rules([])


@pytest.fixture(scope="module")
def seeds(pack):
    docs, _ = extract_documents([SEEDS], pack)
    return Verifier(docs, pack)


@pytest.fixture(scope="module")
def corpus(pack):
    docs, _ = extract_documents([CORPUS], pack)
    return Verifier(docs, pack)


def judge(verifier: Verifier, text: str, as_of: date | None = None):
    return verifier.verify(ClaimInput(id="t", text=text), as_of)


def parts(verdict) -> dict[str, str]:
    return {p.part: p.status for s in verdict.statements for p in s.parts}


def supporting(verdict) -> list[str]:
    return sorted({e.source for s in verdict.statements for e in s.evidence if e.stance == "supports"})


# -- the four claims of issue 8 ------------------------------------------------------------

SEED_CASES = [
    # claim, verdict, supporting sources, part statuses
    ("Niger's leader Abdourahamane Tiani spoke with Vladimir Putin by phone on 26 March 2024", "supported",
     [S000, S002], {"what": "supported", "who": "supported", "when": "supported"}),
    ("Niger's leader Abdourahamane Tiani spoke with Vladimir Putin by phone on 28 March 2024", "contradicted",
     [], {"what": "supported", "who": "supported", "when": "contradicted"}),
    ("Approximately 1,000 US troops were in Niger in March 2024", "supported",
     [S002], {"what": "supported", "who": "supported", "when": "supported", "how many": "supported", "where": "supported"}),
    ("Mali's Assimi Goita met Emmanuel Macron in June 2025", "unverified",
     [], {"what": "unconfirmed", "who": "unconfirmed", "when": "unconfirmed"}),
]


@pytest.mark.parametrize(("claim", "verdict", "sources", "statuses"), SEED_CASES)
def test_seed_claims(seeds, claim, verdict, sources, statuses):
    result = judge(seeds, claim)
    assert result.verdict == verdict
    assert parts(result) == statuses
    if verdict == "supported":
        assert supporting(result) == sources
        assert result.independent_sources == len(sources)
        assert result.single_source == (len(sources) == 1)


def test_contradicted_date_names_the_part_and_both_values(seeds):
    result = judge(seeds, SEED_CASES[1][0])
    when = next(p for p in result.statements[0].parts if p.part == "when")
    assert when.claim == "2024-03-28"
    assert when.against == [S000, S002]
    assert when.against_values == ["2024-03-26"]
    assert "time (when)" in result.summary and "2024-03-26" in result.summary


def test_a_summary_names_each_source_by_its_outlet_beside_its_id(seeds):
    """A reader of the one-line summary learns who the sources are, not only their file ids."""
    result = judge(seeds, SEED_CASES[1][0])
    assert f"{S000} (LBCI)" in result.summary and f"{S002} (AAN TV)" in result.summary
    supported = judge(seeds, SEED_CASES[0][0])
    assert supported.summary.startswith("Supported on every part it states by 2 independent sources: ")
    assert f"{S000} (LBCI)" in supported.summary


def test_a_summary_names_a_source_without_an_outlet_by_its_title(seeds):
    """Seed 001 names no outlet: "Supported by a single source, 001_cbd39d7b5994fbc4" told a
    reader nothing; its short title is what the check report calls it too."""
    result = judge(seeds, "US troops will leave Niger by mid-September 2024")
    assert f"{S001} (Russian defense delegation holds…)" in result.summary


def test_an_account_that_tells_the_event_otherwise_is_named_not_silence(seeds):
    """"is expected to meet Putin on Monday" does not confirm that they met, but a summary saying
    no source speaks to the meeting would send a fact-checker away from the one that does."""
    result = judge(seeds, "Goita met Putin on 23 June 2025")
    assert result.verdict == "unverified"
    assert "no source in the corpus speaks to it" not in result.summary
    assert "no source confirms it" in result.summary and "(AAN TV)" in result.summary
    assert "meeting (expected)" in result.summary


# A French claim is read with the French rules (its language told from its words) and judged
# against English sources as an English claim is: the event classes and figures are shared.
FRENCH_CASES = [
    ("Tiani s'est entretenu au téléphone avec Poutine le 26 mars 2024", "supported",
     {"what": "supported", "who": "supported", "when": "supported"}),
    ("Tiani a eu un entretien téléphonique avec Poutine le 28 mars 2024", "contradicted",
     {"what": "supported", "who": "supported", "when": "contradicted"}),
    ("Environ 1 000 soldats américains étaient au Niger en mars 2024", "supported",
     {"what": "supported", "who": "supported", "when": "supported", "how many": "supported", "where": "supported"}),
]


@pytest.mark.parametrize(("claim", "verdict", "statuses"), FRENCH_CASES)
def test_a_french_claim_is_read_in_french_and_judged_against_english_sources(seeds, claim, verdict, statuses):
    result = judge(seeds, claim)
    assert result.verdict == verdict
    assert parts(result) == statuses


def test_a_claim_read_in_the_wrong_language_reads_nothing(seeds):
    """The language decides which rules read the claim: forced to English, a French sentence
    gives no event (which is why the language is told from the words by default)."""
    claim = ClaimInput(id="t", text=FRENCH_CASES[0][0], language="en")
    assert seeds.verify(claim).verdict == "unverified"
    assert "supported" not in parts(seeds.verify(claim)).values()


def test_single_source_is_said(seeds):
    result = judge(seeds, SEED_CASES[2][0])
    assert result.single_source
    assert "single source" in result.summary


def test_evidence_quotes_file_and_line(seeds):
    result = judge(seeds, SEED_CASES[0][0])
    quotes = sorted((Path(e.quote.path).name, e.quote.line) for e in result.statements[0].evidence if e.stance == "supports")
    assert quotes == [(f"{S000}.txt", 26), (f"{S002}.txt", 31)]


# -- several parts, one part right and another wrong -----------------------------------------

PART_CASES = [
    # A figure out of the source's range while time, place and participants agree.
    ("About 1,500 US troops were stationed in Niger in March 2024", None, "contradicted",
     {"what": "supported", "who": "supported", "when": "supported", "how many": "contradicted", "where": "supported"}),
    # The right figure: every one of five parts is confirmed.
    ("Around 1,000 American troops were deployed in Niger in March 2024", None, "supported",
     {"what": "supported", "who": "supported", "when": "supported", "how many": "supported", "where": "supported"}),
    # A troop level for a time no source speaks of is not compared with another time's figure.
    ("About 1,500 US troops were in Niger in March 2021", None, "unverified", None),
]


@pytest.mark.parametrize(("claim", "as_of", "verdict", "statuses"), PART_CASES)
def test_parts(seeds, claim, as_of, verdict, statuses):
    result = judge(seeds, claim, as_of)
    assert result.verdict == verdict
    if statuses is not None:
        assert parts(result) == statuses


CORPUS_CASES = [
    # Two sources give 9 May in Ankara, a third 7 May in Ouagadougou: sources disagree.
    ("Ibrahim Traoré met Recep Tayyip Erdoğan in Ankara on 9 May 2024", "mixed",
     {"what": "supported", "who": "supported", "when": "mixed", "where": "mixed"}),
    ("Ibrahim Traoré met Recep Tayyip Erdoğan on 7 May 2024", "mixed",
     {"what": "supported", "who": "supported", "when": "mixed"}),
    # One source reports the meeting, another says the Kremlin denied it.
    ("Vladimir Putin met Alexander Lukashenko in Minsk on 3 June 2024", "mixed",
     {"what": "mixed", "who": "supported", "when": "supported", "where": "supported"}),
    # Nobody named Macron in Ankara.
    ("Ibrahim Traoré met Emmanuel Macron in Ankara on 9 May 2024", "unverified",
     {"what": "unconfirmed", "who": "unconfirmed", "when": "unconfirmed", "where": "unconfirmed"}),
]


@pytest.mark.parametrize(("claim", "verdict", "statuses"), CORPUS_CASES)
def test_own_corpus(corpus, claim, verdict, statuses):
    result = judge(corpus, claim)
    assert result.verdict == verdict
    assert parts(result) == statuses


def test_place_contradiction_when_the_date_is_right(corpus):
    result = judge(corpus, "Ibrahim Traoré met Recep Tayyip Erdoğan in Ouagadougou on 9 May 2024")
    statuses = parts(result)
    assert statuses["where"] == "mixed" and statuses["when"] == "mixed"
    where = next(p for p in result.statements[0].parts if p.part == "where")
    assert where.sources == ["desert-times"] and where.against == ["dakar-daily", "sahel-post"]


# -- spellings ------------------------------------------------------------------------------

SPELLINGS = [
    "Tchiani phoned Poutine on Tuesday",
    "Abdourahamane Tchiani spoke with Vladimir Poutine by phone on Tuesday",
    "Abdurrahmane Tiani spoke with Vladimir Putin by phone on Tuesday",
]


@pytest.mark.parametrize("claim", SPELLINGS)
def test_names_spelled_differently(seeds, claim):
    result = judge(seeds, claim, date(2024, 3, 27))
    assert result.verdict == "supported"
    assert supporting(result) == [S000, S002]
    who = next(p for p in result.statements[0].parts if p.part == "who")
    assert who.claim == "Abdourahamane Tiani, Vladimir Putin"


def test_accents_dropped_in_the_claim(corpus):
    result = judge(corpus, "Ibrahim Traore met Recep Tayyip Erdogan in Ankara on 9 May 2024")
    who = next(p for p in result.statements[0].parts if p.part == "who")
    assert who.claim == "Ibrahim Traoré, Recep Tayyip Erdoğan" and who.status == "supported"


def test_verifying_leaves_the_corpus_entities_alone(pack):
    docs, _ = extract_documents([SEEDS], pack)
    before = [(m.id, m.value.entity, m.value.canonical) for d in docs for m in d.mentions if isinstance(m.value, EntityValue)]
    verifier = Verifier(docs, pack)
    for claim in SPELLINGS + ["Abdourahamane Tiany met Vladimir Poutin"]:
        verifier.verify(ClaimInput(id="x", text=claim), date(2024, 3, 27))
    after = [(m.id, m.value.entity, m.value.canonical) for d in docs for m in d.mentions if isinstance(m.value, EntityValue)]
    assert after == before


LINKING = SPELLINGS + [
    "Abdourahamane Tiany met Vladimir Poutin",
    "Goita spoke with Putin",
    "Assimi Goïta met Ibrahim Traoré in Bamako",
    "Jean-Claude Nobody met Tiani",
    "Ivan Unknownski and Ivan Unknownsky met Macron",
    "Traore said 200 were killed",
    "Emmanuel Macron called Assimi Goita",
]


def reference_links(docs, claim_doc, pack) -> list[tuple[str, str, str]]:
    """What ``link_entities`` over copies of the whole corpus and the claim gives the claim."""
    copies = [d.model_copy(deep=True) for d in docs]
    claim_doc = claim_doc.model_copy(deep=True)
    link_entities([*copies, claim_doc], pack)
    back: dict[str, tuple[str, str]] = {}
    for copy, original in zip(copies, docs):
        for m_copy, m in sorted(zip(copy.mentions, original.mentions), key=lambda pair: (pair[1].value.entity if isinstance(pair[1].value, EntityValue) else "")):
            if isinstance(m.value, EntityValue) and not m.value.adjective and m.kind in ("person", "organization", "place"):
                back.setdefault(m_copy.value.entity, (m.value.entity, m.value.canonical))
    links = []
    for m in claim_doc.mentions:
        if isinstance(m.value, EntityValue):
            entity, canonical = back.get(m.value.entity, (m.value.entity, m.value.canonical))
            links.append((m.text, entity, canonical))
    return links


@pytest.mark.parametrize("claim", LINKING)
def test_claim_names_link_as_linking_the_corpus_with_the_claim_would(pack, claim):
    docs, _ = extract_documents([SEEDS, CORPUS], pack)
    verifier = Verifier(docs, pack)
    claim_doc = verifier.extractors.extract(verifier.read(ClaimInput(id="x", text=claim), None).document)
    expected = reference_links(verifier.docs, claim_doc, pack)
    read = verifier.read(ClaimInput(id="x", text=claim), None)
    assert [(m.text, m.value.entity, m.value.canonical) for m in read.mentions if isinstance(m.value, EntityValue)] == expected


# -- relative times ---------------------------------------------------------------------------

RELATIVE = [
    ("Tiani spoke with Putin by phone on Tuesday", "Tuesday"),
    ("Tiani spoke with Putin by phone last week", "last week"),
    ("Tiani phoned Putin yesterday", "yesterday"),
]


@pytest.mark.parametrize(("claim", "said"), RELATIVE)
def test_relative_time_without_as_of_needs_one(seeds, claim, said):
    result = judge(seeds, claim)
    assert result.needs_as_of
    assert result.verdict == "unverified"
    when = next(p for p in result.statements[0].parts if p.part == "when")
    assert when.status == "unreadable" and "--as-of" in when.note
    assert said.lower() in when.claim.lower()
    assert "--as-of" in result.summary


def test_relative_time_with_as_of(seeds):
    assert judge(seeds, "Tiani spoke with Putin by phone on Tuesday", date(2024, 3, 27)).verdict == "supported"
    assert judge(seeds, "Tiani spoke with Putin by phone on Tuesday", date(2024, 3, 30)).verdict == "supported"
    assert judge(seeds, "Tiani spoke with Putin by phone on Thursday", date(2024, 3, 29)).verdict == "contradicted"


def test_a_claim_without_a_time_is_not_placed_in_recent_news(seeds):
    result = judge(seeds, "Tiani spoke with Putin by phone", date(2025, 1, 1))
    assert "when" not in parts(result)
    assert result.verdict == "supported"


def test_a_claim_with_no_event(seeds):
    result = judge(seeds, "Niamey is hot")
    assert result.verdict == "unverified" and result.statements == []
    assert "no event" in result.summary


def test_a_claim_of_an_open_class_no_source_tells_is_unverified(seeds):
    """Read with the open vocabulary as check reads it ("reopen"), and told by no source."""
    result = judge(seeds, "The zoo in Niamey reopened")
    assert result.verdict == "unverified" and result.independent_sources == 0
    assert [p.status for s in result.statements for p in s.parts] == ["unconfirmed"]
    assert "no source in the corpus speaks to it" in result.summary


@pytest.mark.parametrize(("text", "expected"), [("2024-03-27", date(2024, 3, 27)), (" 2020-02-29 ", date(2020, 2, 29))])
def test_parse_as_of(text, expected):
    assert parse_as_of(text) == expected


@pytest.mark.parametrize("text", ["2024-02-30", "2023-02-29", "27/03/2024", "today", "", "2024-3-7"])
def test_parse_as_of_rejects(text):
    with pytest.raises(ValueError):
        parse_as_of(text)


# -- claims files -------------------------------------------------------------------------------


def test_read_csv_claims():
    claims = read_claims_file(FIXTURES / "seed_claims.csv")
    assert [c.id for c in claims] == ["call-26", "call-28", "troops", "macron"]
    assert [c.line for c in claims] == [2, 3, 4, 5]
    assert claims[2].text == "Approximately 1,000 US troops were in Niger in March 2024"


def test_read_line_claims():
    claims = read_claims_file(FIXTURES / "claims.txt")
    assert [(c.id, c.line) for c in claims] == [("2", 2), ("4", 4)]


MALFORMED = [
    ("wrong_columns.csv", 3, "expected 2 columns, found 3"),
    ("missing_text_column.csv", 1, "missing: text"),
    ("duplicate_id.csv", 4, "duplicate id 'a' (first on line 2)"),
    ("empty_text.csv", 3, "has no text"),
    ("unclosed_quote.csv", 2, "invalid CSV"),
]


@pytest.mark.parametrize(("name", "line", "message"), MALFORMED)
def test_malformed_claims_file(name, line, message):
    with pytest.raises(ClaimsFileError) as caught:
        read_claims_file(FIXTURES / name)
    assert caught.value.problem.line == line
    assert message in caught.value.problem.message


@pytest.mark.parametrize(("name", "line", "message"), MALFORMED)
def test_cli_malformed_claims_file_is_one_line_exit_2(name, line, message):
    path = str(FIXTURES / name)
    result = CliRunner().invoke(verify, ["--claims", path, str(SEEDS)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert result.output.startswith(f"error: {path}:{line}: ") and message in result.output


def test_a_claims_file_may_give_each_claim_its_language(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text("id,text,language\na,Tiani phoned Putin,FR\nb,Goita met Macron,\n", encoding="utf-8")
    assert [(c.id, c.language) for c in read_claims_file(path)] == [("a", "fr"), ("b", None)]


def test_a_language_the_rules_do_not_describe_is_one_line_exit_2(tmp_path):
    result = CliRunner().invoke(verify, ["Tiani phoned Putin", str(SEEDS), "--language", "de"])
    assert result.exit_code == 2 and result.output.startswith("error: --language 'de': the rules describe en, fr")
    path = tmp_path / "claims.csv"
    path.write_text("id,text,language\na,Tiani phoned Putin,xx\n", encoding="utf-8")
    result = CliRunner().invoke(verify, ["--claims", str(path), str(SEEDS)])
    assert result.exit_code == 2 and result.output == f"error: {path}:2: language 'xx': the rules describe en, fr\n"


def test_claims_file_not_utf8_or_empty(tmp_path):
    bad = tmp_path / "claims.txt"
    bad.write_bytes(b"Tiani phoned Putin\n\xff\xfe broken\n")
    with pytest.raises(ClaimsFileError) as caught:
        read_claims_file(bad)
    assert caught.value.problem.line == 2
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing here\n\n", encoding="utf-8")
    with pytest.raises(ClaimsFileError, match="no claims"):
        read_claims_file(empty)
    with pytest.raises(ClaimsFileError, match="cannot read"):
        read_claims_file(tmp_path / "missing.txt")


# -- command line ----------------------------------------------------------------------------------


def run(*args: str):
    return CliRunner().invoke(verify, list(args))


@pytest.mark.parametrize(("claim", "verdict", "_sources", "_statuses"), SEED_CASES)
def test_cli_exit_codes(claim, verdict, _sources, _statuses):
    result = run(claim, str(SEEDS))
    assert result.exit_code == {"supported": 0, "contradicted": 1, "mixed": 1, "unverified": 0}[verdict]
    assert f"{verdict.upper()}:" in result.output


def test_cli_fail_on_unverified():
    assert run(SEED_CASES[3][0], str(SEEDS), "--fail-on", "unverified").exit_code == 1
    assert run(SEED_CASES[0][0], str(SEEDS), "--fail-on", "unverified").exit_code == 0


def test_cli_claims_file_exit_code_and_lines():
    result = run("--claims", str(FIXTURES / "seed_claims.csv"), str(SEEDS), "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert [v["verdict"] for v in data["verdicts"]] == ["supported", "contradicted", "supported", "unverified"]
    assert [v["line"] for v in data["verdicts"]] == [2, 3, 4, 5]


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13-01", "next week"])
def test_cli_bad_as_of_is_one_line_exit_2(value):
    result = run("Tiani phoned Putin", str(SEEDS), "--as-of", value)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and result.output.startswith("error: --as-of")


def test_cli_usage_errors():
    assert run().exit_code == 2
    assert run("only a claim").exit_code == 2
    assert run("", str(SEEDS)).exit_code == 2
    assert run("--fail-on", "supported", "x", str(SEEDS)).exit_code == 2
    missing = run("Tiani phoned Putin", "/no/such/folder")
    assert missing.exit_code == 2 and "no readable article" in missing.output


def test_cli_as_of_reaches_relative_times():
    without = run("Tchiani phoned Poutine on Tuesday", str(SEEDS))
    assert without.exit_code == 0 and "--as-of" in without.output
    with_date = run("Tchiani phoned Poutine on Tuesday", str(SEEDS), "--as-of", "2024-03-27")
    assert with_date.exit_code == 0 and "SUPPORTED:" in with_date.output


# -- formats -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def result(pack):
    docs, _ = extract_documents([SEEDS], pack)
    claims = read_claims_file(FIXTURES / "seed_claims.csv")
    claims.append(ClaimInput(id="evil", text='=cmd|"/c calc"!A1 <script>alert(1)</script> Tiani phoned Putin on 26 March 2024'))
    return verify_claims(docs, claims, pack, as_of=date(2024, 4, 1))


@pytest.mark.parametrize("fmt", sorted(VERIFY_FORMATS))
def test_every_format_renders_and_is_deterministic(result, fmt):
    first = render_verdicts(result, fmt)
    assert first == render_verdicts(result, fmt) and first.endswith("\n")


def test_claimreview(result):
    reviews = json.loads(render_verdicts(result, "claimreview"))
    assert len(reviews) == 5
    first = reviews[0]
    assert first["@context"] == "https://schema.org" and first["@type"] == "ClaimReview"
    assert first["claimReviewed"].startswith("Niger's leader Abdourahamane Tiani")
    assert first["itemReviewed"] == {"@type": "Claim", "datePublished": "2024-04-01"}  # the claim's date: --as-of
    assert "datePublished" not in first  # the review's own date only when given
    urls = [a["url"] for a in first["citation"]]  # evidence is cited, not the claim's appearance
    assert [Path(u).name for u in urls] == [f"{S000}.txt", f"{S002}.txt"]
    assert all(a["@type"] == "NewsArticle" and a["headline"] for a in first["citation"])
    ratings = [r["reviewRating"] for r in reviews]
    assert [r["alternateName"] for r in ratings[:4]] == ["supported", "contradicted", "supported", "unverified"]
    assert (ratings[0]["ratingValue"], ratings[0]["bestRating"], ratings[0]["worstRating"]) == (5, 5, 1)
    assert ratings[1]["ratingValue"] == 1
    assert "ratingValue" not in ratings[3]


def test_csv_defuses_formulas(result):
    rows = list(csv.reader(io.StringIO(render_verdicts(result, "csv"))))
    assert rows[0][:3] == ["claim_id", "claim", "verdict"]
    evil = [row for row in rows if row[0] == "evil"]
    assert evil and all(row[1].startswith("'=") for row in evil)
    assert [row for row in rows if row[0] == "macron"][0][6:] == [""] * 7


def test_html_escapes_claims(result):
    page = render_verdicts(result, "html")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "Content-Security-Policy" in page


def test_markdown_escapes_claims(result):
    text = render_verdicts(result, "markdown")
    assert "<script>" not in text


def test_json_round_trips(result):
    data = json.loads(render_verdicts(result, "json"))
    assert data["schema"] == "crosscheck/verify-1" and data["as_of"] == "2024-04-01"
    assert data["verdicts"][0]["statements"][0]["evidence"][0]["quote"]["line"] in (26, 31)


# -- robustness ---------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=120), as_of=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))))
def test_arbitrary_claims_never_raise(seeds, text, as_of):
    result = seeds.verify(ClaimInput(id="h", text=text), as_of)
    assert result.verdict in ("supported", "contradicted", "mixed", "unverified")
    for fmt in VERIFY_FORMATS:
        render_verdicts(VerifyResult(verdicts=[result]), fmt)


def test_claimreview_for_publication_keeps_claim_and_review_apart(result):
    from crosscheck.verify.render import ReviewPublication

    publication = ReviewPublication(review_url="https://desk.example/reviews/1", author="Desk",
                                    review_date=date(2024, 4, 3), claim_url="https://social.example/post/9")
    first = json.loads(render_verdicts(result, "claimreview", publication=publication))[0]
    assert first["url"] == "https://desk.example/reviews/1" and first["author"] == {"@type": "Organization", "name": "Desk"}
    assert first["datePublished"] == "2024-04-03"
    assert first["itemReviewed"] == {"@type": "Claim", "datePublished": "2024-04-01",
                                     "appearance": [{"@type": "CreativeWork", "url": "https://social.example/post/9"}]}


def test_review_urls_must_be_web_urls():
    from click.testing import CliRunner

    from crosscheck.cli import cli

    result = CliRunner().invoke(cli, ["verify", "Putin spoke with Tiani", "seeds", "-f", "claimreview",
                                      "--review-url", "javascript:alert(1)"])
    assert result.exit_code == 2 and "http" in result.output


# -- verify reads and groups as check does (issue 15, item 8) ----------------------------------

S003, S004 = "003_e807be89b2c22af0", "004_50d46d4d69e4b798"


@pytest.fixture(scope="module")
def seed_report():
    from crosscheck.pipeline import check

    return check([SEEDS])


@pytest.mark.parametrize(("claim", "kind", "documents"), [
    ("Niger's leader spoke with Putin by phone on 26 March 2024", "agreement", {S000, S002}),
    # check counts "In March, Putin and Goita committed to ..." as the March call (seed F3): so does verify
    ("Putin and Goita spoke by phone in March 2024", "agreement", {S000, S001}),
    ("Niger and Russia agreed to develop military ties in January 2024", "agreement", {S001, S002}),
    ("Niger's elected president was ousted in a coup in July 2023", "agreement", {S001, S002}),
    ("US troops will leave Niger by mid-September 2024", "single_source", {S001}),
    ("Goita is expected to meet Putin", "single_source", {S004}),
])
def test_verify_counts_the_independent_sources_check_reports(seeds, seed_report, claim, kind, documents):
    assert any(f.kind == kind and set(f.documents) == documents for f in seed_report.findings)
    result = judge(seeds, claim)
    assert result.verdict == "supported"
    assert set(supporting(result)) == documents
    assert result.independent_sources == len(documents)


@pytest.mark.parametrize(("claim", "what"), [
    ("US troops will leave Niger by mid-September 2024", "withdrawal (expected)"),
    ("Goita is expected to meet Putin", "meeting (expected)"),
])
def test_a_stated_withdrawal_and_a_planned_meeting_are_read_as_such(seeds, claim, what):
    result = judge(seeds, claim)
    assert [p.claim for s in result.statements for p in s.parts if p.part == "what"] == [what]


def test_an_expected_event_is_dated_against_what_sources_expect(seeds):
    result = judge(seeds, "US troops will leave Niger by mid-September 2024")
    assert parts(result)["when"] == "supported"


def test_a_claim_of_an_open_event_class_is_judged_with_checks_grouping(rehab_articles, pack):
    from crosscheck.pipeline import check

    folder = rehab_articles
    reported = {frozenset(f.documents) for f in check([folder]).findings if f.kind == "agreement"}
    assert reported == {frozenset({"a", "b"})}
    docs, _ = extract_documents([folder], pack)
    verifier = Verifier(docs, pack)
    result = judge(verifier, "Lindsay Lohan checked into rehab in Malibu on 4 May 2010")
    assert result.verdict == "supported" and result.independent_sources == 2
    assert sorted(e.quote.line for s in result.statements for e in s.evidence) == [5, 5]
    elsewhere = judge(verifier, "Lindsay Lohan checked into rehab in Malibu on 4 June 2011")
    assert elsewhere.verdict == "unverified" and elsewhere.independent_sources == 0


def test_an_open_class_statement_shows_the_words_of_the_claim_and_sources_not_the_class(rehab_articles, pack):
    """"check" and "rehab" are what the claim and the articles say; "rehabilitate" is only the
    lexicon class "rehab" is filed under, and stays the statement's kind."""
    docs, _ = extract_documents([rehab_articles], pack)
    result = judge(Verifier(docs, pack), "Lindsay Lohan checked into rehab in Malibu on 4 May 2010")
    [statement] = result.statements
    assert statement.label == "check, rehab" and "rehabilitate" in statement.kind
    [what] = [p for p in statement.parts if p.part == "what"]
    assert what.claim == "check, rehab" and what.source_values == ["check, rehab"]
    unknown = judge(Verifier(docs, pack), "The zoo in Malibu reopened")
    assert [s.label for s in unknown.statements] == ["reopen"]


def test_two_open_claims_in_one_run_judge_as_two_separate_runs(tmp_path, rehab_articles):
    """Each claim is placed among the corpus's occurrences without changing them: a run with two
    claims gives each the verdict a run of its own gives it."""
    folder = rehab_articles
    claims = ["Lindsay Lohan checked into rehab in Malibu on 4 May 2010", "Lindsay Lohan checked into rehab in Malibu on 4 June 2011"]
    listed = tmp_path / "claims.txt"
    listed.write_text("\n".join(claims) + "\n", encoding="utf-8")
    together = json.loads(run("--claims", str(listed), str(folder), "--format", "json").output)["verdicts"]
    alone = [json.loads(run(claim, str(folder), "--format", "json").output)["verdicts"][0] for claim in claims]
    assert [v["verdict"] for v in together] == ["supported", "unverified"]
    for joint, single in zip(together, alone):
        assert {k: v for k, v in joint.items() if k not in ("id", "line", "path")} == \
               {k: v for k, v in single.items() if k not in ("id", "line", "path")}


def test_the_corpus_is_grouped_into_open_events_once_per_run(rehab_articles, pack, monkeypatch):
    """Verifying many claims costs one grouping of the corpus, not one per claim."""
    import crosscheck.compare.open_lookup as lookup

    calls = []
    grouping = lookup.open_event_groups
    monkeypatch.setattr(lookup, "open_event_groups", lambda *a, **k: calls.append(1) or grouping(*a, **k))
    docs, _ = extract_documents([rehab_articles], pack)
    verifier = Verifier(docs, pack)
    verdicts = [judge(verifier, f"Lindsay Lohan checked into rehab in Malibu on {day} May 2010") for day in (3, 4, 5)]
    assert len(calls) == 1
    assert [v.verdict for v in verdicts] == ["unverified", "supported", "unverified"]


def test_a_troop_level_held_at_an_earlier_unstated_time_is_no_evidence_for_a_date(news_folder, pack):
    """As check compares it with nothing (item 7), verify does not count "had some 1,100 troops at
    its peak" as the level in September, the article's month; a level told as current counts."""
    folder = news_folder("troops", {
        "now": ("US troops in Niger", "July 8, 2024", "About 500 US troops are stationed in Niger, officials said."),
        "peak": ("Last US troops leave Niger", "September 16, 2024", "At its peak, the US had some 1,100 troops in Niger."),
    })
    docs, _ = extract_documents([folder], pack)
    verifier = Verifier(docs, pack)
    assert judge(verifier, "Some 1,100 US troops were in Niger in September 2024").verdict == "unverified"
    current = judge(verifier, "About 500 US troops were in Niger in July 2024")
    assert current.verdict == "supported" and supporting(current) == ["now"]


def test_verify_names_the_sources_checks_agreement_names_for_an_event_told_by_untyped_names(news_folder, pack):
    """Issue 15 item 8: no name is typed ("Waitrose", "Banstead"); check joins the two ledes by
    the rare names they share, and verify, filing the claim by the same words and joining by
    the same rules, counts the same two sources, not the fire in Wellington."""
    from crosscheck.pipeline import check

    folder = news_folder("fires", {
        "a": ("Fire at Banstead store", "March 2, 2024",
              "A fire gutted the Waitrose store in Banstead overnight. Crews from Reigate and Epsom fought the flames."),
        "b": ("Blaze in Surrey", "March 2, 2024",
              "A huge fire destroyed the Waitrose supermarket in Banstead. Crews from Epsom and Reigate were called."),
        "c": ("Fire in Wellington", "March 2, 2024",
              "A fire gutted the Waitrose store in Wellington overnight. Crews from Taunton fought the flames."),
    })
    [agreement] = [f for f in check([folder]).findings if f.kind == "agreement"]
    docs, _ = extract_documents([folder], pack)
    result = judge(Verifier(docs, pack), "A fire gutted the Waitrose store in Banstead")
    assert result.verdict == "supported"
    assert supporting(result) == list(agreement.documents) == ["a", "b"]
    assert result.independent_sources == 2


def test_a_claim_that_names_no_country_is_placed_by_the_participants_it_names(tmp_path, pack):
    """"The army and the RSF have been at war since April 2023" names no country: it was
    unverified though two articles tell that war of the RSF; an article about another war that
    names neither does not count, and neither does one that dates the RSF's war otherwise."""
    articles = {
        "a.txt": "Sudan talks\n\nSudan's army and the RSF have been at war since April 2023, a mediator said.\n",
        "b.txt": "Sudan's long war\n\nThe war between the army and the RSF began in April 2023, officials said.\n",
        "c.txt": "Another war\n\nTurkey's army and the PKK have been at war since 1984, a historian said.\n",
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs, _ = extract_documents([tmp_path], pack)
    result = judge(Verifier(docs, pack), "The army and the RSF have been at war since April 2023", date(2025, 11, 4))
    assert result.verdict == "supported" and result.independent_sources == 2
    cited = {e.quote.document for s in result.statements for e in s.evidence if e.stance == "supports"}
    assert cited == {"a", "b"}


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_copies_counted_as_one_source_are_named_as_a_reader_knows_them(tmp_path, pack, fmt):
    """Two sites printing one wire story are one source; the verdict names both copies by outlet
    or title beside their ids, not by file ids alone."""
    story = "Sudan's army and the RSF have been at war since April 2023, a mediator said. " * 3
    records = [{"id": "wire", "outlet": "Gulf Wire", "text": story}, {"id": "copy", "outlet": "Nile Courier", "text": story},
               {"id": "other", "outlet": "Sudan Daily", "text": "The war between the army and the RSF began in April 2023."}]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps({**r, "published": "2025-11-04"}) + "\n" for r in records),
                                         encoding="utf-8")
    docs, _ = extract_documents([tmp_path], pack)
    claim = ClaimInput(id="t", text="The army and the RSF have been at war since April 2023")
    result = verify_claims(docs, [claim], pack, date(2025, 11, 4))
    assert result.verdicts[0].source_groups, "the two copies are one source"
    out = render_verdicts(result, fmt).replace("\\_", "_")
    assert "copy (Nile Courier), wire (Gulf Wire)" in out
