"""One register in the Polish catalogue: informal, with the capitalised forms of direct address (README, notes for
translators), and gender-neutral wording about the person applying."""

import re
from pathlib import Path

import polib
import pytest
from django.utils import translation

from registry.join.forms import JoinForm

CATALOGUE = Path(__file__).resolve().parents[2] / "locale" / "pl" / "LC_MESSAGES" / "django.po"
# Ty, Cię, Ciebie, Tobą, Tobie, Twój and its forms, written in lower case.
LOWER_CASE_ADDRESS = re.compile(r"\b(ty|cię|ciebie|tobą|tobie|twój|twoj[aeiy]\w*|twoją)\b")


def translations():
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete:
            continue
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            if text:
                yield entry.msgid, text


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
