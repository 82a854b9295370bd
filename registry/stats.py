"""The programme's figures shown on the public home page: aggregates only, never people."""

from django.db.models import Sum
from django.utils import timezone

from .models import Organisation, ServiceRecord, Volunteer


def public_figures():
    """Active volunteers, hours served this year and host organisations."""
    year = timezone.localdate().year
    hours = ServiceRecord.objects.filter(date__year=year).aggregate(total=Sum("hours"))["total"] or 0
    return {
        "active_volunteers": Volunteer.objects.active().not_anonymised().count(),
        "hours_this_year": hours,
        "host_organisations": Organisation.objects.filter(volunteers__isnull=False).distinct().count(),
    }
