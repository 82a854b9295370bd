"""Right of access: everything held on one volunteer, as a JSON download for coordinators only."""

import datetime
import json
from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from registry.gdpr.export import personal_data
from registry.models import Volunteer
from tests.registry.factories import (
    AreaFactory,
    OrganisationFactory,
    RecognitionFactory,
    ServiceRecordFactory,
    VolunteerFactory,
)

from .registry_users import user_in_group, view_only_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def volunteer():
    host = OrganisationFactory(name="Komenda Miejska Policji w Kielcach")
    person = VolunteerFactory(
        first_name="Bożena",
        last_name="Wiśniewska",
        email="bozena.w@example.org",
        phone="+48601222333",
        city="Kielce",
        date_of_birth=datetime.date(1985, 3, 9),
        languages="polski, angielski",
        notes="Prefers weekend events.",
        organisation=host,
        consent_text_version="2",
        consent_public_name=True,
        areas=[AreaFactory(name="Bezpieczeństwo nad wodą")],
    )
    person.status = Volunteer.Status.ACTIVE
    person.save()
    ServiceRecordFactory(volunteer=person, hours=Decimal("4.50"), note="Festyn nad zalewem", organisation=host)
    RecognitionFactory(volunteer=person, organisation=None, title="Wolontariuszka roku")
    return person


def url(volunteer):
    return reverse("registry_volunteer_personal_data", args=[volunteer.pk])


def test_personal_data_holds_every_stored_field(volunteer):
    data = personal_data(volunteer)["volunteer"]
    assert {field.name for field in Volunteer._meta.concrete_fields} == set(data)
    assert data["first_name"] == "Bożena"
    assert data["email"] == "bozena.w@example.org"
    assert data["date_of_birth"] == datetime.date(1985, 3, 9)
    assert data["notes"] == "Prefers weekend events."


def test_personal_data_names_the_host_organisation_and_areas(volunteer):
    data = personal_data(volunteer)
    assert data["volunteer"]["organisation"] == "Komenda Miejska Policji w Kielcach"
    assert data["areas_of_interest"] == ["Bezpieczeństwo nad wodą"]


def test_personal_data_includes_status_changes_service_records_recognitions_and_consent(volunteer):
    data = personal_data(volunteer)
    assert [(c["from"], c["to"]) for c in data["status_changes"]] == [("", "applied"), ("applied", "active")]
    assert [(r["hours"], r["note"]) for r in data["service_records"]] == [(Decimal("4.50"), "Festyn nad zalewem")]
    assert [r["title"] for r in data["recognitions"]] == ["Wolontariuszka roku"]
    assert data["consent"]["text_version"] == "2"
    assert data["consent"]["agreed_to_be_named_publicly"] is True


def test_a_coordinator_downloads_the_personal_data_as_a_json_attachment(client, volunteer):
    client.force_login(user_in_group("Coordinators"))
    response = client.get(url(volunteer))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"] == f'attachment; filename="volunteer-{volunteer.pk}-personal-data.json"'
    body = json.loads(response.content)
    assert body["volunteer"]["last_name"] == "Wiśniewska"
    assert body["service_records"][0]["hours"] == "4.50"


def test_the_download_is_audit_logged_without_personal_data(client, volunteer):
    coordinator = user_in_group("Coordinators")
    client.force_login(coordinator)
    client.get(url(volunteer))
    entry = ModelLogEntry.objects.get(action="registry.volunteer.personal_data_export", object_id=str(volunteer.pk))
    assert entry.user_id == coordinator.pk
    assert entry.label.split()[-1].lstrip("#") == str(volunteer.pk)
    logged = json.dumps([entry.label, entry.data], ensure_ascii=False)
    for value in ("Bożena", "Wiśniewska", "bozena.w@example.org", "+48601222333"):
        assert value not in logged


def test_anonymous_visitors_are_sent_to_the_login_page(client, volunteer):
    response = client.get(url(volunteer))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_communications_staff_are_refused(client, volunteer):
    client.force_login(user_in_group("Communications"))
    response = client.get(url(volunteer))
    assert response.status_code == 403
    assert b"Wi\xc5\x9bniewska" not in response.content


def test_a_user_who_may_only_view_volunteers_is_refused(client, volunteer):
    client.force_login(view_only_user())
    assert client.get(url(volunteer)).status_code == 403


def test_a_refused_request_is_not_logged(client, volunteer):
    client.force_login(user_in_group("Communications"))
    client.get(url(volunteer))
    assert not ModelLogEntry.objects.filter(action="registry.volunteer.personal_data_export").exists()


def test_an_unknown_volunteer_gives_not_found(client):
    client.force_login(user_in_group("Coordinators"))
    # Followed: Django's LocaleMiddleware first tries the address with a language prefix.
    response = client.get(reverse("registry_volunteer_personal_data", args=[987654]), follow=True)
    assert response.status_code == 404
