"""The volunteer's calendar at a secret address. Only the address is built here: the shifts in it come with
the opportunities app (#16), which fills `feed()`'s events."""

import icalendar

from . import tokens
from .access import eligible_volunteers
from .models import CalendarFeed

PRODUCT_ID = "-//Civic Volunteering//Volunteer calendar//EN"


def renew(volunteer):
    """Give the volunteer a new secret address and return its token; the previous one no longer works."""
    token, token_hash = tokens.new_token()
    CalendarFeed.objects.update_or_create(volunteer=volunteer, defaults={"token_hash": token_hash})
    return token


def volunteer_for(token):
    if not token or len(token) > 200:
        return None
    feed = (
        CalendarFeed.objects.filter(token_hash=tokens.digest(token), volunteer__in=eligible_volunteers())
        .select_related("volunteer")
        .first()
    )
    return feed.volunteer if feed else None


def feed(volunteer):
    """An iCalendar document for the volunteer (empty until shifts exist)."""
    document = icalendar.Calendar()
    document.add("prodid", PRODUCT_ID)
    document.add("version", "2.0")
    document.add("x-wr-calname", "Civic Volunteering")
    return document.to_ical()
