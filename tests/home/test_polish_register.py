"""One register in the Polish catalogue: informal, with the capitalised forms of direct address (README, notes for
translators), and gender-neutral wording about the person applying."""

import re
from pathlib import Path

import polib
import pytest
from django.utils import translation

from registry.join.forms import JoinForm

LOCALE = Path(__file__).resolve().parents[2] / "locale"
CATALOGUE = LOCALE / "pl" / "LC_MESSAGES" / "django.po"
# Ty, Cię, Ciebie, Tobą, Tobie, Twój and its forms, written in lower case.
LOWER_CASE_ADDRESS = re.compile(r"\b(ty|cię|ciebie|tobą|tobie|twój|twoj[aeiy]\w*|twoją)\b")


def translations():
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete:
            continue
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            if text:
                yield entry.msgid, text


def translations_as_folded():
    """The catalogue's translations with the helpers' pending ones (locale/pending/*.po) in their place, as
    `make messages` folds them (locale/merge_pending.py): the same answer before and after folding."""
    pending = {}
    for path in sorted((LOCALE / "pending").glob("*.po")):
        for entry in polib.pofile(str(path)):
            pending[(entry.msgctxt, entry.msgid)] = [entry.msgstr, *entry.msgstr_plural.values()]
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete:
            continue
        texts = pending.get((entry.msgctxt, entry.msgid)) or [entry.msgstr, *entry.msgstr_plural.values()]
        for text in texts:
            if text:
                yield entry.msgid, text


# "Koordynator lub koordynatorka", "wolontariusze i wolontariuszki": a neutral phrase instead ("osoba
# koordynująca", "osoby pełniące dyżur"); the volunteer's page is "strona wolontariatu"; no "Zostań wolontariuszem".
# "Wolontariusz nr 5" is a record's label, not a person addressed.
GENDERED = re.compile(
    r"\b(koordynator|wolontariusz)\w* (lub|i) \1k\w*"
    r"|\bstron\w* wolontariusz|\bwolontariuszem\b|jako wolontariusz\b(?! nr)",
    re.IGNORECASE,
)


def test_no_text_pairs_masculine_and_feminine_forms_or_names_the_page_after_a_man():
    assert [(msgid, text) for msgid, text in translations_as_folded() if GENDERED.search(text)] == []


def test_direct_address_is_capitalised_throughout_the_catalogue():
    wrong = [(msgid, text) for msgid, text in translations() if LOWER_CASE_ADDRESS.search(text)]
    assert wrong == []


@pytest.mark.django_db
def test_the_join_forms_consents_and_age_rule_do_not_assume_a_gender():
    with translation.override("pl"):
        form = JoinForm()
        public_name = str(form.fields["consent_public_name"].label)
        assert public_name.startswith("Wyrażam zgodę na podanie mojego imienia i nazwiska na stronie programu")
        assert "wolontariusza" not in public_name
        form = JoinForm(data={"date_of_birth": "2020-01-01"})
        form.is_valid()
        [error] = form.errors["date_of_birth"]
        assert error.startswith("Do programu przyjmujemy osoby, które ukończyły")
