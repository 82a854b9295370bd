"""Opportunities in a real browser at 375 px: no serious axe violation, filters used with the keyboard only."""

import pytest
from playwright.sync_api import expect

from .axe import blocking_violations, describe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def no_horizontal_scroll(page):
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("language", ["pl", "en"])
def test_listing_and_an_opportunity_pass_axe_at_375_px(demo, mobile_page, axe_source, language):
    from opportunities.models import OpportunityIndexPage

    index = OpportunityIndexPage.objects.live().get(locale__language_code=language)
    found = {}
    for url in (index.url, index.get_children().live().first().url):
        mobile_page.goto(url)
        violations = blocking_violations(mobile_page, axe_source)
        if violations:
            found[url] = describe(violations)
        assert no_horizontal_scroll(mobile_page), url
    assert not found, "\n\n".join(f"{url}:\n{lines}" for url, lines in found.items())


def test_the_filters_work_from_the_keyboard(demo, mobile_page):
    mobile_page.goto("/pl/wolontariat/")

    area = mobile_page.locator("#id_area")
    area.focus()
    area.select_option("czad")  # a select changes with the arrow keys; Playwright sets it as they would
    mobile_page.keyboard.press("Tab")
    mobile_page.keyboard.press("Tab")
    mobile_page.keyboard.press("Tab")
    expect(mobile_page.locator("#id_free")).to_be_focused()
    mobile_page.keyboard.press("Space")
    expect(mobile_page.locator("#id_free")).to_be_checked()
    mobile_page.keyboard.press("Tab")
    expect(mobile_page.locator(".news-filters__submit")).to_be_focused()
    mobile_page.keyboard.press("Enter")

    mobile_page.wait_for_url("**/pl/wolontariat/?*")
    assert "area=czad" in mobile_page.url and "free=on" in mobile_page.url
    expect(mobile_page.locator(".news-card__link")).to_have_text(["Czad: ostrzegamy od drzwi do drzwi"])
    expect(mobile_page.get_by_text("Tylko oferty z wolnymi miejscami")).to_be_visible()
