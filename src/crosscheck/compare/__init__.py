"""The compare stage: claims -> events -> findings, with sources that are copies merged.

``compare(docs, rules)`` reads the claims and the linked mentions of every document and
returns a :class:`CompareResult`: the findings (agreement, contradiction, variant, change,
single_source, internal) and the groups of documents counted as one source.
"""

from __future__ import annotations

import pickle
import tempfile

from pydantic import Field

from ..extract.claim_rules import CueGroup, cues_by_language, event_rules
from ..models import ExtractedDocument, Finding, Model, SourceGroup, share_fields_sets
from ..rules import RuleFile, RulePack, rule_kind
from .events import build_views, group_events, is_placeable
from .families import families_of
from .news import UndatedAccounts, mark_background, reported, telling_recalls
from .changes import rank_changes
from .findings import EventJudge, unify
from .one_offs import one_off_conflicts
from .offices import office_contradictions
from ..normalise.offices import OfficeReader
from .measures import MeasureReader, level_classes
from .internal import weekday_mismatches
from .attributes import attribute_findings
from .independence import outlet_feeds, source_groups
from .denials import ClauseWords
from .open_events import open_event_findings
from .referents import referents_of
from .recalls import join_recalls
from .resemblance import Resemblance
from .unplaced import join_unplaced
from .statements import statement_findings
from .statistics import statistic_findings


@rule_kind("compare_settings")
class CompareSettings(RuleFile):
    """Thresholds of the compare stage (rules/compare.yaml)."""

    contradiction_window_days: int = Field(default=7, ge=0)
    recent_days: int = Field(default=14, ge=0)
    change_after_days: int = Field(default=14, ge=0)
    report_hours_apart: int = Field(default=6, ge=0)
    near_duplicate_ratio: float = Field(default=85, ge=0, le=100)
    ranks: list[str] = Field(default_factory=list)
    offices: list[str] = Field(default_factory=list)
    agree_on_date_despite_other_clashes: bool = False
    open_event_min_evidence: float = Field(default=0.6, ge=0)
    open_description_evidence: float = Field(default=0.0, ge=0)
    second_occurrence: dict[str, list[str]] = Field(default_factory=dict)
    date_clash_days: dict[str, int] = Field(default_factory=dict)
    background_gap_days: int = Field(default=365, ge=0)
    single_source_per_story: int = Field(default=3, ge=0)
    statistic_pronouns: list[str] = Field(default_factory=list)
    after_the_event: dict[str, CueGroup] = Field(default_factory=dict)
    referring_participles: dict[str, CueGroup] = Field(default_factory=dict)
    running_counts: list[str] = Field(default_factory=list)
    falling_counts: list[str] = Field(default_factory=list)
    repetition_words: list[str] = Field(default_factory=list)
    continuing_subjects: dict[str, list[str]] = Field(default_factory=dict)
    self_reports: dict[str, CueGroup] = Field(default_factory=dict)
    converse: dict[str, list[str]] = Field(default_factory=dict)
    person_sexes: dict[str, str] = Field(default_factory=dict)
    thing_years: dict[str, str] = Field(default_factory=dict)


class CompareResult(Model):
    findings: list[Finding] = Field(default_factory=list)
    source_groups: list[SourceGroup] = Field(default_factory=list)


def settings(rules: RulePack) -> CompareSettings:
    files = rules.get("compare_settings")
    return files[-1] if files else CompareSettings(kind="compare_settings")


def compare(docs: list[ExtractedDocument], rules: RulePack) -> CompareResult:
    """Every finding over a set of extracted (and entity-linked) documents, in a stable order."""
    config = settings(rules)
    docs = sorted(docs, key=lambda ed: ed.document.id)
    source_of, groups = source_groups(docs, config.near_duplicate_ratio)
    cues = cues_by_language(rules)
    views = build_views(docs, event_rules(rules), cues, source_of, config.recent_days)
    mark_background(views, config.background_gap_days)
    running_toll = {language: c.running_toll for language, c in cues.items() if c.running_toll is not None}
    judge = EventJudge(MeasureReader(rules), config.contradiction_window_days, config.change_after_days, running_toll,
                       config.agree_on_date_despite_other_clashes, config.after_the_event, frozenset(config.running_counts),
                       config.person_sexes, frozenset(config.falling_counts), config.report_hours_apart,
                       config.referring_participles)
    undated = UndatedAccounts(views, config.recent_days)
    resemblance = Resemblance(docs)
    events = group_events(views, config.contradiction_window_days)
    # An account naming no country ("the blast in Dahej") joins the placed event it tells.
    placed = join_unplaced(events, [v for v in views if not is_placeable(v)], config.contradiction_window_days, resemblance)
    findings: list[Finding] = []
    for event in events:
        found = judge.findings(event)
        if any(f.kind == "single_source" for f in found) and undated.tell(event):
            found = [f for f in found if f.kind != "single_source"]  # another source tells it, undated
        findings += _held(found)
    findings += one_off_conflicts(views)
    findings += rank_changes(docs, config.ranks)
    findings += rank_changes(docs, config.offices, what="title")
    findings += office_contradictions(docs, OfficeReader(rules), config.contradiction_window_days)
    findings += weekday_mismatches(docs)
    findings += _variants(docs, rules)
    unplaced = _open_classes([v for v in views if not is_placeable(v) and v.claim.id not in placed], rules)
    background = {v.claim.id for v in views if v.background}
    telling = telling_recalls(views)
    del views, undated, events  # the closed kinds' views are done with: the open grouping's views take their place
    findings += statistic_findings(docs, source_of, _compared_sentences(docs, findings), set(config.statistic_pronouns))
    compared = _compared_sentences(docs, findings)
    closed = _Spilled(findings)  # out of memory while the open grouping, compare's largest step, runs
    del findings
    opened = _held(open_event_findings(docs, set(event_rules(rules)), _reporting_classes(rules), source_of, config.recent_days,
                                       config.open_event_min_evidence, compared, unplaced,
                                       config.background_gap_days, config.single_source_per_story,
                                       judge=judge, resemblance=resemblance, self_reports=config.self_reports,
                                       converse=config.converse, families=families_of(rules), referents=referents_of(rules),
                                       description_evidence=config.open_description_evidence,
                                       second_occurrence=config.second_occurrence, date_clash_days=config.date_clash_days,
                                       function_words=frozenset(w.lower() for f in rules.get("furniture") for w in f.stopwords),
                                       clause_words=_clause_words(rules),
                                       levels=level_classes(rules)))
    findings = closed.load() + opened
    findings += statement_findings(docs, _reporting_classes(rules), source_of, findings)
    findings += attribute_findings(docs, source_of, outlet_feeds(docs, source_of), resemblance, referents_of(rules), rules, findings,
                                   config.thing_years, config.contradiction_window_days)
    kept = reported(findings, background, telling)
    held = {id(f) for f in kept}
    dropped = [f for f in findings if f.kind == "agreement" and id(f) not in held and background.issuperset(f.claims)]
    findings = join_recalls(kept, docs, source_of, _lexicons(rules), config.background_gap_days, dropped)
    return CompareResult(findings=unify(findings), source_groups=groups)


class _Spilled:
    """Findings kept in a temporary file until :meth:`load`, a chunk of them per pickle.

    The closed kinds' findings (about 40 KB per article on the realistic bench corpus) were held
    through the open grouping, whose transient structures are compare's largest (85 KB per
    article): the parent's peak held both. Pickled, the findings' shared sets and strings stay
    shared within a chunk, and come back equal, in order. A file that cannot be written (a
    full disk) costs memory, never the run: the findings stay in memory."""

    _CHUNK = 2_000  # findings per pickle: the pickler's memo of every object stays small

    def __init__(self, findings: list[Finding]) -> None:
        self._kept: list[Finding] | None = list(findings) if not findings else None
        self._file = None
        self._chunks = 0
        if self._kept is not None:
            return
        try:
            self._file = tempfile.TemporaryFile(prefix="crosscheck-findings-")
            for start in range(0, len(findings), self._CHUNK):
                pickle.dump(findings[start:start + self._CHUNK], self._file, protocol=pickle.HIGHEST_PROTOCOL)
                self._chunks += 1
        except OSError:
            if self._file is not None:
                self._file.close()
            self._kept, self._file = list(findings), None

    def load(self) -> list[Finding]:
        """The findings, in their order; the file is closed (and so deleted)."""
        if self._file is None:
            return self._kept or []
        with self._file:
            self._file.seek(0)
            return [finding for _ in range(self._chunks) for finding in pickle.load(self._file)]


def _held(found: list[Finding]) -> list[Finding]:
    """``found``, their models sharing their sets of set fields with their equals
    (:func:`~crosscheck.models.share_fields_sets`) as compare makes them: compare holds every
    finding until it ends, and each model's own set was about half of what they held (the
    closed kinds' findings 47 KB per article on the realistic bench corpus, held through the
    open grouping, compare's largest step)."""
    for finding in found:
        share_fields_sets(finding)
    return found


def _compared_sentences(docs: list[ExtractedDocument], findings: list[Finding]) -> set[tuple[str, int]]:
    """(document, sentence) of every claim an agreement, contradiction or change already compares.

    The claims are looked up by id among those findings' claims, not the other way round: a
    map of every claim of the run to its sentence was the largest thing this step built (a
    dict entry and a tuple per claim, about 20 KB per article at 10,000 articles)."""
    compared = {i for f in findings if f.kind in ("agreement", "contradiction", "change") for i in f.claims}
    return {(c.document, c.sentence) for ed in docs for c in ed.claims if c.id in compared}


def _variants(docs: list[ExtractedDocument], rules: RulePack) -> list[Finding]:
    from .variants import find_variants

    return find_variants(docs, rules)


def _open_classes(views, rules: RulePack) -> dict[str, str]:
    """The open event class of each closed-kind claim left to the open grouping: the class of
    its trigger word in its language's event-class table ("died": the class of "death" and
    "succumbed"), so that it meets the other accounts of the event; its kind when the table
    has no word of the trigger."""
    tables = _lexicons(rules)
    classes = {}
    for v in views:
        table = tables.get(v.doc.document.language or "en") or tables["en"]
        found = next((hit for word in (v.claim.trigger.text.split() if v.claim.trigger else [])
                      if (hit := table.lookup(word.strip(".,;:'\"()"))) is not None), None)
        classes[v.claim.id] = found[1] if found else v.claim.kind
    return classes


def _reporting_classes(rules: RulePack) -> set[str]:
    """Event classes of saying, in every language: they never make an agreement on their own."""
    return {name for lexicon in _lexicons(rules).values() for name in lexicon.reporting}


# Lexicons compiled for earlier runs of this process, by the rule files they were compiled from
# (the files kept with them, so their ids stay theirs), newest last. Compare reads them three
# times a run, and compiling them was 30% of a run over the five seeds; packs loaded from the
# same files share their models (rules.load_rule_file), so a process's runs compile them once.
_LEXICONS: list[tuple[tuple[int, ...], list, dict]] = []
_LEXICONS_KEPT = 4


def _clause_words(rules: RulePack) -> dict[str, ClauseWords]:
    """By language, the words that open a denied clause and its verb (``denial_words``)."""
    return {f.language: ClauseWords.of(f.openers, f.verb_group) for f in rules.get("denial_words") if f.language}


def _lexicons(rules: RulePack) -> dict:
    from ..extract.lexicon import lexicons

    files = [*rules.get("event_lexicon"), *rules.get("event_classes")]  # what a Lexicon reads
    key = tuple(map(id, files))
    for kept, _, tables in _LEXICONS:
        if kept == key:
            return tables
    tables = lexicons(rules)
    _LEXICONS.append((key, files, tables))
    del _LEXICONS[:-_LEXICONS_KEPT]
    return tables
