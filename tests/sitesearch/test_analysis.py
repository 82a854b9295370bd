"""The same analysis on both sides: every form of a word gives a term its other forms share."""

import pytest

from sitesearch.analysis import fold, lemmas, query_words


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Kielce", "Kielcach"),
        ("kielce", "Kielcach"),
        ("wolontariusz", "wolontariuszy"),
        ("policja", "policji"),
        ("ośrodek", "kieleckiego ośrodka"),
        ("kielecki", "kieleckiego"),
        ("senior", "seniorów"),
        ("Łódź", "Łodzi"),
        ("bezpieczny", "bezpiecznych"),
        ("odwiedzać", "odwiedzali"),
    ],
)
def test_a_polish_word_shares_a_term_with_its_inflected_forms(typed, written):
    written_terms = set().union(*(lemmas(word, "pl") for word in written.split()))
    assert lemmas(typed, "pl") & written_terms


@pytest.mark.parametrize(("typed", "written"), [("volunteer", "volunteering"), ("police", "policing")])
def test_an_english_word_shares_a_term_with_its_forms(typed, written):
    assert lemmas(typed, "en") & lemmas(written, "en")


def test_unrelated_words_share_no_term():
    assert not lemmas("policja", "pl") & lemmas("wolontariusz", "pl")


@pytest.mark.parametrize(("text", "folded"), [("Łódź", "lodz"), ("ŻÓŁW", "zolw"), ("zażółć gęślą", "zazolc gesla")])
def test_folding_removes_polish_diacritics_including_l_with_stroke(text, folded):
    assert fold(text) == folded


def test_terms_are_folded_so_diacritics_are_optional():
    assert "lodz" in lemmas("Łodzi", "pl")


def test_stop_words_are_dropped_from_queries_unless_nothing_else_is_left():
    assert query_words("wolontariat w policji", "pl") == ["wolontariat", "policji"]
    assert query_words("w", "pl") == ["w"]
