"""Repeating shifts keep their local times across the change of summer time."""

import datetime
import zoneinfo

from opportunities.series import occurrences

WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")


def test_weekly_saturdays_keep_nine_oclock_across_the_october_change():
    shifts = occurrences(
        datetime.date(2026, 10, 17), datetime.time(9), datetime.time(13), weekdays=[5], until=datetime.date(2026, 11, 7)
    )
    local_starts = [start.astimezone(WARSAW) for start, _end in shifts]
    assert [start.date() for start in local_starts] == [
        datetime.date(2026, 10, 17),
        datetime.date(2026, 10, 24),
        datetime.date(2026, 10, 31),
        datetime.date(2026, 11, 7),
    ]
    assert {start.time() for start in local_starts} == {datetime.time(9)}
    # Summer time (UTC+2) before 25 October, winter time (UTC+1) after it.
    assert shifts[0][0].astimezone(datetime.UTC).hour == 7
    assert shifts[2][0].astimezone(datetime.UTC).hour == 8
    assert all(end - start == datetime.timedelta(hours=4) for start, end in shifts)


def test_two_weekdays_and_a_single_shift():
    shifts = occurrences(
        datetime.date(2026, 6, 1),
        datetime.time(17),
        datetime.time(19),
        weekdays=[1, 3],
        until=datetime.date(2026, 6, 14),
    )
    assert [start.astimezone(WARSAW).strftime("%a %d") for start, _ in shifts] == [
        "Tue 02",
        "Thu 04",
        "Tue 09",
        "Thu 11",
    ]
    assert len(occurrences(datetime.date(2026, 6, 1), datetime.time(17), datetime.time(19))) == 1


def test_a_night_shift_ends_the_next_morning():
    ((start, end),) = occurrences(datetime.date(2026, 6, 1), datetime.time(22), datetime.time(6))
    assert end - start == datetime.timedelta(hours=8)
