"""The rules of a volunteer's status pipeline, in one place for every way of changing a status.

applied → screening → trained → active ⇄ inactive, with rejected / withdrawn as exits (see README, "Registry").
The edit form, the bulk action and any other code ask `transition_problems()` what a change lacks and
call `change_status()` to make it; a coordinator may override the rules deliberately, with a reason,
and the override is written to the status history and Wagtail's audit log (who, when, why).

Volunteer.save() does not refuse anything on its own: the join form, imports, retention and demo data
store a status they have decided themselves; the rules guard people's decisions in the admin.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter, log

from registry.models import Volunteer

Status = Volunteer.Status
OVERRIDE_ACTION = "registry.status_override"
# Other apps add rules with this hook: fn(facts, to_status, today) -> list of Problem (e.g. paperwork: a minor
# needs a guardian's consent before becoming active). The registry never imports them.
STATUS_RULES_HOOK = "registry_status_rules"
MAX_REASON_LENGTH = 500

# Where each status may go next. A record entered by hand may start in any status, subject to the
# requirements below; a status may always be kept as it is.
NEXT_STATUSES = {
    Status.APPLIED: {Status.SCREENING, Status.REJECTED, Status.WITHDRAWN},
    Status.SCREENING: {Status.TRAINED, Status.REJECTED, Status.WITHDRAWN},
    Status.TRAINED: {Status.ACTIVE, Status.INACTIVE, Status.WITHDRAWN},
    Status.ACTIVE: {Status.INACTIVE, Status.WITHDRAWN},
    Status.INACTIVE: {Status.ACTIVE, Status.WITHDRAWN},
    # Reconsidered after a rejection: back to screening, never straight into service.
    Status.REJECTED: {Status.SCREENING},
    # Someone who withdrew and comes back starts again as an application.
    Status.WITHDRAWN: {Status.APPLIED},
}
# Finishing training needs the certificate of no criminal record checked (it is checked during screening).
NEEDS_VETTING_CHECKED = {Status.TRAINED}


@dataclass(frozen=True)
class Problem:
    """One rule a change breaks: a stable code (for logs and tests) and a translated message."""

    code: str
    message: str


@dataclass(frozen=True)
class Facts:
    """What the rules look at; taken from a saved record or from a form's cleaned data."""

    from_status: str | None
    vetting_checked_on: object = None
    vetting_expires_on: object = None
    anonymised: bool = False
    volunteer_id: int | None = None
    date_of_birth: object = None

    @classmethod
    def of(cls, volunteer, from_status=None):
        return cls(
            from_status=from_status if from_status is not None else (volunteer.status if volunteer.pk else None),
            vetting_checked_on=volunteer.vetting_checked_on,
            vetting_expires_on=volunteer.vetting_expires_on,
            anonymised=volunteer.anonymised_at is not None,
            volunteer_id=volunteer.pk,
            date_of_birth=volunteer.date_of_birth,
        )


def status_label(status):
    return dict(Status.choices).get(status, status)


def transition_problems(facts, to_status, today=None):
    """Every rule that moving to `to_status` breaks; an empty list means the change is allowed."""
    today = today or timezone.localdate()
    if facts.from_status == to_status:
        return []
    if facts.anonymised:
        return [Problem("anonymised", _("The record is anonymised; its status no longer changes."))]
    problems = []
    if facts.from_status and to_status not in NEXT_STATUSES.get(facts.from_status, set()):
        problems.append(
            Problem(
                "order",
                format_lazy(
                    _("“{from_status}” cannot go straight to “{to_status}”."),
                    from_status=status_label(facts.from_status),
                    to_status=status_label(to_status),
                ),
            )
        )
    checked, expires = facts.vetting_checked_on, facts.vetting_expires_on
    if to_status == Status.ACTIVE:
        if checked is None or expires is None:
            problems.append(Problem("vetting_missing", _("Active volunteers need vetting with both dates recorded.")))
        elif checked > today:
            problems.append(Problem("vetting_future", _("The vetting check date is in the future.")))
        elif expires < today:
            problems.append(Problem("vetting_expired", _("The vetting has expired; record a new check first.")))
    elif to_status in NEEDS_VETTING_CHECKED and checked is None:
        problems.append(Problem("vetting_unchecked", _("This status needs the date the vetting was checked.")))
    for rule in hooks.get_hooks(STATUS_RULES_HOOK):
        problems.extend(rule(facts, to_status, today))
    return problems


def problems_text(problems):
    return " ".join(str(problem.message) for problem in problems)


class TransitionRefused(ValidationError):
    """A change the rules refuse and nobody overrode."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__(problems_text(problems), code="status_rules")


def clean_override_reason(override, reason, problems):
    """The reason an override needs; None when the rules hold (an override is then not recorded)."""
    reason = (reason or "").strip()
    if not problems:
        return None
    if not override:
        raise TransitionRefused(problems)
    if not reason:
        raise ValidationError(_("Give the reason for overriding the rules."), code="override_reason")
    return reason


def change_status(volunteer, to_status, user=None, override=False, reason="", today=None):
    """Move one volunteer to `to_status`, or raise TransitionRefused / ValidationError and change nothing.

    Returns True when the status changed. An override needs a reason and is recorded with the user.
    """
    problems = transition_problems(Facts.of(volunteer), to_status, today)
    reason = clean_override_reason(override, reason, problems)
    if volunteer.status == to_status:
        return False
    from_status = volunteer.status
    with transaction.atomic():
        volunteer.status = to_status
        volunteer.save(update_fields=["status", "updated_at"])
        if reason is not None:
            record_override(volunteer, from_status, to_status, problems, reason, user)
    return True


def record_override(volunteer, from_status, to_status, problems, reason, user=None):
    """Who overrode which rules and why: on the status-history row and as its own audit-log entry."""
    from registry.models import StatusChange

    latest = volunteer.status_changes.order_by("-changed_at", "-pk").first()
    if latest is not None and latest.to_status == to_status:
        StatusChange.objects.filter(pk=latest.pk).update(override_reason=reason)
    log(
        instance=volunteer,
        action=OVERRIDE_ACTION,
        user=user,
        data={
            "from": from_status or "",
            "to": to_status,
            "rules": [problem.code for problem in problems],
            "reason": reason,
        },
    )


class OverrideFormatter(LogFormatter):
    label = _("Override of the status rules")

    def format_message(self, log_entry):
        data = log_entry.data
        return format_lazy(
            _("Status changed from {from_status} to {to_status} against the rules. Reason: {reason}"),
            from_status=status_label(data.get("from")) or "—",
            to_status=status_label(data.get("to")),
            reason=data.get("reason", ""),
        )


def register_log_actions(actions):
    """Hooked to register_log_actions in wagtail_hooks.py."""
    actions.register_action(OVERRIDE_ACTION)(OverrideFormatter)
