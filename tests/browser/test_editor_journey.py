"""A communications editor writes an article with an image, publishes it, translates it to English."""

import re
import struct
import zlib

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from news.models import NewsIndexPage, NewsPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-long-editor-passphrase"
POLISH_TITLE = "Wolontariusze na festynie rodzinnym"
ENGLISH_TITLE = "Volunteers at the family fair"


def png_bytes(width=320, height=200, rgb=(31, 95, 139)):
    """A small solid-colour PNG, written by hand so the test needs no image files."""
    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


@pytest.fixture
def editor():
    user = User.objects.create_user("browser-editor", "editor@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Communications"))
    # New accounts get the Polish admin; this editor chose English in their account settings, as anyone may.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def log_in(page, user):
    page.goto("/admin/login/")
    page.locator("[name='username']").fill(user.username)
    page.locator("[name='password']").fill(PASSWORD)
    page.locator("form [type='submit']").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def choose_uploaded_image(page, tmp_path):
    picture = tmp_path / "festyn.png"
    picture.write_bytes(png_bytes())
    page.locator("[data-contentpath='listing_image'] [data-chooser-action-choose]").click()
    modal = page.locator(".modal-content")
    modal.get_by_role("tab", name=re.compile(r"upload|prześlij", re.IGNORECASE)).click()
    modal.locator("input[type='file']").set_input_files(picture)
    modal.locator("input[name='image-chooser-upload-title']").fill("Festyn rodzinny")
    modal.locator("form:has(input[type='file']) [type='submit']").click()
    expect(modal).to_be_hidden()


def publish(page):
    page.locator("footer .w-dropdown__toggle, .footer__container .w-dropdown__toggle").first.click()
    page.locator("button[name='action-publish']").click()


SEGMENT_OF_BUTTON = """button => {
    let item = button.closest("li");
    while (item && !item.querySelector(":scope > p")) item = item.parentElement.closest("li");
    return item;
}"""


def translate_segments(page, english):
    """wagtail-localize's editor: each string shown in the open tab gets its English text, one by one."""
    translate = page.get_by_role("button", name="Translate", exact=True)
    expect(translate.first).to_be_visible()
    while translate.count():
        segment = translate.first.evaluate_handle(SEGMENT_OF_BUTTON).as_element()
        source = segment.query_selector(":scope > p").inner_text().strip()
        translate.first.click()
        segment.wait_for_selector("textarea").fill(english.get(source, f"[EN] {source}"))
        segment.query_selector("button:text-is('Save')").click()
        segment.wait_for_selector("textarea", state="detached")


def translate_into_english(page, article):
    # The "Translate" action of the page leads here: choose English and submit.
    page.goto(f"/admin/localize/submit/page/{article.pk}/")
    page.get_by_label("English").check()
    page.locator("main form [type='submit']").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))

    translate_segments(page, {POLISH_TITLE: ENGLISH_TITLE})
    page.get_by_role("tab", name=re.compile(r"promote|promowanie", re.IGNORECASE)).click()
    translate_segments(page, {article.slug: "volunteers-at-the-family-fair"})
    page.get_by_role("button", name=re.compile(r"publish in english", re.IGNORECASE)).click()


def test_an_editor_publishes_an_article_with_an_image_and_its_english_translation(demo, page, editor, tmp_path):
    index = NewsIndexPage.objects.live().get(locale__language_code="pl")
    log_in(page, editor)
    page.goto(f"/admin/pages/add/news/newspage/{index.pk}/")
    page.locator("[name='title']").fill(POLISH_TITLE)
    page.locator("[name='date']").fill("2026-11-21")
    page.locator("[name='lead']").fill("Wolontariusze rozmawiali z rodzinami o bezpieczeństwie nad wodą.")
    choose_uploaded_image(page, tmp_path)
    publish(page)
    expect(page.locator(".messages")).to_contain_text(POLISH_TITLE)

    article = NewsPage.objects.get(title=POLISH_TITLE)
    assert article.live and article.listing_image is not None
    translate_into_english(page, article)
    expect(page.locator(".messages")).to_be_visible()
    english = NewsPage.objects.get(translation_key=article.translation_key, locale__language_code="en")
    assert english.live and english.title == ENGLISH_TITLE

    for language, title, page_url in (("pl", POLISH_TITLE, article.url), ("en", ENGLISH_TITLE, english.url)):
        page.goto(page_url)
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        expect(page.locator("main img.article__image")).to_be_visible()
        feed = page.request.get(f"{english.get_parent().url if language == 'en' else index.url}feed/")
        assert feed.ok and title in feed.text()
