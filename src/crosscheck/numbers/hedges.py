"""Hedged figures as intervals: "nearly 50" is 46..49, "more than 45" is 46..49, "about 1,000" a band,
"at least 23" a floor (23 and up, no upper bound).

How far a hedge reaches depends on how round the figure is (:func:`round_step`): a writer picks
the roundest figure that is true. A floor is the exception: "at least 23 killed" states a
confirmed minimum, not a rounded count, and tolls given so are revised upwards by any amount
(23, then 41), so it has no upper bound at all.
"""

from __future__ import annotations

import math


def round_step(value: float, mantissas: tuple[float, ...] = (1.0, 5.0)) -> float:
    """The largest round step (a mantissa times a power of ten) that divides ``value`` and is below it.

    A writer picks the roundest figure that is true, so a figure's step tells how far a hedge
    on it reaches: 40 -> 10, 45 -> 5, 150 -> 50, 1,000 -> 500, 12 -> 1, 24.75 -> 0.05.
    0 when ``value`` is 0 or has no such step within fifteen decades below it.
    """
    magnitude = abs(value)
    if not math.isfinite(magnitude) or magnitude == 0:
        return 0.0
    top = math.floor(math.log10(magnitude))
    for exponent in range(top, top - 16, -1):
        for mantissa in sorted(mantissas, reverse=True):
            step = mantissa * 10.0**exponent
            ratio = magnitude / step
            if step < magnitude * (1 - 1e-12) and abs(ratio - round(ratio)) <= 1e-9 * max(1.0, ratio):
                return step
    return 0.0


def hedge_extent(value: float, step_fraction: float, min_width: float, max_width: float,
                 mantissas: tuple[float, ...] = (1.0, 5.0)) -> float:
    """How far a hedge reaches from ``value``: a fraction of its round step, kept between the two widths."""
    magnitude = abs(value)
    return min(max(round_step(value, mantissas) * step_fraction, magnitude * min_width), magnitude * max_width)


def hedged_interval(value: float, shape: str, strict: bool, extent: float, integer: bool) -> tuple[float, float | None]:
    """The interval a hedged figure stands for; ``integer`` keeps whole-number bounds for counts.

    below: ``value - extent`` up to just under ``value``; above: just over (or from, when not
    strict) ``value`` up to, not including, ``value + extent`` (the next round number would have
    been written); band: ``value`` plus or minus ``extent``; at_most: ``value - extent`` up to
    ``value`` (just under it when strict); floor: ``value`` (just over it when strict) and up,
    with no upper bound (``None``), whatever ``extent``. A hedged count admits at least its
    neighbours.
    """
    if shape == "floor":
        if not strict:
            return round(value, 9), None
        return (float(math.floor(value)) + 1 if integer else round(value, 9)), None
    if shape == "below":
        low, high = value - extent, value
    elif shape == "above":
        low, high = value, value + extent
    elif shape == "band":
        low, high = value - extent, value + extent
    else:
        low, high = value - extent, value
    low, high = round(low, 9), round(high, 9)
    if not integer:
        return low, max(low, high)
    below_next_round = float(math.ceil(high)) - 1
    low, high = float(math.ceil(low)), float(math.floor(high))
    if shape == "below":
        low, high = min(low, value - 1), value - 1
    elif shape == "above":
        high = max(below_next_round, value + 1)
        low = value + 1 if strict else value
    elif shape == "band":
        low, high = min(low, value - 1), max(high, value + 1)
    elif strict:
        high = value - 1
    return low, max(low, high)


def hedged_figure(value: float, hedge, integer: bool, round_steps: tuple[float, ...]) -> tuple[float, float | None]:
    """The interval of a figure under a hedge rule (its ``shape``, ``strict``, ``step_fraction``,
    ``min_width`` and ``max_width``). "More than N" of a count with no round step ("more than
    five", "more than 12", "plus de cinq") names no next round number the count stays under, so
    it is open above: N + 1 and up, as "at least N + 1" would be."""
    if hedge.shape == "above" and integer and round_step(value, round_steps) <= 1:
        return hedged_interval(value, "floor", hedge.strict, 0.0, integer)
    extent = hedge_extent(value, hedge.step_fraction, hedge.min_width, hedge.max_width, round_steps)
    return hedged_interval(value, hedge.shape, hedge.strict, extent, integer)
