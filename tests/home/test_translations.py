"""The Polish catalogue: complete, reviewed, and compiled from its latest version."""

import re

import polib
from django.conf import settings
from django.utils import translation

PO_PATH = settings.BASE_DIR / "locale" / "pl" / "LC_MESSAGES" / "django.po"
MO_PATH = PO_PATH.with_suffix(".mo")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|\{\w*\}")


def live_entries():
    return [entry for entry in polib.pofile(str(PO_PATH)) if not entry.obsolete]


def forms(entry):
    """The translation of an entry: its msgstr, or its plural forms in order."""
    if entry.msgid_plural:
        return tuple(entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural, key=int))
    return (entry.msgstr,)


def test_every_polish_entry_is_translated():
    untranslated = [entry.msgid for entry in live_entries() if not all(forms(entry))]
    assert untranslated == [], "run `make messages` and translate these in locale/pl/LC_MESSAGES/django.po"


def test_no_polish_entry_is_left_fuzzy():
    fuzzy = [entry.msgid for entry in live_entries() if entry.fuzzy]
    assert fuzzy == [], "review these guesses from makemessages and remove their fuzzy flag"


def test_polish_plural_forms_follow_the_three_form_rule():
    catalogue = polib.pofile(str(PO_PATH))
    assert catalogue.metadata["Plural-Forms"].startswith("nplurals=3;")
    assert all(len(forms(entry)) == 3 for entry in live_entries() if entry.msgid_plural)


def test_translations_keep_every_placeholder_of_the_original():
    broken = []
    for entry in live_entries():
        expected = set(PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or "")))
        for form in forms(entry):
            found = set(PLACEHOLDER.findall(form))
            # A singular form may leave out the count ("Zmieniono status tego wolontariusza").
            if found - expected or (not entry.msgid_plural and found != expected):
                broken.append((entry.msgid, form))
    assert broken == []


def test_compiled_catalogue_holds_exactly_the_translations_of_the_po_file():
    compiled = {(entry.msgctxt, entry.msgid): forms(entry) for entry in polib.mofile(str(MO_PATH)) if entry.msgid}
    source = {(entry.msgctxt, entry.msgid): forms(entry) for entry in live_entries() if not entry.fuzzy}
    assert compiled == source, "run `manage.py compilemessages --ignore=.venv --ignore=node_modules`"


def test_django_serves_the_project_translations_in_polish():
    simple = [entry for entry in live_entries() if not entry.msgid_plural and not entry.msgctxt]
    with translation.override("pl"):
        served = {entry.msgid: translation.gettext(entry.msgid) for entry in simple}
    assert served == {entry.msgid: entry.msgstr for entry in simple}
