"""Signing up for shifts, cancelling, and cancelling whole shifts: each function is one transaction.

The database decides who gets a place: a sign-up takes one with a conditional UPDATE
(`places_taken = places_taken + 1 WHERE places_taken < capacity`); one row updated means confirmed, none
means the waiting list. The check constraint `places_taken <= capacity` backs it up. A freed place goes to the
first person waiting in the same transaction, and they are told through the outbox.

`by` is the admin user acting for the volunteer (a coordinator); None means the volunteer themselves.
Coordinators are held to every requirement; the only thing they may override is the cancelling cut-off.
"""

import datetime
import logging

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from registry.models import Volunteer

from . import audit, notifications, requirements
from .freshness import availability_changed
from .models import Shift, Signup

logger = logging.getLogger("opportunities.signups")

LIVE_STATES = (Signup.State.CONFIRMED, Signup.State.WAITING)
# Attendance counted as hours is a service record in the registry: the sign-up it came from stays as it is, and
# a mistake is put right in the record itself (Registry › Service records), which is what every count reads.
COUNTED_SIGNUP_STAYS = gettext_lazy(
    "This person's attendance has already been counted as hours, so the sign-up stays on the rota. "
    "To correct the hours, change the service record in the registry."
)
COUNTED_SHIFT_STAYS = gettext_lazy(
    "Attendance on this shift has already been counted as hours, so the shift cannot be cancelled. "
    "To correct the hours, change the service records in the registry."
)


class SignupRefused(Exception):
    """Why something could not be done, in words for the person (already translated); `code` for programs."""

    def __init__(self, message, code="refused", reasons=None):
        super().__init__(message)
        self.message = str(message)
        self.code = code
        self.reasons = reasons or [self.message]


def _lock_shift(shift):
    return Shift.objects.select_for_update().select_related("opportunity").get(pk=shift.pk)


def _check_shift_open(shift, now):
    if shift.cancelled_at is not None:
        raise SignupRefused(_("This shift has been cancelled."), code="shift_cancelled")
    if shift.starts_at <= now:
        raise SignupRefused(_("This shift has already started."), code="shift_started")


def _overlapping(volunteer, shift):
    return (
        Signup.objects.filter(volunteer=volunteer, state__in=LIVE_STATES, shift__cancelled_at__isnull=True)
        .exclude(shift=shift)
        .filter(shift__starts_at__lt=shift.ends_at, shift__ends_at__gt=shift.starts_at)
    )


def check_eligible(volunteer, shift, now=None):
    """Raise SignupRefused with every reason this person cannot take the shift; nothing is changed."""
    now = now or timezone.now()
    _check_shift_open(shift, now)
    existing = Signup.objects.filter(volunteer=volunteer, shift=shift, state__in=LIVE_STATES).first()
    if existing is not None:
        if existing.state == Signup.State.WAITING:
            raise SignupRefused(_("You are already on the waiting list for this shift."), code="duplicate")
        raise SignupRefused(_("You are already signed up for this shift."), code="duplicate")
    reasons = requirements.refusals(volunteer, shift)
    if reasons:
        raise SignupRefused(" ".join(reasons), code="requirements", reasons=reasons)
    if _overlapping(volunteer, shift).exists():
        raise SignupRefused(_("You are already signed up for another shift at the same time."), code="overlap")


def sign_up(volunteer, shift, by=None, now=None):
    """Sign a volunteer up: confirmed if a place is free, else on the waiting list. Returns the Signup."""
    now = now or timezone.now()
    try:
        with transaction.atomic():
            # One person's sign-ups run one at a time, so two overlapping shifts cannot both slip through.
            volunteer = Volunteer.objects.select_for_update().get(pk=volunteer.pk)
            shift = Shift.objects.select_related("opportunity").get(pk=shift.pk)
            check_eligible(volunteer, shift, now)
            took_place = Shift.objects.filter(
                pk=shift.pk, cancelled_at__isnull=True, places_taken__lt=F("capacity")
            ).update(places_taken=F("places_taken") + 1)
            if took_place:
                # One place fewer on the public pages (joining the waiting list changes nothing they show).
                availability_changed()
            return Signup.objects.create(
                shift=shift,
                volunteer=volunteer,
                state=Signup.State.CONFIRMED if took_place else Signup.State.WAITING,
                created_at=now,
                signed_up_by=by,
            )
    except IntegrityError:
        # The one-live-sign-up constraint: the same person's second request at the same moment.
        if Signup.objects.filter(volunteer=volunteer, shift=shift, state__in=LIVE_STATES).exists():
            raise SignupRefused(_("You are already signed up for this shift."), code="duplicate") from None
        raise


def cancel_cutoff(shift):
    return shift.starts_at - datetime.timedelta(hours=shift.opportunity.cancel_cutoff_hours)


def cancel(signup, by=None, now=None, enforce_cutoff=None):
    """Cancel a sign-up; a confirmed place goes to the first person waiting, who is told. Returns the Signup.

    The cut-off holds for volunteers (by=None) unless `enforce_cutoff` says otherwise, and only for a confirmed
    place: leaving the waiting list frees nobody's place and is never late (a person still waiting may be given a
    place up to the start, so they must be able to step out until then and after).
    """
    if enforce_cutoff is None:
        enforce_cutoff = by is None
    now = now or timezone.now()
    with transaction.atomic():
        shift = _lock_shift(signup.shift)
        signup = Signup.objects.select_for_update().select_related("volunteer").get(pk=signup.pk)
        if signup.state == Signup.State.CANCELLED:
            raise SignupRefused(_("This sign-up has already been cancelled."), code="already_cancelled")
        if signup.service_record_id is not None:
            raise SignupRefused(COUNTED_SIGNUP_STAYS, code="counted")
        if enforce_cutoff and signup.state == Signup.State.CONFIRMED and now >= cancel_cutoff(shift):
            raise SignupRefused(
                _(
                    "Cancelling online closed %(hours)d hours before the start. Please tell the coordinator "
                    "that you cannot come."
                )
                % {"hours": shift.opportunity.cancel_cutoff_hours},
                code="cutoff",
            )
        was_confirmed = signup.state == Signup.State.CONFIRMED
        signup.state = Signup.State.CANCELLED
        signup.cancelled_at = now
        signup.save(update_fields=["state", "cancelled_at"])
        if was_confirmed:
            Shift.objects.filter(pk=shift.pk).update(places_taken=F("places_taken") - 1)
            availability_changed()
            if shift.cancelled_at is None and shift.starts_at > now:
                promote_waiting(shift, now)
        if by is not None:
            notifications.tell_removed(signup)  # skipped for anonymised records (no address)
        return signup


def promote_waiting(shift, now=None):
    """Give free places to the people waiting longest (after a cancellation or a larger capacity).

    Call inside a transaction holding the shift's row lock. Returns the promoted sign-ups.
    """
    now = now or timezone.now()
    promoted = []
    waiting = Signup.objects.select_for_update().filter(shift=shift, state=Signup.State.WAITING)
    for signup in waiting.order_by("created_at", "pk").select_related("volunteer", "shift__opportunity"):
        took_place = Shift.objects.filter(pk=shift.pk, places_taken__lt=F("capacity")).update(
            places_taken=F("places_taken") + 1
        )
        if not took_place:
            break
        signup.state = Signup.State.CONFIRMED
        signup.promoted_at = now
        signup.save(update_fields=["state", "promoted_at"])
        notifications.tell_promoted(signup)
        promoted.append(signup)
    return promoted


def fill_free_places(shift, now=None):
    """After a coordinator raises a shift's capacity: the waiting list moves up before anyone new comes."""
    now = now or timezone.now()
    with transaction.atomic():
        shift = _lock_shift(shift)
        if shift.cancelled_at is not None or shift.starts_at <= now:
            return []
        promoted = promote_waiting(shift, now)
        if promoted:
            availability_changed()
        return promoted


def has_counted_hours(shift):
    """Whether any attendance on the shift has become a service record (the sign-ups then stay as they are)."""
    return Signup.objects.filter(shift=shift, service_record__isnull=False).exists()


def cancel_shift(shift, reason, by, now=None):
    """Cancel a shift: every confirmed or waiting person's sign-up is cancelled and they are told why.

    Returns how many people were told (anonymised records have no address and are skipped).
    """
    now = now or timezone.now()
    with transaction.atomic():
        shift = _lock_shift(shift)
        if shift.cancelled_at is not None:
            raise SignupRefused(_("This shift has already been cancelled."), code="shift_cancelled")
        if has_counted_hours(shift):
            raise SignupRefused(COUNTED_SHIFT_STAYS, code="counted")
        shift.cancelled_at = now
        shift.cancel_reason = reason
        shift.places_taken = 0
        shift.save(update_fields=["cancelled_at", "cancel_reason", "places_taken"])
        live = list(
            Signup.objects.select_for_update()
            .filter(shift=shift, state__in=LIVE_STATES)
            .select_related("volunteer", "shift__opportunity")
        )
        told = 0
        for signup in live:
            signup.state = Signup.State.CANCELLED
            signup.cancelled_at = now
            signup.save(update_fields=["state", "cancelled_at"])
            if notifications.tell_shift_cancelled(signup, reason) is not None:
                told += 1
        audit.log_shift_cancelled(shift, by, people=len(live))
        return told


def free_places_of_anonymised(volunteer, user=None):
    """An anonymised person will not come: their places on shifts not yet started go to the people waiting.

    Past sign-ups stay as they are (attendance and the service records they were counted as), so counts and hours
    survive anonymisation; sign-ups hold no free text about the person.
    """
    now = timezone.now()
    upcoming = Signup.objects.filter(
        volunteer=volunteer,
        state__in=LIVE_STATES,
        shift__starts_at__gt=now,
        shift__cancelled_at__isnull=True,
        # Counted hours stay (a shift moved to a later date after counting keeps its record).
        service_record__isnull=True,
    )
    for signup in upcoming:
        cancel(signup, by=user, now=now, enforce_cutoff=False)
