"""Hours volunteers report themselves: a coordinator approves (one service record, once) or rejects with a reason."""

import threading
from decimal import Decimal

import pytest
from django.db import connection
from django.utils import timezone
from wagtail.users.models import UserProfile

from registry.models import HourReport, ServiceRecord, Volunteer
from tests.registry.factories import VolunteerFactory

from .registry_users import user_in_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator_client(client):
    user = user_in_group("Coordinators")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def pending():
    volunteer = VolunteerFactory(status=Volunteer.Status.ACTIVE)
    return HourReport.objects.create(volunteer=volunteer, date=timezone.localdate(), hours=Decimal("2.5"), note="x")


def decide_url(report):
    return f"/admin/registry/hour-reports/{report.pk}/decide/"


def test_approving_creates_exactly_one_service_record(coordinator_client, pending):
    for _ in range(2):
        response = coordinator_client.post(decide_url(pending), {"decision": "approve"})
        assert response.status_code == 302
    record = ServiceRecord.objects.get()
    assert (record.volunteer_id, record.hours, record.date) == (pending.volunteer_id, Decimal("2.5"), pending.date)
    pending.refresh_from_db()
    assert pending.state == HourReport.State.APPROVED and pending.service_record == record
    assert pending.decided_by is not None


def test_approve_is_idempotent_in_the_model_too(pending):
    assert pending.approve(None) is not None
    assert pending.approve(None) is None
    assert ServiceRecord.objects.count() == 1


def test_rejecting_needs_a_reason_and_creates_no_record(coordinator_client, pending):
    response = coordinator_client.post(decide_url(pending), {"decision": "reject", "reason": " "})
    assert response.status_code == 200
    pending.refresh_from_db()
    assert pending.state == HourReport.State.PENDING

    response = coordinator_client.post(decide_url(pending), {"decision": "reject", "reason": "Nie ten dzień"})
    assert response.status_code == 302
    pending.refresh_from_db()
    assert (pending.state, pending.reason) == (HourReport.State.REJECTED, "Nie ten dzień")
    assert not ServiceRecord.objects.exists()
    # A rejected report cannot be approved afterwards.
    coordinator_client.post(decide_url(pending), {"decision": "approve"})
    assert not ServiceRecord.objects.exists()


def test_the_listing_and_the_decision_page_open_for_coordinators(coordinator_client, pending):
    listing = coordinator_client.get("/admin/registry/hour-reports/?state=pending")
    assert listing.status_code == 200
    assert decide_url(pending) in listing.content.decode()
    assert coordinator_client.get(decide_url(pending)).status_code == 200


def test_communications_staff_cannot_decide(client, pending):
    client.force_login(user_in_group("Communications"))
    response = client.post(decide_url(pending), {"decision": "approve"})
    assert response.status_code in (302, 403)
    assert not ServiceRecord.objects.exists()


def test_the_dashboard_counts_pending_reports_and_open_requests(coordinator_client, pending):
    from registry.models import DataSubjectRequest

    DataSubjectRequest.objects.create(volunteer=pending.volunteer, kind=DataSubjectRequest.Kind.ERASURE)
    HourReport.objects.create(
        volunteer=pending.volunteer, date=timezone.localdate(), hours=1, state=HourReport.State.REJECTED, reason="r"
    )
    page = coordinator_client.get("/admin/").content.decode()
    assert "1 hour report to decide" in page
    assert "1 open data-subject request" in page


def test_the_volunteer_record_says_when_the_person_last_signed_in(coordinator_client, pending):
    volunteer = pending.volunteer
    inspect = f"/admin/registry/volunteers/inspect/{volunteer.pk}/"
    assert "Never" in coordinator_client.get(inspect).content.decode()
    Volunteer.objects.filter(pk=volunteer.pk).update(last_portal_sign_in_at=timezone.now())
    assert "Never" not in coordinator_client.get(inspect).content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_coordinators_approving_at_once_create_one_record():
    volunteer = VolunteerFactory(status=Volunteer.Status.ACTIVE)
    report = HourReport.objects.create(volunteer=volunteer, date=timezone.localdate(), hours=Decimal("1"))
    results = []

    def approve():
        from django.db import connection as thread_connection

        try:
            results.append(HourReport.objects.get(pk=report.pk).approve(None))
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=approve) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert ServiceRecord.objects.filter(volunteer=volunteer).count() == 1
    assert sum(result is not None for result in results) == 1
