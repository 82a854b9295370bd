"""Who the law's deadlines have caught: service past 30 days without a signed agreement (art. 44), service
without accident insurance (art. 46). Each answer is one or two queries, for the dashboard and the lists."""

import datetime

from django.db.models import Exists, Min, OuterRef, Q

from registry.models import ServiceRecord, Volunteer

from .models import Agreement, InsurancePolicy

AGREEMENT_AFTER_DAYS = 30


def volunteers_without_agreement(today):
    """Volunteers whose service began more than 30 calendar days ago (first service record) and who have no
    signed agreement covering today. On the 31st day counted from the first service they appear here."""
    signed_agreement = Agreement.objects.filter(
        volunteer=OuterRef("pk"), signed_on__isnull=False, signed_on__lte=today, starts_on__lte=today
    ).filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
    # The first day of service is day 1, so day 31 is AGREEMENT_AFTER_DAYS days after it.
    latest_first_day = today - datetime.timedelta(days=AGREEMENT_AFTER_DAYS)
    return (
        Volunteer.objects.not_anonymised()
        .annotate(first_service=Min("service_records__date"))
        .filter(first_service__lte=latest_first_day)
        .exclude(Exists(signed_agreement))
    )


def uncovered_service(start, end):
    """Service records between start and end (inclusive) on a day no policy of the record's organisation covered
    the volunteer: no organisation, no policy that day, or a policy naming other people."""
    covering = InsurancePolicy.objects.filter(
        organisation=OuterRef("organisation"), starts_on__lte=OuterRef("date"), ends_on__gte=OuterRef("date")
    ).filter(Q(covers_everyone=True) | Q(volunteers=OuterRef("volunteer")))
    return ServiceRecord.objects.filter(date__gte=start, date__lte=end).exclude(Exists(covering))


def volunteers_without_insurance(start, end):
    """The volunteers with at least one uncovered day of service between start and end."""
    return Volunteer.objects.filter(pk__in=uncovered_service(start, end).values("volunteer"))
