"""Repeating shifts: the same local start and end times on chosen weekdays until a date.

Times are wall-clock times in the site's time zone (Europe/Warsaw): a 9:00 shift stays at 9:00 on both
sides of the change to or from summer time, so its UTC instant moves by an hour.
"""

import datetime

from django.utils import timezone

MAX_SHIFTS = 200  # a year of weekly shifts on three days, with room; more is most likely a typing mistake


def occurrences(first_day, start_time, end_time, weekdays=(), until=None):
    """[(starts_at, ends_at)] as aware datetimes; a shift ending at or before its start time ends the next day.

    Without weekdays or `until`, just the one shift on `first_day`. Weekdays are 0 (Monday) to 6 (Sunday).
    """
    days = [first_day]
    if weekdays and until:
        wanted = {int(weekday) for weekday in weekdays}
        days = [
            first_day + datetime.timedelta(days=offset)
            for offset in range((until - first_day).days + 1)
            if (first_day + datetime.timedelta(days=offset)).weekday() in wanted
        ]
    overnight = end_time <= start_time
    shifts = []
    for day in days:
        end_day = day + datetime.timedelta(days=1) if overnight else day
        shifts.append(
            (
                timezone.make_aware(datetime.datetime.combine(day, start_time)),
                timezone.make_aware(datetime.datetime.combine(end_day, end_time)),
            )
        )
    return shifts
