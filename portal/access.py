"""Who may use the volunteer's page: anyone in the registry except the rejected, the withdrawn and the anonymised."""

from registry.models import Volunteer

REFUSED_STATUSES = (Volunteer.Status.REJECTED, Volunteer.Status.WITHDRAWN)


def eligible_volunteers():
    return Volunteer.objects.not_anonymised().exclude(status__in=REFUSED_STATUSES)


def is_eligible(volunteer):
    return volunteer.anonymised_at is None and volunteer.status not in REFUSED_STATUSES
