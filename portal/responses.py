"""Every answer of the volunteer's page is personal: no shared cache, CDN or browser cache may keep it."""

from functools import wraps
from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme

from . import sessions


class HttpResponseSeeOther(HttpResponseRedirect):
    status_code = 303


def private(response):
    patch_cache_control(response, private=True, no_store=True)
    patch_vary_headers(response, ("Cookie",))
    return response


def private_view(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return private(view(request, *args, **kwargs))

    return wrapped


def safe_next(request, value):
    """A path on this site to return to after signing in, or None (never another host: no open redirect)."""
    if not value or len(value) > 500 or not value.startswith("/") or value.startswith("//"):
        return None
    if not url_has_allowed_host_and_scheme(value, allowed_hosts={request.get_host()}):
        return None
    return value


def sign_in_address(request):
    """The sign-in page, with the page asked for (GET only) to come back to after signing in."""
    address = reverse("portal:sign_in")
    if request.method in ("GET", "HEAD") and request.path != reverse("portal:home"):
        address += "?" + urlencode({"next": request.get_full_path()})
    return address


def volunteer_required(view):
    """Gives the view the request's live VolunteerSession; without one, sends the browser to sign in."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        session = sessions.current(request)
        if session is None:
            response = HttpResponseRedirect(sign_in_address(request))
            if sessions.cookie_name() in request.COOKIES:
                sessions.forget_cookie(response)
            return private(response)
        return private(view(request, session, *args, **kwargs))

    return wrapped
