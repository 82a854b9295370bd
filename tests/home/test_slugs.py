"""Every slug the site makes is plain ASCII, Polish letters transliterated."""

import json
import re
from html import unescape

import pytest
from django.contrib.auth.models import User
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.slugs import ascii_slugify
from home.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def editor(client):
    client.force_login(User.objects.create_superuser("editor", "editor@example.org", "not-used-1"))
    return client


def test_every_polish_letter_small_and_capital_is_transliterated():
    assert ascii_slugify("ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ") == "acelnoszz-acelnoszz"
    assert ascii_slugify("Festyn bezpieczeństwa w Łodzi") == "festyn-bezpieczenstwa-w-lodzi"


def test_a_slug_typed_with_polish_letters_in_the_page_editor_is_saved_transliterated(editor, home):
    data = nested_form_data(
        {
            "title": "Żółta łódź",
            "slug": "Żółta-łódź",
            "intro": "",
            "body": streamfield([]),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
        }
    )
    response = editor.post(f"/admin/pages/add/home/standardpage/{home.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert StandardPage.objects.get(title="Żółta łódź").slug == "zolta-lodz"


def test_the_editors_slug_field_transliterates_polish_letters_in_the_browser(editor, home):
    html = editor.get(f"/admin/pages/add/home/standardpage/{home.pk}/").content.decode()
    field = re.search(r'<input[^>]*name="slug"[^>]*>', html).group(0)
    # Unicode off (the attribute is left out when False), and formatters that run before Wagtail's slugify.
    assert "data-w-slug-allow-unicode-value" not in field
    formatters = json.loads(unescape(re.search(r'data-w-slug-formatters-value="([^"]*)"', field).group(1)))
    replacements = {pattern[0]: replacement for pattern, replacement in formatters}
    assert replacements["ł"] == "l" and replacements["Ł"] == "L" and replacements["ż"] == "z"
    assert set(replacements) == set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def test_a_page_saved_without_a_slug_gets_its_title_transliterated(home):
    page = home.add_child(instance=StandardPage(title="Spotkanie w Łodzi"))
    assert page.slug == "spotkanie-w-lodzi"
