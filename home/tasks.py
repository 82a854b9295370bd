"""The site's own scheduled job (celery beat, Europe/Warsaw): the accessibility statement's yearly review."""

from celery import shared_task

from .accessibility_review import send_review_reminders


@shared_task(name="home.accessibility_review_reminder", ignore_result=True)
def accessibility_review_reminder():
    send_review_reminders()
