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


def test_cancelled_and_past_shifts_are_left_out(lake_patrol):
    page, _page_en = lake_patrol
    volunteer = active_volunteer(preferred_language="pl")
    kept = add_shift(page, days=4)
    Signup.objects.create(shift=kept, volunteer=volunteer, state=Signup.State.CONFIRMED)
    Signup.objects.create(shift=add_shift(page, days=-3), volunteer=volunteer, state=Signup.State.CONFIRMED)
    Signup.objects.create(shift=add_shift(page, days=9), volunteer=volunteer, state=Signup.State.CANCELLED)

    assert [event.decoded("dtstart") for event in events_of(volunteer)] == [kept.starts_at]
