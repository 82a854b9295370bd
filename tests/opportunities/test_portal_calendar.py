"""The volunteer's personal calendar (portal/calendar.py) gets their confirmed shifts from this app's provider."""

import icalendar
import pytest

from opportunities.models import Signup
from portal.calendar import feed

from .builders import active_volunteer
from .public_tree import add_shift

pytestmark = pytest.mark.django_db


def events_of(volunteer):
    return icalendar.Calendar.from_ical(feed(volunteer)).walk("VEVENT")


@pytest.mark.parametrize(("language", "title"), [("en", "Lake patrols"), ("pl", "Patrole nad jeziorem")])
def test_the_summary_is_in_the_persons_language_where_a_translation_exists(lake_patrol, language, title):
    page, _page_en = lake_patrol
    shift = add_shift(page, days=4)
    volunteer = active_volunteer(preferred_language=language)
    Signup.objects.create(shift=shift, volunteer=volunteer, state=Signup.State.CONFIRMED)

    (event,) = events_of(volunteer)

    assert str(event["summary"]) == title


def test_cancelled_and_long_past_shifts_are_left_out_and_the_last_months_kept(lake_patrol):
    page, _page_en = lake_patrol
    volunteer = active_volunteer(preferred_language="pl")
    kept = add_shift(page, days=4)
    recent = add_shift(page, days=-3)
    Signup.objects.create(shift=kept, volunteer=volunteer, state=Signup.State.CONFIRMED)
    Signup.objects.create(shift=recent, volunteer=volunteer, state=Signup.State.CONFIRMED)
    Signup.objects.create(shift=add_shift(page, days=-40), volunteer=volunteer, state=Signup.State.CONFIRMED)
    Signup.objects.create(shift=add_shift(page, days=9), volunteer=volunteer, state=Signup.State.CANCELLED)

    assert [event.decoded("dtstart") for event in events_of(volunteer)] == [recent.starts_at, kept.starts_at]


def test_a_shift_has_the_same_uid_link_and_text_as_in_its_add_to_calendar_file(client, lake_patrol):
    page, page_en = lake_patrol
    shift = add_shift(page, days=4)
    volunteer = active_volunteer(preferred_language="en")
    Signup.objects.create(shift=shift, volunteer=volunteer, state=Signup.State.CONFIRMED)

    (personal,) = events_of(volunteer)
    download = client.get(page_en.specific.shift_calendar_url(shift))
    (public,) = icalendar.Calendar.from_ical(download.content).walk("VEVENT")

    assert str(personal["uid"]) == str(public["uid"]) == f"shift-{shift.pk}@testserver"
    assert str(personal["url"]) == str(public["url"])
    assert str(personal["url"]).endswith(page_en.url)
    assert str(personal["description"]) == str(public["description"])
    assert page_en.specific.lead in str(personal["description"])
