"""Tests of the calendar words of languages without rule files (CLDR through Babel)."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.clean import Cleaner
from crosscheck.clean.calendars import calendar_of
from crosscheck.models import LineMap, RawDocument
from crosscheck.rules import load_rules

CLEANER = Cleaner(load_rules())


def read(text: str):
    return CLEANER.clean(RawDocument(id="t", path="t.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text)))


def test_both_grammatical_forms_of_a_month_and_the_numeric_order_come_from_the_locale():
    russian = calendar_of("ru")
    assert russian.months["сентября"] == russian.months["сентябрь"] == 9
    assert russian.day_first
    assert "sexta-feira" in calendar_of("pt").weekdays


def test_names_that_are_no_words_are_left_out_and_unknown_languages_have_none():
    assert calendar_of("ja") is None  # "9月" is a number and a sign, read by the numeric shapes
    assert calendar_of("zz") is None


@pytest.mark.parametrize("stamp,day", [
    ("sexta-feira, 22 de outubro de 2010 às 20:13", date(2010, 10, 22)),
    ("Publicado em 3 de março de 2015", date(2015, 3, 3)),
])
def test_portuguese_publication_date_without_portuguese_rules(stamp, day):
    text = ("Início\nNotícias\n\nClassificação do campeonato nacional\n" + stamp + "\n\n"
            "Nesta página você terá sempre a classificação atualizada do campeonato até a última corrida da temporada.\n\n"
            "Coloque nos seus favoritos e venha sempre conferir a classificação do campeonato depois de cada corrida.\n")
    doc = read(text)
    assert doc.language == "pt"
    assert doc.published == day


def test_russian_date_in_the_genitive_under_the_author_label():
    text = ("Новости\nМода\n\nМодель рассказала, почему боится стареть\nТекст: Анна Петрова·11 октября 2018\n\n"
            "В восьмидесятых годах чешская красавица заявила о себе на весь мир, и с тех пор её лицо знают все.\n\n"
            "Сейчас ей исполнилось пятьдесят три года, и хоть выглядит она прекрасно, старость её пугает.\n")
    doc = read(text)
    assert doc.language == "ru"
    assert doc.published == date(2018, 10, 11)
