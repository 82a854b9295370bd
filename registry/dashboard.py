"""The coordinators' dashboard panel: the registry's figures at a glance, with a server-rendered chart."""

import datetime

from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .filters import VETTING_WARNING_DAYS
from .models import ServiceRecord, Volunteer

CHART_MONTHS = 12
CHART_BAR_AREA = 100  # height of the tallest bar in the SVG's own units


def first_of_month(day):
    return day.replace(day=1)


def months_back(month_start, count):
    """The first days of the `count` months ending with month_start, oldest first."""
    months = [month_start]
    for _ in range(count - 1):
        months.append(first_of_month(months[-1] - datetime.timedelta(days=1)))
    return list(reversed(months))


def hours_between(start, end):
    total = ServiceRecord.objects.filter(date__gte=start, date__lte=end).aggregate(total=Sum("hours"))["total"]
    return total or 0


def hours_by_month(today):
    """Hours served per month over the last CHART_MONTHS months (including the current one), in one query."""
    months = months_back(first_of_month(today), CHART_MONTHS)
    rows = (
        ServiceRecord.objects.filter(date__gte=months[0], date__lte=today)
        .annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(total=Sum("hours"))
        .order_by("month")
    )
    totals = {row["month"]: row["total"] for row in rows}
    return [(month, totals.get(month, 0) or 0) for month in months]


def registry_figures(today=None):
    today = today or timezone.localdate()
    volunteers = Volunteer.objects.not_anonymised()
    active = volunteers.filter(status=Volunteer.Status.ACTIVE)
    warning_end = today + datetime.timedelta(days=VETTING_WARNING_DAYS)
    # Vetting matters for people who serve, so both vetting figures count active volunteers only.
    return {
        "applications_waiting": volunteers.filter(status=Volunteer.Status.APPLIED).count(),
        "active_volunteers": active.count(),
        "vetting_expiring": active.filter(vetting_expires_on__gte=today, vetting_expires_on__lte=warning_end).count(),
        "vetting_expired": active.filter(vetting_expires_on__lt=today).count(),
        "hours_this_month": hours_between(first_of_month(today), today),
        "hours_this_year": hours_between(datetime.date(today.year, 1, 1), today),
        "hours_by_month": hours_by_month(today),
    }


def chart_bars(hours_by_month, bar_area=CHART_BAR_AREA):
    """Bar geometry for the SVG chart; the numbers are also printed as text beside it."""
    peak = max((hours for _, hours in hours_by_month), default=0) or 1
    bars = []
    for index, (month, hours) in enumerate(hours_by_month):
        height = round(float(hours) / float(peak) * bar_area, 1)
        bars.append({"month": month, "hours": hours, "x": index * 10 + 1, "height": height, "y": bar_area - height})
    return bars


class RegistryPanel(Component):
    name = "registry"
    order = 90
    template_name = "registry/admin/dashboard_panel.html"

    class Media:
        css = {"all": ["css/registry-admin.css"]}

    def __init__(self, today=None):
        self.today = today

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        figures = registry_figures(self.today)
        context["figures"] = figures
        context["bars"] = chart_bars(figures["hours_by_month"])
        context["vetting_warning_days"] = VETTING_WARNING_DAYS
        return context


def add_registry_panel(request, panels):
    """Hooked to construct_homepage_panels: coordinators only."""
    if request.user.has_perm("registry.view_volunteer"):
        panels.append(RegistryPanel())
