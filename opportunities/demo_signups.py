"""Demo sign-ups on the demo opportunities' shifts (the shifts themselves come from opportunities/demo.py).

For `manage.py load_demo`, after the volunteers and the opportunities exist. Idempotent: a shift that already
has sign-ups is left alone, so a second run adds nothing. What it makes:
- the first upcoming shift full, with two people on its waiting list;
- the other upcoming shifts about half full;
- past shifts as they happened: most people present, one absent, and the attendance counted as hours.
Everyone goes through the same rules as real sign-ups (a person who does not qualify is skipped), except on
past shifts, which can no longer be signed up for and are written as history.
"""

import datetime
from collections import Counter

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from registry.models import Volunteer

from .attendance import count_hours
from .models import Shift, Signup
from .signups import SignupRefused, sign_up

WAITING_ON_THE_FULL_SHIFT = 2
PAST_SHIFTS = 2


def demo_volunteers():
    return list(Volunteer.objects.active().not_anonymised().order_by("pk"))


def fill(shift, people, wanted, now, stats):
    """Sign people up in turn until `wanted` sign-ups are made; those who do not qualify are skipped."""
    made = 0
    for volunteer in people:
        if made >= wanted:
            break
        try:
            signup = sign_up(volunteer, shift, now=now)
        except SignupRefused:
            continue
        made += 1
        stats[f"sign-ups {signup.state}"] += 1
    return made


def rotate(people, offset):
    return people[offset % len(people) :] + people[: offset % len(people)] if people else people


def load_upcoming(shifts, people, now, stats):
    for position, shift in enumerate(shifts):
        wanted = shift.capacity + WAITING_ON_THE_FULL_SHIFT if position == 0 else max(1, shift.capacity // 2)
        fill(shift, rotate(people, position * 3), wanted, now, stats)


def load_past(shift, people, stats):
    """History: confirmed people, one absent, the rest present, then counted as hours (once, by the engine)."""
    chosen = people[: shift.capacity]
    if not chosen:
        return
    with transaction.atomic():
        absent = len(chosen) - 1 if len(chosen) > 1 else None
        for index, volunteer in enumerate(chosen):
            Signup.objects.create(
                shift=shift,
                volunteer=volunteer,
                state=Signup.State.CONFIRMED,
                created_at=shift.starts_at - datetime.timedelta(days=7, minutes=index),
                attendance=Signup.Attendance.ABSENT if index == absent else Signup.Attendance.PRESENT,
                checked_in_at=shift.starts_at,
            )
        Shift.objects.filter(pk=shift.pk).update(places_taken=F("places_taken") + len(chosen))
        stats["past sign-ups"] += len(chosen)
        stats["service records from attendance"] += len(count_hours(shift, by=None, now=shift.ends_at))


def load_signups(now=None):
    """Sign the demo volunteers up; returns a Counter of what was made (empty on a second run)."""
    now = now or timezone.now()
    stats = Counter()
    people = demo_volunteers()
    if not people:
        return stats
    untouched = Shift.objects.filter(cancelled_at__isnull=True, signups__isnull=True).select_related("opportunity")
    upcoming = list(untouched.filter(starts_at__gt=now).order_by("starts_at", "pk"))
    # The most recent past shifts, whether or not a run filled them: a re-run fills no further ones.
    recent = Shift.objects.filter(cancelled_at__isnull=True, ends_at__lte=now).order_by("-starts_at", "pk")
    past = [shift for shift in recent.select_related("opportunity")[:PAST_SHIFTS] if not shift.signups.exists()]
    load_upcoming(upcoming, people, now, stats)
    for index, shift in enumerate(past):
        load_past(shift, rotate(people, index * 5), stats)
    return stats
