"""The emails an application sends: the applicant's in their language, the coordinators' without personal data."""

import logging
from unittest import mock

import pytest

from registry.models import Volunteer

from .join_fixtures import (  # noqa: F401
    COORDINATORS,
    application,
    english_join_page_fixture,
    join_page_fixture,
    join_settings_fixture,
)

JOIN_URL = "/pl/dolacz/"


@pytest.fixture
def apply(client, django_capture_on_commit_callbacks):
    def submit(url=JOIN_URL, **overrides):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, application(**overrides))

    return submit


def sent_to(mailoutbox, address):
    return [message for message in mailoutbox if address in message.to]


def test_the_applicant_gets_a_confirmation(apply, join_page, mailoutbox):
    apply()
    [message] = sent_to(mailoutbox, "zofia.wasowska@example.org")
    assert "Dziękujemy" in message.body
    assert Volunteer.objects.get().confirmation_sent is True


@pytest.mark.parametrize("repeat", [False, True])
def test_the_applicants_email_quotes_nothing_they_typed(apply, join_page, mailoutbox, repeat):
    # The form mails any address: a name, city or message quoted back would let anyone send their own text.
    if repeat:
        apply(first_name="Wcześniej")
        mailoutbox.clear()
    apply(first_name="Kliknij", last_name="Tutaj", city="Przelew", message="https example.org/pay")
    [message] = sent_to(mailoutbox, "zofia.wasowska@example.org")
    for typed in ("Kliknij", "Tutaj", "Przelew", "example.org/pay", "Wcześniej"):
        assert typed not in message.subject + message.body


def test_the_applicants_email_is_in_the_language_of_the_page_they_used(apply, english_join_page, mailoutbox):
    apply(url="/en/join/")
    [message] = sent_to(mailoutbox, "zofia.wasowska@example.org")
    assert "Thank you for applying to volunteer" in message.body


def test_emails_are_plain_text(apply, join_page, mailoutbox):
    apply()
    [message] = sent_to(mailoutbox, "zofia.wasowska@example.org")
    assert not message.alternatives
    assert "&" not in message.body


def test_the_coordinators_get_a_link_to_the_record(apply, join_page, mailoutbox):
    apply()
    volunteer = Volunteer.objects.get()
    [message] = sent_to(mailoutbox, COORDINATORS)
    assert f"http://testserver/admin/registry/volunteers/edit/{volunteer.pk}/" in message.body


def test_the_coordinators_email_holds_no_personal_data(apply, join_page, mailoutbox):
    apply()
    [message] = sent_to(mailoutbox, COORDINATORS)
    text = message.subject + message.body
    for personal in ("Zofia", "Wąsowska", "zofia.wasowska", "601", "234 567", "Kielce", "1990"):
        assert personal not in text


def test_emails_wait_for_the_commit(client, join_page, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(JOIN_URL, application())
    assert mailoutbox == []
    assert callbacks


def test_a_failed_email_keeps_the_application_and_logs_no_personal_data(apply, join_page, caplog, monkeypatch):
    # The "registry" logger writes to the console itself; let caplog see its records too.
    monkeypatch.setattr(logging.getLogger("registry"), "propagate", True)
    with mock.patch("registry.join.emails.send_mail", side_effect=OSError("smtp down for zofia.wasowska@example.org")):
        with caplog.at_level(logging.WARNING, logger="registry.join"):
            response = apply()
    volunteer = Volunteer.objects.get()
    assert response.status_code == 303
    assert volunteer.confirmation_sent is False
    assert f"confirmation email failed for volunteer #{volunteer.pk}" in caplog.text
    for personal in ("Zofia", "Wąsowska", "zofia.wasowska", "601 234 567", "Kielce"):
        assert personal not in caplog.text


def test_a_repeat_application_leaves_the_confirmation_flag_alone(apply, join_page, mailoutbox):
    apply()
    Volunteer.objects.update(confirmation_sent=False)
    apply(email="ZOFIA.WASOWSKA@example.org")
    assert Volunteer.objects.get().confirmation_sent is False


def test_the_coordinators_hear_of_a_repeat_without_personal_data(apply, join_page, mailoutbox):
    apply()
    mailoutbox.clear()
    apply(email="ZOFIA.WASOWSKA@example.org")
    [message] = sent_to(mailoutbox, COORDINATORS)
    assert "Zofia" not in message.body
    assert "zofia" not in message.body.lower()
