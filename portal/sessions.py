"""The volunteer's session: a random token in its own cookie, its digest in VolunteerSession.

Separate from Django's sessions and auth on purpose: a volunteer never becomes a user, and signing out of
the volunteer's page leaves an admin's login alone (and the other way round).
"""

import datetime

from django.conf import settings
from django.utils import timezone

from registry.models import Volunteer

from . import tokens
from .access import eligible_volunteers
from .models import VolunteerSession

# Writing last_seen_at on every request would cost a write per page; a minute's slack is harmless.
TOUCH_EVERY = datetime.timedelta(seconds=60)


def cookie_name():
    return settings.PORTAL_COOKIE_NAME


def idle_limit():
    return datetime.timedelta(seconds=settings.PORTAL_SESSION_IDLE_SECONDS)


def absolute_limit():
    return datetime.timedelta(seconds=settings.PORTAL_SESSION_MAX_SECONDS)


def start(response, volunteer):
    """Open a session for the volunteer and give the browser its cookie; records the sign-in on the record."""
    token, token_hash = tokens.new_token()
    now = timezone.now()
    VolunteerSession.objects.create(volunteer=volunteer, token_hash=token_hash, last_seen_at=now)
    Volunteer.objects.filter(pk=volunteer.pk).update(last_portal_sign_in_at=now)
    response.set_cookie(
        cookie_name(),
        token,
        max_age=settings.PORTAL_SESSION_MAX_SECONDS,
        httponly=True,
        secure=settings.PORTAL_COOKIE_SECURE,
        samesite="Lax",
    )
    return response


def live_sessions(now=None):
    now = now or timezone.now()
    return VolunteerSession.objects.filter(
        ended_at__isnull=True, last_seen_at__gt=now - idle_limit(), created_at__gt=now - absolute_limit()
    )


def current(request):
    """The request's live VolunteerSession (volunteer loaded), or None; keeps it alive while in use."""
    token = request.COOKIES.get(cookie_name())
    if not token or len(token) > 200:
        return None
    now = timezone.now()
    session = (
        live_sessions(now)
        .filter(token_hash=tokens.digest(token), volunteer__in=eligible_volunteers())
        .select_related("volunteer")
        .first()
    )
    if session is not None and now - session.last_seen_at > TOUCH_EVERY:
        VolunteerSession.objects.filter(pk=session.pk).update(last_seen_at=now)
    return session


def end(session):
    VolunteerSession.objects.filter(pk=session.pk, ended_at__isnull=True).update(ended_at=timezone.now())


def end_everywhere(volunteer):
    """Sign the volunteer out in every browser; returns how many sessions were open."""
    return VolunteerSession.objects.filter(volunteer=volunteer, ended_at__isnull=True).update(ended_at=timezone.now())


def forget_cookie(response):
    response.delete_cookie(cookie_name(), samesite="Lax")
    return response
