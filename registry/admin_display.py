"""How registry values read in the admin: dates as dates, times in the site's time zone, yes/no in words,
a dash for empty, hours without trailing zeros, phone numbers grouped, vetting marked when (nearly) expired.

Used by the listings' columns, the inspect views and the exports, so all three say the same.
"""

import datetime
import re
from decimal import Decimal

from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column

from .filters import VETTING_WARNING_DAYS

EMPTY = "—"


def format_date(value):
    """30.11.2026 (SHORT_DATE_FORMAT, see core/formats)."""
    return formats.date_format(value, "SHORT_DATE_FORMAT")


def format_datetime(value):
    """30.11.2026, 15:01 in the site's time zone (Europe/Warsaw), whatever the database stored (UTC)."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return formats.date_format(value, "SHORT_DATETIME_FORMAT")


def format_hours(value):
    """8 rather than 8,00; 167,5 rather than 167,50; 1 966 with the thousands grouped."""
    value = Decimal(value).normalize()
    if value == value.to_integral():
        value = value.quantize(Decimal(1))
    return formats.number_format(value, force_grouping=True)


def yes_no(value):
    return _("Yes") if value else _("No")


def format_phone(value):
    """+48 601 234 567 for reading (stored as +48601234567); other numbers are shown as stored."""
    if re.fullmatch(r"\+48\d{9}", value or ""):
        return f"+48 {value[3:6]} {value[6:9]} {value[9:]}"
    return value


def vetting_state(expires_on, today=None):
    """ "expired", "expiring" (within VETTING_WARNING_DAYS) or "" for a valid or missing date."""
    if not expires_on:
        return ""
    today = today or timezone.localdate()
    if expires_on < today:
        return "expired"
    if expires_on <= today + datetime.timedelta(days=VETTING_WARNING_DAYS):
        return "expiring"
    return ""


VETTING_STATE_LABELS = {
    "expired": gettext_lazy("expired"),
    "expiring": gettext_lazy("expires within 30 days"),
}


def format_vetting_expiry(expires_on, today=None):
    """10.12.2026 (expires within 30 days) — a date, marked when it needs attention."""
    if not expires_on:
        return EMPTY
    state = vetting_state(expires_on, today)
    if state:
        return _("%(date)s (%(state)s)") % {"date": format_date(expires_on), "state": VETTING_STATE_LABELS[state]}
    return format_date(expires_on)


def display_value(value):
    """Any model value as a coordinator reads it; never a raw None, True or False."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, datetime.date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format_hours(value)
    if isinstance(value, models.Model):
        return str(value)
    return value


class DisplayColumn(Column):
    """A listing column that shows its value through display_value()."""

    def get_value(self, instance):
        return display_value(super().get_value(instance))


class VettingExpiryColumn(Column):
    """The vetting's expiry date, marked "(expired)" or "(expires within 30 days)"."""

    def get_value(self, instance):
        return format_vetting_expiry(super().get_value(instance))
