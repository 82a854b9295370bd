"""The paperwork's dashboard panel: who needs an agreement (past 30 days of service) or insurance, and how many
volunteers' document requests wait for an answer."""

import datetime

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .flags import volunteers_without_agreement, volunteers_without_insurance
from .models import DocumentRequest

INSURANCE_LOOKBACK_DAYS = 30
VIEW_REQUESTS_PERMISSION = "paperwork.view_documentrequest"


def paperwork_figures(today=None):
    today = today or timezone.localdate()
    return {
        "without_agreement": volunteers_without_agreement(today).count(),
        "without_insurance": volunteers_without_insurance(
            today - datetime.timedelta(days=INSURANCE_LOOKBACK_DAYS), today
        ).count(),
        "insurance_days": INSURANCE_LOOKBACK_DAYS,
        "open_requests": DocumentRequest.objects.open().count(),
    }


class PaperworkPanel(Component):
    name = "paperwork"
    order = 95
    template_name = "paperwork/admin/dashboard_panel.html"

    def __init__(self, today=None, user=None):
        self.today = today
        self.user = user

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        context["figures"] = paperwork_figures(self.today)
        if self.user is not None and self.user.has_perm(VIEW_REQUESTS_PERMISSION):
            context["requests_url"] = f"{reverse('paperwork_document_requests')}?state={DocumentRequest.State.OPEN}"
        return context


def add_paperwork_panel(request, panels):
    """Hooked to construct_homepage_panels: coordinators only."""
    if request.user.has_perm("registry.view_volunteer"):
        panels.append(PaperworkPanel(user=request.user))
