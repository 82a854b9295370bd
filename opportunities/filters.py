"""The public listing's filters: area, host organisation, month and "only with free places".

Like the news filters, a value the form does not accept is dropped (the other filters still apply) and
reported to the visitor, so a stale or hand-edited address never causes an error.
"""

import datetime

import django_filters
from django import forms
from django.db.models import Exists, OuterRef
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from core.cache import memo
from registry.models import Area, Organisation

from .models import OpportunityPage, Shift

MONTHS_AHEAD = 12


def area_choices(locale_id):
    """(slug, name) of every area, named in the given language where it has a translation (slugs are shared)."""

    def compute():
        names = {}
        for area in Area.objects.order_by("name"):
            if area.slug not in names or area.locale_id == locale_id:
                names[area.slug] = area.name
        return tuple(sorted(names.items(), key=lambda item: item[1].casefold()))

    # An area's save bumps the cache generation: memoised until then.
    return list(memo.memoised(("opportunity-areas", locale_id), compute))


def organisation_choices(index):
    """(id, name) of the organisations hosting a live opportunity of this listing."""

    def compute():
        ids = index.get_opportunities().exclude(organisation=None).values("organisation_id")
        return tuple((str(pk), name) for pk, name in Organisation.objects.filter(pk__in=ids).values_list("pk", "name"))

    # Publishing a page or saving an organisation bumps the cache generation.
    return list(memo.memoised(("opportunity-organisations", index.pk), compute))


def month_start(year, month):
    return timezone.make_aware(datetime.datetime(year, month, 1))


def next_month(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def month_choices(today=None):
    """This month and the next eleven, as ("2026-12", "grudzień 2026") in the active language."""
    today = today or timezone.localdate()
    year, month = today.year, today.month
    choices = []
    for _step in range(MONTHS_AHEAD):
        label = formats.date_format(datetime.date(year, month, 1), "YEAR_MONTH_FORMAT")
        choices.append((f"{year:04d}-{month:02d}", label))
        year, month = next_month(year, month)
    return choices


class OpportunityFilterSet(django_filters.FilterSet):
    area = django_filters.ChoiceFilter(label=_("Area"), method="filter_area", empty_label=_("All areas"))
    organisation = django_filters.ChoiceFilter(
        label=_("Host organisation"), method="filter_organisation", empty_label=_("All organisations")
    )
    month = django_filters.ChoiceFilter(label=_("Month"), method="filter_month", empty_label=_("Any month"))
    free = django_filters.BooleanFilter(
        label=_("Only with free places"), method="filter_free", widget=forms.CheckboxInput
    )

    def __init__(self, *args, index=None, now=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.now = now or timezone.now()
        self.filters["area"].extra["choices"] = area_choices(index.locale_id)
        self.filters["organisation"].extra["choices"] = organisation_choices(index)
        self.filters["month"].extra["choices"] = month_choices(timezone.localdate(self.now))

    def filter_area(self, queryset, name, value):
        # A page may point at the area in any language (synchronised from its original): match every translation.
        keys = Area.objects.filter(slug=value).values("translation_key")
        return queryset.filter(area__translation_key__in=keys)

    def filter_organisation(self, queryset, name, value):
        return queryset.filter(organisation_id=int(value))

    def filter_month(self, queryset, name, value):
        year, month = (int(part) for part in value.split("-"))
        shifts = Shift.objects.filter(
            opportunity__translation_key=OuterRef("translation_key"),
            cancelled_at__isnull=True,
            starts_at__gte=max(month_start(year, month), self.now),
            starts_at__lt=month_start(*next_month(year, month)),
        )
        return queryset.filter(Exists(shifts))

    def filter_free(self, queryset, name, value):
        # Unticked means "every opportunity", not "only full ones".
        return queryset.filter(has_free_places=True) if value else queryset

    def active_filters(self):
        """The filters applied, as (name, label, shown value), for the "remove filter" links."""
        if not self.is_bound or not hasattr(self.form, "cleaned_data"):
            return []
        applied = []
        for name, value in self.form.cleaned_data.items():
            if value in (None, "", False):
                continue
            field = self.form.fields[name]
            shown = dict(getattr(field, "choices", ())).get(str(value), value)
            applied.append((name, field.label, shown))
        return applied

    def rejected_filters(self):
        return [self.form.fields[name].label for name in self.form.errors]

    class Meta:
        model = OpportunityPage
        fields = []
