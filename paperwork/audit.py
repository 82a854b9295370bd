"""Audit-log actions of the paperwork: issuing and revoking, volunteers' requests and their answers. Entries name
the document ("Certificate 12/2026") or the request ("Document request #5"), never the holder; a revocation's or
a refusal's reason stays on its row, out of the log. A volunteer's confirmation of an area's health-and-safety
information is logged on their record with the version's id and number only."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.log_actions import LogFormatter

from .document_requests import ANSWERED_ACTION, REQUESTED_ACTION
from .issuing import ISSUE_ACTION, REVOKE_ACTION

SAFETY_ACKNOWLEDGED = "paperwork.safety_acknowledged"


class RevokeFormatter(LogFormatter):
    label = pgettext_lazy("log action", "Document revoked")

    def format_message(self, log_entry):
        replaced_by = log_entry.data.get("replaced_by")
        if replaced_by:
            return _("Replaced by document no. %(number)s") % {"number": replaced_by}
        return _("Document revoked")


class RequestAnsweredFormatter(LogFormatter):
    label = pgettext_lazy("log action", "Document request answered")

    def format_message(self, log_entry):
        number = log_entry.data.get("number")
        if number:
            return _("Answered with document no. %(number)s") % {"number": number}
        return _("Request declined")


def register_actions(actions):
    """Hooked to register_log_actions in wagtail_hooks.py."""
    actions.register_action(ISSUE_ACTION, pgettext_lazy("log action", "Document issued"), _("Document issued"))
    actions.register_action(REVOKE_ACTION)(RevokeFormatter)
    actions.register_action(
        SAFETY_ACKNOWLEDGED,
        pgettext_lazy("log action", "Safety information confirmed"),
        _("The volunteer confirmed reading the health and safety information"),
    )
    actions.register_action(
        REQUESTED_ACTION,
        pgettext_lazy("log action", "Document requested"),
        _("The volunteer asked for a document on their page"),
    )
    actions.register_action(ANSWERED_ACTION)(RequestAnsweredFormatter)
