"""The volunteer's page's nightly clean-up (celery beat; also `manage.py portal_purge`)."""

from celery import shared_task

from . import email_change, housekeeping, sign_in


@shared_task(name="portal.purge", ignore_result=True)
def purge():
    housekeeping.purge()


@shared_task(name="portal.send_sign_in_link", ignore_result=True, acks_late=True)
def send_sign_in_link(link_id, token, next_path, within_limit):
    sign_in.send_link_email(link_id, token, next_path, within_limit)


@shared_task(name="portal.send_email_change_link", ignore_result=True, acks_late=True)
def send_email_change_link(change_id, token):
    email_change.send_link(change_id, token)
