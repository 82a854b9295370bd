"""English dates as a European reader writes them, the same order as the Polish: 30 November 2026, 30 Nov 2026,
15:01. Django's own English ("Nov. 30, 2026", "11/30/2026", "3:01 p.m.") is American, and stood next to our
own "30 November 2026" on the same pages and documents.

Input formats are Django's (ISO 2026-11-30 first).
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
