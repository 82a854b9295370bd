"""Who a message goes to: the volunteers' listing's own filters, narrowed to the people it may reach."""

import datetime

from django.http import QueryDict
from django.utils import formats
from django.utils.translation import gettext

from registry.filters import VolunteerFilterSet
from registry.models import DataSubjectRequest, Volunteer

# Not the search box (a searched name would end up in the log), nor paging and sorting.
FILTER_PARAMETERS_IGNORED = {"q", "p", "page", "ordering", "export", "_w_filter_fragment"}
# A closed application: the person's consent does not cover programme news.
CLOSED_STATUSES = (Volunteer.Status.REJECTED, Volunteer.Status.WITHDRAWN)
# Requests in the register that stop programme messages from the day they are made, not from their answer:
# a withdrawn consent counts at once (GDPR art. 7(3)); an objection or a restriction stops use of the data.
STOPPING_REQUESTS = (
    DataSubjectRequest.Kind.CONSENT_WITHDRAWAL,
    DataSubjectRequest.Kind.OBJECTION,
    DataSubjectRequest.Kind.RESTRICTION,
)


def filter_parameters(query):
    """The listing's filters from its query string (a QueryDict or str), without search, paging or sorting."""
    params = QueryDict(query, mutable=True) if isinstance(query, str) else query.copy()
    for name in list(params):
        if name in FILTER_PARAMETERS_IGNORED or not any(params.getlist(name)):
            params.pop(name)
    return params


def reachable(queryset=None):
    """People a programme message may reach: on record, application open or accepted, not unsubscribed, with
    no open request to withdraw consent, object or restrict processing."""
    queryset = Volunteer.objects.all() if queryset is None else queryset
    asking = DataSubjectRequest.objects.open().filter(kind__in=STOPPING_REQUESTS, volunteer__isnull=False)
    return (
        queryset.not_anonymised()
        .exclude(status__in=CLOSED_STATUSES)
        .filter(unsubscribed_from_messages=False)
        .exclude(email="")
        .exclude(pk__in=asking.values("volunteer"))
    )


class Audience:
    """The filtered list and the people on it a message reaches; invalid filters reach nobody."""

    def __init__(self, query):
        self.params = filter_parameters(query)
        self.filterset = VolunteerFilterSet(data=self.params, queryset=Volunteer.objects.all())

    @property
    def is_valid(self):
        return self.filterset.is_valid()

    @property
    def listed(self):
        return self.filterset.qs if self.is_valid else Volunteer.objects.none()

    @property
    def recipients(self):
        return reachable(self.listed).order_by("pk")

    def counts(self):
        """(people on the list, people the message reaches)."""
        listed = self.listed.count()
        return listed, (self.recipients.count() if listed else 0)

    @property
    def query_string(self):
        return self.params.urlencode()

    def description(self):
        """The filters in words, in the active language: "Status: Active; City: Kielce"; all volunteers if none."""
        if not self.is_valid:
            return ""
        parts = []
        form = self.filterset.form
        for name, field in form.fields.items():
            value = form.cleaned_data.get(name)
            words = describe_value(field, value)
            if words:
                parts.append(f"{field.label}: {words}")
        return "; ".join(parts) if parts else gettext("all volunteers (no filters)")


def describe_value(field, value):
    if value in (None, "", [], ()):
        return ""
    if isinstance(value, slice):  # a date range
        start, stop = (short_date(day) for day in (value.start, value.stop))
        if not (start or stop):
            return ""
        if start and stop:
            return gettext("from %(start)s to %(end)s") % {"start": start, "end": stop}
        return (gettext("from %(start)s") % {"start": start}) if start else (gettext("until %(end)s") % {"end": stop})
    if isinstance(value, datetime.date):
        return short_date(value)
    choices = getattr(field, "choices", None)
    if choices is not None and not hasattr(value, "pk"):
        return str(dict(field.choices).get(value, value))
    return str(value)


def short_date(value):
    return formats.date_format(value, "SHORT_DATE_FORMAT") if value else ""
