"""An account naming no country joins the placed event it tells (compare/unplaced.py): a place at
a finer level (a town the gazetteer lacks) is compatible with its country; another year, a name
in common with nothing, another person or two fitting events keep it apart."""

from __future__ import annotations

from claim_helpers import day, extracted, figure, person, place
from crosscheck.compare import compare
from crosscheck.models import EntityValue

INDIA = place("India")
DAHEJ = EntityValue(entity="dahej", canonical="Dahej", type="place")  # a town of no known country
KANO = EntityValue(entity="kano", canonical="Kano", type="place")


def grouped(result) -> list[tuple[str, tuple[str, ...]]]:
    return sorted({(f.kind, tuple(f.documents)) for f in result.findings if f.kind in ("agreement", "contradiction", "change")})


def others(extractor) -> list:
    """Articles about other things: a run is never only the story compared."""
    texts = ["The central bank kept its interest rate unchanged on Monday.",
             "The city council approved a new budget for the library.",
             "A new ferry line opened between the two islands this spring."]
    return [extracted(extractor, f"z{i}", "2026-04-20", text, []) for i, text in enumerate(texts)]


def wire(extractor, text="An explosion at a chemical plant in Dahej, India, killed 11 people on Tuesday."):
    return extracted(extractor, "a", "2026-04-21", text,
                     [("Dahej", DAHEJ), ("India", INDIA), ("on Tuesday", day("2026-04-21")),
                      ("11 people", figure(11, 11, "people", "11"))])


def weekly(extractor, when="2026-04-21", town=("Dahej", DAHEJ)):
    text = f"The death toll from the explosion at the plant in {town[0]} last Tuesday has risen to 14 people."
    return extracted(extractor, "b", "2026-04-27", text,
                     [town, ("last Tuesday", day(when)), ("14 people", figure(14, 14, "people", "14"))])


def test_a_town_only_account_joins_the_wires_account_that_names_the_country(extractor, rules):
    found = grouped(compare([wire(extractor), weekly(extractor), *others(extractor)], rules))
    assert any(documents == ("a", "b") for _, documents in found)


def test_a_blast_in_the_same_town_another_year_stays_apart(extractor, rules):
    found = grouped(compare([wire(extractor), weekly(extractor, when="2025-04-22"), *others(extractor)], rules))
    assert found == []


def test_the_same_day_and_kind_without_a_shared_name_stays_apart(extractor, rules):
    ankleshwar = EntityValue(entity="ankleshwar", canonical="Ankleshwar", type="place")
    found = grouped(compare([wire(extractor), weekly(extractor, town=("Ankleshwar", ankleshwar)), *others(extractor)], rules))
    assert found == []


def test_another_persons_killing_in_the_same_town_stays_apart(extractor, rules):
    """Kano in common, the same day, but each account names its own victim: two killings."""
    a = extracted(extractor, "a", "2026-03-06", "Gunmen killed Ali Musa in Kano, Nigeria, on Friday.",
                  [("Ali Musa", person("ali-musa", "Ali Musa")), ("Kano", KANO), ("Nigeria", place("Nigeria")),
                   ("on Friday", day("2026-03-06"))])
    b = extracted(extractor, "b", "2026-03-07", "Gunmen killed John Okafor in Kano on Friday.",
                  [("John Okafor", person("john-okafor", "John Okafor")), ("Kano", KANO), ("on Friday", day("2026-03-06"))])
    assert grouped(compare([a, b, *others(extractor)], rules)) == []


def test_an_account_fitting_two_placed_events_joins_neither(extractor, rules):
    """Two wires, in two countries, each tell a blast at a plant of one company on that day; the
    account naming only the company's town could be either, so it joins neither."""
    a = wire(extractor)
    c = extracted(extractor, "c", "2026-04-21", "An explosion at a second plant near Dahej, in Pakistan, killed 9 people on Tuesday.",
                  [("Dahej", DAHEJ), ("Pakistan", place("Pakistan")), ("on Tuesday", day("2026-04-21")),
                   ("9 people", figure(9, 9, "people", "9"))])
    found = grouped(compare([a, weekly(extractor), c, *others(extractor)], rules))
    assert not any("b" in documents for _, documents in found)
