"""Claim verification: read one stated claim as the articles are read, and judge it against them.

A claim ("Niger's leader spoke with Putin by phone on 26 March 2024") becomes a one-sentence
:class:`~crosscheck.models.Document` whose publication date is ``--as-of``; the same extractors
read its event, participants, time, figures and place, and its names are linked against the
corpus's entities. Each event the claim reports is then compared with the corpus's events
(built by the compare stage: ``build_views``/``group_events``, the same participant and time
compatibility, the same independence of sources), part by part:

- **what**: the same kind of event, asserted (a denial contradicts; an "expected" meeting does
  not confirm that it happened; a related kind of the same family is shown, never counted);
- **who**: every person of the claim is named by the source, or the source names the role
  ("the junta leader in Niger"); another named person of the same country contradicts;
- **when**: the times overlap at the coarser granularity; day-precise dates a few days apart
  contradict (compare's window); a relative time without ``as_of`` cannot be read;
- **how many**: comparable figures whose ranges overlap; disjoint ranges contradict;
- **where**: the same place (or the country of that place).

The verdict: ``supported`` when independent sources agree with every part the claim states,
``contradicted`` when a source states an incompatible value and none agrees on that part,
``mixed`` when sources disagree among themselves on a part, ``unverified`` otherwise (nothing
speaks to it, or a part could not be read or confirmed). Copies of one wire story count once.

The stage's modules: :mod:`.reading` reads stated claims (command line, text or CSV file),
:mod:`.names` links their names to the corpus, :mod:`.judging` judges each against the corpus's
events through compare's public API (``build_views``, ``group_events``,
:mod:`crosscheck.compare.judgement`), and :mod:`.render` writes the verdicts in every format.
"""

from __future__ import annotations

from .judging import Verifier, summarise, verify_claims
from .models import (
    VERDICTS,
    ClaimInput,
    Evidence,
    PartCheck,
    PartResult,
    SourceDocument,
    Statement,
    Verdict,
    VerifyResult,
)
from .reading import ClaimsFileError, parse_as_of, read_claims_file

__all__ = [
    "VERDICTS", "ClaimInput", "ClaimsFileError", "Evidence", "PartCheck", "PartResult", "SourceDocument", "Statement", "Verdict", "Verifier",
    "VerifyResult", "parse_as_of", "read_claims_file", "summarise", "verify_claims",
]
