"""The paperwork's records in the person's data export: in the JSON and in the readable copy, with labels and
words instead of codes; the requests for documents too, and gone once the person is anonymised."""

import datetime
import json

import pytest

from paperwork import document_requests, issuing
from paperwork.models import (
    Agreement,
    DocumentRequest,
    GuardianConsent,
    SafeguardingCheck,
    SafetyInformation,
    VolunteerSafetyAcknowledgement,
)
from registry.gdpr.anonymise import anonymise_volunteer
from registry.gdpr.export import personal_data_json
from registry.gdpr.readable import personal_data_html

DAY = datetime.date(2026, 5, 1)


@pytest.fixture
def paperwork(served, coordinator, organisation, area):
    """One of each paperwork record for the served volunteer."""
    certificate = issuing.issue_certificate(served, coordinator, scope_note="Dyżury na kąpielisku")
    Agreement.objects.create(
        volunteer=served,
        organisation=organisation,
        starts_on=DAY,
        tasks="Dyżury nad wodą",
        manner="Według grafiku",
        termination_terms="Za porozumieniem stron",
    )
    information = SafetyInformation.objects.create(area=area, version=3, in_force_from=DAY, text_pl="<p>Ryzyka</p>")
    VolunteerSafetyAcknowledgement.objects.create(volunteer=served, information=information, acknowledged_on=DAY)
    GuardianConsent.objects.create(
        volunteer=served, guardian_name="Anna Rodzic", guardian_contact="+48600100200", given_on=DAY
    )
    SafeguardingCheck.objects.create(volunteer=served, checked_on=DAY, outcome="cleared", evidence="criminal_record")
    (waiting,), _already = document_requests.ask(served, ["opinion"], "en")
    return {"certificate": certificate, "request": waiting}


def test_the_json_copy_keeps_every_paperwork_section_with_codes(served, paperwork):
    data = json.loads(personal_data_json(served))
    assert data["issued_documents"][0]["number"] == paperwork["certificate"].number
    assert data["issued_documents"][0]["kind"] == "certificate"
    assert data["agreements"][0]["tasks"] == "Dyżury nad wodą"
    assert data["safety_acknowledgements"][0] == {"area": "Bezpieczeństwo nad wodą", "version": 3, "on": "2026-05-01"}
    assert data["guardian_consents"][0]["guardian"] == "Anna Rodzic"
    assert data["child_protection_checks"][0]["outcome"] == "cleared"
    assert data["document_requests"] == [
        {
            "kind": "opinion",
            "language": "en",
            "requested_at": data["document_requests"][0]["requested_at"],
            "state": "open",
            "answered_at": None,
            "document": None,
            "decline_reason": "",
        }
    ]


def test_the_readable_copy_has_the_paperwork_sections_with_labels_and_words(served, paperwork):
    html = personal_data_html(served, "en")
    for heading in (
        "Documents issued",
        "Agreements",
        "Health and safety information acknowledged",
        "Guardians&#x27; consents",
        "Child-protection checks",
        "Requests for documents",
    ):
        assert f"<h2>{heading}</h2>" in html, heading
    certificate = paperwork["certificate"]
    # Words, not codes; what the document says as sentences; local dates.
    for text in (
        certificate.number,
        "Certificate",
        "Valid",
        "Polish",
        "Tasks performed: Dyżury na kąpielisku",
        "Hours: 7.5;",
        "Dyżury nad wodą",
        "Anna Rodzic",
        "May work with minors",
        "Certificate from the National Criminal Register",
        "Opinion on the work done",
        "Waiting",
        "1 May 2026",
    ):
        assert text in html, text
    assert ">cleared<" not in html and ">criminal_record<" not in html and ">opinion<" not in html


def test_the_readable_copy_after_an_answer_shows_its_document(served, paperwork, coordinator):
    answered = document_requests.fulfil(
        paperwork["request"],
        coordinator,
        lambda locked: issuing.issue_opinion(served, coordinator, assessment="Rzetelna praca", language="en"),
    )
    html = personal_data_html(served, "en")
    assert "Issued" in html and answered.document.number in html and "Assessment: Rzetelna praca" in html


def test_anonymising_removes_the_requests_and_keeps_the_register(served, paperwork, coordinator):
    anonymise_volunteer(served, coordinator)
    assert not DocumentRequest.objects.exists()
    paperwork["certificate"].refresh_from_db()
    assert paperwork["certificate"].content == {}
    data = json.loads(personal_data_json(served))
    assert data["document_requests"] == [] and data["guardian_consents"] == []
