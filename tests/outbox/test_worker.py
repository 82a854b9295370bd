"""The outbox with a real worker on Redis: what the PostgreSQL CI run checks beyond in-process tasks."""

import time

import pytest
from django.db import transaction

from outbox import queue_email
from outbox.models import Email

# serialized_rollback: the flush after a transactional test must not recreate content types under new ids,
# or the serialised-rollback tests that follow (tests/production, join duplicates) fail to restore on PostgreSQL.
pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def wait_for(condition, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_a_worker_sends_what_was_committed_once(celery_worker, mailoutbox):
    with transaction.atomic():
        email = queue_email(key="worker:1", kind="test", to="ola.lis@example.org", subject="Temat", text="Treść.")
    assert wait_for(lambda: Email.objects.get(pk=email.pk).state == "sent")
    assert [message.to for message in mailoutbox] == [["ola.lis@example.org"]]


def test_a_task_delivered_twice_sends_once(celery_worker, mailoutbox):
    from outbox.tasks import deliver

    with transaction.atomic():
        email = queue_email(key="worker:2", kind="test", to="ola.lis@example.org", subject="Temat", text="Treść.")
    # A redelivery (a worker lost after sending, before acknowledging) must not send it again.
    deliver.delay(email.pk)
    deliver.delay(email.pk)
    assert wait_for(lambda: Email.objects.get(pk=email.pk).state == "sent")
    assert wait_for(lambda: celery_worker_idle(celery_worker))
    assert len(mailoutbox) == 1


def celery_worker_idle(app):
    stats = app.control.inspect(timeout=1).active() or {}
    return all(not tasks for tasks in stats.values())
