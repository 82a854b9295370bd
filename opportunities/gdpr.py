"""The volunteer's sign-ups and completed trainings in their personal-data export (registered in apps.py)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from registry.gdpr.sections import ExportSection, register_section

from .models import Signup


def signup_rows(volunteer):
    signups = volunteer.signups.select_related("shift__opportunity").order_by("created_at", "pk")
    return [
        {
            # In the language the copy is written in (its live translation), else as published.
            "opportunity": signup.shift.opportunity.localized.title,
            "starts_at": timezone.localtime(signup.shift.starts_at),
            "ends_at": timezone.localtime(signup.shift.ends_at),
            "state": signup.state,
            "signed_up_at": signup.created_at,
            "cancelled_at": signup.cancelled_at,
            "attendance": signup.attendance or None,
            "hours": signup.hours,
            "counted_as_hours": signup.service_record_id is not None,
        }
        for signup in signups
    ]


def training_rows(volunteer):
    return [
        {"training": done.training.name, "completed_on": done.completed_on}
        for done in volunteer.trainings.select_related("training").order_by("completed_on", "pk")
    ]


SIGNUPS = ExportSection(
    key="shift_signups",
    title=_("Shifts signed up for"),
    columns=[
        ("opportunity", _("Opportunity")),
        ("starts_at", _("Starts")),
        ("ends_at", _("Ends")),
        ("state", _("State")),
        ("signed_up_at", _("Signed up")),
        ("cancelled_at", _("Cancelled")),
        ("attendance", _("Attendance")),
        ("hours", _("Hours (if adjusted)")),
        ("counted_as_hours", _("Counted as hours")),
    ],
    rows=signup_rows,
    choices={"state": dict(Signup.State.choices), "attendance": dict(Signup.Attendance.choices)},
)
TRAININGS = ExportSection(
    key="completed_trainings",
    title=_("Completed trainings"),
    columns=[("training", _("Training")), ("completed_on", _("Completed on"))],
    rows=training_rows,
)


def register():
    register_section(SIGNUPS)
    register_section(TRAININGS)
