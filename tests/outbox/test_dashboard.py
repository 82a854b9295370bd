"""The coordinators' panel of undelivered e-mails and its "try again" action."""

import pytest

from outbox.models import Email

pytestmark = pytest.mark.django_db

ADDRESS = "ola.lis@example.org"


@pytest.fixture
def failed_email():
    return Email.objects.create(
        key="join.confirmation:7",
        kind="join.confirmation",
        to=ADDRESS,
        from_email="Wolontariat Obywatelski <no-reply@localhost>",
        subject="Twoje zgłoszenie",
        body_text="Dzień dobry,",
        state=Email.State.FAILED,
        attempts=7,
        last_error="SMTPRecipientsRefused",
    )


def test_coordinators_see_undelivered_emails_without_their_content(coordinator_client, failed_email):
    page = coordinator_client.get("/admin/").content.decode()
    assert 'id="outbox-undelivered-section"' in page
    assert "Application confirmation to an applicant" in page
    assert "SMTPRecipientsRefused" in page
    assert ADDRESS not in page
    assert "Twoje zgłoszenie" not in page


def test_the_panel_is_hidden_when_everything_was_delivered(coordinator_client, failed_email):
    Email.objects.update(state=Email.State.SENT)
    assert 'id="outbox-undelivered-section"' not in coordinator_client.get("/admin/").content.decode()


def test_others_neither_see_the_panel_nor_may_try_again(client, communications, failed_email, mailoutbox):
    client.force_login(communications)
    assert 'id="outbox-undelivered-section"' not in client.get("/admin/").content.decode()
    # Wagtail's admin turns the refusal (PermissionDenied) into a redirect to the dashboard.
    response = client.post(f"/admin/outbox/{failed_email.pk}/try-again/")
    assert response.status_code in (302, 403)
    failed_email.refresh_from_db()
    assert (failed_email.state, failed_email.attempts) == ("failed", 7)
    assert mailoutbox == []


def test_try_again_sends_it_once(coordinator_client, failed_email, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(f"/admin/outbox/{failed_email.pk}/try-again/")
    assert response.status_code == 302
    failed_email.refresh_from_db()
    assert (failed_email.state, failed_email.attempts) == ("sent", 1)
    assert [message.to for message in mailoutbox] == [[ADDRESS]]
    with django_capture_on_commit_callbacks(execute=True):
        coordinator_client.post(f"/admin/outbox/{failed_email.pk}/try-again/")
    assert len(mailoutbox) == 1


def test_try_again_needs_a_post(coordinator_client, failed_email):
    assert coordinator_client.get(f"/admin/outbox/{failed_email.pk}/try-again/").status_code == 405
