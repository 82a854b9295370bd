"""Anonymising a volunteer removes the person from every table, log and revision, and keeps the statistics."""

import json
from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Revision

from registry.gdpr.anonymise import ANONYMISE_ACTION, anonymise_volunteer
from registry.models import Recognition, ServiceRecord, StatusChange, Volunteer
from tests.registry.factories import RecognitionFactory, ServiceRecordFactory, VolunteerFactory

pytestmark = pytest.mark.django_db

PERSON = {
    "first_name": "Eufrozyna",
    "last_name": "Zdziebłowska",
    "email": "eufrozyna.z@example.org",
    "phone": "+48601777888",
    "city": "Sandomierz",
    "languages": "polski, język migowy",
    "message": "Chcę pomagać seniorom w Sandomierzu.",
    "notes": "Rozmowa kwalifikacyjna odbyta telefonicznie.",
}


def texts_containing(values):
    """Every text or JSON value, in every table of every model, that contains one of `values`."""
    tables = set(connection.introspection.table_names())
    wanted = [value.lower() for value in values]
    found = []
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or model._meta.db_table not in tables:
            continue
        fields = [
            field.attname
            for field in model._meta.concrete_fields
            if isinstance(field, models.CharField | models.TextField | models.JSONField)
        ]
        if not fields:
            continue
        for row in model._base_manager.values_list("pk", *fields):
            for field, value in zip(fields, row[1:], strict=True):
                text = (value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)).lower()
                found += [(model._meta.label, field, row[0]) for needle in wanted if needle in text]
    return found


@pytest.fixture
def volunteer():
    person = VolunteerFactory(**PERSON, consent_public_name=True)
    person.status = Volunteer.Status.ACTIVE
    person.save()
    record = ServiceRecordFactory(
        volunteer=person, hours=Decimal("5.00"), note="Eufrozyna Zdziebłowska prowadziła zajęcia"
    )
    recognition = RecognitionFactory(volunteer=person, organisation=None, title="Dyplom: Eufrozyna Zdziebłowska")
    # What older code or another admin view could have left behind: a label with the name, values in data.
    log(person, "wagtail.edit", title="Eufrozyna Zdziebłowska", data={"email": PERSON["email"], "fields": PERSON})
    log(recognition, "wagtail.create")
    log(record, "wagtail.create", data={"note": record.note})
    content_type = ContentType.objects.get_for_model(Volunteer)
    revision = Revision.objects.create(
        content_type=content_type,
        base_content_type=content_type,
        object_id=str(person.pk),
        created_at=timezone.now(),
        content=PERSON,
        object_str=person.full_name,
    )
    log(person, "wagtail.edit", revision=revision)
    return person


def test_no_personal_value_is_left_in_any_table(volunteer):
    assert texts_containing(PERSON.values())  # the check finds them before...
    anonymise_volunteer(volunteer)
    assert texts_containing(PERSON.values()) == []  # ...and nowhere after.


def test_personal_fields_are_cleared(volunteer):
    anonymise_volunteer(volunteer)
    volunteer.refresh_from_db()
    assert (volunteer.first_name, volunteer.last_name, volunteer.phone, volunteer.city) == ("", "", "", "")
    assert volunteer.date_of_birth is None
    assert volunteer.notes == volunteer.message == volunteer.languages == ""
    assert volunteer.consent_public_name is False
    assert volunteer.anonymised_at is not None


def test_the_email_becomes_a_unique_placeholder_and_the_address_can_apply_again(volunteer):
    anonymise_volunteer(volunteer)
    volunteer.refresh_from_db()
    assert volunteer.email == f"anonymised-{volunteer.pk}@anonymised.invalid"
    VolunteerFactory(email=PERSON["email"])  # the unique-email constraint no longer holds the old record


def test_status_hours_recognitions_and_status_changes_are_kept(volunteer):
    changes = StatusChange.objects.filter(volunteer=volunteer).count()
    anonymise_volunteer(volunteer)
    volunteer.refresh_from_db()
    assert volunteer.status == Volunteer.Status.ACTIVE
    assert ServiceRecord.objects.get(volunteer=volunteer).hours == Decimal("5.00")
    assert Recognition.objects.filter(volunteer=volunteer).count() == 1
    assert StatusChange.objects.filter(volunteer=volunteer).count() == changes


def test_revisions_of_the_volunteer_are_removed(volunteer):
    anonymise_volunteer(volunteer)
    assert not Revision.objects.filter(object_id=str(volunteer.pk)).exists()
    assert not ModelLogEntry.objects.filter(object_id=str(volunteer.pk), revision__isnull=False).exists()


def test_the_anonymisation_is_logged_last_with_who_did_it(volunteer, django_user_model):
    coordinator = django_user_model.objects.create_user("coordinator")
    anonymise_volunteer(volunteer, user=coordinator)
    latest = ModelLogEntry.objects.filter(object_id=str(volunteer.pk)).order_by("-timestamp", "-pk").first()
    assert latest.action == ANONYMISE_ACTION
    assert latest.user_id == coordinator.pk
    assert latest.label.split()[-1].lstrip("#") == str(volunteer.pk)


def test_anonymising_twice_changes_nothing_more(volunteer):
    assert anonymise_volunteer(volunteer) is True
    entries = ModelLogEntry.objects.count()
    volunteer.refresh_from_db()
    assert anonymise_volunteer(volunteer) is False
    assert ModelLogEntry.objects.count() == entries


def test_other_volunteers_are_left_alone(volunteer):
    other = VolunteerFactory(first_name="Anzelm", last_name="Wróblewski", notes="Dobry kontakt.")
    anonymise_volunteer(volunteer)
    other.refresh_from_db()
    assert (other.first_name, other.last_name, other.notes) == ("Anzelm", "Wróblewski", "Dobry kontakt.")
    assert other.anonymised_at is None
