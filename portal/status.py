"""What a volunteer's status means for them and what comes next, in their words rather than the registry's."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from registry.models import Volunteer

Status = Volunteer.Status

NEXT_STEPS = {
    Status.APPLIED: _("We have your application. A coordinator will contact you and invite you to an interview."),
    Status.SCREENING: _(
        "After the interview we are checking your documents, including the certificate of no criminal record. "
        "We will then invite you to a training."
    ),
    Status.TRAINED: _("You have completed the training. A coordinator will confirm when you can start serving."),
    Status.ACTIVE: _("You are an active volunteer. Thank you for your work!"),
    Status.INACTIVE: _("Your volunteering is paused. Write to the coordinators when you want to come back."),
}


def next_step(volunteer):
    return NEXT_STEPS.get(volunteer.status, "")


def vetting(volunteer, today=None):
    """{"expires_on", "expired"} for someone serving or about to, else None."""
    if volunteer.vetting_expires_on is None or volunteer.status not in (Status.TRAINED, Status.ACTIVE, Status.INACTIVE):
        return None
    today = today or timezone.localdate()
    return {"expires_on": volunteer.vetting_expires_on, "expired": volunteer.vetting_expires_on < today}
