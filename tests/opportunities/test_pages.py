import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from opportunities.models import Signup
from opportunities.signups import cancel, cancel_shift, sign_up
from registry.models import Volunteer
from tests.registry.factories import VolunteerFactory

from .builders import active_volunteer
from .public_tree import add_opportunity, add_shift, translate

pytestmark = pytest.mark.django_db


def html_of(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response.content.decode()


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.mark.parametrize(
    ("free", "expected"),
    [(1, "1 wolne miejsce"), (2, "2 wolne miejsca"), (4, "4 wolne miejsca"), (5, "5 wolnych miejsc"),
     (12, "12 wolnych miejsc"), (22, "22 wolne miejsca"), (25, "25 wolnych miejsc")],
)  # fmt: skip
def test_free_places_are_counted_with_the_polish_plural(client, lake_patrol, free, expected):
    page, _page_en = lake_patrol
    add_shift(page, capacity=30, taken=30 - free)

    assert expected in text_of(html_of(client, page.url))


def test_english_free_places_use_the_english_plural(client, lake_patrol):
    page, page_en = lake_patrol
    add_shift(page, days=3, capacity=5, taken=4)
    add_shift(page, days=4, capacity=5, taken=2)

    text = text_of(html_of(client, page_en.url))

    assert "1 free place" in text
    assert "3 free places" in text


def test_a_full_shift_offers_the_waiting_list(client, lake_patrol):
    page, _page_en = lake_patrol
    add_shift(page, capacity=3, taken=3)

    assert "Brak wolnych miejsc: lista rezerwowa" in text_of(html_of(client, page.url))


def test_a_cancelled_shift_is_marked_and_offers_no_calendar_file(client, lake_patrol):
    page, _page_en = lake_patrol
    shift = add_shift(page, capacity=3, cancelled_at=timezone.now())

    html = html_of(client, page.url)

    assert "shift-list__item--cancelled" in html
    assert "Odwołany" in text_of(html)
    assert f"/kalendarz/{shift.pk}/" not in html


def test_shift_times_are_shown_in_warsaw_time(client, lake_patrol):
    page, _page_en = lake_patrol
    # 08:30 UTC on a winter day is 09:30 in Warsaw; on a summer day 10:30.
    day = timezone.localdate() + datetime.timedelta(days=10)
    starts = datetime.datetime(day.year, day.month, day.day, 8, 30, tzinfo=datetime.UTC)
    shift = add_shift(page, capacity=2)
    type(shift).objects.filter(pk=shift.pk).update(starts_at=starts, ends_at=starts + datetime.timedelta(hours=2))
    local_start, local_end = timezone.localtime(starts), timezone.localtime(starts + datetime.timedelta(hours=2))

    text = text_of(html_of(client, page.url))

    assert local_start.hour in (9, 10)
    assert re.search(rf"{local_start:%H:%M}\s*–\s*{local_end:%H:%M}", text)


def test_past_shifts_are_not_listed(client, lake_patrol):
    page, _page_en = lake_patrol
    add_shift(page, days=-3, capacity=7, taken=0)

    assert "7 wolnych miejsc" not in text_of(html_of(client, page.url))


def test_a_shift_in_another_place_names_that_place(client, lake_patrol):
    page, _page_en = lake_patrol
    add_shift(page, place="Plaża miejska w Cedzynie")

    assert "Miejsce: Plaża miejska w Cedzynie" in text_of(html_of(client, page.url))


def test_requirements_are_written_out_in_the_pages_language(client, lake_patrol):
    page, page_en = lake_patrol

    polish = text_of(html_of(client, page.url))
    english = text_of(html_of(client, page_en.url))

    assert "Musisz mieć co najmniej 18 lat w dniu dyżuru." in polish
    assert "Ukończone szkolenie: Pierwsza pomoc." in polish
    assert "zaświadczenie o niekaralności" in polish
    assert "You must be at least 18 years old on the day of the shift." in english
    assert "Completed training: First aid." in english


def test_an_opportunity_without_requirements_says_so(client, tree):
    from .public_tree import add_opportunity

    page = add_opportunity(tree, "Festyn rodzinny")

    assert "Brak szczególnych wymagań" in text_of(html_of(client, page.url))


def test_facts_show_area_in_language_host_place_map_and_contact(client, lake_patrol):
    page, page_en = lake_patrol

    polish = html_of(client, page.url)
    english = html_of(client, page_en.url)

    assert "Bezpieczeństwo nad wodą" in polish
    assert "Water safety" in english
    assert "Komenda Miejska Policji w Kielcach" in english
    assert "https://www.openstreetmap.org/?mlat=50.87&amp;mlon=20.62" in polish
    assert "wolontariat@kielce.example.org" in polish
    assert "?area=bezpieczna-woda" in english


def test_the_page_says_how_to_sign_up(client, lake_patrol):
    page, _page_en = lake_patrol

    assert "Jak się zapisać" in text_of(html_of(client, page.url))


def test_translations_show_the_shifts_of_the_original(client, lake_patrol):
    page, page_en = lake_patrol
    shift = add_shift(page, capacity=4, taken=1)

    html = html_of(client, page_en.url)

    assert "3 free places" in text_of(html)
    assert f"/calendar/{shift.pk}/" in html


def test_no_volunteer_name_appears_on_the_page(client, lake_patrol):
    page, _page_en = lake_patrol
    shift = add_shift(page, capacity=2)
    volunteer = VolunteerFactory(first_name="Eulalia", last_name="Przybyszewska", status=Volunteer.Status.ACTIVE)
    Signup.objects.create(shift=shift, volunteer=volunteer, state=Signup.State.CONFIRMED)
    type(shift).objects.filter(pk=shift.pk).update(places_taken=1)

    html = html_of(client, page.url)

    assert "Eulalia" not in html
    assert "Przybyszewska" not in html
    assert volunteer.email not in html
    assert "1 wolne miejsce" in text_of(html)


def test_a_sign_up_changes_the_count_at_once_although_the_page_was_cached(client, tree):
    page = add_opportunity(tree, "Sprzątanie lasu")
    page_en = translate(page, tree.en, title="Forest clean-up", slug="forest-clean-up", lead="Clean-up.")
    shift = add_shift(page, capacity=3)
    assert "3 wolne miejsca" in text_of(html_of(client, page.url))
    assert "3 free places" in text_of(html_of(client, page_en.url))
    assert client.get(page.url)["X-Cache"] == "HIT"

    # The engine takes the place in an UPDATE, which no model signal hears: it tells the page cache itself.
    sign_up(active_volunteer(), shift)

    assert "2 wolne miejsca" in text_of(html_of(client, page.url))
    assert "2 free places" in text_of(html_of(client, page_en.url))


def test_pages_with_counts_are_kept_by_the_page_cache_until_the_counts_change(client, tree):
    """Served without a query while nothing changes; a sign-up drops these pages only, not the rest of the site."""
    page = add_opportunity(tree, "Sprzątanie lasu")
    shift = add_shift(page, capacity=1)
    listing = tree.index.url
    addresses = [page.url, listing, f"{listing}?free=on", f"{listing}?page=1", f"{listing}kalendarz/", tree.home.url]
    for address in addresses:
        assert client.get(address)["X-Cache"] == "MISS", address

    with CaptureQueriesContext(connection) as queries:
        again = [client.get(address) for address in addresses]
    sign_up(active_volunteer(), shift)
    after = {address: client.get(address) for address in addresses}

    assert [response["X-Cache"] for response in again] == ["HIT"] * len(addresses)
    assert len(queries) == 0
    # Browsers and CDNs cannot hear a sign-up: they are still told to ask again each time.
    assert "no-cache" in again[0]["Cache-Control"] and "Cookie" in again[0]["Vary"]
    assert [after[address]["X-Cache"] for address in addresses[:-1]] == ["MISS"] * (len(addresses) - 1)
    assert after[tree.home.url]["X-Cache"] == "HIT"
    assert "Brak wolnych miejsc" in text_of(after[page.url].content.decode())


@pytest.mark.parametrize("change", ["cancel", "cancel_shift", "more_places", "new_shift", "delete_shift"])
def test_every_change_to_what_the_page_shows_of_its_shifts_drops_it(client, tree, change):
    page = add_opportunity(tree, "Sprzątanie lasu")
    shift = add_shift(page, capacity=2)
    other = add_shift(page, days=12)
    signup = sign_up(active_volunteer(), shift)
    client.get(page.url)
    assert client.get(page.url)["X-Cache"] == "HIT"

    if change == "cancel":
        cancel(signup, now=timezone.now())
    elif change == "cancel_shift":
        cancel_shift(shift, "Burza", by=None)
    elif change == "more_places":
        shift.capacity = 4
        shift.save()
    elif change == "new_shift":
        add_shift(page, days=9)
    else:
        other.delete()

    assert client.get(page.url)["X-Cache"] == "MISS"


def test_joining_the_waiting_list_leaves_the_cached_pages_alone(client, tree):
    page = add_opportunity(tree, "Sprzątanie lasu")
    shift = add_shift(page, capacity=1)
    sign_up(active_volunteer(), shift)
    client.get(page.url)

    assert sign_up(active_volunteer(), shift).state == Signup.State.WAITING
    assert client.get(page.url)["X-Cache"] == "HIT"


def test_building_the_page_again_costs_few_queries(client, lake_patrol, django_assert_max_num_queries, settings):
    page, _page_en = lake_patrol
    for days in range(1, 6):
        add_shift(page, days=days)
    client.get(page.url)  # builds the routes, fragments and memos
    # Built again, not served from the page cache (as after a sign-up, or for a signed-in visitor).
    settings.PAGE_CACHE_SECONDS = 0

    # Wagtail's serve view finds the site, its locale and root (3, as for every page), then the shifts:
    # nothing else is read again.
    with django_assert_max_num_queries(4):
        client.get(page.url)


@pytest.mark.parametrize(("age", "words"), [(16, "16 lat"), (18, "18 lat"), (22, "22 lata"), (25, "25 lat")])
def test_the_minimum_age_is_written_with_the_polish_plural(client, tree, age, words):
    from .public_tree import add_opportunity

    page = add_opportunity(tree, "Zadanie z limitem wieku", minimum_age=age)

    assert f"Musisz mieć co najmniej {words} w dniu dyżuru." in text_of(html_of(client, page.url))


def test_renaming_a_training_shows_on_the_pages_that_require_it(client, lake_patrol):
    page, _page_en = lake_patrol
    assert "Ukończone szkolenie: Pierwsza pomoc." in text_of(html_of(client, page.url))
    training = page.trainings.get()

    training.name = "Kwalifikowana pierwsza pomoc"
    training.save()

    assert "Ukończone szkolenie: Kwalifikowana pierwsza pomoc." in text_of(html_of(client, page.url))
