import re

import pytest
from django.utils import timezone

from opportunities.filters import month_choices
from opportunities.signups import sign_up

from .builders import active_volunteer
from .public_tree import add_opportunity, add_shift
from .test_pages import html_of, text_of

pytestmark = pytest.mark.django_db


def titles_in(html):
    return re.findall(r'class="news-card__link" href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def three(tree):
    """A lake patrol (police, water), a seniors' talk (NGO, full) and a page with no dates yet."""
    patrol = add_opportunity(tree, "Patrole nad jeziorem", area=tree.water, organisation=tree.police)
    talk = add_opportunity(tree, "Rozmowy z seniorami", area=tree.seniors, organisation=tree.ngo)
    add_opportunity(tree, "Zbiórka pomysłów")
    add_shift(patrol, days=20, capacity=4, taken=1)
    add_shift(talk, days=3, capacity=2, taken=2)
    return tree


def test_addresses_are_plain_polish_and_english_words(three):
    assert three.index.url == "/pl/wolontariat/"
    assert three.index_en.url == "/en/opportunities/"


def test_listing_shows_the_soonest_first_and_undated_last(client, three):
    html = html_of(client, three.index.url)

    assert titles_in(html) == ["Rozmowy z seniorami", "Patrole nad jeziorem", "Zbiórka pomysłów"]


def test_listing_counts_free_places_and_full_ones(client, three):
    text = text_of(html_of(client, three.index.url))

    assert "3 wolne miejsca w najbliższych terminach" in text
    assert "Wszystkie terminy zajęte: lista rezerwowa" in text
    assert "Brak zaplanowanych terminów" in text


def test_filter_by_area_matches_pages_pointing_at_any_translation(client, three):
    html = html_of(client, f"{three.index.url}?area=bezpieczna-woda")

    assert titles_in(html) == ["Patrole nad jeziorem"]
    assert "Oferty w obszarze" in html


def test_filter_by_host_organisation(client, three):
    html = html_of(client, f"{three.index.url}?organisation={three.ngo.pk}")

    assert titles_in(html) == ["Rozmowy z seniorami"]


def test_filter_only_with_free_places(client, three):
    html = html_of(client, f"{three.index.url}?free=on")

    assert titles_in(html) == ["Patrole nad jeziorem"]


def test_filter_by_month(client, three):
    patrol_month = timezone.localtime(three.opportunities[0].shifts.get().starts_at).strftime("%Y-%m")
    talk_month = timezone.localtime(three.opportunities[1].shifts.get().starts_at).strftime("%Y-%m")

    html = html_of(client, f"{three.index.url}?month={patrol_month}")

    assert "Patrole nad jeziorem" in titles_in(html)
    if talk_month != patrol_month:
        assert "Rozmowy z seniorami" not in titles_in(html)


def test_a_month_with_only_cancelled_shifts_lists_nothing(client, tree):
    page = add_opportunity(tree, "Odwołany festyn")
    shift = add_shift(page, days=5, cancelled_at=timezone.now())
    month = timezone.localtime(shift.starts_at).strftime("%Y-%m")

    html = html_of(client, f"{tree.index.url}?month={month}")

    assert titles_in(html) == []


def test_a_value_not_understood_is_ignored_and_reported(client, three):
    html = html_of(client, f"{three.index.url}?area=nie-ma-takiego&month=1999-01")

    assert len(titles_in(html)) == 3
    assert "Nie rozpoznano wartości filtrów, więc zostały pominięte: Obszar, Miesiąc." in text_of(html)


def test_filters_are_labelled_form_fields_usable_without_a_mouse(client, three):
    html = html_of(client, three.index.url)

    for name in ("area", "organisation", "month", "free"):
        assert f'<label class="news-filters__label" for="id_{name}"' in html or f'<label for="id_{name}"' in html
        assert f'id="id_{name}"' in html
    assert '<button class="button news-filters__submit" type="submit">' in html


def test_month_choices_run_a_year_from_this_month(settings):
    choices = month_choices(timezone.localdate())

    assert len(choices) == 12
    assert choices[0][0] == timezone.localdate().strftime("%Y-%m")


def test_the_english_listing_shows_the_same_shifts(client, three):
    for page in three.opportunities:
        from tests.site_tree import translate

        translate(page, three.en, title=f"EN {page.title}", slug=f"en-{page.slug}")

    text = text_of(html_of(client, three.index_en.url))

    assert "3 free places in upcoming shifts" in text
    assert "All shifts full: waiting list" in text


def test_a_sign_up_changes_the_listings_count(client, three):
    patrol = three.opportunities[0]
    assert "3 wolne miejsca w najbliższych" in text_of(html_of(client, three.index.url))

    for _ in range(3):  # through the sign-up engine, as the volunteer's page does
        sign_up(active_volunteer(), patrol.shifts.get())

    text = text_of(html_of(client, three.index.url))
    assert "3 wolne miejsca w najbliższych" not in text
    assert titles_in(html_of(client, f"{three.index.url}?free=on")) == []


def test_the_listing_is_paginated(client, tree):
    for number in range(14):
        add_opportunity(tree, f"Zadanie {number:02d}")

    first = html_of(client, tree.index.url)
    second = html_of(client, f"{tree.index.url}?page=2")

    assert len(titles_in(first)) == 12
    assert len(titles_in(second)) == 2


def _count_listing_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm: routes, memos, fragments
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)


def test_the_query_count_does_not_grow_with_the_content(client, tree, django_assert_num_queries, settings):
    from tests.site_tree import make_image

    # What building the listing costs (a visitor the page cache does not serve, or the first after a change).
    settings.PAGE_CACHE_SECONDS = 0

    image = make_image()

    def add(count, start):
        for number in range(start, start + count):
            page = add_opportunity(
                tree, f"Zadanie {number:02d}", area=tree.water, organisation=tree.police, image=image
            )
            add_shift(page, days=1 + number % 20, capacity=3, taken=number % 4)
            add_shift(page, days=2 + number % 20, capacity=3)

    add(3, 0)
    with_three = _count_listing_queries(client, f"{tree.index.url}?free=on")
    add(27, 3)
    client.get(f"{tree.index.url}?free=on")  # warm again: publishing dropped the memos

    # The count, the page of opportunities (with their images), the renditions, and Wagtail's site lookup.
    assert with_three <= 8
    with django_assert_num_queries(with_three):
        client.get(f"{tree.index.url}?free=on")
