"""Admin view classes for the registry viewsets: guarded exports, audited record views, the volunteer summary."""

import datetime
import re

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q, Sum
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.panels import HelpPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button
from wagtail.coreutils import multigetattr
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser, snippets

from .audit import log_export, log_view

EXPORT_CHUNK_SIZE = 2000


def export_permission(model):
    """Exports need their own permission, e.g. registry.export_volunteer (see the models' Meta.permissions)."""
    return f"{model._meta.app_label}.export_{model._meta.model_name}"


PHONE_LIKE = re.compile(r"^[+-][\d\s()-]*$")


def neutralise_formula(value):
    """Prefix an apostrophe to text a spreadsheet would run as a formula; phone numbers like +48… stay as they are."""
    if value[:1] in ("=", "@", "\t", "\r") or (value[:1] in ("+", "-") and not PHONE_LIKE.match(value)):
        return "'" + value
    return value


class GuardedExportIndexView(snippets.IndexView):
    """A listing whose CSV/XLSX export needs the model's export permission, streams, and is audited.

    Wagtail lets anyone who may list also export; personal data needs more than that.
    """

    #: select_related / prefetch_related for the listing, so the query count does not grow with the page size.
    list_select_related = ()
    list_prefetch_related = ()

    def can_export(self):
        return self.request.user.has_perm(export_permission(self.model))

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not self.can_export():
            # A plain 403 rather than PermissionDenied, which Wagtail's admin turns into a redirect.
            return HttpResponseForbidden(_("You do not have permission to export this list."))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if self.is_export and self.filters and not self.filters.is_valid():
            # An invalid filter would otherwise be ignored and the export would hold every row.
            messages.error(
                request, _("The filters are not valid, so nothing was exported. Correct them and try again.")
            )
            params = request.GET.copy()
            params.pop("export", None)
            return redirect(f"{request.path}?{params.urlencode()}")
        if self.is_export:
            # Straight to the spreadsheet: the listing's context would count (and so load) every row first.
            return self.as_spreadsheet(self.get_queryset(), request.GET.get("export"))
        return super().get(request, *args, **kwargs)

    @cached_property
    def show_export_buttons(self):
        return bool(self.list_export) and self.can_export()

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self.list_select_related:
            queryset = queryset.select_related(*self.list_select_related)
        if self.list_prefetch_related:
            queryset = queryset.prefetch_related(*self.list_prefetch_related)
        return queryset

    def as_spreadsheet(self, queryset, spreadsheet_format):
        filter_keys = self.filters.form.changed_data if self.filters and self.filters.is_valid() else []
        log_export(
            self.model,
            self.request.user,
            spreadsheet_format,
            rows=queryset.count(),
            filter_keys=filter_keys,
            searched=self.is_searching,
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def iterate_export(self, queryset):
        """Rows in chunks, so memory stays flat however many rows there are."""
        if hasattr(queryset, "iterator"):
            return queryset.iterator(chunk_size=EXPORT_CHUNK_SIZE)
        return iter(queryset)

    # Times as the coordinators read them: local time, to the minute. Text typed on the public join form
    # could start a spreadsheet formula, so CSV cells are neutralised (Wagtail already does it for XLSX).
    custom_value_preprocess = {
        **snippets.IndexView.custom_value_preprocess,
        str: {"csv": lambda value: neutralise_formula(value)},
        datetime.datetime: {
            "csv": lambda value: timezone.localtime(value).strftime("%Y-%m-%d %H:%M"),
            "xlsx": lambda value: timezone.make_naive(value) if timezone.is_aware(value) else value,
        },
    }

    def stream_csv(self, queryset):
        # The response is streamed after the view returns, when the admin's language is no longer active.
        return _in_language(translation.get_language(), super().stream_csv(_IteratedQuerySet(self, queryset)))

    def write_xlsx(self, queryset, output):
        return super().write_xlsx(_IteratedQuerySet(self, queryset), output)

    @cached_property
    def many_to_many_export_fields(self):
        return {field.name for field in self.model._meta.many_to_many if field.name in self.list_export}

    @cached_property
    def choice_labels(self):
        """Labels of choice fields, looked up once per export (get_FOO_display re-translates on every row)."""
        return {
            field.name: {value: str(label) for value, label in field.flatchoices}
            for field in self.model._meta.concrete_fields
            if field.choices and field.name in self.list_export
        }

    def export_value(self, item, field):
        if field in self.many_to_many_export_fields:
            # Wagtail's multigetattr would call the related manager; list the related objects by name instead.
            return ", ".join(str(related) for related in getattr(item, field).all())
        if field in self.choice_labels:
            value = getattr(item, field)
            return self.choice_labels[field].get(value, value)
        return multigetattr(item, field)

    def to_row_dict(self, item):
        return {field: self.export_value(item, field) for field in self.list_export}


def _in_language(language, rows):
    with translation.override(language):
        yield from rows


class _IteratedQuerySet:
    """Hands Wagtail's export code a chunked iterator while keeping .model for the column headings."""

    def __init__(self, view, queryset):
        self.view = view
        self.queryset = queryset
        self.model = queryset.model

    def __iter__(self):
        return self.view.iterate_export(self.queryset)


# Volunteer record: hours, service records, recognitions, status history


def volunteer_record_summary(volunteer, today=None):
    """What the inspect and edit views show besides the fields; a fixed number of queries."""
    today = today or timezone.localdate()
    records = volunteer.service_records.select_related("area", "organisation").order_by("-date", "-pk")
    totals = volunteer.service_records.aggregate(total=Sum("hours"))
    this_year = volunteer.service_records.filter(date__gte=datetime.date(today.year, 1, 1), date__lte=today)
    return {
        "hours_total": totals["total"] or 0,
        "hours_this_year": this_year.aggregate(total=Sum("hours"))["total"] or 0,
        "service_records": records[:50],
        "service_record_count": volunteer.service_records.count(),
        "recognitions": volunteer.recognitions.order_by("-date", "-pk"),
        "status_changes": volunteer.status_changes.select_related("changed_by").order_by("-changed_at", "-pk"),
    }


class VolunteerRecordPanel(HelpPanel):
    """Read-only panel on the volunteer edit form: hours, service records, recognitions, status history."""

    def __init__(self, **kwargs):
        kwargs.setdefault("template", "registry/admin/volunteer_record_panel.html")
        kwargs.setdefault("heading", gettext_lazy("Service, recognitions and status history"))
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def is_shown(self):
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["summary"] = volunteer_record_summary(self.instance)
            return context


def personal_data_buttons(user, volunteer):
    """'Export personal data' and 'Anonymise', shown only when the URL exists and the user may use it."""
    candidates = [
        # A ZIP for the person: a readable copy in their language and the JSON (registry/gdpr/readable.py).
        (
            "registry_volunteer_personal_data_copy",
            "registry.export_personal_data",
            _("Export personal data"),
            "download",
        ),
        ("registry_volunteer_anonymise", "registry.anonymise_volunteer", _("Anonymise"), "warning"),
    ]
    buttons = []
    for priority, (url_name, permission, label, icon) in enumerate(candidates, start=40):
        if not user.has_perm(permission):
            continue
        try:
            url = reverse(url_name, args=[volunteer.pk])
        except NoReverseMatch:
            continue
        buttons.append(Button(label, url=url, icon_name=icon, priority=priority))
    return buttons


class AuditedViewMixin:
    """Each GET of a volunteer's record is written to the audit log (label "Volunteer #id", no personal data)."""

    audit_view_name = ""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        log_view(self.object, request.user, self.audit_view_name)
        return response


class VolunteerInspectView(AuditedViewMixin, snippets.InspectView):
    audit_view_name = "inspect"
    template_name = "registry/admin/volunteer_inspect.html"

    @cached_property
    def header_more_buttons(self):
        return [*super().header_more_buttons, *personal_data_buttons(self.request.user, self.object)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["summary"] = volunteer_record_summary(self.object)
        return context


class VolunteerEditView(AuditedViewMixin, snippets.EditView):
    audit_view_name = "edit"

    @cached_property
    def header_more_buttons(self):
        return [*super().header_more_buttons, *personal_data_buttons(self.request.user, self.object)]


# Choosers: Wagtail's snippet choosers only need admin access; registry choosers need a registry permission.


class RegistryPermissionRequiredMixin:
    """Refuses users who hold none of add/change/delete/view on the chooser's model."""

    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(self.model_class)
        if not policy.user_has_any_permission(request.user, ["add", "change", "delete", "view"]):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _guarded(view_class):
    return type(view_class.__name__, (RegistryPermissionRequiredMixin, view_class), {})


class RegistryChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = _guarded(chooser.ChooseView)
    choose_results_view_class = _guarded(chooser.ChooseResultsView)
    chosen_view_class = _guarded(chooser.SnippetChosenView)
    chosen_multiple_view_class = _guarded(chooser.SnippetChosenMultipleView)
    create_view_class = _guarded(chooser.SnippetCreateView)


class VolunteerChooserFilterForm(BaseFilterForm):
    """Search by name or email with plain database lookups: volunteers are kept out of the search index."""

    q = forms.CharField(
        label=gettext_lazy("Search term"),
        widget=forms.TextInput(attrs={"placeholder": gettext_lazy("Name or email")}),
        required=False,
    )

    def filter(self, objects):
        query = self.cleaned_data.get("q")
        if query:
            self.is_searching = True
            self.search_query = query
            objects = objects.filter(
                Q(first_name__icontains=query) | Q(last_name__icontains=query) | Q(email__icontains=query)
            )
        return objects


class VolunteerChooseViewMixin:
    """Coordinators pick a person by name; the title column stays "Volunteer #id"."""

    filter_form_class = VolunteerChooserFilterForm

    @property
    def columns(self):
        return [
            *super().columns,
            Column("last_name", label=gettext_lazy("Last name")),
            Column("first_name", label=gettext_lazy("First name")),
            Column("city", label=gettext_lazy("City")),
        ]


class VolunteerChooserViewSet(RegistryChooserViewSet):
    choose_view_class = type("ChooseView", (VolunteerChooseViewMixin, RegistryChooserViewSet.choose_view_class), {})
    choose_results_view_class = type(
        "ChooseResultsView", (VolunteerChooseViewMixin, RegistryChooserViewSet.choose_results_view_class), {}
    )
