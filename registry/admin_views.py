"""Admin view classes for the registry viewsets: guarded exports, audited record views, the volunteer summary."""

import csv
import datetime
import re
from decimal import Decimal

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import F, Q, Sum, Value
from django.db.models.functions import Replace
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils import formats, timezone, translation
from django.utils.functional import cached_property
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook
from wagtail import hooks
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.panels import HelpPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.mixins import Echo, ExcelDateFormatter
from wagtail.admin.widgets import Button
from wagtail.admin.widgets.button import HeaderButton
from wagtail.coreutils import multigetattr
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser, snippets
from wagtail.snippets.widgets import AdminSnippetChooser

from . import admin_display, admin_wording
from .audit import log_export, log_view

EXPORT_CHUNK_SIZE = 2000
# Other apps add buttons to a volunteer's inspect and edit views: fn(user, volunteer) -> list of Button.
VOLUNTEER_BUTTONS_HOOK = "registry_volunteer_buttons"
CSV_BYTE_ORDER_MARK = "\ufeff"
CSV_DELIMITER = ";"
POLISH_LETTERS = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def ascii_slug(text):
    """ "Wpisy godzin wolontariatu" -> "wpisy-godzin-wolontariatu" (Polish letters transliterated, not dropped)."""
    return slugify(str(text).translate(POLISH_LETTERS))


def export_permission(model):
    """Exports need their own permission, e.g. registry.export_volunteer (see the models' Meta.permissions)."""
    return f"{model._meta.app_label}.export_{model._meta.model_name}"


PHONE_LIKE = re.compile(r"^[+-][\d\s()-]*$")


def neutralise_formula(value):
    """Prefix an apostrophe to text a spreadsheet would run as a formula; phone numbers like +48… stay as they are."""
    if value[:1] in ("=", "@", "\t", "\r") or (value[:1] in ("+", "-") and not PHONE_LIKE.match(value)):
        return "'" + value
    return value


class CountedPaginator(WagtailPaginator):
    """The listing's "42 volunteers" in the right plural form: Wagtail joins the count and the plural name."""

    def __init__(self, *args, count_label=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_label = count_label

    @cached_property
    def items_count_label(self):
        if self.count_label is None:
            return super().items_count_label
        return self.count_label(self.count)


class RegistryWordingMixin:
    """Views of a registry viewset: `wording` (admin_wording.RegistryWording) is passed in by the viewset;
    without one (None) a view keeps Wagtail's own texts."""

    wording = None


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

    # Values as the coordinators read them: dates and local times in the user's format (30.11.2026 15:01),
    # decimals with the language's separator, yes/no in words. Text typed on the public join form could start a
    # spreadsheet formula, so CSV cells are neutralised (Wagtail already does it for XLSX).
    custom_value_preprocess = {
        **snippets.IndexView.custom_value_preprocess,
        str: {"csv": lambda value: neutralise_formula(value)},
        bool: {"csv": admin_display.yes_no},
        datetime.datetime: {
            "csv": admin_display.format_datetime,
            "xlsx": lambda value: timezone.make_naive(value) if timezone.is_aware(value) else value,
        },
        datetime.date: {"csv": admin_display.format_date, "xlsx": None},
        Decimal: {"csv": lambda value: formats.number_format(Decimal(value).normalize())},
    }

    def get_filename(self):
        """wolontariusze-2026-11-30: the list's name in the user's language, in ASCII, and the day."""
        return f"{ascii_slug(self.model._meta.verbose_name_plural)}-{timezone.localdate().isoformat()}"

    def get_sheet_title(self):
        """Wolontariusze: Excel allows 31 characters and none of []:*?/\\ in a sheet name."""
        return re.sub(r"[\[\]:*?/\\]", "", capfirst(str(self.model._meta.verbose_name_plural)))[:31]

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def stream_csv(self, queryset):
        # The response is streamed after the view returns, when the admin's language is no longer active.
        return _in_language(translation.get_language(), self.csv_lines(_IteratedQuerySet(self, queryset)))

    def csv_lines(self, queryset):
        """CSV for Excel set to Polish: a UTF-8 byte-order mark (else Excel reads the file as Windows-1250) and
        semicolons (Excel splits on the system's list separator, which is ";" where the decimal sign is ",")."""
        yield CSV_BYTE_ORDER_MARK
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=CSV_DELIMITER)
        yield writer.writerow({field: self.get_heading(queryset, field) for field in self.list_export})
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_xlsx(self, queryset, output):
        """Wagtail's XLSX export with a meaningful sheet name instead of "Sheet1"."""
        queryset = _IteratedQuerySet(self, queryset)
        workbook = Workbook(write_only=True, iso_dates=True)
        worksheet = workbook.create_sheet(title=self.get_sheet_title())
        worksheet.append(self.get_heading(queryset, field) for field in self.list_export)
        date_format = ExcelDateFormatter().get()
        for item in queryset:
            worksheet.append(self.generate_xlsx_row(worksheet, self.to_row_dict(item), date_format=date_format))
        workbook.save(output)

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


class RegistryIndexView(RegistryWordingMixin, GuardedExportIndexView):
    """A registry listing: guarded exports, and its button, count and empty-state texts written per model."""

    paginator_class = CountedPaginator

    @cached_property
    def add_item_label(self):
        return self.wording.add if self.wording else super().add_item_label

    @cached_property
    def no_results_message(self):
        if self.is_searching or self.is_filtering:
            return admin_wording.NO_MATCHES_MESSAGE
        return admin_wording.NOTHING_YET_MESSAGE

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        return super().get_paginator(
            queryset,
            per_page,
            orphans=orphans,
            allow_empty_first_page=allow_empty_first_page,
            count_label=self.wording.count if self.wording else None,
            **kwargs,
        )


PHONE_QUERY = re.compile(r"\+?[\d\s().-]+")
PHONE_SEPARATORS = (" ", "-", "(", ")", ".")


def phone_search_digits(query):
    """The digits to look for when a search looks like a phone number: "601 234 567", "601-234-567" and
    "+48 601234567" all give "601234567" (the Polish prefix is dropped, numbers are stored as +48…)."""
    query = query.strip()
    if not PHONE_QUERY.fullmatch(query):
        return ""
    digits = re.sub(r"\D", "", query)
    if query.startswith("+48") or (digits.startswith("0048") and len(digits) == 13):
        digits = digits[4:] if digits.startswith("0048") else digits[2:]
    elif len(digits) == 11 and digits.startswith("48"):
        digits = digits[2:]
    return digits if len(digits) >= 3 else ""


def phone_digits_expression(field="phone"):
    """The stored number without separators, computed in the database (SQLite and PostgreSQL alike)."""
    expression = F(field)
    for separator in PHONE_SEPARATORS:
        expression = Replace(expression, Value(separator), Value(""))
    return expression


class VolunteerIndexView(RegistryIndexView):
    list_select_related = ("organisation",)
    list_prefetch_related = ("areas",)

    @cached_property
    def header_buttons(self):
        """Beside "Add volunteer": "Message these volunteers", carrying the list's current filters.

        Wagtail re-renders header buttons with the results when filters change, so the link stays current.
        Not offered while a search is active: a message goes to a filtered list only (a searched name would end
        up in the message log), and a button that silently dropped the search would write to more people.
        """
        buttons = super().header_buttons
        if self.request.user.has_perm("registry.message_volunteers") and not self.is_searching:
            from .messages.audience import filter_parameters

            query = filter_parameters(self.request.GET).urlencode()
            url = reverse("registry_messages_compose") + (f"?{query}" if query else "")
            buttons.append(HeaderButton(_("Message these volunteers"), url=url, icon_name="mail"))
        return buttons

    def search_queryset(self, queryset):
        """Wagtail's search over search_fields, plus phone numbers however they are typed."""
        digits = phone_search_digits(self.search_query) if self.is_searching else ""
        if not digits:
            return super().search_queryset(queryset)
        query = Q(phone_digits__contains=digits)
        for field in self.search_fields or []:
            query |= Q(**{f"{field}__icontains": self.search_query})
        return queryset.alias(phone_digits=phone_digits_expression()).filter(query)


class RecognitionIndexView(RegistryIndexView):
    list_select_related = ("volunteer", "organisation")


class ServiceRecordIndexView(RegistryIndexView):
    list_select_related = ("volunteer", "area", "organisation")


class RegistryCreateView(RegistryWordingMixin, snippets.CreateView):
    def get_page_title(self):
        return self.wording.new if self.wording else super().get_page_title()

    def get_page_subtitle(self):
        return "" if self.wording else super().get_page_subtitle()

    def get_breadcrumbs_items(self):
        *items, new = super().get_breadcrumbs_items()
        return [*items, {"url": "", "label": self.wording.new} if self.wording else new]

    def get_success_message(self, instance=None):
        return admin_wording.CREATED_MESSAGE % {"object": instance or self.object}

    def get_error_message(self):
        if self.expects_json_response:
            return super().get_error_message()
        return admin_wording.CREATE_ERROR_MESSAGE


class RegistryEditView(RegistryWordingMixin, snippets.EditView):
    def get_success_message(self, instance=None):
        return admin_wording.UPDATED_MESSAGE % {"object": instance or self.object}

    def get_error_message(self):
        if self.expects_json_response:
            return super().get_error_message()
        return admin_wording.SAVE_ERROR_MESSAGE


class RegistryDeleteView(RegistryWordingMixin, snippets.DeleteView):
    @property
    def confirmation_message(self):
        return self.wording.delete_question if self.wording else super().confirmation_message

    def delete_action(self):
        # The record's label ("Service record #2") is taken before deleting: afterwards its number is gone.
        self.deleted_label = str(self.object)
        super().delete_action()

    def get_success_message(self):
        return admin_wording.DELETED_MESSAGE % {"object": getattr(self, "deleted_label", self.object)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # "Ten rekord jest używany w 0 miejscach" tells nothing (POLISH-REVIEW b8): said only when something uses it.
        if context.get("usage_count") == 0:
            del context["usage_url"]
        return context


class RegistryHistoryView(RegistryWordingMixin, snippets.HistoryView):
    paginator_class = CountedPaginator

    @cached_property
    def columns(self):
        # The date and time of each entry in the site's time zone, not "3 hours ago".
        return [
            admin_display.DisplayColumn(column.name, label=column.label, width=column.width)
            if column.name == "timestamp"
            else column
            for column in super().columns
        ]

    @cached_property
    def no_results_message(self):
        return admin_wording.NO_MATCHES_MESSAGE if self.is_filtering else admin_wording.NOTHING_YET_MESSAGE

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        return super().get_paginator(
            queryset,
            per_page,
            orphans=orphans,
            allow_empty_first_page=allow_empty_first_page,
            count_label=admin_wording.history_count,
            **kwargs,
        )


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
        "volunteer": volunteer,
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
    # Other apps add their buttons for a volunteer (e.g. paperwork: issue a document): fn(user, volunteer).
    for hook in hooks.get_hooks(VOLUNTEER_BUTTONS_HOOK):
        buttons.extend(hook(user, volunteer))
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


class RegistryInspectView(RegistryWordingMixin, snippets.InspectView):
    """Values as a coordinator reads them: local times, yes/no, a dash for empty (see admin_display.py)."""

    def get_field_label(self, field_name, field):
        if field_name == "locale":
            return _("Language")  # Wagtail's "locale" reads in Polish as "Lokalizacja", a place
        return super().get_field_label(field_name, field)

    def get_phone_display_value(self):
        return admin_display.format_phone(self.object.phone) or admin_display.EMPTY

    def get_vetting_expires_on_display_value(self):
        return admin_display.format_vetting_expiry(self.object.vetting_expires_on)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, Component):
            return value
        if field is not None and field.many_to_many and value == "-":
            return admin_display.EMPTY
        return admin_display.display_value(value)


class VolunteerInspectView(AuditedViewMixin, RegistryInspectView):
    audit_view_name = "inspect"
    template_name = "registry/admin/volunteer_inspect.html"

    @cached_property
    def header_more_buttons(self):
        return [*super().header_more_buttons, *personal_data_buttons(self.request.user, self.object)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["summary"] = volunteer_record_summary(self.object)
        return context


class VolunteerEditView(AuditedViewMixin, RegistryEditView):
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


class RegistryChooseView(RegistryPermissionRequiredMixin, chooser.ChooseView):
    pass


class RegistryChooseResultsView(RegistryPermissionRequiredMixin, chooser.ChooseResultsView):
    pass


class RegistryChosenView(RegistryPermissionRequiredMixin, chooser.SnippetChosenView):
    pass


class RegistryChosenMultipleView(RegistryPermissionRequiredMixin, chooser.SnippetChosenMultipleView):
    pass


class RegistryChooserCreateView(RegistryPermissionRequiredMixin, chooser.SnippetCreateView):
    pass


class RegistryChooserWidget(AdminSnippetChooser):
    """Wagtail's snippet chooser writes "Choose %(object)s" from the verbose name in __init__, over the texts
    the chooser viewset gives the widget class; this keeps the viewset's (class attribute) texts."""

    def __init__(self, model=None, **kwargs):
        super().__init__(model=model, **kwargs)
        widget_class = type(self)
        self.choose_one_text = widget_class.choose_one_text
        self.choose_another_text = widget_class.choose_another_text
        self.link_to_chosen_text = widget_class.link_to_chosen_text


class RegistryChooserViewSet(chooser.SnippetChooserViewSet):
    base_widget_class = RegistryChooserWidget
    choose_view_class = RegistryChooseView
    choose_results_view_class = RegistryChooseResultsView
    chosen_view_class = RegistryChosenView
    chosen_multiple_view_class = RegistryChosenMultipleView
    create_view_class = RegistryChooserCreateView


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


class VolunteerChooseView(VolunteerChooseViewMixin, RegistryChooseView):
    pass


class VolunteerChooseResultsView(VolunteerChooseViewMixin, RegistryChooseResultsView):
    pass


class VolunteerChooserViewSet(RegistryChooserViewSet):
    choose_view_class = VolunteerChooseView
    choose_results_view_class = VolunteerChooseResultsView
