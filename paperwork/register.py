"""The register of issued documents, as an admin listing for coordinators (Paperwork → Register of documents).

Columns name the holder as "Volunteer #id" and nothing personal; the register has no export. Those who may
issue documents get a header button to issue a year's certificates in bulk (bulk_admin.py).
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from .admin_views import ISSUE_PERMISSIONS
from .models import IssuedDocument

PERMISSION = "paperwork.view_issueddocument"


class DocumentRegisterView(ReportView):
    page_title = _("Register of issued documents")
    header_icon = "doc-full"
    index_url_name = "paperwork_register"
    index_results_url_name = "paperwork_register_results"
    permission_policy = ModelPermissionPolicy(IssuedDocument)
    permission_required = "view"
    list_export = []
    columns = [
        Column("number", label=_("Number")),
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        Column("holder", label=_("Holder"), accessor="holder"),
        DateColumn("issued_at", label=_("Issued")),
        Column("state", label=_("State"), accessor="get_state_display"),
    ]

    def get_queryset(self):
        return IssuedDocument.objects.select_related("holder").order_by("-issued_at", "-pk")

    def get_header_buttons(self):
        buttons = super().get_header_buttons()
        if self.request.user.has_perms(ISSUE_PERMISSIONS):
            url = reverse("paperwork_certificates_for_year")
            buttons.append(HeaderButton(_("Certificates for a year"), url=url, icon_name="doc-full"))
        return buttons


class RegisterMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)
