"""Volunteers' requests for documents (art. 44): stored once, answered by a coordinator in one action, the person
told by one e-mail that names no one; coordinators only."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from outbox.models import Email
from paperwork import document_requests
from paperwork.dashboard import paperwork_figures
from paperwork.document_requests import EMAIL_KIND, TooManyRequests, ask
from paperwork.models import Agreement, DocumentRequest, IssuedDocument
from registry.models import Volunteer
from tests.registry.factories import VolunteerFactory

NAME_PARTS = ("Łucja", "Gąsiorowska")


@pytest.fixture
def communications(django_user_model):
    user = django_user_model.objects.create_user("comms", "comms@example.org", "a long passphrase 42")
    user.groups.add(Group.objects.get(name="Communications"))
    return user


@pytest.fixture
def asking(served):
    """The served volunteer, allowed on their page (status active), with an open certificate request."""
    Volunteer.objects.filter(pk=served.pk).update(status=Volunteer.Status.ACTIVE)
    served.refresh_from_db()
    return served


def handle_url(document_request):
    return reverse("paperwork_document_request", args=[document_request.pk])


def test_a_second_request_of_the_same_kind_while_one_is_open_is_not_stored(asking):
    stored, already = ask(asking, ["certificate"], "pl")
    assert len(stored) == 1 and already == []
    stored_again, already_again = ask(asking, ["certificate"], "en")
    assert stored_again == [] and already_again == stored
    assert DocumentRequest.objects.filter(volunteer=asking).count() == 1
    # A certificate with an opinion adds the opinion only.
    stored, already = ask(asking, ["certificate", "opinion"], "pl")
    assert [request.kind for request in stored] == ["opinion"] and len(already) == 1
    entries = ModelLogEntry.objects.filter(action=document_requests.REQUESTED_ACTION)
    assert entries.count() == 2
    assert not any(part in f"{entry.label} {entry.data}" for entry in entries for part in NAME_PARTS)


def test_asking_again_after_an_answer_stores_a_new_request(asking, coordinator):
    (first,), _already = ask(asking, ["certificate"], "pl")
    document_requests.decline(first, coordinator, "Brak godzin w wybranym okresie.")
    stored, _already = ask(asking, ["certificate"], "pl")
    assert len(stored) == 1 and stored[0].pk != first.pk


def test_new_requests_are_limited_per_person(asking, settings):
    settings.PAPERWORK_REQUEST_RATE = "1/3600"
    ask(asking, ["certificate"], "pl")
    # Asking again for what waits is free; a new kind over the limit stores nothing.
    ask(asking, ["certificate"], "pl")
    with pytest.raises(TooManyRequests):
        ask(asking, ["agreement"], "pl")
    assert list(DocumentRequest.objects.values_list("kind", flat=True)) == ["certificate"]
    # Someone else has their own allowance.
    other = VolunteerFactory(status=Volunteer.Status.ACTIVE)
    assert len(ask(other, ["agreement"], "pl")[0]) == 1


def test_a_coordinator_issues_the_certificate_from_the_request_and_the_volunteer_is_emailed_once(
    client, coordinator, asking
):
    (document_request,), _already = ask(asking, ["certificate"], "en")
    client.force_login(coordinator)
    page = client.get(handle_url(document_request))
    assert page.status_code == 200
    assert page.context["issue_form"].initial["language"] == "en"

    response = client.post(handle_url(document_request), {"language": "en", "signatory": coordinator.pk})
    assert response.status_code == 302, response.content.decode()[:2000]
    document_request.refresh_from_db()
    document = IssuedDocument.objects.get(holder=asking)
    assert (document_request.state, document_request.document, document_request.handled_by) == (
        "done",
        document,
        coordinator,
    )
    assert document_request.done_at is not None
    assert (document.kind, document.language, document.content["signatory"]["name"]) == (
        "certificate",
        "en",
        "Zofia Żak",
    )

    email = Email.objects.get(kind=EMAIL_KIND)
    assert email.to == asking.email and email.key == f"{EMAIL_KIND}:{document_request.pk}"
    # In the person's language (Polish), pointing to their page; no name, number or code.
    assert "http://testserver/pl/" in email.body_text
    for secret in (*NAME_PARTS, document.number, document.verification_code):
        assert secret not in email.body_text and secret not in email.subject

    # A second click (or another coordinator) issues nothing more and sends nothing more.
    again = client.post(handle_url(document_request), {"language": "en", "signatory": coordinator.pk})
    assert again.status_code == 302
    assert IssuedDocument.objects.count() == 1 and Email.objects.count() == 1
    entry = ModelLogEntry.objects.get(action=document_requests.ANSWERED_ACTION)
    assert document.number in str(entry.data) and not any(part in entry.label for part in NAME_PARTS)


def test_when_the_document_cannot_be_issued_the_request_stays_open_and_nobody_is_told(client, coordinator, db):
    volunteer = VolunteerFactory(status=Volunteer.Status.ACTIVE)  # no hours served
    (document_request,), _already = ask(volunteer, ["certificate"], "pl")
    client.force_login(coordinator)
    response = client.post(handle_url(document_request), {"language": "pl", "signatory": coordinator.pk})
    assert response.status_code == 200
    assert response.context["issue_form"].non_field_errors()
    document_request.refresh_from_db()
    assert document_request.state == "open"
    assert not IssuedDocument.objects.exists() and not Email.objects.exists()


def test_an_opinion_request_needs_the_assessment(client, coordinator, asking):
    (document_request,), _already = ask(asking, ["opinion"], "pl")
    client.force_login(coordinator)
    assert client.post(handle_url(document_request), {"language": "pl", "signatory": coordinator.pk}).status_code == 200
    assert not IssuedDocument.objects.exists()
    response = client.post(
        handle_url(document_request),
        {"language": "pl", "signatory": coordinator.pk, "assessment": "Rzetelna i punktualna praca."},
    )
    assert response.status_code == 302
    document_request.refresh_from_db()
    assert document_request.document.kind == "opinion"
    assert document_request.document.content["assessment"] == "Rzetelna i punktualna praca."


def test_an_agreement_request_is_answered_with_the_agreements_document(client, coordinator, asking, organisation):
    (document_request,), _already = ask(asking, ["agreement"], "pl")
    client.force_login(coordinator)
    page = client.get(handle_url(document_request)).content.decode()
    assert reverse("wagtailsnippets_paperwork_agreement:add") in page  # none recorded yet: record it first
    agreement = Agreement.objects.create(
        volunteer=asking,
        organisation=organisation,
        starts_on=datetime.date(2026, 5, 1),
        tasks="Dyżury nad wodą",
        manner="Według grafiku",
        termination_terms="Za porozumieniem stron",
    )
    response = client.post(
        handle_url(document_request), {"language": "pl", "signatory": coordinator.pk, "agreement": agreement.pk}
    )
    assert response.status_code == 302
    document_request.refresh_from_db()
    assert (document_request.state, document_request.document.agreement) == ("done", agreement)


def test_declining_needs_a_reason_the_volunteer_sees_and_the_email_leaves_out(client, coordinator, asking):
    (document_request,), _already = ask(asking, ["certificate"], "pl")
    client.force_login(coordinator)
    assert client.post(handle_url(document_request), {"decline": "1", "reason": " "}).status_code == 200
    document_request.refresh_from_db()
    assert document_request.state == "open"
    reason = "Zaświadczenie wydano 2 dni temu."
    assert client.post(handle_url(document_request), {"decline": "1", "reason": reason}).status_code == 302
    document_request.refresh_from_db()
    assert (document_request.state, document_request.decline_reason) == ("declined", reason)
    email = Email.objects.get(kind=EMAIL_KIND)
    assert reason not in email.body_text
    assert not IssuedDocument.objects.exists()


def test_nobody_is_emailed_once_withdrawn(coordinator, asking):
    (document_request,), _already = ask(asking, ["certificate"], "pl")
    Volunteer.objects.filter(pk=asking.pk).update(status=Volunteer.Status.WITHDRAWN)
    document_requests.decline(DocumentRequest.objects.get(pk=document_request.pk), coordinator, "Wycofanie.")
    assert not Email.objects.exists()


def test_the_listing_and_the_dashboard_show_open_requests_without_naming_anyone(client, coordinator, asking):
    (document_request,), _already = ask(asking, ["certificate"], "pl")
    assert paperwork_figures()["open_requests"] == 1
    client.force_login(coordinator)
    listing = client.get(reverse("paperwork_document_requests"), {"state": "open"})
    page = listing.content.decode()
    assert listing.status_code == 200 and handle_url(document_request) in page
    assert re.search(rf"(Wolontariusz nr |Volunteer #){asking.pk}\b", page)
    assert not any(part in page for part in NAME_PARTS)
    dashboard = client.get("/admin/").content.decode()
    assert reverse("paperwork_document_requests") + "?state=open" in dashboard
    # The volunteer's documents page points to the waiting request.
    documents = client.get(reverse("paperwork_volunteer_documents", args=[asking.pk])).content.decode()
    assert handle_url(document_request) in documents
    document_requests.decline(document_request, coordinator, "Powód")
    assert paperwork_figures()["open_requests"] == 0


def test_communications_staff_neither_see_nor_answer_requests(client, communications, asking):
    (document_request,), _already = ask(asking, ["certificate"], "pl")
    client.force_login(communications)
    assert client.get(reverse("paperwork_document_requests")).status_code in (302, 403)
    real = client.get(handle_url(document_request))
    missing = client.get(reverse("paperwork_document_request", args=[document_request.pk + 1000]))
    assert real.status_code == missing.status_code == 403
    assert not any(part in real.content.decode() for part in NAME_PARTS)
    client.post(handle_url(document_request), {"decline": "1", "reason": "x"})
    document_request.refresh_from_db()
    assert document_request.state == "open"


def test_the_database_refuses_a_second_open_request_of_a_kind(asking):
    """What stands behind the lock in ask(): two simultaneous requests cannot both be stored."""
    from django.db import IntegrityError, transaction

    DocumentRequest.objects.create(volunteer=asking, kind="certificate", language="pl")
    with pytest.raises(IntegrityError), transaction.atomic():
        DocumentRequest.objects.create(volunteer=asking, kind="certificate", language="en")
    DocumentRequest.objects.create(volunteer=asking, kind="certificate", language="pl", state="done")
    assert DocumentRequest.objects.filter(volunteer=asking).count() == 2
