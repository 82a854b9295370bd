"""A visitor reads the conference report, switches language, filters the news and searches."""

import re

import pytest
from playwright.sync_api import expect

from news.models import NewsIndexPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CONFERENCE = re.compile(r"konferencj", re.IGNORECASE)


def go_to_the_news(page):
    index = NewsIndexPage.objects.live().get(locale__language_code="pl")
    page.goto("/pl/")
    page.locator("header nav.main-nav").get_by_role("link", name=index.title, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(index.title)


def filter_by_year(page, year):
    page.locator("main select[name='year']").select_option(year)
    page.locator("main form:has(select[name='year'])").locator("button[type='submit']").click()
    expect(page).to_have_url(re.compile(rf"year={year}"))


def listed_dates(page):
    return page.locator("main article time").evaluate_all("nodes => nodes.map(node => node.getAttribute('datetime'))")


def test_a_visitor_finds_the_conference_report_by_filtering_the_news_by_year(demo, page):
    go_to_the_news(page)
    filter_by_year(page, "2016")

    dates = listed_dates(page)
    assert dates and all(date.startswith("2016-") for date in dates), dates
    page.locator("main").get_by_role("link", name=CONFERENCE).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(CONFERENCE)
    expect(page.locator("main time").first).to_have_attribute("datetime", "2016-06-28")


def test_a_visitor_switches_the_conference_report_to_english_and_back(demo, page):
    go_to_the_news(page)
    filter_by_year(page, "2016")
    page.locator("main").get_by_role("link", name=CONFERENCE).first.click()
    polish_title = page.get_by_role("heading", level=1).inner_text()

    page.locator("header a[hreflang='en']").click()
    expect(page).to_have_url(re.compile(r"/en/"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"conference", re.IGNORECASE))

    page.locator("header a[hreflang='pl']").click()
    expect(page).to_have_url(re.compile(r"/pl/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(polish_title)


def test_a_visitor_follows_a_tag_of_the_report_to_the_news_with_that_tag(demo, page):
    go_to_the_news(page)
    filter_by_year(page, "2016")
    page.locator("main").get_by_role("link", name=CONFERENCE).first.click()

    tag = page.locator("main .article__tags a").first
    tag_url = tag.get_attribute("href")
    tag.click()

    expect(page).to_have_url(re.compile(re.escape(tag_url) + "$"))
    expect(page.locator("main .active-filters")).to_be_visible()
    expect(page.locator("main").get_by_role("link", name=CONFERENCE).first).to_be_visible()


def test_a_visitor_searches_the_site_from_the_header(demo, page):
    page.goto("/pl/")
    search = page.locator("header input[type='search']")
    search.fill("Kielce")
    search.press("Enter")

    expect(page).to_have_url(re.compile(r"/pl/search/\?q=Kielce"))
    results = page.locator("main .search-results a")
    expect(results.first).to_be_visible()
