"""A volunteer's sign-ups and trainings in their personal-data export; anonymising keeps counts and hours."""

import datetime
import json

import pytest
from django.utils import timezone

from opportunities.attendance import count_hours, record_attendance
from opportunities.models import CompletedTraining, Shift, Signup, Training
from opportunities.signups import sign_up
from registry.gdpr.anonymise import anonymise_volunteer
from registry.gdpr.export import personal_data_json
from registry.gdpr.readable import personal_data_html

from .builders import NOW, active_volunteer, local, make_shift

pytestmark = pytest.mark.django_db


@pytest.fixture
def past_and_future(opportunity):
    """A person counted on a past shift and confirmed on a future full one with someone waiting."""
    volunteer = active_volunteer(preferred_language="en")
    past = make_shift(opportunity, starts_at=local(2026, 7, 4, 9), hours=3)
    counted = sign_up(volunteer, past, now=NOW)
    record_attendance(counted, present=True, now=local(2026, 7, 4, 10))
    count_hours(past, by=None, now=local(2026, 7, 4, 13))
    future_start = timezone.localtime(timezone.now() + datetime.timedelta(days=20)).replace(hour=9, minute=0)
    future = make_shift(opportunity, starts_at=future_start, capacity=1)
    sign_up(volunteer, future)
    waiting = sign_up(active_volunteer(), future)
    training = Training.objects.create(name="Ratownictwo wodne")
    CompletedTraining.objects.create(volunteer=volunteer, training=training, completed_on=datetime.date(2026, 5, 1))
    return volunteer, past, future, waiting


def test_the_json_export_lists_sign_ups_and_trainings(past_and_future):
    volunteer, past, future, _waiting = past_and_future
    data = json.loads(personal_data_json(volunteer))
    assert [row["state"] for row in data["shift_signups"]] == ["confirmed", "confirmed"]
    assert data["shift_signups"][0]["attendance"] == "present" and data["shift_signups"][0]["counted_as_hours"]
    assert data["completed_trainings"] == [{"training": "Ratownictwo wodne", "completed_on": "2026-05-01"}]


def test_the_readable_copy_shows_them_in_words(past_and_future):
    volunteer, *_rest = past_and_future
    html = personal_data_html(volunteer, "en")
    assert "Shifts signed up for" in html and "Completed trainings" in html
    assert "present" in html and "Ratownictwo wodne" in html


def test_anonymising_keeps_past_hours_and_counts_and_frees_future_places(past_and_future):
    volunteer, past, future, waiting = past_and_future
    anonymise_volunteer(volunteer)
    past_signup = Signup.objects.get(volunteer=volunteer, shift=past)
    assert past_signup.state == "confirmed" and past_signup.service_record is not None
    assert volunteer.service_records.count() == 1
    assert Shift.objects.get(pk=past.pk).places_taken == 1
    assert Signup.objects.get(volunteer=volunteer, shift=future).state == "cancelled"
    waiting.refresh_from_db()
    assert waiting.state == "confirmed"
    assert Shift.objects.get(pk=future.pk).places_taken == 1


def test_the_english_copy_names_opportunities_and_areas_in_english_and_hours_without_trailing_zeros(tree, lake_patrol):
    from decimal import Decimal

    from registry.models import ServiceRecord

    from .public_tree import add_shift

    page, page_en = lake_patrol
    volunteer = active_volunteer(preferred_language="en")
    volunteer.areas.add(page.area)
    # Straight into the table: the patrol's vetting and training rules are not what is tested here.
    Signup.objects.create(volunteer=volunteer, shift=add_shift(page, days=3), state=Signup.State.CONFIRMED)
    ServiceRecord.objects.create(
        volunteer=volunteer, date=datetime.date(2026, 5, 2), hours=Decimal("7.50"), area=page.area
    )

    english = personal_data_html(volunteer, "en")
    polish = personal_data_html(volunteer, "pl")

    assert page_en.title in english and page.title not in english
    assert tree.water_en.name in english and tree.water.name not in english
    assert page.title in polish and tree.water.name in polish
    assert "<td>7.5</td>" in english and "<td>7,5</td>" in polish
