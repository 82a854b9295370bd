"""The volunteer's own shifts on their page (portal/): the "shifts" section and their calendar's events.

Registered into the portal's registries from this app's AppConfig.ready(): the portal imports nothing of ours.
Everything here is about the one volunteer it is given, never anyone else.
"""

import datetime

from django.db.models import Case, Count, OuterRef, Q, Subquery, When
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from portal import calendar as portal_calendar
from portal import sections as portal_sections
from registry.models import Volunteer

from . import requirements
from .calendar import public_url, shift_event
from .models import Signup
from .signups import cancel_cutoff

SECTION_NAME = "shifts"


def waiting_up_to(created_at, pk):
    """Sign-ups that come before or at this one in the order promote_waiting() gives places in."""
    return Q(created_at__lt=created_at) | Q(created_at=created_at, pk__lte=pk)


def waiting_position(signup):
    """1 for the first person waiting."""
    earlier = waiting_up_to(signup.created_at, signup.pk)
    return Signup.objects.filter(earlier, shift_id=signup.shift_id, state=Signup.State.WAITING).count()


def upcoming_signups(volunteer, now=None):
    """The person's live sign-ups on shifts that have not ended and are not cancelled, soonest first, each
    with `waiting_position` (1 for the first person waiting; None unless waiting) from the same query."""
    now = now or timezone.now()
    waiting_up_to_here = (
        Signup.objects.filter(shift_id=OuterRef("shift_id"), state=Signup.State.WAITING)
        .filter(waiting_up_to(OuterRef("created_at"), OuterRef("pk")))
        .order_by()
        .values("shift_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        Signup.objects.filter(
            volunteer=volunteer,
            state__in=(Signup.State.CONFIRMED, Signup.State.WAITING),
            shift__cancelled_at__isnull=True,
            shift__ends_at__gt=now,
        )
        .select_related("shift__opportunity__area")
        .annotate(
            waiting_position=Case(When(state=Signup.State.WAITING, then=Subquery(waiting_up_to_here)), default=None)
        )
        .order_by("shift__starts_at", "pk")
    )


def opportunity_in_language(page, language, locale=None):
    """The opportunity's live translation in `language`, else the page itself."""
    locale = locale or Locale.objects.filter(language_code=language).first()
    if locale is not None and locale.pk != page.locale_id:
        translated = page.get_translation_or_none(locale)
        if translated is not None and translated.live:
            return translated.specific
    return page


def shift_rows(request, volunteer, now=None):
    now = now or timezone.now()
    language = translation.get_language()
    locale = Locale.objects.filter(language_code=language).first()
    rows = []
    for signup in upcoming_signups(volunteer, now):
        shift = signup.shift
        page = opportunity_in_language(shift.opportunity, language, locale)
        cutoff = cancel_cutoff(shift)
        # What a rule written after the sign-up still asks (e.g. a new version of the area's safety information).
        owed = requirements.owed(shift, [volunteer.pk]).get(volunteer.pk, [])
        rows.append(
            {
                "signup": signup,
                "shift": shift,
                "title": page.title,
                "url": page.get_url(request) if page.live else "",
                "place": shift.place or page.place,
                "waiting": signup.state == Signup.State.WAITING,
                "position": signup.waiting_position,
                "cutoff": cutoff,
                # A person waiting may step out at any time (signups.cancel); a place, until the cut-off.
                "may_cancel": signup.state == Signup.State.WAITING or now < cutoff,
                "owed": owed,
            }
        )
    return rows


def opportunities_address(request):
    """The active language's opportunities listing (where "Sign up" is pressed), or "" while there is none."""
    from .templatetags.opportunity_tags import listing_address

    locale = Locale.objects.filter(language_code=translation.get_language()).first()
    return (listing_address(locale.pk, request) or "") if locale else ""


def why_not_yet(volunteer):
    """Why this person cannot sign up for shifts at the moment (their status), or "" for an active volunteer."""
    if volunteer.status == Volunteer.Status.ACTIVE:
        return ""
    if volunteer.status == Volunteer.Status.INACTIVE:
        return _("You cannot sign up for shifts while your volunteering is paused.")
    return _(
        "You cannot sign up for shifts yet: signing up opens once a coordinator confirms you as an active volunteer."
    )


def section_context(request, volunteer):
    return {
        "rows": shift_rows(request, volunteer),
        "not_yet": why_not_yet(volunteer),
        "opportunities_url": opportunities_address(request),
    }


# The personal calendar keeps the shifts of the last month too: what was done stays visible in the calendar app.
CALENDAR_PAST_DAYS = 30


def calendar_signups(volunteer, now=None):
    """The person's confirmed places on shifts not cancelled that end after the last CALENDAR_PAST_DAYS days."""
    since = (now or timezone.now()) - datetime.timedelta(days=CALENDAR_PAST_DAYS)
    return (
        Signup.objects.filter(
            volunteer=volunteer,
            state=Signup.State.CONFIRMED,
            shift__cancelled_at__isnull=True,
            shift__ends_at__gt=since,
        )
        .select_related("shift__opportunity")
        .order_by("shift__starts_at", "pk")
    )


def calendar_events(volunteer):
    """The person's confirmed shifts as the public calendar files describe them (the same UID, link and text, in
    their preferred language where a translation exists): one event per shift, whichever file a calendar got it from.
    """
    language = volunteer.preferred_language or translation.get_language()
    locale = Locale.objects.filter(language_code=language).first()
    addresses = {}
    events = []
    for signup in calendar_signups(volunteer):
        shift = signup.shift
        page = opportunity_in_language(shift.opportunity, language, locale)
        if page.pk not in addresses:
            addresses[page.pk] = public_url(page) if page.live else ""
        events.append(shift_event(shift, page, addresses[page.pk]))
    return events


def register():
    portal_sections.register(
        portal_sections.PortalSection(
            SECTION_NAME, "opportunities/portal/shifts_section.html", order=20, context=section_context
        )
    )
    portal_calendar.register_events(SECTION_NAME, calendar_events)
