"""A new version of an area's health-and-safety information (art. 45) after people signed up for its shifts.

Sign-up checks the version in force on the shift's day (shift_requirements.check_safety), but a version written
later finds people already on the rota. Nobody loses a place over it (a coordinator decides); instead:

- find_owed() is the sign-up engine's "owed" finder (opportunities/requirements.py): the people on a shift who have
  not acknowledged the version in force on its day. The volunteer's page shows it by the shift with a link to the
  safety page, the rota marks the person, the day-before reminder mentions it.
- tell_about(version) e-mails, once per person and version, everyone signed up (place or waiting list) for a shift
  still to come in the area, on a day when that version is the one in force, who has not acknowledged it. It runs
  in the task queue after a version is saved (after commit) and daily for every version in force now or later (a
  save while the broker was down). A SafetyVersionNotice row, written with the e-mail, outlives the outbox's own
  key (purged after OUTBOX_KEEP_DAYS): a re-save, a retried task or a second run sends nothing more.

Logs carry ids and counts only, never a name or an address.
"""

import datetime
import logging
from functools import partial
from urllib.parse import urlencode

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from opportunities.models import Signup
from opportunities.notifications import opportunity_title, shift_when
from opportunities.requirements import Owed, register_owed, shift_day
from portal.access import is_eligible
from portal.notify import email_volunteer
from registry.gdpr.readable import document_language

from .models import SafetyInformation, SafetyVersionNotice, VolunteerSafetyAcknowledgement
from .requirements import current_safety_information, safety_versions_to_read

logger = logging.getLogger("paperwork.safety")

EMAIL_KIND = "paperwork.safety_new_version"
OWED_NAME = "safety"
LIVE_STATES = (Signup.State.CONFIRMED, Signup.State.WAITING)


def safety_link(area):
    """The person's safety page opened at the area, back to their own page once everything there is confirmed."""
    try:
        address = reverse("portal_safety:page")
        back = reverse("portal:home")
    except NoReverseMatch:  # a URLconf without the volunteer's page
        return ""
    return f"{address}?{urlencode({'area': area.pk, 'next': back})}#safety-{area.translation_key}"


def find_owed(shift, volunteer_ids, day):
    """{volunteer id: Owed} for those who have not acknowledged the area's version in force on the shift's day."""
    area = shift.opportunity.area
    information = current_safety_information(area, day) if area is not None else None
    if information is None:  # nothing written: sign-up is refused, there is nothing to read yet
        return {}
    acknowledged = set(
        VolunteerSafetyAcknowledgement.objects.filter(
            information=information, volunteer_id__in=volunteer_ids, acknowledged_on__lte=day
        ).values_list("volunteer_id", flat=True)
    )
    missing = [volunteer_id for volunteer_id in volunteer_ids if volunteer_id not in acknowledged]
    if not missing:
        return {}
    words = {"area": area.localized.name, "version": information.version}
    item = Owed(
        text=_(
            "The health and safety information for the area “%(area)s” in force on the day of this shift "
            "(version %(version)s) is waiting for your confirmation. Please read it and confirm it before the shift."
        )
        % words,
        label=_("Health and safety information not confirmed (version %(version)s)") % words,
        link=safety_link(area),
        link_text=_("Read the health and safety information and confirm it"),
    )
    return dict.fromkeys(missing, item)


def day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def owing_signups(information, now=None):
    """{volunteer: [sign-ups]} of people who owe this version for shifts still to come, soonest shift first."""
    now = now or timezone.now()
    area = information.area
    candidates = (
        Signup.objects.filter(
            state__in=LIVE_STATES,
            shift__cancelled_at__isnull=True,
            shift__starts_at__gt=now,
            shift__starts_at__gte=day_start(information.in_force_from),
            shift__opportunity__area__translation_key=area.translation_key,
        )
        .exclude(volunteer__safety_acks__information=information)
        .select_related("volunteer", "shift__opportunity")
        .order_by("shift__starts_at", "pk")
    )
    in_force = {}
    owing = {}
    for signup in candidates:
        day = shift_day(signup.shift)
        if day not in in_force:
            in_force[day] = current_safety_information(area, day)
        # A later version in force by then is the one owed for that shift (and told about on its own).
        if in_force[day] == information:
            owing.setdefault(signup.volunteer, []).append(signup)
    return owing


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path if path.startswith("/") else path


def tell_person(information, volunteer, signups):
    """Queue the one e-mail for this person and version, unless it was queued before; True when queued now."""
    if not volunteer.email or not is_eligible(volunteer):
        return False  # no notice either: told once they can be written to
    language = document_language(volunteer)
    with transaction.atomic():
        _notice, created = SafetyVersionNotice.objects.get_or_create(volunteer=volunteer, information=information)
        if not created:
            return False
        with translation.override(language):
            context = {
                "area": information.area.localized.name,
                "version": information.version,
                "in_force_from": information.in_force_from,
                "shifts": [
                    {"title": opportunity_title(signup.shift, language), "when": shift_when(signup.shift)}
                    for signup in signups
                ],
                "safety_url": absolute(safety_link(information.area)),
            }
        email = email_volunteer(
            volunteer,
            key=f"{EMAIL_KIND}:{information.pk}:{volunteer.pk}",
            kind=EMAIL_KIND,
            subject=gettext_lazy("Health and safety information to confirm before your shift"),
            template="paperwork/emails/safety_new_version.txt",
            context=context,
        )
        return email is not None


def tell_about(information, now=None):
    """E-mail everyone who owes this version for a shift still to come (each once ever); returns how many now."""
    owing = owing_signups(information, now)
    told = sum(tell_person(information, volunteer, signups) for volunteer, signups in owing.items())
    logger.info("safety information #%s: %s owing, %s e-mailed now", information.pk, len(owing), told)
    return told


def tell_about_all(now=None):
    """tell_about() for every area's version in force today and each later one already written."""
    today = timezone.localdate(now)
    areas = {}
    for information in SafetyInformation.objects.select_related("area").order_by("pk"):
        areas.setdefault(information.area.translation_key, information.area)
    return sum(
        tell_about(information, now) for area in areas.values() for information in safety_versions_to_read(area, today)
    )


def hand_to_queue(information_id):
    """After commit: the task tells the people; with the broker down the daily run does it instead."""
    from .tasks import safety_new_version

    try:
        safety_new_version.delay(information_id)
    except Exception as error:
        logger.warning(
            "safety information #%s left for the daily run: broker unavailable (%s)",
            information_id,
            type(error).__name__,
        )


def information_saved(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata
        return
    transaction.on_commit(partial(hand_to_queue, instance.pk))


def connect():
    register_owed(OWED_NAME, find_owed)
    post_save.connect(information_saved, sender=SafetyInformation, dispatch_uid="paperwork-safety-information-saved")
