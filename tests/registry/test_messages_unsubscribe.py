"""The unsubscribe link in programme messages: signed, no login, a confirming POST, both languages, names no one."""

import re

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import translation

from registry.join.emails import ApplicationMessage, queue_application_emails
from registry.messages.unsubscribe import make_token, volunteer_id_from_token
from registry.models import Volunteer
from tests.registry.factories import VolunteerFactory

from .message_helpers import COMPOSE_URL, message_data, preview_then_send

pytestmark = pytest.mark.django_db


def path_for(volunteer, language="pl"):
    with translation.override(language):
        return reverse("registry_messages_unsubscribe", args=[make_token(volunteer)])


def page_prefix(language):
    """/pl/wypisz/ or /en/unsubscribe/: the address of the page without the token."""
    with translation.override(language):
        return reverse("registry_messages_unsubscribe", args=["x"]).removesuffix("x/")


@pytest.fixture
def person():
    return VolunteerFactory(status=Volunteer.Status.ACTIVE, first_name="Bożydar", email="bozydar@example.org")


def test_opening_the_link_asks_and_changes_nothing(client, person):
    response = client.get(path_for(person))
    assert response.status_code == 200
    assert "Tak, nie chcę wiadomości programu" in response.text or "Yes, stop programme messages" in response.text
    assert 'method="post"' in response.text
    person.refresh_from_db()
    assert not person.unsubscribed_from_messages


@pytest.mark.parametrize(("language", "heading"), [("pl", 'lang="pl"'), ("en", 'lang="en"')])
def test_the_page_is_in_the_language_of_the_link_and_names_no_one(client, person, language, heading):
    response = client.get(path_for(person, language))
    assert response.status_code == 200
    assert heading in response.text
    assert "Bożydar" not in response.text and "bozydar@example.org" not in response.text
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_confirming_unsubscribes_without_login(client, person):
    response = client.post(path_for(person))
    assert response.status_code == 200
    person.refresh_from_db()
    assert person.unsubscribed_from_messages


def test_a_forged_or_damaged_token_is_refused_and_changes_nothing(client, person):
    unsalted = signing.dumps(person.pk)
    for token in (unsalted, make_token(person)[:-2] + "xx", "1"):
        with translation.override("pl"):
            path = reverse("registry_messages_unsubscribe", args=[token])
        assert client.get(path).status_code == 404
        assert client.post(path).status_code == 404
    person.refresh_from_db()
    assert not person.unsubscribed_from_messages


def test_an_anonymised_record_gets_the_same_answer_and_stays_as_it_is(client, person):
    Volunteer.objects.filter(pk=person.pk).update(anonymised_at="2026-01-01T00:00:00Z")
    assert client.post(path_for(person)).status_code == 200
    person.refresh_from_db()
    assert not person.unsubscribed_from_messages


def test_the_link_in_a_message_unsubscribes_and_the_next_message_leaves_the_person_out(
    client, sender_client, person, mailoutbox, django_capture_on_commit_callbacks
):
    other = VolunteerFactory(status=Volunteer.Status.ACTIVE)
    with django_capture_on_commit_callbacks(execute=True):
        preview_then_send(sender_client, COMPOSE_URL, message_data())
    [first] = [message for message in mailoutbox if message.to == [person.email]]
    link = re.search(rf"http://testserver({re.escape(page_prefix('pl'))}\S+/)", first.body).group(1)
    # The person's own link, in their language (the signature carries the second it was made: compare what it says).
    assert volunteer_id_from_token(link.rstrip("/").rsplit("/", 1)[1]) == person.pk
    client.post(link)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        preview_then_send(sender_client, COMPOSE_URL, message_data())
    assert [message.to for message in mailoutbox] == [[other.email]]


def test_e_mails_about_the_persons_own_application_still_go_after_unsubscribing(
    person, mailoutbox, django_capture_on_commit_callbacks
):
    Volunteer.objects.filter(pk=person.pk).update(unsubscribed_from_messages=True)
    message = ApplicationMessage(
        volunteer_id=person.pk,
        is_repeat=True,
        repeat_number=1,
        language="pl",
        applicant_email=person.email,
        coordinators_email="",
    )
    with django_capture_on_commit_callbacks(execute=True):
        queue_application_emails(message)
    assert [message.to for message in mailoutbox] == [[person.email]]
    assert page_prefix("pl") not in mailoutbox[0].body and "/unsubscribe/" not in mailoutbox[0].body


def test_the_polish_page_has_a_polish_address(person):
    assert path_for(person, "pl").startswith("/pl/wypisz/")
    assert path_for(person, "en").startswith("/en/unsubscribe/")


@pytest.mark.parametrize("language", ["pl", "en"])
def test_links_already_sent_with_the_english_address_still_ask_and_unsubscribe(client, person, language):
    old_link = f"/{language}/unsubscribe/{make_token(person)}/"

    page = client.get(old_link, follow=True)
    assert page.status_code == 200 and f'lang="{language}"' in page.text
    assert 'method="post"' in page.text
    person.refresh_from_db()
    assert not person.unsubscribed_from_messages

    assert client.post(old_link, follow=True).status_code == 200
    person.refresh_from_db()
    assert person.unsubscribed_from_messages


def test_the_old_address_leads_to_the_page_in_the_links_language_keeping_a_post(rf, person):
    from registry.messages.unsubscribe import old_address

    token = make_token(person)
    for method in ("get", "post"):
        with translation.override("pl"):
            response = old_address(getattr(rf, method)(f"/pl/unsubscribe/{token}/"), token)
            assert response.status_code == 308  # permanent, and a POST is posted again
            assert response["Location"] == reverse("registry_messages_unsubscribe", args=[token])
            assert response["Location"].startswith("/pl/")
    person.refresh_from_db()
    assert not person.unsubscribed_from_messages
