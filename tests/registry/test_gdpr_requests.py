"""The register of data-subject requests, the readable copy of personal data, and answering closes requests."""

import datetime
import io
import json
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from wagtail.models import ModelLogEntry

from registry.gdpr.anonymise import anonymise_volunteer
from registry.gdpr.readable import document_language, personal_data_html
from registry.models import DataSubjectRequest, add_months
from tests.registry.factories import AreaFactory, OrganisationFactory, ServiceRecordFactory, VolunteerFactory

from .registry_users import user_in_group

pytestmark = pytest.mark.django_db

Kind = DataSubjectRequest.Kind


@pytest.fixture
def person():
    volunteer = VolunteerFactory(
        first_name="Bożena",
        last_name="Wiśniewska",
        email="bozena.w@example.org",
        availability="evenings",
        consent_public_name=True,
        organisation=OrganisationFactory(name="Komenda Miejska Policji"),
        areas=[AreaFactory(name="Bezpieczeństwo nad wodą")],
    )
    ServiceRecordFactory(volunteer=volunteer, date=datetime.date(2026, 6, 28), note="Festyn nad zalewem")
    return volunteer


@pytest.fixture
def coordinator_client(client):
    client.force_login(user_in_group("Coordinators"))
    return client


# Deadlines


@pytest.mark.parametrize(
    "received, months, deadline",
    [
        (datetime.date(2026, 3, 15), 1, datetime.date(2026, 4, 15)),
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2028, 1, 31), 1, datetime.date(2028, 2, 29)),
        (datetime.date(2026, 12, 10), 1, datetime.date(2027, 1, 10)),
        (datetime.date(2026, 11, 30), 3, datetime.date(2027, 2, 28)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_last_of_a_shorter_month(received, months, deadline):
    assert add_months(received, months) == deadline


def test_the_deadline_is_one_month_after_receipt():
    data_request = DataSubjectRequest.objects.create(kind=Kind.ACCESS, received_on=datetime.date(2026, 1, 31))
    assert data_request.deadline == datetime.date(2026, 2, 28)


def test_an_extension_adds_two_months_and_needs_a_reason():
    data_request = DataSubjectRequest(kind=Kind.ERASURE, received_on=datetime.date(2026, 3, 1), extended=True)
    with pytest.raises(ValidationError) as error:
        data_request.full_clean()
    assert "extension_reason" in error.value.message_dict
    data_request.extension_reason = "Wiele powiązanych rejestrów"
    data_request.full_clean()
    data_request.save()
    assert data_request.deadline == datetime.date(2026, 6, 1)


def test_open_and_overdue_requests():
    today = timezone.localdate()
    late = DataSubjectRequest.objects.create(kind=Kind.ACCESS, received_on=today - datetime.timedelta(days=40))
    fresh = DataSubjectRequest.objects.create(kind=Kind.ACCESS, received_on=today)
    done = DataSubjectRequest.objects.create(
        kind=Kind.ACCESS, received_on=today - datetime.timedelta(days=40), done_on=today
    )
    assert set(DataSubjectRequest.objects.open()) == {late, fresh}
    assert list(DataSubjectRequest.objects.overdue()) == [late]
    assert not done.is_overdue()


def test_an_answer_before_receipt_is_refused():
    data_request = DataSubjectRequest(
        kind=Kind.ACCESS, received_on=datetime.date(2026, 3, 10), done_on=datetime.date(2026, 3, 9)
    )
    with pytest.raises(ValidationError):
        data_request.full_clean()


# The register in the admin


def test_a_coordinator_records_a_request_and_the_deadline_is_computed(coordinator_client, person):
    response = coordinator_client.post(
        reverse("wagtailsnippets_registry_datasubjectrequest:add"),
        {"kind": "access", "received_on": "2026-11-02", "volunteer": person.pk, "notes": "Wniosek mailem"},
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else None
    data_request = DataSubjectRequest.objects.get()
    assert (data_request.volunteer, data_request.deadline) == (person, datetime.date(2026, 12, 2))


def test_recording_the_answer_date_records_who_answered(coordinator_client):
    data_request = DataSubjectRequest.objects.create(kind=Kind.OBJECTION, received_on=timezone.localdate())
    coordinator_client.post(
        reverse("wagtailsnippets_registry_datasubjectrequest:edit", args=[data_request.pk]),
        {"kind": "objection", "received_on": data_request.received_on.isoformat(), "done_on": data_request.received_on},
    )
    data_request.refresh_from_db()
    assert data_request.done_on == data_request.received_on
    assert data_request.done_by.username == "coordinators"


def test_the_listing_filters_overdue_requests(coordinator_client):
    today = timezone.localdate()
    late = DataSubjectRequest.objects.create(kind=Kind.ACCESS, received_on=today - datetime.timedelta(days=45))
    fresh = DataSubjectRequest.objects.create(kind=Kind.PORTABILITY, received_on=today)
    response = coordinator_client.get(reverse("wagtailsnippets_registry_datasubjectrequest:list"), {"state": "overdue"})
    shown = {obj.pk for obj in response.context["object_list"]}
    assert shown == {late.pk}
    assert fresh.pk not in shown


def test_the_dashboard_counts_open_and_overdue_requests(coordinator_client):
    today = timezone.localdate()
    DataSubjectRequest.objects.create(kind=Kind.ACCESS, received_on=today - datetime.timedelta(days=45))
    DataSubjectRequest.objects.create(kind=Kind.ACCESS, received_on=today)
    content = coordinator_client.get(reverse("wagtailadmin_home")).content.decode()
    # The group's users get the Polish admin: the counts use Polish plural forms.
    assert "2 otwarte żądania" in content
    assert "1 po terminie" in content


def test_communications_staff_see_neither_the_register_nor_the_dashboard_count(client):
    DataSubjectRequest.objects.create(kind=Kind.ACCESS, received_on=timezone.localdate())
    client.force_login(user_in_group("Communications"))
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "open request" not in home
    assert reverse("wagtailsnippets_registry_datasubjectrequest:list") not in home
    listing = client.get(reverse("wagtailsnippets_registry_datasubjectrequest:list"))
    assert listing.status_code in (302, 403)


# The readable copy


def zip_members(response):
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_the_copy_is_a_zip_with_a_readable_document_and_the_json(coordinator_client, person):
    response = coordinator_client.get(reverse("registry_volunteer_personal_data_copy", args=[person.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == f'attachment; filename="dane-osobowe-{person.pk}.zip"'
    members = zip_members(response)
    assert set(members) == {f"dane-osobowe-{person.pk}.html", f"dane-osobowe-{person.pk}.json"}
    assert json.loads(members[f"dane-osobowe-{person.pk}.json"])["volunteer"]["email"] == "bozena.w@example.org"


def test_the_document_is_polish_by_default_with_words_not_codes(person):
    assert document_language(person) == "pl"
    html = personal_data_html(person)
    assert '<html lang="pl">' in html
    assert "Twoje dane osobowe" in html
    assert "Wieczorami" in html  # availability "evenings"
    assert "evenings" not in html
    assert "28 czerwca 2026" in html
    assert "Bezpieczeństwo nad wodą" in html and "Komenda Miejska Policji" in html
    assert "Festyn nad zalewem" in html
    assert ">tak<" in html  # agreed to be named publicly
    assert "True" not in html and "None" not in html


def test_the_document_follows_the_volunteers_preferred_language(person):
    person.preferred_language = "en"
    person.save()
    html = personal_data_html(person)
    assert '<html lang="en">' in html
    assert "Your personal data" in html
    assert "Evenings" in html
    assert "28 June 2026" in html


def test_the_document_lists_every_stored_field(person):
    html = personal_data_html(person, "en").lower()
    with translation.override("en"):
        labels = {field.name: str(field.verbose_name).lower() for field in type(person)._meta.concrete_fields}
    for name, label in labels.items():
        assert f'<th scope="row">{escape(label)}</th>' in html, name


def test_the_copy_is_audit_logged(coordinator_client, person):
    coordinator_client.get(reverse("registry_volunteer_personal_data_copy", args=[person.pk]))
    assert ModelLogEntry.objects.filter(
        action="registry.volunteer.personal_data_export", object_id=str(person.pk), data__format="zip"
    ).exists()


def test_communications_staff_are_refused_the_copy(client, person):
    client.force_login(user_in_group("Communications"))
    response = client.get(reverse("registry_volunteer_personal_data_copy", args=[person.pk]))
    assert response.status_code == 403
    assert b"Wi\xc5\x9bniewska" not in response.content


# Answering closes the request


def test_downloading_the_copy_for_a_request_closes_it(coordinator_client, person):
    data_request = DataSubjectRequest.objects.create(volunteer=person, kind=Kind.ACCESS)
    other = DataSubjectRequest.objects.create(volunteer=person, kind=Kind.RECTIFICATION)
    url = reverse("registry_volunteer_personal_data_copy", args=[person.pk])
    coordinator_client.get(f"{url}?request={data_request.pk}")
    data_request.refresh_from_db()
    other.refresh_from_db()
    assert data_request.done_on == timezone.localdate()
    assert data_request.done_by.username == "coordinators"
    assert other.is_open


def test_a_request_of_someone_else_is_not_closed_by_the_copy(coordinator_client, person):
    someone_else = DataSubjectRequest.objects.create(volunteer=VolunteerFactory(), kind=Kind.ACCESS)
    url = reverse("registry_volunteer_personal_data_copy", args=[person.pk])
    coordinator_client.get(f"{url}?request={someone_else.pk}")
    someone_else.refresh_from_db()
    assert someone_else.is_open


def test_anonymising_closes_the_open_erasure_request_and_the_register_keeps_it(coordinator_client, person):
    data_request = DataSubjectRequest.objects.create(
        volunteer=person, kind=Kind.ERASURE, notes="Prośba od Bożena Wiśniewska, bozena.w@example.org"
    )
    coordinator_client.post(reverse("registry_volunteer_anonymise", args=[person.pk]))
    data_request.refresh_from_db()
    assert data_request.done_on == timezone.localdate()
    assert data_request.volunteer_id == person.pk
    assert "Wiśniewska" not in data_request.notes and "bozena.w@example.org" not in data_request.notes


def test_the_register_survives_deleting_the_volunteer(person):
    data_request = DataSubjectRequest.objects.create(volunteer=person, kind=Kind.ERASURE)
    anonymise_volunteer(person)
    person.delete()
    data_request.refresh_from_db()
    assert data_request.volunteer is None


def test_the_json_export_lists_the_persons_requests(person):
    from registry.gdpr.export import personal_data

    DataSubjectRequest.objects.create(volunteer=person, kind=Kind.ACCESS, received_on=datetime.date(2026, 11, 2))
    requests = personal_data(person)["data_subject_requests"]
    assert [(item["kind"], item["deadline"]) for item in requests] == [("access", datetime.date(2026, 12, 2))]
