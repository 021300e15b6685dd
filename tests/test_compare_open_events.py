"""Open-event findings (crosscheck.compare.open_events): which sentence a finding quotes."""

from __future__ import annotations

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
