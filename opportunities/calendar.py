"""iCalendar (RFC 5545) for shifts: a listing's feed and one shift's "add to calendar" file.

Only what the public page shows goes in: the opportunity's title, lead, address and link, and the shift's
times (in UTC, which every calendar converts) and place. Never a volunteer, never the notes for volunteers.
A shift keeps its UID for ever, so a subscribed calendar updates an event (moved, cancelled) instead of
adding a second one. Links and UIDs are built on the site's configured address (WAGTAILADMIN_BASE_URL, as the
e-mails build theirs), never on the request's Host header: a calendar fetched under another name (a spoofed
Host, an alias Site) holds the same links and UIDs, and the same feed is stored in the page cache whatever the host.
"""

import datetime
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

CONTENT_TYPE = "text/calendar; charset=utf-8"
# Calendar apps are told to poll no more than hourly.
REFRESH_INTERVAL = datetime.timedelta(hours=1)


def site_base_url():
    """The site's public address as configured (no trailing slash), as e-mails and QR codes use it."""
    return (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").rstrip("/")


def uid_domain():
    """The site's own host name: UIDs stay the same whichever address a calendar was subscribed from."""
    return urlsplit(site_base_url()).hostname or "civic-volunteering.invalid"


def public_url(page):
    """The page's absolute address on the configured site address, whatever Host the request named.

    The path comes from Wagtail without the request (so an alias Site matching the request's host is not
    preferred); only without a configured address does the page's Site record give the host.
    """
    _site_id, root_url, path = page.get_url_parts()
    return (site_base_url() or root_url) + path


def shift_uid(shift):
    return f"shift-{shift.pk}@{uid_domain()}"


def new_calendar(name):
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Civic Volunteering//Opportunities//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    return calendar


def shift_event(shift, page, page_url):
    """The VEVENT of one shift, described in the language of `page` (the opportunity as shown).

    The same for the public files and for a volunteer's own calendar (portal_shifts.py): one UID per shift, so a
    person who has both holds one event, not two. `page_url` may be "" (a page no longer published).
    """
    event = icalendar.Event()
    event.add("uid", shift_uid(shift))
    event.add("dtstamp", shift.created_at.astimezone(datetime.UTC))
    event.add("dtstart", shift.starts_at.astimezone(datetime.UTC))
    event.add("dtend", shift.ends_at.astimezone(datetime.UTC))
    event.add("summary", page.title)
    event.add("description", f"{page.lead}\n\n{page_url}" if page_url else page.lead)
    event.add("location", shift.place or page.place)
    if page_url:
        event.add("url", page_url)
    if shift.cancelled_at:
        event.add("status", "CANCELLED")
        # A later sequence number makes calendars replace the event they hold.
        event.add("sequence", 1)
    else:
        event.add("status", "CONFIRMED")
    return event


def calendar_response(calendar, filename=None):
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def feed_response(index, shifts_with_pages):
    calendar = new_calendar(f"{index.title} · {_('Civic Volunteering')}")
    urls = {}
    for shift, page in shifts_with_pages:
        if page.pk not in urls:
            urls[page.pk] = public_url(page)
        calendar.add_component(shift_event(shift, page, urls[page.pk]))
    return calendar_response(calendar)


def single_shift_response(page, shift):
    calendar = new_calendar(page.title)
    calendar.add_component(shift_event(shift, page, public_url(page)))
    start = timezone.localtime(shift.starts_at)
    return calendar_response(calendar, filename=f"{page.slug}-{start:%Y-%m-%d-%H%M}.ics")
