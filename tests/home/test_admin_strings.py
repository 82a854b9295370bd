"""Wagtail's strings on the editors' screens read as correct Polish (POLISH-REVIEW b13–b26)."""

import gettext as python_gettext
import re
from pathlib import Path

import polib
import pytest
import wagtail
from django.contrib.auth.models import User
from django.utils import translation
from wagtail.models import Page

from home.admin_strings import LOCALIZE_MESSAGES, WAGTAIL_MESSAGES, WAGTAIL_PLURAL_MESSAGES

WAGTAIL_DIR = Path(wagtail.__file__).parent


def wagtail_msgids():
    msgids = set()
    for path in WAGTAIL_DIR.glob("*/locale/en/LC_MESSAGES/django.po"):
        msgids |= {entry.msgid for entry in polib.pofile(str(path))}
    return msgids


def wagtails_own_polish(msgid):
    for path in WAGTAIL_DIR.glob("*/locale/pl/LC_MESSAGES/django.mo"):
        with path.open("rb") as file:
            catalogue = python_gettext.GNUTranslations(file)
        translated = catalogue.gettext(msgid)
        if translated != msgid:
            return translated
    return msgid


@pytest.mark.parametrize("msgid", WAGTAIL_MESSAGES)
def test_each_overridden_string_is_still_wagtails_and_reads_better_in_polish(msgid):
    assert msgid in wagtail_msgids(), "Wagtail no longer uses this msgid: remove it from home/admin_strings.py"
    with translation.override("pl"):
        ours = translation.gettext(msgid)
    assert ours != msgid and ours != wagtails_own_polish(msgid)


def test_the_dashboard_counters_take_the_polish_plural_forms():
    images = WAGTAIL_PLURAL_MESSAGES[0]
    with translation.override("pl"):
        shown = [str(images % {"total": n, "site_name": "X"}) for n in (1, 3, 5)]
    assert [text.split(" <")[0] for text in shown] == ["1 obraz", "3 obrazy", "5 obrazów"]


@pytest.mark.django_db
def test_the_admin_window_title_ends_with_the_service_name_after_a_dash(client):
    client.force_login(User.objects.create_superuser("redakcja", "r@example.org", "not-used-1"))
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="pl").content.decode()
    assert "<title>Kokpit – Wolontariat Obywatelski</title>" in html
    assert "Szukaj wszytkich" not in html and "Przeszukaj wszystkie strony…" in html


@pytest.mark.django_db
def test_the_root_page_has_a_polish_name():
    assert Page.objects.get(depth=1).title == "Katalog główny"


def test_the_dashboards_page_counter_says_in_the_service_like_the_others():
    # Seen on a fresh demo: "44 strony utworzone w Wolontariat Obywatelski" beside "16 obrazów … w serwisie …".
    pages = WAGTAIL_PLURAL_MESSAGES[2]
    with translation.override("pl"):
        shown = [str(pages % {"total": n, "site_name": "X"}) for n in (1, 3, 5)]
    assert [text.split(" <")[0] for text in shown] == ["1 strona", "3 strony", "5 stron"]
    assert all("w serwisie X" in text for text in shown)


@pytest.mark.parametrize("msgid", LOCALIZE_MESSAGES)
def test_the_translate_this_page_form_names_languages_not_locations(msgid):
    # wagtail-localize's Polish calls the languages to translate into "Lokalizacje".
    with translation.override("pl"):
        assert translation.gettext(msgid) == "Języki"


@pytest.mark.django_db
def test_the_page_search_header_counts_without_a_missing_model_name_and_quotes_in_polish(client):
    client.force_login(User.objects.create_superuser("redakcja", "r@example.org", "not-used-1"))
    home = Page.objects.get(depth=2)
    whole_site = client.get(f"/admin/pages/{home.pk}/?q=e&search_all=1", HTTP_ACCEPT_LANGUAGE="pl").content.decode()
    in_section = client.get(f"/admin/pages/{home.pk}/?q=e", HTTP_ACCEPT_LANGUAGE="pl").content.decode()
    for html in (whole_site, in_section):
        # Wagtail's header read "1-20 of 46 None": a count followed by the unset model name.
        assert not re.search(r"\d\s+None\b", html)
        assert "Wyniki 1–" in html or "Brak wyników" in html
    assert "w całym serwisie" in whole_site
    assert "Szukaj w „" in whole_site
    assert "w „" in in_section and "'" not in in_section.split("w „", 1)[1][:5]
