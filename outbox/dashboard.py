"""The coordinators' dashboard panel: e-mails that could not be delivered, each with a "try again" button."""

from wagtail.admin.ui.components import Component

from .kinds import label
from .models import Email

PANEL_ROWS = 20
# Coordinators only: the same permission that lets them change volunteers' records.
PERMISSION = "registry.change_volunteer"


class UndeliveredEmailsPanel(Component):
    name = "outbox"
    order = 95
    template_name = "outbox/dashboard_panel.html"

    def __init__(self, emails, total):
        self.emails = emails
        self.total = total

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        # Kind, dates, tries and error class only: no address, subject or text.
        context["rows"] = [{"email": email, "label": label(email.kind)} for email in self.emails]
        context["total"] = self.total
        return context


def add_outbox_panel(request, panels):
    """Hooked to construct_homepage_panels: shown to coordinators while something could not be delivered."""
    if not request.user.has_perm(PERMISSION):
        return
    failed = Email.objects.filter(state=Email.State.FAILED).order_by("-created_at")
    emails = list(failed.only("pk", "kind", "created_at", "attempts", "last_error")[:PANEL_ROWS])
    if emails:
        panels.append(UndeliveredEmailsPanel(emails, failed.count()))
