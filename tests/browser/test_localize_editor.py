"""wagtail-localize's translation editor in the Polish admin shows Polish, also where its bundle writes English."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group, User
from django.utils import dateformat, translation
from playwright.sync_api import expect
from wagtail_localize.models import StringTranslation

from news.models import NewsPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-long-editor-passphrase"
ENGLISH_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# What wagtail-localize's bundle and templates write in English (seen on a Polish admin before the fix).
ENGLISH_PHRASES = ["to angielski translation", "More actions", "Translated ", "Translation of"]
COMMENT_WITH_ENGLISH_DATE = re.compile(rf"dnia \d{{1,2}} ({ENGLISH_MONTHS}) \d{{4}}")
SHORTCUTS_IN_ENGLISH = ["Application", "Show keyboard shortcuts", "Toggle minimap", "Superscript", "account"]


@pytest.fixture
def polish_editor():
    # A new account gets the Polish admin (home/admin_language.py).
    user = User.objects.create_user("redaktorka", "redakcja@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Communications"))
    return user


@pytest.fixture
def english_article():
    """A demo article's English version, translated in wagtail-localize's editor on 30 November 2026."""
    article = NewsPage.objects.filter(locale__language_code="en").order_by("path").first()
    translated_on = datetime.datetime(2026, 11, 30, 12, 0, tzinfo=datetime.UTC)
    StringTranslation.objects.filter(locale=article.locale).update(updated_at=translated_on)
    return article


def log_in(page, user):
    page.goto("/admin/login/")
    page.locator("[name='username']").fill(user.username)
    page.locator("[name='password']").fill(PASSWORD)
    page.locator("form [type='submit']").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def polish_long_date(moment):
    with translation.override("pl"):
        return dateformat.format(moment, "j E Y")  # "30 listopada 2026"


def test_the_translation_editor_shows_no_english_in_the_polish_admin(demo, page, polish_editor, english_article):
    log_in(page, polish_editor)
    page.goto(f"/admin/pages/{english_article.pk}/edit/")  # a translated page opens in the translation editor
    editor = page.locator(".js-translation-editor")
    heading = editor.locator("section h3").first
    expect(heading).to_have_text("Tłumaczenie: polski → angielski")
    expect(editor.locator(".w-dropdown__toggle .w-sr-only").first).to_have_text("Więcej akcji")
    expect(editor.get_by_text("Przetłumaczono z użyciem load_demo dnia 30 listopada 2026").first).to_be_visible()
    expect(editor.get_by_text("Wgraj przetłumaczony plik PO, aby przesłać tłumaczenia").first).to_be_visible()
    assert page.title().startswith("Tłumaczenie: ")

    text = editor.text_content()
    for phrase in ENGLISH_PHRASES:
        assert phrase not in text
    assert not COMMENT_WITH_ENGLISH_DATE.search(text)
    # Only the comments are rewritten: a date inside the translated content stays as the translator wrote it.
    assert "On 28 June 2016" in text

    shortcuts = page.locator("#keyboard-shortcuts-dialog").text_content()
    assert "Pokaż skróty klawiaturowe" in shortcuts
    for phrase in SHORTCUTS_IN_ENGLISH:
        assert not re.search(rf"\b{phrase}\b", shortcuts)


def test_a_segment_saved_in_the_editor_gets_its_comment_date_in_polish(demo, page, polish_editor, english_article):
    log_in(page, polish_editor)
    page.goto(f"/admin/pages/{english_article.pk}/edit/")
    title_segment = page.locator(".js-translation-editor li.complete").first
    title_segment.get_by_role("button", name="Edytuj", exact=True).click()
    title_segment.locator("textarea").fill("Conference closes the Civic Volunteering project")
    title_segment.get_by_role("button", name="Zapisz", exact=True).click()
    # The comment comes back from the server with an English month and is written again in Polish.
    expect(title_segment).to_contain_text("Przetłumaczono ręcznie dnia")
    saved = StringTranslation.objects.get(locale=english_article.locale, data__startswith="Conference closes the Civic")
    saved_on = saved.updated_at.astimezone(datetime.UTC).date()  # wagtail-localize writes the UTC date
    expect(title_segment).to_contain_text(f"Przetłumaczono ręcznie dnia {polish_long_date(saved_on)}")
    assert not COMMENT_WITH_ENGLISH_DATE.search(title_segment.text_content())
