"""The public recognitions page: public awards only, named volunteers only with consent, in both languages."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from tests.home.factories import StandardPageFactory
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.registry.factories import (
    OrganisationFactory,
    RecognitionFactory,
    RecognitionIndexPageFactory,
    VolunteerFactory,
)

pytestmark = pytest.mark.django_db


def publish_in_english(page):
    """The English translation of a page (and of its parents), published."""
    english = page.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    for ancestor in english.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.live:
            ancestor.save_revision().publish()
    english.save_revision().publish()
    english.refresh_from_db()
    return english


@pytest.fixture
def index_page():
    return RecognitionIndexPageFactory(title="Wyróżnienia")


def to_volunteer(volunteer, **fields):
    return RecognitionFactory(volunteer=volunteer, organisation=None, **fields)


def test_public_recognitions_are_listed_and_private_ones_are_not(client, index_page):
    RecognitionFactory(title="Miejsce przyjazne wolontariuszom", organisation=OrganisationFactory(name="KMP Kielce"))
    RecognitionFactory(title="Wewnętrzna notatka o nagrodzie", is_public=False)
    content = client.get(index_page.url).content.decode()
    assert "Miejsce przyjazne wolontariuszom" in content and "KMP Kielce" in content
    assert "Wewnętrzna notatka o nagrodzie" not in content


def test_recognitions_are_listed_newest_first(client, index_page):
    RecognitionFactory(title="Starsze wyróżnienie", date=datetime.date(2015, 12, 5))
    RecognitionFactory(title="Nowsze wyróżnienie", date=datetime.date(2016, 6, 28))
    content = client.get(index_page.url).content.decode()
    assert content.index("Nowsze wyróżnienie") < content.index("Starsze wyróżnienie")


def test_a_volunteer_who_agreed_is_named(client, index_page):
    to_volunteer(VolunteerFactory(first_name="Jadwiga", last_name="Stępień", consent_public_name=True))
    assert "Jadwiga Stępień" in client.get(index_page.url).content.decode()


def test_a_volunteer_who_did_not_agree_is_not_named(client, index_page):
    volunteer = VolunteerFactory(first_name="Jadwiga", last_name="Stępień", consent_public_name=False)
    to_volunteer(volunteer)
    content = client.get(index_page.url).content.decode()
    assert "Jadwiga" not in content and "Stępień" not in content
    assert volunteer.email not in content


def test_an_anonymised_volunteer_is_never_named(client, index_page):
    volunteer = VolunteerFactory(
        first_name="Jadwiga", last_name="Stępień", consent_public_name=True, anonymised_at=timezone.now()
    )
    to_volunteer(volunteer)
    assert "Stępień" not in client.get(index_page.url).content.decode()


def test_an_unnamed_volunteer_appears_as_a_volunteer_of_the_programme(client, index_page):
    to_volunteer(VolunteerFactory(consent_public_name=False))
    english = publish_in_english(index_page)
    assert "a volunteer of the programme" in client.get(english.url).content.decode()


def test_the_english_page_lists_the_same_recognitions(client, index_page):
    RecognitionFactory(title="Volunteer-friendly place", organisation=OrganisationFactory(name="KMP Kielce"))
    english = publish_in_english(index_page)
    assert english.url.startswith("/en/")
    response = client.get(english.url)
    assert response.status_code == 200
    assert "Volunteer-friendly place" in response.content.decode()


def test_the_english_page_shows_the_english_text_where_a_coordinator_gave_one(client, index_page):
    RecognitionFactory(title="Miejsce przyjazne wolontariuszom", title_en="Volunteer-friendly place")
    english = publish_in_english(index_page)
    english_content = client.get(english.url).content.decode()
    polish_content = client.get(index_page.url).content.decode()
    assert "Volunteer-friendly place" in english_content
    assert "Miejsce przyjazne wolontariuszom" not in english_content
    assert "Miejsce przyjazne wolontariuszom" in polish_content
    assert "Volunteer-friendly place" not in polish_content


def test_the_english_page_falls_back_to_the_polish_text(client, index_page):
    RecognitionFactory(title="Dyplom uznania", title_en="")
    english = publish_in_english(index_page)
    assert "Dyplom uznania" in client.get(english.url).content.decode()


def test_the_news_link_follows_the_visitors_language(client, index_page):
    news = StandardPageFactory(title="Gala Wolontariatu", slug="gala-wolontariatu")
    english_news = publish_in_english(news)
    RecognitionFactory(news_page=news)
    english = publish_in_english(index_page)
    assert f'href="{news.url}"' in client.get(index_page.url).content.decode()
    assert f'href="{english_news.url}"' in client.get(english.url).content.decode()


def test_an_untranslated_news_page_is_linked_in_its_own_language(client, index_page):
    news = StandardPageFactory(title="Tylko po polsku", slug="tylko-po-polsku")
    RecognitionFactory(news_page=news)
    english = publish_in_english(index_page)
    assert f'href="{news.url}"' in client.get(english.url).content.decode()


def test_an_unpublished_news_page_is_not_linked(client, index_page):
    news = StandardPageFactory(title="Szkic", slug="szkic")
    news.unpublish()
    RecognitionFactory(news_page=news)
    assert 'class="recognition__news"' not in client.get(index_page.url).content.decode()


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_recognitions(client, index_page, settings):
    settings.PAGE_CACHE_SECONDS = 0  # measure the page itself, not the shared page cache
    # All pages first and out of the menus and footer, which grow with the page tree.
    news_index = NewsIndexPageFactory(show_in_menus=False)
    news_pages = [NewsPageFactory(parent=news_index) for _ in range(6)]

    def add_recognitions(news):
        RecognitionFactory(news_page=news)
        to_volunteer(VolunteerFactory(consent_public_name=True), news_page=news)

    # Saving a recognition invalidates the cached footer fragment, so each side is measured after a
    # warm-up request: both counts then cover the same work, and only the recognitions list differs.
    add_recognitions(news_pages[0])
    client.get(index_page.url)
    few = count_queries(client, index_page.url)
    for news in news_pages[1:]:
        add_recognitions(news)
    client.get(index_page.url)
    assert count_queries(client, index_page.url) == few
