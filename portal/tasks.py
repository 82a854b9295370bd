"""The volunteer's page's nightly clean-up (celery beat; also `manage.py portal_purge`)."""

from celery import shared_task

from . import housekeeping


@shared_task(name="portal.purge", ignore_result=True)
def purge():
    housekeeping.purge()
