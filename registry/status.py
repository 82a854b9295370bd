"""Records every change of a volunteer's status: a StatusChange row and an audit-log entry.

Called from Volunteer.save(), so the edit form, bulk actions and any other code path are covered.
The acting user comes from Wagtail's log context, which every admin view sets.
"""

from django.db import transaction
from wagtail.log_actions import get_active_log_context, log

STATUS_CHANGE_ACTION = "registry.status_change"


def stored_status(volunteer, update_fields=None):
    """The status currently in the database, or None for a new record (or a save that leaves status alone)."""
    if volunteer._state.adding or volunteer.pk is None:
        return None
    if update_fields is not None and "status" not in update_fields:
        return None
    return type(volunteer)._base_manager.filter(pk=volunteer.pk).values_list("status", flat=True).first()


def record_status_change(volunteer, from_status, user=None):
    """Write the trail of one change; the log entry holds status codes only, never personal data."""
    from registry.models import StatusChange

    user = user or get_active_log_context().user
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    with transaction.atomic():
        change = StatusChange.objects.create(
            volunteer=volunteer, from_status=from_status or "", to_status=volunteer.status, changed_by=user
        )
        log(
            instance=volunteer,
            action=STATUS_CHANGE_ACTION,
            user=user,
            data={"from": from_status or "", "to": volunteer.status},
        )
    return change
