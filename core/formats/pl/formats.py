"""Polish short date formats: 30.11.2026 and 30.11.2026, 15:01 (Django's own are 30-11-2026 and "30-11-2026  15:01").

Everything not set here comes from Django's Polish formats.
"""

SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"
