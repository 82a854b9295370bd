"""Phones and desktops: nothing scrolls sideways, the menu works, screenshots are kept for review."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, MOBILE
from .pages import public_pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WIDTHS = {"mobile": MOBILE, "desktop": DESKTOP}


def scrolls_sideways(page):
    return page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth")


@pytest.mark.parametrize("width", WIDTHS)
def test_no_public_page_scrolls_sideways(demo, new_page, width):
    page = new_page(viewport=WIDTHS[width])
    too_wide = []
    for language in ("pl", "en"):
        for name, url in public_pages(language).items():
            page.goto(url)
            if scrolls_sideways(page):
                too_wide.append(f"{name} ({url}): {page.evaluate('document.documentElement.scrollWidth')}px")
    assert not too_wide, "\n".join(too_wide)


def test_on_a_phone_the_menu_opens_and_leads_to_a_section(demo, mobile_page):
    page = mobile_page
    page.goto("/pl/")
    nav_links = page.locator("header nav.main-nav a")
    expect(nav_links.first).to_be_hidden()

    page.locator("header summary").first.click()
    expect(nav_links.first).to_be_visible()
    target = nav_links.first.get_attribute("href")
    nav_links.first.click()

    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    assert not scrolls_sideways(page)


def test_on_a_desktop_the_menu_is_shown_without_opening_it(demo, page):
    page.goto("/pl/")
    links = page.locator("header nav.main-nav a")
    expect(links.first).to_be_visible()
    target = links.nth(1).get_attribute("href")
    links.nth(1).click()
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshots_of_the_home_page_and_an_article_are_kept(demo, new_page, screenshot_dir, width):
    page = new_page(viewport=WIDTHS[width])
    pages = public_pages("pl")
    for name in ("home", "article"):
        page.goto(pages[name])
        # A full-page picture should show the logos below the fold too, which load lazily.
        page.evaluate("document.querySelectorAll('img[loading=lazy]').forEach(img => { img.loading = 'eager'; })")
        page.wait_for_load_state("networkidle")
        target = screenshot_dir / f"{name}-{WIDTHS[width]['width']}.png"
        page.screenshot(path=target, full_page=True)
        assert target.stat().st_size > 0


FOCUSED_IN_HEADER = """() => {
    const element = document.activeElement;
    if (!element || !element.closest("header")) return null;
    const box = element.getBoundingClientRect();
    return {name: (element.innerText || element.getAttribute("aria-label") || element.tagName).trim(),
            top: box.top, left: box.left, bottom: box.bottom};
}"""


def header_focus_stops(page):
    """Where the keyboard stops in the header, in order: from the brand (its first link), Tab until focus leaves."""
    page.locator("header a").first.focus()
    stops = [page.evaluate(FOCUSED_IN_HEADER)]
    for _ in range(40):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUSED_IN_HEADER)
        if stop is None:
            break
        stops.append(stop)
    return stops


def out_of_reading_order(stops):
    """The first stop drawn before the one the keyboard reached just before it, or "" (further down, or on the
    same line to the right, is reading order)."""
    for before, after in zip(stops, stops[1:], strict=False):
        same_line = after["top"] < before["bottom"] and before["top"] < after["bottom"]
        if not (after["top"] >= before["bottom"] - 1 or (same_line and after["left"] > before["left"])):
            return f"{after['name']!r} comes after {before['name']!r} but is drawn before it"
    return ""


@pytest.mark.parametrize("width", WIDTHS)
def test_the_keyboard_goes_through_the_header_in_reading_order(demo, new_page, width):
    page = new_page(viewport=WIDTHS[width])
    page.goto("/pl/")
    if width == "mobile":
        page.locator("header summary").first.click()  # open: the search and the menu's links take focus too
    stops = header_focus_stops(page)
    names = [stop["name"] for stop in stops]
    # The brand, (the Menu button), the search field and button, the other language, the menu's links.
    assert "English" in names and len(names) >= 8, names
    assert not out_of_reading_order(stops), names
