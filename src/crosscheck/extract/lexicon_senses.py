"""The senses of an event word with several readings (``senses:`` in
rules/<lang>/events/classes.yaml), told by the words around it; :mod:`.lexicon` applies them."""

from __future__ import annotations

import re

from pydantic import Field, field_validator

from ..rules import RuleModel

SENSE_REACH = 160  # characters after a word in which a sense's construction is looked for


class Sense(RuleModel):
    """One reading of a lemma with several event senses, told by the words around it: the form
    as written (``forms``), the word right before it (``before``, or its lemma: ``before_lemma``)
    or right after it (``after``), or a construction later in its clause (``followed_by``, a
    pattern searched in the rest of the sentence, at most ``SENSE_REACH`` characters: "condamné
    mardi l'ancien ministre ... à cinq ans de prison" is a sentence, "a condamné l'attaque" a
    denunciation) or earlier (``preceded_by``, a pattern ending at the word, searched in the
    sentence's text before it: "job cuts" are layoffs, "tués sur le coup" no coup); every
    condition given must hold. A light verb and its noun are one lexical
    entry this way: "faire appel" is an appeal, not a phone call (``before_lemma: [faire]``)."""

    event_class: str = Field(alias="class")
    forms: list[str] = Field(default_factory=list)
    before: list[str] = Field(default_factory=list)
    before_lemma: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)
    followed_by: str | None = None
    preceded_by: str | None = None

    @field_validator("followed_by", "preceded_by")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            re.compile(value)
        return value

    @property
    def conditional(self) -> bool:
        """Whether the sense is read from the words around the word (not a catch-all): such a
        reading of the verb's object or complement outranks its particle's phrasal class."""
        return bool(self.forms or self.before or self.before_lemma or self.after) \
            or self.followed_by is not None or self.preceded_by is not None

    def holds(self, lowered: str, previous: str, following: str, previous_lemma=None, rest: str = "",
              earlier: str = "") -> bool:
        """``previous_lemma``: a function giving the lemma of the word before (asked only when a
        condition needs it); ``rest``: the text after the word, to the end of its sentence;
        ``earlier``: the text before it, from the start of its sentence."""
        return (not self.forms or lowered in self.forms) and (not self.before or previous in self.before) \
            and (not self.after or following in self.after) \
            and (not self.before_lemma or (previous_lemma is not None and previous_lemma() in self.before_lemma)) \
            and (self.followed_by is None or re.search(self.followed_by, rest[:SENSE_REACH], re.IGNORECASE) is not None) \
            and (self.preceded_by is None or re.search(self.preceded_by, earlier[-SENSE_REACH:], re.IGNORECASE) is not None)
