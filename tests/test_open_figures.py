"""Figures of open-vocabulary events: each goes to the event word it measures
(extract/open_claims.py ``_nearest``), and sources that tell one open event compare its figures
by measure and as-of time (compare/open_figures.py; issue 15, items 1 and 7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.pipeline import check, extract_documents
from crosscheck.rules import load_rules


def _folder(tmp_path: Path, texts: dict[str, tuple[str, str]]) -> Path:
    """One article per name: (publication line, body)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, (published, body) in texts.items():
        (folder / f"{name}.txt").write_text(f"{name.title()} Gazette\n\nPublished: {published}\n\n{body}\n", encoding="utf-8")
    return folder


def _figures_by_predicate(tmp_path: Path, body: str, language_line: str = "March 2, 2027") -> dict[str, list[str]]:
    folder = _folder(tmp_path, {"one": (language_line, body)})
    [ed], _ = extract_documents(sorted(folder.iterdir()), load_rules())
    found: dict[str, list[str]] = {}
    for claim in ed.claims:
        if claim.trigger is not None and claim.figures:
            found.setdefault(claim.predicate, []).extend(f.exact for f in claim.figures)
    return found


def _figure_findings(report):
    return [f for f in report.findings if "| figures" in f.subject]


def test_a_prison_term_goes_to_the_sentencing_not_to_the_nearer_crime(tmp_path):
    """'sentenced X to seven years in prison for fraud': the term measures the sentence."""
    found = _figures_by_predicate(tmp_path, "A court in Dunmore on Monday sentenced the former mayor Arvid Kessel "
                                            "to seven years in prison for fraud and bribery, a court clerk said.")
    assert found.get("sentence") == ["seven"]
    assert "fraud" not in found and "bribery" not in found


def test_a_figure_of_another_measure_still_goes_to_the_nearest_event_word(tmp_path):
    """What prosecutors sought fits no event word of its sentence: the nearest takes it."""
    found = _figures_by_predicate(tmp_path, "Prosecutors had sought a 12-year sentence for the former mayor.")
    assert found == {"sentence": ["12"]}


def test_a_figure_in_a_clause_without_an_event_word_goes_to_the_event_of_its_sentence(tmp_path):
    """French apposition: the term stands in a clause of its own, after the condemned man's name."""
    folder = tmp_path / "fr"
    folder.mkdir()
    (folder / "un.txt").write_text(
        "La Gazette de Dunmore\n\nPublié le 02/03/2027\n\n"
        "Le tribunal a condamné lundi l'ancien maire de la ville, Arvid Kessel, à sept ans de prison ferme.\n",
        encoding="utf-8")
    [ed], _ = extract_documents(sorted(folder.iterdir()), load_rules())
    terms = [(c.predicate, f.exact) for c in ed.claims for f in c.figures if f.unit == "years in prison"]
    assert terms and all(predicate == "condamner" for predicate, _ in terms)


def test_two_sources_giving_different_prison_terms_contradict(tmp_path):
    report = check([_folder(tmp_path, {
        "north": ("March 2, 2027", "A court in Dunmore on Monday sentenced former mayor Arvid Kessel to seven years "
                                   "in prison for fraud, a court clerk said."),
        "south": ("March 3, 2027", "Former Dunmore mayor Arvid Kessel was sentenced to four years in prison on Monday "
                                   "for fraud."),
    })])
    [finding] = _figure_findings(report)
    assert finding.kind == "contradiction"
    assert finding.documents == ["north", "south"]
    assert {v.document: v.measure for v in finding.values} == {"north": "years in prison sentenced",
                                                               "south": "years in prison sentenced"}
    assert {v.document: v.as_of for v in finding.values} == {"north": "2027-03-02", "south": "2027-03-03"}
    [agreement] = [f for f in report.findings if f.kind == "agreement"]
    assert "differ on its figures" in agreement.summary


def test_what_prosecutors_sought_is_another_measure_than_the_sentence(tmp_path):
    report = check([_folder(tmp_path, {
        "north": ("March 2, 2027", "A court in Dunmore on Monday sentenced former mayor Arvid Kessel to seven years "
                                   "in prison for fraud. Prosecutors had sought a 12-year sentence."),
        "south": ("March 3, 2027", "Former Dunmore mayor Arvid Kessel was sentenced to seven years in prison on Monday "
                                   "for fraud."),
    })])
    assert _figure_findings(report) == []
    assert [f.kind for f in report.findings if f.kind == "agreement"] == ["agreement"]


def test_the_same_term_in_two_sources_is_no_contradiction(tmp_path):
    report = check([_folder(tmp_path, {
        "north": ("March 2, 2027", "A court in Dunmore on Monday sentenced former mayor Arvid Kessel to seven years "
                                   "in prison for fraud."),
        "south": ("March 3, 2027", "Former Dunmore mayor Arvid Kessel was sentenced to seven years in prison on Monday."),
    })])
    assert _figure_findings(report) == []




def _one_group(tmp_path: Path, texts: dict[str, tuple[str, str]]):
    """The figure findings of one open group made of every claim with figures of the articles
    (an occurrence the grouping formed), with a judge as compare makes it, and the group."""
    from types import SimpleNamespace

    from crosscheck.compare import settings
    from crosscheck.compare.findings import EventJudge
    from crosscheck.compare.measures import MeasureReader
    from crosscheck.compare.open_figures import open_figure_findings

    rules = load_rules()
    docs, _ = extract_documents(sorted(_folder(tmp_path, texts).iterdir()), rules)
    group = []
    for ed in docs:
        for claim in ed.claims:
            if claim.figures:
                published = ed.document.published
                group.append(SimpleNamespace(index=len(group), claim=claim, doc=ed, source=ed.document.id,
                                             persons=frozenset(), names={}, start=published, end=published,
                                             granularity="day", implied=True, event_class=claim.predicate))
    config = settings(rules)
    judge = EventJudge(MeasureReader(rules), config.contradiction_window_days, config.change_after_days)
    return (lambda: open_figure_findings(judge, group, "story")), group


def test_figures_of_other_event_words_of_one_story_are_not_one_measure(tmp_path):
    """A group may gather a story's event words (the shooting, the riot after it, the arrests):
    "hitting him eleven times" measures the shooting and "arrested four times" the boy's record,
    and the two are never compared as one measure; two accounts of one event word ("hitting him
    eleven / four times") are."""
    findings, group = _one_group(tmp_path, {
        "north": ("March 12, 2013", "Police officers shot Kimani Gray in Brooklyn on Saturday, hitting him eleven times."),
        "south": ("March 14, 2013", "Kimani Gray had been arrested four times, police said."),
    })
    assert {v.event_class for v in group} == {"hit", "arrest"}
    assert findings() == []
    (tmp_path / "same").mkdir()
    findings, group = _one_group(tmp_path / "same", {
        "north": ("March 12, 2013", "Police officers shot Kimani Gray in Brooklyn on Saturday, hitting him eleven times."),
        "south": ("March 14, 2013", "Police officers shot Kimani Gray in Brooklyn on Saturday, hitting him four times."),
    })
    assert {v.event_class for v in group} == {"hit"}  # one event word: its figures are compared
    assert [f.kind for f in findings()] == ["contradiction"]


@pytest.mark.parametrize("record, compared", [
    ("Kimani Gray has four prior arrests, police said.", False),
    ("Kimani Gray had previously been arrested four times, police said.", False),
    ("Police arrested four people in Brooklyn on Wednesday, police said.", True),
])
def test_a_count_told_as_someones_earlier_record_is_not_the_events_count(tmp_path, record, compared):
    """"four prior arrests" is Gray's record, not a count of the riot's arrests (46)."""
    findings, group = _one_group(tmp_path, {
        "north": ("March 14, 2013", record),
        "south": ("March 14, 2013", "Police arrested 46 people in Brooklyn on Wednesday night."),
    })
    for v in group:
        v.event_class = "arrest"
    assert bool(findings()) == compared


@pytest.mark.parametrize(("body", "predicate", "figure"), [
    # A conjunct with its own figure and its own verb gives that verb the figure (and its own clause).
    ("At least four climbers were killed and about 20 others were injured when an avalanche hit "
     "the camp on Monday evening, rescuers said.", "injure", "about 20"),
    ("Two hostages were freed and three others were moved to another camp, the army said.", "move", "three"),
])
def test_a_conjunct_with_its_own_figure_and_verb_takes_its_figure(tmp_path, body, predicate, figure):
    found = _figures_by_predicate(tmp_path, body)
    assert figure in found.get(predicate, []), found


def test_a_time_of_day_before_a_weekday_dates_the_clause(tmp_path):
    """'before dawn on Sunday' is a time of the escape, not a clause of its own."""
    folder = _folder(tmp_path, {"one": ("March 2, 2027", "Eleven inmates broke out of the jail before dawn on Sunday, "
                                                          "prison officials said.")})
    [ed], _ = extract_documents(sorted(folder.iterdir()), load_rules())
    [broke] = [c for c in ed.claims if c.trigger is not None and c.trigger.text == "broke"]
    assert broke.time is not None and broke.time.start.isoformat() == "2027-02-28"
