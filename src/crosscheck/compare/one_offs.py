"""Findings outside events: one-off events (the coup that ousted a given leader) dated differently."""

from collections import defaultdict

from ..models import Finding
from .events import ClaimView, Interval
from .findings import EventJudge, _by_doc, _clashing_values, _interval_key, _side_by_side
from .labels import _order, interval_label


def one_off_conflicts(views: list[ClaimView]) -> list[Finding]:
    """Sources that date a one-off event (the coup that ousted a given leader) differently.

    Such claims are identified by their target, not by time, so "in August 2023" and "in
    September 2023" for the ousting of one president conflict even though coarse times that do
    not overlap otherwise mean two events. Day-precise dates a few days apart are already
    compared inside their event.
    """
    by_target: dict[tuple[str, str], list[ClaimView]] = defaultdict(list)
    for v in views:
        i = v.interval
        if (v.rule.one_off_days and v.target and v.positive and i is not None and not i.implied
                and v.claim.modality in ("asserted", "reported")):
            by_target[(v.claim.kind, v.target[0])].append(v)
    found = []
    for (kind, _), members in sorted(by_target.items()):
        members = sorted(members, key=_order)
        window = members[0].rule.one_off_days
        involved = _clashing_values(members, _interval_key, lambda a, b: _one_off_clash(Interval(*a), Interval(*b), window))
        if not involved:
            continue
        name = members[0].target[1]
        label = members[0].rule.label
        values = {d: interval_label(min(vs, key=_order)) for d, vs in _by_doc(involved).items()}
        summary = f"Sources give different dates for the {label} that ousted {name}: {_side_by_side(values)}."
        found.append(EventJudge._finding("contradiction", f"{label} ousting {name} | date", summary, values, involved))
    return found


def _one_off_clash(a: Interval, b: Interval, window: int) -> bool:
    return not a.overlaps(b) and a.gap_days(b) <= window and not (a.granularity == b.granularity == "day")
