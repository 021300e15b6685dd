"""Families of event classes (crosscheck.compare.families, rules/en/events/families.yaml, made
from WordNet hypernyms by tools/build_event_families.py): kinds of one happening share a
family; unrelated happenings and too-general ancestors ("take", "act") do not make one."""

from __future__ import annotations

import pytest

from crosscheck.compare.families import EventFamilies, families_of


@pytest.mark.parametrize("one, other", [("steal", "loot"), ("steal", "embezzle"), ("attack", "bomb"), ("attack", "raid")])
def test_kinds_of_one_happening_share_a_family(rules, one, other):
    families = families_of(rules)
    assert families[one] & families[other]


@pytest.mark.parametrize("one, other", [("steal", "die"), ("attack", "steal"), ("arrest", "meet"), ("win", "die")])
def test_unrelated_happenings_share_no_family(rules, one, other):
    families = families_of(rules)
    assert not families.get(one, frozenset()) & families.get(other, frozenset())


def test_no_family_holds_a_large_part_of_the_classes(rules):
    """A family is a specific synset (at most 40 below it): none gathers hundreds of classes."""
    sizes = [len(r.families[name]) for r in rules.get("event_families") for name in r.families]
    assert sizes and max(sizes) < 60


def test_a_family_is_read_from_a_line_of_names():
    table = EventFamilies(kind="event_families", families={"larceny.n": "steal rob heist"})
    assert table.families == {"larceny.n": ["steal", "rob", "heist"]}
