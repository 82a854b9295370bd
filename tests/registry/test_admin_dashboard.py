"""The coordinators' dashboard panel: shown to coordinators only, figures against known data."""

import datetime
from decimal import Decimal

import pytest

from registry.dashboard import chart_bars, hours_by_month, months_back, registry_figures
from registry.models import Volunteer
from tests.registry.factories import ServiceRecordFactory, VolunteerFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 26)


def active(**kwargs):
    return VolunteerFactory(status=Volunteer.Status.ACTIVE, **kwargs)


def test_panel_is_shown_to_coordinators(coordinator_client):
    response = coordinator_client.get("/admin/")
    assert 'id="registry-figures-section"' in response.content.decode()


def test_panel_is_hidden_from_communications_staff(client, communications):
    client.force_login(communications)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert 'id="registry-figures-section"' not in response.content.decode()


def test_applications_waiting_counts_volunteers_with_status_applied():
    VolunteerFactory.create_batch(3, status=Volunteer.Status.APPLIED)
    active()
    assert registry_figures(TODAY)["applications_waiting"] == 3


def test_active_volunteers_counts_only_active_records():
    active()
    active()
    VolunteerFactory(status=Volunteer.Status.INACTIVE)
    assert registry_figures(TODAY)["active_volunteers"] == 2


def test_vetting_expiring_counts_active_volunteers_expiring_within_30_days():
    checked = TODAY - datetime.timedelta(days=300)
    active(vetting_checked_on=checked, vetting_expires_on=TODAY)
    active(vetting_checked_on=checked, vetting_expires_on=TODAY + datetime.timedelta(days=30))
    active(vetting_checked_on=checked, vetting_expires_on=TODAY + datetime.timedelta(days=31))
    VolunteerFactory(status=Volunteer.Status.APPLIED, vetting_checked_on=checked, vetting_expires_on=TODAY)
    assert registry_figures(TODAY)["vetting_expiring"] == 2


def test_vetting_expired_counts_active_volunteers_past_their_expiry():
    checked = TODAY - datetime.timedelta(days=300)
    active(vetting_checked_on=checked, vetting_expires_on=TODAY - datetime.timedelta(days=1))
    active(vetting_checked_on=checked, vetting_expires_on=TODAY)
    assert registry_figures(TODAY)["vetting_expired"] == 1


def test_hours_this_month_and_this_year_sum_the_service_records():
    volunteer = active()
    ServiceRecordFactory(volunteer=volunteer, date=datetime.date(2026, 11, 2), hours=Decimal("2.50"))
    ServiceRecordFactory(volunteer=volunteer, date=datetime.date(2026, 3, 2), hours=Decimal("4.00"))
    ServiceRecordFactory(volunteer=volunteer, date=datetime.date(2025, 12, 31), hours=Decimal("8.00"))
    figures = registry_figures(TODAY)
    assert figures["hours_this_month"] == Decimal("2.50")
    assert figures["hours_this_year"] == Decimal("6.50")


def test_months_back_lists_twelve_month_starts_ending_with_the_current_month():
    months = months_back(datetime.date(2026, 11, 1), 12)
    assert months[0] == datetime.date(2025, 12, 1)
    assert months[-1] == datetime.date(2026, 11, 1)
    assert len(months) == 12


def test_hours_by_month_covers_the_last_twelve_months_with_zeros_for_empty_months():
    volunteer = active()
    ServiceRecordFactory(volunteer=volunteer, date=datetime.date(2025, 12, 5), hours=Decimal("3.00"))
    ServiceRecordFactory(volunteer=volunteer, date=datetime.date(2025, 12, 20), hours=Decimal("1.00"))
    ServiceRecordFactory(volunteer=volunteer, date=datetime.date(2025, 11, 30), hours=Decimal("9.00"))
    by_month = dict(hours_by_month(TODAY))
    assert len(by_month) == 12
    assert by_month[datetime.date(2025, 12, 1)] == Decimal("4.00")
    assert by_month[datetime.date(2026, 6, 1)] == 0
    assert datetime.date(2025, 11, 1) not in by_month


def test_chart_bars_scale_to_the_busiest_month():
    bars = chart_bars([(datetime.date(2026, 1, 1), Decimal("5")), (datetime.date(2026, 2, 1), Decimal("10"))])
    assert [bar["height"] for bar in bars] == [50.0, 100.0]


def test_panel_prints_the_monthly_hours_as_text(coordinator_client):
    ServiceRecordFactory(volunteer=active(), hours=Decimal("7.25"))
    content = coordinator_client.get("/admin/").content.decode()
    assert "7.25" in content
    assert "<svg" in content
