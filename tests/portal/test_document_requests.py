"""Asking for a document on one's own page: stored once, its state shown, the answer downloadable; nobody else's
requests seen or touched."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from paperwork import document_requests
from paperwork.models import DocumentRequest

from .conftest import sign_in, url
from .test_documents import certificate_for

pytestmark = pytest.mark.django_db


def request_url(language="pl"):
    with translation.override(language):
        return reverse("portal_documents:request")


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def coordinator(db):
    user = get_user_model().objects.create_user("koordynacja", "k@example.org", "a long passphrase 42")
    user.groups.add(Group.objects.get(name="Coordinators"))
    return user


def test_the_page_offers_the_form_in_the_persons_language(signed_in):
    html = signed_in.get(url("home")).content.decode()
    assert f'action="{request_url()}"' in html
    assert 'value="certificate_opinion"' in html and 'value="agreement"' in html
    assert '<option value="pl" selected>' in html


def test_a_request_is_stored_once_and_its_state_shown(signed_in, volunteer):
    response = signed_in.post(request_url(), {"what": "certificate_opinion", "language": "en"}, follow=True)
    assert response.redirect_chain[-1] == (url("home") + "#portal-documents", 303)
    assert set(DocumentRequest.objects.filter(volunteer=volunteer).values_list("kind", "language", "state")) == {
        ("certificate", "en", "open"),
        ("opinion", "en", "open"),
    }
    assert "no-store" in response["Cache-Control"]

    again = signed_in.post(request_url(), {"what": "certificate", "language": "pl"}, follow=True)
    assert DocumentRequest.objects.filter(volunteer=volunteer).count() == 2
    assert any("już czeka na osobę koordynującą" in message for message in messages_of(again))
    html = again.content.decode()
    assert html.count("<strong>oczekuje</strong>") == 2


def section_of(html, anchor):
    """The HTML of the home page's section headed by `anchor` (up to the next section)."""
    start = html.index(f'<section class="portal-section" aria-labelledby="{anchor}">')
    return html[start : html.index("</section>", start)]


def test_the_answer_is_shown_in_the_section_the_page_comes_back_to(signed_in, volunteer):
    first = signed_in.post(request_url(), {"what": "certificate", "language": "pl"}, follow=True)
    assert first.redirect_chain[-1][0].endswith("#portal-documents")
    html = first.content.decode()
    section = section_of(html, "portal-documents")
    assert 'role="status"' in section and "Dziękujemy" in section
    top = html[: html.index('<section class="portal-section"')]
    assert "Dziękujemy" not in top and "portal-messages" not in top

    again = signed_in.post(request_url(), {"what": "certificate", "language": "pl"}, follow=True).content.decode()
    assert "już czeka na osobę koordynującą" in section_of(again, "portal-documents")
    assert "portal-messages" not in again[: again.index('<section class="portal-section"')]


def test_a_form_without_a_choice_comes_back_with_an_error_and_stores_nothing(signed_in):
    response = signed_in.post(request_url(), {"what": "everything", "language": "pl"})
    assert response.status_code == 400
    assert "Wybierz dokument." in response.content.decode()
    assert not DocumentRequest.objects.exists()
    assert signed_in.get(request_url()).status_code == 200


def test_the_error_summary_takes_the_focus_and_names_the_field_without_its_question_mark(signed_in):
    response = signed_in.post(request_url(language="en"), {"language": "en"})
    html = response.content.decode()
    assert response.status_code == 400
    summary = html[html.index('<div class="error-summary"') :]
    summary = summary[: summary.index("</div>")]
    assert 'tabindex="-1"' in summary and "autofocus" in summary
    assert "?:" not in summary
    assert '<a href="#field-what">Document: Choose the document.</a>' in summary
    assert 'id="field-what"' in html


def test_past_the_limit_the_page_says_so_and_stores_nothing(signed_in, volunteer, settings):
    settings.PAPERWORK_REQUEST_RATE = "1/3600"
    signed_in.post(request_url(), {"what": "certificate", "language": "pl"})
    response = signed_in.post(request_url(), {"what": "agreement", "language": "pl"})
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert list(DocumentRequest.objects.values_list("kind", flat=True)) == ["certificate"]


def test_the_answered_request_links_its_document(signed_in, volunteer, coordinator):
    certificate = certificate_for(volunteer)
    (waiting,), _already = document_requests.ask(volunteer, ["certificate"], "pl")
    document_requests.fulfil(waiting, coordinator, lambda locked: certificate)
    html = signed_in.get(url("home")).content.decode()
    with translation.override("pl"):
        download = reverse("portal_documents:download", args=[certificate.pk])
    assert "<strong>dokument wystawiony</strong>" in html and html.count(download) == 2


def test_a_declined_request_shows_its_reason(signed_in, volunteer, coordinator):
    (waiting,), _already = document_requests.ask(volunteer, ["agreement"], "pl")
    document_requests.decline(waiting, coordinator, "Porozumienie zostało zawarte ustnie na 10 dni.")
    html = signed_in.get(url("home")).content.decode()
    assert "<strong>odrzucona</strong>" in html and "Porozumienie zostało zawarte ustnie na 10 dni." in html


def test_another_volunteers_session_neither_sees_nor_touches_the_request(
    signed_in, volunteer, other_volunteer, make_client
):
    reason = "Powód widoczny tylko dla tej osoby"
    (first,), _already = document_requests.ask(volunteer, ["certificate"], "pl")
    first.state, first.decline_reason = "declined", reason
    first.save()
    other = sign_in(make_client(), other_volunteer)
    html = other.get(url("home")).content.decode()
    assert reason not in html and "<strong>odrzucona</strong>" not in html
    other.post(request_url(), {"what": "certificate", "language": "en"})
    first.refresh_from_db()
    assert (first.state, first.decline_reason) == ("declined", reason)
    assert DocumentRequest.objects.filter(volunteer=other_volunteer).count() == 1
    assert DocumentRequest.objects.filter(volunteer=volunteer).count() == 1


def test_without_a_session_nothing_is_stored(make_client, volunteer):
    response = make_client().post(request_url(), {"what": "certificate", "language": "pl"})
    assert response.status_code == 302 and "no-store" in response["Cache-Control"]
    assert not DocumentRequest.objects.exists()
