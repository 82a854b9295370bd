"""The register of data-subject requests in the admin: listing with open/overdue filters, a dashboard count,
and answering a request from the volunteer's record (the readable copy, anonymisation) closes it."""

import datetime

import django_filters
from django import forms
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.log_actions import log

from registry.admin_display import DisplayColumn
from registry.admin_views import RegistryIndexView
from registry.admin_wording import DATA_REQUEST_WORDING
from registry.forms import RegistryAdminForm
from registry.models import DataSubjectRequest, Volunteer
from registry.viewsets import RegistrySnippetViewSet

from .readable import personal_data_zip

VIEW_PERMISSION = "registry.view_datasubjectrequest"
PERSONAL_DATA_PERMISSION = "registry.export_personal_data"
ANSWERED_ACTION = "registry.data_request.answered"
COPY_ACTION = "registry.volunteer.personal_data_copy"
Kind = DataSubjectRequest.Kind
# What each answer from the volunteer's record fulfils.
ANSWERED_BY_COPY = (Kind.ACCESS, Kind.PORTABILITY)
ANSWERED_BY_ANONYMISING = (Kind.ERASURE,)


def close_matching_requests(volunteer, kinds, user, only_pk=None):
    """Mark the volunteer's open requests of these kinds answered today; returns how many were closed."""
    open_requests = DataSubjectRequest.objects.open().filter(volunteer=volunteer, kind__in=kinds)
    if only_pk is not None:
        open_requests = open_requests.filter(pk=only_pk)
    closed = 0
    for data_request in open_requests:
        if data_request.close(user):
            log(data_request, ANSWERED_ACTION, user=user)
            closed += 1
    return closed


# The readable copy (HTML + JSON in one ZIP) from the volunteer's record


def personal_data_copy(request, pk):
    """The ZIP for the person: readable document in their language and the JSON; audit-logged.

    With ?request=<id> it also closes that open access or portability request of this volunteer.
    """
    from .views import PERSONAL_DATA_EXPORT_ACTION, permission_denied

    if not request.user.has_perm(PERSONAL_DATA_PERMISSION):
        return permission_denied(request)
    volunteer = get_object_or_404(Volunteer, pk=pk)
    filename, content = personal_data_zip(volunteer)
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    log(volunteer, PERSONAL_DATA_EXPORT_ACTION, user=request.user, data={"format": "zip"})
    request_pk = request.GET.get("request", "")
    if request_pk.isdigit() and request.user.has_perm("registry.change_datasubjectrequest"):
        close_matching_requests(volunteer, ANSWERED_BY_COPY, request.user, only_pk=int(request_pk))
    return response


# The register in the admin


# Open requests whose deadline falls within this many days count as "due soon" (filter and digest).
DUE_SOON_DAYS = 7


def due_soon(queryset, today=None):
    """Open requests due today or within DUE_SOON_DAYS days (not yet overdue)."""
    today = today or timezone.localdate()
    return queryset.open().filter(deadline__gte=today, deadline__lte=today + datetime.timedelta(days=DUE_SOON_DAYS))


class RequestStateFilter(django_filters.ChoiceFilter):
    OPEN, DUE_SOON, OVERDUE, ANSWERED = "open", "due-soon", "overdue", "answered"

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "choices",
            [
                (self.OPEN, _("Open")),
                (self.DUE_SOON, _("Due within 7 days")),
                (self.OVERDUE, _("Overdue")),
                (self.ANSWERED, _("Answered")),
            ],
        )
        kwargs.setdefault("widget", forms.RadioSelect)
        kwargs.setdefault("empty_label", _("All"))
        super().__init__(**kwargs)

    def filter(self, queryset, value):
        if value == self.OPEN:
            return queryset.open()
        if value == self.DUE_SOON:
            return due_soon(queryset)
        if value == self.OVERDUE:
            return queryset.overdue()
        if value == self.ANSWERED:
            return queryset.filter(done_on__isnull=False)
        return queryset


class DataSubjectRequestFilterSet(WagtailFilterSet):
    state = RequestStateFilter(label=_("State"))

    class Meta:
        model = DataSubjectRequest
        fields = ["state", "kind"]


class DataSubjectRequestForm(RegistryAdminForm):
    """Whoever records the answer date is recorded as the one who answered."""

    def save(self, commit=True):
        if self.instance.done_on and self.instance.done_by is None:
            self.instance.done_by = self.for_user
        if not self.instance.done_on:
            self.instance.done_by = None
        return super().save(commit)


class StateColumn(Column):
    def get_value(self, instance):
        if not instance.is_open:
            return gettext("Answered")
        return gettext("Overdue") if instance.is_overdue() else gettext("Open")


class AnswerColumn(Column):
    """For an open request with a volunteer: the action that answers it and closes it."""

    def get_value(self, instance):
        if not instance.is_open or instance.volunteer_id is None:
            return ""
        if instance.kind in ANSWERED_BY_COPY:
            url = reverse("registry_volunteer_personal_data_copy", args=[instance.volunteer_id])
            return format_html('<a href="{}?request={}">{}</a>', url, instance.pk, gettext("Download the copy"))
        if instance.kind in ANSWERED_BY_ANONYMISING:
            url = reverse("registry_volunteer_anonymise", args=[instance.volunteer_id])
            return format_html('<a href="{}">{}</a>', url, gettext("Anonymise"))
        return ""


class DataSubjectRequestIndexView(RegistryIndexView):
    list_select_related = ("volunteer", "done_by")


class DataSubjectRequestViewSet(RegistrySnippetViewSet):
    model = DataSubjectRequest
    icon = "doc-full"
    menu_label = _("Data-subject requests")
    # In the "Registry" menu (registry/viewsets.py, RegistryViewSetGroup.submenu_hook).
    menu_hook = "register_registry_menu_item"
    menu_order = 600
    url_prefix = "registry/data-requests"
    wording = DATA_REQUEST_WORDING
    index_view_class = DataSubjectRequestIndexView
    filterset_class = DataSubjectRequestFilterSet
    ordering = ["deadline", "-pk"]
    list_display = [
        "kind",
        DisplayColumn("received_on", label=_("Received on"), sort_key="received_on"),
        DisplayColumn("deadline", label=_("Deadline"), sort_key="deadline"),
        StateColumn("state", label=_("State")),
        Column("volunteer", label=_("Volunteer")),
        DisplayColumn("done_on", label=_("Answered on"), sort_key="done_on"),
        "done_by",
        AnswerColumn("answer", label=_("Answer")),
    ]
    list_export = ["pk", "kind", "received_on", "deadline", "extended", "done_on", "done_by", "volunteer_id"]
    export_headings = {"pk": _("ID"), "volunteer_id": _("Volunteer ID"), "kind": _("Kind of request")}
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("kind"), FieldPanel("received_on")]),
            FieldPanel("volunteer"),
            MultiFieldPanel(
                [FieldPanel("extended"), FieldPanel("extension_reason")],
                heading=_("Deadline"),
                help_text=_("One month from receipt (GDPR art. 12(3)); two more months when extended."),
            ),
            FieldPanel("done_on"),
            FieldPanel("notes"),
        ],
        base_form_class=DataSubjectRequestForm,
    )


# Dashboard


class DataRequestsPanel(Component):
    name = "registry_data_requests"
    order = 95
    template_name = "registry/admin/data_requests_panel.html"

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        listing = reverse("wagtailsnippets_registry_datasubjectrequest:list")
        return {
            "open_count": DataSubjectRequest.objects.open().count(),
            "overdue_count": DataSubjectRequest.objects.overdue(today).count(),
            "open_url": f"{listing}?state=open",
            "overdue_url": f"{listing}?state=overdue",
        }


def add_data_requests_panel(request, panels):
    """Hooked to construct_homepage_panels: only for those who may see the register."""
    if request.user.has_perm(VIEW_PERMISSION):
        panels.append(DataRequestsPanel())
