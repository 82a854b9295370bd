"""The sections this app puts on the volunteer's home page; shifts (#16) and documents (#18) add their own
(see sections.py for the orders left free for them: 20 and 40)."""

from . import calendar, hours
from .sections import PortalSection, register


def hours_summary(request, volunteer):
    return {
        "total": hours.total(volunteer),
        "pending_count": hours.reports(volunteer).filter(state="pending").count(),
    }


def calendar_state(request, volunteer):
    return {"feed": calendar.current_address(volunteer)}


def register_all():
    register(PortalSection("hours", "portal/sections/hours.html", order=30, context=hours_summary))
    register(PortalSection("my_data", "portal/sections/my_data.html", order=80))
    register(PortalSection("calendar", "portal/sections/calendar.html", order=90, context=calendar_state))
