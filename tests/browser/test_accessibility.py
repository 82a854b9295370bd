"""Accessibility in a real browser: axe-core on every public page type, the skip link, keyboard use."""

import re

import pytest
from playwright.sync_api import expect

from .axe import blocking_violations, describe
from .pages import public_pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.mark.parametrize("language", ["pl", "en"])
def test_no_page_type_has_a_serious_or_critical_axe_violation(demo, page, axe_source, language):
    found = {}
    for name, url in public_pages(language).items():
        page.goto(url)
        violations = blocking_violations(page, axe_source)
        if violations:
            found[f"{name} ({url})"] = describe(violations)
    assert not found, "\n\n".join(f"{page_name}:\n{lines}" for page_name, lines in found.items())


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_first_tab_reaches_the_skip_link_which_moves_focus_to_the_main_content(demo, page, language):
    page.goto(f"/{language}/")
    page.keyboard.press("Tab")

    focused = page.locator(":focus")
    expect(focused).to_have_class(re.compile(r"\bskip-link\b"))
    expect(focused).to_be_visible()
    expect(focused).to_have_attribute("href", "#main")

    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()


def test_every_image_on_the_public_pages_has_an_alt_attribute(demo, page):
    missing = []
    for language in ("pl", "en"):
        for url in public_pages(language).values():
            page.goto(url)
            missing += [
                f"{url}: {src}" for src in page.locator("img:not([alt])").evaluate_all("n => n.map(i => i.src)")
            ]
    assert not missing, "\n".join(missing)


def test_article_images_carry_the_alternative_text_the_editor_wrote(demo, page):
    from news.models import NewsPage

    article = next(
        article
        for article in NewsPage.objects.live().filter(locale__language_code="pl")
        if any(block.block_type == "image" for block in article.body)
    )
    written = [block.value["alt_text"] for block in article.body if block.block_type == "image"]

    page.goto(article.url)
    shown = page.locator("main .block-image img").evaluate_all("nodes => nodes.map(node => node.alt)")
    assert shown == written


def test_the_join_form_can_be_completed_with_the_keyboard_alone(demo, new_page):
    # Chromium's date field takes its segments in the browser's locale order: month, day, year here.
    page = new_page(locale="en-US")
    page.goto("/pl/dolacz/")
    values = {
        "first_name": "Klawiatura",
        "last_name": "Dostępna",
        "email": "klawiatura@example.com",
        "phone": "601234568",
        "city": "Kielce",
    }
    page.locator("[name='first_name']").focus()
    for name, value in values.items():
        expect(page.locator(f"[name='{name}']")).to_be_focused()
        page.keyboard.type(value)
        page.keyboard.press("Tab")
    # The date field: typed the way a keyboard user types into Chromium's date input.
    expect(page.locator("[name='date_of_birth']")).to_be_focused()
    page.keyboard.type("05311990")

    # Send it without consent: the error summary is announced and leads to the field.
    page.locator("form:has([name='consent_processing']) [type='submit']").focus()
    page.keyboard.press("Enter")
    summary = page.locator("[role='alert']").first
    expect(summary).to_be_visible()
    summary.locator("a[href='#id_consent_processing']").focus()
    page.keyboard.press("Enter")
    expect(page.locator("[name='consent_processing']")).to_be_focused()

    page.keyboard.press("Space")
    expect(page.locator("[name='consent_processing']")).to_be_checked()
    page.locator("form:has([name='consent_processing']) [type='submit']").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/pl/dolacz/.+"))


@pytest.mark.parametrize("language", ["pl", "en"])
def test_an_accessibility_statement_is_published_and_linked_from_every_page(demo, page, language):
    page.goto(f"/{language}/")
    statement_link = page.locator("footer a", has_text=re.compile(r"dostępności|accessibility", re.IGNORECASE))
    statement_link.first.click()

    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"dostępności|accessibility", re.I))
    expect(page.locator("html")).to_have_attribute("lang", language)
