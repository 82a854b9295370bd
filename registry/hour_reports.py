"""Hours volunteers report on their own page, in the registry admin: a listing, and a page to approve or reject
each report (approval creates the service record once), plus a dashboard panel with what waits."""

import django_filters
from django import forms
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy, pgettext_lazy
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.snippets.models import register_snippet

from .admin_display import DisplayColumn
from .admin_wording import RegistryWording, counted
from .forms import RegistryAdminForm
from .models import DataSubjectRequest, HourReport
from .viewsets import RegistrySnippetViewSet

DECIDE_PERMISSION = "registry.change_hourreport"
VIEW_PERMISSION = "registry.view_hourreport"
APPROVED_ACTION = "registry.hour_report.approved"
REJECTED_ACTION = "registry.hour_report.rejected"

HOUR_REPORT_WORDING = RegistryWording(
    add=_("Add hour report"),
    new=_("New hour report"),
    delete_question=_("Are you sure you want to delete this hour report?"),
    choose=_("Choose an hour report"),
    choose_another=_("Choose another hour report"),
    edit_chosen=_("Edit this hour report"),
    count=counted(ngettext_lazy("%(count)s hour report", "%(count)s hour reports", "n")),
)


class HourReportFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=HourReport.State.choices, widget=forms.RadioSelect, empty_label=_("All")
    )

    class Meta:
        model = HourReport
        fields = ["state"]


class DecideColumn(Column):
    """For a pending report, the link to approve or reject it."""

    def get_value(self, instance):
        if instance.state != HourReport.State.PENDING:
            return ""
        url = reverse("registry_hour_report_decide", args=[instance.pk])
        return format_html('<a href="{}">{}</a>', url, _("Approve or reject"))


class HourReportViewSet(RegistrySnippetViewSet):
    model = HourReport
    icon = "time"
    menu_label = _("Reported hours")
    # In the "Registry" menu (registry/viewsets.py, RegistryViewSetGroup.submenu_hook).
    menu_hook = "register_registry_menu_item"
    menu_order = 450
    url_prefix = "registry/hour-reports"
    wording = HOUR_REPORT_WORDING
    filterset_class = HourReportFilterSet
    ordering = ["-created_at", "-pk"]
    list_display = [
        DisplayColumn("date", label=_("Date"), sort_key="date"),
        Column("volunteer", label=_("Volunteer")),
        DisplayColumn("hours", label=_("Hours"), sort_key="hours"),
        "state",
        DisplayColumn("created_at", label=_("Reported at"), sort_key="created_at"),
        DecideColumn("decide", label=_("Decision")),
    ]
    list_export = ["pk", "date", "volunteer_id", "hours", "area", "organisation", "state", "reason", "created_at"]
    export_headings = {"pk": _("ID"), "volunteer_id": _("Volunteer ID")}
    # A report is decided on its own page; here a coordinator may only correct what was reported.
    edit_handler = ObjectList(
        [
            FieldPanel("volunteer"),
            FieldPanel("date"),
            FieldPanel("hours"),
            FieldPanel("area"),
            FieldPanel("organisation"),
            FieldPanel("note"),
        ],
        base_form_class=RegistryAdminForm,
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("approve", _("Approve")), ("reject", _("Reject"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason for rejecting"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The volunteer sees it on their page. Do not name other people."),
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("decision") == "reject" and not cleaned_data.get("reason", "").strip():
            self.add_error("reason", _("Give the reason for rejecting, so the volunteer knows what to correct."))
        return cleaned_data


class DecideView(WagtailAdminTemplateMixin, FormView):
    template_name = "registry/admin/hour_report_decide.html"
    page_title = _("Decision")
    header_icon = "time"
    form_class = DecisionForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(DECIDE_PERMISSION):
            from .gdpr.views import permission_denied

            return permission_denied(request)
        self.report = get_object_or_404(
            HourReport.objects.select_related("area", "organisation", "volunteer"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.report)

    def get_breadcrumbs_items(self):
        # Wagtail's header shows the last item as the page's title: "Start" alone without these.
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailsnippets_registry_hourreport:list"),
                "label": HourReport._meta.verbose_name_plural.capitalize(),
            },
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["report"] = self.report
        context["listing_url"] = reverse("wagtailsnippets_registry_hourreport:list")
        return context

    def form_valid(self, form):
        user = self.request.user
        if form.cleaned_data["decision"] == "approve":
            record = self.report.approve(user)
            if record is None:
                messages.error(self.request, _("This report was already decided; nothing was changed."))
            else:
                log(self.report, APPROVED_ACTION, user=user, data={"service_record": record.pk})
                messages.success(self.request, _("Approved: the hours are now a service record."))
        elif self.report.reject(user, form.cleaned_data["reason"].strip()):
            log(self.report, REJECTED_ACTION, user=user)
            messages.success(self.request, _("Rejected; the volunteer will see the reason."))
        else:
            messages.error(self.request, _("This report was already decided; nothing was changed."))
        return redirect(f"{reverse('wagtailsnippets_registry_hourreport:list')}?state={HourReport.State.PENDING}")


class PortalWorkPanel(Component):
    """What volunteers' own pages leave for coordinators: hour reports to decide, data-subject requests open."""

    name = "registry_portal_work"
    order = 93
    template_name = "registry/admin/portal_work_panel.html"

    def get_context_data(self, parent_context=None):
        listing = reverse("wagtailsnippets_registry_hourreport:list")
        return {
            "pending_reports": HourReport.objects.pending().count(),
            "open_requests": DataSubjectRequest.objects.open().count(),
            "reports_url": f"{listing}?state={HourReport.State.PENDING}",
            "requests_url": f"{reverse('wagtailsnippets_registry_datasubjectrequest:list')}?state=open",
        }


def add_portal_work_panel(request, panels):
    if request.user.has_perm(VIEW_PERMISSION):
        panels.append(PortalWorkPanel())


def register_log_actions(actions):
    actions.register_action(APPROVED_ACTION, pgettext_lazy("log action", "Hours approved"), _("Hours approved"))
    actions.register_action(REJECTED_ACTION, pgettext_lazy("log action", "Hours rejected"), _("Hours rejected"))


register_snippet(HourReportViewSet)
hooks.register("construct_homepage_panels", add_portal_work_panel)
hooks.register("register_log_actions", register_log_actions)


@hooks.register("register_admin_urls")
def register_decide_url():
    return [path("registry/hour-reports/<int:pk>/decide/", DecideView.as_view(), name="registry_hour_report_decide")]
