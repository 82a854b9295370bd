"""Audit-log entries for what a volunteer changes themselves; they hold field names and codes, never values."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.log_actions import log

CONTACT_CHANGED = "portal.contact_changed"
CONSENT_WITHDRAWN = "portal.public_name_consent_withdrawn"
REMOVAL_REQUESTED = "portal.removal_requested"
HOURS_REPORTED = "portal.hours_reported"


def register_actions(actions):
    """Hooked to register_log_actions (portal/wagtail_hooks.py)."""
    actions.register_action(
        CONTACT_CHANGED, pgettext_lazy("log action", "Correction by the volunteer"), _("Corrected by the volunteer")
    )
    actions.register_action(
        CONSENT_WITHDRAWN,
        pgettext_lazy("log action", "Consent to be named withdrawn"),
        _("The volunteer withdrew consent to be named publicly"),
    )
    actions.register_action(
        REMOVAL_REQUESTED, pgettext_lazy("log action", "Removal requested"), _("The volunteer asked to be removed")
    )
    actions.register_action(
        HOURS_REPORTED, pgettext_lazy("log action", "Hours reported"), _("The volunteer reported hours")
    )


def log_by_volunteer(volunteer, action, **data):
    """No admin user acted: the entry has no user, its data say what changed (names, not values)."""
    return log(instance=volunteer, action=action, user=None, data=data)
