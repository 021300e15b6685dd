"""One source asserts what another denies (compare/denials.py): a contradiction on whether the
event happened, and only when the denial is of that event."""

from __future__ import annotations


import pytest

from crosscheck.pipeline import check



def happened(report) -> list[tuple[str, ...]]:
    return sorted(tuple(f.documents) for f in report.findings if f.kind == "contradiction" and f.subject.endswith("| happened"))


PAID = ("a", "Ransom paid for Marchetti release, source says", "October 12, 2026",
        "A ransom of several million euros was paid to secure the release of French aid worker Julien Marchetti "
        "in Niger, a security source told reporters on Sunday.")
RESIGNED = ("c", "Minister Okafor resigns", "May 4, 2026",
            "Nigerian health minister Chidi Okafor has resigned, two officials told the Lagos Courier on Monday.")
MET = ("g", "Ghana's president meets Ivorian counterpart", "September 10, 2024",
       "Ghanaian President Nana Akufo-Addo met Ivorian President Alassane Ouattara in Abidjan on Monday "
       "to discuss border security.")


@pytest.mark.parametrize("told, denial, contradicts", [
    # the same predicate negated by another source
    (PAID, ("b", "Niger denies ransom for Marchetti", "October 13, 2026",
            "No ransom was paid for the release of French aid worker Julien Marchetti, the governor of Tillaberi "
            "said on Monday."), True),
    (RESIGNED, ("d", "Minister stays on", "May 5, 2026",
                "Nigerian health minister Chidi Okafor denied on Tuesday that he had resigned, saying he remained in "
                "office."), True),
    # a denial of another topic of the event ("the Burkina Faso crisis", never named by the other article)
    (MET, ("h", "Ouattara hosts Akufo-Addo", "September 11, 2024",
           "Ivory Coast's Alassane Ouattara hosted Ghana's Nana Akufo-Addo on Monday for talks. "
           "Ouattara denied that the meeting had discussed the Burkina Faso crisis."), False),
    # the same source tells the payment and negates it: no contradiction between sources
    (PAID, ("b", "Ransom paid, says source", "October 13, 2026",
            "A ransom was paid for the release of French aid worker Julien Marchetti, a source said, though the "
            "government said no ransom was paid for Julien Marchetti."), False),
])
def test_a_denial_by_another_source_contradicts_the_event(news_stories, told, denial, contradicts):
    report = check(news_stories(told, denial))
    assert happened(report) == ([tuple(sorted((told[0], denial[0])))] if contradicts else [])


WARNED = ("w", "Villagers had warned the company", "November 11, 2026",
          "Residents of Mutambala had warned Kivu Gold Resources of large cracks in the main gallery the week before the "
          "collapse, the local civil society coordinator Esperance Namegabe said on Wednesday.")
HACK_PAID = ("p", "Hackers were paid, researcher says", "March 2, 2026",
             "The hackers received a ransom of 2 million euros from Veltra Mobile in February, a security researcher said.")


@pytest.mark.parametrize("told, denial, contradicts", [
    # the converse of warning: a warning received, denied by the one warned
    (WARNED, ("k", "Kivu Gold Resources rejects blame", "November 13, 2026",
              "Kivu Gold Resources denied on Thursday having received any warning about the state of the galleries."), True),
    # receive / pay: one payment seen from its two parties
    (HACK_PAID, ("v", "Veltra denies paying hackers", "March 3, 2026",
                 "Veltra Mobile denied on Monday that it had paid the hackers a ransom."), True),
    # a denied receiving of something else than the warning
    (WARNED, ("k", "Kivu Gold Resources rejects blame", "November 13, 2026",
              "Kivu Gold Resources denied on Thursday having received any payment from the diggers."), False),
])
def test_a_denial_of_the_converse_act_contradicts_the_event(news_stories, told, denial, contradicts):
    assert bool(happened(check(news_stories(told, denial)))) is contradicts


BRIBED = ("r", "Guards were bribed, source says", "August 24, 2026",
          "Two guards at Marlow prison were paid to leave a gate unlocked before the escape of six inmates on Sunday, a "
          "senior security source told the Marlow Gazette.")
COMPLAINT = ("c", "Officer who fired had faced a complaint", "October 7, 2026",
             "The officer who fired the shots in Dunmore had been the subject of a complaint for violence in 2023, a source "
             "close to the investigation told Harbour Radio.")
SENT = ("e", "Red Cross sends volunteers to Tanda mine", "November 10, 2026",
        "The Red Cross sent 15 volunteers from Bukama to the collapsed Tanda gold mine on Monday, its spokeswoman Ada "
        "Mwamba said.")


@pytest.mark.parametrize("told, denial, contradicts", [
    # a party's denial names its own speaker, the report its source: the denial answers the report
    # of its story that restates its words ("paid to leave a gate unlocked")
    (BRIBED, ("s", "Ministry rejects bribery claims at Marlow prison", "August 25, 2026",
              "The Justice Ministry on Monday denied reports that guards at Marlow prison had been paid to leave a gate "
              "unlocked, spokesman Tom Reddy said."), True),
    # an undated denial denies the event whenever the report dates it (2023)
    (COMPLAINT, ("d", "Police deny any earlier complaint against Dunmore officer", "October 9, 2026",
                 "The national police denied on Friday that the officer had been the subject of any complaint for "
                 "violence."), True),
    # a denied receiving answers no sending of something else in the same story
    (SENT, ("f", "Tanda mine owner denies warnings", "November 12, 2026",
            "Tanda Mining denied on Wednesday having received any warning about the state of the galleries at the Tanda "
            "gold mine."), False),
    # a denial that restates nothing of the report of its class answers none
    (BRIBED, ("s", "Ministry on Marlow prison escape", "August 25, 2026",
              "The Justice Ministry on Monday denied that any inmate of Marlow prison had been paid for information, "
              "spokesman Tom Reddy said."), False),
])
def test_a_partys_denial_answers_the_report_of_its_story_that_it_restates(news_stories, told, denial, contradicts):
    assert happened(check(news_stories(told, denial))) == ([tuple(sorted((told[0], denial[0])))] if contradicts else [])


GENERATORS = ("u", "Nurses say St Aldric generators were out of order", "February 3, 2027",
              "The backup generators of St Aldric hospital had been out of order for a month before the blackout, "
              "the nurses' union told the Tarvel Herald on Tuesday.")
GROUPES = ("n", "Panne à Saint-Aldric : le syndicat accuse", "3 février 2027",
           "Selon le syndicat infirmier, les groupes électrogènes de l'hôpital Saint-Aldric étaient hors service "
           "depuis un mois avant la coupure.")


@pytest.mark.parametrize("told, denial, contradicts", [
    # a denied clause's verb is the denied event, a state after its copula, and its subject ("the
    # backup generators") is restated: the denial answers a report that names nobody
    (GENERATORS, ("o", "Hospital trust answers nurses", "February 4, 2027",
                  "The hospital trust on Wednesday denied that the backup generators of St Aldric hospital had been "
                  "out of order, saying they had been tested in January."), True),
    (GROUPES, ("o", "Saint-Aldric : la direction répond au syndicat", "4 février 2027",
               "La direction dément que les groupes électrogènes de l'hôpital Saint-Aldric aient été en panne avant la "
               "coupure."), True),
    # the report's subject through an apposition
    (("u", "Nurses say St Aldric generators were out of order", "February 3, 2027",
      "The backup generators of St Aldric hospital, installed in 2019, had been out of order for a month before the "
      "blackout, the nurses' union told the Tarvel Herald on Tuesday."),
     ("o", "Hospital trust answers nurses", "February 4, 2027",
      "The hospital trust on Wednesday denied that the backup generators of St Aldric hospital had been out of order."),
     True),
    # a denial of another story's failure, in another language, restates nothing of the report
    (GENERATORS, ("o", "Ferry Galatea : l'armateur répond", "4 février 2027",
                  "L'armateur dément que le système de détection d'incendie du ferry Galatea ait été en panne."), False),
    # another subject ("the lift doors") is another failure
    (GENERATORS, ("o", "Hospital trust answers nurses", "February 4, 2027",
                  "The hospital trust on Wednesday denied that the lift doors of St Aldric hospital had been out of "
                  "order."), False),
])
def test_a_denied_clause_meets_the_nameless_state_it_denies(news_stories, told, denial, contradicts):
    report = check(news_stories(told, denial))
    assert happened(report) == ([tuple(sorted((told[0], denial[0])))] if contradicts else [])


@pytest.mark.parametrize("denial, contradicts", [
    # a place the extractor does not know ("Vellmoor"), named in the denied clause and in the
    # report, ties them as a participant would, across languages
    (("o", "Saint-Aldric : la commune répond", "4 février 2027",
      "La commune dément que des bulletins aient été comptés deux fois à Vellmoor. « Le dépouillement s'est déroulé "
      "dans les règles », a déclaré son secrétaire."), True),
    # the same denial of another commune's count answers nothing
    (("o", "Saint-Aldric : la commune répond", "4 février 2027",
      "La commune dément que des bulletins aient été comptés deux fois à Brennac. « Le dépouillement s'est déroulé "
      "dans les règles », a déclaré son secrétaire."), False),
])
def test_a_denial_meets_a_report_through_a_name_both_clauses_use(news_stories, denial, contradicts):
    told = ("u", "Recount row in Vellmoor", "February 3, 2027",
            "Opponents of the wind farm say dozens of postal ballots in Vellmoor were counted twice in Sunday's vote.")
    assert happened(check(news_stories(told, denial))) == ([("o", "u")] if contradicts else [])


def test_a_denial_says_who_tells_and_who_denies(news_stories):
    report = check(news_stories(
        ("c", "Minister Okafor resigns", "May 4, 2026",
         "Nigerian health minister Chidi Okafor has resigned, according to two officials."),
        ("d", "Minister stays on", "May 5, 2026",
         "Nigerian health minister Chidi Okafor denied on Tuesday that he had resigned, saying he remained in office.")))
    [finding] = [f for f in report.findings if f.kind == "contradiction" and f.subject.endswith("| happened")]
    assert "c: told as done, undated, reported 2026-05-04 (according to two officials)" in finding.summary
    assert "d: denied, undated, reported 2026-05-05 (by Chidi Okafor)" in finding.summary
    assert {v.value for v in finding.values} == {"told as done, undated, reported 2026-05-04", "denied, undated, reported 2026-05-05"}



@pytest.mark.parametrize("told, contradicts", [
    # knowing of a thing and being told of it are one event: a denial of being told answers
    # a report of knowing, the denied subject a name, the report's a description
    (("m", "Parents say Glenmoor school knew of measles case", "March 11, 2027",
      "One father told Valley Radio the school had known about a measles case among pupils a week before it wrote "
      "to families."), True),
    # knowing anything else is no event
    (("m", "Glenmoor school reopens", "March 11, 2027",
      "The school, known as Glenmoor Primary, reopened on Monday after a measles case among pupils."), False),
])
def test_a_denial_of_being_told_answers_a_report_of_knowing(news_stories, told, contradicts):
    denial = ("c", "Council denies Glenmoor school was told early", "March 13, 2027",
              "Tarvel Borough Council on Friday denied that Glenmoor Primary had been told of any measles case before 6 "
              "March.")
    assert happened(check(news_stories(told, denial))) == ([("c", "m")] if contradicts else [])
