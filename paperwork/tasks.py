"""Bulk issuing in the task queue: e.g. a certificate for everyone who served this year. Also the e-mails about a new
version of an area's safety information to people already signed up (safety_recheck.py, idempotent the same way).

Idempotent: each document carries the run's key ("certificates-2026"), unique per holder, so a task that runs
twice (a retry, a worker lost mid-task under acks_late, a second click) issues nothing more. Nor does a run
issue a second certificate to someone whose valid certificate already says the same (the same period and
hours of that year, e.g. one issued on their request).
"""

import datetime
from decimal import Decimal

from celery import shared_task
from django.contrib.auth import get_user_model
from django.db.models import Max, Min, Q, Sum

from registry.models import Volunteer

from .content import approved_records
from .issuing import issue_certificate, issue_once
from .models import IssuedDocument, SafetyInformation
from .safety_recheck import tell_about, tell_about_all

TWO_PLACES = Decimal("0.01")


def bulk_key(year):
    return f"certificates-{year}"


def served_in(year):
    """Everyone not anonymised with service records in the year (approval is checked per person)."""
    return Volunteer.objects.not_anonymised().filter(service_records__date__year=year).distinct()


def years_served():
    """The years with approved service, newest first."""
    return sorted({day.year for day in approved_records().dates("date", "year")}, reverse=True)


def year_facts(year):
    """{volunteer id: (first day, last day, hours)} of the year's approved service, as a certificate writes them."""
    rows = (
        approved_records()
        .filter(date__year=year, volunteer__in=Volunteer.objects.not_anonymised())
        .values("volunteer")
        .annotate(first=Min("date"), last=Max("date"), hours=Sum("hours"))
    )
    return {
        row["volunteer"]: (row["first"].isoformat(), row["last"].isoformat(), str(row["hours"].quantize(TWO_PLACES)))
        for row in rows
    }


def certificate_candidates(year):
    """Ids of the people a run for `year` gives a certificate: approved service in the year, no certificate from
    an earlier run for it, and no valid certificate saying exactly the same (period and hours)."""
    facts = year_facts(year)
    issued = IssuedDocument.objects.filter(kind=IssuedDocument.Kind.CERTIFICATE, holder__isnull=False).filter(
        Q(bulk_key=bulk_key(year))
        | Q(state=IssuedDocument.State.VALID, content__period_start__startswith=f"{year:04d}-")
    )
    for holder_id, key, content in issued.values_list("holder_id", "bulk_key", "content"):
        said = (content.get("period_start"), content.get("period_end"), content.get("total_hours"))
        if key == bulk_key(year) or said == facts.get(holder_id):
            facts.pop(holder_id, None)
    return sorted(facts)


def certificates_for_year(year, user_id, signatory_id=None):
    """A certificate of the year's service for each person who served in it; returns how many were new."""
    users = get_user_model().objects
    user = users.get(pk=user_id)
    signatory = users.get(pk=signatory_id) if signatory_id else user
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    created = 0
    for volunteer in Volunteer.objects.filter(pk__in=certificate_candidates(year)).order_by("pk").iterator():
        _document, new = issue_once(
            issue_certificate, volunteer, bulk_key(year), user, signatory=signatory, start=start, end=end
        )
        created += new
    return created


@shared_task(name="paperwork.certificates_for_year", ignore_result=True, acks_late=True)
def certificates_for_year_task(year, user_id, signatory_id=None):
    return certificates_for_year(year, user_id, signatory_id)


@shared_task(name="paperwork.safety_new_version", ignore_result=True, acks_late=True)
def safety_new_version(information_id):
    """After a version is saved: e-mail the people who owe it for shifts still to come (each once ever)."""
    information = SafetyInformation.objects.select_related("area").filter(pk=information_id).first()
    return tell_about(information) if information is not None else 0


@shared_task(name="paperwork.safety_recheck", ignore_result=True, acks_late=True)
def safety_recheck():
    """Daily: the same for every version in force now or later (a save while the broker was down)."""
    return tell_about_all()
