"""Check-in on the day, and turning attendance into the registry's service records (once, whatever is re-run)."""

from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from registry.models import ServiceRecord

from . import audit
from .models import Shift, Signup
from .signups import SignupRefused

MAX_HOURS = Decimal("24")  # a service record holds at most one day's hours (registry's check constraint)


def record_attendance(signup, present, now=None):
    """Mark a confirmed person present or absent; allowed from the shift's day, changeable until counted."""
    now = now or timezone.now()
    with transaction.atomic():
        signup = Signup.objects.select_for_update().select_related("shift").get(pk=signup.pk)
        if signup.state != Signup.State.CONFIRMED:
            raise SignupRefused(_("Only confirmed people can be checked in."), code="not_confirmed")
        if signup.service_record_id is not None:
            raise SignupRefused(
                _("This attendance has already been counted as hours and cannot be changed here."), code="counted"
            )
        if timezone.localdate(signup.shift.starts_at) > timezone.localdate(now):
            raise SignupRefused(_("Check-in opens on the day of the shift."), code="too_early")
        signup.attendance = Signup.Attendance.PRESENT if present else Signup.Attendance.ABSENT
        signup.checked_in_at = now
        signup.save(update_fields=["attendance", "checked_in_at"])
        return signup


def hours_for(signup):
    hours = signup.hours if signup.hours is not None else Decimal(str(signup.shift.duration_hours))
    return min(hours, MAX_HOURS).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def count_hours(shift, by, now=None):
    """One service record per present, confirmed sign-up not yet counted; returns the records created.

    The sign-up's OneToOne link to its record is what "counted" means, so running it again creates nothing.
    """
    now = now or timezone.now()
    with transaction.atomic():
        shift = Shift.objects.select_for_update().select_related("opportunity").get(pk=shift.pk)
        if shift.starts_at > now:
            raise SignupRefused(_("Hours can be counted once the shift has started."), code="too_early")
        opportunity = shift.opportunity
        to_count = (
            Signup.objects.select_for_update()
            .filter(
                shift=shift,
                state=Signup.State.CONFIRMED,
                attendance=Signup.Attendance.PRESENT,
                service_record__isnull=True,
            )
            .select_related("volunteer", "shift")
        )
        created = []
        for signup in to_count:
            record = ServiceRecord.objects.create(
                volunteer=signup.volunteer,
                date=timezone.localdate(shift.starts_at),
                area=opportunity.area,
                organisation=opportunity.organisation,
                hours=hours_for(signup),
                note=str(shift),
            )
            signup.service_record = record
            signup.save(update_fields=["service_record"])
            created.append(record)
        audit.log_hours_counted(shift, by, records=len(created))
        return created
