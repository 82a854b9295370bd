"""The volunteer's calendar at a secret address. Only the address is built here: the events in it come from
providers other apps register (the opportunities app adds the person's shifts), so this app imports none of them.

A provider is `provider(volunteer)` returning icalendar.Event objects about that volunteer only.
"""

import icalendar

from . import tokens
from .access import eligible_volunteers
from .models import CalendarFeed

PRODUCT_ID = "-//Civic Volunteering//Volunteer calendar//EN"

_event_providers = {}


def register_events(name, provider):
    """Add or replace an event provider by name."""
    _event_providers[name] = provider


def unregister_events(name):
    _event_providers.pop(name, None)


def renew(volunteer):
    """Give the volunteer a new secret address and return its token; the previous one no longer works."""
    token, token_hash = tokens.new_token()
    CalendarFeed.objects.update_or_create(volunteer=volunteer, defaults={"token_hash": token_hash})
    return token


def current_address(volunteer):
    """The volunteer's CalendarFeed (only its digest and date: the address itself is never kept), or None."""
    return CalendarFeed.objects.filter(volunteer=volunteer).first()


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
    """An iCalendar document for the volunteer: every registered provider's events about them."""
    document = icalendar.Calendar()
    document.add("prodid", PRODUCT_ID)
    document.add("version", "2.0")
    document.add("x-wr-calname", "Civic Volunteering")
    for name in sorted(_event_providers):
        for event in _event_providers[name](volunteer):
            document.add_component(event)
    return document.to_ical()
