"""The registry's status pipeline asks this app (hook `registry_status_rules`) what more "active" needs."""

from django.utils.translation import gettext_lazy as _

from registry.models import Volunteer
from registry.pipeline import Problem

from .requirements import guardian_consent_needed


def minors_need_guardian_consent(facts, to_status, today):
    """A person under 18 becomes active only with a parent or guardian's written consent on record."""
    if to_status != Volunteer.Status.ACTIVE:
        return []
    if guardian_consent_needed(facts.volunteer_id, facts.date_of_birth, today):
        return [Problem("guardian_consent_missing", _("A person under 18 needs a parent or guardian's consent."))]
    return []
