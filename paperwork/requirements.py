"""What the law asks before someone serves: small questions other apps (shifts, sign-up, the volunteer's page) ask.

safety_acknowledged(volunteer, area, on_date)   art. 45: the area's current safety information acknowledged
safety_versions_to_read(area, on_date)          the version in force and any later one already written
safety_versions_by_area(keys, on_date)          the same for many areas at once, in one query
safeguarding_valid(volunteer, on_date)          a cleared child-protection check for work with minors
guardian_consent_needed(volunteer, on_date)     under 18 and no guardian's consent on record
is_minor(volunteer, on_date)
guardian_concludes(date_of_birth, on_date)     under 13: the parent or guardian concludes agreements for them
"""

import datetime

from django.db.models import F
from django.utils import timezone

from registry.models import Area

from .models import GuardianConsent, SafeguardingCheck, SafetyInformation, VolunteerSafetyAcknowledgement

ADULT_AGE = 18
# Below this age a person has no capacity to act in law (art. 12 of the Civil Code): their parent or guardian
# concludes the agreement for them. From 13 to 17 they conclude it themselves with the guardian's consent.
LEGAL_CAPACITY_AGE = 13


def _today(on_date):
    return on_date or timezone.localdate()


def same_area(area):
    """The area in every language: information may be written on the Polish area and asked about on the English."""
    return Area.objects.filter(translation_key=area.translation_key)


def current_safety_information(area, on_date=None):
    """The version of the area's safety information in force on the day, or None when none was written."""
    return (
        SafetyInformation.objects.filter(area__in=same_area(area), in_force_from__lte=_today(on_date))
        .order_by("-version")
        .first()
    )


def safety_acknowledged(volunteer, area, on_date=None):
    """Whether the volunteer acknowledged, on or before the day, the version in force that day.

    An area with no information written yet counts as not acknowledged: the host owes the information
    (art. 45) before the first shift, so sign-up waits until the programme writes it.
    """
    information = current_safety_information(area, on_date)
    if information is None:
        return False
    return VolunteerSafetyAcknowledgement.objects.filter(
        volunteer=volunteer, information=information, acknowledged_on__lte=_today(on_date)
    ).exists()


def acknowledge_safety(volunteer, area, on_date=None):
    """Record that the volunteer read the area's current information (idempotent); None when there is none."""
    information = current_safety_information(area, on_date)
    if information is None:
        return None
    acknowledgement, _created = VolunteerSafetyAcknowledgement.objects.get_or_create(
        volunteer=volunteer, information=information, defaults={"acknowledged_on": _today(on_date)}
    )
    return acknowledgement


def safety_versions_to_read(area, on_date=None):
    """The area's version in force on the day and every later version already written (in force from a later
    day), oldest first: what a volunteer may acknowledge that day. Superseded versions are not offered."""
    return safety_versions_by_area([area.translation_key], on_date).get(area.translation_key, [])


def safety_versions_by_area(translation_keys, on_date=None):
    """safety_versions_to_read for several areas in one query: {area translation key: versions, oldest first};
    an area with nothing written has no key. Each version carries `area_key`, its area's translation key.

    Every version of the areas is read (an area has a handful) and the choice made here, so the volunteer's page
    asks the same whatever the number of areas it shows."""
    day = _today(on_date)
    written = {}
    versions = (
        SafetyInformation.objects.filter(area__translation_key__in=list(translation_keys))
        .annotate(area_key=F("area__translation_key"))
        .order_by("version", "pk")
    )
    for information in versions:
        written.setdefault(information.area_key, []).append(information)
    to_read = {}
    for key, area_versions in written.items():
        in_force = [information for information in area_versions if information.in_force_from <= day]
        current = in_force[-1] if in_force else None
        later = [
            information
            for information in area_versions
            if information.in_force_from > day and (current is None or information.version > current.version)
        ]
        if current is not None or later:
            to_read[key] = ([current] if current else []) + later
    return to_read


def acknowledge_information(volunteer, information, on_date=None):
    """Record that the volunteer read this very version on the day (idempotent): (acknowledgement, created)."""
    return VolunteerSafetyAcknowledgement.objects.get_or_create(
        volunteer=volunteer, information=information, defaults={"acknowledged_on": _today(on_date)}
    )


def safeguarding_valid(volunteer, on_date=None):
    """A cleared child-protection check done on or before the day and not past its "valid until"."""
    day = _today(on_date)
    latest = (
        SafeguardingCheck.objects.filter(volunteer=volunteer, checked_on__lte=day)
        .order_by("-checked_on", "-pk")
        .first()
    )
    return (
        latest is not None
        and latest.outcome == SafeguardingCheck.Outcome.CLEARED
        and (latest.valid_until is None or latest.valid_until >= day)
    )


def age_on(date_of_birth, day):
    return day.year - date_of_birth.year - ((day.month, day.day) < (date_of_birth.month, date_of_birth.day))


def is_minor(volunteer, on_date=None, date_of_birth=None):
    date_of_birth = date_of_birth or volunteer.date_of_birth
    return date_of_birth is not None and age_on(date_of_birth, _today(on_date)) < ADULT_AGE


def guardian_concludes(date_of_birth, on_date=None):
    """True when the person is under 13 on the day, so a parent or guardian acts for them."""
    return date_of_birth is not None and age_on(date_of_birth, _today(on_date)) < LEGAL_CAPACITY_AGE


def guardian_consent_needed(volunteer_id, date_of_birth, on_date=None):
    """True when the person is under 18 on the day and no guardian's consent given by then is on record."""
    day = _today(on_date)
    if date_of_birth is None or age_on(date_of_birth, day) >= ADULT_AGE:
        return False
    if volunteer_id is None:
        return True
    return not GuardianConsent.objects.filter(volunteer_id=volunteer_id, given_on__lte=day).exists()


def first_day_of_adulthood(date_of_birth):
    try:
        return date_of_birth.replace(year=date_of_birth.year + ADULT_AGE)
    except ValueError:  # born on 29 February
        return datetime.date(date_of_birth.year + ADULT_AGE, 3, 1)
