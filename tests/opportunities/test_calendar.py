import datetime

import icalendar
import pytest
from django.utils import timezone

from opportunities.models import Signup
from tests.registry.factories import VolunteerFactory

from .public_tree import add_opportunity, add_shift

pytestmark = pytest.mark.django_db


def events_of(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    return [component for component in calendar.walk() if component.name == "VEVENT"]


def test_the_feed_lists_upcoming_shifts_in_the_listings_language(client, lake_patrol):
    page, page_en = lake_patrol
    shift = add_shift(page, days=3, hour=9)
    add_shift(page, days=-60)  # long past: left out

    polish = events_of(client.get("/pl/wolontariat/kalendarz/"))
    english = events_of(client.get("/en/opportunities/calendar/"))

    assert [str(event["summary"]) for event in polish] == ["Patrole nad jeziorem"]
    assert [str(event["summary"]) for event in english] == ["Lake patrols"]
    assert polish[0]["dtstart"].dt == shift.starts_at
    assert polish[0]["dtstart"].dt.utcoffset() == datetime.timedelta(0)
    assert str(english[0]["url"]).endswith(page_en.url)


def test_a_shift_keeps_its_uid_in_both_languages_and_across_requests(client, lake_patrol):
    page, _page_en = lake_patrol
    add_shift(page)

    first = events_of(client.get("/pl/wolontariat/kalendarz/"))[0]["uid"]
    again = events_of(client.get("/pl/wolontariat/kalendarz/"))[0]["uid"]
    english = events_of(client.get("/en/opportunities/calendar/"))[0]["uid"]

    assert first == again == english


def test_a_cancelled_shift_is_sent_as_cancelled(client, lake_patrol):
    page, _page_en = lake_patrol
    add_shift(page, cancelled_at=timezone.now())

    (event,) = events_of(client.get("/pl/wolontariat/kalendarz/"))

    assert event["status"] == "CANCELLED"


def test_the_feed_holds_no_personal_data_nor_notes(client, lake_patrol):
    page, _page_en = lake_patrol
    shift = add_shift(page, notes="Klucz do bosmanatu u pana Zenona.")
    volunteer = VolunteerFactory(first_name="Eulalia", last_name="Przybyszewska")
    Signup.objects.create(shift=shift, volunteer=volunteer, state=Signup.State.CONFIRMED)

    content = client.get("/pl/wolontariat/kalendarz/").content.decode()
    single = client.get(f"{page.url}kalendarz/{shift.pk}/").content.decode()

    for text in (content, single):
        assert "Przybyszewska" not in text
        assert volunteer.email not in text
        assert "Zenona" not in text


def test_unpublished_opportunities_stay_out_of_the_feed(client, tree):
    page = add_opportunity(tree, "Szkic zadania")
    add_shift(page)
    page.unpublish()

    assert events_of(client.get("/pl/wolontariat/kalendarz/")) == []


def test_add_to_calendar_gives_one_shift_as_a_file(client, lake_patrol):
    page, page_en = lake_patrol
    shift = add_shift(page, days=4, hour=17, place="Plaża w Cedzynie")

    response = client.get(f"{page_en.url}calendar/{shift.pk}/")
    (event,) = events_of(response)

    assert response["Content-Disposition"].startswith('attachment; filename="lake-patrols-')
    assert str(event["summary"]) == "Lake patrols"
    assert str(event["location"]) == "Plaża w Cedzynie"
    assert event["dtend"].dt == shift.ends_at


def test_add_to_calendar_refuses_a_shift_of_another_opportunity(client, tree, lake_patrol):
    page, _page_en = lake_patrol
    other = add_opportunity(tree, "Inne zadanie")
    shift = add_shift(other)

    assert client.get(f"{page.url}kalendarz/{shift.pk}/").status_code == 404


def test_the_page_links_each_shift_to_its_calendar_file(client, lake_patrol):
    page, _page_en = lake_patrol
    shift = add_shift(page)

    html = client.get(page.url).content.decode()

    assert f'href="{page.url}kalendarz/{shift.pk}/"' in html
    assert f'href="{page.get_parent().url}kalendarz/"' in client.get(page.get_parent().url).content.decode()


def test_links_and_uids_name_the_configured_site_whatever_host_the_request_names(client, lake_patrol, settings):
    """A spoofed Host header (here even one an alias Site answers to) never reaches a calendar."""
    from wagtail.models import Site

    settings.WAGTAILADMIN_BASE_URL = "https://wolontariat.example.gov.pl/"
    page, page_en = lake_patrol
    shift = add_shift(page)
    paths = page.url, page_en.url  # read while one Site serves the tree: then Wagtail gives paths
    Site.objects.create(hostname="evil.example", port=80, root_page=page.get_site().root_page, site_name="Alias")

    feed = client.get("/pl/wolontariat/kalendarz/", HTTP_HOST="evil.example")
    single = client.get(f"{paths[1]}calendar/{shift.pk}/", HTTP_HOST="evil.example")
    (polish,) = events_of(feed)
    (english,) = events_of(single)

    assert str(polish["url"]) == f"https://wolontariat.example.gov.pl{paths[0]}"
    assert str(english["url"]) == f"https://wolontariat.example.gov.pl{paths[1]}"
    assert str(polish["uid"]) == str(english["uid"]) == f"shift-{shift.pk}@wolontariat.example.gov.pl"
    for response in (feed, single):
        assert b"evil.example" not in response.content
        assert b"localhost" not in response.content
