"""Coordinators' side of volunteers' document requests: Paperwork → Document requests (a listing, open ones
first by the dashboard's link) and one page per request that issues the document in one action or declines.

The listing names the person as "Volunteer #id" only; the page checks the registry's change permission, the
paperwork's issuing permission and the request's own, before it looks the request up (admin_views.py).
"""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from registry.admin_display import format_datetime

from . import document_requests
from .admin_views import ISSUE_PERMISSIONS, PaperworkAdminView, allowed, issue_from_form
from .forms import DeclineRequestForm, RequestIssueForm
from .models import Agreement, DocumentRequest

VIEW_PERMISSION = "paperwork.view_documentrequest"
HANDLE_PERMISSIONS = (*ISSUE_PERMISSIONS, "paperwork.change_documentrequest")
DECLINE = "decline"


def listing_url(state=DocumentRequest.State.OPEN):
    url = reverse("paperwork_document_requests")
    return f"{url}?state={state}" if state else url


class DocumentRequestFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=DocumentRequest.State.choices, widget=forms.RadioSelect, empty_label=_("All")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Document"), choices=DocumentRequest.Kind.choices, widget=forms.RadioSelect, empty_label=_("All")
    )

    class Meta:
        model = DocumentRequest
        fields = ["state", "kind"]


class DateTimeColumn(Column):
    def get_value(self, instance):
        value = super().get_value(instance)
        return format_datetime(value) if value else "—"


class DocumentNumberColumn(Column):
    def get_value(self, instance):
        return instance.document.number if instance.document else "—"


class ActionColumn(Column):
    def get_value(self, instance):
        if not instance.is_open:
            return ""
        url = reverse("paperwork_document_request", args=[instance.pk])
        return format_html('<a class="button button-small" href="{}">{}</a>', url, gettext("Issue or decline"))


class DocumentRequestsView(ReportView):
    page_title = _("Document requests")
    header_icon = "mail"
    index_url_name = "paperwork_document_requests"
    index_results_url_name = "paperwork_document_requests_results"
    permission_policy = ModelPermissionPolicy(DocumentRequest)
    permission_required = "view"
    filterset_class = DocumentRequestFilterSet
    list_export = []
    columns = [
        TitleColumn(
            "title",
            label=pgettext_lazy("document request", "Request"),
            accessor="__str__",
            get_url=lambda request: reverse("paperwork_document_request", args=[request.pk]),
        ),
        Column("volunteer", label=_("Volunteer")),
        Column("kind", label=_("Document"), accessor="get_kind_display"),
        Column("language", label=_("Language"), accessor="get_language_display"),
        DateTimeColumn("requested_at", label=_("Requested at")),
        Column("state", label=_("State"), accessor="get_state_display"),
        DateTimeColumn("done_at", label=_("Answered at")),
        DocumentNumberColumn("document", label=_("Document number")),
        ActionColumn("action", label=_("Action")),
    ]

    def get_queryset(self):
        return DocumentRequest.objects.select_related("volunteer", "document").order_by("requested_at", "pk")


class RequestsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


class HandleRequestView(PaperworkAdminView):
    """One request: issue its document (signed by a named coordinator) or decline it with a reason."""

    permissions = HANDLE_PERMISSIONS
    template_name = "paperwork/admin/document_request.html"
    page_title = _("Document request")
    header_icon = "mail"

    def load(self, pk):
        self.document_request = get_object_or_404(
            DocumentRequest.objects.select_related("volunteer", "document", "handled_by"), pk=pk
        )

    def get_page_subtitle(self):
        return str(self.document_request)

    def get_breadcrumbs_parents(self):
        return [{"url": listing_url(), "label": _("Document requests")}]

    def declining(self):
        return self.request.method == "POST" and DECLINE in self.request.POST

    def get_form_class(self):
        return DeclineRequestForm if self.declining() else RequestIssueForm

    def issue_form_kwargs(self):
        return {"document_request": self.document_request, "user": self.request.user}

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        return kwargs if self.declining() else {**kwargs, **self.issue_form_kwargs()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document_request = self.document_request
        form = context["form"]
        if self.declining():
            context["decline_form"], context["issue_form"] = form, RequestIssueForm(**self.issue_form_kwargs())
        else:
            context["issue_form"], context["decline_form"] = form, DeclineRequestForm()
        volunteer = document_request.volunteer
        context.update(
            {
                "document_request": document_request,
                "volunteer": volunteer,
                "listing_url": listing_url(),
                "documents_url": reverse("paperwork_volunteer_documents", args=[volunteer.pk]),
                "needs_agreement": document_request.kind == DocumentRequest.Kind.AGREEMENT
                and not Agreement.objects.filter(volunteer=volunteer).exists(),
                "add_agreement_url": reverse("wagtailsnippets_paperwork_agreement:add"),
                "may_download": allowed(self.request.user, ("paperwork.view_issueddocument",)),
            }
        )
        return context

    def form_valid(self, form):
        document_request, user = self.document_request, self.request.user
        try:
            if self.declining():
                document_requests.decline(document_request, user, form.cleaned_data["reason"])
                messages.success(self.request, gettext("Declined; the volunteer has been told to look at their page."))
                return redirect(listing_url())
            answered = document_requests.fulfil(
                document_request, user, lambda locked: issue_from_form(locked.volunteer, user, form.cleaned_data)
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        except document_requests.AlreadyAnswered:
            messages.error(self.request, gettext("This request was already answered; nothing more was done."))
            return redirect("paperwork_document_request", pk=document_request.pk)
        document = answered.document
        messages.success(
            self.request,
            gettext("Issued: %(document)s. The volunteer has been told it is on their page.") % {"document": document},
            buttons=[messages.button(reverse("paperwork_document_pdf", args=[document.pk]), gettext("Download PDF"))],
        )
        return redirect(listing_url())
