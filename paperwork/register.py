"""The register of issued documents, as an admin listing for coordinators (Paperwork → Register of documents).

Columns name the holder as "Volunteer #id" and nothing personal; the register has no export. Those who may
issue documents get a header button to issue a year's certificates in bulk (bulk_admin.py).
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from registry.admin_display import DisplayColumn
from registry.admin_views import CountedPaginator
from registry.admin_wording import format_count

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
    # "6 wystawionych dokumentów", not Wagtail's count glued to the plural name ("6 wystawione dokumenty").
    paginator_class = CountedPaginator
    columns = [
        Column("number", label=_("Number")),
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        Column("holder", label=_("Holder"), accessor="holder"),
        # A date and time, as the register shows everywhere: never "a moment ago".
        DisplayColumn("issued_at", label=_("Issued")),
        Column("state", label=_("State"), accessor="get_state_display"),
    ]

    def get_queryset(self):
        return IssuedDocument.objects.select_related("holder").order_by("-issued_at", "-pk")

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        return super().get_paginator(
            queryset,
            per_page,
            orphans=orphans,
            allow_empty_first_page=allow_empty_first_page,
            count_label=lambda count: (
                ngettext("%(count)s issued document", "%(count)s issued documents", count)
                % {"count": format_count(count)}
            ),
            **kwargs,
        )

    def get_header_buttons(self):
        buttons = super().get_header_buttons()
        if self.request.user.has_perms(ISSUE_PERMISSIONS):
            url = reverse("paperwork_certificates_for_year")
            buttons.append(HeaderButton(_("Certificates for a year"), url=url, icon_name="doc-full"))
        return buttons


class RegisterMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)
