import datetime
import json

from paperwork import issuing
from paperwork.models import GuardianConsent, IssuedDocument
from paperwork.tasks import certificates_for_year, certificates_for_year_task
from registry.gdpr.anonymise import anonymise_volunteer
from registry.gdpr.export import personal_data_json
from registry.models import ServiceRecord
from tests.registry.factories import VolunteerFactory


def test_bulk_certificates_are_made_once_however_often_the_task_runs(served, coordinator):
    idle = VolunteerFactory()
    ServiceRecord.objects.create(volunteer=idle, date=datetime.date(2025, 5, 1), hours=1)
    assert certificates_for_year(2026, coordinator.pk) == 1
    certificates_for_year_task.delay(2026, coordinator.pk)  # tests run tasks in-process
    assert IssuedDocument.objects.filter(kind="certificate").count() == 1
    document = IssuedDocument.objects.get()
    assert (document.holder, document.bulk_key) == (served, "certificates-2026")
    assert document.content["total_hours"] == "7.50"


def test_documents_and_consents_are_in_the_personal_data_export(served, coordinator):
    document = issuing.issue_certificate(served, coordinator)
    GuardianConsent.objects.create(
        volunteer=served, guardian_name="Anna Rodzic", guardian_contact="+48600", given_on=datetime.date(2026, 1, 1)
    )
    data = json.loads(personal_data_json(served))
    assert data["issued_documents"][0]["number"] == document.number
    assert data["guardian_consents"][0]["guardian"] == "Anna Rodzic"


def test_anonymising_keeps_the_register_row_without_what_identifies_the_person(client, served, coordinator):
    document = issuing.issue_certificate(served, coordinator)
    GuardianConsent.objects.create(
        volunteer=served, guardian_name="Anna Rodzic", guardian_contact="+48600", given_on=datetime.date(2026, 1, 1)
    )
    anonymise_volunteer(served, coordinator)
    document.refresh_from_db()
    assert document.content == {} and document.holder_initials == ""
    assert (document.number, document.state) == (f"1/{document.year}", "valid")
    assert not GuardianConsent.objects.exists()


def test_a_holder_gets_their_own_documents_and_pdfs_and_no_one_elses(served, coordinator):
    import pytest

    from paperwork.holders import documents_for, pdf_for

    mine = issuing.issue_certificate(served, coordinator)
    stranger = VolunteerFactory()
    assert list(documents_for(served)) == [mine]
    name, data = pdf_for(served, mine.pk)
    assert name.endswith(".pdf") and data.startswith(b"%PDF")
    with pytest.raises(IssuedDocument.DoesNotExist):
        pdf_for(stranger, mine.pk)


def test_the_command_queues_the_years_certificates(served, coordinator):
    from django.core.management import call_command

    call_command("paperwork_certificates_for_year", "2026", user=coordinator.username)
    call_command("paperwork_certificates_for_year", "2026", user=coordinator.username)
    assert IssuedDocument.objects.filter(holder=served, bulk_key="certificates-2026").count() == 1
