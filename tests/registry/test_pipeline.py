"""The status pipeline's rules (registry/pipeline.py): the same refusals and override from the model layer,
the edit form and the bulk action; an override is logged with who and why."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from registry.models import StatusChange, Volunteer
from registry.pipeline import Facts, TransitionRefused, change_status, transition_problems
from tests.registry.factories import VolunteerFactory

from .test_admin_status import edit_form_data

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 30)
VALID = {"vetting_checked_on": datetime.date(2026, 1, 10), "vetting_expires_on": datetime.date(2027, 1, 10)}
EXPIRED = {"vetting_checked_on": datetime.date(2024, 1, 10), "vetting_expires_on": datetime.date(2026, 11, 29)}


def codes(from_status, to_status, **vetting):
    return [problem.code for problem in transition_problems(Facts(from_status, **vetting), to_status, TODAY)]


def test_trained_with_valid_vetting_may_become_active():
    assert codes("trained", "active", **VALID) == []


def test_active_needs_vetting_recorded():
    assert codes("trained", "active") == ["vetting_missing"]


def test_active_needs_vetting_that_has_not_expired():
    assert codes("trained", "active", **EXPIRED) == ["vetting_expired"]


def test_vetting_expiring_today_is_still_valid():
    assert codes("inactive", "active", vetting_checked_on=TODAY, vetting_expires_on=TODAY) == []


def test_an_application_cannot_go_straight_into_service():
    assert codes("applied", "active", **VALID) == ["order"]


def test_finishing_training_needs_the_vetting_check():
    assert codes("screening", "trained") == ["vetting_unchecked"]


@pytest.mark.parametrize("to_status", ["rejected", "withdrawn", "screening"])
def test_early_exits_and_screening_need_nothing(to_status):
    assert codes("applied", to_status) == []


def test_a_rejected_person_is_reconsidered_through_screening_only():
    assert codes("rejected", "screening") == []
    assert codes("rejected", "trained", **VALID) == ["order"]


def test_keeping_the_same_status_is_always_allowed():
    assert codes("active", "active", **EXPIRED) == []


def test_an_anonymised_record_keeps_its_status():
    assert codes("rejected", "screening", anonymised=True) == ["anonymised"]


def test_a_new_record_may_start_active_only_with_valid_vetting():
    assert codes(None, "active", **VALID) == []
    assert codes(None, "active") == ["vetting_missing"]


def test_change_status_refuses_and_changes_nothing(volunteer):
    with pytest.raises(TransitionRefused):
        change_status(volunteer, "active")
    volunteer.refresh_from_db()
    assert volunteer.status == "applied"
    assert not volunteer.status_changes.filter(to_status="active").exists()


def test_an_override_without_a_reason_is_refused(volunteer):
    with pytest.raises(ValidationError):
        change_status(volunteer, "active", override=True, reason="  ")
    volunteer.refresh_from_db()
    assert volunteer.status == "applied"


def test_an_override_is_logged_with_who_and_why(volunteer, coordinator):
    assert change_status(volunteer, "active", user=coordinator, override=True, reason="Decyzja komendanta")
    change = volunteer.status_changes.get(to_status="active")
    assert change.override_reason == "Decyzja komendanta"
    entry = ModelLogEntry.objects.get(action="registry.status_override", object_id=str(volunteer.pk))
    assert entry.user == coordinator
    assert entry.data["reason"] == "Decyzja komendanta"
    assert set(entry.data["rules"]) == {"order", "vetting_missing"}


def test_a_change_within_the_rules_records_no_override(volunteer):
    change_status(volunteer, "screening", override=True, reason="niepotrzebne")
    assert not ModelLogEntry.objects.filter(action="registry.status_override").exists()
    assert volunteer.status_changes.get(to_status="screening").override_reason == ""


# The edit form


def edit(client, volunteer, **changes):
    return client.post(
        reverse("wagtailsnippets_registry_volunteer:edit", args=[volunteer.pk]), edit_form_data(volunteer, **changes)
    )


def test_the_edit_form_refuses_active_with_expired_vetting_and_says_why(coordinator_client):
    volunteer = VolunteerFactory(status="trained", **EXPIRED)
    response = edit(coordinator_client, volunteer, status="active", **{k: v.isoformat() for k, v in EXPIRED.items()})
    assert response.status_code == 200
    errors = response.context["form"].errors["status"]
    assert any("expired" in error for error in errors)
    assert any("Override the status rules" in error for error in errors)
    volunteer.refresh_from_db()
    assert volunteer.status == "trained"


def test_the_edit_form_accepts_active_when_vetting_is_entered_in_the_same_submit(coordinator_client):
    volunteer = VolunteerFactory(status="trained")
    today = timezone.localdate()
    response = edit(
        coordinator_client,
        volunteer,
        status="active",
        vetting_checked_on=today.isoformat(),
        vetting_expires_on=(today + datetime.timedelta(days=365)).isoformat(),
    )
    assert response.status_code == 302
    volunteer.refresh_from_db()
    assert volunteer.status == "active"


def test_the_edit_form_override_needs_a_reason(coordinator_client, volunteer):
    response = edit(coordinator_client, volunteer, status="active", override_status_rules="on", override_reason="")
    assert response.status_code == 200
    assert "override_reason" in response.context["form"].errors
    volunteer.refresh_from_db()
    assert volunteer.status == "applied"


def test_the_edit_form_override_with_a_reason_is_logged(coordinator_client, coordinator, volunteer):
    response = edit(
        coordinator_client, volunteer, status="active", override_status_rules="on", override_reason="Zgoda dyrekcji"
    )
    assert response.status_code == 302
    volunteer.refresh_from_db()
    assert volunteer.status == "active"
    entry = ModelLogEntry.objects.get(action="registry.status_override", object_id=str(volunteer.pk))
    assert (entry.user, entry.data["reason"]) == (coordinator, "Zgoda dyrekcji")
    assert volunteer.status_changes.get(to_status="active").override_reason == "Zgoda dyrekcji"
    history = coordinator_client.get(reverse("wagtailsnippets_registry_volunteer:history", args=[volunteer.pk]))
    assert "Zgoda dyrekcji" in history.content.decode()


# The bulk action

BULK_URL = reverse("wagtail_bulk_action", args=["registry", "volunteer", "change_status"])


def bulk(client, volunteers, **data):
    query = "&".join(f"id={volunteer.pk}" for volunteer in volunteers)
    return client.post(f"{BULK_URL}?{query}", data)


def test_the_bulk_action_changes_the_allowed_and_reports_the_refused(coordinator_client):
    today = timezone.localdate()
    ready = VolunteerFactory(status="trained", vetting_checked_on=today, vetting_expires_on=today)
    expired = VolunteerFactory(
        status="trained", vetting_checked_on=datetime.date(2020, 1, 1), vetting_expires_on=datetime.date(2021, 1, 1)
    )
    applicant = VolunteerFactory()
    response = bulk(coordinator_client, [ready, expired, applicant], status="active")
    assert response.status_code == 302
    statuses = dict(Volunteer.objects.values_list("pk", "status"))
    assert (statuses[ready.pk], statuses[expired.pk], statuses[applicant.pk]) == ("active", "trained", "applied")
    assert not StatusChange.objects.filter(volunteer__in=[expired, applicant], to_status="active").exists()
    shown = [str(message) for message in coordinator_client.get(reverse("wagtailadmin_home")).context["messages"]]
    assert any(f"Volunteer #{expired.pk} was not changed" in m and "expired" in m for m in shown), shown
    assert any(f"Volunteer #{applicant.pk} was not changed" in m for m in shown), shown
    assert not any(f"Volunteer #{ready.pk} was not" in m for m in shown)


def test_the_bulk_action_override_needs_a_reason_and_changes_nothing_without_it(coordinator_client):
    volunteer = VolunteerFactory()
    response = bulk(coordinator_client, [volunteer], status="active", override_status_rules="on")
    assert response.status_code == 200
    volunteer.refresh_from_db()
    assert volunteer.status == "applied"


def test_the_bulk_action_override_is_logged_per_volunteer(coordinator_client, coordinator):
    chosen = VolunteerFactory.create_batch(2)
    bulk(coordinator_client, chosen, status="active", override_status_rules="on", override_reason="Akcja zimowa")
    entries = ModelLogEntry.objects.filter(action="registry.status_override")
    assert sorted(entries.values_list("object_id", flat=True)) == sorted(str(v.pk) for v in chosen)
    assert {(entry.user, entry.data["reason"]) for entry in entries} == {(coordinator, "Akcja zimowa")}


def test_the_bulk_confirmation_page_offers_the_override_with_a_reason(coordinator_client):
    volunteer = VolunteerFactory()
    response = coordinator_client.get(f"{BULK_URL}?id={volunteer.pk}")
    content = response.content.decode()
    assert 'name="override_status_rules"' in content
    assert 'name="override_reason"' in content
