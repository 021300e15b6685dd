"""Open-event findings (crosscheck.compare.open_events): which sentence a finding quotes."""

from __future__ import annotations

import pytest

from crosscheck.pipeline import check

RESIGNATION = {
    "a": ("Harbour minister resigns over ferry deal", "September 16, 2026",
          "Harbour minister Orla Quennell resigned on Tuesday after a newspaper revealed a ferry deal. "
          "Orla Quennell denied any wrongdoing."),
    "b": ("Quennell quits cabinet", "September 17, 2026",
          "Orla Quennell resigned on Tuesday, a day after the ferry deal was revealed. "
          "Orla Quennell said she was leaving with a clear conscience."),
}


def test_an_agreement_quotes_the_dated_sentence_not_the_headline_that_comes_first(news_folder):
    report = check([news_folder("resign", RESIGNATION)])
    agreements = [f for f in report.findings if f.kind == "agreement" and "2026-09-15" in f.subject]
    assert len(agreements) == 1
    quoted = {q.document: q.text for q in agreements[0].quotes}
    assert all("resigned on Tuesday" in text for text in quoted.values()), quoted


SHOOTING = {
    "a": ("Teenager killed at Brest traffic stop", "March 12, 2026",
          "Malo Kerbrat, 17, was shot dead by a police officer at a traffic stop in Brest on Monday. "
          "Malo Kerbrat was driving his mother's car. Hundreds gathered in the Recouvrance district on Tuesday. "
          "Malo Kerbrat's family called for calm. Local shops stayed closed. "
          "The officer was charged with manslaughter on Wednesday, the prosecutor's office said."),
    "b": ("Brest officer charged over Kerbrat death", "March 12, 2026",
          "A police officer who shot Malo Kerbrat, 17, at a traffic stop in Brest on Monday faces trial. "
          "Malo Kerbrat's family have hired a lawyer. Marches were held in Recouvrance. "
          "Malo Kerbrat had no criminal record. Traffic stops are under review. "
          "The 41-year-old officer was charged with manslaughter on Wednesday and released under judicial supervision."),
}
# Two other stories, each of its own officer charged on that Wednesday.
OTHER_OFFICERS = {
    "a": SHOOTING["a"],
    "c": ("Lyon fraud inquiry widens", "March 12, 2026",
          "Investigators in Lyon searched the offices of the Rhone transport authority on Monday. "
          "Anouk Verrier, its director, denied wrongdoing. Anouk Verrier said the accounts were in order. "
          "Auditors found missing invoices. Staff were sent home. "
          "The officer was charged with fraud on Wednesday, a magistrate said."),
}


def test_two_sources_that_describe_one_participant_alike_agree_on_its_dated_event(news_folder):
    """Neither names the officer: "the officer" and "the 41-year-old officer" charged on Wednesday
    in two articles of one story tell one charge."""
    report = check([news_folder("shooting", SHOOTING)])
    charged = [f for f in report.findings if f.kind == "agreement" and "2026-03-11" in f.subject]
    assert [sorted(f.documents) for f in charged] == [["a", "b"]]
    assert all("officer was charged" in q.text for q in charged[0].quotes)


def test_one_head_noun_in_two_stories_is_no_shared_participant(news_folder):
    report = check([news_folder("officers", OTHER_OFFICERS)])
    assert not [f for f in report.findings if f.kind == "agreement" and "2026-03-11" in f.subject]


def _award(second_sentence: str, published_b: str = "September 17, 2026") -> dict:
    return {
        "a": ("Ferry minister quits over harbour deal", "September 16, 2026",
              "Harbour minister Orla Quennell resigned on Tuesday over a ferry contract given to Tidewell Marine. "
              "Orla Quennell denied any wrongdoing. Tidewell Marine is owned by her cousin. "
              "Orla Quennell said she would co-operate. The opposition welcomed the move. "
              "The contract was awarded in April 2025, according to department records."),
        "b": ("Quennell resignation: what we know", published_b,
              "Orla Quennell resigned on Tuesday after reports about Tidewell Marine. "
              "Orla Quennell had been minister since 2023. Tidewell Marine runs two ferries. "
              "Orla Quennell's successor will be named this week. Unions called for an inquiry. "
              + second_sentence),
    }


@pytest.mark.parametrize("second_sentence, published_b, contradiction", [
    ("The contract was awarded in February 2025, after three firms were invited to bid.", "September 17, 2026", True),
    # a word of a second occurrence: another award, not another date of this one
    ("A second contract was awarded in February 2025, after three firms were invited to bid.", "September 17, 2026", False),
    ("The contract was awarded in February 2023, after three firms were invited to bid.", "September 17, 2026", False),  # years apart
])
def test_one_event_told_with_two_dates_is_a_date_contradiction(news_folder, second_sentence, published_b, contradiction):
    report = check([news_folder("award", _award(second_sentence, published_b))])
    clashes = [f for f in report.findings if f.kind == "contradiction" and f.subject.endswith("| date")]
    assert bool(clashes) == contradiction, [f.summary for f in report.findings]
    if contradiction:
        assert sorted(clashes[0].documents) == ["a", "b"]
        assert sorted(v.value for v in clashes[0].values) == ["2025-02", "2025-04"]


def _searches(day_b: str) -> dict:
    return {
        "a": ("Police search ferry firm's offices", "March 10, 2026",
              "Detectives searched the offices of Tidewell Marine in Brest on Monday, Tidewell Marine said. "
              "Tidewell Marine's owner Maelle Guivarch denied wrongdoing. Maelle Guivarch said the accounts were in order. "
              "The harbour board suspended the firm's licence. Staff were sent home."),
        "b": ("Tidewell Marine under investigation", "March 12, 2026",
              f"Detectives searched the offices of Tidewell Marine in Brest on {day_b}, the prosecutor said. "
              "Maelle Guivarch, its owner, has hired a lawyer. Maelle Guivarch said she would co-operate. "
              "The harbour board suspended the firm's licence. Unions called for calm."),
        # another story of the run: a name two of three articles use is rare enough to tell one event
        "c": ("Lorient regatta postponed", "March 11, 2026",
              "Organisers postponed the Lorient regatta on Tuesday because of storms. Skipper Ewen Le Goff said crews were disappointed."),
    }


@pytest.mark.parametrize("day_b, contradiction", [
    ("Sunday", True),  # both days lie before either report: one search, two dates
    ("Wednesday", False),  # after a was published: a search a could not know of, another occurrence
])
def test_a_later_date_told_after_the_first_source_was_published_is_another_occurrence(news_folder, day_b, contradiction):
    report = check([news_folder("search", _searches(day_b))])
    clashes = [f for f in report.findings if f.kind == "contradiction" and f.subject.endswith("| date")]
    assert bool(clashes) == contradiction, [f.summary for f in report.findings]
