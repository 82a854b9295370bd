"""django-filter filtersets for the registry listings (and their exports, which use the same filters)."""

import datetime

import django_filters
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.models import Locale

from .models import Area, Organisation, Recognition, ServiceRecord, Volunteer

VETTING_WARNING_DAYS = 30


def areas_in_default_locale(request=None):
    """One choice per area: translations share a translation_key, so the default locale stands for all."""
    return Area.objects.filter(locale=Locale.get_default())


def filter_by_area(queryset, name, area):
    """Match the chosen area in any of its translations.

    A subquery on the primary key instead of .distinct(): a many-to-many join repeats rows, and
    DISTINCT over every column makes the paginator's COUNT(*) slow on a large registry.
    """
    if not area:
        return queryset
    matching = queryset.model._default_manager.filter(**{f"{name}__translation_key": area.translation_key})
    return queryset.filter(pk__in=matching.values("pk"))


class VettingFilter(django_filters.ChoiceFilter):
    """Vetting state on a given day; the four states do not overlap."""

    EXPIRED = "expired"
    EXPIRING = "expiring"
    VALID = "valid"
    MISSING = "missing"

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "choices",
            [
                (self.EXPIRED, _("Expired")),
                (self.EXPIRING, _("Expiring within 30 days")),
                (self.VALID, _("Valid for more than 30 days")),
                (self.MISSING, _("Missing")),
            ],
        )
        kwargs.setdefault("widget", forms.RadioSelect)
        kwargs.setdefault("empty_label", _("All"))
        super().__init__(**kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        today = timezone.localdate()
        warning_end = today + datetime.timedelta(days=VETTING_WARNING_DAYS)
        lookups = {
            self.EXPIRED: {"vetting_expires_on__lt": today},
            self.EXPIRING: {"vetting_expires_on__gte": today, "vetting_expires_on__lte": warning_end},
            self.VALID: {"vetting_expires_on__gt": warning_end},
            self.MISSING: {"vetting_expires_on__isnull": True},
        }
        return qs.filter(**lookups[value])


class VolunteerFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Volunteer.Status.choices, widget=forms.RadioSelect, empty_label=_("All")
    )
    area = django_filters.ModelChoiceFilter(
        label=_("Area of interest"),
        field_name="areas",
        queryset=areas_in_default_locale,
        method="filter_area",
        empty_label=_("All"),
    )
    organisation = django_filters.ModelChoiceFilter(
        label=_("Host organisation"), queryset=Organisation.objects.all(), empty_label=_("All")
    )
    city = django_filters.CharFilter(label=_("City"), lookup_expr="iexact")
    joined = django_filters.DateFromToRangeFilter(
        label=_("Joined between"), field_name="created_at", widget=DateRangePickerWidget
    )
    vetting = VettingFilter(label=_("Vetting"))

    def filter_area(self, queryset, name, value):
        return filter_by_area(queryset, "areas", value)

    class Meta:
        model = Volunteer
        fields = ["status", "area", "organisation", "city", "joined", "vetting"]


class OrganisationFilterSet(WagtailFilterSet):
    class Meta:
        model = Organisation
        fields = ["kind", "country"]


class RecognitionFilterSet(WagtailFilterSet):
    RECIPIENT_CHOICES = [("volunteer", _("A volunteer")), ("organisation", _("An organisation"))]

    date = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)
    recipient = django_filters.ChoiceFilter(
        label=_("Given to"),
        choices=RECIPIENT_CHOICES,
        widget=forms.RadioSelect,
        empty_label=_("All"),
        method="filter_recipient",
    )

    def filter_recipient(self, queryset, name, value):
        if value == "volunteer":
            return queryset.filter(volunteer__isnull=False)
        if value == "organisation":
            return queryset.filter(organisation__isnull=False)
        return queryset

    class Meta:
        model = Recognition
        fields = ["is_public", "date", "recipient"]


class ServiceRecordFilterSet(WagtailFilterSet):
    date = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)
    area = django_filters.ModelChoiceFilter(
        label=_("Area"), queryset=areas_in_default_locale, method="filter_area", empty_label=_("All")
    )
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=Organisation.objects.all(), empty_label=_("All")
    )

    def filter_area(self, queryset, name, value):
        return filter_by_area(queryset, "area", value)

    class Meta:
        model = ServiceRecord
        fields = ["date", "area", "organisation"]


class AreaFilterSet(WagtailFilterSet):
    class Meta:
        model = Area
        fields = []
