"""Tests of language detection in the clean stage and of the per-language furniture rules."""

from __future__ import annotations

import pytest

from crosscheck.clean import Cleaner, language_warnings
from crosscheck.clean.language import detect, page_sample
from crosscheck.models import LineMap, RawDocument
from crosscheck.rules import load_rules

PACK = load_rules()
CLEANER = Cleaner(PACK)
GROUPS = ["section_markers", "ticker_markers", "line_markers", "prefix_markers", "line_patterns", "caption_patterns", "copyright_patterns", "comment_patterns",
          "notice_patterns"]

FRENCH_PAGE = """Accueil
Politique
Partager
Niger : le général Tiani reçoit une délégation malienne à Niamey
Publié le 26 mars 2024 à 10h30
Par Aïcha Diallo
Le chef de la junte nigérienne a reçu mardi une délégation du gouvernement de transition malien, a indiqué la présidence dans un communiqué.
Les deux pays ont convenu de renforcer leur coopération dans la lutte contre les groupes armés qui sévissent dans la zone des trois frontières.
Lire aussi : Le Mali et le Burkina Faso signent un accord de défense
Selon une source diplomatique, une nouvelle rencontre devrait avoir lieu le mois prochain à Bamako.
Tous droits réservés
"""

PORTUGUESE_PAGE = """Início
Notícias
O governo anunciou nesta terça-feira um novo pacote de medidas para conter a inflação no país.
Segundo o ministro, as medidas devem entrar em vigor no próximo mês e atingir milhões de famílias.
A oposição criticou o plano e disse que ele chega tarde demais para os mais pobres.
"""


def raw(text: str, doc_id: str = "t") -> RawDocument:
    return RawDocument(id=doc_id, path=f"{doc_id}.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text))


@pytest.mark.parametrize("rules", PACK.get("furniture"), ids=lambda r: r.language or "neutral")
@pytest.mark.parametrize("group", GROUPS)
def test_rule_examples_of_every_language(rules, group):
    examples = getattr(rules, group).examples
    for line in examples.match:
        assert CLEANER.matches(group, line, rules.language or "en"), (rules.language, group, line)
    for line in examples.no_match:
        assert not CLEANER.matches(group, line, rules.language or "en"), (rules.language, group, line)


def test_detects_french_and_english_from_long_lines():
    assert detect(page_sample(FRENCH_PAGE.splitlines()))[0] == "fr"
    english = "The minister said on Monday that the talks would continue next week in the capital."
    assert detect(page_sample(["Accueil", english]))[0] == "en"


def test_text_without_letters_has_no_language():
    assert detect("12 34 -- 56") == (None, 0.0)


def test_french_page_is_read_with_french_furniture_rules():
    doc = CLEANER.clean(raw(FRENCH_PAGE))
    assert doc.language == "fr"
    body = doc.body_text()
    assert "a reçu mardi une délégation" in body and "nouvelle rencontre" in body
    for furniture in ("Partager", "Lire aussi", "Tous droits réservés", "Accueil"):
        assert furniture not in body
    assert doc.title == "Niger : le général Tiani reçoit une délégation malienne à Niamey"
    assert not language_warnings([doc], CLEANER.languages)


def test_language_without_rules_keeps_its_body_and_warns():
    doc = CLEANER.clean(raw(PORTUGUESE_PAGE))
    assert doc.language == "pt"
    body = doc.body_text()
    assert "pacote de medidas" in body and "A oposição criticou" in body and "Início" not in body
    warnings = language_warnings([doc], CLEANER.languages)
    assert [w.code for w in warnings] == ["W203"] and "'pt' has no rules" in warnings[0].message


def test_warming_the_cleaner_loads_the_detector_before_any_page():
    """A process pool forks after the stages are warmed: the detector's model, loaded then, is
    shared by every worker instead of being loaded again with each worker's first page."""
    import crosscheck.clean.language as language
    from crosscheck.scale.mapping import stages

    language._detector = None
    stages(PACK, "warm-test")
    assert language._detector is not None
    assert detect("The talks in Bamako ended on Tuesday without an agreement.")[0] == "en"


# A one-sentence claim: the choice is between the languages the rules describe, by the model's
# probability of each, and the default wins when neither is among the model's guesses.
CLAIM_LANGUAGES = [
    ("Douze soldats ont été tués le 16 janvier 2025", "fr"),
    ("Tiani a rencontré Poutine", "fr"),  # the model's first guess, at 0.62, beside Spanish
    ("Putin met Goita", "en"),  # the model's first guess is Dutch
    ("Goita met Macron in June 2025", "en"),
    ("Approximately 1,000 US troops were in Niger in March 2024", "en"),
    ("2024-03-26", "en"),  # no letters
]


@pytest.mark.parametrize(("text", "expected"), CLAIM_LANGUAGES)
def test_a_claim_is_read_in_the_likeliest_language_the_rules_describe(text, expected):
    from crosscheck.clean.language import likeliest

    assert likeliest(text, ["en", "fr"]) == expected


def test_a_language_the_rules_do_not_describe_is_never_chosen():
    from crosscheck.clean.language import likeliest

    assert likeliest("Putin met Goita", ["fr"], default="fr") == "fr"
    assert likeliest("Die Regierung hat am Dienstag neue Maßnahmen beschlossen", ["en", "fr"]) in ("en", "fr")


def test_a_french_site_name_set_off_from_its_menu_by_a_dash_is_the_outlet() -> None:
    page = (
        "L'Écho du Littoral — Politique | Économie | Emploi | Abonnez-vous\n\n"
        "# Le port de Sète rouvre après la tempête\n\n*Par Claire Martin — mardi 13 octobre 2026*\n\n"
        "Le port de Sète a rouvert mardi matin après deux jours de fermeture, a indiqué la préfecture.\n"
    )
    assert CLEANER.clean(raw(page)).outlet == "L'Écho du Littoral"


@pytest.mark.parametrize("footer", [
    "© 2025 La Gazette de Namur. Reproduction interdite.",
    "© La Gazette de Namur – Toute reproduction strictement interdite",
    "© 2025 La Gazette de Namur - Tous droits réservés",
])
def test_a_french_copyright_footer_names_the_outlet_without_its_reservation(footer):
    doc = CLEANER.clean(raw(FRENCH_PAGE.replace("Tous droits réservés\n", footer + "\n")))
    assert doc.outlet == "La Gazette de Namur"
