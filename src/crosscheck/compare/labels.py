"""What a finding says: fingerprints, quotes and labels of times, figures, participants and events.

A fingerprint covers a finding's kind, its normalised subject and its sorted normalised values,
never line numbers, file names, document ids or order, so a baseline survives renames,
reordering and edits elsewhere in an article.
"""


import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable

from ..models import Claim, ExtractedDocument, Finding, FindingValue, Mention, QuantityValue, Quote, TimeValue
from .events import ClaimView, Event

_CONTEXT = 40


def short_title(title: str | None, width: int = 36) -> str:
    """A title on one line, cut at a word boundary: the name of a source that has no outlet."""
    text = " ".join((title or "").split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] if " " in text[: width - 1] else text[: width - 1]
    return cut.rstrip(" ,;:-") + "…"


def document_label(document) -> str:
    """A document (anything with ``id``, ``outlet``, ``credit`` and ``title``) as a verdict or an
    explanation cites it: its id, with the outlet, agency credit or short title a reader knows it
    by ("000_90ca (LBCI)", "001_cbd3 (Russian defense delegation holds…)"); the id alone says
    nothing to an editor."""
    name = " ".join((document.outlet or document.credit or "").split()) or short_title(document.title)
    return f"{document.id} ({name})" if name else document.id


def fingerprint(kind: str, subject: str, values: list[str]) -> str:
    normalised = [kind, " ".join(subject.lower().split())] + sorted(" ".join(v.lower().split()) for v in values)
    return hashlib.sha256("\x1f".join(normalised).encode("utf-8")).hexdigest()[:16]


def finding_values(values: dict[str, str], details: dict[str, tuple[str, str]] | None = None) -> list[FindingValue]:
    """Values keyed by document id, or by "document line N" for two statements of one document,
    in the one shape every finding has (document ids hold no blank). ``details`` gives a figure
    value's measure and as-of time under the same keys."""
    listed = []
    for key, value in sorted(values.items()):
        document, _, where = key.partition(" line ")
        measure, as_of = (details or {}).get(key, (None, None))
        listed.append(FindingValue(document=document, value=value, line=int(where) if where.isdigit() else None,
                                   measure=measure, as_of=as_of))
    return listed


def make_finding(kind: str, subject: str, summary: str, values: dict[str, str], quotes: list[Quote],
                 claims: list[str], documents: list[str], key_values: list[str] | None = None,
                 details: dict[str, tuple[str, str]] | None = None, key_subject: str | None = None) -> Finding:
    """A finding; ``values`` by document id (or "document line N"), see :func:`finding_values`.
    ``key_subject``: the subject the fingerprint reads when the shown one says more than it did
    when the fingerprint was defined (users keep baselines of fingerprints)."""
    fp = fingerprint(kind, subject if key_subject is None else key_subject,
                     key_values if key_values is not None else list(values.values()))
    return Finding(
        id=f"F-{fp[:8]}",
        fingerprint=fp,
        kind=kind,
        subject=subject,
        summary=summary,
        documents=sorted(set(documents)),
        claims=sorted(set(claims)),
        values=finding_values(values, details),
        quotes=sorted(quotes, key=lambda q: (q.document, q.start)),
    )


def quote(ed: ExtractedDocument, start: int, end: int, line: int, text: str) -> Quote:
    """A quote with up to _CONTEXT characters of context either side, the article's own words
    only: the context stops where page furniture begins ("Share on Facebook", a menu), so
    a reader is never shown furniture as if the article said it."""
    full = ed.document.text
    before, after = max(0, start - _CONTEXT), min(len(full), end + _CONTEXT)
    for zone in ed.document.furniture:
        if zone.end <= start:
            before = max(before, zone.end)
        elif zone.start >= end:
            after = min(after, zone.start)
    return Quote(
        document=ed.document.id,
        path=ed.document.path,
        line=line,
        start=start,
        end=end,
        text=text,
        prefix=" ".join(full[before:start].split()),
        suffix=" ".join(full[end:after].split()),
    )


def claim_quote(view: ClaimView) -> Quote:
    c = view.claim
    return quote(view.doc, c.start, c.end, c.line, c.text)


# -- labels ----------------------------------------------------------------------------


def time_label(time: TimeValue | None) -> str:
    if time is None or time.start is None:
        return "undated"
    start, end, g = time.start, time.end, time.granularity
    if g == "day":
        label = start.isoformat()
    elif g == "month":
        label = f"{start:%Y-%m}"
    elif g == "year":
        label = f"{start:%Y}"
    elif g == "open":
        # An open interval keeps no granularity of its start: a start on the first of a year or
        # of a month is read as that year or month ("since April 2023" is not "since 2023-04-01").
        label = f"since {start:%Y}" if (start.month, start.day) == (1, 1) else (
            f"since {start:%Y-%m}" if start.day == 1 else f"since {start.isoformat()}")
    else:
        label = f"{start.isoformat()}..{end.isoformat() if end else ''}"
    if time.part:
        label = f"{time.part} {label}"
    shown = time_stance(time)
    if shown:
        label += f" ({shown})"
    elif time.modality == "deadline":
        label = f"by {label}"
    if time.anchor == "corpus":
        label += " (article undated: resolved against the run's median date)"
    return label


def time_stance(time: TimeValue | None) -> str | None:
    """The stance a time's own label shows ("2025-06-23 (expected)"): decided here only, so that
    a document's value (:func:`doc_value`) asks rather than reads the label's text."""
    return "expected" if time is not None and time.modality == "expected" else None


def stance_of(view: ClaimView) -> str | None:
    """How a claim's stance reads in a finding or a verdict, decided in this one place: "denied"
    (a source says it did not happen), "did not happen" (negated), "expected" or "planned" (not
    yet done), or None (stated as done, told or reported)."""
    if not view.positive:
        return "denied" if view.claim.modality == "denied" else "did not happen"
    if view.claim.modality in ("expected", "planned"):
        return view.claim.modality
    return None


def doc_stance(views: list[ClaimView]) -> str | None:
    """One document's stance on an event: denied or did not happen when none of its accounts
    says it took place; expected or planned (its first account's) when all are still to come."""
    stances = [stance_of(v) for v in views]
    if all(s in ("denied", "did not happen") for s in stances):
        return "denied" if "denied" in stances else "did not happen"
    if all(v.claim.modality in ("expected", "planned") for v in views):
        return views[0].claim.modality
    return None


def _dated(view: ClaimView) -> bool:
    """Whether the claim's own time (not one implied by the article's date) labels it."""
    return view.claim.time is not None and view.interval is not None and not view.interval.implied


def interval_label(view: ClaimView) -> str:
    if _dated(view):
        return time_label(view.claim.time)
    if view.rule.state and view.published:
        return f"as of {view.published.isoformat()}"
    if view.published:
        return f"undated, reported {view.published.isoformat()}"
    return "undated"


def figure_label(q: QuantityValue) -> str:
    """A figure as the source wrote it, on one line; a capital it has only because it opened the
    sentence is dropped ("More than 45" -> "more than 45"), since the label stands mid-sentence
    in a finding; an acronym keeps its capitals ("US$ 5 million")."""
    label = " ".join(q.exact.split())
    first = label.split(" ", 1)[0]
    if first[:1].isupper() and (first[1:] == "" or (first[1:].isalpha() and first[1:].islower())):
        label = label[0].lower() + label[1:]
    return label


def measure_label(f: QuantityValue, event: str | None = None) -> str:
    """The words naming a figure's measure: "troops withdrawn", "people killed", "turnout",
    "previous level of troops"."""
    noun = f.noun or f.unit
    event = event if event is not None else f.event
    if not event or event == noun:
        return noun
    return f"{event} of {noun}" if " " in event else f"{noun} {event}"


def measure_phrase(f: QuantityValue, event: str | None = None) -> str:
    """The measure as a sentence says it, with the word that ties it to its event: "the number of
    people killed in" the attack (a count of what happened to people or things); "turnout of" the
    election, "years in prison sentenced of" nothing: a measure of other words keeps them, "of"."""
    noun = f.noun or f.unit
    event = event if event is not None else f.event
    if event and event != noun and " " not in event and " " not in noun:
        return f"number of {noun} {event} in"
    measure = measure_label(f, event)
    if measure.startswith("age of ") and " " not in measure[7:]:
        return f"age of the {measure[7:]} in"  # "the age of the man in the attack"
    return f"{measure} of"


def figure_key(q: QuantityValue) -> str:
    low = "" if q.low is None else f"{q.low:g}"
    high = "" if q.high is None else f"{q.high:g}"
    return f"{low}..{high} {q.unit}"


def who(views: list[ClaimView]) -> str:
    """The people named for an encounter, or else the countries the event is about."""
    named = named_parties(views)
    if named:
        return name_list(named)
    core = placed_core(views)
    return name_list([place_title(c) for c in sorted(core)])


def encounter_subject(subject: str, members: list[ClaimView], alone: bool) -> tuple[str, str | None]:
    """The subject of one source's encounter and the subject its fingerprint reads (None: the
    same). It names who met ("meeting: burkina faso, niger @ ... | Ali Lamine Zeine"), not only
    their countries; a lone encounter's fingerprint reads the subject without the names, as it
    did before they were added, so the baselines users keep still match it."""
    if not alone:
        return f"{subject} | {who(members)}", None
    parties = named_parties(members)
    return (f"{subject} | {name_list(parties)}" if parties else subject), subject


def named_parties(views: list[ClaimView]) -> list[str]:
    """The people and organisations an encounter's accounts name (a kind that compares its
    participants), sorted; a role ("the junta leader of Niger") only when no named person of
    its country is there. Empty for other kinds, told through representatives."""
    names: dict[str, str] = {}
    if any(v.rule.compare_participants for v in views):
        for v in views:
            names.update(v.names)
        named_countries = {c for v in views for e, c in v.persons.items() if not e.startswith("role:")}
        role_countries: dict[str, set[str]] = defaultdict(set)
        for v in views:
            for e, c in v.persons.items():
                if e.startswith("role:"):
                    role_countries[e].add(c)
        names = {e: n for e, n in names.items() if not (e.startswith("role:") and role_countries[e] & named_countries)}
    return sorted(set(names.values()))


_SMALL_PLACE_WORDS = frozenset("of the and on upon de du des la le les et".split())


def place_title(name: str) -> str:
    """A lower-cased place key written as a name: "Democratic Republic of the Congo", "Bosnia and
    Herzegovina", "Côte d'Ivoire" (str.title() would write "Republic Of The", "D'Ivoire")."""
    words = name.title().split(" ")
    return " ".join(w.lower() if i and w.lower() in _SMALL_PLACE_WORDS
                    else w[0].lower() + w[1:] if i and w[:2] in ("D'", "L'") else w
                    for i, w in enumerate(words))


def name_list(names: list[str]) -> str:
    """Names as a reader lists them: "A", "A and B", "A, B and C" (not "A and B and C")."""
    return " and ".join(names) if len(names) < 3 else ", ".join(names[:-1]) + " and " + names[-1]


def event_words(claims: Iterable[Claim], most: int = 3) -> str:
    """What the accounts of an event call it in their own words: the lemmas of their trigger
    words ("death, die"), never the lexicon class they are filed under ("toss" for "pitching"),
    which stays a key. The ``most`` most used words, in alphabetical order so that two sources
    using the same words read the same. A claim without a trigger word counts with its kind."""
    counted = Counter(c.predicate or c.kind.replace("_", " ") for c in claims)
    common = sorted(counted.items(), key=lambda item: (-item[1], item[0]))[:most]
    return ", ".join(sorted(word for word, _ in common))


def event_label(views: list[ClaimView], event: list[ClaimView] | None = None) -> str:
    """What the event is called: its most precisely dated claim, an encounter (a call) before what
    was said in it (an agreement); "deaths" for a violent kind none of whose accounts (of the
    whole ``event`` when ``views`` are one source's) tells of violence (see ``plain_death``)."""
    main = min(views, key=lambda v: (v.interval.rank if v.interval else 9, not v.rule.compare_participants, _order(v)))
    death = plain_death(event or views)
    return death.label if death is not None and main.rule.plain_death is not None else main.rule.label


def plain_death(views: list[ClaimView]):
    """The ``plain_death`` wording of the event's violent kind when no account of it tells of
    violence or of a killer: the deaths of an outbreak, of a fall, of old age are no attack.
    None when any account's sentence has a violent word, when none has a word of dying, or when
    no account is of such a kind.
    One answer for the whole event, so that all its findings name it alike."""
    told = [v for v in views if v.rule.plain_death is not None]
    if not any(p.search(v.claim.text) for v in told for p in v.rule.plain_death.dying):
        return None  # no account tells a death: the injured of an evacuation are no deaths
    if any(p.search(v.claim.text) for v in told for p in v.rule.plain_death.violent):
        return None
    return told[0].rule.plain_death


def death_wording(measure: str, death) -> str:
    """A measure as deaths read it: "people killed" -> "people who died", "number of people
    killed in" -> "number of people who died in"; unchanged when ``death`` is None."""
    if death is None:
        return measure
    words = measure.split(" ")
    return " ".join(death.wording if w == death.event else w for w in words)


def placed_core(views: list[ClaimView]) -> frozenset[str]:
    """The fewest countries an event's accounts name: the place all of them allow. An account
    naming no country (joined by a town or a name, see ``unplaced``) allows any, so it is not
    the core: "attack: india", not "attack: " for the weekly that only names Dahej."""
    return min((v.countries for v in views if v.countries), key=lambda c: (len(c), sorted(c)), default=frozenset())


def subject_of(event: Event) -> str:
    views = event.members
    core = placed_core(views)
    finest = min(views, key=lambda v: (v.interval.rank if v.interval else 9, interval_label(v)))
    label = event_label(views) if len({v.rule.family for v in views}) == 1 and len({v.rule.event for v in views}) == 1 else views[0].rule.family
    when = "" if views[0].rule.state else f" @ {interval_label(finest)}"
    return f"{label}: {', '.join(sorted(core))}{when}"


def doc_value(views: list[ClaimView]) -> str:
    """One document's account of an event: its most precise time, its figures, its stance.

    Figures of more than one measure each name theirs ("at least 23 people killed; some 15,000
    people displaced"): bare, "at least 23; some 15,000" would leave a reader to guess which
    number counts what. Figures of one measure stay as the source wrote them."""
    best = min(views, key=lambda v: (v.interval.rank if v.interval else 9, interval_label(v)))
    parts = [interval_label(best)]
    figures = {(figure_label(f), measure_label(f)) for v in views for f in v.figures}
    if len({measure for _, measure in figures}) > 1:
        parts += sorted(f"{label} {measure}" for label, measure in figures)
    else:
        parts += sorted({label for label, _ in figures})
    said = doc_stance(views)
    if said is not None and said != (time_stance(best.claim.time) if _dated(best) else None):
        parts.append(said)  # unless its time already says so: "2025-06-23 (expected)"
    return "; ".join(parts)


def _order(v: ClaimView):
    return (v.claim.document, v.claim.start, v.claim.kind, v.claim.id)


def sentence_quote(ed: ExtractedDocument, m: Mention) -> Quote:
    for s in ed.sentences:
        if s.start <= m.start < s.end:
            return quote(ed, s.start, s.end, s.line, s.text)
    return quote(ed, m.start, m.end, m.line, m.text)


def beside_the_date(beside: set[str]) -> str:
    """What an agreement on the date alone says of its event's other findings, by their kinds
    (contradiction, change): it points only to findings there are."""
    if beside == {"change"}:
        return "a figure changed from one report to the next (see the change)"
    if "change" in beside:
        return "they differ on other details (see the contradiction), and a figure changed from one report to the next (see the change)"
    return "they differ on other details (see the contradiction)"
