"""Plans across outlets (issue 15, item 7; blind sets' cause C5): two outlets that announce one
planned or expected event agree that it is planned, in sport, politics, business or a strike
alike; a plan is never confirmed by an account of the event done, nor the other way round."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.pipeline import check


def outlets(tmp_path: Path, *stories: tuple[str, str, str]) -> list[Path]:
    """One article per (name, published, sentence), in one folder."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, published, sentence in stories:
        (folder / f"{name}.txt").write_text(f"News\n\nPublished: {published}\n\n{sentence}\n", encoding="utf-8")
    return [folder]


PLANS = [
    pytest.param("Castor Group is expected to complete its takeover of Delmar Foods in July, the company said.",
                 "Castor Group is due to complete the takeover of Delmar Foods in July.", "2026-07", id="business"),
    pytest.param("The Nordbahn Workers Union will strike on Thursday over pay.",
                 "A strike by the Nordbahn Workers Union is planned for Thursday.", "2026-03-05", id="strike"),
    pytest.param("Olympique Vernon will play Racing Marlow in the cup final at the Stade Delorme on Saturday.",
                 "Racing Marlow are set to play Olympique Vernon in the cup final at the Stade Delorme on Saturday.",
                 "2026-03-07", id="sport"),
    pytest.param("Mayor-elect Catherine Lavoie will be sworn in on May 19.",
                 "Catherine Lavoie is due to be sworn in as mayor on May 19.", "2026-05-19", id="politics"),
]


@pytest.mark.parametrize("first, second, when", PLANS)
def test_two_outlets_announcing_one_plan_agree_that_it_is_planned(tmp_path, first, second, when):
    report = check(outlets(tmp_path, ("a", "2026-03-02", first), ("b", "2026-03-03", second)))
    agreements = [f for f in report.findings if f.kind == "agreement" and set(f.documents) == {"a", "b"}]
    assert [when in f.subject for f in agreements] == [True]
    assert "is expected" in agreements[0].summary
    assert not [f for f in report.findings if f.kind == "single_source"]


def test_a_plan_and_the_event_done_are_not_one_agreement(tmp_path):
    """An outlet that says the union will strike on Thursday and one that says it struck that
    Thursday do not confirm each other: one tells a plan, the other an event."""
    report = check(outlets(tmp_path, ("a", "2026-03-02", "The Nordbahn Workers Union will strike on Thursday over pay."),
                           ("b", "2026-03-06", "The Nordbahn Workers Union went on strike on Thursday over pay.")))
    assert not [f for f in report.findings if f.kind == "agreement"]


def test_a_strike_called_by_a_union_is_no_phone_call(tmp_path):
    report = check(outlets(tmp_path, ("a", "2026-06-11", "The strike, called by the SNCTA union over staffing and pay, "
                                                         "is due to continue on Friday.")))
    assert not [f for f in report.findings if "phone call" in f.summary or "call" in f.subject.split(":")[0]]


def test_a_plan_then_reported_done_is_a_change(tmp_path):
    """The union will strike on Thursday (Monday's paper); it went on strike on Thursday (Friday's):
    one event at two moments, compared as a change, neither a lone source."""
    report = check(outlets(tmp_path, ("a", "2026-03-02", "The Nordbahn Workers Union will strike on Thursday over pay."),
                           ("b", "2026-03-06", "The Nordbahn Workers Union went on strike on Thursday over pay.")))
    [change] = [f for f in report.findings if f.kind == "change"]
    assert change.documents == ["a", "b"] and change.subject.endswith("planned, then done")
    assert "was expected, then reported done" in change.summary
    assert not [f for f in report.findings if f.kind == "single_source"]


@pytest.mark.parametrize("published, done", [
    pytest.param("2026-03-12", "Driver Karl Weber went on strike on Tuesday over pay.", id="another day"),
    pytest.param("2026-03-06", "Engineer Ilse Braun went on strike on Thursday over pay.", id="another striker"),
])
def test_a_plan_is_no_change_of_another_event(tmp_path, published, done):
    report = check(outlets(tmp_path, ("a", "2026-03-02", "Driver Karl Weber will strike on Thursday over pay."),
                           ("b", published, done)))
    assert not [f for f in report.findings if f.kind == "change"]


@pytest.mark.parametrize("first, second", [
    pytest.param("Mali's leader Assimi Goita is expected to meet Russian President Vladimir Putin in Moscow on Tuesday.",
                 "Assimi Goita will meet Vladimir Putin in Moscow on Thursday, the Kremlin said.", id="meeting"),
    pytest.param("The Nordbahn Workers Union will strike on Thursday over pay.",
                 "The Nordbahn Workers Union will strike on Friday over pay.", id="strike"),
])
def test_two_outlets_planning_one_event_on_two_days_contradict_each_other(tmp_path, first, second):
    report = check(outlets(tmp_path, ("a", "2026-03-02", first), ("b", "2026-03-02", second)))
    [clash] = [f for f in report.findings if f.subject.endswith("planned date")]
    assert clash.kind == "contradiction" and clash.documents == ["a", "b"]
    assert not [f for f in report.findings if f.kind == "agreement"]


def test_a_later_announcement_of_another_day_is_a_plan_that_moved(tmp_path):
    report = check(outlets(tmp_path, ("a", "2026-03-02", "The Nordbahn Workers Union will strike on Friday over pay."),
                           ("b", "2026-03-05", "The Nordbahn Workers Union will strike on Monday over pay.")))
    [moved] = [f for f in report.findings if f.subject.endswith("planned date")]
    assert moved.kind == "change" and "moved" in moved.summary


def test_a_meeting_planned_for_one_day_and_held_on_another_is_no_agreement(tmp_path):
    """ "Will meet union leaders on Monday" and "the meeting on Tuesday" tell one meeting's date
    question (the plan moved, or one outlet is wrong), never that two sources agree on it."""
    report = check(outlets(tmp_path,
                           ("a", "2026-03-06", "France's junior transport minister, Gregoire Vasseur, will meet union "
                                               "leaders on Monday, March 9, his office said."),
                           ("b", "2026-03-11", "France's junior transport minister, Gregoire Vasseur, met union leaders on "
                                               "Tuesday, March 10, in Paris.")))
    assert not [f for f in report.findings if f.kind == "agreement"], [f.summary for f in report.findings]


def test_a_plan_for_one_day_and_the_event_done_on_another_is_a_plan_that_moved(tmp_path):
    """ "Expected to sign on Monday" (published before) and "signed on Tuesday": one event whose
    plan moved, a change, never two single-source claims nor an agreement."""
    report = check(outlets(tmp_path,
                           ("a", "2026-03-05", "Castor Group is expected to sign the Delmar Foods deal on Monday, the company said."),
                           ("b", "2026-03-11", "Castor Group signed the Delmar Foods deal on Tuesday, the company said.")))
    changes = [f for f in report.findings if f.kind == "change"]
    assert len(changes) == 1 and "on another day" in changes[0].summary, [f.summary for f in report.findings]
    assert not [f for f in report.findings if f.kind in ("agreement", "single_source")]
    (tmp_path / "far").mkdir()
    far = check(outlets(tmp_path / "far",
                        ("a", "2026-03-05", "Castor Group is expected to sign the Delmar Foods deal on Monday, the company said."),
                        ("b", "2026-03-16", "Castor Group signed the Delmar Foods deal on Friday, the company said.")))
    assert not [f for f in far.findings if f.kind == "change"]  # four days later: another signing, as far as dates tell


@pytest.mark.parametrize("held, clash", [
    ("French transport minister Paul Girard met leaders of the Dockers Federation in Paris on Tuesday, March 10.", True),
    ("French transport minister Paul Girard met leaders of the Dockers Federation in Paris on Monday, March 9.", False),
])
def test_a_plan_for_one_day_told_done_on_another_is_a_date_contradiction(tmp_path, held, clash):
    """A meeting announced for Monday the 9th that another outlet tells held on Tuesday the 10th
    is one meeting on two dates: a contradiction on its date, never an agreement."""
    report = check(outlets(tmp_path, ("plan", "2026-03-05", "France's transport minister Paul Girard will meet leaders of the "
                                                            "Dockers Federation in Paris on Monday, March 9, his office said."),
                           ("held", "2026-03-11", held)))
    dates = [f for f in report.findings if f.kind == "contradiction" and f.subject.endswith("| date")]
    agreements = [f for f in report.findings if f.kind == "agreement" and set(f.documents) == {"plan", "held"}]
    assert bool(dates) == clash
    if clash:
        assert {v.document for v in dates[0].values} == {"plan", "held"} and not agreements
