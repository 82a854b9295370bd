"""The outbox: stored in the caller's transaction, sent after commit, once, with back-off and a sweep."""

import datetime
import logging
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from outbox import queue_email
from outbox.delivery import BACKOFF, MAX_ATTEMPTS, deliver, take_due
from outbox.models import Email

pytestmark = pytest.mark.django_db

ADDRESS = "ola.lis@example.org"


def queue(key="test:1", **overrides):
    fields = {"kind": "test", "to": ADDRESS, "subject": "Temat", "text": "Dzień dobry,\n\nTreść."}
    fields.update(overrides)
    return queue_email(key=key, **fields)


def fail_smtp(message="550 no such user ola.lis@example.org"):
    return mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError(message))


def at(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


def test_nothing_is_sent_before_the_commit_and_once_after(mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        queue()
        assert mailoutbox == []
    [message] = mailoutbox
    email = Email.objects.get()
    assert (email.state, email.attempts) == ("sent", 1)
    assert email.sent_at is not None
    assert message.to == [ADDRESS]


def test_a_rolled_back_cause_leaves_no_email(mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            queue()
            raise RuntimeError("the application failed")
    assert Email.objects.count() == 0
    assert mailoutbox == []


def test_the_same_key_gives_one_row_and_one_message(mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = queue()
        second = queue(subject="Inny temat")
    assert first.pk == second.pk
    assert Email.objects.count() == 1
    assert len(mailoutbox) == 1


def test_a_row_already_sent_is_left_alone(mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email = queue()
    assert deliver(email.pk) == "skipped"
    assert len(mailoutbox) == 1


def test_the_html_part_escapes_the_text_and_keeps_its_paragraphs_lists_and_links(
    mailoutbox, django_capture_on_commit_callbacks
):
    text = "Dzień dobry,\n\n<b>nie pogrubiaj</b>\n\n– pierwszy\n– drugi\n\nhttps://example.org/admin/"
    with django_capture_on_commit_callbacks(execute=True):
        queue(text=text)
    [(html, _mimetype)] = mailoutbox[0].alternatives
    assert "&lt;b&gt;nie pogrubiaj&lt;/b&gt;" in html
    assert "<li>pierwszy</li><li>drugi</li>" in html
    assert '<a href="https://example.org/admin/"' in html
    assert mailoutbox[0].body == text


def test_a_failure_keeps_the_row_with_the_error_class_only_and_logs_no_address(
    mailoutbox, caplog, django_capture_on_commit_callbacks
):
    with fail_smtp(), caplog.at_level(logging.WARNING, logger="outbox"):
        with django_capture_on_commit_callbacks(execute=True):
            queue()
    email = Email.objects.get()
    assert (email.state, email.attempts, email.last_error) == ("queued", 1, "OSError")
    assert ADDRESS not in caplog.text
    assert "550" not in email.last_error


def test_tries_back_off_and_the_sweep_sends_once_the_server_accepts(mailoutbox, django_capture_on_commit_callbacks):
    start = timezone.now()
    with fail_smtp(), django_capture_on_commit_callbacks(execute=True):
        queue()
    email = Email.objects.get()
    assert abs(email.next_attempt_at - (start + BACKOFF[0])) < datetime.timedelta(seconds=5)
    # Not due yet: the sweep leaves it.
    assert take_due(start) == []
    later = start + BACKOFF[0] + datetime.timedelta(seconds=10)
    with at(later):
        call_command("outbox_sweep")
    email.refresh_from_db()
    assert (email.state, email.attempts) == ("sent", 2)
    assert len(mailoutbox) == 1


def test_after_every_try_over_about_a_day_the_email_is_failed(mailoutbox, django_capture_on_commit_callbacks):
    moment = timezone.now()
    with fail_smtp():
        with django_capture_on_commit_callbacks(execute=True):
            queue()
        for wait in BACKOFF:
            moment += wait + datetime.timedelta(seconds=1)
            with at(moment):
                call_command("outbox_sweep")
    email = Email.objects.get()
    assert MAX_ATTEMPTS >= 5
    assert sum(BACKOFF, datetime.timedelta()) >= datetime.timedelta(hours=18)
    assert (email.state, email.attempts) == ("failed", MAX_ATTEMPTS)
    assert mailoutbox == []


def test_with_the_broker_down_the_email_waits_for_the_sweep(mailoutbox, django_capture_on_commit_callbacks):
    with mock.patch("outbox.tasks.deliver.delay", side_effect=ConnectionError("redis down")):
        with django_capture_on_commit_callbacks(execute=True):
            queue()
    assert mailoutbox == []
    # Due at once: the next sweep (once the broker is back) sends it.
    call_command("outbox_sweep")
    assert len(mailoutbox) == 1
    assert Email.objects.get().state == "sent"


def test_the_sweep_task_hands_due_rows_to_the_workers(mailoutbox, django_capture_on_commit_callbacks):
    from outbox.tasks import sweep

    with mock.patch("outbox.tasks.deliver.delay", side_effect=ConnectionError("redis down")):
        with django_capture_on_commit_callbacks(execute=True):
            queue("test:1")
            queue("test:2")
    with at(timezone.now() + datetime.timedelta(minutes=6)):
        assert sweep.delay().get() == 2
        # Leased: a sweep a moment later hands out nothing again.
        assert sweep.delay().get() == 0
    assert len(mailoutbox) == 2


def test_old_sent_and_failed_emails_are_purged_and_waiting_ones_kept(settings, django_capture_on_commit_callbacks):
    settings.OUTBOX_KEEP_DAYS = 30
    with django_capture_on_commit_callbacks(execute=True):
        queue("test:sent")
    with fail_smtp(), django_capture_on_commit_callbacks(execute=True):
        queue("test:waiting")
    Email.objects.update(created_at=timezone.now() - datetime.timedelta(days=31))
    Email.objects.create(key="test:recent", kind="test", to=ADDRESS, subject="s", body_text="t", state="sent")
    call_command("outbox_purge")
    assert sorted(Email.objects.values_list("key", flat=True)) == ["test:recent", "test:waiting"]


def test_the_try_is_recorded_before_the_mail_server_is_contacted(django_capture_on_commit_callbacks):
    """The row is written (claimed) before sending: a database that refuses the write (SQLite's "database is
    locked" under `make run`'s two worker processes) then fails the try before anything is sent, never after,
    which left a sent e-mail queued and the sweep sent it a second time."""
    with mock.patch("outbox.tasks.deliver.delay"), django_capture_on_commit_callbacks(execute=True):
        email = queue()
    seen_while_sending = []

    def send(message, *args, **kwargs):
        seen_while_sending.append(Email.objects.values_list("attempts", flat=True).get(pk=email.pk))
        return 1

    with mock.patch("django.core.mail.EmailMessage.send", autospec=True, side_effect=send):
        assert deliver(email.pk) == "sent"
    assert seen_while_sending == [1]
    email.refresh_from_db()
    assert (email.state, email.attempts) == ("sent", 1)


def test_a_database_refusing_the_claim_sends_nothing(mailoutbox, django_capture_on_commit_callbacks):
    from django.db import OperationalError

    with mock.patch("outbox.tasks.deliver.delay"), django_capture_on_commit_callbacks(execute=True):
        email = queue()
    with mock.patch.object(Email, "save", side_effect=OperationalError("database is locked")):
        with pytest.raises(OperationalError):
            deliver(email.pk)
    assert mailoutbox == []
    email.refresh_from_db()
    assert (email.state, email.attempts) == ("queued", 0)
    # The sweep sends it later, once.
    with at(timezone.now() + datetime.timedelta(minutes=6)):
        call_command("outbox_sweep")
    assert len(mailoutbox) == 1


def test_sqlite_transactions_take_the_write_lock_when_they_begin_and_wait_for_it(settings):
    """`make run` runs the server and two worker processes on one SQLite file: a transaction that starts as a
    reader and then writes gets "database is locked" at once (SQLite's deadlock rule); BEGIN IMMEDIATE waits."""
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("SQLite only")
    assert database["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert database["OPTIONS"]["timeout"] >= 20


def test_the_html_part_keeps_paragraphs_of_text_typed_in_a_browser(mailoutbox, django_capture_on_commit_callbacks):
    """A textarea posts CRLF line ends: its blank lines still part paragraphs in the HTML part."""
    with django_capture_on_commit_callbacks(execute=True):
        queue(text="Dzień dobry,\r\n\r\nzapraszamy w sobotę.\r\nDo zobaczenia.\r\n \r\nZespół koordynujący")
    [(html, _mimetype)] = mailoutbox[0].alternatives
    assert '<p style="margin:0 0 16px">Dzień dobry,</p>' in html
    assert "zapraszamy w sobotę.<br>Do zobaczenia.</p>" in html
    assert '<p style="margin:0 0 16px">Zespół koordynujący</p>' in html
