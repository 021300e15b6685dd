"""What sources corroborate beside what they dispute inside one encounter: a visit both tell, a
meeting during it that one source says did not take place. The meeting is a contradiction, the
visit an agreement of its own (compare/findings.py, EventJudge._undisputed_accounts), in French
and in English alike."""

from __future__ import annotations

from pathlib import Path

from crosscheck.pipeline import check


def _write(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir()
    for stem, text in articles.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    return folder


def _findings(folder: Path) -> list[tuple[str, str, list[str]]]:
    return [(f.kind, f.subject, sorted(f.documents)) for f in check([folder]).findings]


FRENCH = {
    "nominal": "Le chef de la diplomatie malienne à Dakar\n\nPublié le 7 mars 2025\n\n"
               "En visite à Dakar jeudi 6 mars, le ministre malien des Affaires étrangères Abdoulaye Diop n'a pas "
               "rencontré le président Bassirou Diomaye Faye, selon une source proche du dossier.\n",
    "motion": "Sénégal-Mali : Abdoulaye Diop à Dakar\n\nPublié le 7 mars 2025\n\n"
              "Le ministre malien des Affaires étrangères, Abdoulaye Diop, s'est rendu jeudi 6 mars à Dakar, où il a "
              "rencontré le président Bassirou Diomaye Faye.\n",
}

ENGLISH = {
    "nominal": "Mali's top diplomat in Dakar\n\nPublished: March 7, 2025\n\n"
               "On a visit to Dakar on Thursday, Mali's foreign minister Abdoulaye Diop did not meet President "
               "Bassirou Diomaye Faye, a source close to the talks said.\n",
    "motion": "Malian minister in Dakar\n\nPublished: March 7, 2025\n\n"
              "Mali's foreign minister Abdoulaye Diop travelled to Dakar on Thursday, where he met President "
              "Bassirou Diomaye Faye.\n",
}


def _assert_visit_agreed_and_meeting_disputed(found):
    disputed = [s for k, s, d in found if k == "contradiction" and s.endswith("| happened") and d == ["motion", "nominal"]]
    agreed = [s for k, s, d in found if k == "agreement" and d == ["motion", "nominal"]]
    assert len(disputed) == 1
    assert agreed == [disputed[0].replace("| happened", "| visit")]
    assert "2025-03-06" in agreed[0]


def test_french_visit_told_by_a_nominal_phrase_and_a_motion_verb_is_agreed_beside_the_disputed_meeting(tmp_path):
    """"En visite à Dakar jeudi 6 mars, X n'a pas rencontré Y" and "X s'est rendu jeudi 6 mars à
    Dakar, où il a rencontré Y": both tell the visit, they disagree on the meeting."""
    _assert_visit_agreed_and_meeting_disputed(_findings(_write(tmp_path / "fr", FRENCH)))


def test_english_visit_told_by_a_nominal_phrase_and_a_motion_verb_is_agreed_beside_the_disputed_meeting(tmp_path):
    """The English wording of the same pair ("On a visit to Dakar on Thursday, ..." and
    "travelled to Dakar on Thursday, where he met ...") gives the same two findings."""
    _assert_visit_agreed_and_meeting_disputed(_findings(_write(tmp_path / "en", ENGLISH)))


def test_no_visit_agreement_when_a_source_denies_the_visit_itself(tmp_path):
    """A source that says the visit did not take place disputes the visit: nothing is agreed."""
    folder = _write(tmp_path / "denied", {
        "nominal": "Mali's top diplomat stays home\n\nPublished: March 7, 2025\n\n"
                   "Mali's foreign minister Abdoulaye Diop did not visit Dakar on Thursday, a source close to the "
                   "talks said.\n",
        "motion": ENGLISH["motion"],
    })
    found = _findings(folder)
    assert any(k == "contradiction" and s.endswith("| happened") for k, s, _ in found)
    assert not [s for k, s, _ in found if k == "agreement"]
