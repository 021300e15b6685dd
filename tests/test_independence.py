"""Source independence: which articles are merged into one source, on which keys, and why."""

from __future__ import annotations

import pytest

from crosscheck.compare.independence import outlet_feeds, source_groups
from crosscheck.models import Document, ExtractedDocument, LineMap

STORY = [
    ("Delegations of the army and the paramilitary forces opened ceasefire talks in the port city on Monday, mediators said, "
     "the first direct contact between the warring sides in more than a year."),
    ("The army chief did not attend. The paramilitary commander sent his brother and deputy to lead the delegation, "
     "two people familiar with the talks said."),
    "The talks are expected to run until next week, the mediators said in a joint statement issued late on Monday.",
    ("The army and the paramilitary forces have been at war since April 2023. A previous round of talks in May 2023 "
     "produced a truce that collapsed within weeks."),
]
OTHER_STORY = [
    ("An earthquake of magnitude 6.4 struck the eastern province late on Sunday, killing at least 38 people and injuring "
     "more than 400, the disaster management agency said on Monday."),
    "The quake hit shortly before midnight near a lakeside town, at a depth of about 10 km, the agency said.",
    "Rescue teams were searching the rubble of 57 collapsed buildings, the interior minister said.",
]


def article(doc_id: str, paragraphs: list[str], title: str | None = None, credit: str | None = None) -> ExtractedDocument:
    text = "\n\n".join(paragraphs)
    spans, offset = [], 0
    for paragraph in paragraphs:
        spans.append({"start": offset, "end": offset + len(paragraph)})
        offset += len(paragraph) + 2
    document = Document.model_validate({
        "id": doc_id, "path": f"{doc_id}.txt", "format": "text", "encoding": "utf-8", "text": text,
        "lines": LineMap.for_text(text), "title": title, "credit": credit, "body": spans,
    })
    return ExtractedDocument(document=document)


def with_dateline(dateline: str, paragraphs: list[str]) -> list[str]:
    return [dateline + paragraphs[0]] + paragraphs[1:]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Different datelines, one copy without a title: the opening words differ.
        (article("a_wire", with_dateline("JEDDAH, Nov 4 (Gulf Wire) - ", STORY), credit="Gulf Wire"),
         article("b_copy", with_dateline("JEDDAH (Gulf Wire) - ", STORY), title="Warring sides open talks", credit="Gulf Wire")),
        # A copy that rewrote its opening paragraph and one word further on: only the body sketch matches.
        (article("a_wire", STORY, title="Ceasefire talks open in the port city"),
         article("b_copy", ["Mediators brought the two warring sides to the table on Monday for their first direct talks in over a year."]
                 + [STORY[1].replace("brother", "sibling")] + STORY[2:], title="A new round of talks")),
        # A brief too short for a sketch: the lede key, built after the dateline, still matches.
        (article("a_wire", with_dateline("ANKARA, Oct 13 (Anka Wire) - ", [STORY[0]]), credit="Anka Wire"),
         article("b_copy", with_dateline("ANKARA (Anka Wire) - ", [STORY[0]]), credit="Anka Wire")),
    ],
)
def test_wire_copies_are_one_source_whatever_their_dateline_and_opening(first, second) -> None:
    source_of, groups = source_groups([second, first], threshold=85)
    assert source_of == {"a_wire": "a_wire", "b_copy": "a_wire"}
    assert [g.documents for g in groups] == [["a_wire", "b_copy"]]
    assert groups[0].reason.startswith("near-duplicate text (")


def test_a_near_copy_is_never_reported_as_100_percent_similar() -> None:
    first = article("a_wire", with_dateline("JEDDAH, Nov 4 (Gulf Wire) - ", STORY), credit="Gulf Wire")
    second = article("b_copy", with_dateline("JEDDAH (Gulf Wire) - ", [STORY[0].replace("sides", "parties")] + STORY[1:]), credit="Gulf Wire")
    _, groups = source_groups([first, second], threshold=85)
    assert "100%" not in groups[0].reason and groups[0].reason.endswith("% similar), same credit Gulf Wire")


def template(host: str, place: str, other: str, city: str, count: int, troops: int) -> list[str]:
    """An article written from a fixed template: different stories, mostly the same characters."""
    return [
        (f"On Monday, President {host} of {place} met the defence minister in the city of {city}, and officials said that "
         "the two of them had talked for a long time about the security of the region."),
        f"The two leaders discussed security cooperation and trade between {place} and {other}.",
        f"At least {count} soldiers were killed in an attack near {city} on March 3, the army said.",
        f"{host.split()[-1]} said {troops} troops would be deployed to {other} by June.",
        "The agreement was signed in 2024 and covers several projects worth $40 million.",
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (article("a_wire", STORY, credit="Gulf Wire"), article("b_other", OTHER_STORY, credit="Gulf Wire")),
        # One template, two stories: about 90% similar characters, but few shared five-word shingles.
        (article("a_wire", template("Amadou Kone", "Mali", "Niger", "Gao", 12, 300), title="Leaders agree on security cooperation"),
         article("b_other", template("Moussa Diallo", "Chad", "Sudan", "Abeche", 45, 120), title="Leaders agree on security cooperation")),
        # Same text, different credits: two agencies, two sources.
        (article("a_wire", STORY, credit="Gulf Wire"), article("b_other", STORY, credit="Nile Wire")),
        # One-sentence items that differ only in their date are not one story.
        (article("a_wire", ["The president spoke by phone with the prime minister on Wednesday."]),
         article("b_other", ["The president spoke by phone with the prime minister in March."])),
    ],
)
def test_different_stories_stay_independent(first, second) -> None:
    source_of, groups = source_groups([first, second], threshold=85)
    assert groups == [] and source_of == {"a_wire": "a_wire", "b_other": "b_other"}


def test_grouping_does_not_depend_on_input_order() -> None:
    docs = [
        article("c_copy", with_dateline("CAIRO (Gulf Wire) - ", STORY)),
        article("a_wire", with_dateline("JEDDAH, Nov 4 (Gulf Wire) - ", STORY)),
        article("b_other", OTHER_STORY),
        article("d_copy", STORY, title="Talks open"),
    ]
    expected = source_groups(docs, threshold=85)
    assert source_groups(list(reversed(docs)), threshold=85) == expected
    assert [g.documents for g in expected[1]] == [["a_wire", "c_copy", "d_copy"]]


def _record(doc_id: str, outlet: str | None, path: str = "feed.jsonl") -> ExtractedDocument:
    text = "A record of a feed."
    document = Document.model_validate({
        "id": doc_id, "path": path, "format": "json", "encoding": "utf-8", "text": text,
        "lines": LineMap.for_text(text), "outlet": outlet, "body": [{"start": 0, "end": len(text)}],
    })
    return ExtractedDocument(document=document)


def test_the_records_of_one_outlet_s_feed_count_as_one_source_and_others_do_not():
    """A wire's Monday story and its Wednesday follow-up (two records of its JSON Lines feed) are
    one outlet; another outlet in the file, the outlet's page in another file and a record naming
    no outlet are sources of their own."""
    docs = [_record("nmw-112", "Nordic Markets Wire"), _record("nmw-087", " Nordic  Markets Wire"),
            _record("bt-1", "Baltic Times"), _record("page", "Nordic Markets Wire", path="pages/page.html"),
            _record("anon", None)]
    source_of = {ed.document.id: ed.document.id for ed in docs}
    feeds = outlet_feeds(docs, source_of)
    assert feeds["nmw-112"] == feeds["nmw-087"]
    assert len({feeds.get(s, s) for s in source_of.values()}) == 4
