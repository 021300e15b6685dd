"""Judging a stated claim against the corpus's events, part by part (what, who, when, how many, where)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date

from ..compare import settings as compare_settings
from ..compare.events import (
    ClaimView,
    Interval,
    build_views,
    group_events,
    is_placeable,
    participants_compatible,
    times_compatible,
)
from ..compare.judgement import figures_comparable, figures_overlap, same_place
from ..compare.labels import claim_quote, document_label, figure_label, interval_label, stance_of, time_label
from ..compare.measures import MeasureReader
from ..compare.resemblance import Resemblance
from ..compare.unplaced import join_unplaced
from ..compare.independence import source_groups
from ..clean.language import likeliest
from ..extract import Extractors
from ..extract.claim_rules import EventRule, claim_cues, cues_by_language, event_rules
from ..extract.event_places import is_location
from ..models import (
    Claim,
    Document,
    EntityValue,
    ExtractedDocument,
    LineMap,
    Problem,
    QuantityValue,
    Zone,
    TimeValue,
)
from ..rules import RulePack
from .models import ClaimInput, Evidence, EvidenceStance, PART_WORDS, PartCheck, PartName, PartResult, PartStatus, SourceDocument, Stance, Statement, Verdict, VerdictName, VerifyResult
from .names import _NameIndex, _PersonVotes
from .open_events import OpenJudge
from .titles import TitleJudge


def _part_status(agreeing: set[str], against: set[str]) -> PartStatus:
    if agreeing and against:
        return "mixed"
    if against:
        return "contradicted"
    return "supported" if agreeing else "unconfirmed"


def _same_kind_done(view: ClaimView) -> bool:
    """The view says the event took place (or was stated as a fact), not that it is expected or possible."""
    return view.claim.modality not in ("expected", "planned", "possible")


def _countries_label(countries) -> str:
    return ", ".join(c.title() for c in sorted(countries))


def _who_label(view: ClaimView) -> str:
    """The people named (a role only when nobody of its country is named), then other countries."""
    named = {country for entity, country in view.persons.items() if not entity.startswith("role:")}
    names = sorted({name for entity, name in view.names.items()
                    if not entity.startswith("role:") or view.persons.get(entity) not in named})
    covered = named | {country for entity, country in view.persons.items()}
    rest = sorted(c for c in view.countries if c not in covered)
    return ", ".join(names + [c.title() for c in rest]) or "-"


def _where_label(view: ClaimView) -> str:
    return view.location[0].title() if view.location else "-"


def _time_of(view: ClaimView) -> Interval | None:
    """When a source's statement holds: its own time, else (for a state) its publication day."""
    if view.interval is not None and not view.interval.implied:
        return view.interval
    if view.rule.state and view.published is not None:
        return Interval(view.published, view.published, "day")
    return None


def _shares_participant(view: ClaimView, member: ClaimView) -> bool:
    """A claim without a country and an account that names one of its participants."""
    return not set(view.claim.participants).isdisjoint(member.claim.participants)


class Verifier:
    """Judges claims against one corpus of extracted, entity-linked documents.

    The corpus side (source groups, claim views, events indexed by family and country, an
    index of entity names by blocking key, the votes on people's countries) is built once; each
    claim is then read and linked against those indexes only, so its cost does not grow with
    the corpus and one claim never changes how another is read.
    """

    def __init__(self, docs: list[ExtractedDocument], rules: RulePack):
        self.rules = rules
        self.docs = sorted(docs, key=lambda ed: ed.document.id)
        self.settings = compare_settings(rules)
        self.event_rules = event_rules(rules)
        self.cues = claim_cues(rules)
        self.cues_by_language = cues_by_language(rules)
        self.extractors = Extractors(rules)
        self.source_of, self.groups = source_groups(self.docs, self.settings.near_duplicate_ratio)
        views = build_views(self.docs, self.event_rules, self.cues_by_language, self.source_of, self.settings.recent_days)
        self.events = group_events(views, self.settings.contradiction_window_days)
        # As check does: an account naming no country ("the blast in Dahej") joins the placed
        # event it tells, so verify counts the sources check counts.
        join_unplaced(self.events, [v for v in views if not is_placeable(v)], self.settings.contradiction_window_days,
                      Resemblance(self.docs))
        # A claim fits an event only through a member that shares one of its countries.
        self._events_by_country: dict[tuple[str, str], list[int]] = defaultdict(list)
        # A claim that names no country ("The army and the RSF have been at war since April
        # 2023") fits an event only through a member that names one of its participants.
        self._events_by_participant: dict[tuple[str, str], list[int]] = defaultdict(list)
        for index, event in enumerate(self.events):
            for country in sorted({c for m in event.members for c in m.countries}):
                self._events_by_country[(event.family, country)].append(index)
            for entity in sorted({e for m in event.members for e in m.claim.participants}):
                self._events_by_participant[(event.family, entity)].append(index)
        self._names = _NameIndex(self.docs, rules)
        self._votes = _PersonVotes(self.docs)
        self._measures = MeasureReader(rules)
        # How a verdict's summary names a source: its id, with the outlet (or title) a reader knows it by.
        self._source_names = {ed.document.id: document_label(ed.document) for ed in self.docs}
        self._titles = TitleJudge(self.docs, rules, self.extractors, self.source_of, self.settings.ranks, self.settings.offices,
                                  self.settings.change_after_days)
        self._open = OpenJudge(self.docs, rules, set(self.event_rules), self.source_of, self.settings.recent_days,
                               self.settings.open_event_min_evidence)

    # -- reading one claim -----------------------------------------------------------------

    def read(self, claim: ClaimInput, as_of: date | None) -> ExtractedDocument:
        """The claim read like an article published on ``as_of``, its names linked to the corpus."""
        text = claim.text
        language = claim.language or likeliest(text, self.rules.languages())
        document = Document(
            id=f"claim:{claim.id}", path=claim.path, format="text", encoding="utf-8", text=text, language=language,
            lines=LineMap.for_text(text, first_line=claim.line), body=[Zone(start=0, end=len(text))], published=as_of,
        )
        ed = self.extractors.extract(document)
        self._names.link(ed)
        if not ed.claims:
            ed.claims = self._fact_claims(ed)
        return ed

    def _fact_claims(self, ed: ExtractedDocument) -> list[Claim]:
        """A claim with no event word but a figure of a state's unit ("1,000 US troops were in
        Niger") states that state: one claim per such sentence, with every mention in it."""
        states_by_unit: dict[str, list[EventRule]] = defaultdict(list)
        for rule in sorted(self.event_rules.values(), key=lambda r: r.event):
            if rule.state:
                for unit in rule.figure_units:
                    states_by_unit[unit].append(rule)
        text = ed.document.text
        claims = []
        for sentence in ed.sentences:
            inside = [m for m in ed.mentions if sentence.start <= m.start and m.end <= sentence.end]
            figures = [m for m in inside if isinstance(m.value, QuantityValue) and len(states_by_unit.get(m.value.unit, [])) == 1]
            if not figures:
                continue
            rule = states_by_unit[figures[0].value.unit][0]
            entities = [m for m in inside if isinstance(m.value, EntityValue)]
            times = [m for m in inside if isinstance(m.value, TimeValue)]
            place = next((m.value.canonical for m in entities if m.kind == "place" and is_location(text, m, self.cues)), None)
            claims.append(Claim(
                id=f"{ed.document.id}#f{len(claims) + 1}", document=ed.document.id, kind=rule.event, text=sentence.text,
                start=sentence.start, end=sentence.end, line=sentence.line, sentence=sentence.index,
                mentions=sorted(m.id for m in entities + figures + times[:1]),
                participants=list(dict.fromkeys(m.value.entity for m in entities)),
                time=times[0].value if times else None, place=place, figures=[m.value for m in figures],
            ))
        return claims

    def _claim_views(self, ed: ExtractedDocument) -> list[ClaimView]:
        """The claim's views, with its people's countries voted over the corpus and the claim
        (the corpus's votes stand in one small document, so the cost does not grow with it)."""
        docs = [self._votes.document(ed), ed]
        source_of = {**self.source_of, ed.document.id: ed.document.id}
        views = build_views(docs, self.event_rules, self.cues_by_language, source_of, self.settings.recent_days)
        own = [v for v in views if v.claim.document == ed.document.id]
        # A claim that gives no time says nothing about when: no "recent news" window for it.
        return [replace(v, interval=None) if v.interval is not None and v.interval.implied else v for v in own]

    # -- judging one claim ------------------------------------------------------------------

    def verify(self, claim: ClaimInput, as_of: date | None = None) -> Verdict:
        ed = self.read(claim, as_of)
        unread = _unread_times(ed, as_of)
        # A claim with no event of a closed kind is read with the open vocabulary, as check reads it;
        # one with no event at all may still say what a person is ("Tiani is the head of the junta").
        statements = ([self._statement(view, unread) for view in self._claim_views(ed)] or self._open.statements(ed)
                      or self._titles.statements(ed, as_of))
        verdict = _overall(statements)
        supporting = sorted({e.source for s in statements for e in s.evidence if e.stance == "supports"})
        merged = [g for g in self.groups if any(e.quote.document in g.documents for s in statements for e in s.evidence)]
        count = len(supporting) if verdict == "supported" else 0
        result = Verdict(
            id=claim.id, claim=claim.text, path=claim.path, line=claim.line, verdict=verdict,
            summary="", independent_sources=count, single_source=verdict == "supported" and count == 1,
            needs_as_of=any(reason.startswith("relative") for reason in unread.values()),
            unread=[f"{text}: {reason}" for text, reason in sorted(unread.items())],
            statements=statements, source_groups=merged,
        )
        result.summary = summarise(result, has_event=bool(statements), named=self._source_names)
        return result

    def _statement(self, view: ClaimView, unread: dict[str, str]) -> Statement:
        members, same_event = self._evidence_views(view)
        evidence = [e for e in (self._evidence(view, member, member.claim.id in same_event) for member in members) if e is not None]
        parts = _claim_parts(view)
        results = []
        for part, claim_value in parts:
            if part == "when" and view.claim.time is not None and view.interval is None:
                reason = next(iter(unread.values()), "the time could not be read")
                results.append(PartResult(part=part, claim=claim_value, status="unreadable", note=reason))
                continue
            agreeing: set[str] = set()
            against: set[str] = set()
            values: dict[str, list[str]] = {"agrees": [], "contradicts": []}
            for item in evidence:
                for check in item.parts:
                    if check.part != part or check.stance == "silent":
                        continue
                    (agreeing if check.stance == "agrees" else against).add(item.source)
                    if check.source not in values[check.stance]:
                        values[check.stance].append(check.source)
            # A source that states the claim's value somewhere agrees; that it also says
            # something else is its own inconsistency (compare's "internal"), not a dispute.
            against -= agreeing
            results.append(PartResult(
                part=part, claim=claim_value, status=_part_status(agreeing, against), sources=sorted(agreeing),
                against=sorted(against), source_values=values["agrees"], against_values=values["contradicts"],
            ))
        statuses = {r.status for r in results}
        if "mixed" in statuses:
            verdict: VerdictName = "mixed"
        elif "contradicted" in statuses:
            verdict = "contradicted"
        elif statuses == {"supported"}:
            verdict = "supported"
        else:
            verdict = "unverified"
        evidence.sort(key=lambda e: ({"contradicts": 0, "supports": 1, "related": 2}[e.stance], e.quote.document, e.quote.start, e.kind))
        return Statement(kind=view.claim.kind, label=view.rule.label, verdict=verdict, parts=results, evidence=evidence)

    def _evidence_views(self, view: ClaimView) -> tuple[list[ClaimView], set[str]]:
        """Corpus claims about the claim's event: members of every event it could belong to; and
        the ids of those whose event also holds an account of the claim's own kind that agrees
        on what happened (check's grouping: "In March, Putin and Goita committed to ..." is
        the March call, as the agreement between sources that ``check`` reports counts it)."""
        window = self.settings.contradiction_window_days
        found: dict[str, ClaimView] = {}
        same_event: set[str] = set()
        if view.countries:
            candidates = sorted({i for c in view.countries for i in self._events_by_country.get((view.rule.family, c), ())})
            compatible = participants_compatible
        else:
            # No country to place it by: the events whose accounts name one of its participants,
            # and of those only the accounts that do (and tell a time the claim's time overlaps).
            candidates = sorted({i for e in view.claim.participants
                                 for i in self._events_by_participant.get((view.rule.family, e), ())})
            compatible = _shares_participant
        for event in (self.events[i] for i in candidates):
            fits = any(
                compatible(view, m) and (view.interval is None or times_compatible(view, m, window))
                for m in event.members
            )
            if not fits:
                continue
            told = any(m.claim.kind == view.claim.kind and _check_what(view, m).stance == "agrees" for m in event.members)
            # A source that denies the claim's kind of event is not counted for it through another kind.
            denying = {m.source for m in event.members if m.claim.kind == view.claim.kind and m.positive != view.positive}
            for member in event.members:
                if compatible(view, member) and self._same_time_for_state(view, member):
                    found.setdefault(member.claim.id, member)
                    if told and member.source not in denying:
                        same_event.add(member.claim.id)
        return sorted(found.values(), key=lambda v: (v.claim.document, v.claim.start, v.claim.kind, v.claim.id)), same_event

    def _same_time_for_state(self, view: ClaimView, member: ClaimView) -> bool:
        """A state (a troop level) is only evidence for the time the claim is about; a level the
        source tells as held at an earlier, unstated time ("had 1,100 troops at its peak") is
        evidence for no time, as check compares it with nothing (see compare/measures.py)."""
        if not view.rule.state or view.interval is None:
            return True
        levels = [r for r in self._measures.readings([member]) if r.level]
        if levels and all(r.as_of.earlier for r in levels):
            return False
        when = _time_of(member)
        return when is not None and when.overlaps(view.interval)

    def _evidence(self, view: ClaimView, member: ClaimView, same_event: bool = False) -> Evidence | None:
        """The member's values beside the claim's; None for a related event that is only noise.

        A member of another kind (or only expected), or one that leaves out a participant of
        the claim, is *related*: shown when it shares the kind or the participants at a
        compatible time, never counted; unless (``same_event``) compare grouped it into one
        event with an account of the claim's kind, as ``check`` counts it. A denial speaks
        only to "what": its other values neither confirm nor contradict.
        """
        checks = [_check_what(view, member, same_event)]
        for part, claim_value in _claim_parts(view)[1:]:
            checks.append(_CHECKS[part](view, member).model_copy(update={"claim": claim_value}))
        by_part = {c.part: c.stance for c in checks}
        what, who = by_part["what"], by_part.get("who", "agrees")
        denial = what == "contradicts"
        # A source that leaves out one of the claim's participants may describe another event.
        related = what == "silent" or who == "silent"
        if related and ("agrees" not in (what, who) or by_part.get("when") == "contradicts"):
            return None
        if related or denial:
            counted = 1 if denial else 0
            checks = checks[:counted] + [c.model_copy(update={"stance": "silent"}) for c in checks[counted:]]
        checks[0] = checks[0].model_copy(update={"claim": _claim_parts(view)[0][1]})
        if any(c.stance == "contradicts" for c in checks):
            stance: EvidenceStance = "contradicts"
        elif related:
            stance = "related"
        else:
            stance = "supports"
        return Evidence(quote=claim_quote(member), source=member.source, kind=member.claim.kind, stance=stance, parts=checks)


def _unread_times(ed: ExtractedDocument, as_of: date | None) -> dict[str, str]:
    """Time expressions of the claim that could not be placed on the calendar, and why."""
    unread = {}
    for mention in ed.mentions:
        value = mention.value
        if not isinstance(value, TimeValue):
            continue
        if value.invalid:
            unread[mention.text] = f"not a valid date ({value.invalid})"
        elif value.start is None and value.end is None:
            unread[mention.text] = (
                "relative time: give --as-of DATE to say when the claim was made" if as_of is None
                else "could not be placed on the calendar"
            )
    return unread


def _claim_parts(view: ClaimView) -> list[tuple[PartName, str]]:
    """The parts the claim states, "what" first, with the claim's value for each."""
    claim = view.claim
    what = view.rule.label
    if stance_of(view) is not None:
        what += f" ({stance_of(view)})"
    parts: list[tuple[PartName, str]] = [("what", what)]
    if view.countries or view.persons:
        parts.append(("who", _who_label(view)))
    if claim.time is not None:
        parts.append(("when", time_label(claim.time) if view.interval is not None else " ".join(_time_text(view).split())))
    if view.figures:
        parts.append(("how many", "; ".join(figure_label(f) for f in view.figures)))
    if view.location is not None:
        parts.append(("where", _where_label(view)))
    return parts


def _time_text(view: ClaimView) -> str:
    by_id = {m.id: m for m in view.doc.mentions}
    texts = [by_id[i].text for i in view.claim.mentions if i in by_id and by_id[i].kind == "time"]
    return texts[0] if texts else "unreadable time"


def _check_what(view: ClaimView, member: ClaimView, same_event: bool = False) -> PartCheck:
    """Whether the member tells the claim's event: the same kind, or (``same_event``) another kind
    of the family that compare grouped with an account of the claim's kind."""
    label = member.rule.label
    if stance_of(member) is not None:
        label += f" ({stance_of(member)})"
    if view.positive != member.positive and member.claim.kind == view.claim.kind:
        stance: Stance = "contradicts"
    elif ((member.claim.kind != view.claim.kind and not (same_event and member.rule.family == view.rule.family))
          or _same_kind_done(member) != _same_kind_done(view) or view.positive != member.positive):
        stance = "silent"
    else:
        stance = "agrees"
    return PartCheck(part="what", claim="", source=label, stance=stance)


def _check_who(view: ClaimView, member: ClaimView) -> PartCheck:
    conflict = missing = False
    for entity, country in sorted(view.persons.items()):
        if entity in member.persons:
            continue
        same_country = sorted(e for e, c in member.persons.items() if c and c == country)
        if entity.startswith("role:") or any(e.startswith("role:") for e in same_country):
            if same_country or country in member.countries:
                continue  # the source names the role ("the junta leader in Niger"), or the claim does
        named = [e for e in same_country if not e.startswith("role:")]
        if named and member.rule.compare_participants and not entity.startswith("role:"):
            conflict = True
        else:
            missing = True
    named_countries = set(view.persons.values())
    if any(c not in member.countries for c in view.countries if c not in named_countries):
        missing = True
    stance: Stance = "contradicts" if conflict else ("silent" if missing else "agrees")
    return PartCheck(part="who", claim="", source=_who_label(member), stance=stance)


def _check_when(view: ClaimView, member: ClaimView) -> PartCheck:
    when = _time_of(member)
    label = interval_label(member)
    # An expected event's time is compared with what sources expect, a past one's with what happened.
    if view.interval is None or when is None or _same_kind_done(member) != _same_kind_done(view):
        return PartCheck(part="when", claim="", source=label, stance="silent")
    if when.overlaps(view.interval):
        return PartCheck(part="when", claim="", source=label, stance="agrees")
    # Events are matched by compare's rule: disjoint times only meet when both are
    # day-precise dates of the same kind within the contradiction window.
    return PartCheck(part="when", claim="", source=label, stance="contradicts")


def _check_figures(view: ClaimView, member: ClaimView) -> PartCheck:
    label = "; ".join(figure_label(f) for f in member.figures) or "-"
    stances = []
    for figure in view.figures:
        comparable = [f for f in member.figures if figures_comparable(figure, f)]
        if not comparable:
            stances.append("silent")
        elif any(figures_overlap(figure, f) for f in comparable):
            stances.append("agrees")
        else:
            stances.append("contradicts")
    stance: Stance = "contradicts" if "contradicts" in stances else ("agrees" if stances and set(stances) == {"agrees"} else "silent")
    return PartCheck(part="how many", claim="", source=label, stance=stance)


def _check_where(view: ClaimView, member: ClaimView) -> PartCheck:
    if view.location is None or member.location is None:
        return PartCheck(part="where", claim="", source=_where_label(member), stance="silent")
    same = same_place(view.location, member.location)
    return PartCheck(part="where", claim="", source=_where_label(member), stance="agrees" if same else "contradicts")


_CHECKS = {"who": _check_who, "when": _check_when, "how many": _check_figures, "where": _check_where}


def _overall(statements: list[Statement]) -> VerdictName:
    verdicts = {s.verdict for s in statements}
    for name in ("contradicted", "mixed"):
        if name in verdicts:
            return name
    return "supported" if verdicts == {"supported"} else "unverified"


def _names(parts: list[PartResult]) -> str:
    words = [f"{PART_WORDS[p.part]} ({p.part})" for p in parts]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _sources(ids: list[str], named: dict[str, str]) -> str:
    return f"{len(ids)} source{'s' if len(ids) != 1 else ''}: {_listed(ids, named)}"


def _listed(ids: list[str], named: dict[str, str]) -> str:
    """Sources by id and outlet ("000_90ca (LBCI)"), so that a summary says who they are."""
    return ", ".join(named.get(i, i) for i in ids)


def _verb(ids: list[str], one: str, many: str) -> str:
    return one if len(ids) == 1 else many


def summarise(verdict: Verdict, has_event: bool, named: dict[str, str] | None = None) -> str:
    """One plain-English sentence for the verdict, naming the parts that decided it and the
    sources (``named``: a source's id -> how to name it, its outlet beside its id)."""
    named = named or {}
    parts = [p for s in verdict.statements for p in s.parts]
    if not has_event:
        return ("Unverified: no event, figure, rank, office or role could be read from the claim, "
                "so nothing was compared.")
    if verdict.verdict == "supported":
        sources = sorted({src for p in parts for src in p.sources})
        if verdict.single_source:
            return f"Supported by a single source, {_listed(sources[:1], named)}; no other independent source confirms it."
        return f"Supported on every part it states by {verdict.independent_sources} independent sources: {_listed(sources, named)}."
    if verdict.verdict in ("contradicted", "mixed"):
        status = "contradicted" if verdict.verdict == "contradicted" else "mixed"
        bits = []
        for p in parts:
            if p.status != status:
                continue
            said = "; ".join(p.against_values)
            if status == "contradicted":
                bits.append(f"{PART_WORDS[p.part]} ({p.part}): the claim says {p.claim}, "
                            f"{_sources(p.against, named)}, {_verb(p.against, 'says', 'say')} {said}")
            else:
                bits.append(f"{PART_WORDS[p.part]} ({p.part}): {_sources(p.sources, named)}, {_verb(p.sources, 'agrees', 'agree')} "
                            f"with {p.claim}; {_sources(p.against, named)}, {_verb(p.against, 'disagrees', 'disagree')} ({said})")
        word = "Contradicted on its" if status == "contradicted" else "Mixed: sources disagree among themselves on the"
        return f"{word} " + "; ".join(bits) + "."
    unread = [p for p in parts if p.status == "unreadable"]
    confirmed = [p for p in parts if p.status == "supported"]
    open_parts = [p for p in parts if p.status == "unconfirmed"]
    if not confirmed and not unread:
        related = [e for s in verdict.statements for e in s.evidence if e.stance == "related"]
        if not related:
            return "Unverified: no source in the corpus speaks to it."
        # A source that tells the event otherwise ("is expected to meet") is not silence: say so.
        sources = sorted({e.source for e in related})
        told = sorted({c.source for e in related for c in e.parts if c.part == "what" and c.source})
        return (f"Unverified: no source confirms it; {_sources(sources, named)}, "
                f"{_verb(sources, 'tells', 'tell')} a related account ({'; '.join(told)}).")
    bits = []
    if confirmed:
        sources = sorted({src for p in confirmed for src in p.sources})
        bits.append(f"{_names(confirmed)} confirmed by {_sources(sources, named)}")
    if open_parts:
        bits.append(f"no source speaks to its {_names(open_parts)}")
    if unread:
        bits.append(f"its {_names(unread)} could not be read: {unread[0].note}")
    return "Unverified: " + "; ".join(bits) + "."


# -- the whole run ----------------------------------------------------------------------------


def verify_claims(docs: list[ExtractedDocument], claims: list[ClaimInput], rules: RulePack,
                  as_of: date | None = None, problems: list[Problem] | None = None) -> VerifyResult:
    """Every claim judged against ``docs`` (extracted and linked, as ``extract_documents`` gives)."""
    verifier = Verifier(docs, rules)
    return VerifyResult(
        as_of=as_of,
        documents=[
            SourceDocument(id=d.document.id, path=d.document.path, title=d.document.title, published=d.document.published,
                           outlet=d.document.outlet, credit=d.document.credit, authors=d.document.authors, url=d.document.url)
            for d in verifier.docs
        ],
        verdicts=[verifier.verify(claim, as_of) for claim in claims],
        problems=list(problems or []),
    )
