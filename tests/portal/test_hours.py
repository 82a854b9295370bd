"""Hours on the volunteer's page: the list and totals, and reporting hours for work not on a shift."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from registry.models import HourReport
from tests.registry.factories import AreaFactory, OrganisationFactory, ServiceRecordFactory

from .conftest import url

pytestmark = pytest.mark.django_db


def report(client, **fields):
    data = {"date": timezone.localdate().isoformat(), "hours": "2.5", "note": "Festyn", "area": "", "organisation": ""}
    data.update(fields)
    return client.post(url("hours"), data)


def test_totals_by_year_and_by_area(signed_in, volunteer):
    prevention, water = AreaFactory(name="Profilaktyka"), AreaFactory(name="Woda")
    ServiceRecordFactory(volunteer=volunteer, date=datetime.date(2025, 6, 1), area=prevention, hours=Decimal("3"))
    ServiceRecordFactory(volunteer=volunteer, date=datetime.date(2026, 2, 1), area=prevention, hours=Decimal("1.5"))
    ServiceRecordFactory(volunteer=volunteer, date=datetime.date(2026, 3, 1), area=water, hours=Decimal("2"))
    response = signed_in.get(url("hours"))
    assert response.context["by_year"] == [(2026, Decimal("3.5")), (2025, Decimal("3"))]
    assert response.context["by_area"] == [("Profilaktyka", Decimal("4.5")), ("Woda", Decimal("2"))]
    assert response.context["total"] == Decimal("6.5")


def test_another_volunteers_hours_are_not_counted(signed_in, volunteer, other_volunteer):
    ServiceRecordFactory(volunteer=other_volunteer, hours=Decimal("7"))
    response = signed_in.get(url("hours"))
    assert response.context["total"] == 0
    assert not response.context["records"]


def test_a_valid_report_waits_for_a_coordinator(signed_in, volunteer):
    area, organisation = AreaFactory(), OrganisationFactory()
    response = report(signed_in, area=area.pk, organisation=organisation.pk)
    assert response.status_code == 303
    stored = HourReport.objects.get()
    assert (stored.volunteer, stored.hours, stored.state) == (volunteer, Decimal("2.5"), HourReport.State.PENDING)
    assert (stored.area, stored.organisation) == (area, organisation)
    assert not volunteer.service_records.exists()
    page = signed_in.get(url("hours"))
    assert list(page.context["reports"]) == [stored]


@pytest.mark.parametrize("hours", ["0", "-1", "24.5", "abc", ""])
def test_hours_outside_0_to_24_are_refused(signed_in, hours):
    response = report(signed_in, hours=hours)
    assert response.status_code == 400
    assert response.context["form"].errors["hours"]
    assert not HourReport.objects.exists()


def test_a_day_in_the_future_is_refused(signed_in):
    response = report(signed_in, date=(timezone.localdate() + datetime.timedelta(days=1)).isoformat())
    assert response.status_code == 400 and "date" in response.context["form"].errors
    assert not HourReport.objects.exists()


def test_a_day_before_joining_is_refused(signed_in, volunteer):
    before = timezone.localtime(volunteer.created_at).date() - datetime.timedelta(days=1)
    response = report(signed_in, date=before.isoformat())
    assert response.status_code == 400 and "date" in response.context["form"].errors
    assert not HourReport.objects.exists()


def test_the_rejection_reason_is_shown_to_the_volunteer(signed_in, volunteer):
    HourReport.objects.create(
        volunteer=volunteer,
        date=timezone.localdate(),
        hours=Decimal("1"),
        state=HourReport.State.REJECTED,
        reason="Qxreasonmarker",
    )
    assert b"Qxreasonmarker" in signed_in.get(url("hours")).content


def test_reporting_needs_a_session(client):
    response = client.post(url("hours"), {"date": timezone.localdate().isoformat(), "hours": "1"})
    assert response.status_code == 302
    assert not HourReport.objects.exists()


def test_an_empty_post_shows_the_errors_and_stores_nothing(signed_in):
    response = signed_in.post(url("hours"), {})
    assert response.status_code == 400
    assert {"date", "hours"} <= set(response.context["form"].errors)
    assert not HourReport.objects.exists()


def test_the_same_report_sent_twice_is_stored_once(signed_in):
    assert report(signed_in).status_code == 303
    assert report(signed_in).status_code == 303
    assert HourReport.objects.count() == 1
    assert report(signed_in, hours="3").status_code == 303
    assert HourReport.objects.count() == 2
