"""Dates read the same way in both languages: day, month, year, 24-hour time."""

import datetime

from django.utils import formats, translation

DAY = datetime.date(2026, 11, 30)
MOMENT = datetime.datetime(2026, 11, 30, 15, 1)


def test_english_dates_are_day_month_year_with_a_24_hour_clock():
    with translation.override("en"):
        assert formats.date_format(DAY) == "30 November 2026"
        assert formats.date_format(DAY, "SHORT_DATE_FORMAT") == "30 Nov 2026"
        assert formats.date_format(MOMENT, "SHORT_DATETIME_FORMAT") == "30 Nov 2026, 15:01"
        assert formats.time_format(MOMENT.time()) == "15:01"


def test_polish_dates_keep_their_own_formats():
    with translation.override("pl"):
        assert formats.date_format(DAY) == "30 listopada 2026"
        assert formats.date_format(DAY, "SHORT_DATE_FORMAT") == "30.11.2026"
