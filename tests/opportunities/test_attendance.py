"""Check-in and counting attendance as hours: one service record per person present, however often it runs."""

import datetime
from decimal import Decimal

import pytest
from wagtail.models import ModelLogEntry

from opportunities.attendance import count_hours, record_attendance
from opportunities.signups import SignupRefused, sign_up
from registry.models import ServiceRecord
from tests.registry.registry_users import user_in_group

from .builders import NOW, active_volunteer, local, make_shift

pytestmark = pytest.mark.django_db

ON_THE_DAY = local(2026, 7, 4, 14)


@pytest.fixture
def rota(opportunity):
    shift = make_shift(opportunity, starts_at=local(2026, 7, 4, 9), hours=4.5, capacity=3)
    people = [sign_up(active_volunteer(), shift, now=NOW) for _ in range(4)]
    return shift, people  # three confirmed, the fourth waiting


def test_present_people_become_service_records_with_the_shifts_length_area_and_organisation(rota, opportunity):
    shift, (first, second, third, _waiting) = rota
    record_attendance(first, present=True, now=ON_THE_DAY)
    record_attendance(second, present=True, now=ON_THE_DAY)
    record_attendance(third, present=False, now=ON_THE_DAY)
    second.refresh_from_db()
    second.hours = Decimal("2.5")
    second.save()
    records = count_hours(shift, by=user_in_group("Coordinators"), now=ON_THE_DAY)
    assert sorted(record.hours for record in records) == [Decimal("2.50"), Decimal("4.50")]
    for record in records:
        assert record.date == datetime.date(2026, 7, 4)
        assert record.area == opportunity.area and record.organisation == opportunity.organisation
    first.refresh_from_db()
    assert first.service_record.volunteer == first.volunteer


def test_counting_again_creates_nothing_new(rota):
    shift, (first, *_rest) = rota
    record_attendance(first, present=True, now=ON_THE_DAY)
    assert len(count_hours(shift, by=None, now=ON_THE_DAY)) == 1
    assert count_hours(shift, by=None, now=ON_THE_DAY) == []
    assert ServiceRecord.objects.count() == 1
    entries = ModelLogEntry.objects.filter(action="opportunities.shift.count_hours")
    assert [entry.data["records"] for entry in entries.order_by("pk")] == [1, 0]


def test_counted_attendance_cannot_be_changed_by_check_in(rota):
    shift, (first, *_rest) = rota
    record_attendance(first, present=True, now=ON_THE_DAY)
    count_hours(shift, by=None, now=ON_THE_DAY)
    with pytest.raises(SignupRefused):
        record_attendance(first, present=False, now=ON_THE_DAY)


def test_only_confirmed_people_are_checked_in_and_not_before_the_day(rota):
    shift, (first, _second, _third, waiting) = rota
    with pytest.raises(SignupRefused):
        record_attendance(waiting, present=True, now=ON_THE_DAY)
    with pytest.raises(SignupRefused):
        record_attendance(first, present=True, now=local(2026, 7, 3, 23, 59))
    assert record_attendance(first, present=True, now=local(2026, 7, 4, 0, 0)).attendance == "present"


def test_hours_are_not_counted_before_the_shift_starts(rota):
    shift, _people = rota
    with pytest.raises(SignupRefused):
        count_hours(shift, by=None, now=local(2026, 7, 4, 8, 59))


def test_a_counted_sign_up_is_neither_cancelled_nor_its_shift(rota):
    from opportunities.models import Signup
    from opportunities.signups import cancel, cancel_shift, free_places_of_anonymised

    shift, (first, *_rest) = rota
    record_attendance(first, present=True, now=ON_THE_DAY)
    count_hours(shift, by=None, now=ON_THE_DAY)
    coordinator = user_in_group("Coordinators")

    with pytest.raises(SignupRefused) as removal:
        cancel(first, by=coordinator, now=ON_THE_DAY, enforce_cutoff=False)
    with pytest.raises(SignupRefused) as cancelling:
        cancel_shift(shift, "Pomyłka", by=coordinator, now=ON_THE_DAY)
    # Even a shift moved to a later date after counting keeps the counted sign-up when the person is anonymised.
    type(shift).objects.filter(pk=shift.pk).update(starts_at=local(2099, 1, 1, 9), ends_at=local(2099, 1, 1, 13))
    free_places_of_anonymised(first.volunteer)

    assert removal.value.code == cancelling.value.code == "counted"
    first.refresh_from_db()
    assert first.state == Signup.State.CONFIRMED and first.service_record is not None
    assert ServiceRecord.objects.count() == 1
