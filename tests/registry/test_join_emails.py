"""The emails an application sends: the applicant's in their language, the coordinators' without personal data."""

import logging
from unittest import mock

import pytest

from outbox.models import Email
from registry.models import Volunteer

from .join_helpers import COORDINATORS, application

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
    assert message.body.startswith("Dzień dobry,\n")
    assert Volunteer.objects.get().confirmation_sent is True


def test_the_confirmation_quotes_nothing_the_applicant_typed(apply, join_page, mailoutbox):
    apply()
    [message] = sent_to(mailoutbox, "zofia.wasowska@example.org")
    html = message.alternatives[0][0]
    for personal in ("Zofia", "Wąsowska", "zofia.wasowska", "601", "Kielce", "1990"):
        assert personal not in message.subject + message.body + html


def test_replies_go_to_the_coordinators_from_a_translated_sender(apply, join_page, english_join_page, mailoutbox):
    apply()
    apply(url="/en/join/", email="jan.kowal@example.org")
    [polish] = sent_to(mailoutbox, "zofia.wasowska@example.org")
    [english] = sent_to(mailoutbox, "jan.kowal@example.org")
    assert polish.reply_to == [COORDINATORS] == english.reply_to
    assert polish.from_email.startswith("Wolontariat Obywatelski <")
    assert english.from_email.startswith("Civic Volunteering <")


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
    assert "Thank you for applying to the Civic Volunteering programme" in message.body


def test_each_email_has_a_plain_text_and_an_html_part_saying_the_same(apply, join_page, mailoutbox):
    apply()
    for message in mailoutbox:
        [(html, mimetype)] = message.alternatives
        assert mimetype == "text/html"
        assert "<" not in message.body
        assert "<html" in html
        first_line = message.body.splitlines()[0]
        assert first_line in html


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


def test_emails_are_stored_with_the_application_and_sent_after_the_commit(
    client, join_page, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(JOIN_URL, application())
    assert mailoutbox == []
    assert callbacks
    assert sorted(Email.objects.values_list("kind", flat=True)) == ["join.confirmation", "join.coordinators_new"]


def test_a_failed_email_keeps_the_application_and_logs_no_personal_data(apply, join_page, caplog):
    error = OSError("smtp down for zofia.wasowska@example.org")
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=error):
        with caplog.at_level(logging.WARNING, logger="outbox"):
            response = apply()
    volunteer = Volunteer.objects.get()
    assert response.status_code == 303
    assert volunteer.confirmation_sent is False
    confirmation = Email.objects.get(kind="join.confirmation")
    assert (confirmation.state, confirmation.attempts, confirmation.last_error) == ("queued", 1, "OSError")
    assert f"e-mail #{confirmation.pk} (join.confirmation) try 1 failed: OSError" in caplog.text
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


def test_each_repeat_application_gets_its_own_emails_once(apply, join_page, mailoutbox):
    apply()
    apply(email="ZOFIA.WASOWSKA@example.org")
    apply(email="zofia.wasowska@example.org")
    kinds = sorted(Email.objects.filter(state="sent").values_list("kind", flat=True))
    repeats = ["join.coordinators_repeat"] * 2 + ["join.repeat"] * 2
    assert kinds == ["join.confirmation", "join.coordinators_new", *repeats]
    assert len(mailoutbox) == 6


def test_the_repeat_notice_to_coordinators_is_gender_neutral(apply, join_page, mailoutbox):
    apply()
    mailoutbox.clear()
    apply(email="ZOFIA.WASOWSKA@example.org")
    [message] = sent_to(mailoutbox, COORDINATORS)
    volunteer = Volunteer.objects.get()
    assert message.subject == f"Ponowne zgłoszenie: wolontariusz nr {volunteer.pk}"
    assert "zgłosił" not in message.body
