"""verify on what a claim calls a person (crosscheck.verify.titles): ranks, offices and roles read
with check's rules and judged against what the seeds' sources call the same person."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck.cli.verify import verify
from crosscheck.pipeline import extract_documents
from crosscheck.rules import RuleError, load_rules
from crosscheck.verify import ClaimInput, Verifier

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
S000, S001, S002, S003, S004 = ("000_90ca6e7b170494c8", "001_cbd39d7b5994fbc4", "002_358a4b9e5b634885",
                                "003_e807be89b2c22af0", "004_50d46d4d69e4b798")


@pytest.fixture(scope="module")
def seeds():
    pack = load_rules([])
    docs, _ = extract_documents([SEEDS], pack)
    return Verifier(docs, pack)


def judged(seeds, text, as_of=None):
    verdict = seeds.verify(ClaimInput(id="1", text=text), as_of)
    stances = {}
    for statement in verdict.statements:
        for item in statement.evidence:
            stances.setdefault(item.stance, set()).add(item.source)
    return verdict, stances


def test_the_rank_the_latest_source_gives_supports_the_claim(seeds):
    """Goita is a Colonel in 2022 (003) and a General in 2025 (004): check files a change over time."""
    verdict, stances = judged(seeds, "Goita is a general")
    assert verdict.verdict == "supported" and verdict.independent_sources == 1
    assert stances == {"supports": {S004}, "related": {S003}}
    assert [s.kind for s in verdict.statements] == ["rank"]


def test_an_earlier_rank_is_contradicted_by_the_latest_source_and_true_of_the_past(seeds):
    verdict, stances = judged(seeds, "Goita is a colonel")
    assert verdict.verdict == "contradicted" and stances["contradicts"] == {S004}
    assert "the claim says colonel" in verdict.summary and "says General" in verdict.summary
    assert judged(seeds, "Goita was a colonel")[0].verdict == "supported"


def test_as_of_leaves_out_the_sources_published_after_it(seeds):
    verdict, stances = judged(seeds, "Goita is a colonel", as_of=date(2022, 10, 10))
    assert verdict.verdict == "supported" and stances == {"supports": {S003}}


def test_a_role_is_read_with_the_titles_rules_of_check(seeds):
    verdict, stances = judged(seeds, "Goita is the junta leader")
    assert verdict.verdict == "supported" and verdict.independent_sources == 2
    assert stances["supports"] == {S000, S004}


def test_a_role_no_source_uses_is_unverified_and_names_what_sources_call_the_person(seeds):
    """The claim of the issue: "Tiani is the head of the junta" was "no event or figure could be read"."""
    verdict, stances = judged(seeds, "Tiani is the head of the junta")
    assert verdict.verdict == "unverified"
    assert [(s.kind, s.parts[0].claim) for s in verdict.statements] == [("role", "head of the junta")]
    assert stances == {"related": {S001, S002}}
    assert "transitional leader" in verdict.summary and "the leader of Niger’s military regime" in verdict.summary


def test_an_office_of_the_persons_own_country_is_read_and_of_another_is_not(seeds):
    verdict, stances = judged(seeds, "Putin is the president of Russia")
    # Every seed calls him President and none anything else: earlier sources still support it.
    assert verdict.verdict == "supported" and stances == {"supports": {S000, S001, S002, S003, S004}}
    verdict, _ = judged(seeds, "Putin is the president of France")
    assert verdict.verdict == "unverified" and not verdict.independent_sources


def test_a_claim_with_nothing_to_read_says_what_could_not_be_read(seeds):
    verdict, _ = judged(seeds, "The sky is blue")
    assert verdict.verdict == "unverified" and "rank, office or role could be read" in verdict.summary


def test_a_contradicted_rank_exits_1_and_a_supported_one_0():
    assert CliRunner().invoke(verify, ["Goita is a colonel", str(SEEDS)]).exit_code == 1
    assert CliRunner().invoke(verify, ["General Tiani", str(SEEDS)]).exit_code == 0


STATED = load_rules([]).get("stated_titles")
GROUPS = [(f.language, name) for f in STATED for name in ("present", "past", "owners", "past_title", "office_of")]


@pytest.mark.parametrize("language,group", GROUPS)
def test_stated_title_cues_match_their_examples(language, group):
    cues = getattr(next(f for f in STATED if f.language == language), group)
    for text in cues.examples.match:
        assert cues.search(text), text
    for text in cues.examples.no_match:
        assert not cues.search(text), text


def test_a_role_sentence_without_both_slots_is_a_rule_error(tmp_path):
    source = (Path(__file__).resolve().parents[1] / "rules" / "en" / "stated_titles.yaml").read_text(encoding="utf-8")
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "stated_titles.yaml").write_text(source.replace('"{name}, the {role}, spoke."', '"the {role} spoke."'),
                                              encoding="utf-8")
    with pytest.raises(RuleError) as raised:
        load_rules([tmp_path])
    assert any("{role} and {name}" in p.message for p in raised.value.problems)


def _article(folder: Path, name: str, published: str, body: str) -> None:
    (folder / name).write_text(f"Example News\n\nA crash at the crossing\n\n{published}\n\n{body}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def offices(tmp_path_factory):
    """Two outlets of one day give one person two judicial offices, in two languages."""
    folder = tmp_path_factory.mktemp("offices")
    _article(folder, "en.txt", "March 4, 2026", "Investigating judge Marie Dubois said the lorry driver was charged on Tuesday.")
    _article(folder, "fr.txt", "4 mars 2026", "La procureure du Roi de Liège, Marie Dubois, a confirmé l'ouverture d'une enquête mardi.")
    pack = load_rules([])
    docs, _ = extract_documents([folder], pack)
    return Verifier(docs, pack)


@pytest.mark.parametrize(
    ("claim", "verdict", "supporting", "against"),
    [
        # Each office is said by one source and denied by the other, in either language.
        ("Marie Dubois is the prosecutor", "mixed", {"fr"}, {"en"}),
        ("Marie Dubois is a judge", "mixed", {"en"}, {"fr"}),
        # An office no source gives is denied by both.
        ("Marie Dubois is the mayor", "contradicted", set(), {"en", "fr"}),
        # An office of another domain is neither said nor denied: a judge may speak for a court.
        ("Marie Dubois is the spokeswoman", "unverified", set(), set()),
    ],
)
def test_judicial_offices_are_judged_in_both_languages(offices, claim: str, verdict: str, supporting: set[str],
                                                       against: set[str]) -> None:
    result, stances = judged(offices, claim)
    assert [s.kind for s in result.statements] == ["office"]
    assert result.verdict == verdict, result.summary
    assert stances.get("supports", set()) == supporting and stances.get("contradicts", set()) == against
