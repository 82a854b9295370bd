"""Status changes: recorded with who, from and to, from the edit form, bulk action or code; shown in history."""

import json

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import LogContext
from wagtail.models import ModelLogEntry

from registry.models import StatusChange, Volunteer
from tests.registry.factories import VolunteerFactory

pytestmark = pytest.mark.django_db

PERSONAL_VALUES = ("Zofia", "Wrzosek", "zofia.wrzosek@example.org", "Kielce")


def edit_form_data(volunteer, **changes):
    data = {
        "first_name": volunteer.first_name,
        "last_name": volunteer.last_name,
        "email": volunteer.email,
        "phone": volunteer.phone,
        "city": volunteer.city,
        "date_of_birth": "",
        "languages": "",
        "availability": "",
        "message": "",
        "status": volunteer.status,
        "organisation": "",
        "vetting_checked_on": "",
        "vetting_expires_on": "",
        "consent_text_version": volunteer.consent_text_version,
        "consent_given_at": "",
        "source": volunteer.source,
        "notes": "",
    }
    data.update(changes)
    return data


def test_saving_a_new_status_records_a_status_change(volunteer):
    volunteer.status = Volunteer.Status.SCREENING
    volunteer.save()
    change = volunteer.status_changes.first()
    assert (change.from_status, change.to_status) == ("applied", "screening")


def test_saving_without_a_status_change_records_nothing(volunteer):
    before = StatusChange.objects.count()
    volunteer.notes = "Dzwonić po 16."
    volunteer.save()
    assert StatusChange.objects.count() == before


def test_status_change_records_the_user_from_the_log_context(volunteer, coordinator):
    with LogContext(user=coordinator):
        volunteer.status = Volunteer.Status.ACTIVE
        volunteer.save()
    assert volunteer.status_changes.first().changed_by == coordinator


def test_status_change_sets_the_status_changed_time_even_with_update_fields(volunteer):
    Volunteer.objects.filter(pk=volunteer.pk).update(status_changed_at=None)
    volunteer.refresh_from_db()
    volunteer.status = Volunteer.Status.ACTIVE
    volunteer.save(update_fields=["status"])
    volunteer.refresh_from_db()
    assert volunteer.status_changed_at is not None


def test_editing_the_status_in_the_admin_records_who_changed_it(coordinator_client, coordinator, volunteer):
    response = coordinator_client.post(
        reverse("wagtailsnippets_registry_volunteer:edit", args=[volunteer.pk]),
        edit_form_data(volunteer, status="screening"),
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else None
    change = volunteer.status_changes.first()
    assert (change.from_status, change.to_status, change.changed_by) == ("applied", "screening", coordinator)


def test_creating_a_volunteer_in_the_admin_records_the_first_status(coordinator_client, coordinator):
    data = edit_form_data(Volunteer(first_name="Ewa", last_name="Sowa", email="ewa@example.org"), status="active")
    # Active needs vetting valid today (registry/pipeline.py).
    today = timezone.localdate()
    expires = today.replace(year=today.year + 2, day=1)
    data.update(source="manual", vetting_checked_on=today.isoformat(), vetting_expires_on=expires.isoformat())
    response = coordinator_client.post(reverse("wagtailsnippets_registry_volunteer:add"), data)
    assert response.status_code == 302
    change = Volunteer.objects.get(email="ewa@example.org").status_changes.get()
    assert (change.from_status, change.to_status, change.changed_by) == ("", "active", coordinator)


def test_status_change_is_written_to_the_audit_log_with_codes_only(coordinator_client, volunteer):
    coordinator_client.post(
        reverse("wagtailsnippets_registry_volunteer:edit", args=[volunteer.pk]),
        edit_form_data(volunteer, status="screening"),
    )
    entry = ModelLogEntry.objects.get(
        action="registry.status_change", object_id=str(volunteer.pk), data__from="applied"
    )
    assert entry.data == {"from": "applied", "to": "screening"}
    assert entry.label == f"Volunteer #{volunteer.pk}"


def test_history_view_shows_the_status_change(coordinator_client, volunteer):
    coordinator_client.post(
        reverse("wagtailsnippets_registry_volunteer:edit", args=[volunteer.pk]),
        edit_form_data(volunteer, status="screening"),
    )
    response = coordinator_client.get(reverse("wagtailsnippets_registry_volunteer:history", args=[volunteer.pk]))
    assert "Status changed from Applied to Screening" in response.content.decode()


def test_inspect_view_shows_the_status_history(coordinator_client, coordinator, volunteer):
    with LogContext(user=coordinator):
        volunteer.status = Volunteer.Status.TRAINED
        volunteer.save()
    response = coordinator_client.get(reverse("wagtailsnippets_registry_volunteer:inspect", args=[volunteer.pk]))
    content = response.content.decode()
    assert "Status history" in content
    assert "Trained" in content
    assert "coordinator" in content


def test_bulk_action_changes_the_status_of_every_selected_volunteer(coordinator_client, coordinator):
    chosen = VolunteerFactory.create_batch(2)
    untouched = VolunteerFactory()
    url = reverse("wagtail_bulk_action", args=["registry", "volunteer", "change_status"])
    query = "&".join(f"id={volunteer.pk}" for volunteer in chosen)
    response = coordinator_client.post(f"{url}?{query}", {"status": "screening"})
    assert response.status_code == 302
    assert set(Volunteer.objects.filter(status="screening").values_list("pk", flat=True)) == {v.pk for v in chosen}
    untouched.refresh_from_db()
    assert untouched.status == "applied"


def test_bulk_action_records_a_status_change_per_volunteer(coordinator_client, coordinator):
    chosen = VolunteerFactory.create_batch(2)
    url = reverse("wagtail_bulk_action", args=["registry", "volunteer", "change_status"])
    query = "&".join(f"id={volunteer.pk}" for volunteer in chosen)
    coordinator_client.post(f"{url}?{query}", {"status": "withdrawn"})
    changes = StatusChange.objects.filter(to_status="withdrawn")
    assert sorted(changes.values_list("volunteer_id", flat=True)) == sorted(v.pk for v in chosen)
    assert {change.changed_by for change in changes} == {coordinator}


def test_bulk_action_is_refused_to_a_user_who_may_only_view(client, viewer):
    volunteer = VolunteerFactory()
    client.force_login(viewer)
    url = reverse("wagtail_bulk_action", args=["registry", "volunteer", "change_status"])
    client.post(f"{url}?id={volunteer.pk}", {"status": "active"})
    volunteer.refresh_from_db()
    assert volunteer.status == "applied"


def test_bulk_action_with_an_unknown_status_changes_nothing(coordinator_client):
    volunteer = VolunteerFactory()
    url = reverse("wagtail_bulk_action", args=["registry", "volunteer", "change_status"])
    response = coordinator_client.post(f"{url}?id={volunteer.pk}", {"status": "promoted"})
    assert response.status_code == 200
    volunteer.refresh_from_db()
    assert volunteer.status == "applied"


def test_opening_a_volunteers_record_is_written_to_the_audit_log(coordinator_client, coordinator, volunteer):
    coordinator_client.get(reverse("wagtailsnippets_registry_volunteer:inspect", args=[volunteer.pk]))
    coordinator_client.get(reverse("wagtailsnippets_registry_volunteer:edit", args=[volunteer.pk]))
    entries = ModelLogEntry.objects.filter(action="registry.view", object_id=str(volunteer.pk))
    assert sorted(entries.values_list("data__view", flat=True)) == ["edit", "inspect"]
    assert {entry.user for entry in entries} == {coordinator}


def test_audit_entries_about_a_volunteer_hold_no_personal_data(coordinator_client, volunteer):
    coordinator_client.get(reverse("wagtailsnippets_registry_volunteer:inspect", args=[volunteer.pk]))
    coordinator_client.post(
        reverse("wagtailsnippets_registry_volunteer:edit", args=[volunteer.pk]),
        edit_form_data(volunteer, status="screening"),
    )
    entries = ModelLogEntry.objects.filter(object_id=str(volunteer.pk), content_type__model="volunteer")
    assert entries.count() >= 3
    stored = json.dumps([[entry.label, entry.data] for entry in entries], ensure_ascii=False)
    for personal in PERSONAL_VALUES:
        assert personal not in stored
