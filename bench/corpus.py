"""A seeded generator of realistic benchmark articles for the scale bench.

Real archives are not copies of five seeds: articles are about 5 KB, from hundreds of outlets,
mostly body text with some page furniture (share bars, "Read more" links, newsletter boxes,
copyright lines), and they name many people, places, dates and figures. This generator writes
such articles from a pool of news-style sentence frames (written for this bench) whose slots are
redrawn for every sentence: people from syllable-built names (the pool grows with the corpus,
as it does in real news), countries and capitals, weekdays and calendar dates, hedged figures,
about 300 outlets. Each article draws its own frames in its own order, so no two articles share
enough five-word shingles to be merged as wire copies.

    .venv/bin/python bench/corpus.py OUT_DIR --size 1000 [--seed 17]

The same seed and size always give the same files, byte for byte.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

_SYLLABLES = ("ba ko ma di sa ne lu ra to mi ga fe zu ho ki da we yo ri na te bo "
              "len mar tov ski vic han sen dor mel kai rus tin gar vel").split()
_GIVEN = ("Amadou Ibrahim Fatima Moussa Aminata Oumar Salif Mariam Yacouba Aissata Boubacar Hawa "
          "Elena Pavel Sofia Marco Ingrid Tomas Leila Omar Nadia Victor Anna Karim Julia Hassan "
          "Rosa Daniel Mei Arjun Priya Kofi Ama Tariq Olga Mateo Lucia Samir Yara Henrik").split()
_COUNTRIES = [
    ("Mali", "Bamako", "Malian"), ("Niger", "Niamey", "Nigerien"), ("Chad", "N'Djamena", "Chadian"),
    ("Senegal", "Dakar", "Senegalese"), ("Ghana", "Accra", "Ghanaian"), ("Kenya", "Nairobi", "Kenyan"),
    ("Nigeria", "Abuja", "Nigerian"), ("Sudan", "Khartoum", "Sudanese"), ("Ethiopia", "Addis Ababa", "Ethiopian"),
    ("France", "Paris", "French"), ("Germany", "Berlin", "German"), ("Poland", "Warsaw", "Polish"),
    ("Ukraine", "Kyiv", "Ukrainian"), ("Turkey", "Ankara", "Turkish"), ("Egypt", "Cairo", "Egyptian"),
    ("Brazil", "Brasilia", "Brazilian"), ("Peru", "Lima", "Peruvian"), ("Chile", "Santiago", "Chilean"),
    ("India", "New Delhi", "Indian"), ("Japan", "Tokyo", "Japanese"), ("Indonesia", "Jakarta", "Indonesian"),
    ("Canada", "Ottawa", "Canadian"), ("Mexico", "Mexico City", "Mexican"), ("Spain", "Madrid", "Spanish"),
]
_TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "General", "Ambassador",
           "Finance Minister", "Governor", "Interior Minister", "Colonel"]
_ORGS = ["the United Nations", "the African Union", "the European Union", "the World Bank", "the IMF",
         "the Red Cross", "the World Health Organization", "Amnesty International", "the central bank",
         "the electoral commission", "the national assembly", "the supreme court"]
_HEDGES = ["", "at least ", "about ", "nearly ", "more than ", "up to ", "some ", "around "]
_CASUALTY_NOUNS = ["people", "civilians", "soldiers", "villagers", "police officers", "fighters"]
_TOPICS = ["security cooperation", "trade", "energy supplies", "a ceasefire", "debt relief", "border controls",
           "grain exports", "a mining code", "election timetables", "refugee returns", "water rights", "fisheries"]
_OUTLET_A = "Daily Morning Evening Sunday Weekly National Coastal Northern Southern Capital Free Independent".split()
_OUTLET_B = "Herald Courier Tribune Post Observer Gazette Chronicle Mirror Monitor Standard Times Voice Star Ledger Sentinel".split()
_OUTLET_C = ["", " Online", " Digital", " News", " Today", " Review"]
_FURNITURE = [
    "Share this article", "Advertisement", "Sign up for our newsletter", "Most read", "Follow us on social media",
    "Read more", "Skip to main content", "Subscribe now for unlimited access", "Print", "Comments", "Menu",
    "Related topics", "Cookie settings", "Listen to this article",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Sentence frames. Slots: {p} {q} a person with title, {ps} a person's surname, {c} {d} countries,
# {city} a capital of {c}, {adj} the adjective of {c}, {org}, {n} a hedged count with its noun,
# {m} an amount of money, {when} a weekday or date, {topic}, {k} a small number.
_FRAMES = [
    "{p} met {q} in {city} on {when} to discuss {topic}, officials from both governments said.",
    "The talks between {c} and {d} focused on {topic} and ended without a joint statement, according to a diplomat who attended.",
    "{n} were killed in an attack on a market near {city} on {when}, the {adj} army said in a statement.",
    "{ps} told reporters that {k} new agreements would be signed before the end of the year.",
    "{org} said on {when} that it had released {m} for reconstruction in {c}.",
    "Police arrested {k} suspects in {city} after the clashes, a spokesman for the interior ministry said.",
    "{p} announced on {when} that {c} would send {n2} to {d} by the end of {month}.",
    "The {adj} government denied the reports and accused foreign media of spreading rumours.",
    "Opposition leaders in {c} called for protests after the vote, saying the count had been rigged.",
    "{ps} resigned on {when}, two weeks after the scandal over the contract with a {adj} firm broke.",
    "Prices of bread and fuel in {city} have risen by {pct} percent since {month}, traders said.",
    "The agreement, signed in {city} in {year}, covers {k} projects worth {m}.",
    "Witnesses said gunmen on motorcycles opened fire on the village shortly before dawn.",
    "{org} warned that {n3} had fled their homes since the fighting began in {month}.",
    "{p} visited {city} on {when}, the first trip by a {adj} leader to the country in {k} years.",
    "Analysts said the move was likely to strain relations between {c} and its neighbours.",
    "The ministry of health reported {n4} new cases of cholera in the week to {when}.",
    "{ps} said the government would hold a referendum on the new constitution in {month} {year}.",
    "Talks are due to resume in {city} next week, according to a statement from {org}.",
    "The court sentenced {ps} to {k} years in prison for embezzlement on {when}.",
    "Exports from {c} to {d} fell to {m} last year, customs figures showed.",
    "A convoy carrying aid for {n3} reached the border town on {when} after a delay of {k} days.",
    "Residents described long queues at petrol stations and frequent power cuts across {city}.",
    "{p} and {q} agreed to set up a joint commission on {topic}, their offices said.",
    "The election commission said turnout was {pct} percent, down from the previous vote.",
    "Rescue teams were still searching for survivors on {when}, and {org} said the toll could rise.",
    "The {adj} parliament approved the budget by {k2} votes to {k3} after a heated debate.",
    "{ps}, who took office in {year}, has promised to restore order before the next election.",
    "Speaking at a news conference in {city}, {p} said the country would not bow to pressure.",
    "Farmers in the north say the drought has destroyed {pct} percent of this season's harvest.",
    "The central bank of {c} raised its main interest rate to {pct} percent on {when}.",
    "Diplomats said a draft resolution on {topic} could be put to a vote within days.",
    "Human rights groups have documented {n} cases of forced disappearances since {year}.",
    "{q} is expected to travel to {city} later this month for talks on {topic}.",
    "Thousands of people marched through the centre of {city} on {when} to demand the release of detained journalists.",
    "The company said it would invest {m} in a new plant outside {city} over the next {k} years.",
    "Security forces used tear gas to disperse the crowd, and {k} people were taken to hospital.",
    "According to the United Nations, {n3} in {c} need humanitarian assistance this year.",
    "The bridge, which collapsed on {when}, had been closed for repairs since {month}.",
    "Neither side has commented on the reports that {k} soldiers were captured near the border.",
]


def _syllable_name(rng: random.Random, index: int) -> str:
    """A made-up surname for a pool index: two or three syllables, capitalised."""
    r = random.Random(index * 7919 + 13)
    count = 2 + (r.random() < 0.4)
    return "".join(r.choice(_SYLLABLES) for _ in range(count)).capitalize()


class ArticleWriter:
    """Writes one article after another from a seeded generator; the person pool grows with ``size``."""

    def __init__(self, size: int, seed: int = 17):
        self.rng = random.Random(seed)
        self.people = max(200, size // 3)
        self.outlets = self._outlets(300)
        self.start = date(2023, 1, 1)

    def _outlets(self, count: int) -> list[str]:
        names: list[str] = []
        seen: set[str] = set()
        r = random.Random(4242)
        while len(names) < count:
            name = f"The {r.choice(_OUTLET_A)} {r.choice(_OUTLET_B)}{r.choice(_OUTLET_C)}"
            if r.random() < 0.3:
                name = f"{r.choice(_COUNTRIES)[1]} {r.choice(_OUTLET_B)}{r.choice(_OUTLET_C)}"
            if name not in seen:
                seen.add(name)
                names.append(name)
        return names

    def _person(self) -> tuple[str, str]:
        index = self.rng.randrange(self.people)
        given = _GIVEN[index % len(_GIVEN)]
        surname = _syllable_name(self.rng, index)
        return f"{given} {surname}", surname

    def _hedged(self, low: int, high: int, nouns: list[str]) -> str:
        number = self.rng.randrange(low, high)
        shown = f"{number:,}" if number >= 1000 else str(number)
        return f"{self.rng.choice(_HEDGES)}{shown} {self.rng.choice(nouns)}"

    def _money(self) -> str:
        amount = self.rng.randrange(2, 900)
        return self.rng.choice([f"${amount} million", f"{amount} million euros", f"${amount / 10:g} billion",
                                f"{amount} million dollars"])

    def _when(self, published: date) -> str:
        choice = self.rng.random()
        if choice < 0.5:
            return _WEEKDAYS[(published - timedelta(days=self.rng.randrange(1, 6))).weekday()]
        day = published - timedelta(days=self.rng.randrange(0, 40))
        if choice < 0.8:
            return f"{day:%B} {day.day}"
        return f"{day.day} {day:%B} {day.year}"

    def _fill(self, frame: str, published: date) -> str:
        rng = self.rng
        country, city, adj = rng.choice(_COUNTRIES)
        other = rng.choice([c for c in _COUNTRIES if c[0] != country])[0]
        person, surname = self._person()
        guest, _ = self._person()
        slots = {
            "p": f"{adj} {rng.choice(_TITLES)} {person}", "q": f"{rng.choice(_TITLES)} {guest}", "ps": surname,
            "c": country, "d": other, "city": city, "adj": adj, "org": rng.choice(_ORGS),
            "n": self._hedged(2, 400, _CASUALTY_NOUNS), "n2": self._hedged(50, 5000, ["troops", "soldiers", "police officers"]),
            "n3": self._hedged(1000, 900000, ["people", "refugees", "residents"]),
            "n4": self._hedged(10, 3000, ["people"]).rsplit(" ", 1)[0],
            "m": self._money(), "when": self._when(published), "topic": rng.choice(_TOPICS),
            "k": str(rng.randrange(2, 30)), "k2": str(rng.randrange(100, 300)), "k3": str(rng.randrange(10, 99)),
            "pct": f"{rng.randrange(1, 60)}", "month": f"{published - timedelta(days=rng.randrange(30, 300)):%B}",
            "year": str(published.year - rng.randrange(0, 8)),
        }
        text = frame.format(**slots)
        return text[0].upper() + text[1:]

    def article(self, index: int) -> tuple[str, str]:
        """(file name, text) of article ``index``: masthead, furniture, title, date, byline, body, footer."""
        rng = self.rng
        published = self.start + timedelta(days=rng.randrange(700))
        outlet = rng.choice(self.outlets)
        author, _ = self._person()
        frames = rng.sample(_FRAMES, k=rng.randrange(30, len(_FRAMES) + 1)) + rng.choices(_FRAMES, k=rng.randrange(8, 20))
        rng.shuffle(frames)
        sentences = [self._fill(frame, published) for frame in frames]
        paragraphs, at = [], 0
        while at < len(sentences):
            take = rng.randrange(1, 4)
            paragraphs.append(" ".join(sentences[at: at + take]))
            at += take
        country, city, _adj = rng.choice(_COUNTRIES)
        title = f"{country}: {rng.choice(_TOPICS).capitalize()} talks in {city} as {self._hedged(2, 400, _CASUALTY_NOUNS)} reported dead"
        head = [outlet, rng.choice(_FURNITURE), rng.choice(_FURNITURE), "", title, "",
                f"{published.day} {published:%B} {published.year}", f"By {author}", ""]
        middle = len(paragraphs) // 2
        body = paragraphs[:middle] + [f"Read more: {self._fill(rng.choice(_FRAMES), published)[:70]}"] + paragraphs[middle:]
        tail = ["", rng.choice(_FURNITURE), rng.choice(_FURNITURE), f"(c) {published.year} {outlet}. All rights reserved."]
        text = "\n".join(head) + "\n" + "\n\n".join(body) + "\n" + "\n".join(tail) + "\n"
        suffix = ".md" if index % 10 == 9 else ".txt"
        if suffix == ".md":
            text = text.replace(title, f"# {title}", 1)
        return f"a{index:06d}{suffix}", text


def write_corpus(folder: Path, size: int, seed: int = 17) -> int:
    """Write ``size`` articles into ``folder`` (in sub-folders of 1,000); returns the bytes written."""
    writer = ArticleWriter(size, seed)
    total = 0
    for index in range(size):
        name, text = writer.article(index)
        sub = folder / f"part{index // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (sub / name).write_bytes(data)
        total += len(data)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    written = write_corpus(args.folder, args.size, args.seed)
    print(f"{args.size} articles, {written / 1e6:.1f} MB in {args.folder}")


if __name__ == "__main__":
    main()
