"""A volunteer's hours: the approved service records with totals, and the reports still waiting."""

import datetime

from django.db.models import Sum
from django.db.models.functions import ExtractYear
from django.utils import timezone

from registry.models import Area, HourReport


def service_records(volunteer):
    return volunteer.service_records.select_related("area", "organisation").order_by("-date", "-pk")


def totals_by_year(volunteer):
    rows = (
        volunteer.service_records.annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(total=Sum("hours"))
        .order_by("-year")
    )
    return [(row["year"], row["total"]) for row in rows]


def totals_by_area(volunteer):
    """[(area name in the active language or None, hours)], largest first; records without an area under None."""
    rows = list(volunteer.service_records.values("area").annotate(total=Sum("hours")).order_by("-total", "area"))
    areas = {area.pk: area.localized.name for area in Area.objects.filter(pk__in=[row["area"] for row in rows])}
    return [(areas.get(row["area"]), row["total"]) for row in rows]


def total(volunteer):
    return volunteer.service_records.aggregate(total=Sum("hours"))["total"] or 0


def reports(volunteer):
    return HourReport.objects.filter(volunteer=volunteer).select_related("area", "organisation")


# A resent form within this time is taken for the same report, not a second one.
RESENT_WITHIN = datetime.timedelta(minutes=30)


def same_report_pending(form):
    """Whether the volunteer already has this very report (every field the same) waiting, sent just now."""
    data = form.cleaned_data
    return HourReport.objects.filter(
        volunteer=form.volunteer,
        state=HourReport.State.PENDING,
        date=data["date"],
        hours=data["hours"],
        area=data.get("area"),
        organisation=data.get("organisation"),
        note=data.get("note", ""),
        created_at__gte=timezone.now() - RESENT_WITHIN,
    ).exists()
