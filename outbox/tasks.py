"""Celery tasks of the outbox. Both are idempotent: running one twice never sends an e-mail twice."""

from celery import shared_task
from django.conf import settings

from . import delivery


@shared_task(name="outbox.deliver", ignore_result=True)
def deliver(email_id):
    return delivery.deliver(email_id)


@shared_task(name="outbox.sweep", ignore_result=True)
def sweep():
    """Hand every due e-mail to the workers: retries after back-off, and what arrived while the broker was down."""
    ids = delivery.take_due()
    for email_id in ids:
        deliver.delay(email_id)
    return len(ids)


@shared_task(name="outbox.purge", ignore_result=True)
def purge():
    """Nightly: drop e-mails sent or failed more than OUTBOX_KEEP_DAYS ago."""
    return delivery.purge_old(settings.OUTBOX_KEEP_DAYS)
