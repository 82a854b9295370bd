"""Scheduled jobs of the opportunities (celery beat, see CELERY_BEAT_SCHEDULE); each is also a command."""

from celery import shared_task

from . import reminders


@shared_task(name="opportunities.shift_reminders", ignore_result=True)
def shift_reminders():
    reminders.send_shift_reminders()
