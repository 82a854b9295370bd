"""Coordinators' views: a volunteer's documents, issuing one, downloading its PDF, revoking it.

Each view checks the registry's own permission (change a volunteer) and the paperwork's, and answers a real 403
inside the admin otherwise (registry/gdpr/views.py).
"""

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from registry.gdpr.views import permission_denied, volunteer_breadcrumbs
from registry.models import Volunteer

from . import issuing, pdf
from .forms import IssueDocumentForm, RevokeDocumentForm
from .models import DocumentRequest, IssuedDocument

VIEW_PERMISSIONS = ("registry.change_volunteer", "paperwork.view_issueddocument")
ISSUE_PERMISSIONS = ("registry.change_volunteer", "paperwork.add_issueddocument")
REVOKE_PERMISSIONS = ("registry.change_volunteer", "paperwork.change_issueddocument")


def allowed(user, permissions):
    return user.has_perms(permissions)


class PaperworkAdminView(WagtailAdminTemplateMixin, FormView):
    permissions = ISSUE_PERMISSIONS
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        # Permission first, the row second: a 404 for a missing id beside a 403 for a real one would let anyone
        # with admin access count the registry's volunteers and documents.
        if not allowed(request.user, self.permissions):
            return permission_denied(request)
        self.load(**kwargs)
        return super().dispatch(request, *args, **kwargs)

    def load(self, **kwargs):
        """Fetch the view's row from the URL, once the user is known to be allowed."""

    def get_breadcrumbs_parents(self):
        """The pages between "Start" and this one: the register of issued documents unless a view says otherwise."""
        return [{"url": reverse("paperwork_register"), "label": _("Register of issued documents")}]

    def get_breadcrumbs_items(self):
        # Wagtail's header shows the last item as the page's title: "Start" alone without these.
        return [
            *self.breadcrumbs_items,
            *self.get_breadcrumbs_parents(),
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]


def issue_from_form(volunteer, user, data):
    """Issue what an IssueDocumentForm (or a request's form) asks for; ValidationError when it cannot be."""
    common = {"signatory": data["signatory"], "language": data["language"]}
    if data["kind"] == IssuedDocument.Kind.CERTIFICATE:
        return issuing.issue_certificate(
            volunteer,
            user,
            start=data.get("period_start"),
            end=data.get("period_end"),
            scope_note=data.get("scope_note", ""),
            **common,
        )
    if data["kind"] == IssuedDocument.Kind.OPINION:
        return issuing.issue_opinion(volunteer, user, assessment=data["assessment"], **common)
    return issuing.issue_agreement(data["agreement"], user, **common)


class VolunteerDocumentsView(PaperworkAdminView):
    """The volunteer's documents, with the form to issue a new one."""

    template_name = "paperwork/admin/volunteer_documents.html"
    form_class = IssueDocumentForm
    page_title = _("Documents")

    def load(self, pk):
        self.volunteer = get_object_or_404(Volunteer, pk=pk)

    def get_page_subtitle(self):
        return str(self.volunteer)

    def get_breadcrumbs_items(self):
        return volunteer_breadcrumbs(self, self.volunteer)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "volunteer": self.volunteer, "user": self.request.user}

    def get_initial(self):
        kind = self.request.GET.get("kind")
        return {"kind": kind} if kind in IssuedDocument.Kind.values else {}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["volunteer"] = self.volunteer
        context["documents"] = IssuedDocument.objects.filter(holder=self.volunteer).select_related("replaced_by")
        context["may_revoke"] = allowed(self.request.user, REVOKE_PERMISSIONS)
        # What the person asked for on their page: answered from the request, so it is marked done and they are told.
        context["open_requests"] = DocumentRequest.objects.open().filter(volunteer=self.volunteer)
        return context

    def form_valid(self, form):
        try:
            document = issue_from_form(self.volunteer, self.request.user, form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            gettext("Issued: %(document)s.") % {"document": document},
            buttons=[messages.button(reverse("paperwork_document_pdf", args=[document.pk]), gettext("Download PDF"))],
        )
        return redirect("paperwork_volunteer_documents", pk=self.volunteer.pk)


def document_pdf(request, pk):
    """The PDF, made again from the register's frozen content; never cached."""
    if not allowed(request.user, VIEW_PERMISSIONS):
        return permission_denied(request)
    document = get_object_or_404(IssuedDocument, pk=pk)
    response = HttpResponse(pdf.render_pdf(document), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{pdf.file_name(document)}"'
    response["Cache-Control"] = "private, no-store"
    return response


class RevokeDocumentView(PaperworkAdminView):
    permissions = REVOKE_PERMISSIONS
    template_name = "paperwork/admin/revoke.html"
    form_class = RevokeDocumentForm
    page_title = _("Revoke a document")
    header_icon = "warning"

    def load(self, pk):
        self.document = get_object_or_404(IssuedDocument, pk=pk)

    def get_page_subtitle(self):
        return str(self.document)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "document": self.document}

    def form_valid(self, form):
        try:
            issuing.revoke(self.document, self.request.user, form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, gettext("Revoked: %(document)s.") % {"document": self.document})
        if self.document.holder_id:
            return redirect("paperwork_volunteer_documents", pk=self.document.holder_id)
        return redirect("wagtailadmin_home")
