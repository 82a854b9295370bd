"""Bulk issuing in the task queue: e.g. a certificate for everyone who served this year.

Idempotent: each document carries the run's key ("certificates-2026"), unique per holder, so a task that runs
twice (a retry, a worker lost mid-task under acks_late) issues nothing more.
"""

import datetime

from celery import shared_task
from django.contrib.auth import get_user_model

from registry.models import Volunteer

from .content import approved_service_records
from .issuing import issue_certificate, issue_once


def served_in(year):
    """Everyone not anonymised with service records in the year (approval is checked per person)."""
    return Volunteer.objects.not_anonymised().filter(service_records__date__year=year).distinct()


def certificates_for_year(year, user_id, signatory_id=None):
    """A certificate of the year's service for each person who served in it; returns how many were new."""
    users = get_user_model().objects
    user = users.get(pk=user_id)
    signatory = users.get(pk=signatory_id) if signatory_id else user
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    created = 0
    for volunteer in served_in(year).order_by("pk").iterator():
        if not approved_service_records(volunteer).filter(date__gte=start, date__lte=end).exists():
            continue
        _document, new = issue_once(
            issue_certificate, volunteer, f"certificates-{year}", user, signatory=signatory, start=start, end=end
        )
        created += new
    return created


@shared_task(name="paperwork.certificates_for_year", ignore_result=True, acks_late=True)
def certificates_for_year_task(year, user_id, signatory_id=None):
    return certificates_for_year(year, user_id, signatory_id)
